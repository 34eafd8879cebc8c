"""Turn an uploaded file into a :class:`~ttdn.documents.source.SourceDocument`.

:func:`read_document` is the only entry point. It checks the size, tells the format
from the file's content (:mod:`.sniff`), and hands the file to one reader per kind:

=========================  ===================================================
Word (.docx)               :mod:`.word` (python-docx)
.doc, .rtf, .odt           LibreOffice to .docx (:mod:`ttdn.documents.convert`), then :mod:`.word`
Excel (.xlsx)              :mod:`.spreadsheet` (openpyxl)
.xls, .ods                 LibreOffice to .xlsx, then :mod:`.spreadsheet`
PDF                        :mod:`.pdf` (pdfplumber; pages without text by OCR)
images                     :mod:`.ocr` (Tesseract, Vietnamese)
web pages                  :mod:`.web` (trafilatura)
text                       :mod:`.plain` (:func:`ttdn.documents.encodings.decode_text`)
=========================  ===================================================

Whatever goes wrong with the file, the caller gets a :class:`ReadError` with a
translated message naming the file; an unexpected failure is logged and reported as an
unreadable file. Readers are imported when needed: PDF, OCR and HTML libraries are slow
to import and most uploads need only one of them.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.utils.translation import gettext

from ttdn.documents.readers.errors import (
    CONVERSION_FAILED,
    CONVERTER_MISSING,
    CORRUPT,
    NO_TEXT,
    TIMEOUT,
    read_error,
)
from ttdn.documents.readers.limits import check_size
from ttdn.documents.readers.progress import END, START, CallbackFailed, Progress, guarded
from ttdn.documents.readers.sniff import detect, not_text_reason
from ttdn.documents.source import ReadError, SourceDocument

__all__ = ["read_document"]

logger = logging.getLogger(__name__)

# formats LibreOffice converts into one of ours: kind -> the kind it becomes
CONVERTED = {"doc": "docx", "rtf": "docx", "odt": "docx", "xls": "xlsx", "ods": "xlsx"}


def read_document(path: Path, *, name: str, progress: Progress | None = None) -> SourceDocument:
    """Read the file at ``path``, uploaded as ``name``.

    ``progress``, if given, is called with ``(percent, label)`` as reading goes on
    (5 to 75 %); an exception it raises reaches the caller unchanged.
    """
    name = display_name(name)
    report = guarded(progress)
    try:
        check_size(path, name)
        kind = detect(path, name)
        report(START, gettext("Reading “%(name)s”") % {"name": name})
        document = _read(kind, path, name, report)
        if not document.text.strip():
            raise read_error(NO_TEXT, name)
        report(END, None)
        return document
    except ReadError:
        raise
    except CallbackFailed as exc:
        raise exc.__cause__ from None
    except Exception as exc:
        logger.exception("Could not read %s (%s)", name, path)
        raise read_error(CORRUPT, name) from exc


def display_name(name: str) -> str:
    """The file name without any directory (browsers on Windows may send "C:\\...\\x.doc")."""
    return name.replace("\\", "/").rsplit("/", 1)[-1] or name


def _read(kind: str, path: Path, name: str, progress: Progress) -> SourceDocument:
    if kind in CONVERTED:
        target = CONVERTED[kind]
        with _converted(path, name=name, kind=kind, target=target) as converted_path:
            document = _read(target, converted_path, name, progress)
        return dataclasses.replace(document, format=kind)
    if kind == "docx":
        from ttdn.documents.readers.word import read_docx

        return read_docx(path, name=name)
    if kind == "xlsx":
        from ttdn.documents.readers.spreadsheet import read_xlsx

        return read_xlsx(path, name=name)
    if kind == "pdf":
        from ttdn.documents.readers.pdf import read_pdf

        return read_pdf(path, name=name, progress=progress)
    if kind == "image":
        from ttdn.documents.readers.ocr import read_image

        return read_image(path, name=name, progress=progress)
    if kind == "html":
        from ttdn.documents.readers.web import read_html

        return read_html(path, name=name)
    from ttdn.documents.readers.plain import read_text

    return read_text(path, name=name, reason=not_text_reason(name))


@contextmanager
def _converted(path: Path, *, name: str, kind: str, target: str) -> Iterator[Path]:
    """The file converted by LibreOffice, its failures worded as failures to read it."""
    from ttdn.documents import convert

    reasons = {"converter_missing": CONVERTER_MISSING, "timeout": TIMEOUT}
    try:
        with convert.converted(path, target, kind=kind, name=name) as result:
            yield result
    except convert.ConversionError as exc:
        reason = reasons.get(exc.code, CONVERSION_FAILED)
        raise read_error(reason, name, seconds=convert.TIMEOUT_SECONDS) from exc
