"""Import jobs: one uploaded document on its way to becoming a plan.

A job is created when a coordinator uploads a file, analysed in the background
(``queued`` → ``running`` → ``ready`` or ``failed``), reviewed by that coordinator and
then either confirmed (a plan is created from the reviewed extraction) or discarded.
Nothing is written in ``plans`` before confirmation. The uploaded file is kept: once
confirmed it is the plan's original document.
"""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class ImportStatus(models.TextChoices):
    QUEUED = "queued", _("Waiting")
    RUNNING = "running", _("Reading")
    READY = "ready", _("Ready for review")
    FAILED = "failed", _("Failed")
    CONFIRMED = "confirmed", _("Plan created")
    DISCARDED = "discarded", _("Discarded")


# Jobs the background worker still has to finish.
ACTIVE_STATUSES = (ImportStatus.QUEUED, ImportStatus.RUNNING)


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
    plan = models.ForeignKey(
        "plans.Plan",
        verbose_name=_("plan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="import_jobs",
    )
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)

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
