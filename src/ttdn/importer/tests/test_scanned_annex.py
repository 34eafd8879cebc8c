"""An annex read from a scan: tasks from the cells OCR read, and cells it read poorly
flagged "Check this" for the reviewer, their text kept as read (never emptied or guessed).
"""

from __future__ import annotations

import pytest
from rapidfuzz import fuzz

from ttdn.documents.readers.builder import TextBuilder
from ttdn.documents.readers.ocr import OcrText
from ttdn.documents.tests.test_readers import needs_ocr
from ttdn.documents.tests.test_scanned_table import (
    ROWS,
    as_scanned_pdf,
    needs_font,
    scanned_table_page,
)
from ttdn.importer.extract import extract
from ttdn.importer.result import LOW_CONFIDENCE


@pytest.fixture
def directory(db):
    from ttdn.directory.services import agencies_load, units_load

    units_load()
    agencies_load(provinces=["Đồng Nai"])


def _scanned_annex(rows):
    builder = TextBuilder("phu-luc.pdf")
    builder.paragraph("PHỤ LỤC\n(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/01/2026)")
    builder.table(rows)
    return builder.document(format="ocr", pages=1)


def test_a_cell_read_with_low_confidence_flags_its_task_and_keeps_its_text(directory):
    header = [OcrText(t, 93) for t in ("STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Thời gian")]
    rows = [
        header,
        [
            OcrText("01", 96),
            OcrText("Tổ chức họp báo định kỳ về tình hình kinh tế - xã hội", 94),
            OcrText("Sở Ngoại vụ", 95),
            OcrText("Quý II", 96),
        ],
        [  # the task cell was read poorly; the lead cell is the one above, spanning rows
            OcrText("02", 95),
            OcrText("Tập huấn nghiệp vụ thông tín đối ngoạj cho cán bộ", 58),
            None,
            OcrText("Cả năm", 94),
        ],
        [  # the lead and timeframe cells were read poorly
            OcrText("03", 96),
            OcrText("Xuất bản Bản tin đối ngoại của tỉnh", 93),
            OcrText("Sở Thông tin và Truyền thông", 61),
            OcrText("Hàng quý", 49),
        ],
    ]
    found = extract(_scanned_annex(rows)).tasks
    tasks = {task.row: task for task in found if task.source == "annex"}
    assert [t.text for t in found if t.source != "annex"] == []
    assert sorted(tasks) == ["01", "02", "03"]
    # Read with confidence: not flagged.
    assert tasks["01"].confidence >= LOW_CONFIDENCE
    assert [m.as_written for m in tasks["01"].lead] == ["Sở Ngoại vụ"]
    # Read poorly: flagged, its text exactly as read, its spanned lead as above.
    assert tasks["02"].confidence < LOW_CONFIDENCE
    assert tasks["02"].text == "Tập huấn nghiệp vụ thông tín đối ngoạj cho cán bộ"
    assert [m.as_written for m in tasks["02"].lead] == ["Sở Ngoại vụ"]
    # A poorly read lead and timeframe: the task, the agency and the timeframe flagged,
    # the agency's name kept as read.
    assert tasks["03"].confidence < LOW_CONFIDENCE
    assert [m.as_written for m in tasks["03"].lead] == ["Sở Thông tin và Truyền thông"]
    assert all(m.confidence < LOW_CONFIDENCE for m in tasks["03"].lead)
    assert tasks["03"].timeframe.as_written == "Hàng quý"
    assert tasks["03"].timeframe.confidence < LOW_CONFIDENCE


def test_a_table_from_a_word_file_is_not_flagged(directory):
    rows = [
        ["STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Thời gian"],
        ["01", "Tổ chức họp báo định kỳ về tình hình kinh tế - xã hội", "Sở Ngoại vụ", "Quý II"],
    ]
    document = _scanned_annex(rows)
    assert all(cell.confidence is None for row in document.tables[0].rows for cell in row)
    (task,) = extract(document).tasks
    assert task.confidence >= LOW_CONFIDENCE


@needs_ocr
@needs_font
def test_a_scanned_annex_gives_its_tasks_with_the_spanned_lead(directory, tmp_path):
    from ttdn.importer.pipeline import analyse_file

    pdf = as_scanned_pdf(tmp_path / "phu-luc.pdf", scanned_table_page(angle=-1.1))
    tasks = analyse_file(pdf).tasks
    want = [
        "Tổ chức họp báo định kỳ",
        "Cập nhật trang thông tin đối ngoại",
        "Tập huấn nghiệp vụ thông tin đối ngoại",
        "Xuất bản Bản tin đối ngoại của tỉnh",
    ]
    assert len(tasks) == len(want), [t.text for t in tasks]
    for task, text in zip(tasks, want, strict=True):
        assert fuzz.ratio(task.text, text) >= 90, (task.text, text)
    leads = [[fuzz.ratio(m.as_written, "Sở Ngoại vụ") >= 90 for m in t.lead] for t in tasks]
    assert leads[:3] == [[True], [True], [True]]  # row 02's lead cell is row 01's, spanned
    assert fuzz.ratio(tasks[3].lead[0].as_written, ROWS[2][2]) >= 90


def _stamp_and_signature(page, *, at: tuple[int, int], seed: int = 11):
    """A round red stamp (grey in a greyscale scan) over a scribbled signature."""
    import numpy as np
    from PIL import ImageDraw, ImageFont

    from ttdn.documents.tests.test_scanned_table import FONT

    draw = ImageDraw.Draw(page)
    x, y = at
    rng = np.random.default_rng(seed)
    points = [(x + 40 + 12 * i, y + 90 + int(rng.integers(-40, 40))) for i in range(22)]
    draw.line(points, fill=25, width=3)  # the signature
    draw.ellipse((x, y, x + 230, y + 230), outline=110, width=6)
    draw.ellipse((x + 28, y + 28, x + 202, y + 202), outline=110, width=3)
    small = ImageFont.truetype(str(FONT), 15)
    draw.text((x + 55, y + 100), "ỦY BAN NHÂN DÂN", font=small, fill=110)
    draw.regular_polygon((x + 115, y + 60, 18), 5, fill=110)  # the star
    return page


def _specks(page, share: float, seed: int = 12):
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(seed)
    pixels = np.asarray(page).copy()
    pixels[rng.random(pixels.shape) < share] = 30
    for y, x in zip(
        rng.integers(0, page.height - 4, 60), rng.integers(0, page.width - 4, 60), strict=True
    ):
        pixels[y : y + 4, x : x + 4] = 25  # blots a few pixels across
    return Image.fromarray(pixels)


def _no_invented(result) -> list[str]:
    agencies = [m.as_written for t in result.tasks for m in [*t.lead, *t.coordinating]]
    return [t.text for t in result.tasks] + agencies


@needs_ocr
@needs_font
def test_a_stamp_a_signature_and_specks_beside_the_annex_add_no_task_or_agency(directory, tmp_path):
    from ttdn.importer.pipeline import analyse_file

    page = _stamp_and_signature(scanned_table_page(angle=0.7, sigma=12), at=(1250, 560))
    path = tmp_path / "phu-luc.png"
    _specks(page, 0.002).save(path, dpi=(150, 150))
    tasks = analyse_file(path).tasks
    assert len(tasks) == 4, [t.text for t in tasks]
    leads = {m.as_written for t in tasks for m in t.lead}
    assert all(
        fuzz.ratio(name, "Sở Ngoại vụ") >= 90 or fuzz.ratio(name, ROWS[2][2]) >= 90
        for name in leads
    ), leads
    assert all(t.coordinating == [] for t in tasks)


@needs_ocr
@needs_font
def test_an_empty_ruled_annex_with_a_stamp_gives_no_task_or_agency(directory, tmp_path):
    from ttdn.importer.pipeline import analyse_file

    blank = [["", "", "", ""], ["", "", "", ""], ["", "", "", ""]]
    page = _stamp_and_signature(
        scanned_table_page(blank, angle=-1.6, sigma=14, specks=0.003), at=(900, 300)
    )
    path = as_scanned_pdf(tmp_path / "phu-luc-trong.pdf", page)
    assert _no_invented(analyse_file(path)) == []


@needs_ocr
@needs_font
def test_a_photo_of_a_page_with_only_a_stamp_and_specks_is_no_plan_not_a_failure(
    directory, tmp_path
):
    import numpy as np
    from PIL import Image

    from ttdn.documents.source import ReadError
    from ttdn.importer.pipeline import analyse_file

    # Uneven light across the photo (darker towards one corner), a stamp, a signature.
    light = np.linspace(250, 170, 1600)[None, :] - np.linspace(0, 30, 1200)[:, None]
    page = Image.fromarray(light.astype("uint8"))
    page = _specks(_stamp_and_signature(page, at=(700, 500)), 0.003)
    path = tmp_path / "anh-chup.jpg"
    page.convert("RGB").save(path, quality=80)  # a phone's photo: colour, 72 dpi
    try:
        result = analyse_file(path)
    except ReadError as error:  # nothing readable: said so, the command goes on
        assert error.code == "no_text"
    else:
        assert _no_invented(result) == []


def test_a_dash_glued_to_a_bullet_read_as_a_tilde_still_starts_a_task(directory):
    # "-Triển lãm …" (no space after the dash) read from a 200-dpi scan as "~Triến lãm".
    header = [OcrText(t, 93) for t in ("STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Thời gian")]
    cell = "- Tổ chức giao lưu văn hóa, thể thao\n~Triến lãm hình ảnh về biển, đảo"
    rows = [header, [OcrText("01", 95), OcrText(cell, 93), OcrText("Sở Ngoại vụ", 95), ""]]
    tasks = [t.text for t in extract(_scanned_annex(rows)).tasks]
    assert tasks == ["Tổ chức giao lưu văn hóa, thể thao", "Triến lãm hình ảnh về biển, đảo"]


# --- issue 12, scans2: lead names read by OCR set right against the known body names ---


def _annex_with_leads(leads: list[str], *, ocr: bool = True):
    header = ("STT", "Tên nhiệm vụ", "Cơ quan chủ trì", "Thời gian")
    duties = (
        "Tổ chức họp báo định kỳ về tình hình kinh tế - xã hội",
        "Cập nhật tin bài đối ngoại trên trang thông tin điện tử",
        "Biên soạn tài liệu giới thiệu tiềm năng du lịch của tỉnh",
        "Theo dõi dư luận báo chí nước ngoài viết về tỉnh",
    )
    rows = [[OcrText(t, 93) if ocr else t for t in header]]
    for number, (duty, lead) in enumerate(zip(duties, leads, strict=False), start=1):
        cells = (f"{number:02d}", duty, lead, "Cả năm")
        rows.append([OcrText(t, 92) if ocr else t for t in cells])
    builder = TextBuilder("phu-luc.pdf")
    builder.paragraph(
        "PHỤ LỤC\n(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/01/2024 "
        "của Ủy ban nhân dân tỉnh Đồng Nai)"
    )
    builder.table(rows)
    return builder.document(format="ocr" if ocr else "docx", pages=1)


def test_misread_tone_marks_of_an_ocr_lead_are_set_right_and_its_names_split(directory):
    tasks = extract(
        _annex_with_leads(
            [
                "Các cơ quan báo chí, Cống Thông tin điện tử tỉnh",  # Cổng read Cống
                "Sở Văn hóa, Thế thao và Du lịch",  # Thể read Thế
                "SỞ",  # a tall "Ở" read as a capital
                "Sở Thông tỉn và Truyền thông",
            ]
        )
    ).tasks
    leads = [[m.as_written for m in t.lead] for t in tasks]
    assert leads == [
        ["Các cơ quan báo chí", "Cổng Thông tin điện tử tỉnh"],
        ["Sở Văn hóa, Thể thao và Du lịch"],
        ["Sở"],
        ["Sở Thông tin và Truyền thông"],
    ]
    # The names point at the OCR text they were read from (offsets kept).
    document = _annex_with_leads(["Các cơ quan báo chí, Cống Thông tin điện tử tỉnh"])
    (task,) = extract(document).tasks
    assert [document.text[m.start : m.end] for m in task.lead] == [
        "Các cơ quan báo chí",
        "Cống Thông tin điện tử tỉnh",
    ]
    assert task.lead[1].agency.startswith("Cổng Thông tin điện tử")


def test_a_word_file_lead_is_kept_as_written(directory):
    (task,) = extract(_annex_with_leads(["Sở Văn hóa, Thế thao và Du lịch"], ocr=False)).tasks
    assert [m.as_written for m in task.lead] == ["Sở Văn hóa, Thế thao và Du lịch"]


def test_a_misread_letter_is_set_right_only_when_one_known_name_is_close(directory):
    tasks = extract(
        _annex_with_leads(
            [
                "Sở Thông tin và Truyền thôn",  # a letter lost: one name is close
                "Sở Noại vụ",  # as near "Sở Nội vụ" as "Sở Ngoại vụ": not guessed
                "Phòng Quản lý di sản số",  # no body the plan's place has
            ]
        )
    ).tasks
    first, second, third = tasks
    assert [m.as_written for m in first.lead] == ["Sở Thông tin và Truyền thông"]
    assert first.lead[0].agency == "Sở Thông tin và Truyền thông tỉnh Đồng Nai"
    assert first.lead[0].confidence < LOW_CONFIDENCE  # corrected: shown for checking
    # Ambiguous or unknown: kept exactly as read, and the task flagged for review.
    assert [m.as_written for m in second.lead] == ["Sở Noại vụ"]
    assert [m.as_written for m in third.lead] == ["Phòng Quản lý di sản số"]
    assert second.confidence < LOW_CONFIDENCE and third.confidence < LOW_CONFIDENCE


# --- issue 12, scans2: an annex's title is no task; an annex read alone is placed by its
# heading, never by a place a task's cell names ---


def _annex_alone(heading: str, rows: list[list[str]], *, ocr: bool = True):
    header = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"]
    builder = TextBuilder("phu-luc.pdf" if ocr else "phu-luc.xlsx")
    builder.paragraph(heading)
    table = [header, *rows]
    builder.table([[OcrText(c, 91) for c in row] for row in table] if ocr else table)
    return builder.document(format="ocr" if ocr else "xlsx", pages=1)


_DISTRICT_ROWS = [
    [
        "1",
        "Tổ chức giao lưu văn hóa với tỉnh kết nghĩa của nước bạn tại huyện Vĩnh Cửu",
        "Sở Ngoại vụ",
        "Ủy ban nhân dân huyện Vĩnh Cửu",
        "Quý II",
    ],
    [
        "2",
        "Tuyên truyền về biên giới, lãnh thổ cho nhân dân huyện Vĩnh Cửu",
        "Công an tỉnh",
        "Ủy ban nhân dân huyện Vĩnh Cửu",
        "Cả năm",
    ],
]


@pytest.mark.parametrize(
    "title",
    [
        "PHÂN CÔNG NHIỆM VỤ THÔNG TIN ĐỐI NGOẠI NĂM 2024",
        "BẢNG PHÂN CÔNG TỔ CHỨC THỰC HIỆN CÔNG TÁC THÔNG TIN ĐỐI NGOẠI NĂM 2024",
        "DANH MỤC NHIỆM VỤ TUYÊN TRUYỀN ĐỐI NGOẠI NĂM 2024",
    ],
)
def test_the_title_and_caption_of_an_annex_are_not_tasks(directory, title):
    heading = (
        f"PHỤ LỤC\n{title}\n(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/01/2024 "
        "của Ủy ban nhân dân tỉnh Đồng Nai)"
    )
    tasks = extract(_annex_alone(heading, _DISTRICT_ROWS)).tasks
    assert [t.row for t in tasks] == ["1", "2"], [t.text for t in tasks]


def test_a_line_in_capitals_or_an_annex_caption_is_a_title_line():
    from ttdn.importer.extract import is_title_line

    text = (
        "PHÂN CÔNG NHIỆM VỤ THÔNG TIN ĐỐI NGOẠI NĂM 2024\n"
        "(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/01/2024 của UBND tỉnh)\n"
        "Ban hành kèm theo Quyết định số 20/QĐ-UBND ngày 12/01/2024\n"
        "Tổ chức họp báo định kỳ về tình hình kinh tế - xã hội của tỉnh.\n"
        "UBND tỉnh giao Sở Ngoại vụ tổ chức đón đoàn phóng viên nước ngoài."
    )
    lines = text.split("\n")
    starts = [text.index(line) for line in lines]
    got = [
        is_title_line(text, s + 2, s + len(line) - 2) for s, line in zip(starts, lines, strict=True)
    ]
    assert got == [True, True, True, False, False]


def test_an_annex_read_alone_is_not_placed_in_a_district_its_cells_name(directory):
    # No place in its heading: left for the reviewer, not the district named in the cells.
    alone = extract(
        _annex_alone(
            "Phụ lục\nPHÂN CÔNG NHIỆM VỤ THÔNG TIN ĐỐI NGOẠI NĂM 2024", _DISTRICT_ROWS, ocr=False
        )
    )
    assert alone.locality.value is None and alone.level.value is None
    assert alone.issuer.value is None
    # Its caption names the issuer: that is its place, whatever the cells name.
    captioned = extract(
        _annex_alone(
            "PHỤ LỤC\nPHÂN CÔNG NHIỆM VỤ THÔNG TIN ĐỐI NGOẠI NĂM 2024\n(Kèm theo Kế hoạch số "
            "15/KH-UBND ngày 10/01/2024 của Ủy ban nhân dân tỉnh Đồng Nai)",
            _DISTRICT_ROWS,
        )
    )
    assert captioned.locality.value == "Đồng Nai"
    assert captioned.level.value == "province"
