"""Reads of report requests and submissions.

Stable names other apps use (keep their signatures):

- :func:`open_requests` — requests whose deadline is near or past and which still wait for
  reports: the "missing reports" list of urging and the dashboard (each request carries
  ``missing``, its submissions not handed in, with their agencies);
- :func:`missing_submissions` — the same as one flat list of (request, agency) rows to chase;
- :func:`submissions_for` — the reports handed in for a plan and period, with their agency,
  for the province's summary report.

With ``user=None`` they read every request (background jobs); with a user, only what that
user may see (``submissions.access``).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, F, Prefetch, Q, QuerySet
from django.utils import timezone

from ttdn.core.text import fold
from ttdn.plans.models import Plan, Task, TaskStatus
from ttdn.submissions import deadlines
from ttdn.submissions.access import visible_requests, visible_submissions
from ttdn.submissions.deadlines import Period, parse_period
from ttdn.submissions.models import (
    HANDED_IN_STATES,
    ChainLevel,
    Frequency,
    ReportingRule,
    ReportingStep,
    ReportRequest,
    Submission,
    SubmissionState,
)
from ttdn.tracking.models import ProgressUpdate, ReviewState
from ttdn.tracking.selectors import latest_updates

# The default window of "near": deadlines up to this many days ahead.
DEFAULT_WITHIN_DAYS = 7


def _requests(user) -> QuerySet[ReportRequest]:
    return ReportRequest.objects.all() if user is None else visible_requests(user)


def _submissions(user) -> QuerySet[Submission]:
    return Submission.objects.all() if user is None else visible_submissions(user)


def _not_handed_in() -> Q:
    return ~Q(state__in=HANDED_IN_STATES)


def open_requests(
    *,
    user=None,
    on: datetime.date | None = None,
    within_days: int = DEFAULT_WITHIN_DAYS,
    plan: Plan | None = None,
) -> QuerySet[ReportRequest]:
    """Open requests due by ``on`` + ``within_days`` (past ones included) with at least one
    recipient that has not handed in its report, soonest deadline first.

    Each request has ``missing``: the list of its submissions not submitted or accepted
    (not started, draft or returned) that ``user`` may see, with ``agency``; and its
    ``plan``. ``on`` defaults to today in Asia/Ho_Chi_Minh.
    """
    on = on or timezone.localdate()
    missing = _submissions(user).filter(_not_handed_in()).select_related("agency")
    requests = (
        _requests(user)
        .open()
        .filter(deadline__lte=on + datetime.timedelta(days=within_days))
        .filter(pk__in=missing.values("request_id"))
        .select_related("plan")
        .prefetch_related(
            Prefetch("submissions", queryset=missing.order_by("agency__name"), to_attr="missing")
        )
        .order_by("deadline", "id")
    )
    if plan is not None:
        requests = requests.filter(plan=plan)
    return requests


def missing_submissions(
    *,
    user=None,
    on: datetime.date | None = None,
    within_days: int = DEFAULT_WITHIN_DAYS,
    plan: Plan | None = None,
) -> QuerySet[Submission]:
    """The reports still owed on open requests due by ``on`` + ``within_days``: one row per
    request and agency, with ``request``, ``request.plan`` and ``agency``; soonest first.
    ``row.request.deadline < on`` means the agency is late."""
    on = on or timezone.localdate()
    rows = (
        _submissions(user)
        .filter(_not_handed_in())
        .filter(
            request__closed=False,
            request__deadline__lte=on + datetime.timedelta(days=within_days),
        )
        .select_related("request", "request__plan", "agency")
        .order_by("request__deadline", "request_id", "agency__name")
    )
    if plan is not None:
        rows = rows.filter(request__plan=plan)
    return rows


def submissions_for(
    plan: Plan, period: str | int | Period, *, accepted_only: bool = False, user=None
) -> QuerySet[Submission]:
    """The reports handed in (submitted or accepted; ``accepted_only``: accepted) for
    ``plan`` and exactly ``period`` (a key such as "2018" or "2018-Q3", a year, or a
    :class:`~ttdn.submissions.deadlines.Period`), periodic and ad-hoc requests alike, with
    ``agency``, ``addressed_to`` and ``request``; by agency name."""
    period = parse_period(period)
    states = [SubmissionState.ACCEPTED] if accepted_only else sorted(HANDED_IN_STATES)
    return (
        _submissions(user)
        .filter(
            request__plan=plan,
            request__period_start=period.start,
            request__period_end=period.end,
            state__in=states,
        )
        .select_related("agency", "addressed_to", "request")
        .prefetch_related("files")
        .order_by("agency__name", "request__deadline", "id")
    )


# --- pages ----------------------------------------------------------------------------


def request_list(
    *, user, plan_id: int | None = None, period: str = "", status: str = "", q: str = ""
) -> QuerySet[ReportRequest]:
    """Requests ``user`` may see, newest deadline first, with counts of their submissions
    (``total``, ``handed_in``, ``accepted``). ``status``: "open", "closed", "overdue"."""
    requests = (
        visible_requests(user)
        .select_related("plan")
        .annotate(
            total=Count("submissions"),
            handed_in=Count("submissions", filter=Q(submissions__state__in=HANDED_IN_STATES)),
            accepted=Count("submissions", filter=Q(submissions__state=SubmissionState.ACCEPTED)),
        )
        .order_by("-deadline", "-id")
    )
    if plan_id:
        requests = requests.filter(plan_id=plan_id)
    if period:
        try:
            p = parse_period(period)
        except ValueError:
            return requests.none()
        requests = requests.filter(period_start=p.start, period_end=p.end)
    if status == "open":
        requests = requests.filter(closed=False)
    elif status == "closed":
        requests = requests.filter(closed=True)
    elif status == "overdue":
        requests = requests.filter(
            closed=False, deadline__lt=timezone.localdate(), handed_in__lt=F("total")
        )
    if q and (needle := fold(q)):
        ids = [r.pk for r in requests.only("pk", "title") if needle in fold(r.title)]
        requests = requests.filter(pk__in=ids)
    return requests


def my_submissions(*, user) -> QuerySet[Submission]:
    """The reports of the user's own agencies, those still to write first, then by
    deadline."""
    return (
        Submission.objects.filter(
            agency_id__in=sorted(user.agency_ids()),
            request__plan__in=visible_requests(user).values("plan_id"),
        )
        .select_related("request", "request__plan", "agency")
        .order_by("-request__closed", "request__deadline", "id")
    )


def request_submissions(request: ReportRequest, *, user) -> list[Submission]:
    return list(
        visible_submissions(user)
        .filter(request=request)
        .select_related("agency", "addressed_to", "submitted_by")
        .order_by("agency__name", "id")
    )


# --- what a submission is pre-filled with -----------------------------------------------


@dataclass(frozen=True)
class TaskRow:
    """A task of the agency's in the plan, with its state as tracking derived it."""

    task_id: int
    row_label: str
    text: str
    role: str
    status: str
    status_label: str
    percent: int
    next_deadline: datetime.date | None
    latest: str

    def as_json(self, note: str = "") -> dict:
        return {
            "task_id": self.task_id,
            "row_label": self.row_label,
            "text": self.text,
            "role": self.role,
            "status": self.status,
            "percent": self.percent,
            "next_deadline": self.next_deadline.isoformat() if self.next_deadline else None,
            "note": note,
        }


def agency_task_rows(
    plan: Plan, agency_id: int, *, on: datetime.date | None = None
) -> list[TaskRow]:
    """The plan's tasks the agency leads or coordinates, with the status tracking keeps
    (``Task.status``/``percent``/``next_deadline``, late as ``Task.effective_status``) and
    the newest counted report's text. Read only: a task's state is tracking's."""
    on = on or timezone.localdate()
    tasks = list(
        Task.objects.filter(plan=plan, assignments__agency_id=agency_id)
        .prefetch_related("assignments")
        .distinct()
        .order_by("order", "id")
    )
    latest = latest_updates(tasks)
    labels = dict(TaskStatus.choices)
    rows = []
    for task in tasks:
        roles = {a.role for a in task.assignments.all() if a.agency_id == agency_id}
        status = task.effective_status(on)
        update = latest.get(task.pk)
        rows.append(
            TaskRow(
                task_id=task.pk,
                row_label=task.row_label,
                text=task.text,
                role="lead" if "lead" in roles else "coordinating",
                status=status,
                status_label=str(labels.get(status, status)),
                percent=task.percent,
                next_deadline=task.next_deadline,
                latest=update.narrative if update is not None else "",
            )
        )
    return rows


def period_figures(
    plan: Plan, agency_id: int, start: datetime.date, end: datetime.date
) -> dict[str, int | float]:
    """The figures the agency reported on the plan's tasks for periods ending within
    ``start``..``end`` (progress updates not returned), summed by name: the starting point
    of the submission's figures, which the agency may correct."""
    totals: dict[str, int | float] = {}
    rows = (
        ProgressUpdate.objects.filter(
            task__plan=plan,
            agency_id=agency_id,
            period_end__gte=start,
            period_end__lte=end,
        )
        .exclude(review_state=ReviewState.RETURNED)
        .exclude(figures={})
        .values_list("figures", flat=True)
    )
    for figures in rows:
        for name, value in (figures or {}).items():
            if isinstance(value, bool) or not isinstance(value, int | float):
                continue
            totals[name] = totals.get(name, 0) + value
    return dict(sorted(totals.items()))


# --- rules ----------------------------------------------------------------------------


def _frequency_from_text(text: str) -> str:
    folded = fold(text or "")
    if "6 thang" in folded or "sau thang" in folded:
        return Frequency.HALF_YEARLY
    if "hang quy" in folded or "hằng quý" in folded or "quy" in folded.split():
        return Frequency.QUARTERLY
    if "hang thang" in folded:
        return Frequency.MONTHLY
    return Frequency.YEARLY


def reporting_rule_of(plan: Plan) -> ReportingRule | None:
    """The plan's stored rule, or one derived from what the plan says
    (``report_deadline_text``/``_month``/``_day``, e.g. "trước ngày 05 tháng 11 hàng năm":
    yearly, 05/11), unsaved; ``None`` when the plan names no reporting deadline."""
    try:
        return plan.reporting_rule
    except ReportingRule.DoesNotExist:
        pass
    if not plan.report_deadline_day or not plan.report_deadline_month:
        return None
    frequency = _frequency_from_text(plan.report_deadline_text)
    return ReportingRule(
        plan=plan,
        frequency=frequency,
        deadline_month=deadlines.default_month_in_period(frequency, plan.report_deadline_month),
        deadline_day=plan.report_deadline_day,
    )


def default_steps() -> list[ReportingStep]:
    """The chain after the agencies' report when a rule gives none: focal department →
    People's Committee → ministry, ``TTDN_REPORT_CHAIN_DAYS`` days apart (unsaved)."""
    chain = [
        (ChainLevel.FOCAL_DEPARTMENT, ChainLevel.PEOPLE_COMMITTEE),
        (ChainLevel.PEOPLE_COMMITTEE, ChainLevel.MINISTRY),
    ]
    return [
        ReportingStep(order=i, reporter=reporter, recipient=recipient, days_after=days)
        for i, ((reporter, recipient), days) in enumerate(
            zip(chain, settings.TTDN_REPORT_CHAIN_DAYS, strict=False)
        )
    ]


def rule_steps(rule: ReportingRule) -> list[ReportingStep]:
    if rule.pk:
        steps = list(rule.steps.select_related("recipient_agency").order_by("order", "id"))
        if steps:
            return steps
    return default_steps()
