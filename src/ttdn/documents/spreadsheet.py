"""Spreadsheets out: every cell an export or a report writes goes through :func:`safe_cell`.

Text from users ends up in cells that people open in Excel or LibreOffice Calc. Text
starting with ``=``, ``+``, ``-`` or ``@`` (or a tab or line break, or any of those after
leading spaces, or their full-width forms) is taken by those programs for a formula, which
can fetch URLs or run commands ("CSV/formula injection"); such text is given a leading
apostrophe so it stays text. Control characters that XML cannot hold (a stray ``\\x0b``
pasted from Word) would make openpyxl refuse the whole workbook: they are dropped.

:func:`workbook_bytes` writes a plain workbook of one or more :class:`Sheet` (bold header
row, frozen under it, wrapped text, column widths) for exports that need no more layout.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from django.utils import timezone
from django.utils.functional import Promise
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

# A cell starting with one of these is read by spreadsheet programs as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
SHEET_TITLE_MAX = 31  # Excel's limit
SHEET_TITLE_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


def safe_cell(value: object) -> object:
    """``value`` made safe to write to a cell: text that would start a formula is prefixed
    with an apostrophe and XML-illegal control characters are dropped. Numbers, dates and
    None pass unchanged (an aware datetime becomes local time, which Excel can hold);
    lazy translations become text."""
    if isinstance(value, Promise):
        value = str(value)
    if isinstance(value, dt.datetime) and timezone.is_aware(value):
        return timezone.localtime(value).replace(tzinfo=None)
    if not isinstance(value, str):
        return value
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    if value.startswith(FORMULA_PREFIXES) or value.lstrip().startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


@dataclass
class Sheet:
    """One worksheet: ``header`` (bold, frozen) above ``rows``; ``widths`` in characters."""

    title: str
    rows: Iterable[Sequence[object]]
    header: Sequence[object] = ()
    widths: Sequence[float] = field(default_factory=tuple)


def sheet_title(title: str, taken: set[str]) -> str:
    """``title`` as Excel accepts it: no ``[]:*?/\\``, at most 31 characters, unique."""
    base = SHEET_TITLE_FORBIDDEN.sub(" ", ILLEGAL_CHARACTERS_RE.sub("", str(title))).strip(" '")
    base = base[:SHEET_TITLE_MAX] or "Sheet"
    candidate, number = base, 1
    while candidate.lower() in taken:
        number += 1
        suffix = f" ({number})"
        candidate = base[: SHEET_TITLE_MAX - len(suffix)] + suffix
    taken.add(candidate.lower())
    return candidate


def workbook_bytes(sheets: Iterable[Sheet]) -> bytes:
    """An .xlsx file of ``sheets``, every cell through :func:`safe_cell`."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: set[str] = set()
    wrap = Alignment(wrap_text=True, vertical="top")
    for sheet in sheets:
        worksheet = workbook.create_sheet(sheet_title(sheet.title, taken))
        if sheet.header:
            worksheet.append([safe_cell(value) for value in sheet.header])
            for cell in worksheet[1]:
                cell.font = Font(bold=True)
                cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            worksheet.freeze_panes = "A2"
        # Rows counted here: ``worksheet.max_row`` walks every cell (quadratic).
        number = 1 if sheet.header else 0
        for row in sheet.rows:
            number += 1
            for column, value in enumerate(row, start=1):
                worksheet.cell(row=number, column=column, value=safe_cell(value)).alignment = wrap
        for column, width in enumerate(sheet.widths, start=1):
            worksheet.column_dimensions[get_column_letter(column)].width = width
    if not workbook.worksheets:
        workbook.create_sheet("Sheet")
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
