"""An import of a register from a spreadsheet, kept between its steps (upload, mapping
preview, confirmation). The file is an attachment of the import; an import that was never
confirmed, and a finished one's file, are purged after ``activities.io.KEEP_IMPORTS``.

Imported from ``activities.models`` so Django registers it with the app.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ttdn.attachments.models import Attachment


class ImportState(models.TextChoices):
    UPLOADED = "uploaded", _("Uploaded, waiting for confirmation")
    DONE = "done", _("Imported")


class RegisterImport(Attachment):
    """An officer's spreadsheet for one register and one of their agencies."""

    register = models.CharField(_("register"), max_length=32)
    agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("recording agency"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("imported by"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    # For each column of the file (in order), the register field it fills, or null.
    mapping = models.JSONField(_("column mapping"), default=list, blank=True)
    state = models.CharField(
        _("state"), max_length=16, choices=ImportState.choices, default=ImportState.UPLOADED
    )
    row_count = models.PositiveIntegerField(_("rows imported"), default=0)
    finished_at = models.DateTimeField(_("imported at"), null=True, blank=True)

    class Meta(Attachment.Meta):
        verbose_name = _("register import")
        verbose_name_plural = _("register imports")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["created_at"], name="activities_import_created")]

    def __str__(self) -> str:
        return self.title or f"#{self.pk}"

    def upload_directory(self) -> str:
        return f"register-imports/{self.agency_id}"
