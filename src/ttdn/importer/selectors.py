"""Reading import jobs, always starting from what the user may see.

Which jobs a user may see and handle is :mod:`ttdn.importer.access`.
Once confirmed, the uploaded file is the plan's source document and follows the plan's
visibility (:func:`plan_source_for_user`).
"""

import datetime

from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from ttdn.importer.access import (
    LIST_DEFER,
    LIST_DEFER_RELATED,
    LIST_RELATED,
    can_import_plans,
    visible_import_jobs,
)
from ttdn.importer.models import ImportJob, ImportStatus
from ttdn.plans.access import plan_get_for_user, visible_plans
from ttdn.plans.models import Plan, Visibility

RECENT_LIMIT = 20


def note_queue_moving(jobs: list[ImportJob]) -> list[ImportJob]:
    """Mark queued ``jobs`` as waiting in a moving queue when some worker is reading now.

    A job queued for long is shown as stalled (no worker may be running); but while a
    worker is busy with other documents, anyone's, it is only waiting its turn. One query,
    and only when a job is queued.
    """
    if any(job.status == ImportStatus.QUEUED for job in jobs):
        moving = ImportJob.objects.being_read(timezone.now()).exists()
        for job in jobs:
            job.queue_moving = moving
    return jobs


def recent_jobs(user, *, limit: int = RECENT_LIMIT) -> list[ImportJob]:
    """The user's own latest imports (also for administrators: this is their history)."""
    if not can_import_plans(user):
        return []
    return note_queue_moving(
        list(
            ImportJob.objects.filter(created_by=user)
            .select_related(*LIST_RELATED)
            .defer(*LIST_DEFER_RELATED)
            .order_by("-created_at")[:limit]
        )
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


def _source_import(plan: Plan):
    """The confirmed import a plan's source document came from (the latest, if imported
    again), as a query to take one value from."""
    return ImportJob.objects.filter(plan=plan, status=ImportStatus.CONFIRMED).order_by(
        "-created_at"
    )


def plan_source_for_user(user, plan_pk) -> tuple[Plan, str]:
    """The plan (404 unless the user may see it) with a source document, and its file name."""
    plan = plan_get_for_user(user, plan_pk)
    if not plan.source_file:
        raise Http404(_("This plan has no original document."))
    name = _source_import(plan).values_list("original_name", flat=True).first()
    return plan, name or plan.source_file.name.rsplit("/", 1)[-1]


def batch_siblings_to_merge(user, job: ImportJob) -> list[ImportJob]:
    """The other files of ``job``'s upload that wait for review and whose tasks the
    reviewer may add to ``job``'s review (``importer.merge``)."""
    if job.status != ImportStatus.READY:
        return []
    return list(
        visible_import_jobs(user)
        .filter(batch=job.batch, status=ImportStatus.READY)
        .exclude(pk=job.pk)
        .defer(*LIST_DEFER)
        .order_by("created_at", "original_name")
    )


def plan_attachments(plan: Plan) -> list[tuple[str, str]]:
    """The other files a plan was imported with (an annex sent as a spreadsheet …):
    ``(import id, file name)``, for the plan's page (``importer.merge``)."""
    if not plan.source_file:
        return []
    return [
        (str(pk), name)
        for pk, name in ImportJob.objects.filter(plan=plan, status=ImportStatus.MERGED)
        .exclude(file="")
        .order_by("created_at", "original_name")
        .values_list("pk", "original_name")
    ]


def plan_attachment_for_user(user, plan_pk, job_pk) -> ImportJob:
    """A file a plan was imported with, for everyone who may see the plan (404 else)."""
    plan = plan_get_for_user(user, plan_pk)
    job = (
        ImportJob.objects.filter(pk=job_pk, plan=plan, status=ImportStatus.MERGED)
        .exclude(file="")
        .first()
    )
    if job is None:
        raise Http404(_("This plan has no such document."))
    return job


def signatures_shown(signatures: list[dict]) -> list[dict]:
    """A PDF's signatures as the pages show them, times in the local time zone."""
    shown = []
    for signature in signatures:
        when = signature.get("signing_time")
        try:
            moment = timezone.localtime(datetime.datetime.fromisoformat(when)) if when else None
        except (TypeError, ValueError):
            moment = None
        # (the file is not the document as it was signed)
        altered = bool(signature.get("changed_after_signing") or not signature.get("intact"))
        shown.append({**signature, "when": moment, "altered": altered})
    return shown


def signatures_altered(shown: list[dict]) -> bool:
    """Whether any of the signatures :func:`signatures_shown` gives says the file was altered."""
    return any(s["altered"] for s in shown)


def plan_source_signatures(plan: Plan) -> list[dict]:
    """The signatures of the document a plan was imported from, as read when it was
    imported (for the plan's "Original document" link)."""
    if not plan.source_file:
        return []
    # only the signatures of the stored reading, never its text (a scan's can be megabytes)
    signatures = _source_import(plan).values_list("result__signatures", flat=True).first()
    return signatures_shown(signatures or [])


def reviewed_imports(since: datetime.date | None = None):
    """Confirmed imports with what was read and what the reviewer confirmed, oldest first:
    the reader measured on documents users uploaded (``ttdn import-accuracy``)."""
    jobs = ImportJob.objects.filter(status=ImportStatus.CONFIRMED, reviewed__isnull=False)
    if since:
        jobs = jobs.filter(updated_at__date__gte=since)
    return jobs.only("pk", "result", "reviewed", "updated_at").order_by("updated_at", "pk")


def reviewed_imports_to_export(since: datetime.date | None = None, include_internal=False):
    """Confirmed imports whose reviews may leave the system as gold (``ttdn
    import-gold-export``): those of public plans, and of internal ones when asked; never
    those of a plan restricted to named agencies, nor of a plan since deleted."""
    shown = [Visibility.PUBLIC, *([Visibility.INTERNAL] if include_internal else [])]
    return (
        reviewed_imports(since)
        .filter(plan__visibility__in=shown)
        .select_related("plan")
        .only(
            "pk",
            "result",
            "reviewed",
            "updated_at",
            "file",
            "original_name",
            "kind",
            "plan__id",
            "plan__visibility",
        )
    )
