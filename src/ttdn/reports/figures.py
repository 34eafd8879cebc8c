"""The one place that computes a plan's figures for a period.

The summary report and the dashboard read these functions and never count for
themselves: a number signed in a report is the number the dashboard shows.

    from ttdn.reports.figures import figure_scope, plan_figures
    from ttdn.reports.periods import period_parse

    figures = plan_figures(plan, period_parse("2018"))          # everything, in one go
    scope = figure_scope(plan, period_parse("2018-Q3"))         # or piece by piece:
    status_counts(scope); outcomes_by_agency(scope); outcomes_by_group(scope)
    reported_figures(scope); monthly_trend(scope); child_plans(scope)

What counts (each rule here and nowhere else):

- **The tasks of a period**: the plan's tasks with a deadline within the period, and
  those with no deadline at all (ongoing work) when the plan runs in that year.
- **A task's state** is tracking's stored derived state (``Task.status``,
  ``next_deadline``, ``final_deadline``, written by ``tracking.services.task_states_refresh``);
  it is never recomputed here. A task is **late** when it is open (neither done nor
  cancelled) and its next deadline is before :meth:`Period.as_of` (the day after the
  period, or today while it runs) — ``Task.effective_status``.
- **Done on time / late** and the other outcomes: ``tracking.outcomes`` (the rule's owner).
- **Outcome** of a task, one of :data:`OUTCOMES`: done on time, done late, late (open,
  past its deadline), in progress, not started, cancelled. Not done = late + in progress +
  not started. Rates are over the tasks that count (all but cancelled).
- **Reported figures**: the sums of ``ProgressUpdate.figures`` over the *accepted*
  updates of the period (by the period they report on, ``period_end``, or failing that the
  day they were submitted), by figure name.
- **Lower levels**: the plans that implement this one (``Plan.parent``, at any depth),
  each with the agency that issued it, its own outcome and reported figures; their tasks
  are never added to the plan's own counts (a child's task carries out a parent's task).

Extension point: other apps add figures of a period (activities: events held, articles
published) with :func:`register_figure_provider`; :func:`reported_figures` returns the
figures of every provider, each line naming its ``source``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Count, Q
from django.utils import timezone

from ttdn.core.indicators import IndicatorScope
from ttdn.indicators.selectors import activity_figures
from ttdn.plans.models import AssignmentRole, Plan, Task, TaskAssignment, TaskGroup, TaskStatus
from ttdn.reports.periods import Period
from ttdn.tracking.models import ProgressUpdate, ReviewState
from ttdn.tracking.outcomes import (  # noqa: F401 (the outcomes are part of this module's API)
    CANCELLED,
    DONE_LATE,
    DONE_ON_TIME,
    IN_PROGRESS,
    LATE,
    NOT_STARTED,
    OUTCOMES,
    Outcome,
    StoredState,
    chunks,
    completion_days,
    outcome_of,
)
from ttdn.tracking.selectors import numeric_figures, period_updates_q

MAX_CHILD_DEPTH = 4  # province → department → district → commune


@dataclass
class TaskLine:
    """One task of the period as the figures see it."""

    id: int
    plan_id: int
    order: int
    row_label: str
    text: str
    group: str
    status: str  # the effective status on the period's as-of day (with "late")
    next_deadline: dt.date | None
    final_deadline: dt.date | None
    completed_on: dt.date | None
    outcome: str
    leads: list[str] = field(default_factory=list)
    lead_ids: list[int | None] = field(default_factory=list)

    @property
    def group_label(self) -> str:
        return str(TaskGroup(self.group).label) if self.group in TaskGroup.values else self.group


@dataclass
class AgencyRow:
    """The tasks one lead agency leads (``agency_id`` None for a lead named only in text)."""

    agency_id: int | None
    name: str
    outcome: Outcome = field(default_factory=Outcome)


@dataclass
class GroupRow:
    group: str
    label: str
    outcome: Outcome = field(default_factory=Outcome)


@dataclass
class FigureLine:
    """A figure of the period: ``name`` ("Số tin, bài"), its ``value`` summed over
    ``updates`` reports from ``agencies``; ``source`` names the provider ("progress")."""

    name: str
    value: int | float
    updates: int = 0
    agencies: list[str] = field(default_factory=list)
    source: str = "progress"


@dataclass
class MonthRow:
    """One month of the period: reports submitted (not returned) and accepted, tasks
    completed, and the tasks completed so far."""

    month: dt.date
    submitted: int = 0
    accepted: int = 0
    completed: int = 0
    completed_to_date: int = 0


@dataclass
class ChildPlanRow:
    """A plan that implements this one (at any depth), with who issued it."""

    plan: Plan
    agency: str
    depth: int
    outcome: Outcome
    figures: list[FigureLine]


# ---------------------------------------------------------------- the scope


class FigureScope:
    """A plan and a period, with the rows every figure is counted from, each loaded once.

    Build it with :func:`figure_scope`. ``today`` fixes the as-of day (tests, reports
    generated for a past day)."""

    def __init__(
        self, plan: Plan, period: Period, *, include_children: bool = False, today=None
    ) -> None:
        self.plan = plan
        self.period = period
        self.include_children = include_children
        self.today = today or timezone.localdate()
        self.as_of = period.as_of(self.today)

    # The period's bounds as aware datetimes, in the project's time zone.
    @cached_property
    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        zone = timezone.get_current_timezone()
        start = dt.datetime.combine(self.period.start, dt.time.min, tzinfo=zone)
        end = dt.datetime.combine(self.period.end + dt.timedelta(days=1), dt.time.min, tzinfo=zone)
        return start, end

    def tasks_query(self, plan_ids: Iterable[int] | None = None):
        """The tasks of the period of ``plan_ids`` (default: the plan)."""
        ids = [self.plan.pk] if plan_ids is None else list(plan_ids)
        in_period = Q(deadlines__due_date__gte=self.period.start) & Q(
            deadlines__due_date__lte=self.period.end
        )
        ongoing = (
            Q(deadlines__isnull=True)
            & Q(plan__period_start__lte=self.period.end.year)
            & Q(plan__period_end__gte=self.period.start.year)
        )
        matching = Task.objects.filter(plan_id__in=ids).filter(in_period | ongoing).values("pk")
        return Task.objects.filter(pk__in=matching)

    def updates_in_period(self, task_ids) -> Q:
        return Q(task_id__in=task_ids) & period_updates_q(self.period.start, self.period.end)

    @cached_property
    def tasks(self) -> list[TaskLine]:
        return _task_lines(self, [self.plan.pk])

    @cached_property
    def children(self) -> list[tuple[Plan, int]]:
        """The plans implementing this one, (plan, depth), breadth first."""
        if not self.include_children:
            return []
        found: list[tuple[Plan, int]] = []
        seen = {self.plan.pk}
        level = [self.plan.pk]
        for depth in range(1, MAX_CHILD_DEPTH + 1):
            rows = list(
                Plan.objects.filter(parent_id__in=level)
                .exclude(pk__in=seen)
                .select_related("issuer")
                .order_by("level", "title", "pk")
            )
            if not rows:
                break
            found += [(row, depth) for row in rows]
            seen |= {row.pk for row in rows}
            level = [row.pk for row in rows]
        return found


def figure_scope(
    plan: Plan, period: Period, *, include_children: bool = False, today: dt.date | None = None
) -> FigureScope:
    """The figures' starting point: ``plan`` (which the caller has let the user see) and
    ``period``; ``include_children`` adds the plans that implement it (:func:`child_plans`)."""
    return FigureScope(plan, period, include_children=include_children, today=today)


def _task_lines(scope: FigureScope, plan_ids: list[int]) -> list[TaskLine]:
    rows = list(
        scope.tasks_query(plan_ids)
        .order_by("plan_id", "order", "pk")
        .values(
            "pk",
            "plan_id",
            "order",
            "row_label",
            "text",
            "group",
            "status",
            "next_deadline",
            "final_deadline",
        )
    )
    ids = [row["pk"] for row in rows]
    leads: dict[int, list[tuple[int | None, str]]] = defaultdict(list)
    for chunk in chunks(ids, 2000):
        for task_id, agency_id, name, short, written in (
            TaskAssignment.objects.filter(task_id__in=chunk, role=AssignmentRole.LEAD)
            .order_by("task_id", "order", "pk")
            .values_list("task_id", "agency_id", "agency__name", "agency__short_name", "as_written")
        ):
            leads[task_id].append((agency_id, (short or name) if agency_id else written))
    done_ids = [row["pk"] for row in rows if row["status"] == TaskStatus.DONE]
    completed = completion_days(done_ids, leads)
    lines = []
    for row in rows:
        status = StoredState(row["status"], row["next_deadline"]).effective_status(scope.as_of)
        completed_on = completed.get(row["pk"])
        lines.append(
            TaskLine(
                id=row["pk"],
                plan_id=row["plan_id"],
                order=row["order"],
                row_label=row["row_label"],
                text=row["text"],
                group=row["group"],
                status=status,
                next_deadline=row["next_deadline"],
                final_deadline=row["final_deadline"],
                completed_on=completed_on,
                outcome=outcome_of(status, completed_on, row["final_deadline"]),
                leads=[name for _id, name in leads[row["pk"]]],
                lead_ids=[agency_id for agency_id, _name in leads[row["pk"]]],
            )
        )
    return lines


# ---------------------------------------------------------------- the figures


def status_counts(scope: FigureScope) -> dict[str, int]:
    """Tasks of the period by effective status (every :class:`TaskStatus`, zeros included)."""
    counts = Counter(line.status for line in scope.tasks)
    return {status: counts.get(status, 0) for status in TaskStatus.values}


def outcome_totals(scope: FigureScope) -> Outcome:
    """The plan's tasks of the period: done on time, late, not done … (see :data:`OUTCOMES`)."""
    outcome = Outcome()
    for line in scope.tasks:
        outcome.add(line.outcome)
    return outcome


def outcomes_by_agency(scope: FigureScope) -> list[AgencyRow]:
    """One row per lead agency (a task with two leads counts for both), by name."""
    rows: dict[object, AgencyRow] = {}
    for line in scope.tasks:
        for agency_id, name in zip(line.lead_ids, line.leads, strict=True):
            key = agency_id if agency_id else f"text:{name}"
            row = rows.setdefault(key, AgencyRow(agency_id=agency_id, name=name))
            row.outcome.add(line.outcome)
    return sorted(rows.values(), key=lambda row: (row.name.casefold(), row.agency_id or 0))


def outcomes_by_group(scope: FigureScope) -> list[GroupRow]:
    """One row per task group that has tasks in the period, in the groups' order."""
    rows: dict[str, GroupRow] = {}
    for line in scope.tasks:
        row = rows.setdefault(line.group, GroupRow(group=line.group, label=line.group_label))
        row.outcome.add(line.outcome)
    order = {value: i for i, value in enumerate(TaskGroup.values)}
    return sorted(rows.values(), key=lambda row: order.get(row.group, len(order)))


def late_or_not_done(scope: FigureScope) -> list[TaskLine]:
    """The tasks of the period that are late, or done late, or not done by its end (when
    it is over), in the plan's order."""
    over = scope.today > scope.period.end
    wanted = {LATE, DONE_LATE} | ({IN_PROGRESS, NOT_STARTED} if over else set())
    return [line for line in scope.tasks if line.outcome in wanted]


FigureProvider = Callable[[FigureScope, list[int]], Iterable[FigureLine]]
_PROVIDERS: dict[str, FigureProvider] = {}


def register_figure_provider(source: str, provider: FigureProvider) -> None:
    """Add the figures of ``source`` ("activities") to :func:`reported_figures`: the
    provider takes the scope and the plan ids to count for and returns
    :class:`FigureLine` s. Call it from the providing app's ``AppConfig.ready``."""
    _PROVIDERS[source] = provider


def progress_figures(scope: FigureScope, plan_ids: list[int]) -> list[FigureLine]:
    """The sums of the figures in the accepted progress updates of the period."""
    task_ids = scope.tasks_query(plan_ids).values("pk")
    totals: dict[str, FigureLine] = {}
    agencies: dict[str, set[str]] = defaultdict(set)
    for figures, name, short in (
        ProgressUpdate.objects.filter(scope.updates_in_period(task_ids))
        .filter(review_state=ReviewState.ACCEPTED)
        .exclude(figures={})
        .values_list("figures", "agency__name", "agency__short_name")
        .order_by()
    ):
        for label, value in numeric_figures(figures):
            line = totals.setdefault(label, FigureLine(name=label, value=0))
            line.value += value
            line.updates += 1
            agencies[label].add(short or name)
    for label, line in totals.items():
        line.agencies = sorted(agencies[label], key=str.casefold)
        if isinstance(line.value, float) and line.value.is_integer():
            line.value = int(line.value)
    return sorted(totals.values(), key=lambda line: line.name.casefold())


register_figure_provider("progress", progress_figures)


def activity_figures_of(scope: FigureScope, plan_ids: list[int]) -> list[FigureLine]:
    """The activity registers' figures of the period for the plans (the dashboard's,
    ``indicators.selectors.activity_figures``), those that are not zero, by label."""
    totals: dict[str, FigureLine] = {}
    for plan_id in plan_ids:
        indicator_scope = IndicatorScope(
            start=scope.period.start, end=scope.period.end, plan_id=plan_id
        )
        for indicator in activity_figures(indicator_scope):
            if not indicator.value:
                continue
            label = str(indicator.label)
            line = totals.setdefault(label, FigureLine(name=label, value=0))
            line.value += indicator.value
    return list(totals.values())


register_figure_provider("activities", activity_figures_of)


def reported_figures(scope: FigureScope, plan_ids: list[int] | None = None) -> list[FigureLine]:
    """Every provider's figures of the period for the plan (or ``plan_ids``)."""
    ids = [scope.plan.pk] if plan_ids is None else plan_ids
    lines: list[FigureLine] = []
    for source, provider in _PROVIDERS.items():
        for line in provider(scope, ids):
            line.source = source
            lines.append(line)
    return lines


def monthly_trend(scope: FigureScope) -> list[MonthRow]:
    """Month by month: reports submitted and accepted, tasks completed (cumulated)."""
    rows = {month: MonthRow(month=month) for month in scope.period.months()}
    zone = timezone.get_current_timezone()
    counted = Q(review_state=ReviewState.ACCEPTED)
    counts = {}
    for i, month in enumerate(rows):
        following = (month + dt.timedelta(days=32)).replace(day=1)
        within = Q(
            submitted_at__gte=dt.datetime.combine(month, dt.time.min, tzinfo=zone),
            submitted_at__lt=dt.datetime.combine(following, dt.time.min, tzinfo=zone),
        )
        counts[f"s{i}"] = Count("pk", filter=within)
        counts[f"a{i}"] = Count("pk", filter=within & counted)
    start, end = scope.bounds
    totals = (
        ProgressUpdate.objects.filter(
            task_id__in=scope.tasks_query().values("pk"),
            submitted_at__gte=start,
            submitted_at__lt=end,
        )
        .exclude(review_state=ReviewState.RETURNED)
        .aggregate(**counts)
    )
    for i, row in enumerate(rows.values()):
        row.submitted, row.accepted = totals[f"s{i}"] or 0, totals[f"a{i}"] or 0
    before = 0
    for line in scope.tasks:
        if line.completed_on is None:
            continue
        row = rows.get(line.completed_on.replace(day=1))
        if row is not None:
            row.completed += 1
        elif line.completed_on < scope.period.start:
            before += 1
    running = before
    for row in rows.values():
        running += row.completed
        row.completed_to_date = running
    return list(rows.values())


def child_plans(scope: FigureScope) -> list[ChildPlanRow]:
    """The plans implementing this one (with ``include_children``), each with its issuing
    agency, the outcome of its tasks of the period and its reported figures."""
    if not scope.children:
        return []
    lines = _task_lines(scope, [plan.pk for plan, _depth in scope.children])
    outcomes: dict[int, Outcome] = defaultdict(Outcome)
    for line in lines:
        outcomes[line.plan_id].add(line.outcome)
    return [
        ChildPlanRow(
            plan=plan,
            agency=plan_reporting_agency(plan),
            depth=depth,
            outcome=outcomes[plan.pk],
            figures=reported_figures(scope, [plan.pk]),
        )
        for plan, depth in scope.children
    ]


def plan_reporting_agency(plan: Plan) -> str:
    """Who reports for ``plan``: its issuing agency, or the issuer as written."""
    if plan.issuer_id:
        return plan.issuer.display_name
    return plan.issuer_name or plan.title


@dataclass
class PlanFigures:
    """All the figures of a plan and period (what :func:`plan_figures` returns)."""

    scope: FigureScope
    statuses: dict[str, int]
    totals: Outcome
    by_agency: list[AgencyRow]
    by_group: list[GroupRow]
    figures: list[FigureLine]
    trend: list[MonthRow]
    late: list[TaskLine]
    children: list[ChildPlanRow]

    @property
    def tasks(self) -> list[TaskLine]:
        return self.scope.tasks

    @property
    def is_empty(self) -> bool:
        """No task in the period and nothing reported: the report says so."""
        return not self.scope.tasks and not self.figures and not self.children


def plan_figures(
    plan: Plan, period: Period, *, include_children: bool = False, today: dt.date | None = None
) -> PlanFigures:
    """Every figure of ``plan`` for ``period`` (see the module for what counts)."""
    scope = figure_scope(plan, period, include_children=include_children, today=today)
    return PlanFigures(
        scope=scope,
        statuses=status_counts(scope),
        totals=outcome_totals(scope),
        by_agency=outcomes_by_agency(scope),
        by_group=outcomes_by_group(scope),
        figures=reported_figures(scope),
        trend=monthly_trend(scope),
        late=late_or_not_done(scope),
        children=child_plans(scope),
    )
