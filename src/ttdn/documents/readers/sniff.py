"""Tell what an uploaded file is from its content; the extension only settles ties.

People rename files, save web pages as ".doc" and export spreadsheets as HTML, so the
first bytes decide. A zip container is also checked against :mod:`.limits` here, before
any library unpacks it.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from ttdn.documents.readers.errors import CORRUPT, ENCRYPTED, NOT_TEXT, UNSUPPORTED, read_error
from ttdn.documents.readers.limits import check_zip, check_zip_members

OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Word 97-2003, Excel 97-2003, encrypted Office 2007+
IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
HTML_TAG = re.compile(rb"<(?:!doctype\s+html|html|head|body|meta|title|div|p|table)[\s>/]")
ODF_MIMETYPES = {
    b"application/vnd.oasis.opendocument.text": "odt",
    b"application/vnd.oasis.opendocument.spreadsheet": "ods",
}
# streams of an OLE container, as their names are stored there (UTF-16)
OLE_STREAMS = {"EncryptedPackage": "encrypted", "WordDocument": "doc", "Workbook": "xls"}

# extensions that promise a binary format: such a file with unrecognised bytes is damaged
FORMAT_EXTENSIONS = {
    ".docx", ".docm", ".dotx", ".doc", ".odt", ".rtf",
    ".xlsx", ".xlsm", ".xls", ".ods",
    ".pdf", ".png", ".jpg", ".jpeg", ".tif", ".tiff",
}  # fmt: skip
TEXT_EXTENSIONS = {"", ".txt", ".text", ".csv", ".md"}


def detect(path: Path, name: str) -> str:
    """One of docx, doc, odt, rtf, xlsx, xls, ods, pdf, image, html, text."""
    with path.open("rb") as f:
        head = f.read(8192)
    extension = Path(name).suffix.lower()
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(path, name)
    if b"%PDF-" in head[:1024]:
        return "pdf"
    if head.startswith(OLE):
        return _ole_kind(path, name, extension)
    if head.startswith(IMAGE_MAGIC):
        return "image"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if start.startswith(b"{\\rtf"):
        return "rtf"
    if start.startswith(b"<") and HTML_TAG.search(start[:1024].lower()):
        return "html"
    if _looks_binary(head):
        if extension in FORMAT_EXTENSIONS:
            raise read_error(CORRUPT, name)
        raise read_error(not_text_reason(name), name)
    return "text"


def not_text_reason(name: str) -> tuple[str, str]:
    """Binary bytes in a file named as text are "not text"; under any other name, unsupported."""
    return NOT_TEXT if Path(name).suffix.lower() in TEXT_EXTENSIONS else UNSUPPORTED


def _zip_kind(path: Path, name: str) -> str:
    check_zip_members(path, name)
    try:
        with zipfile.ZipFile(path) as archive:
            check_zip(archive, name)
            names = archive.namelist()
            mimetype = b""
            if "mimetype" in names:
                with archive.open("mimetype") as f:
                    mimetype = f.read(100).strip()
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError) as exc:
        raise read_error(CORRUPT, name) from exc
    if any(n.startswith("word/") for n in names):
        return "docx"
    if any(n.startswith("xl/") for n in names):
        return "xlsx"
    if mimetype in ODF_MIMETYPES:
        return ODF_MIMETYPES[mimetype]
    raise read_error(UNSUPPORTED, name)


def _ole_kind(path: Path, name: str, extension: str) -> str:
    """Which stream names the container holds (found by scanning, without an OLE parser)."""
    found = _scan(path, {s.encode("utf-16-le"): kind for s, kind in OLE_STREAMS.items()})
    if "encrypted" in found:
        raise read_error(ENCRYPTED, name)
    for kind in ("doc", "xls"):
        if kind in found:
            return kind
    if extension in (".doc", ".xls"):
        return extension[1:]
    raise read_error(UNSUPPORTED, name)


def _scan(path: Path, needles: dict[bytes, str], chunk: int = 1024 * 1024) -> set[str]:
    found: set[str] = set()
    overlap = max(len(n) for n in needles)
    tail = b""
    with path.open("rb") as f:
        while block := f.read(chunk):
            window = tail + block
            found.update(kind for needle, kind in needles.items() if needle in window)
            tail = window[-overlap:]
    return found


def _looks_binary(head: bytes) -> bool:
    """NUL bytes, unless they sit in every other byte as in UTF-16 text."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")) or b"\x00" not in head:
        return False
    half = len(head) // 2 or 1
    even, odd = head[0::2].count(0), head[1::2].count(0)
    return not (max(even, odd) > 0.3 * half and min(even, odd) <= 0.01 * half)
