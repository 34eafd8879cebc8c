"""What a reader hands to the extractor: the text of a document, with its tables.

Every reader (Word, PDF, OCR, HTML, spreadsheet, plain text) produces one
:class:`SourceDocument`. ``text`` is the whole document as Unicode NFC text in reading
order; tables appear in it too, one row per line with cells separated by tabs (inside a
cell, line breaks are kept). Each table is also given cell by cell in ``tables``, with the
offsets of every cell in ``text``, so extracted fields can point back to where they came
from (``text[start:end]``).

A file that cannot be read raises :class:`ReadError` with a translated message that names
the file and the reason; nothing else escapes a reader.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Cell:
    text: str
    start: int = 0  # offsets into SourceDocument.text
    end: int = 0
    # True for a cell covered by a vertical merge from the cell above (Word "vMerge
    # continue"): its text is empty and it means "same as above".
    continues: bool = False
    # For a cell read by OCR: how sure the OCR was of its words (0–1, their mean), so a
    # cell read poorly can be flagged for review. None: not read by OCR, or empty.
    confidence: float | None = None


@dataclass
class Table:
    rows: list[list[Cell]]
    start: int = 0
    end: int = 0

    def texts(self) -> list[list[str]]:
        return [[cell.text for cell in row] for row in self.rows]


@dataclass
class SourceDocument:
    name: str  # the file name as uploaded (no directories)
    text: str
    format: str  # "docx", "doc", "odt", "rtf", "xlsx", "xls", "ods", "pdf", "ocr", "html", "txt"
    tables: list[Table] = field(default_factory=list)
    pages: int | None = None
    encoding: str | None = None  # for text files: the encoding the bytes were in
    warnings: list[str] = field(default_factory=list)  # translated, for the user


class ReadError(Exception):
    """The file cannot be read. ``message`` is translated and names the file and reason."""

    def __init__(self, message: str, *, code: str):
        super().__init__(message)
        self.message = message
        # A stable machine code, one of readers.errors: "empty", "too_large", "corrupt",
        # "encrypted", "zip_bomb", "unsupported", "not_text", "no_text", "too_many_pages",
        # "converter_missing", "ocr_missing", "timeout".
        self.code = code
