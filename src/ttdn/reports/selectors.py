"""Reads for the summary reports, starting from what the user may see."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils import timezone

from ttdn.plans.access import visible_plans
from ttdn.plans.models import Plan
from ttdn.reports.access import visible_reports
from ttdn.reports.models import SummaryReport
from ttdn.tracking.models import ProgressUpdate, ReviewState

REASONS_PER_TASK = 2
NARRATIVES_PER_CHILD = 5


@dataclass(frozen=True)
class AgencyWord:
    """What an agency said, when: a reason for a late task, a lower level's result."""

    agency: str
    day: dt.date
    text: str


def reports_for_user(user) -> QuerySet[SummaryReport]:
    return visible_reports(user).select_related("plan").prefetch_related("versions")


def plans_to_report_on(user) -> QuerySet[Plan]:
    """The plans ``user`` may start a report for (those they see), newest first."""
    return visible_plans(user).order_by("-period_start", "title")


def _words(updates) -> list[AgencyWord]:
    return [
        AgencyWord(
            agency=u.agency.display_name,
            day=timezone.localtime(u.submitted_at).date(),
            text=" ".join(u.narrative.split()),
        )
        for u in updates
    ]


def task_reasons(task_ids: list[int], *, until: dt.date) -> dict[int, list[AgencyWord]]:
    """For each task, the newest counted (not returned) reports with a narrative
    submitted by the end of ``until`` (at most :data:`REASONS_PER_TASK` each, newest
    first): what the agencies said about why it is late or not done."""
    if not task_ids:
        return {}
    end = dt.datetime.combine(
        until + dt.timedelta(days=1), dt.time.min, tzinfo=timezone.get_current_timezone()
    )
    found: dict[int, list] = defaultdict(list)
    for i in range(0, len(task_ids), 2000):
        for update in (
            ProgressUpdate.objects.filter(task_id__in=task_ids[i : i + 2000], submitted_at__lt=end)
            .exclude(review_state=ReviewState.RETURNED)
            .exclude(narrative="")
            .select_related("agency")
            .only("task_id", "narrative", "submitted_at", "agency__name", "agency__short_name")
            .order_by("task_id", "-submitted_at", "-id")
        ):
            if len(found[update.task_id]) < REASONS_PER_TASK:
                found[update.task_id].append(update)
    return {task_id: _words(updates) for task_id, updates in found.items()}


def lower_level_words(
    plan_ids: list[int], *, start: dt.date, end: dt.date
) -> dict[int, list[AgencyWord]]:
    """For each lower-level plan, the narratives of its accepted reports submitted in the
    period (at most :data:`NARRATIVES_PER_CHILD`, newest first), with the agency."""
    if not plan_ids:
        return {}
    zone = timezone.get_current_timezone()
    found: dict[int, list] = defaultdict(list)
    for update in (
        ProgressUpdate.objects.filter(
            task__plan_id__in=plan_ids,
            review_state=ReviewState.ACCEPTED,
            submitted_at__gte=dt.datetime.combine(start, dt.time.min, tzinfo=zone),
            submitted_at__lt=dt.datetime.combine(
                end + dt.timedelta(days=1), dt.time.min, tzinfo=zone
            ),
        )
        .exclude(narrative="")
        .select_related("agency", "task")
        .only("task__plan_id", "narrative", "submitted_at", "agency__name", "agency__short_name")
        .order_by("-submitted_at", "-id")
    ):
        if len(found[update.task.plan_id]) < NARRATIVES_PER_CHILD:
            found[update.task.plan_id].append(update)
    return {plan_id: _words(updates) for plan_id, updates in found.items()}
