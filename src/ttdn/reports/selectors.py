"""Reads for the summary reports, starting from what the user may see."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass

from django.db.models import F, QuerySet, Window
from django.db.models.functions import RowNumber
from django.utils import timezone

from ttdn.plans.access import visible_plans
from ttdn.plans.models import Plan, PlanStatus
from ttdn.reports.access import visible_reports
from ttdn.reports.models import SummaryReport
from ttdn.submissions.selectors import submissions_for
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
    """The plans ``user`` may start a report for (issued ones they see), newest first."""
    return (
        visible_plans(user)
        .exclude(status__in=[PlanStatus.DRAFT, PlanStatus.APPRAISAL])
        .order_by("-period_start", "title")
    )


def _word(name: str, short: str, at: dt.datetime, narrative: str) -> AgencyWord:
    return AgencyWord(
        agency=short or name, day=timezone.localtime(at).date(), text=" ".join(narrative.split())
    )


def _words(updates) -> list[AgencyWord]:
    return [_word(u.agency.name, u.agency.short_name, u.submitted_at, u.narrative) for u in updates]


def task_reasons(task_ids: list[int], *, until: dt.date) -> dict[int, list[AgencyWord]]:
    """For each task, the newest counted (not returned) reports with a narrative
    submitted by the end of ``until`` (at most :data:`REASONS_PER_TASK` each, newest
    first): what the agencies said about why it is late or not done. One query per
    2,000 tasks; the database keeps the newest of each task (a window function)."""
    if not task_ids:
        return {}
    end = dt.datetime.combine(
        until + dt.timedelta(days=1), dt.time.min, tzinfo=timezone.get_current_timezone()
    )
    found: dict[int, list[AgencyWord]] = defaultdict(list)
    for i in range(0, len(task_ids), 2000):
        rows = (
            ProgressUpdate.objects.filter(task_id__in=task_ids[i : i + 2000], submitted_at__lt=end)
            .exclude(review_state=ReviewState.RETURNED)
            .exclude(narrative="")
            .annotate(
                rank=Window(
                    RowNumber(),
                    partition_by=[F("task_id")],
                    order_by=[F("submitted_at").desc(), F("id").desc()],
                )
            )
            .filter(rank__lte=REASONS_PER_TASK)
            .order_by("task_id", "rank")
            .values_list(
                "task_id", "agency__name", "agency__short_name", "submitted_at", "narrative"
            )
        )
        for task_id, name, short, at, narrative in rows:
            found[task_id].append(_word(name, short, at, narrative))
    return dict(found)


def lower_level_words(
    plan_ids: list[int], *, start: dt.date, end: dt.date
) -> dict[int, list[AgencyWord]]:
    """For each lower-level plan, the narratives of its accepted reports submitted in the
    period (at most :data:`NARRATIVES_PER_CHILD`, newest first), with the agency."""
    if not plan_ids:
        return {}
    zone = timezone.get_current_timezone()
    rows = (
        ProgressUpdate.objects.filter(
            task__plan_id__in=plan_ids,
            review_state=ReviewState.ACCEPTED,
            submitted_at__gte=dt.datetime.combine(start, dt.time.min, tzinfo=zone),
            submitted_at__lt=dt.datetime.combine(
                end + dt.timedelta(days=1), dt.time.min, tzinfo=zone
            ),
        )
        .exclude(narrative="")
        .annotate(
            rank=Window(
                RowNumber(),
                partition_by=[F("task__plan_id")],
                order_by=[F("submitted_at").desc(), F("id").desc()],
            )
        )
        .filter(rank__lte=NARRATIVES_PER_CHILD)
        .order_by("task__plan_id", "rank")
        .values_list(
            "task__plan_id", "agency__name", "agency__short_name", "submitted_at", "narrative"
        )
    )
    found: dict[int, list[AgencyWord]] = defaultdict(list)
    for plan_id, name, short, at, narrative in rows:
        found[plan_id].append(_word(name, short, at, narrative))
    return dict(found)


@dataclass(frozen=True)
class AgencySubmission:
    """An agency's accepted report for the period (issue 9's submissions): its sections."""

    agency: str
    day: dt.date | None
    results: str
    limitations: str
    proposals: str


def agency_submissions(plan: Plan, *, start: dt.date, end: dt.date) -> list[AgencySubmission]:
    """The accepted submissions of ``plan`` for exactly the period ``start``–``end``
    (``submissions.selectors.submissions_for``), by agency name."""
    key = f"{start:%Y%m%d}-{end:%Y%m%d}"
    return [
        AgencySubmission(
            agency=s.agency.display_name,
            day=timezone.localtime(s.submitted_at).date() if s.submitted_at else None,
            results=" ".join(s.results.split()),
            limitations=" ".join(s.limitations.split()),
            proposals=" ".join(s.proposals.split()),
        )
        for s in submissions_for(plan, key, accepted_only=True)
    ]
