"""A ruled annex table on a scanned page, read cell by cell (readers.ocr, readers.grid).

The pages are drawn here: a ruled table in Vietnamese, turned by less than a degree or so,
with scanner noise and specks, at 150 dpi, saved as a PDF of images as a scanner does.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from rapidfuzz import fuzz

from ttdn.documents.readers import read_document
from ttdn.documents.readers.ocr import clean_cell, ink_threshold
from ttdn.documents.source import ReadError
from ttdn.documents.tests.test_readers import needs_ocr

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")
needs_font = pytest.mark.skipif(not FONT.exists(), reason="needs fonts-dejavu-core")

HEADER = ["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Thời gian thực hiện"]
# None: the cell above spans this row too (its rule is not drawn).
ROWS = [
    [
        "01",
        "- Tổ chức họp báo định kỳ\n- Cập nhật trang thông tin đối ngoại",
        "Sở Ngoại vụ",
        "- Quý II\n- Hàng tháng",
    ],
    ["02", "Tập huấn nghiệp vụ thông tin đối ngoại", None, "Cả năm"],
    ["03", "Xuất bản Bản tin đối ngoại của tỉnh", "Sở Thông tin và Truyền thông", "Hàng quý"],
]
COLUMNS = [60, 150, 620, 960, 1260]  # x of each vertical rule, at 150 dpi
LINE = 30  # pixels between lines of text


def scanned_table_page(
    rows=ROWS, *, angle: float, sigma: float = 10.0, specks: float = 0.001, seed: int = 3
) -> Image.Image:
    """An A4 landscape page at 150 dpi: a title, then the ruled table, turned and noisy."""
    font = ImageFont.truetype(str(FONT), 21)  # 11 points at 150 dpi
    page = Image.new("L", (1754, 1240), 255)
    draw = ImageDraw.Draw(page)
    draw.text((60, 60), "PHỤ LỤC NHIỆM VỤ THÔNG TIN ĐỐI NGOẠI NĂM 2026", font=font, fill=20)
    top = 130
    heights = [
        max((t.count("\n") + 1 for t in row if t), default=4) * LINE + 20 for row in [HEADER, *rows]
    ]
    bottom = top + sum(heights)
    y = top
    for index, row in enumerate([HEADER, *rows]):
        for column, text in enumerate(row):
            if text:
                draw.multiline_text(
                    (COLUMNS[column] + 10, y + 10), text, font=font, fill=20, spacing=8
                )
        y += heights[index]
        if index < len(rows):  # the rule under this row, but not across a spanning cell
            below = rows[index]
            for column in range(len(HEADER)):
                if below[column] is not None:
                    draw.line((COLUMNS[column], y, COLUMNS[column + 1], y), fill=0, width=2)
    draw.rectangle((COLUMNS[0], top, COLUMNS[-1], bottom), outline=0, width=2)
    for x in COLUMNS[1:-1]:
        draw.line((x, top, x, bottom), fill=0, width=2)
    page = page.rotate(angle, resample=Image.BICUBIC, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(0.5))
    rng = np.random.default_rng(seed)
    pixels = np.asarray(page, dtype=np.float32) + rng.normal(0, sigma, (page.height, page.width))
    pixels[rng.random((page.height, page.width)) < specks] = 30
    return Image.fromarray(np.clip(pixels, 0, 255).astype("uint8"))


def as_scanned_pdf(path: Path, *pages: Image.Image) -> Path:
    pages[0].save(path, save_all=True, append_images=list(pages[1:]), resolution=150)
    return path


def _close(got: str, want: str) -> bool:
    return fuzz.ratio(" ".join(got.split()), " ".join(want.split())) >= 90


@needs_ocr
@needs_font
@pytest.mark.parametrize("angle", [0.8, -0.4])  # straightened / left as it is (< 0.5°)
def test_a_turned_noisy_scan_of_a_ruled_table_reads_into_its_rows(tmp_path, angle):
    pdf = as_scanned_pdf(tmp_path / "phu-luc.pdf", scanned_table_page(angle=angle))
    document = read_document(pdf, name="phu-luc.pdf")
    assert document.format == "ocr"
    assert len(document.tables) == 1
    rows = document.tables[0].rows
    assert len(rows) == 1 + len(ROWS)
    assert [len(row) for row in rows] == [4] * len(rows)
    for got, want in zip(rows, [HEADER, *ROWS], strict=True):
        for cell, text in zip(got, want, strict=True):
            if text is None:
                assert cell.continues and cell.text == ""
            else:
                assert not cell.continues
                assert _close(cell.text, text), (cell.text, text)
                assert cell.confidence is not None and 0 < cell.confidence <= 1
    # The bullets of a cell stay on their own lines, as in a Word table.
    assert rows[1][1].text.count("\n") == 1 and rows[1][3].text.count("\n") == 1
    # The title above the table is running text, not part of the table.
    assert "PHỤ LỤC" in document.text.split("\t")[0]


@needs_ocr
@needs_font
def test_an_empty_ruled_page_of_noise_gives_no_text(tmp_path):
    blank_rows = [["", "", "", ""], ["", "", "", ""]]
    page = scanned_table_page(blank_rows, angle=0.6, sigma=14, specks=0.003)
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 0, page.width, 110), fill=255)  # no title either
    pdf = as_scanned_pdf(tmp_path / "trang-trang.pdf", page)
    # The header is the only text: specks in the empty cells are not read as words.
    document = read_document(pdf, name="trang-trang.pdf")
    rows = document.tables[0].texts()
    assert [_close(a, b) for a, b in zip(rows[0], HEADER, strict=True)] == [True] * 4
    assert all(text == "" for row in rows[1:] for text in row), rows


def test_an_empty_cell_of_specks_is_empty_and_a_cell_with_letters_is_kept():
    rng = np.random.default_rng(5)
    paper = np.clip(rng.normal(235, 14, (200, 500)), 0, 255).astype("uint8")
    paper[rng.random(paper.shape) < 0.003] = 30
    for y, x in zip(rng.integers(0, 196, 12), rng.integers(0, 496, 12), strict=True):
        paper[y : y + 3, x : x + 3] = 20  # specks a few pixels across
    paper[2:5, :] = 0  # what remains of the rule above
    empty = Image.fromarray(paper)
    assert clean_cell(empty, ink_threshold(empty)) is None
    written = empty.copy()
    ImageDraw.Draw(written).text(
        (30, 60), "Sở Ngoại vụ", font=ImageFont.load_default(size=40), fill=10
    )
    cleaned = clean_cell(written, ink_threshold(written))
    assert cleaned is not None
    ink = np.asarray(cleaned) < 128
    assert ink.sum() > 500  # the letters, with their marks
    # Cropped to the letters: the rule and the far specks are gone.
    assert cleaned.width < 400 and cleaned.height < 120


@needs_ocr
def test_a_scan_with_nothing_on_it_is_an_error_not_an_empty_plan(tmp_path):
    rng = np.random.default_rng(9)
    noise = np.clip(rng.normal(235, 14, (1240, 1754)), 0, 255).astype("uint8")
    noise[rng.random(noise.shape) < 0.002] = 30
    pdf = as_scanned_pdf(tmp_path / "nhieu.pdf", Image.fromarray(noise))
    with pytest.raises(ReadError) as raised:
        read_document(pdf, name="nhieu.pdf")
    assert raised.value.code == "no_text"


def _rows_read_right(rows, want_rows) -> None:
    assert len(rows) == len(want_rows), [[c.text for c in row] for row in rows]
    for got, want in zip(rows, want_rows, strict=True):
        for cell, text in zip(got, want, strict=True):
            if text is None:
                assert cell.continues and cell.text == ""
            else:
                assert not cell.continues
                assert _close(cell.text, text), (cell.text, text)
                assert cell.confidence is not None


@needs_ocr
@needs_font
@pytest.mark.parametrize(
    ("suffix", "dpi"),
    [
        (".png", (150, 150)),  # a scanner's image, its resolution stated
        (".jpg", (72, 72)),  # a phone's: 72 dpi whatever the page, so the page's size decides
    ],
)
def test_a_scanned_table_saved_as_an_image_is_read_cell_by_cell(tmp_path, suffix, dpi):
    # Images used to be read as running text: the table's cells ran into each other.
    path = tmp_path / f"phu-luc{suffix}"
    scanned_table_page(angle=0.9).save(path, dpi=dpi)
    document = read_document(path, name=path.name)
    assert (document.format, document.pages) == ("ocr", 1)
    assert len(document.tables) == 1
    _rows_read_right(document.tables[0].rows, [HEADER, *ROWS])
    assert "PHỤ LỤC" in document.text.split("\t")[0]


@needs_ocr
@needs_font
def test_a_table_over_the_pages_of_a_tiff_is_one_table_with_its_spanned_cell(tmp_path):
    # A multi-page TIFF, the table's rows continuing on the second page under the
    # repeated header, the pages turned both ways.
    first = scanned_table_page(ROWS[:2], angle=-1.4, seed=4)
    second = scanned_table_page(ROWS[2:], angle=1.1, seed=5)
    draw = ImageDraw.Draw(second)
    draw.rectangle((0, 0, second.width, 110), fill=255)  # no title, but the page's number
    draw.text((870, 50), "2", font=ImageFont.truetype(str(FONT), 21), fill=20)
    path = tmp_path / "phu-luc.tif"
    first.save(path, save_all=True, append_images=[second], dpi=(150, 150))
    document = read_document(path, name=path.name)
    assert (document.format, document.pages) == ("ocr", 2)
    assert len(document.tables) == 1
    _rows_read_right(document.tables[0].rows, [HEADER, *ROWS])


def test_an_image_is_brought_to_the_resolution_the_cell_reading_is_measured_at():
    from ttdn.documents.readers.ocr import DPI, page_at_ocr_resolution

    scan = Image.new("L", (1754, 1240), 255)  # A4 landscape at 150 dpi
    scan.info["dpi"] = (150, 150)
    assert page_at_ocr_resolution(scan).size == (3508, 2480)
    photo = Image.new("RGB", (1240, 1754), "white")  # no stated resolution: an A4 page
    photo.info["dpi"] = (72, 72)
    read = page_at_ocr_resolution(photo)
    assert read.mode == "L" and abs(max(read.size) - DPI * 11.69) < 2
    cropped = Image.new("L", (900, 300), 255)  # a cut-out table at 300 dpi: left as it is
    cropped.info["dpi"] = (300, 300)
    assert page_at_ocr_resolution(cropped).size == (900, 300)
    deep = Image.fromarray(np.full((200, 100), 40000, dtype=np.uint16))  # 16-bit grey
    assert page_at_ocr_resolution(deep).getextrema() == (255, 255)


def test_a_lead_merged_down_rows_that_a_page_break_cuts_continues_on_the_next_page():
    from ttdn.documents.readers.pdf import _join_split_tables, _Page, _Table

    header = ["STT", "Tên nhiệm vụ", "Cơ quan chủ trì"]

    def first() -> _Table:
        return _Table(
            [
                header,
                ["I. TUYÊN TRUYỀN", "", ""],
                ["1", "Họp báo", "Sở Ngoại vụ"],
                ["2", "Tập huấn", None],
            ]
        )

    # The lead cell merged down rows 1–3 is drawn blank at the top of the next page.
    second = _Table([header, ["3", "Xuất bản bản tin", ""], ["4", "Triển lãm", "Sở Văn hóa"]])
    pages = [_Page(blocks=[first()]), _Page(blocks=[second])]
    _join_split_tables(pages)
    (table,) = pages[0].blocks
    assert [row[2] for row in table.rows[2:]] == ["Sở Ngoại vụ", None, None, "Sở Văn hóa"]
    # In a table whose cells span no rows a blank cell stays blank.
    plain = _Table([header, ["1", "Họp báo", "Sở Ngoại vụ"]])
    after = _Table([header, ["2", "Tập huấn", ""]])
    pages = [_Page(blocks=[plain]), _Page(blocks=[after])]
    _join_split_tables(pages)
    assert pages[0].blocks[0].rows[-1] == ["2", "Tập huấn", ""]
    # A heading row across the table on the new page is not a continued cell.
    heading = _Table([header, ["II. BÁO CHÍ", "", ""], ["1", "Phỏng vấn", "Báo"]])
    pages = [_Page(blocks=[first()]), _Page(blocks=[heading])]
    _join_split_tables(pages)
    assert pages[0].blocks[0].rows[4] == ["II. BÁO CHÍ", "", ""]


def test_a_row_that_a_page_break_cuts_before_a_name_is_joined_again():
    from ttdn.documents.readers.pdf import _join_split_tables, _Page, _Table

    header = ["STT", "Tên nhiệm vụ", "Cơ quan chủ trì"]
    cut = ["3", "Tổ chức tập huấn cho lãnh đạo các phòng, ban huyện và", "Sở Ngoại vụ"]
    rest = ["", "UBND xã - thị trấn", ""]
    pages = [_Page(blocks=[_Table([header, cut])]), _Page(blocks=[_Table([header, rest])])]
    _join_split_tables(pages)
    (row,) = pages[0].blocks[0].rows[1:]
    assert row[1] == "Tổ chức tập huấn cho lãnh đạo các phòng, ban huyện và\nUBND xã - thị trấn"
    # A sentence that ended, or a bullet of its own, starts a row.
    for above, below in (("Xuất bản bản tin.", "Phát hành tờ gấp"), ("Họp báo", "- Tập huấn")):
        pages = [
            _Page(blocks=[_Table([header, ["1", above, "Sở Ngoại vụ"]])]),
            _Page(blocks=[_Table([header, ["", below, ""]])]),
        ]
        _join_split_tables(pages)
        assert len(pages[0].blocks[0].rows) == 3


@pytest.mark.parametrize("mode", ["1", "L", "P", "LA", "RGB", "RGBA", "CMYK", "F", "I"])
def test_an_image_of_any_kind_a_scanner_or_phone_saves_becomes_a_grey_page(mode):
    from ttdn.documents.readers.ocr import page_at_ocr_resolution

    page = Image.new("L", (620, 877), 255)  # A4 at 75 dpi, a dark word on it
    ImageDraw.Draw(page).rectangle((100, 100, 300, 130), fill=0)
    read = page_at_ocr_resolution(page.convert(mode))
    assert read.mode == "L" and max(read.size) == pytest.approx(3507, abs=2)
    pixels = np.asarray(read)
    assert pixels[10, 10] > 200 and pixels[115 * 4, 200 * 4] < 60  # paper white, ink dark


def test_a_bullet_dash_read_low_as_an_underscore_is_a_dash():
    from ttdn.documents.readers.ocr import _cell_text, _Word

    words = [
        ((1, 1, 1), _Word("_", 0, 0, 10, 20)),
        ((1, 1, 1), _Word("Ban", 20, 0, 40, 20)),
        ((1, 1, 2), _Word("Tuyên_giáo", 0, 40, 90, 20)),
    ]
    assert _cell_text(words) == "- Ban\nTuyên_giáo"
    glued = [((1, 1, 1), _Word("-_", 0, 0, 10, 20)), ((1, 1, 1), _Word("Ban", 20, 0, 40, 20))]
    assert _cell_text(glued) == "- Ban"


@needs_ocr
@needs_font
def test_a_cell_with_letters_the_stack_read_nothing_in_is_read_again_alone(monkeypatch):
    # issue 12, scans2: at 150 dpi Tesseract gave no word for short lead cells ("Sở",
    # "Sở TT&TT") in the stack of cells, and read them right alone; they came out empty.
    from ttdn.documents.readers import ocr
    from ttdn.documents.readers.grid import Box

    page = Image.new("L", (1400, 400), 255)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype(str(FONT), 42)  # 11 points at 300 dpi
    draw.text((40, 60), "Sở Ngoại vụ", font=font, fill=15)
    draw.text((740, 60), "Hàng quý", font=font, fill=15)
    boxes = [Box(10, 10, 650, 200), Box(710, 10, 650, 200)]
    real_stack = ocr._read_stack
    calls = []

    def stack_reads_nothing_first(cleaned, indexes, reads, name, config="", **kwargs):
        calls.append(list(indexes))
        if len(calls) == 1:  # the stack of both cells: Tesseract gave no word for them
            return reads
        return real_stack(cleaned, indexes, reads, name, config=config, **kwargs)

    monkeypatch.setattr(ocr, "_read_stack", stack_reads_nothing_first)
    reads = ocr._read_cells(page, boxes, "phu-luc.pdf")
    assert calls[0] == [0, 1] and [0] in calls[1:] and [1] in calls[1:]
    assert _close(reads[0].text, "Sở Ngoại vụ") and _close(reads[1].text, "Hàng quý"), reads
