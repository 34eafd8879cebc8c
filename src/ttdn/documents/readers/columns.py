"""Borderless two-column blocks of a text PDF, read column by column.

A formal document (Decree 30/2020/NĐ-CP, appendix I) opens with a table without borders:
the issuing body and the number on the left, the national motto and the place and date
on the right; it closes with another, the "Nơi nhận" list on the left and the signature
on the right. A PDF has no table there, only lines of words, and pdfplumber reads each
line across both columns ("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"). Such a
block is told by its gutter: lines parted by a gap much wider than a space, the gaps of
successive lines overlapping in one vertical strip that no word of the block crosses. A
line beside the block with text on one side only (the place and date under the motto)
belongs to it when it stands in that column the way the column's lines do: centred on
the same middle as they all are, or starting at the same left edge as they all do. Each block is read as a one-row
table of two cells, the left column then the right one, as the Word reader reads the
table it was made from. Two columns of a borderless table of more columns (lines of the
page with three or more parts starting where they start) are left to the running text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pdfplumber.utils.text import chars_to_textmap

from ttdn.documents.readers.lines import LIST_ITEM

# A list's number or bullet standing alone before its item's text ("1.", "a)", "II.", "-").
_MARKER_RE = re.compile(
    r"(?:[0-9]{1,3}(?:\.[0-9]{1,3})*\.?|[IVXLivxl]{1,6}\.|[a-zđ][.)]|[0-9]{1,3}\)|[-–•+*])"
)
GAP = 1.5  # line heights: a wider gap between two words parts two columns
SPLIT_LINES = 2  # lines with text on both sides that make a block
EDGE = 2.0  # points: columns starting this near start at the same edge
ALIGN = 0.8  # line heights: how near a line's middle or left edge is to its column's


@dataclass
class _Row:
    top: float
    bottom: float
    parts: list[list[dict]]  # the line's characters, cut at wide gaps

    @property
    def height(self) -> float:
        return self.bottom - self.top


@dataclass
class ColumnBlock:
    top: float
    bottom: float
    x0: float
    x1: float
    rows: list[list[str]]  # one row: the left column's text, the right one's
    lines: list[int]  # the indexes of the lines it takes


def _parts(raw: dict) -> list[list[dict]]:
    """The line's characters (spaces kept), cut where the gap before a character is wide."""
    wide = GAP * (raw["bottom"] - raw["top"])
    parts: list[list[dict]] = []
    end = None  # the right edge of the last visible character
    for char in sorted(raw["chars"], key=lambda c: c["x0"]):
        if char["text"].isspace():
            if parts:
                parts[-1].append(char)
            continue
        if end is None or char["x0"] - end > wide:
            parts.append([])
        parts[-1].append(char)
        end = max(end or 0.0, char["x1"])
    return parts


def _x0(part: list[dict]) -> float:
    return part[0]["x0"]


def _x1(part: list[dict]) -> float:
    return max(c["x1"] for c in part if not c["text"].isspace())


def _text(parts: list[list[dict]], chars: list[dict]) -> str:
    """The column's lines, a line that goes on in lower case or with a number ("V/v … năm" /
    "2025 …", "ngày 12 tháng 3" / "năm 2025") joined to the one above.
    ``chars``: the page's characters, the spaces among them (pdfplumber's lines lack them)."""
    out: list[str] = []
    for part in parts:
        x0, x1 = _x0(part), _x1(part)
        top, bottom = min(c["top"] for c in part), max(c["bottom"] for c in part)
        inside = [
            c
            for c in chars
            if x0 <= (c["x0"] + c["x1"]) / 2 <= x1 and top <= (c["top"] + c["bottom"]) / 2 <= bottom
        ]
        lines = chars_to_textmap(inside or part).extract_text_lines()
        text = " ".join(line["text"].strip() for line in lines).strip()
        if not text:
            continue
        if out and (text[:1].islower() or text[:1].isdigit()) and not LIST_ITEM.match(text):
            out[-1] += " " + text
        else:
            out.append(text)
    return "\n".join(out)


def column_blocks(raw_lines: list[dict], chars: list[dict]) -> list[ColumnBlock]:
    """The borderless two-column blocks among pdfplumber's lines (``extract_text_lines``);
    ``chars``: the characters of the page they come from."""
    rows = [_Row(r["top"], r["bottom"], _parts(r)) for r in raw_lines]
    blocks: list[ColumnBlock] = []
    used: set[int] = set()
    index = 0
    while index < len(rows):
        block = _block_from(rows, index, used, chars)
        if block is None:
            index += 1
            continue
        blocks.append(block)
        used.update(block.lines)
        index = max(block.lines) + 1
    return blocks


def _block_from(rows: list[_Row], start: int, used: set[int], chars) -> ColumnBlock | None:
    first = rows[start]
    if start in used or len(first.parts) != 2:
        return None
    gutter = (_x1(first.parts[0]), _x0(first.parts[1]))
    sides: dict[int, list[tuple[int, list[dict]]]] = {
        0: [(start, first.parts[0])],
        1: [(start, first.parts[1])],
    }
    taken, split = [start], 1
    spacing: list[float] = []  # between the block's lines
    for index in range(start + 1, len(rows)):
        row = rows[index]
        if index in used or not _near(rows[taken[-1]], row, spacing, len(row.parts) == 2):
            break
        spacing.append(row.top - rows[taken[-1]].bottom)
        if len(row.parts) == 2:
            low = max(gutter[0], _x1(row.parts[0]))
            high = min(gutter[1], _x0(row.parts[1]))
            if high - low < GAP * row.height:
                break
            gutter = (low, high)
            sides[0].append((index, row.parts[0]))
            sides[1].append((index, row.parts[1]))
            split += 1
        else:
            placed = _side(row, gutter, sides)
            if placed is None:
                break
            side, gutter = placed
            sides[side].append((index, row.parts[0]))
        taken.append(index)
    if split < SPLIT_LINES:
        return None
    for index in range(start - 1, -1, -1):  # one side's lines above the first split line
        row = rows[index]
        if index in used or len(row.parts) != 1 or not _near(row, rows[taken[0]], spacing):
            break
        placed = _side(row, gutter, sides)
        if placed is None:
            break
        side, gutter = placed
        sides[side].insert(0, (index, row.parts[0]))
        taken.insert(0, index)
    parts = [[part for _i, part in sorted(sides[s], key=lambda p: p[0])] for s in (0, 1)]
    if all(_MARKER_RE.fullmatch("".join(c["text"] for c in part).strip()) for part in parts[0]):
        return None  # list numbers hanging before their items ("1.", "a)"): one column
    edges = [min(_x0(p) for p in side) for side in parts]
    if any(_in_grid(edges, row) for row in rows):
        return None
    return ColumnBlock(
        top=min(rows[i].top for i in taken),
        bottom=max(rows[i].bottom for i in taken),
        x0=min(_x0(p) for side in parts for p in side),
        x1=max(_x1(p) for side in parts for p in side),
        rows=[[_text(parts[0], chars), _text(parts[1], chars)]],
        lines=taken,
    )


def _in_grid(edges: list[float], row: _Row) -> bool:
    """Both columns start where columns of a line of three or more start: two columns of
    a borderless table of more (an annex's task and its agencies), not a block of two."""
    return len(row.parts) >= 3 and all(
        any(abs(_x0(part) - edge) <= EDGE for part in row.parts) for edge in edges
    )


def _near(above: _Row, below: _Row, spacing: list[float], split: bool = False) -> bool:
    """No more than about a blank line between them; a line with text on one side only
    no further than the block's lines are from each other (a title under a header)."""
    gap = below.top - above.bottom if below.top >= above.top else above.top - below.bottom
    height = max(above.height, below.height)
    if split or not spacing:
        return gap <= 2 * height
    return gap <= max(spacing) + height / 2


def _side(row: _Row, gutter: tuple[float, float], sides) -> tuple[int, tuple] | None:
    """The column a line with text on one side only stands in and the gutter beside it,
    or None: it crosses the gutter, or is not set like that column's lines (a title
    centred on the page). It may reach into the gutter (the widest line of its column),
    leaving it as wide as the gap that parts two columns."""
    if len(row.parts) != 1:
        return None
    part = row.parts[0]
    x0, x1 = _x0(part), _x1(part)
    wide = GAP * row.height
    if x0 < gutter[0] and x1 <= gutter[1] - wide:
        side, gutter = 0, (max(gutter[0], x1), gutter[1])
    elif x1 > gutter[1] and x0 >= gutter[0] + wide:
        side, gutter = 1, (gutter[0], min(gutter[1], x0))
    else:
        return None
    near = ALIGN * row.height
    lefts = [_x0(other) for _index, other in sides[side]]
    middles = [(_x0(other) + _x1(other)) / 2 for _index, other in sides[side]]
    for edges, edge in ((lefts, x0), (middles, (x0 + x1) / 2)):
        # the column is set this way (its lines agree) and so is the line
        if max(edges) - min(edges) <= near and abs(edges[0] - edge) <= near:
            return side, gutter
    return None
