"""Queries over progress reports, starting from what the user may see."""

import datetime

from django.db.models import OuterRef, Q, QuerySet, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone

from ttdn.plans.access import sees_all_plans, visible_tasks
from ttdn.plans.models import Task
from ttdn.plans.scope import Scope
from ttdn.tracking.models import ProgressUpdate, ReviewState

FAR_FUTURE = datetime.datetime(9999, 12, 31, tzinfo=datetime.UTC)
ORDER_OLDEST_FIRST = Coalesce("submitted_at", Value(FAR_FUTURE)).asc()


def pending_updates(
    *, user, tasks: QuerySet | None = None, scope: Scope | None = None
) -> QuerySet[ProgressUpdate]:
    """Reports awaiting the coordinator's review, oldest first, on tasks ``user`` may see
    (``tasks``: of those only), within ``scope`` (``plans.scope``) if given."""
    pending = ProgressUpdate.objects.filter(review_state=ReviewState.SUBMITTED)
    if tasks is not None:
        pending = pending.filter(task__in=tasks)
    elif not sees_all_plans(user):
        # Oversight sees every task: no ``task_id IN (SELECT id FROM plans_task)`` to join.
        pending = pending.filter(task__in=visible_tasks(user))
    if scope is not None and not scope.is_country:
        # The plans' ids listed, not a subquery: with it PostgreSQL joined the country's
        # whole queue before keeping the province's part (1.5 s at national scale).
        pending = pending.filter(task__plan_id__in=scope.plan_ids)
    # Oldest first, by an expression no index gives: with ``submitted_at``'s own index
    # PostgreSQL walked the country's reports in date order looking for the scope's (37 s
    # nationally, counting the page's total in the same pass); as an expression it starts
    # from the scope's pending reports (``update_pending_task_idx``) and sorts those.
    return pending.order_by(ORDER_OLDEST_FIRST, "id")


# What the pages show of a latest update: when, which agency, what was done.
LATEST_UPDATE_FIELDS = (
    "task_id",
    "status",
    "percent",
    "submitted_at",
    "narrative",
    "agency__name",
    "agency__short_name",
)


def latest_updates(tasks, *, accepted_only: bool = False) -> dict[int, ProgressUpdate]:
    """The newest counted (not returned) report of each task, with its agency: one query.

    ``accepted_only``: the newest accepted report instead (what a public page may show).

    For pages that show "the latest update" beside each task (the plan page, the annex
    export). Tasks without a counted report are absent from the result. One index probe
    per task on ``(task, -submitted_at)``, then a primary-key lookup per update found.
    """
    ids = [task.pk for task in tasks]
    if not ids:
        return {}
    counted = ProgressUpdate.objects.filter(task_id=OuterRef("pk"))
    if accepted_only:
        counted = counted.filter(review_state=ReviewState.ACCEPTED)
    else:
        counted = counted.exclude(review_state=ReviewState.RETURNED)
    newest = counted.order_by("-submitted_at", "-id").values("pk")[:1]
    latest_ids = Task.objects.filter(pk__in=ids).annotate(latest=Subquery(newest))
    rows = (
        ProgressUpdate.objects.filter(pk__in=latest_ids.values("latest"))
        .select_related("agency")
        .only(*LATEST_UPDATE_FIELDS)
        .order_by()
    )
    return {update.task_id: update for update in rows}


# --- the updates of a period and their figures (one rule for the summary report's figures,
# ``reports.figures``, and an agency's report, ``submissions``) ---------------------------


def period_updates_q(start: datetime.date, end: datetime.date, prefix: str = "") -> Q:
    """Progress updates that report on the days ``start``..``end``: their ``period_end``
    within them, or, for an update that names no period, submitted on one of them (in the
    site's time zone, Asia/Ho_Chi_Minh)."""
    zone = timezone.get_current_timezone()
    since = datetime.datetime.combine(start, datetime.time.min, tzinfo=zone)
    until = datetime.datetime.combine(
        end + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone
    )
    return Q(**{f"{prefix}period_end__gte": start, f"{prefix}period_end__lte": end}) | Q(
        **{
            f"{prefix}period_end__isnull": True,
            f"{prefix}submitted_at__gte": since,
            f"{prefix}submitted_at__lt": until,
        }
    )


def numeric_figures(figures) -> list[tuple[str, int | float]]:
    """The figures of one update that can be added up: numbers, not yes/no values (a
    stored ``figures`` that is not an object yields nothing)."""
    if not isinstance(figures, dict):
        return []
    return [
        (label, value)
        for label, value in figures.items()
        if isinstance(value, int | float) and not isinstance(value, bool)
    ]
