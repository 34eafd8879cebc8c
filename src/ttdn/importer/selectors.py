"""Reading import jobs, always starting from what the user may see.

Import jobs are private to the person who uploaded them (administrators see all of them),
and only for those who may manage plans. "Not yours" is a 404 like "does not exist".
Once confirmed, the uploaded file is the plan's source document and follows the plan's
visibility (:func:`plan_source_for_user`).
"""

import uuid

from django.db.models import QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from ttdn.importer.models import ImportJob, ImportStatus
from ttdn.importer.services import is_import_admin
from ttdn.plans.access import can_manage_plans, plan_get_for_user, visible_plans
from ttdn.plans.models import Plan

RECENT_LIMIT = 20
# The columns list pages need; ``result`` can hold the whole text of a long document.
_LIST_DEFER = ("result", "reviewed")


def visible_import_jobs(user) -> QuerySet[ImportJob]:
    if not can_manage_plans(user):
        return ImportJob.objects.none()
    if is_import_admin(user):
        return ImportJob.objects.all()
    return ImportJob.objects.filter(created_by=user)


def import_job_get_for_user(user, pk) -> ImportJob:
    try:
        return visible_import_jobs(user).select_related("plan").get(pk=pk)
    except (ImportJob.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such import.")) from None


def batch_jobs_for_user(user, batch: uuid.UUID) -> list[ImportJob]:
    jobs = list(
        visible_import_jobs(user)
        .filter(batch=batch)
        .defer(*_LIST_DEFER)
        .select_related("plan")
        .order_by("created_at", "original_name")
    )
    if not jobs:
        raise Http404(_("No such import."))
    return jobs


def recent_jobs(user, *, limit: int = RECENT_LIMIT) -> list[ImportJob]:
    """The user's own latest imports (also for administrators: this is their history)."""
    if not can_manage_plans(user):
        return []
    return list(
        ImportJob.objects.filter(created_by=user)
        .defer(*_LIST_DEFER)
        .select_related("plan")
        .order_by("-created_at")[:limit]
    )


def same_file_plans(user, job: ImportJob) -> list[Plan]:
    """Plans the user may see that were already created from a file with the same content."""
    if not job.sha256:
        return []
    plan_ids = (
        ImportJob.objects.filter(sha256=job.sha256, status=ImportStatus.CONFIRMED)
        .exclude(pk=job.pk)
        .values("plan_id")
    )
    return list(visible_plans(user).filter(pk__in=plan_ids).order_by("-created_at")[:5])


def plan_source_for_user(user, plan_pk) -> tuple[Plan, str]:
    """The plan (404 unless the user may see it) with a source document, and its file name."""
    plan = plan_get_for_user(user, plan_pk)
    if not plan.source_file:
        raise Http404(_("This plan has no original document."))
    name = (
        ImportJob.objects.filter(plan=plan, status=ImportStatus.CONFIRMED)
        .order_by("-created_at")
        .values_list("original_name", flat=True)
        .first()
    )
    return plan, name or plan.source_file.name.rsplit("/", 1)[-1]
