"""Limits that keep a hostile or oversized file from exhausting memory or time.

Every check here runs before a parser sees the file: the size from ``stat``, the page
count before any page is rendered, and a zip container's own directory (the declared
sizes of its members) before python-docx, openpyxl or LibreOffice unpack it. Python's
``zipfile`` never inflates a member past its declared size, so for python-docx and
openpyxl checking the declared sizes bounds what they can be made to unpack.

Settings read (project settings take them from the environment, see docs/operations.md):

``TTDN_DOCUMENTS_MAX_BYTES``
    The largest file any reader opens (default 50 MB). ``TTDN_IMPORT_MAX_BYTES``, its
    name from when only the importer read documents, still sets it when it is not given.
``TTDN_DOCUMENTS_MAX_PAGES``
    The most pages read from one PDF or TIFF (default 200), checked before any page is
    rendered or sent to OCR. ``TTDN_IMPORT_MAX_PAGES`` is its earlier name.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from django.conf import settings
from django.template.defaultfilters import filesizeformat

from ttdn.documents.readers.errors import EMPTY, TOO_LARGE, TOO_MANY_PAGES, ZIP_BOMB, read_error

MB = 1024 * 1024
ZIP_MAX_TOTAL = 200 * MB  # all members together, uncompressed
ZIP_MAX_MEMBERS = 10_000
ZIP_MAX_RATIO = 100  # ... for a member larger than ZIP_RATIO_FLOOR
ZIP_RATIO_FLOOR = 10 * MB


DEFAULT_MAX_BYTES = 50 * MB
DEFAULT_MAX_PAGES = 200


def max_bytes() -> int:
    """The largest file the readers open (``TTDN_DOCUMENTS_MAX_BYTES``)."""
    return getattr(settings, "TTDN_DOCUMENTS_MAX_BYTES", DEFAULT_MAX_BYTES)


def max_pages() -> int:
    """The most pages read from one document (``TTDN_DOCUMENTS_MAX_PAGES``)."""
    return getattr(settings, "TTDN_DOCUMENTS_MAX_PAGES", DEFAULT_MAX_PAGES)


def check_size(path: Path, name: str) -> None:
    """Refuse an empty file, or one over ``TTDN_DOCUMENTS_MAX_BYTES``."""
    size = path.stat().st_size
    if size == 0:
        raise read_error(EMPTY, name)
    limit = max_bytes()
    if size > limit:
        raise read_error(TOO_LARGE, name, size=filesizeformat(size), limit=filesizeformat(limit))


def check_pages(pages: int, name: str) -> None:
    """Refuse a document of more than ``TTDN_DOCUMENTS_MAX_PAGES`` pages (PDF, TIFF)."""
    limit = max_pages()
    if pages > limit:
        raise read_error(TOO_MANY_PAGES, name, pages=pages, limit=limit)


def check_zip(archive: zipfile.ZipFile, name: str) -> None:
    """Reject an archive that would unpack to far more than any office document holds."""
    total = 0
    for info in archive.infolist():
        total += info.file_size
        ratio = info.file_size / max(info.compress_size, 1)
        if total > ZIP_MAX_TOTAL or (info.file_size > ZIP_RATIO_FLOOR and ratio > ZIP_MAX_RATIO):
            raise read_error(ZIP_BOMB, name)


def zip_member_count(path: Path) -> int | None:
    """The number of members a zip file declares, read from its end record alone.

    ``zipfile.ZipFile`` builds an object for every member as soon as it opens the file,
    so a 50 MB archive of empty members would cost hundreds of megabytes before
    :func:`check_zip` could count them. None if there is no end record (not a zip).
    """
    with path.open("rb") as f:
        size = f.seek(0, 2)
        f.seek(max(0, size - (22 + 65535)))  # the end record, plus the longest comment
        tail = f.read()
        at = tail.rfind(b"PK\x05\x06")
        if at < 0:
            return None
        count = int.from_bytes(tail[at + 10 : at + 12], "little")
        locator = tail[at - 20 : at] if at >= 20 else b""
        if count == 0xFFFF and locator.startswith(b"PK\x06\x07"):  # Zip64: the real count
            f.seek(int.from_bytes(locator[8:16], "little"))
            record = f.read(56)
            if record.startswith(b"PK\x06\x06"):
                count = int.from_bytes(record[32:40], "little")
        return count


def check_zip_members(path: Path, name: str) -> None:
    count = zip_member_count(path)
    if count is not None and count > ZIP_MAX_MEMBERS:
        raise read_error(ZIP_BOMB, name)
