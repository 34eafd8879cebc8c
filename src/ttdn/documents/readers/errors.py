"""The reasons a file cannot be read, each a stable code with a translatable message.

Messages are kept here, one per reason, so every reader words the same failure the same
way and the translators find them in one place. Each names the file (``%(name)s``).
"""

from __future__ import annotations

from django.utils.translation import gettext, gettext_noop

from ttdn.documents.source import ReadError

# (code, English msgid)
EMPTY = ("empty", gettext_noop("“%(name)s” is empty."))
NO_TEXT = ("no_text", gettext_noop("No text was found in “%(name)s”."))
TOO_LARGE = (
    "too_large",
    gettext_noop("“%(name)s” is too large (%(size)s); files of up to %(limit)s can be read."),
)
IMAGE_TOO_LARGE = (
    "too_large",
    gettext_noop("The image “%(name)s” is too large to be read (over %(limit)s megapixels)."),
)
TOO_MANY_CELLS = (
    "too_large",
    gettext_noop("A table in “%(name)s” is too large (%(cells)s cells) to be read."),
)
TOO_MANY_PAGES = (
    "too_many_pages",
    gettext_noop("“%(name)s” has %(pages)s pages; documents of up to %(limit)s pages can be read."),
)
UNSUPPORTED = (
    "unsupported",
    gettext_noop("“%(name)s” is not a Word, PDF, spreadsheet, web page or text file."),
)
NOT_TEXT = (
    "not_text",
    gettext_noop("“%(name)s” is not a text file: it contains binary data."),
)
CORRUPT = (
    "corrupt",
    gettext_noop("“%(name)s” is damaged or incomplete and cannot be read."),
)
CONVERSION_FAILED = (
    "corrupt",
    gettext_noop(
        "LibreOffice could not open “%(name)s”: the file is damaged or protected by a password."
    ),
)
ENCRYPTED = (
    "encrypted",
    gettext_noop(
        "“%(name)s” is protected by a password. Remove the password and upload the file again."
    ),
)
ZIP_BOMB = (
    "zip_bomb",
    gettext_noop(
        "“%(name)s” unpacks to far more data than a document could hold, so it was not opened."
    ),
)
CONVERTER_MISSING = (
    "converter_missing",
    gettext_noop(
        "Reading “%(name)s” needs LibreOffice on the server: LibreOffice Writer for .doc, "
        ".rtf and .odt files, LibreOffice Calc for .xls and .ods files."
    ),
)
OCR_MISSING = (
    "ocr_missing",
    gettext_noop(
        "“%(name)s” is a scanned image and must be read by OCR, which needs the Debian "
        "packages tesseract-ocr and tesseract-ocr-vie on the server."
    ),
)
TIMEOUT = (
    "timeout",
    gettext_noop("Reading “%(name)s” took longer than %(seconds)s seconds and was stopped."),
)


def read_error(reason: tuple[str, str], name: str, **params) -> ReadError:
    """The :class:`ReadError` for ``reason`` about the file ``name``, in the active language."""
    code, msgid = reason
    return ReadError(gettext(msgid) % {"name": name, **params}, code=code)
