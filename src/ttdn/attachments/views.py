"""Serving attachments back. Access is the owner app's business: its view finds the
attachment through its own access helper, then returns ``attachment_response``."""

from django.http import FileResponse, Http404
from django.utils.translation import gettext as _

from ttdn.attachments.models import Attachment


def attachment_response(attachment: Attachment) -> FileResponse:
    """The attachment's file as a download (404 when it has none or storage lost it).

    ``FileResponse`` writes Content-Disposition with Django's
    ``content_disposition_header``: quotes escaped, non-ASCII names as RFC 5987
    ``filename*``.
    """
    if not attachment.file:
        raise Http404(_("No such file."))
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError:
        raise Http404(_("The file is missing from storage.")) from None
    return FileResponse(
        handle,
        as_attachment=True,
        filename=attachment.download_name,
        content_type=attachment.content_type or "application/octet-stream",
    )
