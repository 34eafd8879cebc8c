"""The ruled table of a scanned page: its cells found from the rules, read cell by cell.

An annex is a ruled table whose cells hold several lines (bullets) and whose first
columns span rows. Tesseract reading the page as lines runs neighbouring cells into each
other. Here the table's rules are found with OpenCV (a morphological opening keeps only
long horizontal and vertical strokes, so text and scanner noise drop out), the cells are
the white areas the rules enclose, and each cell is read on its own (:mod:`.ocr`). A cell
that spans several rows is given to its first row; the rows below it get ``None`` there
("continues", as a Word vertical merge).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

# A ruled box is an annex table when it is at least this wide a share of the page and
# this tall (pixels at 300 dpi: a header and one row). It used to be a share of the
# page's area (8 %), which missed the last page of an annex holding a row or two under
# the repeated header: that page was read as running text, its rows lost (measured on a
# multi-page TIFF, documents/tests/test_scanned_table.py).
MIN_TABLE_WIDTH = 0.4
MIN_TABLE_HEIGHT = 120
MIN_CELL = 12  # pixels, each side
MIN_CELL_FILL = 0.75  # of its bounding box a cell's white area fills (a wedge: half)
# Pixels at 300 dpi: a longer break in a rule is meant. Across, 5 mm (the narrowest
# column, a row number's, is about 1.2 cm); up and down, between a rule's end and the
# rule it meets, 2 mm: a row of one line of text is about 55 px tall, and joining over
# 61 px there filled such header rows whole (measured on the real 2018 annex: tasks F1
# 0.98 → 0.58).
RULE_GAP = 61
ROW_GAP = 25


@dataclass
class Box:
    x: int
    y: int
    w: int
    h: int

    @property
    def right(self) -> int:
        return self.x + self.w

    @property
    def bottom(self) -> int:
        return self.y + self.h

    def holds(self, cx: float, cy: float) -> bool:
        return self.x <= cx < self.right and self.y <= cy < self.bottom


def find_cells(grey: np.ndarray) -> tuple[Box, list[Box]] | None:
    """The table's bounding box and its cells, or None when the page has no ruled table."""
    height, width = grey.shape
    ink = cv2.adaptiveThreshold(
        grey, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, 31, 15
    )
    horizontal = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(25, width // 30), 1))
    )
    vertical = cv2.morphologyEx(
        ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(25, height // 50)))
    )

    # A rule of a faint copy is broken every few centimetres: the pieces the opening kept
    # are joined, to each other and to the rule they meet, over gaps up to RULE_GAP pixels
    # (never across a merged cell, whose missing rule is a cell wide, nor a row). Without it such a
    # table was not found at all (documents/tests/test_deskew_grid.py).
    def close(mask, kernel):
        return cv2.morphologyEx(
            mask, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, kernel)
        )

    # Across, over RULE_GAP (columns are wider); up and down over ROW_GAP only (a row of
    # one line, a group heading across the table, is barely taller).
    rules = close(close(horizontal | vertical, (RULE_GAP, 1)), (1, ROW_GAP))
    rules = cv2.dilate(rules, np.ones((3, 3), np.uint8), iterations=1)
    contours, _h = cv2.findContours(rules, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    if not contours:
        return None
    x, y, w, h = cv2.boundingRect(max(contours, key=cv2.contourArea))
    # The table's top and bottom are its outermost rules across it: a stroke hanging out
    # of the table (a stamp's ring over its edge, whose sides the opening keeps as short
    # rules) is no part of it. Left, it made a strip of cells under the table's last row,
    # cut where the ring crossed it, and so columns of their own (measured on the worn
    # scans: the grouped annex's last page read as 7 columns, not joined to the table).
    x, y, w, h = _across_rules(close(horizontal, (RULE_GAP, 1)), x, y, w, h)
    if w < MIN_TABLE_WIDTH * width or h < MIN_TABLE_HEIGHT:
        return None
    # The table's border is drawn along its bounding box: a border broken near a corner
    # (or a table open at its sides) no longer lets the cells along it run out of it.
    cv2.rectangle(rules, (x, y), (x + w - 1, y + h - 1), 255, thickness=3)
    inside = 255 - rules[y : y + h, x : x + w]
    count, _labels, stats, _c = cv2.connectedComponentsWithStats(inside, connectivity=4)
    cells = []
    for index in range(1, count):
        cx, cy, cw, ch, area = stats[index]
        touches_edge = cx == 0 or cy == 0 or cx + cw >= w or cy + ch >= h
        # A cell is a rectangle; the wedges between a slightly turned table's border and
        # its bounding box (a page turned less than deskew.MIN_ANGLE) are triangles.
        square = area >= MIN_CELL_FILL * cw * ch
        if cw >= MIN_CELL and ch >= MIN_CELL and not touches_edge and square:
            cells.append(Box(int(x + cx), int(y + cy), int(cw), int(ch)))
    cells = _without_stray_splits(cells)
    if len(cells) < 4:
        return None
    return Box(x, y, w, h), cells


def _across_rules(horizontal: np.ndarray, x: int, y: int, w: int, h: int):
    """The box ``x, y, w, h`` from its top rule to its bottom rule: the first and last
    pixel rows of ``horizontal`` (the rules across) ruled over a quarter of its width at
    least (a rule a faint copy broke still is; the pieces of a ring's top or bottom, a few
    centimetres, are not). Unchanged when no row is (a table with no rule across it). A
    table whose top or bottom rule the scan lost over three quarters of its width loses
    the row beyond it."""
    # A rule of a page left turned (under deskew.MIN_ANGLE) runs over several pixel rows:
    # each row counts what lies within ROW_GAP / 2 of it.
    band = cv2.dilate(horizontal[y : y + h, x : x + w], np.ones((ROW_GAP, 1), np.uint8))
    ruled = np.flatnonzero(np.count_nonzero(band, axis=1) >= w // 4)
    if ruled.size == 0:
        return x, y, w, h
    return x, y + int(ruled[0]), w, int(ruled[-1] - ruled[0]) + 1


# Pixels at 300 dpi: two cells' edges this close lie on one rule (its thickness, and a
# page left turned under deskew.MIN_ANGLE moves a rule a few pixels from row to row).
ALIGNED = 15
# Pixels at 300 dpi: two cells side by side are parted by one stroke at most this wide
# (a stamp's outer and inner rings, joined across as a broken rule is).
STROKE = RULE_GAP + 20


def _without_stray_splits(cells: list[Box]) -> list[Box]:
    """``cells``, two cells side by side in one row made one again where the stroke
    between them lines up with no other cell's edge while other rows run across it.

    A column's rule runs down the table; a curved stroke (a stamp's ring, a signature)
    that the opening keeps in pieces crosses a row of one line (a group heading, a
    header) from rule to rule and cut it in two, giving the page a column no other row
    has: the page's table then had more columns than the one it continues and was not
    joined to it (measured on the worn scans: the grouped annex lost 37 of its 40 tasks).
    """
    cells = list(cells)
    merged = True
    while merged:
        merged = False
        for left in cells:
            for right in cells:
                if right is left or not 0 <= right.x - left.right <= STROKE:
                    continue
                if abs(right.y - left.y) > ALIGNED or abs(right.bottom - left.bottom) > ALIGNED:
                    continue
                between = (left.right + right.x) / 2
                others = [c for c in cells if c is not left and c is not right]
                lined_up = any(
                    abs(c.right - left.right) <= ALIGNED or abs(c.x - right.x) <= ALIGNED
                    for c in others
                )
                crossed = any(c.x + ALIGNED < between < c.right - ALIGNED for c in others)
                if lined_up or not crossed:
                    continue
                top, bottom = min(left.y, right.y), max(left.bottom, right.bottom)
                cells[cells.index(left)] = Box(left.x, top, right.right - left.x, bottom - top)
                cells.remove(right)
                merged = True
                break
            if merged:
                break
    return cells


def _cluster(values: list[int], tolerance: int) -> list[int]:
    """Representative positions of values that lie within ``tolerance`` of each other."""
    found: list[int] = []
    for value in sorted(values):
        if not found or value - found[-1] > tolerance:
            found.append(value)
    return found


def table_rows(cells: list[Box], texts: dict[int, str]) -> list[list[str | None]]:
    """Rows of cell texts; ``texts`` maps a cell's index in ``cells`` to its text."""
    # Cells of one row start within a few pixels of each other (more on a page turned a
    # little and left so): half the smallest cell is tight enough to keep two rows apart.
    # (A share of the median cell merged the header row with the row below it when the
    # rows were tall, as an annex's are: measured on the real 2018 annex.)
    tolerance = max(6, min(min(c.h for c in cells), min(c.w for c in cells)) // 2) if cells else 6
    lefts = _cluster([c.x for c in cells], tolerance)
    tops = _cluster([c.y for c in cells], tolerance)

    def column(box: Box) -> int:
        return min(range(len(lefts)), key=lambda i: abs(lefts[i] - box.x))

    def row(box: Box) -> int:
        return min(range(len(tops)), key=lambda i: abs(tops[i] - box.y))

    grid: list[list[str | None]] = [["" for _ in lefts] for _ in tops]
    for index, box in enumerate(cells):
        r, c = row(box), column(box)
        grid[r][c] = texts.get(index, "")
        for below in range(r + 1, len(tops)):  # a cell spanning rows: the rows below continue it
            if tops[below] < box.bottom - tolerance:
                grid[below][c] = None
        for right in range(c + 1, len(lefts)):  # a cell spanning columns keeps them empty
            if lefts[right] < box.right - tolerance and grid[r][right] == "":
                grid[r][right] = ""
    return [r for r in grid if any(cell for cell in r)]
