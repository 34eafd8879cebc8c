"""Queries over progress reports, starting from what the user may see."""

from django.db.models import QuerySet

from ttdn.plans.access import visible_tasks
from ttdn.tracking.models import ProgressUpdate, ReviewState


def pending_updates(*, user, tasks: QuerySet | None = None) -> QuerySet[ProgressUpdate]:
    """Reports awaiting the coordinator's review, oldest first, on tasks ``user`` may see."""
    scope = visible_tasks(user) if tasks is None else tasks
    return ProgressUpdate.objects.filter(
        review_state=ReviewState.SUBMITTED, task__in=scope
    ).order_by("submitted_at", "id")
