"""Exceptions that services of any app raise and every edge (page, API) understands."""

from django.utils.translation import gettext as _


class ConflictError(Exception):
    """Somebody else saved the record since it was loaded; nothing was written."""

    def __init__(self, message: str | None = None):
        super().__init__(
            message
            or _(
                "Someone else saved this record after you opened it. Reload the page to see their changes."
            )
        )
