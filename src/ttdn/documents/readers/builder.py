"""Assemble a document's text piece by piece, keeping the offsets of every table cell.

Readers hand over paragraphs and tables in reading order; the builder normalises each
piece (NFC, ``\\n`` line ends, no control characters, the spaces a copy lost between
Vietnamese words put back: ``ttdn.documents.spacing``) *before* appending it, so the
offsets it records are offsets into the final text and ``text[cell.start:cell.end] ==
cell.text`` holds without a second pass.
"""

from __future__ import annotations

import re

from ttdn.core.text import nfc
from ttdn.documents.readers.errors import TOO_MANY_CELLS, read_error
from ttdn.documents.source import Cell, SourceDocument, Table
from ttdn.documents.spacing import restore_spaces

# A table is padded to a rectangle; one long row in a hostile file must not make that
# rectangle billions of cells big.
MAX_TABLE_CELLS = 1_000_000

# C0/C1 controls other than tab and line feed, a BOM inside the text, and the object
# replacement character Word leaves for embedded objects
_JUNK = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ufeff\ufffc]")


def clean(text: str) -> str:
    """NFC text with ``\\n`` line ends, without control characters, glued Vietnamese words
    ("QUYẾTĐỊNH", "Ngoạigiao") apart, and Đ for the Icelandic eth (U+00D0), which looks
    like it and is typed for it ("Ban Ðối ngoại")."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n")
    text = nfc(_JUNK.sub("", text))
    if "\u00d0" in text or "\u00f0" in text:
        text = text.replace("\u00d0", "\u0110").replace("\u00f0", "\u0111")
    return restore_spaces(text)


class TextBuilder:
    def __init__(self, name: str) -> None:
        self.name = name
        self._parts: list[str] = []
        self._length = 0
        self._blank = True  # the text so far ends with a blank line (or is empty)
        self.tables: list[Table] = []

    def _append(self, piece: str) -> None:
        self._parts.append(piece)
        self._length += len(piece)

    def paragraph(self, text: str) -> None:
        """One paragraph (it may span several lines). Runs of empty ones become one blank line."""
        text = clean(text).strip()
        if not text:
            if not self._blank:
                self._append("\n")
                self._blank = True
            return
        self._append(text + "\n")
        self._blank = False

    def table(self, rows: list[list[str | None]]) -> None:
        """One line per row, cells separated by tabs (a tab inside a cell becomes a space).

        A cell given as None is covered by the cell above it (a vertical merge): it is
        empty and marked :attr:`~ttdn.documents.source.Cell.continues`.
        """
        rows = [row for row in rows if row]
        if not rows:
            return
        width = max(len(row) for row in rows)
        if width * len(rows) > MAX_TABLE_CELLS:
            raise read_error(TOO_MANY_CELLS, self.name, cells=width * len(rows))
        table = Table(rows=[], start=self._length)
        for row in rows:
            cells = []
            for i, raw in enumerate(row + [""] * (width - len(row))):
                if i:
                    self._append("\t")
                text = clean(raw or "").replace("\t", " ").strip()
                read = getattr(raw, "confidence", None)  # an OCR cell (readers.ocr.OcrText)
                cells.append(
                    Cell(
                        text=text,
                        start=self._length,
                        end=self._length + len(text),
                        continues=raw is None,
                        confidence=round(read / 100, 3) if read is not None and text else None,
                    )
                )
                self._append(text)
            self._append("\n")
            table.rows.append(cells)
        table.end = self._length - 1
        self.tables.append(table)
        self._blank = False

    def document(self, *, format: str, **fields) -> SourceDocument:
        text = "".join(self._parts).rstrip("\n")
        return SourceDocument(
            name=self.name, text=text, format=format, tables=self.tables, **fields
        )
