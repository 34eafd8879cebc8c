"""Who may import plans and which import jobs they may see and handle.

Importing is a capability (``IMPORT_PLANS``); an import job is private to the person who
uploaded it, except for those who administer imports (``ADMINISTER_IMPORTS``). "Not
yours" is a 404 like "does not exist"; "you may see it but not do this" is a 403.
"""

import uuid

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from ttdn.accounts.capabilities import ADMINISTER_IMPORTS, IMPORT_PLANS, has_capability
from ttdn.importer.models import ImportJob

# The columns list pages need; ``result`` can hold the whole text of a long document.
LIST_DEFER = ("result", "reviewed")
# A list's jobs with the plan and the review a merged file went to, without the heavy
# JSON of either.
LIST_RELATED = ("plan", "merged_into")
LIST_DEFER_RELATED = (*LIST_DEFER, *(f"merged_into__{name}" for name in LIST_DEFER))


def can_import_plans(user) -> bool:
    return has_capability(user, IMPORT_PLANS)


def is_import_admin(user) -> bool:
    """Administrators see and handle every import, not only their own."""
    return can_import_plans(user) and has_capability(user, ADMINISTER_IMPORTS)


def require_importer(actor) -> None:
    """Only those who may import plans do (the upload page checks this first)."""
    if not can_import_plans(actor):
        raise PermissionDenied(_("Only the coordinating department can import plans."))


def require_reviewer(actor, job: ImportJob) -> None:
    """Only the uploader (or an administrator) reviews, confirms or discards an import."""
    require_importer(actor)
    if job.created_by_id != actor.pk and not is_import_admin(actor):
        raise PermissionDenied(_("Only the person who uploaded a document can review it."))


def visible_import_jobs(user) -> QuerySet[ImportJob]:
    if not can_import_plans(user):
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
        .select_related(*LIST_RELATED)
        .defer(*LIST_DEFER_RELATED)
        .order_by("created_at", "original_name")
    )
    if not jobs:
        raise Http404(_("No such import."))
    return jobs
