"""Tasks from an annex table: STT | nhiệm vụ | chủ trì | phối hợp | thời gian.

The table comes either as real rows (Word, spreadsheet, PDF tables) or flattened into
text by a web page or a copy-paste: every cell opens with a tab, multi-line cells keep
their line breaks, and empty cells (an unnumbered row's STT) simply vanish. Both are
turned into :class:`Row` objects and read the same way.

One row may hold several tasks as bullets; its lead, coordinating and timeframe cells
then list their values in the same bullet order. When the counts differ, the last values
go with the last tasks and the first value covers the rest (a common layout: one general
line first, specific ones after); such readings get a low confidence for review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ttdn.core.text import fold_words, squash
from ttdn.documents.source import Cell, SourceDocument, Table
from ttdn.importer.extract.common import strip_span
from ttdn.importer.result import ExtractedTask
from ttdn.plans.timeframe import parse_timeframe

COLUMNS = ("stt", "task", "lead", "coord", "time")
# A cell read by OCR whose words the OCR was less sure of than this (0–1) is kept as read
# and its task flagged "Check this" (importer.result.LOW_CONFIDENCE), never emptied.
LOW_CELL_CONFIDENCE = 0.75
FLAGGED = 0.5

_HEADER_WORDS = {
    "stt": re.compile(r"^(?:stt|tt|so tt|so thu tu)$"),
    "lead": re.compile(
        r"chu tri|don vi thuc hien|co quan thuc hien|don vi thuc hien chinh|chiu trach nhiem"
    ),
    "coord": re.compile(r"phoi hop"),
    "time": re.compile(r"thoi gian|thoi han|tien do|thoi diem"),
    "task": re.compile(r"nhiem vu|noi dung|cong viec|hoat dong|ten"),
}
_ROW_NUMBER_RE = re.compile(r"^\s*(\d{1,3}(?:\.\d{1,2})?|[IVX]{1,5}|[A-Z])\s*\.?\s*$")
# "~": a dash glued to the bullet's first letter ("-Triển lãm") as OCR reads it on a scan.
_ITEM_RE = re.compile(r"^[ \t]*(?:[-–—+•·*▪●○◦~]+|[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*[.)])[ \t]*")
_TIME_HINT_RE = re.compile(
    r"\b(?:quy|thang|nam|ca nam|thuong xuyen|hang|dinh ky|dot xuat|truoc ngay|tu ngay|"
    r"giai doan|lien tuc|theo yeu cau|6 thang|sau thang|tuan)\b"
)


@dataclass
class Row:
    cells: dict[str, Cell] = field(default_factory=dict)
    number: str | None = None  # STT as written
    group_label: str | None = None  # a group header row ("I. Công tác tuyên truyền")


@dataclass
class Item:
    """One bullet of a cell, with its offsets in the document text."""

    text: str
    start: int
    end: int


def header_columns(cells: list[str]) -> dict[str, int] | None:
    """Map column kinds to positions, if these cells are an annex header row."""
    return _header_of_folded([fold_words(raw) for raw in cells])


def _header_of_folded(folded: list[str]) -> dict[str, int] | None:
    """:func:`header_columns` of cells already folded (``fold_words``)."""
    found: dict[str, int] = {}
    for position, words in enumerate(folded):
        if not words:
            continue
        for kind in ("stt", "lead", "coord", "time", "task"):
            if kind not in found and _HEADER_WORDS[kind].search(words):
                found[kind] = position
                break
    if "task" in found and ("lead" in found or "time" in found) and len(found) >= 3:
        return found
    return None


# ---------------------------------------------------------------------------------------
# Rows from real tables
# ---------------------------------------------------------------------------------------


def rows_from_tables(doc: SourceDocument) -> list[Row]:
    return [row for table in doc.tables for row in _rows_of_table(table)]


def outside_annex_tables(tasks: list[ExtractedTask], doc: SourceDocument) -> list[ExtractedTask]:
    """The tasks found in running text that do not lie in an annex table: an annex with a
    header and no task rows (a blank form, a scan whose rows were all empty) gives no
    task, rather than its header row read as a sentence ("STT Tên nhiệm vụ …")."""
    spans = [
        (table.start, table.end)
        for table in doc.tables
        if any(header_columns(texts) for texts in table.texts())
    ]
    if not spans:
        return tasks
    return [t for t in tasks if not any(s <= (t.start or -1) < e for s, e in spans)]


def _group_label(row: Row, texts: list[str]) -> str | None:
    """The title of a group header row: one text across the row ("I | Công tác tuyên
    truyền …" spanning it), or a Roman/letter number with no agency or timeframe."""
    number = row.number or ""
    task = row.cells.get("task")
    spans_row = len({squash(t) for t in texts if t.strip()}) == 1 and len(texts) > 2
    numbered_title = bool(re.fullmatch(r"[IVX]{1,5}|[A-Z]", number)) and not any(
        row.cells.get(k) and row.cells[k].text.strip() for k in ("lead", "coord", "time")
    )
    if not (spans_row or numbered_title):
        return None
    return squash(task.text if task and task.text.strip() else texts[-1])


def _rows_of_table(table: Table) -> list[Row]:
    rows: list[Row] = []
    columns: dict[str, int] | None = None  # each table has its own header
    for raw in table.rows:
        texts = [c.text for c in raw]
        header = header_columns(texts)
        if header:
            columns = header
            continue
        if columns is None or not any(t.strip() for t in texts):
            continue
        sub = _sub_header(texts)
        if sub:
            # A two-row header: "Cơ quan thực hiện" over "Chủ trì | Phối hợp".
            columns.update(sub)
            continue
        if all(re.fullmatch(r"\s*\(?\d{1,2}\)?\s*", t) for t in texts if t.strip()):
            continue  # the "(1) (2) (3) …" numbering row under some headers
        row = Row(cells={k: raw[p] for k, p in columns.items() if p < len(raw)})
        row.number = squash(row.cells["stt"].text) or None if "stt" in row.cells else None
        row.group_label = _group_label(row, texts)
        rows.append(row)
    return rows


def _sub_header(texts: list[str]) -> dict[str, int]:
    """The second row of a two-row header: only the words chủ trì / phối hợp / thời gian."""
    found: dict[str, int] = {}
    for position, raw in enumerate(texts):
        words = fold_words(raw)
        if not words:
            continue
        if len(words.split()) > 5:
            return {}
        for kind in ("lead", "coord", "time"):
            if _HEADER_WORDS[kind].search(words):
                found[kind] = position
                break
        else:
            return {}
    return found if "lead" in found or "coord" in found else {}


# ---------------------------------------------------------------------------------------
# Rows from text where the table was flattened
# ---------------------------------------------------------------------------------------


def rows_from_text(text: str, start: int) -> list[Row]:
    """Rows of a table flattened into text: one row per line with tab-separated cells (a
    table copied from Word or a spreadsheet), or one cell per tab-opened line (a web
    page's table as text)."""
    return _rows_one_per_line(text, start) or _rows_cell_per_line(text, start)


def _rows_one_per_line(text: str, start: int) -> list[Row]:
    lines = []
    pos = start
    for line in text[start:].split("\n"):
        lines.append((line, pos))
        pos += len(line) + 1
    header_at = None
    for index, (line, _pos) in enumerate(lines):
        if line.count("\t") >= 2 and header_columns(line.split("\t")):
            header_at = index
            break
    if header_at is None:
        return []
    header_line, header_pos = lines[header_at]
    width = header_line.count("\t") + 1
    table = Table(rows=[_tab_cells(text, header_pos, header_pos + len(header_line))])
    for line, line_pos in lines[header_at + 1 :]:
        if line.count("\t") >= max(1, width - 3):
            table.rows.append(_tab_cells(text, line_pos, line_pos + len(line)))
        elif len(table.rows) > 1 and line.strip():
            # A line without tabs continues the last cell of the row above.
            last = table.rows[-1][-1]
            _s, e = strip_span(text, line_pos, line_pos + len(line))
            table.rows[-1][-1] = Cell(text=text[last.start : e], start=last.start, end=e)
    return _rows_of_table(table) if len(table.rows) > 1 else []


def _rows_cell_per_line(text: str, start: int) -> list[Row]:
    cells = _tab_cells(text, start)
    if len(cells) < 3:
        # A header names three kinds of column in three cells (``_header_of_folded``): a
        # text with fewer tabs (prose) is not folded whole to learn that it has none.
        return []
    folded = [fold_words(c.text) for c in cells]  # each cell once, not in each of 8 windows
    columns, first = None, 0
    for index in range(len(cells)):
        found = _header_of_folded(folded[index : index + 8])
        if found:
            columns = {kind: pos for kind, pos in found.items()}
            first = index + max(found.values()) + 1
            break
    if columns is None:
        return []
    order = sorted(columns, key=columns.get)
    rows: list[Row] = []
    current: list[Cell] = []

    def close(cells_of_row: list[Cell]) -> None:
        if not cells_of_row:
            return
        row = Row()
        if _ROW_NUMBER_RE.match(cells_of_row[0].text):
            row.number = squash(cells_of_row[0].text)
            if len(cells_of_row) == 2 and not re.fullmatch(r"\d+(?:\.\d+)?", row.number):
                row.group_label = squash(cells_of_row[1].text)
                rows.append(row)
                return
            cells_of_row = cells_of_row[1:]
        kinds = [k for k in order if k != "stt"]
        # Right-align: trailing columns (timeframe) are the ones that close a row.
        for kind, cell in zip(kinds[len(kinds) - len(cells_of_row) :], cells_of_row, strict=False):
            row.cells[kind] = cell
        if len(cells_of_row) > len(kinds):
            row.cells = dict(zip(kinds, cells_of_row, strict=False))
        rows.append(row)

    closes_row = order[-1]
    for cell in cells[first:]:
        if not cell.text.strip():
            continue
        if _ROW_NUMBER_RE.match(cell.text) and current:
            if len(current) <= 2 and _ROW_NUMBER_RE.match(current[0].text):
                close(current)  # a group header row: number + title only
            elif len(current) >= 3:
                close(current)
            current = []
        current.append(cell)
        if closes_row == "time" and _is_timeframe_cell(cell.text) and len(current) >= 3:
            close(current)
            current = []
    if len(current) >= 3:
        close(current)
    return rows


def _tab_cells(text: str, start: int, end: int | None = None) -> list[Cell]:
    """The tab-separated cells of ``text[start:end]``, each trimmed, with its offsets."""
    cells: list[Cell] = []
    pos = start
    for piece in text[start:end].split("\t"):
        s, e = strip_span(text, pos, pos + len(piece))
        cells.append(Cell(text=text[s:e], start=s, end=e))
        pos += len(piece) + 1
    return cells


def _is_timeframe_cell(raw: str) -> bool:
    items = [squash(i.text) for i in split_items(raw, 0)]
    if not items:
        return False
    for item in items:
        if len(item) > 80:
            return False
        if not parse_timeframe(
            item, from_year=2000, to_year=2000
        ).recognised and not _TIME_HINT_RE.search(fold_words(item)):
            return False
    return True


# ---------------------------------------------------------------------------------------
# Items of a cell
# ---------------------------------------------------------------------------------------


def split_items(raw: str, offset: int) -> list[Item]:
    """The bullets of a cell; a cell without bullets is one item. Continuation lines join
    the bullet above; an unbulleted first line is an item of its own."""
    items: list[list[int]] = []
    pos = 0
    for line in raw.split("\n"):
        line_start, line_end = pos, pos + len(line)
        pos = line_end + 1
        if not line.strip():
            continue
        marker = _ITEM_RE.match(line)
        if marker and line[marker.end() :].strip():
            items.append([line_start + marker.end(), line_end])
        elif marker:
            continue
        elif items:
            items[-1][1] = line_end
        else:
            items.append([line_start, line_end])
    out = []
    for s, e in items:
        s, e = strip_span(raw, s, e)
        if s < e:
            out.append(Item(squash(raw[s:e]), offset + s, offset + e))
    return out


def align(values: list, count: int) -> tuple[list, float]:
    """Spread ``values`` over ``count`` tasks; returns one value (list) per task."""
    if count == 0:
        return [], 1.0
    if not values:
        return [[] for _ in range(count)], 1.0
    if len(values) == count:
        return [[v] for v in values], 0.95
    if len(values) == 1:
        return [[values[0]] for _ in range(count)], 0.9
    if len(values) < count:
        spread = count - len(values) + 1
        out = [[values[0]] for _ in range(spread)] + [[v] for v in values[1:]]
        return out, 0.6
    # More values than tasks: each task takes one, the last takes the rest.
    out = [[v] for v in values[: count - 1]] + [list(values[count - 1 :])]
    return out, 0.6


def _poorly_read(cell: Cell) -> bool:
    """A cell the OCR read with little confidence (see :class:`~ttdn.documents.source.Cell`)."""
    return cell.confidence is not None and cell.confidence < LOW_CELL_CONFIDENCE


def _names(resolver, text: str, values: list[Item], ocr: bool) -> tuple[list, bool]:
    """The agencies named in a lead or coordinating cell's ``values``, and whether a name
    is left that OCR may have misread: a cell read by OCR has its misread marks set right
    against the known names (``Resolver.read_mentions``)."""
    found, doubtful = [], False
    for value in values:
        if not ocr:
            found.extend(resolver.mentions(text[value.start : value.end], value.start))
            continue
        mentions, unsure = resolver.read_mentions(text[value.start : value.end], value.start)
        found.extend(mentions)
        doubtful = doubtful or bool(unsure)
    return found, doubtful


def tasks_from_rows(
    rows: list[Row], text: str, resolver, schedule, classify
) -> list[ExtractedTask]:
    """Turn annex rows into tasks. ``schedule(as_written, start, end)`` reads a timeframe,
    ``classify(text, group_label)`` gives the task group."""
    tasks: list[ExtractedTask] = []
    group_label = None
    previous: dict[str, list[Item]] = {}
    unsure_above: set[str] = set()  # merged cells whose text the OCR read poorly
    ocr_above: set[str] = set()  # merged cells read by OCR
    last_number = 0
    for row in rows:
        if row.group_label:
            group_label = row.group_label
            continue
        task_cell = row.cells.get("task")
        if task_cell is None or not task_cell.text.strip():
            continue
        number, as_written = row.number, bool(row.number)
        if number and number.isdigit():
            last_number = int(number)
        elif not number:
            last_number += 1
            number = f"{last_number:02d}"
        items = split_items(task_cell.text, task_cell.start)
        per_kind: dict[str, list[list[Item]]] = {}
        confidence = 0.95
        unsure: set[str] = {"task"} if _poorly_read(task_cell) else set()
        read_by_ocr: set[str] = set()  # the kinds whose cell OCR read
        for kind in ("lead", "coord", "time"):
            cell = row.cells.get(kind)
            if cell is not None and cell.continues:
                values = previous.get(kind, [])  # a merged cell: same as the row above
                if kind in unsure_above:
                    unsure.add(kind)
                if kind in ocr_above:
                    read_by_ocr.add(kind)
            elif cell is None or not cell.text.strip():
                values = []
            else:
                values = split_items(cell.text, cell.start)
                previous[kind] = values
                unsure_above.discard(kind)
                ocr_above.discard(kind)
                if cell.confidence is not None:
                    read_by_ocr.add(kind)
                    ocr_above.add(kind)
                if _poorly_read(cell):
                    unsure.add(kind)
                    unsure_above.add(kind)
            spread, sure = align(values, len(items))
            per_kind[kind] = spread
            confidence = min(confidence, sure)
        if unsure:
            confidence = min(confidence, FLAGGED)
        for index, item in enumerate(items):
            named = {
                kind: _names(resolver, text, per_kind[kind][index], kind in read_by_ocr)
                for kind in ("lead", "coord")
            }
            (leads, _), (coordinating, _) = named["lead"], named["coord"]
            # kinds whose cell names a body OCR may have misread
            doubtful = {kind for kind, (_found, unsure) in named.items() if unsure}
            times = per_kind["time"][index]
            timeframe = None
            if times:
                wording = ", ".join(t.text for t in times)
                timeframe = schedule(wording, times[0].start, times[-1].end)
                if "time" in unsure:
                    timeframe.confidence = min(timeframe.confidence, FLAGGED)
            for kind, found in (("lead", leads), ("coord", coordinating)):
                if kind in unsure or kind in doubtful:
                    for mention in found:
                        mention.confidence = min(mention.confidence or 1.0, FLAGGED)
            tasks.append(
                ExtractedTask(
                    text=item.text,
                    group=classify(item.text, group_label),
                    lead=leads,
                    coordinating=coordinating,
                    timeframe=timeframe,
                    row=number,
                    source="annex",
                    start=item.start,
                    end=item.end,
                    confidence=min(
                        confidence if as_written else min(confidence, 0.85),
                        FLAGGED if doubtful else 1.0,
                    ),
                )
            )
    return tasks
