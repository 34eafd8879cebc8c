"""Files and links attached to something another app owns.

``Attachment`` is abstract: each owner has its own table with a real foreign key
(``tracking.Evidence`` → ``ProgressUpdate``; next invoices, signed reports, screenshots),
so deleting the owner cascades and access goes through the owner's access helper
(docs/decisions/0011-attachments.md).

A concrete model adds its owner's foreign key and ``upload_directory()``, the folder
under ``MEDIA_ROOT`` its files go to, e.g. ``evidence/<plan>/<task>``.
"""

import os

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def attachment_upload_to(instance: "Attachment", filename: str) -> str:
    return f"{instance.upload_directory()}/{filename}"


class Attachment(models.Model):
    file = models.FileField(_("file"), upload_to=attachment_upload_to, blank=True, max_length=255)
    url = models.URLField(_("link"), blank=True, max_length=500)
    title = models.CharField(_("title"), max_length=255, blank=True)
    size = models.PositiveBigIntegerField(_("size"), default=0)
    content_type = models.CharField(_("content type"), max_length=120, blank=True)
    created_at = models.DateTimeField(_("added at"), default=timezone.now, editable=False)

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(file="") | ~models.Q(url=""),
                name="%(app_label)s_%(class)s_file_or_url",
                violation_error_message=_("Attach a file or give a link."),
            ),
        ]

    def __str__(self) -> str:
        return self.title or self.url or self.file.name

    def upload_directory(self) -> str:
        """The folder (no leading or trailing slash) this attachment's file is stored in."""
        raise NotImplementedError(f"{type(self).__name__} must define upload_directory()")

    @property
    def download_name(self) -> str:
        """The file name a download offers: the title when it keeps the stored extension."""
        stored = os.path.basename(self.file.name or "")
        if self.title and os.path.splitext(self.title)[1].lower() == (
            os.path.splitext(stored)[1].lower()
        ):
            return self.title
        return stored
