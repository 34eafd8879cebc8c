"""Progress that agencies report on their tasks, and the coordinator's review of it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ttdn.attachments.models import Attachment
from ttdn.plans.models import TaskStatus


class ReviewState(models.TextChoices):
    SUBMITTED = "submitted", _("Awaiting review")
    ACCEPTED = "accepted", _("Accepted")
    RETURNED = "returned", _("Returned for revision")


# Statuses an agency may report; "late" is derived from deadlines, never reported.
REPORTABLE_STATUSES = [
    (TaskStatus.NOT_STARTED.value, TaskStatus.NOT_STARTED.label),
    (TaskStatus.IN_PROGRESS.value, TaskStatus.IN_PROGRESS.label),
    (TaskStatus.DONE.value, TaskStatus.DONE.label),
    (TaskStatus.CANCELLED.value, TaskStatus.CANCELLED.label),
]


class ProgressUpdate(models.Model):
    task = models.ForeignKey(
        "plans.Task", verbose_name=_("task"), on_delete=models.CASCADE, related_name="updates"
    )
    agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="progress_updates",
    )
    period_end = models.DateField(
        _("reporting period ending"),
        null=True,
        blank=True,
        help_text=_("The deadline of the period this update reports on"),
    )
    status = models.CharField(_("status"), max_length=16, choices=REPORTABLE_STATUSES)
    percent = models.PositiveSmallIntegerField(_("percent complete"), default=0)
    narrative = models.TextField(_("results"), blank=True)
    figures = models.JSONField(_("figures"), default=dict, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="progress_updates",
    )
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True, db_index=True)
    review_state = models.CharField(
        _("review"),
        max_length=16,
        choices=ReviewState.choices,
        default=ReviewState.SUBMITTED,
        db_index=True,
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    review_comment = models.TextField(_("review comment"), blank=True)

    class Meta:
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")
        ordering = ["-submitted_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(percent__lte=100),
                name="update_percent_max",
                violation_error_message=_("Percent complete cannot exceed 100."),
            ),
        ]
        indexes = [
            models.Index(fields=["task", "-submitted_at"], name="update_task_recent_idx"),
            # The review queue and the pending count read only submitted updates. Covering
            # (date and id beside the task) so that a province's queue is read from the
            # index alone, not from the reports' pages (PostgreSQL; SQLite ignores INCLUDE).
            models.Index(
                fields=["task", "submitted_at"],
                include=["id"],
                condition=models.Q(review_state="submitted"),
                name="update_pending_covering_idx",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.agency} — {self.get_status_display()} ({self.percent}%)"


def evidence_upload_to(instance: "Evidence", filename: str) -> str:
    """Kept for migration 0001; ``Evidence.upload_directory`` now names the folder."""
    return f"{instance.upload_directory()}/{filename}"


class Evidence(Attachment):
    """A file or link that backs a progress update."""

    update = models.ForeignKey(ProgressUpdate, on_delete=models.CASCADE, related_name="evidence")

    class Meta(Attachment.Meta):
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")

    def upload_directory(self) -> str:
        return f"evidence/{self.update.task.plan_id}/{self.update.task_id}"
