"""Queries for plans and tasks, always starting from what the user may see."""

import datetime
from dataclasses import dataclass

from django.db.models import (
    Count,
    IntegerField,
    Min,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    prefetch_related_objects,
)
from django.db.models.functions import Coalesce

from ttdn.core import search
from ttdn.directory.models import Agency
from ttdn.plans.access import visible_plans, visible_tasks, visible_tasks_of_agencies
from ttdn.plans.models import (
    AssignmentRole,
    Plan,
    Task,
    TaskAssignment,
    TaskStatus,
    task_late_q,
)
from ttdn.plans.scope import Scope


@dataclass(frozen=True)
class PlanFilters:
    year: int | None = None
    level: str = ""
    unit_id: int | None = None
    status: str = ""
    q: str = ""


def plan_list(*, user, filters: PlanFilters) -> QuerySet[Plan]:
    qs = visible_plans(user)
    if filters.year:
        qs = qs.for_year(filters.year)
    if filters.level:
        qs = qs.filter(level=filters.level)
    if filters.unit_id:
        qs = qs.filter(unit_id=filters.unit_id)
    if filters.status:
        qs = qs.filter(status=filters.status)
    if filters.q.strip():
        qs = search.filter_queryset(qs, "plan", filters.q)
    # The counts as subqueries, not as a join with GROUP BY: PostgreSQL then counts the
    # tasks of the page's 50 plans after sorting, instead of grouping every task of every
    # plan of a year before it can sort (4,804 plans, 138,709 rows nationally).
    return (
        qs.select_related("unit", "issuer")
        .annotate(
            task_count=_task_count(),
            done_count=_task_count(status=TaskStatus.DONE),
        )
        .order_by("-period_start", "-issued_date", "-id")
    )


def _task_count(**conditions) -> Coalesce:
    counted = (
        Task.objects.filter(plan=OuterRef("pk"), **conditions)
        .order_by()
        .values("plan")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), 0)


def plan_years(*, user) -> list[int]:
    rows = visible_plans(user).values_list("period_start", "period_end").distinct()
    years = set()
    for start, end in rows:
        years.update(range(start, end + 1))
    return sorted(years, reverse=True)


def _assignments_prefetch() -> Prefetch:
    """A page's assignments, then their agencies by id: joined in one query, PostgreSQL
    hashed the country's 10,000 agencies for the hundred a page names (7-14 ms a page
    nationally, docs/benchmarks.md)."""
    return Prefetch(
        "assignments",
        queryset=TaskAssignment.objects.prefetch_related("agency").order_by("role", "order", "id"),
    )


def tasks_for_lists(qs: QuerySet[Task]) -> QuerySet[Task]:
    """What task lists show: the plan and the agencies."""
    return qs.select_related("plan").prefetch_related(_assignments_prefetch())


def tasks_for_lists_by_id(ids: list[int]) -> QuerySet[Task]:
    """A page of a task list read by id (``core.pagination.CountingPaginator``'s ``rows``):
    the list's query chose the ids, so its filters — a full-text match, a scope — are not
    run a second time for 50 rows."""
    return tasks_for_lists(Task.objects.filter(pk__in=ids))


def task_with_details(task: Task) -> Task:
    """A task already loaded (by ``access.task_get_for_user``, with its plan) with its
    agencies and every deadline: for the task page and the API. Two queries."""
    prefetch_related_objects([task], _assignments_prefetch(), "deadlines")
    return task


def plan_annex(*, plan: Plan, with_deadlines: bool = False) -> list[Task]:
    """The annex rows with their agencies (the plan is already known)."""
    tasks = plan_annex_queryset(plan=plan, with_deadlines=with_deadlines)
    for task in tasks:
        task.plan = plan
    return list(tasks)


def plan_annex_queryset(*, plan: Plan, with_deadlines: bool = False) -> QuerySet[Task]:
    """The annex in its order, unevaluated: for a caller that takes a page of it (the API)."""
    tasks = plan.tasks.prefetch_related(_assignments_prefetch()).order_by("order", "id")
    if with_deadlines:
        tasks = tasks.prefetch_related("deadlines")
    return tasks


# Task lists: soonest deadline first, tasks without one last (on SQLite and PostgreSQL
# alike). Written as an expression on purpose: PostgreSQL cannot read it from the
# next_deadline index, so for an agency's or a search's tasks it starts from those rows and
# sorts them, instead of walking the index over the country's million tasks hoping to meet
# 50 of them early (4 s for the busiest agency; docs/benchmarks.md, "National scale").
TASK_LIST_ORDER = (
    Coalesce("next_deadline", Value(datetime.date.max)).asc(),
    "plan_id",
    "order",
)


@dataclass(frozen=True)
class TaskFilters:
    agency_id: int | None = None
    role: str = ""
    status: str = ""
    plan_id: int | None = None
    year: int | None = None
    due_within_days: int | None = None
    q: str = ""
    scope: Scope | None = None  # plans.scope: the part of the country listed; None: all


def task_list(*, user, filters: TaskFilters, today: datetime.date) -> QuerySet[Task]:
    if filters.agency_id:
        # Start from the agency's own assignments (a few thousand tasks at most), not from
        # every visible task: the planner scanned all of them (docs/benchmarks.md).
        qs = visible_tasks_of_agencies(user, [filters.agency_id], role=filters.role)
    else:
        qs = visible_tasks(user)
    if filters.scope is not None:
        qs = filters.scope.tasks(qs)
    if filters.plan_id:
        qs = qs.filter(plan_id=filters.plan_id)
    if filters.year:
        qs = qs.filter(plan__period_start__lte=filters.year, plan__period_end__gte=filters.year)
    if filters.status == TaskStatus.LATE:
        qs = qs.late_on(today)
        if filters.year:
            qs = qs.filter(next_deadline__gte=_first_deadline_possible(filters.year))
    elif filters.status:
        qs = qs.filter(status=filters.status)
        if filters.status in (TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS):
            qs = qs.exclude(next_deadline__lt=today)
    if filters.due_within_days is not None:
        qs = qs.due_between(today, today + datetime.timedelta(days=filters.due_within_days))
    if filters.q.strip():
        # The scope's provinces confine the match to their entries (one GIN scan over
        # (partition, text) on PostgreSQL) instead of matching the whole country first.
        partitions = filters.scope.partitions if filters.scope is not None else None
        qs = search.filter_queryset(qs, "task", filters.q, partitions=partitions)
    return tasks_for_lists(qs).order_by(*TASK_LIST_ORDER)


def _first_deadline_possible(year: int) -> datetime.date:
    """No task of a plan running in ``year`` has a deadline before 1 January of the
    earliest start of such plans: deadlines are read within the plan's period
    (``plans.timeframe``; a wording outside it gets none). Bounding ``next_deadline`` by it
    lets the late list of a year read that year's late tasks, not those of every year."""
    start = Plan.objects.filter(period_start__lte=year, period_end__gte=year).aggregate(
        start=Min("period_start")
    )["start"]
    return datetime.date(start or year, 1, 1)


@dataclass(frozen=True)
class AgencyProgress:
    agency_id: int
    name: str
    total: int
    done: int
    late: int

    @property
    def percent_done(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


def plan_completion_by_agency(
    *, plans: QuerySet[Plan], today: datetime.date, limit: int = 15
) -> list[AgencyProgress]:
    """For the lead agencies of the given plans: tasks led, done and late.

    A task has one lead assignment per agency (``assignment_unique``) and ``plans`` is a
    subquery, so each (agency, task) row is met once: the counts need no DISTINCT, which
    sorted every assignment of the scope's plans (the home page's slowest query)."""
    counts = list(
        TaskAssignment.objects.filter(
            role=AssignmentRole.LEAD, agency__isnull=False, task__plan__in=plans
        )
        .values("agency_id")
        .order_by()
        .annotate(
            total=Count("task_id"),
            done=Count("task_id", filter=Q(task__status=TaskStatus.DONE)),
            late=Count("task_id", filter=task_late_q(today, "task__")),
        )
    )
    # Grouped by the agency's id alone, named after (a province's lead agencies are a
    # hundred or two): joining the agencies first hashed the country's 10,000 of them.
    named = {
        pk: short or name
        for pk, name, short in Agency.objects.filter(
            pk__in=[r["agency_id"] for r in counts]
        ).values_list("pk", "name", "short_name")
    }
    counts.sort(key=lambda r: (-r["total"], named.get(r["agency_id"], "")))
    return [
        AgencyProgress(
            agency_id=r["agency_id"],
            name=named.get(r["agency_id"], ""),
            total=r["total"],
            done=r["done"],
            late=r["late"],
        )
        for r in counts[:limit]
    ]


def with_current_status(tasks, today: datetime.date):
    """Annotate each task (already loaded) with its status as of ``today`` (late or not)."""
    for task in tasks:
        task.current_status = task.effective_status(today)
    return tasks


# --- across levels: the plans that implement a plan, the tasks that carry out its tasks ---


@dataclass(frozen=True)
class ChildPlanProgress:
    """A plan implementing another (``Plan.parent``) with its tasks counted today."""

    plan: Plan  # the columns of CHILD_PLAN_FIELDS, with its issuer's names
    total: int
    done: int
    late: int

    @property
    def percent_done(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


CHILD_PLAN_FIELDS = ("number", "title", "issuer", "issuer_name", "level", "status", "parent")


def child_plans_progress(*, user, plan: Plan, today: datetime.date) -> list[ChildPlanProgress]:
    """The plans ``user`` may see that implement ``plan``, each with its tasks, done and
    late (open and past their next deadline) counted: two queries, whatever their number.

    The counts are grouped over the children's tasks alone (by ``plan_id``, the tasks'
    index on their plan), not over the plan rows joined with their issuer and unit: that
    grouped every wide plan row and read the tasks table whole (docs/benchmarks.md)."""
    children = list(
        visible_plans(user)
        .filter(parent_id=plan.pk)
        # What the row shows, not all 25 columns of 170 plans; the issuers by id after
        # the plans: joined, the country's agencies were hashed for them.
        .only(*CHILD_PLAN_FIELDS)
        .prefetch_related(Prefetch("issuer", queryset=Agency.objects.only("name", "short_name")))
        .order_by("level", "issuer_name", "title", "pk")
    )
    counts = {
        row["plan_id"]: row
        for row in Task.objects.filter(plan_id__in=[c.pk for c in children])
        .values("plan_id")
        .order_by()
        .annotate(
            total=Count("pk"),
            done=Count("pk", filter=Q(status=TaskStatus.DONE)),
            late=Count("pk", filter=task_late_q(today)),
        )
    }
    empty = {"total": 0, "done": 0, "late": 0}
    return [
        ChildPlanProgress(
            plan=c,
            total=counts.get(c.pk, empty)["total"],
            done=counts.get(c.pk, empty)["done"],
            late=counts.get(c.pk, empty)["late"],
        )
        for c in children
    ]


def tasks_carrying_out(*, user, plan: Plan) -> list[Task]:
    """The tasks ``user`` may see that carry out a task of ``plan`` (``Task.parent_task``),
    with their plan, its issuer and their agencies: two queries, whatever their number."""
    return list(
        visible_tasks(user)
        .filter(parent_task__plan_id=plan.pk)
        .select_related("plan", "plan__issuer")
        .prefetch_related(_assignments_prefetch())
        .order_by("parent_task_id", "plan__issuer_name", "plan_id", "order", "id")
    )
