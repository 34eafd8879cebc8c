"""Older and open office formats (.doc, .rtf, .odt, .xls, .ods), converted by LibreOffice.

LibreOffice turns them into .docx or .xlsx, which the Word and spreadsheet readers then
read: one good reader per kind of document instead of a weaker one per format. Each
conversion runs in its own temporary directory with its own LibreOffice profile (two
conversions sharing a profile block each other), is killed with all its children when
it takes too long, and never sees the uploaded file name (it may start with "-").
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

from ttdn.documents.readers.errors import CONVERSION_FAILED, CONVERTER_MISSING, TIMEOUT, read_error

TIMEOUT_SECONDS = 120
MODULE_LIBRARIES = {"docx": "libswlo.so", "xlsx": "libsclo.so"}  # Writer, Calc


@contextmanager
def converted(path: Path, *, name: str, kind: str, target: str) -> Iterator[Path]:
    """The file at ``path`` (a ``kind`` file, e.g. "doc") converted to ``target`` ("docx")."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or not has_module(soffice, target):
        raise read_error(CONVERTER_MISSING, name)
    with tempfile.TemporaryDirectory(prefix="ttdn-convert-") as tmp:
        work = Path(tmp)
        source = work / f"input.{kind}"
        shutil.copyfile(path, source)
        command = [
            soffice,
            "--headless",
            "--norestore",
            "--nolockcheck",
            f"-env:UserInstallation={(work / 'profile').as_uri()}",
            "--convert-to",
            target,
            "--outdir",
            str(work / "out"),
            str(source),
        ]
        _run(command, env={**os.environ, "HOME": str(work)}, name=name)
        result = work / "out" / f"input.{target}"
        if not result.is_file() or result.stat().st_size == 0:
            raise read_error(CONVERSION_FAILED, name)
        yield result


def has_module(soffice: str, target: str) -> bool:
    """Whether the LibreOffice module that writes ``target`` (Writer, Calc) is installed.

    Distributions package them apart (Debian: libreoffice-writer-nogui and
    libreoffice-calc-nogui); without the module a conversion fails just as it does for a
    damaged file. Each module puts its library next to soffice; in a layout without
    those libraries, the conversion is left to tell.
    """
    libraries = {p.name for p in Path(soffice).resolve().parent.glob("lib*lo.so")}
    return not libraries or MODULE_LIBRARIES[target] in libraries


def _run(command: list[str], *, env: dict[str, str], name: str) -> None:
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
        process.wait(timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired as exc:
        raise read_error(TIMEOUT, name, seconds=TIMEOUT_SECONDS) from exc
    finally:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
