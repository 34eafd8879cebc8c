"""Spreadsheets (.xlsx): every sheet becomes a table, without its empty rows.

Annexes are often kept in Excel. openpyxl reads the file in streaming (read-only) mode,
with the values formulas last computed to. In that mode a merged range's text is in its
first cell and the others are empty, which is what the other readers produce too.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl

from ttdn.documents.readers.builder import TextBuilder
from ttdn.documents.readers.errors import CORRUPT, read_error
from ttdn.documents.source import SourceDocument


def read_xlsx(path: Path, *, name: str) -> SourceDocument:
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a damaged package fails in many ways (zip, XML, parts)
        raise read_error(CORRUPT, name) from exc
    try:
        sheets = [(sheet.title, _rows(sheet)) for sheet in workbook.worksheets]
    except Exception as exc:  # the sheets are parsed only now, while streaming
        raise read_error(CORRUPT, name) from exc
    finally:
        workbook.close()
    sheets = [(title, rows) for title, rows in sheets if rows]
    builder = TextBuilder(name)
    for title, rows in sheets:
        if len(sheets) > 1:
            builder.paragraph(title)
        builder.table(rows)
    return builder.document(format="xlsx")


def _rows(sheet) -> list[list[str]]:
    # The dimension a file declares can be anything ("A1:XFD1048576"): ignore it, or the
    # reader pads every row to it.
    sheet.reset_dimensions()
    rows = []
    for values in sheet.iter_rows(values_only=True):
        cells = [_text(value) for value in values]
        while cells and not cells[-1]:
            cells.pop()
        if cells:
            rows.append(cells)
    return rows


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.strftime("%d/%m/%Y")
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else f"{value:.10g}"
    return str(value).strip()
