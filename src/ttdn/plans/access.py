"""Who may see and change plans and tasks.

Every view and API endpoint goes through these helpers. "Does not exist" and
"not yours to see" give the same 404 so responses do not reveal which records
exist; "you may see it but not change it" is a 403. Who may do what is asked through
capabilities (``ttdn.accounts.capabilities``), which plans through agency membership.
"""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from ttdn.accounts.capabilities import (
    MANAGE_PLANS,
    REPORT_PROGRESS,
    SEE_ALL_PLANS,
    has_capability,
)
from ttdn.plans.models import Plan, PublicDisclosure, Task, TaskAssignment, Visibility


def sees_all_plans(user) -> bool:
    """Oversight: every plan, restricted ones included."""
    return has_capability(user, SEE_ALL_PLANS)


def plan_visibility_q(user) -> Q:
    """The condition on Plan rows that ``user`` may see."""
    if not getattr(user, "is_authenticated", False):
        return Q(visibility=Visibility.PUBLIC)
    if sees_all_plans(user):
        return Q()
    agency_ids = user.agency_ids()
    return Q(visibility__in=[Visibility.PUBLIC, Visibility.INTERNAL]) | Q(
        visibility=Visibility.RESTRICTED, restricted_to__in=agency_ids
    )


def visible_plans(user) -> QuerySet[Plan]:
    qs = Plan.objects.filter(plan_visibility_q(user))
    if getattr(user, "is_authenticated", False) and not sees_all_plans(user):
        # The restricted_to join can repeat a plan once per matching agency.
        qs = Plan.objects.filter(pk__in=qs.values("pk"))
    return qs


def visible_tasks(user) -> QuerySet[Task]:
    if getattr(user, "is_authenticated", False) and sees_all_plans(user):
        # Every plan: no ``plan_id IN (SELECT id FROM plans_plan)`` for the planner to join.
        return Task.objects.all()
    return Task.objects.filter(plan__in=visible_plans(user).values("pk"))


def task_visibility_q(user) -> Q:
    """:func:`visible_tasks`' condition written on the task's plan columns (a join, no
    subquery over every visible plan): for queries that start from a few tasks, such as
    an agency's own assignments, where the subquery made the planner scan every task."""
    if not getattr(user, "is_authenticated", False):
        return Q(plan__visibility=Visibility.PUBLIC)
    if sees_all_plans(user):
        return Q()
    restricted = Plan.restricted_to.through.objects.filter(
        agency_id__in=sorted(user.agency_ids())
    ).values("plan_id")
    return Q(plan__visibility__in=[Visibility.PUBLIC, Visibility.INTERNAL]) | Q(
        plan__visibility=Visibility.RESTRICTED, plan_id__in=restricted
    )


def visible_tasks_of_agencies(user, agency_ids, *, role: str = "") -> QuerySet[Task]:
    """The tasks ``user`` may see that any of ``agency_ids`` leads or coordinates (``role``:
    only that role), each once.

    Written as a join that starts from those agencies' assignments (an index on the
    agency), with the visibility on the plan's columns: as ``task.pk IN (assignments)``
    with the visibility subquery, PostgreSQL scanned all tasks of the country for a
    busy agency (docs/benchmarks.md). A task assigned to these agencies more than once
    (lead and coordinating, or to two of them) keeps only its first assignment's row.
    """
    ids = sorted(agency_ids)
    cond = Q(assignments__agency_id__in=ids)
    if role:
        cond &= Q(assignments__role=role)  # one row per task and agency (assignment_unique)
        if len(ids) > 1:
            cond &= ~Exists(
                TaskAssignment.objects.filter(
                    task_id=OuterRef("pk"),
                    agency_id__in=ids,
                    role=role,
                    pk__lt=OuterRef("assignments__pk"),
                )
            )
    else:
        cond &= ~Exists(
            TaskAssignment.objects.filter(
                task_id=OuterRef("pk"), agency_id__in=ids, pk__lt=OuterRef("assignments__pk")
            )
        )
    # One filter() call: the join to assignments is the one the Exists refers to.
    return Task.objects.filter(cond & task_visibility_q(user))


@dataclass(frozen=True)
class Disclosure:
    """What of a plan's progress a viewer who may see the plan is shown.

    ``progress``: percentages and the narratives, figures and agencies of reports;
    ``evidence``: the files and links of those reports; ``internal``: who submitted and
    reviewed them, review states and comments, reports not (yet) accepted, and who moved
    the plan's status. Pages and downloads read it; their selectors build rows from it.
    """

    progress: bool
    evidence: bool
    internal: bool


FULL_DISCLOSURE = Disclosure(progress=True, evidence=True, internal=True)


def plan_disclosure(user, plan: Plan) -> Disclosure:
    """For a plan ``user`` may see (through :func:`plan_get_for_user`).

    A signed-in account sees everything: every account may read internal plans in full,
    so a public plan shows it no less. A visitor who is not logged in sees what the plan's
    ``public_shows`` allows, and never the internal parts (docs/decisions/0019).
    """
    if getattr(user, "is_authenticated", False):
        return FULL_DISCLOSURE
    level = plan.public_shows
    return Disclosure(
        progress=level in (PublicDisclosure.PROGRESS, PublicDisclosure.EVIDENCE),
        evidence=level == PublicDisclosure.EVIDENCE,
        internal=False,
    )


def can_manage_plans(user) -> bool:
    return has_capability(user, MANAGE_PLANS)


def plan_get_for_user(
    user, pk, *, write: bool = False, select_related: tuple[str, ...] = ()
) -> Plan:
    """The plan, or 404; ``select_related``: relations the caller will read (one query)."""
    plans = visible_plans(user)
    if select_related:
        plans = plans.select_related(*select_related)
    try:
        plan = plans.get(pk=pk)
    except (Plan.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such plan.")) from None
    if write and not can_manage_plans(user):
        raise PermissionDenied(_("Only the coordinating department can change plans."))
    return plan


def task_get_for_user(user, pk, *, write: bool = False) -> Task:
    try:
        task = visible_tasks(user).select_related("plan").get(pk=pk)
    except (Task.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such task.")) from None
    if write and not can_manage_plans(user):
        raise PermissionDenied(_("Only the coordinating department can change tasks."))
    return task


def reporting_agency_ids(user, task: Task) -> list[int]:
    """The agencies on whose behalf ``user`` may report progress on ``task``: those of
    their agencies assigned to it, if they may report at all."""
    if not has_capability(user, REPORT_PROGRESS):
        return []
    mine = user.agency_ids()
    if not mine:
        return []
    assigned = {a.agency_id for a in task.assignments.all() if a.agency_id}
    return sorted(mine & assigned)


def can_see_dashboards(user) -> bool:
    """Oversight roles (coordinator, leader) see a plan's dashboard; agency officers do
    not: it names every agency's late work and the people to chase (decision 0026)."""
    return sees_all_plans(user)


def plan_dashboard_get_for_user(user, pk, *, select_related: tuple[str, ...] = ()) -> Plan:
    """The plan whose dashboard ``user`` asks for: 404 when they may not see the plan,
    403 when they may see it but not its dashboard."""
    plan = plan_get_for_user(user, pk, select_related=select_related)
    if not can_see_dashboards(user):
        raise PermissionDenied(_("Only the coordinating department and leaders see dashboards."))
    return plan
