"""Importing plans from documents: the life of an import job, from upload to clean-up.

The flow:

1. :func:`import_jobs_create` checks the uploads at the edge (type, size, count, who),
   stores each file as an :class:`~ttdn.importer.models.ImportJob` and enqueues one
   background task per job.
2. :func:`import_job_run` is what the task runs: it claims the job, reads and analyses the
   file with the pipeline, stores progress as it goes and ends ``ready`` (with the
   :class:`~ttdn.importer.result.ExtractionResult` as JSON) or ``failed`` (with a message).
   The claim is a lease the worker renews as it reports progress;
   :func:`import_jobs_sweep` (a periodic task) queues again, or fails, a job whose worker
   died, and :func:`import_job_retry` lets the uploader start a failed or stalled job over.
3. The coordinator reviews and corrects the extraction;
   :func:`ttdn.importer.review.extraction_from_review` turns the corrected form back into
   an ``ExtractionResult``.
4. :func:`ttdn.importer.review.import_job_confirm` creates the plan in one transaction
   through :func:`ttdn.importer.review.plan_create_from_extraction` (the plans services do
   the writing and validating), or :func:`import_job_discard` drops the import.

Steps 3 and 4 live in :mod:`ttdn.importer.review`, which builds on this module
(:func:`refusal_message`); this module never imports it. Who may do what is
:mod:`ttdn.importer.access`.

Nothing is written in ``plans`` before confirmation. :func:`import_jobs_cleanup` (a
periodic task) deletes the files of imports nobody confirmed.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import DatabaseError, transaction
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ttdn.audit.services import log_action
from ttdn.core.text import clean_text
from ttdn.documents.readers import display_name
from ttdn.documents.source import ReadError
from ttdn.importer.access import require_importer, require_reviewer
from ttdn.importer.models import ACTIVE_STATUSES, ImportJob, ImportStatus
from ttdn.importer.result import ExtractionResult

logger = logging.getLogger(__name__)

# What an upload may be called, in the order the upload page lists them. The readers decide
# by content (ttdn.documents.readers.sniff); a test keeps this list equal to theirs.
ACCEPTED_EXTENSIONS = (
    ".docx", ".docm", ".dotx", ".doc", ".odt", ".rtf", ".pdf", ".xlsx", ".xlsm", ".xls", ".ods",
    ".html", ".htm", ".txt", ".text", ".csv", ".md", ".png", ".jpg", ".jpeg", ".tif", ".tiff",
)  # fmt: skip
# Room for the form fields and multipart boundaries of an upload, above its files.
REQUEST_OVERHEAD_BYTES = 1024 * 1024
# Progress is written at most this often (a step of this many points, a new label, or
# this many seconds), so a chatty reader does not turn into a stream of UPDATEs.
PROGRESS_MIN_STEP = 5
PROGRESS_MIN_SECONDS = 1.0
ERROR_INTERNAL = "internal"
# The error code of a job whose worker died on every attempt (see import_jobs_sweep).
ERROR_WORKER_LOST = "worker_lost"


# --- limits and messages --------------------------------------------------------------------


def max_bytes() -> int:
    """The largest file an upload may hold (the readers have their own limit)."""
    return settings.TTDN_IMPORT_MAX_BYTES


def max_files() -> int:
    return settings.TTDN_IMPORT_MAX_FILES


def keep_days() -> int:
    return settings.TTDN_IMPORT_KEEP_DAYS


def lease_duration() -> datetime.timedelta:
    """How long a worker's claim on a job lasts without renewal (TTDN_IMPORT_LEASE_SECONDS)."""
    return datetime.timedelta(seconds=settings.TTDN_IMPORT_LEASE_SECONDS)


def max_attempts() -> int:
    """How many workers may start a job before a lost one fails it (TTDN_IMPORT_MAX_ATTEMPTS)."""
    return max(1, settings.TTDN_IMPORT_MAX_ATTEMPTS)


def worker_lost_message() -> str:
    return _(
        "Reading the document stopped unexpectedly (the background worker stopped working). Try again, or discard this import."
    )


def max_megabytes() -> str:
    """``max_bytes()`` in MB, as the upload page and the messages show it."""
    value = max_bytes() / (1024 * 1024)
    return f"{value:.0f}" if value >= 1 else f"{value:.2f}"


def too_large_message(name: str) -> str:
    return _("“{name}” is larger than {mb} MB and was not uploaded.").format(
        name=name, mb=max_megabytes()
    )


def request_too_large_message(content_length: int) -> str | None:
    """Why a whole upload request is refused before any of it is read, or None.

    A request longer than the largest allowed upload (every file at the size cap) can
    only fail; the files of a shorter one are checked one by one while they stream.
    """
    if content_length <= max_bytes() * max_files() + REQUEST_OVERHEAD_BYTES:
        return None
    return _("The upload is too large: at most {n} files of {mb} MB each.").format(
        n=max_files(), mb=max_megabytes()
    )


def accepted_types_label() -> str:
    return ", ".join(ext.lstrip(".") for ext in ACCEPTED_EXTENSIONS)


def _display_name(name: str | None) -> str:
    # No bidi or control characters: "hop-dong\u202excod.exe" must not read as "exe.docx".
    return clean_text(display_name(name or ""), multiline=False).strip()[:255]


def _upload_problem(upload: UploadedFile) -> str | None:
    """What is wrong with one upload, judged without reading it, or None."""
    name = _display_name(upload.name) or _("(no name)")
    if Path(name).suffix.lower() not in ACCEPTED_EXTENSIONS:
        return _("“{name}”: this type of file cannot be imported (accepted: {types}).").format(
            name=name, types=accepted_types_label()
        )
    if upload.size is None or upload.size > max_bytes():
        return too_large_message(name)
    if upload.size == 0:
        return _("“{name}” is empty.").format(name=name)
    return None


# --- upload -----------------------------------------------------------------------------------


def _sha256(upload: UploadedFile) -> str:
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    return digest.hexdigest()


def import_jobs_create(
    *, actor, files: Sequence[UploadedFile], too_large: Sequence[str] = ()
) -> list[ImportJob]:
    """Store the uploaded files as queued import jobs of one batch and enqueue their analysis.

    ``too_large`` names files the upload handler already refused while streaming them (see
    the upload view); they are reported with the others. Every file is checked before
    anything is stored: one bad file refuses the whole upload, with one message per file.
    """
    require_importer(actor)
    files = list(files)
    problems = [too_large_message(_display_name(name)) for name in too_large]
    if not files and not problems:
        raise ValidationError({"files": [_("Choose at least one file.")]})
    if len(files) + len(too_large) > max_files():
        problems.insert(0, _("Upload at most {n} files at a time.").format(n=max_files()))
    problems += [problem for upload in files if (problem := _upload_problem(upload))]
    if problems:
        raise ValidationError({"files": problems})

    batch = uuid.uuid4()
    jobs: list[ImportJob] = []
    with transaction.atomic():
        for upload in files:
            name = _display_name(upload.name)
            job = ImportJob(
                created_by=actor,
                batch=batch,
                original_name=name,
                size=upload.size,
                sha256=_sha256(upload),
            )
            job.file.save(name, upload, save=False)
            job.full_clean()
            job.save()
            log_action(
                actor=actor,
                action="import.uploaded",
                target=job,
                data={"file": name, "size": job.size, "sha256": job.sha256, "batch": batch},
            )
            jobs.append(job)
        for job in jobs:
            _enqueue(job)
    return jobs


def _enqueue(job: ImportJob) -> None:
    from ttdn.importer.tasks import run_import_job

    # The TASKS backend enqueues once this transaction commits (enqueue_on_commit).
    run_import_job.enqueue(str(job.pk))


# --- the background analysis ------------------------------------------------------------------


def analyse_file(path, name: str, progress=None, **options) -> ExtractionResult:
    """The pipeline's :func:`ttdn.importer.pipeline.analyse_file` (tests replace this one).

    Imported when a job runs, so that a broken or unfinished reader fails that job and
    not every page that imports this module.
    """
    from ttdn.importer.pipeline import analyse_file as pipeline_analyse_file

    return pipeline_analyse_file(path, name, progress=progress, **options)


class LeaseLost(Exception):  # noqa: N818 - a state, not an error
    """This worker no longer holds the job: it was discarded, or given to another worker."""


class _Lease:
    """One worker's claim on one job: renewed while it works, and the key to finishing it.

    Every write checks ``lease_token``: once the job is discarded, or the sweep gave it to
    another worker because this one looked dead, this worker's writes change nothing.
    """

    def __init__(self, job_id, token: uuid.UUID) -> None:
        self.job_id = job_id
        self.token = token
        self.renewed_at = timezone.now()

    def _mine(self):
        return ImportJob.objects.filter(
            pk=self.job_id, status=ImportStatus.RUNNING, lease_token=self.token
        )

    def renew(self, **fields) -> None:
        """Extend the lease (and store ``fields``); raises :class:`LeaseLost` if it is gone."""
        now = timezone.now()
        if self._mine().update(lease_expires_at=now + lease_duration(), updated_at=now, **fields):
            self.renewed_at = now
            return
        raise LeaseLost(self.job_id)

    def renewal_due(self) -> bool:
        """A third of the lease has passed since the last renewal."""
        return timezone.now() - self.renewed_at >= lease_duration() / 3

    def finish(self, **fields) -> str:
        """End the run with ``fields`` in one UPDATE; a job this worker lost stays as it is."""
        now = timezone.now()
        self._mine().update(
            finished_at=now, updated_at=now, lease_token=None, lease_expires_at=None, **fields
        )
        return _current_status(self.job_id)

    def fail(self, *, code: str, message: str) -> str:
        return self.finish(
            status=ImportStatus.FAILED, error_code=(code or "")[:32], error_message=message
        )


class _Progress:
    """The callback given to the pipeline: stores percent and label, throttled, and renews
    the lease (every page of a long OCR calls it, so a slow job never looks dead)."""

    def __init__(self, lease: _Lease) -> None:
        self.lease = lease
        self.percent = 0
        self.label = ""
        self.saved_at = time.monotonic()

    def __call__(self, percent, label=None) -> None:
        try:
            percent = max(self.percent, min(99, int(percent)))  # 100 only when ready
        except (TypeError, ValueError):
            percent = self.percent
        label = str(label)[:200] if label else self.label
        changed = percent != self.percent or label != self.label
        now = time.monotonic()
        throttled = (
            label == self.label
            and percent - self.percent < PROGRESS_MIN_STEP
            and now - self.saved_at < PROGRESS_MIN_SECONDS
        )
        if not (changed and not throttled) and not self.lease.renewal_due():
            return
        fields = {}
        if changed and not throttled:
            self.percent, self.label, self.saved_at = percent, label, now
            fields = {"progress": percent, "progress_label": label}
        try:
            self.lease.renew(**fields)
        except DatabaseError:  # a missed renewal is survivable: the lease is long
            logger.warning(
                "Could not renew the lease of import %s", self.lease.job_id, exc_info=True
            )


@contextmanager
def _local_path(job: ImportJob) -> Iterator[Path]:
    """A path on this machine to the job's file (a temporary copy for remote storages)."""
    try:
        path = job.file.path
    except NotImplementedError:
        path = None
    if path:
        yield Path(path)
        return
    with tempfile.TemporaryDirectory(prefix="ttdn-import-") as tmp:
        target = Path(tmp) / ("document" + Path(job.file.name).suffix.lower())
        with job.file.open("rb") as source, target.open("wb") as copy:
            shutil.copyfileobj(source, copy)
        yield target


def _current_status(job_id) -> str:
    return ImportJob.objects.filter(pk=job_id).values_list("status", flat=True).first() or ""


def _fresh_run() -> dict:
    """The fields of a job about to be read from the start: nothing of an earlier try."""
    return {
        "progress": 0,
        "progress_label": "",
        "error_code": "",
        "error_message": "",
        "result": {},
        "finished_at": None,
    }


def import_job_claim(job_id) -> _Lease | None:
    """Take a queued job for this worker (``queued`` → ``running``), or None if it is not
    queued. A conditional UPDATE: of two workers given the same job, one gets it.

    Each claim counts an attempt and starts clean: nothing an earlier, interrupted run
    stored survives (results are only written at the end, by :meth:`_Lease.finish`).
    """
    now = timezone.now()
    token = uuid.uuid4()
    claimed = ImportJob.objects.filter(pk=job_id, status=ImportStatus.QUEUED).update(
        status=ImportStatus.RUNNING,
        attempts=F("attempts") + 1,
        lease_token=token,
        lease_expires_at=now + lease_duration(),
        updated_at=now,
        **_fresh_run(),
    )
    return _Lease(job_id, token) if claimed == 1 else None


def import_job_run(job_id) -> str:
    """Analyse one queued job; returns its status afterwards. Safe to call twice.

    The job is claimed (:func:`import_job_claim`), so a second worker, or a duplicate
    message, does nothing. The extraction is stored in one UPDATE at the end. A job
    discarded, or given to another worker, while this one reads it is left alone: the next
    progress report notices and stops the reading.
    """
    try:
        lease = import_job_claim(job_id)
    except (ValidationError, ValueError):
        return ""
    if lease is None:
        return _current_status(job_id)
    job = ImportJob.objects.get(pk=job_id)
    with translation.override(settings.LANGUAGE_CODE):
        try:
            with _local_path(job) as path:
                chosen = {"kind": job.kind} if job.kind else {}  # the reviewer's choice
                result = analyse_file(path, job.original_name, progress=_Progress(lease), **chosen)
            if not isinstance(result, ExtractionResult):
                raise TypeError(f"analyse_file returned {type(result).__name__}")
            data = result.to_dict()
        except LeaseLost:
            logger.info("Import %s was taken from this worker; stopping", job.pk)
            return _current_status(job_id)
        except ReadError as exc:
            status = lease.fail(code=exc.code, message=exc.message)
            _merge_batch(job)
            return status
        except Exception:
            logger.exception("Import %s (%s) failed", job.pk, job.original_name)
            status = lease.fail(
                code=ERROR_INTERNAL,
                message=_(
                    "“{name}” could not be analysed because of an unexpected error. Try again later, or enter the plan by hand."
                ).format(name=job.original_name),
            )
            _merge_batch(job)
            return status
    status = lease.finish(status=ImportStatus.READY, progress=100, progress_label="", result=data)
    _merge_batch(job)
    return status


def _merge_batch(job: ImportJob) -> None:
    """The last file of an upload read: its plan and annexes become one review
    (``importer.merge``). Never fails the job that was just read."""
    from ttdn.importer.merge import batch_merge_when_read

    try:
        batch_merge_when_read(job.batch)
    except Exception:
        logger.exception("Import batch %s could not be merged", job.batch)


# --- workers that die, jobs nobody takes, retrying ------------------------------------------


def import_jobs_sweep(*, now: datetime.datetime | None = None) -> int:
    """Recover jobs whose worker died, and jobs no worker took; returns how many.

    A periodic task runs this. A running job whose lease ran out is queued again while it
    has attempts left (TTDN_IMPORT_MAX_ATTEMPTS), otherwise failed with a message saying
    the reading stopped. A job queued for longer than TTDN_IMPORT_QUEUE_PATIENCE_SECONDS
    is enqueued once more (its message may have been lost with a worker). Each row is
    claimed with a conditional UPDATE, so two sweeps at once do each job once.
    """
    now = now or timezone.now()
    handled = 0
    fields = ("pk", "original_name", "attempts", "lease_token", "queued_at", "status")
    with translation.override(settings.LANGUAGE_CODE):
        for job in list(ImportJob.objects.worker_lost(now).only(*fields)):
            handled += _recover_lost(job, now=now)
        for job in list(ImportJob.objects.waiting_too_long(now).only(*fields)):
            with transaction.atomic():
                if not ImportJob.objects.filter(
                    pk=job.pk, status=ImportStatus.QUEUED, queued_at=job.queued_at
                ).update(queued_at=now, updated_at=now):
                    continue
                log_action(
                    actor=None,
                    action="import.retried",
                    target=job,
                    data={"file": job.original_name, "reason": "not_picked_up"},
                )
                _enqueue(job)
            handled += 1
    return handled


@transaction.atomic
def _recover_lost(job: ImportJob, *, now: datetime.datetime) -> int:
    still_lost = ImportJob.objects.worker_lost(now).filter(pk=job.pk, lease_token=job.lease_token)
    lease_gone = {"lease_token": None, "lease_expires_at": None, "updated_at": now}
    if job.attempts < max_attempts():
        if not still_lost.update(
            status=ImportStatus.QUEUED, queued_at=now, progress=0, progress_label="", **lease_gone
        ):
            return 0
        log_action(
            actor=None,
            action="import.retried",
            target=job,
            data={"file": job.original_name, "reason": "worker_lost", "attempts": job.attempts},
        )
        _enqueue(job)
        return 1
    message = worker_lost_message()
    if not still_lost.update(
        status=ImportStatus.FAILED,
        error_code=ERROR_WORKER_LOST,
        error_message=message,
        finished_at=now,
        **lease_gone,
    ):
        return 0
    log_action(
        actor=None,
        action="import.worker_lost",
        target=job,
        data={"file": job.original_name, "attempts": job.attempts},
    )
    return 1


def import_job_release(job_id) -> bool:
    """End the lease of a running job now: its worker is stopping without finishing it.

    The job stays ``running`` until the next sweep, which then queues it again (or fails it)
    like any job whose worker died. Returns whether a lease was ended.
    """
    now = timezone.now()
    try:
        return bool(
            ImportJob.objects.filter(
                pk=job_id, status=ImportStatus.RUNNING, lease_expires_at__gt=now
            ).update(lease_expires_at=now, updated_at=now)
        )
    except (ValidationError, ValueError):
        return False


def can_retry(job: ImportJob) -> bool:
    """A failed or stalled job whose file is still there can be read again."""
    return bool(job.file) and (job.status == ImportStatus.FAILED or job.is_stalled)


@transaction.atomic
def import_job_retry(*, actor, job: ImportJob) -> ImportJob:
    """Queue a failed or stalled import again, from scratch, with a fresh set of attempts."""
    require_reviewer(actor, job)
    now = timezone.now()
    retryable = ImportJob.objects.filter(pk=job.pk).exclude(file="")
    claimed = (
        retryable.filter(status=ImportStatus.FAILED)
        | retryable.worker_lost(now)
        | retryable.waiting_too_long(now)
    ).update(
        status=ImportStatus.QUEUED,
        attempts=0,
        queued_at=now,
        lease_token=None,
        lease_expires_at=None,
        updated_at=now,
        **_fresh_run(),
    )
    job.refresh_from_db()
    if claimed != 1:
        raise ValidationError(
            _("The file of this import was deleted. Upload it again to import it.")
            if not job.file and job.status not in (ImportStatus.CONFIRMED, ImportStatus.DISCARDED)
            else _("This import is not stopped or failed; there is nothing to retry.")
        )
    log_action(
        actor=actor,
        action="import.retried",
        target=job,
        data={"file": job.original_name, "reason": "requested"},
    )
    _enqueue(job)
    return job


def import_job_reread(*, actor, job: ImportJob, kind: str) -> ImportJob:
    """Read a document that is waiting for review again, as the kind the reviewer chose
    (plan, report, letter, decision, news, other): its number, date, period and tasks
    are read by the forms of that kind. The earlier reading is replaced."""
    from ttdn.importer.extract.metadata import KINDS

    require_reviewer(actor, job)
    kind = clean_text(kind or "", multiline=False).strip()[:16]
    if kind not in KINDS:
        raise ValidationError(_("Choose a kind of document from the list."))
    before = (job.result or {}).get("kind", {}).get("value") or ""
    now = timezone.now()
    with transaction.atomic():
        claimed = (
            ImportJob.objects.filter(pk=job.pk, status=ImportStatus.READY)
            .exclude(file="")
            .update(
                status=ImportStatus.QUEUED,
                kind=kind,
                attempts=0,
                queued_at=now,
                lease_token=None,
                lease_expires_at=None,
                updated_at=now,
                **_fresh_run(),
            )
        )
        job.refresh_from_db()
        if claimed != 1:
            raise ValidationError(
                _("The file of this import was deleted. Upload it again to import it.")
                if not job.file and job.status == ImportStatus.READY
                else _("Only a document waiting for review can be read again.")
            )
        from ttdn.importer.merge import parts_give_back

        parts_give_back(job)
        log_action(
            actor=actor,
            action="import.reread",
            target=job,
            data={"file": job.original_name, "kind_before": before, "kind": kind},
        )
    _enqueue(job)
    return job


# --- refusing, discarding, cleaning up --------------------------------------------------------


def refusal_message(job: ImportJob) -> str:
    return {
        ImportStatus.CONFIRMED: _("A plan was already created from this import."),
        ImportStatus.DISCARDED: _("This import was discarded. Upload the file again to import it."),
        ImportStatus.FAILED: _("This import failed; there is nothing to create a plan from."),
        ImportStatus.MERGED: _(
            "This file's tasks were added to the review of another file of the same upload."
        ),
    }.get(job.status, _("This document is still being analysed. Wait until it is ready."))


def _delete_file_on_commit(name: str) -> None:
    if not name:
        return

    def delete() -> None:
        try:
            ImportJob._meta.get_field("file").storage.delete(name)
        except OSError:
            logger.warning("Could not delete the import file %s", name, exc_info=True)

    transaction.on_commit(delete)


@transaction.atomic
def import_job_discard(*, actor, job: ImportJob) -> ImportJob:
    """Drop an import that was not confirmed, and its file."""
    require_reviewer(actor, job)
    name = job.file.name
    claimed = (
        ImportJob.objects.filter(pk=job.pk)
        .exclude(status__in=[ImportStatus.CONFIRMED, ImportStatus.DISCARDED])
        .update(
            status=ImportStatus.DISCARDED,
            file="",
            lease_token=None,
            lease_expires_at=None,
            finished_at=timezone.now(),
            updated_at=timezone.now(),
        )
    )
    if claimed != 1:
        job.refresh_from_db()
        raise ValidationError(
            _("A plan was already created from this import; delete the plan instead.")
            if job.status == ImportStatus.CONFIRMED
            else _("This import was already discarded.")
        )
    job.refresh_from_db()
    from ttdn.importer.merge import parts_give_back

    parts_give_back(job)
    log_action(
        actor=actor,
        action="import.discarded",
        target=job,
        data={"file": job.original_name, "sha256": job.sha256},
    )
    _delete_file_on_commit(name)
    return job


def import_jobs_cleanup(*, days: int | None = None, now: datetime.datetime | None = None) -> int:
    """Imports left unconfirmed for more than ``days`` days: delete their files and data.

    Waiting, running, ready and merged imports become ``discarded``; failed ones stay
    failed. A confirmed import, or a file merged into it, whose plan was deleted since
    loses its file too; while the plan exists, both keep theirs. The job rows are
    kept (without file and extraction) so the upload history stays complete. Returns
    the number of imports cleaned.
    """
    days = keep_days() if days is None else days
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    # A file merged into a plan's review belongs to that plan once it is created
    # (``importer.merge``): kept with it, like the plan's own document.
    belongs_to_plan = Q(status=ImportStatus.CONFIRMED) | Q(
        status=ImportStatus.MERGED, plan__isnull=False
    )
    unconfirmed = ~belongs_to_plan & (
        ~Q(file="") | Q(status__in=[*ACTIVE_STATUSES, ImportStatus.READY])
    )
    orphaned = Q(status=ImportStatus.CONFIRMED, plan__isnull=True) & ~Q(file="")
    stale = (
        ImportJob.objects.filter(created_at__lt=cutoff)
        .filter(unconfirmed | orphaned)
        .only("pk", "status", "file", "original_name")
    )
    cleaned = 0
    for job in stale.iterator():
        status = job.status if job.status == ImportStatus.FAILED else ImportStatus.DISCARDED
        with transaction.atomic():
            done = ImportJob.objects.filter(pk=job.pk, status=job.status).update(
                status=status,
                file="",
                result={},
                lease_token=None,
                lease_expires_at=None,
                finished_at=timezone.now(),
                updated_at=timezone.now(),
            )
            if done != 1:
                continue
            log_action(
                actor=None,
                action="import.discarded",
                target=job,
                data={"file": job.original_name, "reason": "expired", "days": days},
            )
            _delete_file_on_commit(job.file.name)
        cleaned += 1
    return cleaned
