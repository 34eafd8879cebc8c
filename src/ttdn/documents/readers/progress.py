"""Progress reports while a file is read: 5 % when reading starts, up to 75 % at the end.

The caller's callback gets ``(percent, label)``; what is above 75 % is left to the caller
for its own work on the document.
"""

from __future__ import annotations

from collections.abc import Callable

from django.utils.translation import gettext

Progress = Callable[[int, str | None], None]

START = 5
END = 75


def page_percent(index: int, pages: int, *, start: int = START, end: int = END) -> int:
    """Where the bar is when page ``index`` (from 0) of ``pages`` is started."""
    return start + (end - start) * index // max(pages, 1)


def page_label(index: int, pages: int) -> str:
    return gettext("Reading page %(page)s of %(pages)s") % {"page": index + 1, "pages": pages}


class CallbackFailed(Exception):  # noqa: N818 - a wrapper, unwrapped again by read_document
    """The caller's own callback raised: its exception must reach the caller unchanged."""


def guarded(callback: Progress | None) -> Progress:
    """``callback`` wrapped so that its exceptions are not taken for a damaged file."""

    def report(percent: int, label: str | None) -> None:
        if callback is None:
            return
        try:
            callback(percent, label)
        except Exception as exc:
            raise CallbackFailed from exc

    return report
