"""Reads for the pages that combine plans with their progress.

Each page's selector returns plain rows (``plans.rows`` and the dataclasses below) with
everything its template prints already computed: labels translated, dates formatted,
URLs built, texts cut, and — for a visitor who is not logged in — only what the plan's
public page shows (``plans.access.plan_disclosure``). Templates loop and print; they never
run a query (``pages/tests/test_page_queries.py``). See docs/decisions/0019.
"""

import datetime
from dataclasses import dataclass, field

from django.core.paginator import Page
from django.db.models import BooleanField, Count, ExpressionWrapper, F, Q, QuerySet, Window
from django.db.models.functions import RowNumber
from django.template.defaultfilters import filesizeformat
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext

from ttdn.core.indicators import IndicatorScope
from ttdn.core.pagination import CountingPaginator
from ttdn.directory.models import Agency, AgencyKind, SuccessionKind
from ttdn.directory.selectors import agency_unit_name
from ttdn.indicators.dashboard import may_see_dashboard
from ttdn.indicators.selectors import indicators_for, shown_value
from ttdn.legal.models import LegalKind
from ttdn.plans.access import (
    FULL_DISCLOSURE,
    Disclosure,
    sees_all_plans,
    visible_plans,
    visible_tasks,
    visible_tasks_of_agencies,
)
from ttdn.plans.models import (
    AssignmentRole,
    Plan,
    PlanLevel,
    PlanStatus,
    PublicDisclosure,
    Recurrence,
    Task,
    TaskGroup,
    TaskStatus,
    Visibility,
    task_late_q,
    task_open_q,
)
from ttdn.plans.rows import (
    AgencyLink,
    TaskListRow,
    TaskMiniRow,
    agency_refs,
    clip,
    dmy,
    labels,
    task_list_rows,
    task_mini_rows,
    url_for,
)
from ttdn.plans.scope import Scope, oversight_scope
from ttdn.plans.selectors import (
    TaskFilters,
    child_plans_progress,
    plan_annex,
    plan_completion_by_agency,
    task_list,
    task_with_details,
    tasks_carrying_out,
    tasks_for_lists,
)
from ttdn.tracking.models import ReviewState
from ttdn.tracking.selectors import latest_updates, pending_updates

# --- the plan page ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LatestCell:
    date: str
    agency: str
    narrative: str


@dataclass(frozen=True, slots=True)
class AnnexRow:
    pk: int
    url: str
    row_label: str  # "" when it repeats the row above (a group of tasks under one number)
    text: str
    leads: list[AgencyLink]
    coordinating: list[AgencyLink]
    timeframe_text: str
    timeframe_flagged: bool
    next_deadline: str  # "" when there is none or the task is done or cancelled
    status: str
    status_label: str
    percent: int | None  # None: not shown to this viewer
    latest: LatestCell | None


@dataclass(frozen=True, slots=True)
class StatusChangeRow:
    at: str
    from_label: str
    to_label: str
    by: str  # "" when not shown
    comment: str


@dataclass(frozen=True, slots=True)
class ChildPlanRow:
    """A plan implementing the page's plan, with its progress rolled up."""

    url: str
    label: str  # number, or title when it has none
    title: str
    agency: AgencyLink | None  # the issuing agency
    level_label: str
    status: str
    status_label: str
    total: int
    done: int
    late: int
    percent_done: int


@dataclass(frozen=True, slots=True)
class ChildTaskRow:
    """A task of an implementing plan carrying out one of the page's tasks."""

    url: str
    text: str
    plan_label: str
    plan_url: str
    status: str
    status_label: str
    agency: AgencyLink | None  # who reported last (progress shown), else the lead agency
    reported: bool  # ``agency`` is the one that reported
    reported_on: str


@dataclass(frozen=True, slots=True)
class CarriedOutRow:
    """One of the page's tasks and the lower-level tasks carrying it out."""

    url: str
    row_label: str
    text: str
    children: list[ChildTaskRow]


@dataclass
class PlanPage:
    plan: Plan  # its own columns only (title, number, summary …); no relation is followed
    disclosure: Disclosure
    status_label: str
    visibility_label: str
    public_shows_label: str
    level_label: str
    unit: str
    issued_date: str
    issuer: AgencyLink | None
    parent: AgencyLink | None  # the plan this one implements: its title and page
    legal_bases: list[str]
    sections: list[tuple[str, str]]
    rows: list[AnnexRow]
    done: int
    late: int
    status_changes: list[StatusChangeRow]
    children: list[ChildPlanRow] = field(default_factory=list)
    carried_out: list[CarriedOutRow] = field(default_factory=list)


def plan_rows(
    *, plan: Plan, today: datetime.date, disclosure: Disclosure = FULL_DISCLOSURE
) -> list[AnnexRow]:
    """The plan page's annex: each task with its status today and, if shown, its latest
    update (the latest accepted one for a viewer who may not see the internal parts)."""
    tasks = plan_annex(plan=plan)
    latest = (
        latest_updates(tasks, accepted_only=not disclosure.internal) if disclosure.progress else {}
    )
    task_url, agency_url = url_for("pages:task"), url_for("pages:agency")
    status_labels = labels(TaskStatus)
    rows, previous_label = [], None
    for task in tasks:
        status = task.effective_status(today)
        update = latest.get(task.pk)
        assignments = task.assignments.all()  # the prefetched list, read once a row
        rows.append(
            AnnexRow(
                pk=task.pk,
                url=task_url(task.pk),
                row_label="" if task.row_label == previous_label else task.row_label,
                text=task.text,
                leads=agency_refs(assignments, AssignmentRole.LEAD, agency_url),
                coordinating=agency_refs(assignments, AssignmentRole.COORDINATING, agency_url),
                timeframe_text=task.timeframe_text,
                timeframe_flagged=task.timeframe_flagged,
                next_deadline=""
                if status in (TaskStatus.DONE, TaskStatus.CANCELLED)
                else dmy(task.next_deadline),
                status=status,
                status_label=status_labels.get(status, status),
                percent=task.percent if disclosure.progress else None,
                latest=LatestCell(
                    date=dmy(update.submitted_at),
                    agency=update.agency.display_name,
                    narrative=clip(update.narrative, 160),
                )
                if update is not None
                else None,
            )
        )
        previous_label = task.row_label
    return rows


# What the plan page's header names: read with the plan by ``plans.access.plan_get_for_user``.
PLAN_PAGE_RELATED = ("issuer", "unit", "parent")


def plan_children(
    *, user, plan: Plan, rows: list[AnnexRow], today: datetime.date, disclosure: Disclosure
) -> tuple[list[ChildPlanRow], list[CarriedOutRow]]:
    """The lower levels' progress on ``plan`` (decision 0026): the plans implementing it
    that ``user`` may see, each with its tasks done and late; and each of ``plan``'s tasks
    (its annex ``rows``) with the tasks carrying it out, their status and the agency that
    reported (the last counted report; accepted only for visitors; the lead agency when
    reports are not shown or none came). Five queries at most, whatever the numbers."""
    plan_url, agency_url, task_url = (
        url_for("pages:plan"),
        url_for("pages:agency"),
        url_for("pages:task"),
    )
    plan_labels, level_labels, status_labels = (
        labels(PlanStatus),
        labels(PlanLevel),
        labels(TaskStatus),
    )

    def issuer_of(p: Plan) -> AgencyLink | None:
        if p.issuer_id:
            return AgencyLink(p.issuer.display_name, agency_url(p.issuer_id), p.issuer_name)
        return AgencyLink(p.issuer_name, "", p.issuer_name) if p.issuer_name else None

    children = [
        ChildPlanRow(
            url=plan_url(c.plan.pk),
            label=c.plan.number or clip(c.plan.title, 80),
            title=c.plan.title,
            agency=issuer_of(c.plan),
            level_label=level_labels.get(c.plan.level, c.plan.level),
            status=c.plan.status,
            status_label=plan_labels.get(c.plan.status, c.plan.status),
            total=c.total,
            done=c.done,
            late=c.late,
            percent_done=c.percent_done,
        )
        for c in child_plans_progress(user=user, plan=plan, today=today)
    ]
    if not children:
        return [], []
    tasks = tasks_carrying_out(user=user, plan=plan)
    latest = (
        latest_updates(tasks, accepted_only=not disclosure.internal) if disclosure.progress else {}
    )
    by_parent: dict[int, list[ChildTaskRow]] = {}
    for task in tasks:
        status = task.effective_status(today)
        update = latest.get(task.pk)
        if update is not None:
            agency = AgencyLink(update.agency.display_name, agency_url(update.agency_id), "")
        else:
            leads = agency_refs(task.assignments.all(), AssignmentRole.LEAD, agency_url)
            agency = leads[0] if leads else issuer_of(task.plan)
        by_parent.setdefault(task.parent_task_id, []).append(
            ChildTaskRow(
                url=task_url(task.pk),
                text=clip(task.text, 160),
                plan_label=task.plan.number or clip(task.plan.title, 60),
                plan_url=plan_url(task.plan_id),
                status=status,
                status_label=status_labels.get(status, status),
                agency=agency,
                reported=update is not None,
                reported_on=dmy(update.submitted_at) if update is not None else "",
            )
        )
    carried_out = [
        CarriedOutRow(
            url=row.url,
            row_label=row.row_label,
            text=clip(row.text, 160),
            children=by_parent[row.pk],
        )
        for row in rows
        if row.pk in by_parent
    ]
    return children, carried_out


def plan_page(*, plan: Plan, today: datetime.date, disclosure: Disclosure, user=None) -> PlanPage:
    """Everything the plan page prints, for a viewer shown ``disclosure``; ``plan`` read
    with :data:`PLAN_PAGE_RELATED`. With ``user``: also the lower levels' progress."""
    plan_url, agency_url = url_for("pages:plan"), url_for("pages:agency")
    rows = plan_rows(plan=plan, today=today, disclosure=disclosure)
    children, carried_out = (
        plan_children(user=user, plan=plan, rows=rows, today=today, disclosure=disclosure)
        if user is not None
        else ([], [])
    )
    issuer = None
    if plan.issuer_id:
        issuer = AgencyLink(plan.issuer.name, agency_url(plan.issuer_id), plan.issuer_name)
    elif plan.issuer_name:
        issuer = AgencyLink(plan.issuer_name, "", plan.issuer_name)
    legal_kinds, dated = labels(LegalKind), gettext("dated")
    legal_bases = []
    for link in plan.legal_basis_links.select_related("document"):
        document = link.document
        text = f"{legal_kinds.get(document.kind, document.kind)} {document.identifier}"
        if document.issued_date:
            text = f"{text} {dated} {dmy(document.issued_date)}"
        legal_bases.append(text)
    status_labels = labels(PlanStatus)
    changes = plan.status_changes.all()
    if disclosure.internal:
        changes = changes.select_related("by")
    return PlanPage(
        plan=plan,
        disclosure=disclosure,
        status_label=status_labels.get(plan.status, plan.status),
        visibility_label=labels(Visibility).get(plan.visibility, plan.visibility),
        public_shows_label=labels(PublicDisclosure).get(plan.public_shows, plan.public_shows),
        level_label=labels(PlanLevel).get(plan.level, plan.level),
        unit=str(plan.unit) if plan.unit_id else "",
        issued_date=dmy(plan.issued_date),
        issuer=issuer,
        parent=AgencyLink(str(plan.parent), plan_url(plan.parent_id), "")
        if plan.parent_id
        else None,
        legal_bases=legal_bases,
        sections=[(s.heading, s.body) for s in plan.sections.all() if s.body],
        rows=rows,
        done=sum(1 for r in rows if r.status == TaskStatus.DONE),
        late=sum(1 for r in rows if r.status == TaskStatus.LATE),
        status_changes=[
            StatusChangeRow(
                at=_dmy_hm(c.at),
                from_label=status_labels.get(c.from_status, c.from_status),
                to_label=status_labels.get(c.to_status, c.to_status),
                by=str(c.by) if disclosure.internal and c.by_id else "",
                comment=c.comment if disclosure.internal else "",
            )
            for c in changes
        ],
        children=children,
        carried_out=carried_out,
    )


def _dmy_hm(value: datetime.datetime) -> str:
    return timezone.localtime(value).strftime("%d/%m/%Y %H:%M") if value else ""


# --- the task page ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class EvidenceRow:
    title: str
    url: str
    size: str  # "" for a link
    is_link: bool


@dataclass(frozen=True, slots=True)
class ReportRow:
    pk: int
    agency: str
    status: str
    status_label: str
    percent: int
    review_state: str  # "" when not shown
    review_label: str
    awaiting_review: bool
    submitted_at: str
    submitted_by: str  # "" when not shown
    period_end: str
    narrative: str
    figures: list[tuple[str, str]]
    evidence: list[EvidenceRow]
    review_comment: str


@dataclass(frozen=True, slots=True)
class AgencyOnTask:
    name: str
    url: str
    as_written: str
    written_differently: bool


@dataclass(frozen=True, slots=True)
class DeadlineCell:
    date: str
    past: bool


@dataclass
class TaskPage:
    task: Task  # its own columns only
    disclosure: Disclosure
    plan_url: str
    plan_label: str
    status: str
    status_label: str
    percent: int | None
    group_label: str
    recurrence_label: str
    leads: list[AgencyOnTask]
    coordinating: list[AgencyOnTask]
    deadlines: list[DeadlineCell]
    next_deadline: str
    reports: list[ReportRow] = field(default_factory=list)
    carries_out: AgencyLink | None = None  # the parent plan's task this one carries out
    carried_out_by: list[AgencyLink] = field(default_factory=list)  # lower levels' tasks


def _agencies_on_task(task: Task, role: str, agency_url) -> list[AgencyOnTask]:
    found = []
    for a in task.assignments.all():
        if a.role != role:
            continue
        name = a.agency.name if a.agency_id else a.as_written
        found.append(
            AgencyOnTask(
                name=name,
                url=agency_url(a.agency_id) if a.agency_id else "",
                as_written=a.as_written,
                written_differently=bool(a.agency_id and a.as_written and a.as_written != name),
            )
        )
    return found


def _task_links(*, user, task: Task) -> tuple[AgencyLink | None, list[AgencyLink]]:
    """The task ``task`` carries out and the tasks carrying it out, those ``user`` may
    see, as links labelled "plan — task" (one query)."""
    if user is None:
        return None, []
    task_url = url_for("pages:task")

    def link(t: Task) -> AgencyLink:
        return AgencyLink(
            f"{t.plan.number or clip(t.plan.title, 60)} — {clip(t.text, 120)}", task_url(t.pk), ""
        )

    linked = Q(parent_task_id=task.pk)
    if task.parent_task_id is not None:
        linked |= Q(pk=task.parent_task_id)
    parent, children = None, []
    for t in (
        visible_tasks(user)
        .filter(linked)
        .select_related("plan")
        .only("pk", "text", "parent_task_id", "plan__number", "plan__title")
        .order_by("plan_id", "order", "id")
    ):
        if t.pk == task.parent_task_id:
            parent = t
        else:
            children.append(t)
    return (link(parent) if parent else None), [link(t) for t in children]


def task_page(*, task: Task, today: datetime.date, disclosure: Disclosure, user=None) -> TaskPage:
    """The task with its agencies and deadlines, and the reports ``disclosure`` allows:
    all of them with who submitted them for the internal view, the accepted ones without
    names for a visitor, none when the public page shows status and dates only."""
    task = task_with_details(task)
    plan = task.plan
    carries_out, carried_out_by = _task_links(user=user, task=task)
    agency_url, evidence_url = url_for("pages:agency"), url_for("tracking:evidence")
    status_labels, review_labels = labels(TaskStatus), labels(ReviewState)
    status = task.effective_status(today)
    reports = []
    if disclosure.progress:
        updates = task.updates.select_related("agency")
        if disclosure.internal:
            updates = updates.select_related("submitted_by")
        else:
            updates = updates.filter(review_state=ReviewState.ACCEPTED)
        if disclosure.evidence:
            updates = updates.prefetch_related("evidence")
        for u in updates:
            reports.append(
                ReportRow(
                    pk=u.pk,
                    agency=u.agency.name,
                    status=u.status,
                    status_label=status_labels.get(u.status, u.status),
                    percent=u.percent,
                    review_state=u.review_state if disclosure.internal else "",
                    review_label=review_labels.get(u.review_state, "")
                    if disclosure.internal
                    else "",
                    awaiting_review=disclosure.internal and u.review_state == ReviewState.SUBMITTED,
                    submitted_at=_dmy_hm(u.submitted_at),
                    submitted_by=str(u.submitted_by)
                    if disclosure.internal and u.submitted_by_id
                    else "",
                    period_end=dmy(u.period_end),
                    narrative=u.narrative,
                    figures=[(str(k), str(v)) for k, v in (u.figures or {}).items()],
                    evidence=[
                        EvidenceRow(
                            title=e.title,
                            url=evidence_url(e.pk) if e.file else e.url,
                            size=filesizeformat(e.size) if e.file else "",
                            is_link=not e.file,
                        )
                        for e in u.evidence.all()
                    ]
                    if disclosure.evidence
                    else [],
                    review_comment=u.review_comment if disclosure.internal else "",
                )
            )
    return TaskPage(
        task=task,
        disclosure=disclosure,
        plan_url=url_for("pages:plan")(plan.pk),
        plan_label=plan.number or plan.title,
        status=status,
        status_label=status_labels.get(status, status),
        percent=task.percent if disclosure.progress else None,
        group_label=labels(TaskGroup).get(task.group, task.group),
        recurrence_label=labels(Recurrence).get(task.recurrence, "") if task.recurrence else "",
        leads=_agencies_on_task(task, AssignmentRole.LEAD, agency_url),
        coordinating=_agencies_on_task(task, AssignmentRole.COORDINATING, agency_url),
        deadlines=[DeadlineCell(dmy(d.due_date), d.due_date < today) for d in task.deadlines.all()],
        next_deadline=dmy(task.next_deadline),
        reports=reports,
        carries_out=carries_out,
        carried_out_by=carried_out_by,
    )


# --- the home page ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CompletionRow:
    name: str
    url: str
    total: int
    done: int
    late: int
    percent_done: int
    done_width: int
    late_width: int


@dataclass
class Dashboard:
    my_agencies: list[AgencyLink]
    due_soon: list[TaskMiniRow]
    late: list[TaskMiniRow]
    late_count: int
    completion: list[CompletionRow]
    plans: list[AgencyLink]  # label and URL of each plan of the completion chart
    pending_reviews: int | None
    scope: Scope | None = None  # what the oversight figures cover (plans.scope)


DUE_SOON_DAYS = 30


HOME_LIST_SIZE = 20


def _late_and_due_soon(
    tasks: QuerySet[Task], *, today: datetime.date
) -> tuple[list[Task], list[Task], int]:
    """The first late tasks, the first due within ``DUE_SOON_DAYS`` (soonest deadline
    first) and the number of late tasks, in one pass over ``tasks``: both lists and the
    count read the same rows (an agency's open tasks), which three queries read three
    times (docs/benchmarks.md, "National scale")."""
    horizon = today + datetime.timedelta(days=DUE_SOON_DAYS)
    is_late = ExpressionWrapper(task_late_q(today), output_field=BooleanField())
    ranked = (
        tasks.filter(task_open_q(), next_deadline__lte=horizon)
        .annotate(
            is_late=is_late,
            rank=Window(
                RowNumber(),
                partition_by=[is_late],
                order_by=[F("next_deadline").asc(), F("order").asc(), F("pk").asc()],
            ),
            in_group=Window(Count("pk"), partition_by=[is_late]),
        )
        .filter(rank__lte=HOME_LIST_SIZE)
        .values_list("pk", "is_late", "in_group", "rank")
    )
    found = sorted(ranked, key=lambda row: row[3])  # the deadline order, in each group
    by_pk = tasks_for_lists(Task.objects.filter(pk__in=[row[0] for row in found])).in_bulk()
    late = [by_pk[pk] for pk, late, _n, _r in found if late and pk in by_pk]
    due = [by_pk[pk] for pk, late, _n, _r in found if not late and pk in by_pk]
    late_count = next((n for _pk, late, n, _r in found if late), 0)
    return late, due, late_count


def dashboard(
    *, user, today: datetime.date, with_reviews: bool, scope: Scope | None = None
) -> Dashboard:
    """The home page: for an officer, their agencies' tasks; for oversight roles, the
    tasks of their oversight scope (``plans.scope``: their province by default).

    Deadlines count only in plans being carried out (issued or in progress). The
    completion chart covers this year's plans in scope, or the latest year that has plans;
    the review count, the reports awaiting review on tasks in scope.
    """
    scope = scope if scope is not None else oversight_scope(user)
    in_progress = [PlanStatus.ISSUED, PlanStatus.IN_PROGRESS]
    sees_all = sees_all_plans(user)
    active = Task.objects.none()  # the tasks in scope being carried out, when needed
    if sees_all or with_reviews:
        # By the plans' ids read once (a province's few hundred): as a subquery, the late
        # list and the review count each joined the scope's plans with the country's
        # agencies again (docs/benchmarks.md).
        active_plans = scope.plans(visible_plans(user).filter(status__in=in_progress))
        active = Task.objects.filter(plan_id__in=list(active_plans.values_list("pk", flat=True)))
    if sees_all:
        mine = active
    else:
        # An officer's own agencies' tasks, wherever the plan: counted from the agencies'
        # assignments, not from every visible task.
        mine = visible_tasks_of_agencies(user, user.agency_ids()).filter(
            plan__status__in=in_progress
        )
    late, due_soon, late_count = _late_and_due_soon(mine, today=today)
    in_scope = scope.plans(visible_plans(user))
    # The chart's plans read as ids first (a province's are a few hundred): the aggregate
    # below then starts from their tasks instead of from every lead assignment.
    plan_ids = list(
        in_scope.for_year(today.year).exclude(status=PlanStatus.DRAFT).values_list("pk", flat=True)
    )
    if not plan_ids:
        latest = in_scope.order_by("-period_end").values_list("period_end", flat=True).first()
        if latest:
            plan_ids = list(in_scope.for_year(latest).values_list("pk", flat=True))
    plans = Plan.objects.filter(pk__in=plan_ids)
    plan_url, agency_url = url_for("pages:plan"), url_for("pages:agency")
    completion = [
        CompletionRow(
            name=row.name,
            url=agency_url(row.agency_id),
            total=row.total,
            done=row.done,
            late=row.late,
            percent_done=row.percent_done,
            done_width=round(100 * row.done / row.total) if row.total else 0,
            late_width=round(100 * row.late / row.total) if row.total else 0,
        )
        for row in plan_completion_by_agency(plans=plans, today=today)
    ]
    agencies = Agency.objects.filter(pk__in=user.agency_ids()).order_by("name")
    return Dashboard(
        my_agencies=[AgencyLink(a.name, agency_url(a.pk), "") for a in agencies],
        due_soon=task_mini_rows(due_soon, today=today),
        late=task_mini_rows(late, today=today),
        late_count=late_count,
        completion=completion,
        plans=[
            AgencyLink(p.number or p.title, plan_url(p.pk), "")
            for p in plans.order_by("-period_start", "title").only("pk", "number", "title")[:10]
        ],
        pending_reviews=pending_updates(user=user, tasks=active).count() if with_reviews else None,
        scope=scope,
    )


# --- the agency page -------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SuccessionRow:
    label: str
    agency: AgencyLink
    date: str


@dataclass
class AgencyPage:
    agency: Agency  # its own columns only
    kind_label: str
    unit: str
    parent: AgencyLink | None
    aliases: list[str]
    valid_from: str
    valid_to: str
    successors: list[SuccessionRow]
    predecessors: list[SuccessionRow]
    late_count: int
    page: Page
    rows: list[TaskListRow]


AGENCY_PAGE_SIZE = 50


def agency_page(*, user, agency_id: int, today: datetime.date, page_number) -> AgencyPage:
    """The agency with its names and successions, and a page of the tasks it leads or
    coordinates that ``user`` may see. Raises ``Agency.DoesNotExist``."""
    agency = (
        Agency.objects.select_related("unit", "parent")
        .prefetch_related("aliases")
        .get(pk=agency_id)
    )
    agency_url = url_for("pages:agency")
    tasks = task_list(user=user, filters=TaskFilters(agency_id=agency.pk), today=today)
    # The page, the agency's total and its late count in one pass (core.pagination).
    page = CountingPaginator(tasks, AGENCY_PAGE_SIZE, totals={"late": task_late_q(today)}).get_page(
        page_number
    )
    kinds = labels(SuccessionKind)
    return AgencyPage(
        agency=agency,
        kind_label=labels(AgencyKind).get(agency.kind, agency.kind),
        unit=agency_unit_name(agency),  # (as it was while the agency was valid)
        parent=AgencyLink(str(agency.parent), agency_url(agency.parent_id), "")
        if agency.parent_id
        else None,
        aliases=[a.alias for a in agency.aliases.all()],
        valid_from=dmy(agency.valid_from),
        valid_to=dmy(agency.valid_to),
        successors=[
            SuccessionRow(
                kinds.get(s.kind, s.kind),
                AgencyLink(str(s.successor), agency_url(s.successor_id), ""),
                dmy(s.effective_date),
            )
            for s in agency.successions_out.select_related("successor")
        ],
        predecessors=[
            SuccessionRow(
                "",
                AgencyLink(str(s.predecessor), agency_url(s.predecessor_id), ""),
                dmy(s.effective_date),
            )
            for s in agency.successions_in.select_related("predecessor")
        ],
        late_count=page.totals["late"],
        page=page,
        rows=task_list_rows(page, today=today, role_of_agency=agency.pk),
    )


# --- the agency's indicators (ttdn.indicators) ---------------------------------------


@dataclass(frozen=True, slots=True)
class AgencyIndicators:
    """The agency's figures of the current year, ready to print, and the dashboard link."""

    year: int
    rows: list[tuple[str, str, str]]  # (code, label, value as shown)
    url: str


def agency_indicators_shown(user, agency: Agency) -> bool:
    """Whether the agency page shows ``user`` the agency's figures: those who may see them
    on the dashboard (oversight roles, the agency's own officers)."""
    if not may_see_dashboard(user):
        return False
    return sees_all_plans(user) or agency.pk in user.agency_ids()


def agency_indicators_url(agency: Agency, year: int) -> str:
    """The dashboard of the agency's year (the section's link, and where the section's
    address sends a browser without htmx)."""
    return f"{reverse('indicators:dashboard')}?period={year}&agency={agency.pk}"


def agency_indicators(user, agency: Agency, today: datetime.date) -> AgencyIndicators | None:
    """The compact table of the agency page's indicators section (loaded after the page,
    decision 0037); ``None`` for those not shown it (``agency_indicators_shown``)."""
    if not agency_indicators_shown(user, agency):
        return None
    year = today.year
    scope = IndicatorScope(
        start=datetime.date(year, 1, 1), end=datetime.date(year, 12, 31), agency_ids={agency.pk}
    )
    rows = [(i.code, str(i.label), shown_value(i)) for i in indicators_for(scope, today=today)]
    return AgencyIndicators(year=year, rows=rows, url=agency_indicators_url(agency, year))
