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
