"""Plain text files, in UTF-8, UTF-16 or one of the old Vietnamese encodings.

Decoding is :func:`ttdn.documents.encodings.decode_text`'s job. What is left here is to
refuse bytes that only decoded because every byte means something in Windows-1252: a
text with NUL characters, or with more than 10 % control or replacement characters, is
binary data under a text name.
"""

from __future__ import annotations

import re
from pathlib import Path

from django.utils.translation import gettext

from ttdn.documents.encodings import decode_text
from ttdn.documents.readers.builder import TextBuilder
from ttdn.documents.readers.errors import NOT_TEXT, read_error
from ttdn.documents.source import SourceDocument

# controls other than tab, line feed, carriage return and form feed; and U+FFFD
JUNK = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufffd]")
MAX_JUNK = 0.10


def read_text(path: Path, *, name: str, reason: tuple[str, str] = NOT_TEXT) -> SourceDocument:
    """``reason`` is the error for binary content (a ".txt" is "not text", a ".xyz" unsupported)."""
    decoded = decode_text(path.read_bytes())
    text = decoded.text
    if "\x00" in text or len(JUNK.findall(text)) > MAX_JUNK * len(text):
        raise read_error(reason, name)
    builder = TextBuilder(name)
    builder.paragraph(text)
    warnings = []
    if decoded.legacy:
        warnings.append(
            gettext(
                "“%(name)s” was written in an old Vietnamese encoding (%(encoding)s) and has "
                "been converted to Unicode: check that the accents are right."
            )
            % {"name": name, "encoding": decoded.encoding.upper()}
        )
    return builder.document(format="txt", encoding=decoded.encoding, warnings=warnings)
