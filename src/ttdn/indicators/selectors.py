"""The one place that gathers the figures of a scope (``core.indicators``): the activity
registers', the budget's and the tasks'. The dashboard, the agency page, the agency's
report submission, the summary report and ``ttdn indicators`` all read
:func:`indicators_for`.

The tasks' figures (counted here; the outcome rule is ``tracking.outcomes``'):

- The tasks of a scope: those led by an agency of the scope (its unit, with lower units,
  or its agencies; any agency when neither is set), of the scope's plan when set, with a
  deadline within the scope's days.
- ``tasks.total``: those tasks, cancelled ones left out (they count in no rate);
  ``tasks.done`` / ``tasks.done_on_time``: done, and done by the final deadline
  (``tracking.outcomes``); ``tasks.late``: open and past their next deadline on the as-of
  day (the day after the scope, or today while it runs). Breakdown by lead agency (a task
  led by two agencies of the scope counts for each).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from ttdn.activities.indicators import activity_indicators
from ttdn.budget.formatting import format_vnd
from ttdn.budget.indicators import budget_indicators, scope_agency_ids
from ttdn.core.indicators import COUNT, VND, Indicator, IndicatorScope
from ttdn.plans.models import AssignmentRole, Task, TaskAssignment, TaskDeadline, TaskStatus
from ttdn.tracking.outcomes import (
    CANCELLED,
    DONE_LATE,
    DONE_ON_TIME,
    LATE,
    StoredState,
    chunks,
    completion_days,
    outcome_of,
)

SOURCE_TASKS = "tasks"


def indicators_for(scope: IndicatorScope, *, today: dt.date | None = None) -> list[Indicator]:
    """Every figure of ``scope`` (which the caller has let the user see), sorted by code."""
    found = [
        *activity_indicators(scope),
        *budget_indicators(scope),
        *task_indicators(scope, today=today),
    ]
    return sorted(found, key=lambda indicator: indicator.code)


def activity_figures(scope: IndicatorScope) -> list[Indicator]:
    """The activity registers' figures of ``scope`` alone (an agency's report pre-fills
    them; the summary report lists them), sorted by code."""
    return sorted(activity_indicators(scope), key=lambda indicator: indicator.code)


def shown_value(indicator: Indicator) -> str:
    """The value as the pages print it: 1.234.567 ₫ for money, 1.234 for counts."""
    if indicator.unit == VND:
        return format_vnd(indicator.value)
    return f"{indicator.value:,}".replace(",", ".")


def indicator_map(indicators: list[Indicator]) -> dict[str, Indicator]:
    return {indicator.code: indicator for indicator in indicators}


def task_indicators(scope: IndicatorScope, *, today: dt.date | None = None) -> list[Indicator]:
    today = today or timezone.localdate()
    as_of = min(today, scope.end + dt.timedelta(days=1))
    agency_ids = scope_agency_ids(scope)
    in_period = TaskDeadline.objects.filter(
        task_id=OuterRef("pk"), due_date__gte=scope.start, due_date__lte=scope.end
    )
    tasks = Task.objects.filter(Exists(in_period))
    if scope.plan_id is not None:
        tasks = tasks.filter(plan_id=scope.plan_id)
    leads_q = Q(role=AssignmentRole.LEAD, agency__isnull=False)
    if agency_ids is not None:
        leads_q &= Q(agency_id__in=agency_ids)
        tasks = tasks.filter(Exists(TaskAssignment.objects.filter(leads_q, task_id=OuterRef("pk"))))
    rows = list(tasks.values_list("pk", "status", "next_deadline", "final_deadline"))
    ids = [row[0] for row in rows]
    leads: dict[int, list[tuple[int, str]]] = defaultdict(list)
    all_leads: dict[int, list[tuple[int | None, str]]] = defaultdict(list)
    for chunk in chunks(ids, 2000):
        for task_id, agency_id in TaskAssignment.objects.filter(
            task_id__in=chunk, role=AssignmentRole.LEAD
        ).values_list("task_id", "agency_id"):
            all_leads[task_id].append((agency_id, ""))
            if agency_id is not None and (agency_ids is None or agency_id in agency_ids):
                leads[task_id].append((agency_id, ""))
    done_ids = [row[0] for row in rows if row[1] == TaskStatus.DONE]
    completed = completion_days(done_ids, all_leads)
    codes = {
        "tasks.total": _("Tasks due in the period"),
        "tasks.done": _("Tasks done"),
        "tasks.done_on_time": _("Tasks done on time"),
        "tasks.late": _("Tasks late"),
    }
    found = {
        code: Indicator(
            code=code,
            label=label,
            value=0,
            unit=COUNT,
            source=SOURCE_TASKS,
            breakdown={"agency": {}},
        )
        for code, label in codes.items()
    }

    def add(code: str, task_id: int) -> None:
        indicator = found[code]
        indicator.value += 1
        for agency_id in {agency for agency, _name in leads[task_id]}:
            key = str(agency_id)
            indicator.breakdown["agency"][key] = indicator.breakdown["agency"].get(key, 0) + 1

    for task_id, status, next_deadline, final_deadline in rows:
        effective = StoredState(status, next_deadline).effective_status(as_of)
        outcome = outcome_of(effective, completed.get(task_id), final_deadline)
        if outcome == CANCELLED:
            continue
        add("tasks.total", task_id)
        if outcome in (DONE_ON_TIME, DONE_LATE):
            add("tasks.done", task_id)
        if outcome == DONE_ON_TIME:
            add("tasks.done_on_time", task_id)
        if outcome == LATE:
            add("tasks.late", task_id)
    return list(found.values())
