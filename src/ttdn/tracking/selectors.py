"""Queries over progress reports, starting from what the user may see."""

from django.db.models import OuterRef, QuerySet, Subquery

from ttdn.plans.access import visible_tasks
from ttdn.tracking.models import ProgressUpdate, ReviewState


def pending_updates(*, user, tasks: QuerySet | None = None) -> QuerySet[ProgressUpdate]:
    """Reports awaiting the coordinator's review, oldest first, on tasks ``user`` may see."""
    scope = visible_tasks(user) if tasks is None else tasks
    return ProgressUpdate.objects.filter(
        review_state=ReviewState.SUBMITTED, task__in=scope
    ).order_by("submitted_at", "id")


def latest_updates(tasks) -> dict[int, ProgressUpdate]:
    """The newest counted (not returned) report of each task, with its agency: one query.

    For pages that show "the latest update" beside each task (the plan page, the annex
    export). Tasks without a counted report are absent from the result.
    """
    ids = [task.pk for task in tasks]
    if not ids:
        return {}
    counted = ProgressUpdate.objects.exclude(review_state=ReviewState.RETURNED)
    newest = counted.filter(task_id=OuterRef("task_id")).order_by("-submitted_at", "-id")
    rows = (
        counted.filter(task_id__in=ids, pk=Subquery(newest.values("pk")[:1]))
        .select_related("agency")
        .defer("figures")
    )
    return {update.task_id: update for update in rows}
