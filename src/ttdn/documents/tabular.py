"""Tables in and out: a register kept in Excel (or CSV) read into rows, mapped onto the
columns a register knows, converted and validated row by row; templates and exports written.

Nothing here knows a model or a view. A caller describes its columns (:class:`Column`),
then:

1. :func:`read_table` reads an uploaded .xlsx or .csv into a header and rows. The file is
   checked first (size, what it really is, a zip bomb), then read in streaming mode with
   caps on rows, columns and cell length; every refusal is a :class:`ReadError` with a
   translated message and a stable ``code``. The header row is the first row with enough
   text cells (titles such as "SỔ THEO DÕI HỌP BÁO NĂM 2026" above it are skipped); a second
   header row under merged cells ("Thời gian" over "Từ ngày" / "Đến ngày") is joined to it,
   and a row of column numbers ("(1) (2) (3)") under it is skipped.
2. :func:`suggest_mapping` maps the file's headers onto the columns: the same words without
   diacritics first, then the closest by rapidfuzz above a threshold; each column once.
3. :func:`convert_rows` converts each mapped cell (:func:`to_date`, :func:`to_number`,
   :func:`to_bool`, choices) and calls the caller's ``validate`` on each row that converted,
   collecting every problem as a :class:`RowError` (file row number, column, message).
4. :func:`template_bytes` and :func:`export_bytes` write workbooks whose every cell goes
   through :func:`ttdn.documents.spreadsheet.safe_cell`; a text that starts with ``=``,
   ``+``, ``-`` or ``@`` never becomes a formula. Reading such a file back drops the
   apostrophe ``safe_cell`` added, so an export imports unchanged.

Cells are converted by :mod:`ttdn.documents.cells` (dates, numbers with Vietnamese
separators, yes/no, choices).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import math
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext, gettext_noop
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from ttdn.core.text import clean_text, fold_words
from ttdn.documents.cells import (
    ValueProblem,
    as_text,
    to_bool,
    to_choice,
    to_date,
    to_number,
)
from ttdn.documents.encodings import decode_text
from ttdn.documents.readers.errors import CORRUPT, EMPTY, TOO_LARGE, read_error
from ttdn.documents.readers.sniff import detect
from ttdn.documents.source import ReadError
from ttdn.documents.spreadsheet import FORMULA_PREFIXES, safe_cell, sheet_title

__all__ = [
    "Column",
    "ParsedRow",
    "ReadError",
    "RowError",
    "TabularData",
    "ValueProblem",
    "convert_rows",
    "convert_value",
    "export_bytes",
    "read_table",
    "suggest_mapping",
    "template_bytes",
    "to_bool",
    "to_date",
    "to_number",
]

MB = 1024 * 1024
MAX_BYTES = 5 * MB  # a register of a few thousand rows is well under 1 MB
MAX_ROWS = 5000
MAX_COLUMNS = 60
MAX_CELL_CHARS = 5000
HEADER_SEARCH_ROWS = 30  # the header is among the first rows that hold anything
MATCH_THRESHOLD = 80  # rapidfuzz score (0–100) for a suggested mapping

KINDS = ("text", "integer", "decimal", "date", "bool", "choice")

# (code, English msgid): the refusals this module adds to documents.readers.errors
NOT_TABLE = (
    "not_table",
    gettext_noop("“%(name)s” is not an Excel workbook (.xlsx) or a CSV file."),
)
OLD_EXCEL = (
    "old_excel",
    gettext_noop(
        "“%(name)s” is in a format that cannot be imported directly (Excel 97–2003 or "
        "LibreOffice). Save it as an Excel Workbook (.xlsx) and upload it again."
    ),
)
NO_HEADER = (
    "no_header",
    gettext_noop(
        "No header row was found in “%(name)s”: one of its first rows must name the columns."
    ),
)
NO_ROWS = ("no_rows", gettext_noop("“%(name)s” has a header row but no rows under it."))
TOO_MANY_ROWS = (
    "too_many_rows",
    gettext_noop("“%(name)s” has more than %(limit)s rows; split it into smaller files."),
)
TOO_MANY_COLUMNS = (
    "too_many_columns",
    gettext_noop("Row %(row)s of “%(name)s” has %(count)s columns; at most %(limit)s are read."),
)
CELL_TOO_LONG = (
    "cell_too_long",
    gettext_noop(
        "Cell %(cell)s of “%(name)s” holds %(count)s characters; a cell may hold at most %(limit)s."
    ),
)


@dataclass(frozen=True)
class Column:
    """A column a register takes: ``name`` (the field), ``header`` (shown to people),
    ``kind`` (one of :data:`KINDS`), ``required``, ``choices`` as ``(value, label)`` pairs
    for a choice, ``aliases`` (other headers agencies use) and ``help`` for the template."""

    name: str
    header: str
    kind: str = "text"
    required: bool = False
    choices: tuple[tuple[object, str], ...] = ()
    aliases: tuple[str, ...] = ()
    help: str = ""
    many: bool = False  # several values in one cell, separated by ";" or line breaks

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown column kind {self.kind!r}")


@dataclass
class TabularData:
    """A table read from a file: ``headers`` and ``rows`` (each ``(row_number, cells)``,
    the row number as the spreadsheet shows it, cells padded to the headers' width)."""

    name: str
    format: str  # "xlsx" or "csv"
    headers: list[str]
    rows: list[tuple[int, list[object]]]
    header_row: int
    sheet: str = ""
    encoding: str = ""


@dataclass(frozen=True)
class RowError:
    """A problem with one row: ``row_number`` in the file, ``column`` (a header; empty for
    the row as a whole) and a translated ``message``."""

    row_number: int
    column: str
    message: str


@dataclass
class ParsedRow:
    number: int
    values: dict[str, object] = field(default_factory=dict)
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------


def read_table(
    path: Path,
    *,
    name: str,
    max_bytes: int = MAX_BYTES,
    max_rows: int = MAX_ROWS,
    max_columns: int = MAX_COLUMNS,
    max_cell_chars: int = MAX_CELL_CHARS,
) -> TabularData:
    """The header and rows of the .xlsx or .csv file at ``path`` (uploaded as ``name``).

    Raises :class:`ReadError` (codes: empty, too_large, corrupt, encrypted, zip_bomb,
    not_table, old_excel, no_header, no_rows, too_many_rows, too_many_columns,
    cell_too_long).
    """
    path = Path(path)
    size = path.stat().st_size
    if size == 0:
        raise read_error(EMPTY, name)
    if size > max_bytes:
        raise read_error(
            TOO_LARGE, name, size=filesizeformat(size), limit=filesizeformat(max_bytes)
        )
    try:
        kind = detect(path, name)
    except ReadError as exc:
        if exc.code in ("unsupported", "not_text"):
            raise read_error(NOT_TABLE, name) from exc
        raise
    caps = _Caps(name, max_rows, max_columns, max_cell_chars)
    if kind == "xlsx":
        return _read_xlsx(path, name, caps)
    if kind == "text":
        return _read_csv(path, name, caps)
    if kind in ("xls", "ods"):
        raise read_error(OLD_EXCEL, name)
    raise read_error(NOT_TABLE, name)


@dataclass
class _Caps:
    name: str
    rows: int
    columns: int
    cell_chars: int

    def row(self, number: int, values: Sequence[object]) -> list[object]:
        cells = list(values)
        while cells and _blank(cells[-1]):
            cells.pop()
        if len(cells) > self.columns:
            raise read_error(
                TOO_MANY_COLUMNS, self.name, row=number, count=len(cells), limit=self.columns
            )
        for index, value in enumerate(cells):
            if isinstance(value, str):
                if len(value) > self.cell_chars:
                    cell = f"{get_column_letter(index + 1)}{number}"
                    raise read_error(
                        CELL_TOO_LONG, self.name, cell=cell, count=len(value), limit=self.cell_chars
                    )
                cells[index] = _unquote(clean_text(value).strip())
        return cells


def _unquote(text: str) -> str:
    """A leading apostrophe that :func:`safe_cell` put before formula text, removed."""
    if text.startswith("'") and text[1:].lstrip().startswith(FORMULA_PREFIXES):
        return text[1:]
    return text


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _read_xlsx(path: Path, name: str, caps: _Caps) -> TabularData:
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # a damaged package fails in many ways (zip, XML, parts)
        raise read_error(CORRUPT, name) from exc
    try:
        for worksheet in workbook.worksheets:
            worksheet.reset_dimensions()  # the declared dimension can be anything
            numbered = (
                (number, caps.row(number, values))
                for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1)
            )
            table = _table(numbered, name, caps, format="xlsx", sheet=worksheet.title)
            if table is not None:
                return table
    except ReadError:
        raise
    except Exception as exc:  # the sheets are parsed only now, while streaming
        raise read_error(CORRUPT, name) from exc
    finally:
        workbook.close()
    raise read_error(NO_HEADER, name)


def _read_csv(path: Path, name: str, caps: _Caps) -> TabularData:
    decoded = decode_text(path.read_bytes())
    text = decoded.text
    sample = text[:8192]
    try:
        delimiter = csv.Sniffer().sniff(sample, delimiters=",;\t").delimiter
    except csv.Error:  # one line, or ragged rows: the likeliest separator of the first line
        first = sample.split("\n", 1)[0]
        delimiter = max(",;\t", key=first.count)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)

    def numbered() -> Iterator[tuple[int, list[object]]]:
        number = 0
        try:
            for values in reader:
                number += 1
                yield number, caps.row(number, values)
        except csv.Error as exc:  # an over-long field or a stray NUL
            raise read_error(CORRUPT, name) from exc

    table = _table(numbered(), name, caps, format="csv", encoding=decoded.encoding)
    if table is None:
        raise read_error(NO_HEADER, name)
    return table


_COLUMN_NUMBER_RE = re.compile(r"^[\(\[]?\d{1,2}[\)\]]?$")


def _is_text(value: object) -> bool:
    """A cell that can name a column: text that is not a number or a date."""
    if not isinstance(value, str) or not value:
        return False
    try:
        to_number(value)
    except ValueProblem:
        pass
    else:
        return False
    return not _looks_like_date(value)


def _looks_like_date(value: str) -> bool:
    try:
        to_date(value)
    except ValueProblem:
        return False
    return True


def _table(
    numbered: Iterable[tuple[int, list[object]]],
    name: str,
    caps: _Caps,
    *,
    format: str,
    sheet: str = "",
    encoding: str = "",
) -> TabularData | None:
    """The table in ``numbered`` rows, or None when no header row is found."""
    iterator = iter(numbered)
    head: list[tuple[int, list[object]]] = []
    for number, cells in iterator:
        if any(not _blank(cell) for cell in cells):
            head.append((number, cells))
            if len(head) >= HEADER_SEARCH_ROWS:
                break
    if not head:
        return None
    widest = max(sum(not _blank(cell) for cell in cells) for _, cells in head)
    need = max(2, math.ceil(widest / 2)) if widest > 1 else 1
    position = next(
        (i for i, (_, cells) in enumerate(head) if sum(map(_is_text, cells)) >= need), None
    )
    if position is None:
        return None
    header_number, header = head[position]
    rest = iter([*head[position + 1 :], *iterator])
    headers = [str(cell) if not _blank(cell) else "" for cell in header]
    data: list[tuple[int, list[object]]] = []
    pending = next(rest, None)
    if pending is not None and _is_sub_header(header, pending[1]):
        headers = _joined(headers, pending[1])
        pending = next(rest, None)
    if pending is not None and _is_column_numbers(pending[1]):
        pending = next(rest, None)
    width = len(headers)
    for item in [pending] if pending is not None else []:
        data.append(item)
    for item in rest:
        data.append(item)
        if len(data) > caps.rows:
            raise read_error(TOO_MANY_ROWS, name, limit=caps.rows)
    rows = []
    for number, cells in data:
        if all(_blank(cell) for cell in cells):
            continue
        if len(cells) > width:  # values beyond the header: columns without a name
            headers.extend([""] * (len(cells) - width))
            width = len(headers)
        rows.append((number, cells))
    if len(rows) > caps.rows:
        raise read_error(TOO_MANY_ROWS, name, limit=caps.rows)
    if not rows:
        raise read_error(NO_ROWS, name)
    rows = [(number, cells + [None] * (width - len(cells))) for number, cells in rows]
    return TabularData(
        name=name,
        format=format,
        headers=headers,
        rows=rows,
        header_row=header_number,
        sheet=sheet,
        encoding=encoding,
    )


def _is_sub_header(header: list[object], row: list[object]) -> bool:
    """``row`` names the parts of merged header cells: all text, and some under a gap."""
    filled = [cell for cell in row if not _blank(cell)]
    if not filled or not all(_is_text(cell) for cell in filled):
        return False
    return any(
        not _blank(cell) and (index >= len(header) or _blank(header[index]))
        for index, cell in enumerate(row)
    )


def _joined(headers: list[str], sub: list[object]) -> list[str]:
    """Two header rows as one: "Thời gian" over "Từ ngày" gives "Thời gian Từ ngày"."""
    width = max(len(headers), len(sub))
    headers = headers + [""] * (width - len(headers))
    joined = []
    parent = ""
    for index in range(width):
        top = headers[index]
        child = str(sub[index]) if index < len(sub) and not _blank(sub[index]) else ""
        if top:
            parent = top
            joined.append(f"{top} {child}" if child else top)
        else:
            joined.append(f"{parent} {child}".strip() if child else "")
    return joined


def _is_column_numbers(row: list[object]) -> bool:
    """A row "1 2 3 …" or "(1) (2) (3) …" that numbers the columns under the header."""
    filled = [cell for cell in row if not _blank(cell)]
    if len(filled) < 2:
        return False
    numbers = []
    for cell in filled:
        text = str(int(cell)) if isinstance(cell, int | float) and cell == int(cell) else str(cell)
        if not _COLUMN_NUMBER_RE.match(text.strip()):
            return False
        numbers.append(int(re.sub(r"\D", "", text)))
    return numbers == list(range(numbers[0], numbers[0] + len(numbers)))


# ---------------------------------------------------------------------------
# Mapping
# ---------------------------------------------------------------------------


def suggest_mapping(
    headers: Sequence[str], columns: Sequence[Column], *, threshold: int = MATCH_THRESHOLD
) -> list[str | None]:
    """For each of the file's ``headers``, the name of the column it fills, or None.

    A header equal to a column's header, name or alias without diacritics and punctuation
    wins first; the rest are matched by rapidfuzz (:func:`_similarity` on folded words)
    best score first, never below ``threshold``. Each column is used at most once.
    """
    from rapidfuzz import fuzz

    keys = {column.name: _keys(column) for column in columns}
    folded = [fold_words(header or "") for header in headers]
    mapping: list[str | None] = [None] * len(headers)
    used: set[str] = set()
    for index, text in enumerate(folded):
        if not text:
            continue
        for column in columns:
            if column.name not in used and text in keys[column.name]:
                mapping[index] = column.name
                used.add(column.name)
                break
    candidates = []
    for index, text in enumerate(folded):
        if not text or mapping[index] is not None:
            continue
        for column in columns:
            if column.name in used:
                continue
            score = max(_similarity(fuzz, text, key) for key in keys[column.name])
            if score >= threshold:
                candidates.append((score, -index, index, column.name))
    for _score, _order, index, name in sorted(candidates, reverse=True):
        if mapping[index] is None and name not in used:
            mapping[index] = name
            used.add(name)
    return mapping


def _similarity(fuzz, text: str, key: str) -> float:
    """rapidfuzz's token_sort_ratio; or, when the words of one (two or more of them) are
    all in the other ("Nội dung" in "Nội dung họp báo"), a little less than a full match."""
    score = fuzz.token_sort_ratio(text, key)
    if min(len(text.split()), len(key.split())) >= 2:
        score = max(score, 0.95 * fuzz.token_set_ratio(text, key))
    return score


def _keys(column: Column) -> set[str]:
    texts = [column.header, column.name.replace("_", " "), *column.aliases]
    return {fold_words(str(text)) for text in texts if text} - {""}


# ---------------------------------------------------------------------------
# Converting cells
# ---------------------------------------------------------------------------

_SPLIT_RE = re.compile(r"\s*(?:;|\n)\s*")


def convert_value(value: object, column: Column) -> object:
    """``value`` (a cell) as ``column`` takes it; None for an empty cell; a list of values
    for a ``many`` column. Raises :class:`ValueProblem`."""
    if _blank(value):
        return [] if column.many else None
    if column.many:
        parts = [part for part in _SPLIT_RE.split(as_text(value)) if part]
        single = Column(column.name, column.header, column.kind, choices=column.choices)
        return [convert_value(part, single) for part in parts]
    if column.kind == "date":
        return to_date(value)
    if column.kind == "integer":
        return to_number(value, integer=True)
    if column.kind == "decimal":
        return to_number(value)
    if column.kind == "bool":
        return to_bool(value)
    if column.kind == "choice":
        return to_choice(value, column.choices)
    return as_text(value)


def convert_rows(
    table: TabularData,
    mapping: Sequence[str | None],
    columns: Sequence[Column],
    *,
    validate: Callable[[dict[str, object]], Mapping[str, Sequence[str]] | None] | None = None,
    limit: int | None = None,
) -> list[ParsedRow]:
    """Every row of ``table`` (or its first ``limit``) converted through ``mapping``.

    A mapped cell that does not convert, or a required column left empty, is a
    :class:`RowError` under that column's header. A row that converted is passed to
    ``validate`` (the register's form, say), whose errors by field name become RowErrors
    (a name that is no column, such as ``__all__``, is the row as a whole).
    """
    by_name = {column.name: column for column in columns}
    mapped = [(index, by_name[name]) for index, name in enumerate(mapping) if name in by_name]
    present = {column.name for _index, column in mapped}
    parsed = []
    for number, cells in table.rows[:limit] if limit is not None else table.rows:
        row = ParsedRow(number)
        for index, column in mapped:
            value = cells[index] if index < len(cells) else None
            try:
                row.values[column.name] = convert_value(value, column)
            except ValueProblem as problem:
                row.errors.append(RowError(number, str(column.header), problem.message))
        for column in columns:
            empty = row.values.get(column.name) in (None, "", [])
            if column.required and empty and not _has_error(row, column):
                message = (
                    gettext("This column is required.")
                    if column.name in present
                    else gettext("No column of the file is mapped to this field.")
                )
                row.errors.append(RowError(number, str(column.header), message))
        if not row.errors and validate is not None:
            for name, messages in (validate(dict(row.values)) or {}).items():
                header = str(by_name[name].header) if name in by_name else ""
                row.errors.extend(RowError(number, header, str(m)) for m in messages)
        parsed.append(row)
    return parsed


def _has_error(row: ParsedRow, column: Column) -> bool:
    return any(error.column == str(column.header) for error in row.errors)


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------

_DATE_FORMAT = "DD/MM/YYYY"
_INTEGER_FORMAT = "#,##0"


def template_bytes(columns: Sequence[Column], *, title: str) -> bytes:
    """An empty register to fill in: the column headers on the first sheet (dates and
    numbers pre-formatted for 1 000 rows), and a second sheet explaining each column."""
    kind_labels = {
        "text": gettext("Text (free)"),
        "integer": gettext("Whole number"),
        "decimal": gettext("Number (decimals allowed)"),
        "date": gettext("Date (dd/mm/yyyy)"),
        "bool": gettext("Yes / No"),
        "choice": gettext("One of the listed values"),
    }
    guide = [
        (
            str(column.header),
            kind_labels[column.kind],
            gettext("Yes") if column.required else "",
            "; ".join(str(label) for _value, label in column.choices),
            str(column.help),
        )
        for column in columns
    ]
    workbook = _workbook(
        [
            (title, [str(column.header) for column in columns], []),
            (
                gettext("How to fill in"),
                [
                    gettext("Column header"),
                    gettext("Kind of value"),
                    gettext("Required?"),
                    gettext("Allowed values"),
                    gettext("Notes on the column"),
                ],
                guide,
            ),
        ]
    )
    sheet = workbook.worksheets[0]
    for position, column in enumerate(columns, start=1):
        number_format = {"date": _DATE_FORMAT, "integer": _INTEGER_FORMAT}.get(column.kind)
        if number_format:
            for row in range(2, 1002):
                sheet.cell(row=row, column=position).number_format = number_format
    return _bytes(workbook)


def export_value(value: object, column: Column) -> object:
    """A stored value as its cell: choices by label, Có/Không, lists joined by "; "."""
    if isinstance(value, list | tuple | set | frozenset):
        return "; ".join(str(export_value(item, column)) for item in value)
    if value is None:
        return None
    if column.kind == "bool":
        return gettext("Yes") if value else gettext("No")
    if column.kind == "choice":
        return next((str(label) for choice, label in column.choices if choice == value), value)
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date | int | float | Decimal):
        return value
    return str(value)


def export_bytes(
    columns: Sequence[Column], rows: Iterable[Mapping[str, object]], *, title: str
) -> bytes:
    """``rows`` (each a mapping of column name to stored value) as a workbook laid out like
    :func:`template_bytes`, so an export can be edited and imported again."""
    table = ([export_value(row.get(column.name), column) for column in columns] for row in rows)
    workbook = _workbook([(title, [str(column.header) for column in columns], table)])
    return _bytes(workbook)


def _workbook(sheets) -> Workbook:
    workbook = Workbook()
    workbook.remove(workbook.active)
    taken: set[str] = set()
    bold = Font(bold=True)
    centred = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(wrap_text=True, vertical="top")
    for title, header, rows in sheets:
        worksheet = workbook.create_sheet(sheet_title(title, taken))
        worksheet.append([safe_cell(value) for value in header])
        for cell in worksheet[1]:
            cell.font = bold
            cell.alignment = centred
        worksheet.freeze_panes = "A2"
        number = 1
        for row in rows:
            number += 1
            for position, value in enumerate(row, start=1):
                cell = worksheet.cell(row=number, column=position, value=safe_cell(value))
                cell.alignment = wrap
                if isinstance(value, dt.datetime):
                    cell.number_format = "DD/MM/YYYY HH:MM"
                elif isinstance(value, dt.date):
                    cell.number_format = _DATE_FORMAT
                elif isinstance(value, int | Decimal) and not isinstance(value, bool):
                    cell.number_format = _INTEGER_FORMAT if value == int(value) else "#,##0.##"
        for position, text in enumerate(header, start=1):
            width = min(max(12, len(str(text)) + 4), 50)
            worksheet.column_dimensions[get_column_letter(position)].width = width
    return workbook


def _bytes(workbook: Workbook) -> bytes:
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
