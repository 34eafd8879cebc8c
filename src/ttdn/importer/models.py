"""Import jobs: one uploaded document on its way to becoming a plan.

A job is created when a coordinator uploads a file, analysed in the background
(``queued`` → ``running`` → ``ready`` or ``failed``), reviewed by that coordinator and
then either confirmed (a plan is created from the reviewed extraction) or discarded.

A worker that runs a job holds a *lease* on it (``lease_token``, ``lease_expires_at``) and
renews it as it works; a job whose lease ran out belongs to a worker that died and is
queued again or failed by the sweep (docs/decisions/0013-job-leases.md).
Nothing is written in ``plans`` before confirmation. The uploaded file is kept: once
confirmed it is the plan's original document.
"""

import datetime
import uuid

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ImportStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting")
    RUNNING = "running", _("Reading")
    READY = "ready", _("Ready for review")
    FAILED = "failed", _("Failed")
    CONFIRMED = "confirmed", _("Plan created")
    DISCARDED = "discarded", _("Discarded")
    MERGED = "merged", _("Added to another file's review")


# Jobs the background worker still has to finish.
ACTIVE_STATUSES = (ImportStatus.QUEUED, ImportStatus.RUNNING)


def _patience_cutoff(now: datetime.datetime) -> datetime.datetime:
    return now - datetime.timedelta(seconds=settings.TTDN_IMPORT_QUEUE_PATIENCE_SECONDS)


class ImportJobQuerySet(models.QuerySet):
    def worker_lost(self, now: datetime.datetime) -> "ImportJobQuerySet":
        """Running jobs whose lease ran out (see :attr:`ImportJob.worker_lost`)."""
        return self.filter(status=ImportStatus.RUNNING).filter(
            models.Q(lease_expires_at__lt=now) | models.Q(lease_expires_at__isnull=True)
        )

    def being_read(self, now: datetime.datetime) -> "ImportJobQuerySet":
        """Running jobs whose worker renews its lease: some worker is alive."""
        return self.filter(status=ImportStatus.RUNNING, lease_expires_at__gte=now)

    def waiting_too_long(self, now: datetime.datetime) -> "ImportJobQuerySet":
        """Queued jobs no worker took in time (see :attr:`ImportJob.waiting_too_long`)."""
        return self.filter(status=ImportStatus.QUEUED, queued_at__lt=_patience_cutoff(now))


class ImportJob(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    batch = models.UUIDField(
        _("batch"),
        default=uuid.uuid4,
        db_index=True,
        help_text=_("Files uploaded together share a batch."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="import_jobs",
    )
    original_name = models.CharField(_("file name"), max_length=255)
    file = models.FileField(_("file"), upload_to="imports/%Y/%m/", max_length=255, blank=True)
    size = models.PositiveBigIntegerField(_("size"), default=0)
    sha256 = models.CharField(_("SHA-256"), max_length=64, blank=True, db_index=True)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=ImportStatus.choices,
        default=ImportStatus.QUEUED,
        db_index=True,
    )
    progress = models.PositiveSmallIntegerField(_("progress"), default=0)
    progress_label = models.CharField(_("step"), max_length=200, blank=True)
    error_code = models.CharField(_("error code"), max_length=32, blank=True)
    error_message = models.TextField(_("error"), blank=True)
    result = models.JSONField(_("extraction"), default=dict, blank=True)
    reviewed = models.JSONField(
        _("reviewed extraction"),
        null=True,
        blank=True,
        help_text=_("The extraction as the reviewer confirmed it (without the source text)."),
    )
    kind = models.CharField(
        _("kind of document"),
        max_length=16,
        blank=True,
        choices=[
            ("plan", _("Plan")),
            ("report", _("Report")),
            ("letter", _("Guidance or official letter")),
            ("decision", _("Decision")),
            ("news", _("News item")),
            ("other", _("Other document")),
        ],
        help_text=_("The kind the reviewer chose; empty when the importer decided."),
    )
    merged_into = models.ForeignKey(
        "self",
        verbose_name=_("added to the review of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="merged_parts",
        help_text=_("The file of the same upload whose review took this file's tasks."),
    )
    plan = models.ForeignKey(
        "plans.Plan",
        verbose_name=_("plan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="import_jobs",
    )
    # --- the worker's lease (docs/decisions/0013-job-leases.md) ---
    attempts = models.PositiveSmallIntegerField(
        _("attempts"),
        default=0,
        help_text=_("How many times a worker started reading this document."),
    )
    queued_at = models.DateTimeField(_("queued at"), default=timezone.now)
    lease_token = models.UUIDField(_("lease"), null=True, blank=True, editable=False)
    lease_expires_at = models.DateTimeField(_("lease expires at"), null=True, blank=True)
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

    objects = ImportJobQuerySet.as_manager()

    class Meta:
        verbose_name = _("import")
        verbose_name_plural = _("imports")
        ordering = ["-created_at", "original_name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(progress__lte=100),
                name="importjob_progress_range",
                violation_error_message=_("Progress is a percentage (0–100)."),
            ),
        ]
        indexes = [
            models.Index(fields=["created_by", "-created_at"], name="importjob_user_recent_idx")
        ]

    def __str__(self) -> str:
        return self.original_name

    @property
    def is_active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    @property
    def worker_lost(self) -> bool:
        """Running, but the worker stopped renewing its lease: it died or hangs."""
        return self.status == ImportStatus.RUNNING and (
            self.lease_expires_at is None or self.lease_expires_at < timezone.now()
        )

    # True when a worker is reading another document right now (set by
    # ``selectors.note_queue_moving``): then a long wait is a queue, not a missing worker.
    queue_moving = False

    @property
    def waiting_too_long(self) -> bool:
        """Queued for longer than a worker should take to pick it up (none may be running)."""
        return (
            self.status == ImportStatus.QUEUED
            and not self.queue_moving
            and self.queued_at < _patience_cutoff(timezone.now())
        )

    @property
    def is_stalled(self) -> bool:
        """Active on paper, but nothing is moving: the page stops waiting for it."""
        return self.worker_lost or self.waiting_too_long

    @property
    def is_progressing(self) -> bool:
        """Queued or running with a live worker: worth polling for."""
        return self.is_active and not self.is_stalled
