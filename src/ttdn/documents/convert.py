"""Convert documents with LibreOffice, in either direction: .doc to .docx to read it,
.docx to .pdf to publish a report.

This is the one place that runs LibreOffice (``soffice``)::

    from ttdn.documents.convert import convert
    pdf = convert(docx_bytes, to="pdf", kind="docx")
    xlsx = convert(Path("bang.xls"), to="xlsx", timeout=60)

Each conversion runs in its own temporary directory with its own LibreOffice profile
(two conversions sharing a profile block each other), in its own session so that when it
takes too long it is killed with all its children (soffice.bin), and never sees the
caller's file name (it may start with "-"). Whatever goes wrong raises
:class:`ConversionError`, a :class:`~ttdn.documents.source.ReadError` with a translated
message and one of the codes "converter_missing", "corrupt" or "timeout".
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.utils.translation import gettext, gettext_noop

from ttdn.documents.source import ReadError

TIMEOUT_SECONDS = 120
# LibreOffice's modules, packaged apart (Debian: libreoffice-writer-nogui,
# libreoffice-calc-nogui), and the library each puts next to soffice
MODULE_LIBRARIES = {"writer": "libswlo.so", "calc": "libsclo.so"}
WRITER_FORMATS = {"doc", "docx", "docm", "dotx", "odt", "rtf", "html", "htm", "txt"}
CALC_FORMATS = {"xls", "xlsx", "xlsm", "ods", "csv"}

MISSING = (
    "converter_missing",
    gettext_noop(
        "Converting “%(name)s” to %(format)s needs LibreOffice on the server: LibreOffice "
        "Writer for documents, LibreOffice Calc for spreadsheets."
    ),
)
FAILED = (
    "corrupt",
    gettext_noop(
        "LibreOffice could not convert “%(name)s” to %(format)s: the file is damaged or "
        "protected by a password."
    ),
)
TOO_SLOW = (
    "timeout",
    gettext_noop(
        "Converting “%(name)s” to %(format)s took longer than %(seconds)s seconds and was stopped."
    ),
)


class ConversionError(ReadError):
    """LibreOffice is missing, failed or took too long; ``message`` is translated."""


def convert(
    source: str | os.PathLike | bytes,
    to: str = "pdf",
    *,
    kind: str | None = None,
    name: str | None = None,
    timeout: float | None = None,
) -> bytes:
    """``source`` (a path or the bytes of a file) converted to the format ``to``.

    ``to`` is what ``soffice --convert-to`` takes: an extension ("pdf", "docx", "xlsx",
    "odt") optionally followed by a filter ("pdf:writer_pdf_Export"). ``kind`` is the
    format of ``source`` ("docx"); a path's suffix gives it, and for bytes without it
    LibreOffice tells the format from the content. ``name`` is how error messages call
    the file (by default the path's name, or "document"). ``timeout`` is in seconds
    (default :data:`TIMEOUT_SECONDS`).
    """
    with converted(source, to, kind=kind, name=name, timeout=timeout) as result:
        return result.read_bytes()


@contextmanager
def converted(
    source: str | os.PathLike | bytes,
    to: str = "pdf",
    *,
    kind: str | None = None,
    name: str | None = None,
    timeout: float | None = None,
) -> Iterator[Path]:
    """Like :func:`convert`, but yields the converted file's path, deleted afterwards."""
    if not isinstance(source, bytes):
        source = Path(source)
        kind = kind or source.suffix.lstrip(".").lower() or None
        name = name or source.name
    name = name or gettext("document")
    extension = to.split(":", 1)[0].lower()
    label = extension.upper()
    timeout = TIMEOUT_SECONDS if timeout is None else timeout
    soffice = find_soffice()
    if soffice is None or not has_module(soffice, module_for(kind, extension)):
        raise _error(MISSING, name, format=label)
    with tempfile.TemporaryDirectory(prefix="ttdn-convert-") as tmp:
        work = Path(tmp)
        work_source = work / (f"input.{kind}" if kind else "input")
        if isinstance(source, bytes):
            work_source.write_bytes(source)
        else:
            shutil.copyfile(source, work_source)
        command = [
            soffice,
            "--headless",
            "--norestore",
            "--nolockcheck",
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--convert-to",
            to,
            "--outdir",
            str(work / "out"),
            str(work_source),
        ]
        env = {**os.environ, "HOME": str(work)}
        if not _run(command, env=env, timeout=timeout):
            raise _error(TOO_SLOW, name, format=label, seconds=timeout)
        result = work / "out" / f"input.{extension}"
        if not result.is_file() or result.stat().st_size == 0:
            raise _error(FAILED, name, format=label)
        yield result


def find_soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def module_for(kind: str | None, to: str) -> str | None:
    """The LibreOffice module that converts a ``kind`` file to ``to``, or None if unknown."""
    for fmt in (kind, to):
        if fmt in CALC_FORMATS:
            return "calc"
        if fmt in WRITER_FORMATS:
            return "writer"
    return None


def has_module(soffice: str, module: str | None) -> bool:
    """Whether ``module`` ("writer", "calc") is installed next to ``soffice``.

    Without the module a conversion fails just as it does for a damaged file. In a layout
    without those libraries, or for an unknown module, the conversion is left to tell.
    """
    libraries = {p.name for p in Path(soffice).resolve().parent.glob("lib*lo.so")}
    return not libraries or module is None or MODULE_LIBRARIES[module] in libraries


def _error(reason: tuple[str, str], name: str, **params) -> ConversionError:
    code, msgid = reason
    return ConversionError(gettext(msgid) % {"name": name, **params}, code=code)


def _run(command: list[str], *, env: dict[str, str], timeout: float) -> bool:
    """Run ``command``; False if it took longer than ``timeout`` and was killed."""
    # its own session, so that on timeout the whole group (soffice.bin too) can be killed
    process = subprocess.Popen(  # noqa: S603 - fixed program, no shell, file name is ours
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
        start_new_session=True,
    )
    try:
        process.wait(timeout=timeout)
        return True
    except subprocess.TimeoutExpired:
        return False
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
