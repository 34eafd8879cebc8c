"""Straightening a turned page and finding a ruled table's cells (no OCR needed)."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw

from ttdn.documents.readers.deskew import MIN_ANGLE, skew_angle, straighten
from ttdn.documents.readers.grid import find_cells, table_rows


def _text_page() -> Image.Image:
    page = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(page)
    for row in range(30):
        for word in range(9):
            draw.rectangle(
                (100 + word * 115, 120 + row * 48, 100 + word * 115 + 90, 120 + row * 48 + 14), 0
            )
    return page


@pytest.mark.parametrize("turned", [0.7, -1.2, 2.0])
def test_a_turned_page_is_measured_and_straightened(turned):
    page = _text_page().rotate(turned, resample=Image.BILINEAR, fillcolor=255)
    assert skew_angle(page) == pytest.approx(-turned, abs=0.1)
    level, angle = straighten(page)
    assert angle == pytest.approx(-turned, abs=0.1)
    assert abs(skew_angle(level)) < MIN_ANGLE


def test_a_level_or_blank_page_is_left_as_it_is():
    page = _text_page()
    assert straighten(page) == (page, 0.0)
    blank = Image.new("L", (800, 1000), 255)
    assert straighten(blank) == (blank, 0.0)


def test_a_ruled_table_gives_its_cells_and_a_cell_spanning_two_rows_continues():
    page = Image.new("L", (1200, 900), 255)
    draw = ImageDraw.Draw(page)
    left, top, right, bottom = 100, 100, 1100, 700
    draw.rectangle((left, top, right, bottom), outline=0, width=3)
    for y in (250, 400, 550):
        draw.line((left, y, right, y), fill=0, width=3)
    for x in (300, 700):
        draw.line((x, top, x, bottom), fill=0, width=3)
    # The first column's cell covers the second and third rows: no rule between them there.
    draw.rectangle((left + 3, 397, 297, 403), fill=255)
    found = find_cells(np.asarray(page))
    assert found is not None
    table, cells = found
    assert (table.x, table.y) == pytest.approx((left, top), abs=4)
    assert len(cells) == 11  # 4 rows × 3 columns, one cell spanning two rows
    texts = {i: f"{c.x // 100}-{c.y // 100}" for i, c in enumerate(cells)}
    rows = table_rows(cells, texts)
    assert len(rows) == 4
    spanning = [row[0] for row in rows]
    assert spanning[1] is not None and spanning[2] is None  # continues the cell above


def test_a_page_without_a_table_has_no_cells():
    assert find_cells(np.asarray(_text_page())) is None


def test_a_table_whose_rules_a_faint_copy_broke_is_found_with_every_cell():
    page = Image.new("L", (2400, 1700), 255)
    draw = ImageDraw.Draw(page)
    left, top, right, bottom = 150, 150, 2250, 1350
    rows, columns = (top, 400, 650, 900, 1150, bottom), (left, 400, 1300, 1800, right)
    draw.rectangle((left, top, right, bottom), outline=0, width=4)
    for y in rows[1:-1]:
        draw.line((left, y, right, y), fill=0, width=4)
    for x in columns[1:-1]:
        draw.line((x, top, x, bottom), fill=0, width=4)
    # The first column's cell spans the second and third rows (its rule is not drawn).
    draw.rectangle((left + 4, 646, 396, 654), fill=255)
    rng = np.random.default_rng(1)
    for y in rows:  # breaks of 6–14 pixels every 150–300 pixels along every rule
        x = left + int(rng.integers(20, 150))
        while x < right:
            draw.rectangle((x, y - 4, x + int(rng.integers(6, 15)), y + 4), fill=255)
            x += int(rng.integers(150, 300))
    for x in columns:
        y = top + int(rng.integers(20, 150))
        while y < bottom:
            draw.rectangle((x - 4, y, x + 4, y + int(rng.integers(6, 15))), fill=255)
            y += int(rng.integers(150, 300))
    found = find_cells(np.asarray(page))
    assert found is not None
    _table, cells = found
    assert len(cells) == 19  # 5 rows × 4 columns, one cell spanning two rows
    rows_read = table_rows(cells, {i: "x" for i in range(len(cells))})
    assert len(rows_read) == 5 and rows_read[2][0] is None


def test_a_table_turned_less_than_straightening_gives_no_wedge_cells():
    page = Image.new("L", (2400, 1700), 255)
    draw = ImageDraw.Draw(page)
    draw.rectangle((150, 150, 2250, 1350), outline=0, width=4)
    for y in (400, 650, 900, 1150):
        draw.line((150, y, 2250, y), fill=0, width=4)
    for x in (400, 1300, 1800):
        draw.line((x, 150, x, 1350), fill=0, width=4)
    turned = page.rotate(0.4, resample=Image.BILINEAR, fillcolor=255)  # under MIN_ANGLE
    _table, cells = find_cells(np.asarray(turned))
    assert len(cells) == 20
    assert len(table_rows(cells, {i: "x" for i in range(len(cells))})) == 5


def test_a_header_row_of_one_line_stays_a_row_of_its_own():
    # At 300 dpi a row holding one line of 11-point text is about 55 pixels tall.
    page = Image.new("L", (3508, 2480), 255)
    draw = ImageDraw.Draw(page)
    rows = (400, 455, 510, 900, 1300)
    draw.rectangle((150, rows[0], 3350, rows[-1]), outline=0, width=4)
    for y in rows[1:-1]:
        draw.line((150, y, 3350, y), fill=0, width=4)
    for x in (330, 1500, 2300, 2900):
        draw.line((x, rows[0], x, rows[-1]), fill=0, width=4)
    _table, cells = find_cells(np.asarray(page))
    assert len(cells) == 4 * 5
    assert len(table_rows(cells, {i: "x" for i in range(len(cells))})) == 4


def _worn(page: Image.Image, shade: int = 60, blur: float = 0) -> Image.Image:
    """``page`` as a worn scan: light falling off towards a corner (``shade`` grey levels
    darker there), noise (smoothed by ``blur``, as a 150-dpi scan's once drawn at 300
    dpi), JPEG of quality 60 (as benchmarks/importer.py's "worn" level)."""
    import io

    from PIL import ImageFilter

    rng = np.random.default_rng(3)
    pixels = np.asarray(page, dtype=np.float32) + rng.normal(0, 8, (page.height, page.width))
    ys = np.linspace(0, 1, page.height)[:, None]
    xs = np.linspace(0, 1, page.width)[None, :]
    pixels -= shade * (0.6 * xs + 0.4 * ys) ** 2
    worn = Image.fromarray(np.clip(pixels, 0, 255).astype("uint8"))
    if blur:
        worn = worn.filter(ImageFilter.GaussianBlur(blur))
    stored = io.BytesIO()
    worn.save(stored, "JPEG", quality=60)
    return Image.open(stored).convert("L")


def _stamp(draw: ImageDraw.ImageDraw, cx: int, cy: int) -> None:
    """A round stamp 35 mm across at 300 dpi, grey: a ring, an inner ring and a star."""
    r = 206
    draw.ellipse((cx - r, cy - r, cx + r, cy + r), outline=120, width=6)
    draw.ellipse((cx - r + 52, cy - r + 52, cx + r - 52, cy + r - 52), outline=120, width=4)
    draw.regular_polygon((cx, cy - 70, 34), 5, fill=120)


COLUMNS = (160, 790, 1420, 2050, 2680, 3310)  # an annex's five columns, 300 dpi


def _grouped_table(stamps: list[tuple[int, int]]) -> Image.Image:
    """An A4 landscape page at 300 dpi: a header, a group heading of one line across the
    table, three task rows whose lead cell (the third column) is merged down them."""
    page = Image.new("L", (3508, 2480), 255)
    draw = ImageDraw.Draw(page)
    top, header, heading, bottom = 180, 330, 385, 1700
    left, right = COLUMNS[0], COLUMNS[-1]
    draw.rectangle((left, top, right, bottom), outline=0, width=4)
    for y in (header, heading, 800, 1250):
        x0 = COLUMNS[3] if y in (800, 1250) else left  # the lead cell spans the task rows
        draw.line((left, y, COLUMNS[2], y), fill=0, width=4)
        draw.line((x0, y, right, y), fill=0, width=4)
    for x in COLUMNS[1:-1]:
        draw.line((x, top, x, header), fill=0, width=4)  # the heading row has none
        draw.line((x, heading, x, bottom), fill=0, width=4)
    for cx, cy in stamps:
        _stamp(draw, cx, cy)
    return _worn(page)


def _columns_and_rows(page: Image.Image) -> tuple[set[int], int]:
    found = find_cells(np.asarray(page))
    assert found is not None
    _table, cells = found
    rows = table_rows(cells, {i: "x" for i in range(len(cells))})
    return {len(row) for row in rows}, len(rows)


def test_a_worn_table_without_a_stamp_gives_its_five_columns():
    assert _columns_and_rows(_grouped_table([])) == ({5}, 5)


def test_a_stamp_ring_across_a_heading_row_does_not_cut_it_into_columns():
    # Both sides of the ring cross the group heading (a row of one line) from its top rule
    # to its bottom rule; the lines it draws there line up with no column.
    page = _grouped_table([(2106, 357)])
    columns, rows = _columns_and_rows(page)
    assert (columns, rows) == ({5}, 5)
    _table, cells = find_cells(np.asarray(page))
    heading = [c for c in cells if 330 < c.y < 385]  # the cells between its rules
    assert len(heading) == 1 and heading[0].w > 0.95 * (COLUMNS[-1] - COLUMNS[0])


def test_a_stamp_ring_over_the_tables_bottom_rule_adds_no_row_or_column():
    # The ring's sides hang below the last row: no strip of cells under it.
    page = _grouped_table([(1900, 1700)])
    assert _columns_and_rows(page) == ({5}, 5)
    table, _cells = find_cells(np.asarray(page))
    assert abs(table.bottom - 1700) < 20


def _last_page_of_a_table(shade: int = 60) -> Image.Image:
    """A worn page holding only the end of a table, a row of one line under its top rule,
    the rest of the page bare paper (darker towards the bottom right corner)."""
    page = Image.new("L", (3508, 2480), 255)
    draw = ImageDraw.Draw(page)
    draw.rectangle((COLUMNS[0], 180, COLUMNS[-1], 450), outline=0, width=4)
    for x in COLUMNS[1:-1]:
        draw.line((x, 180, x, 450), fill=0, width=4)
    for word in range(6):  # the task's last line: strokes the size of words
        x = COLUMNS[1] + 15 + word * 95
        draw.rectangle((x, 200, x + 70, 230), outline=20, width=2)
    return _worn(page, shade, blur=1)


def test_the_paper_of_an_unevenly_lit_page_is_not_read_as_marks():
    from ttdn.documents.readers.light import even_light
    from ttdn.documents.readers.ocr import clean_page, ink_threshold

    worn = _last_page_of_a_table()
    even = even_light(worn)
    table, _cells = find_cells(np.asarray(even))
    assert abs(table.bottom - 450) < 20
    below = even.crop((0, table.bottom + 10, even.width, even.height))
    assert clean_page(below, ink_threshold(even)).getextrema() == (255, 255)  # no mark
    # The ink stays ink: the words' strokes are as dark as they were.
    assert np.asarray(even)[199:232, COLUMNS[1] + 15 : COLUMNS[1] + 85].min() < 80


def test_an_evenly_lit_page_is_left_nearly_as_it_is():
    from ttdn.documents.readers.light import even_light

    page = _last_page_of_a_table(shade=0)
    pixels = np.asarray(page, dtype=np.int16)
    even = np.asarray(even_light(page), dtype=np.int16)
    assert np.median(np.abs(even - pixels)) <= 8  # within the noise (sigma 8)
    assert even[199:232, COLUMNS[1] + 15 : COLUMNS[1] + 85].min() < 80  # the words' strokes
