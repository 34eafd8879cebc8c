"""ttdn.documents.word: an administrative document, read back with python-docx."""

from __future__ import annotations

import io

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Length, Pt

from ttdn.documents.word import DocTable, Heading, docx_bytes

SUBJECT = "Kết quả công tác thông tin đối ngoại năm 2025"


def mm(length: Length) -> float:
    """In millimetres, to the tenth (Word stores lengths in twentieths of a point)."""
    return round(length.mm, 1)


def make(**kwargs) -> docx.document.Document:
    data = docx_bytes(
        "Báo cáo",
        [
            "Thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2025 của Ủy ban nhân dân tỉnh.",
            Heading("I. KẾT QUẢ ĐẠT ĐƯỢC"),
            "Tổ chức 12 hội nghị;\nđăng 340 tin, bài\x0b trên Cổng thông tin điện tử.",
            DocTable(
                header=["STT", "Nội dung", "Cơ quan chủ trì"],
                rows=[[1, "Hội nghị báo chí", "Sở Ngoại vụ"], [2, "Tập huấn", None]],
                widths_cm=[1.2, 9, 5],
            ),
        ],
        [[["Chỉ tiêu", "Số liệu"], ["Tin, bài", 340]]],
        subtitle=SUBJECT,
        **kwargs,
    )
    return docx.Document(io.BytesIO(data))


def test_page_and_fonts_follow_decree_30():
    document = make()
    section = document.sections[0]
    assert (mm(section.page_width), mm(section.page_height)) == (210, 297)
    assert (mm(section.top_margin), mm(section.bottom_margin)) == (20, 20)
    assert (mm(section.left_margin), mm(section.right_margin)) == (30, 15)
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size == Pt(14)
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == fonts.get(qn("w:cs")) == "Times New Roman"
    assert normal.element.rPr.find(qn("w:lang")).get(qn("w:val")) == "vi-VN"
    assert document.core_properties.title == "Báo cáo"
    assert make(font_size=13).styles["Normal"].font.size == Pt(13)
    with pytest.raises(ValueError):
        docx_bytes("Báo cáo", font_size=12)


def test_title_paragraphs_and_headings_in_order():
    paragraphs = [p for p in make().paragraphs if p.text]
    title, subject, first, heading, second = paragraphs
    assert title.text == "BÁO CÁO" and title.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert all(run.bold for run in title.runs)
    assert subject.text == SUBJECT and all(run.bold for run in subject.runs)
    assert first.text.startswith("Thực hiện Kế hoạch số 12/KH-UBND")
    assert first.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert mm(first.paragraph_format.first_line_indent) == 10
    assert heading.text == "I. KẾT QUẢ ĐẠT ĐƯỢC" and heading.runs[0].bold
    assert second.text == "Tổ chức 12 hội nghị;\nđăng 340 tin, bài trên Cổng thông tin điện tử."


def test_tables_with_a_repeated_bold_header():
    first, second = make().tables
    assert [[c.text for c in row.cells] for row in first.rows] == [
        ["STT", "Nội dung", "Cơ quan chủ trì"],
        ["1", "Hội nghị báo chí", "Sở Ngoại vụ"],
        ["2", "Tập huấn", ""],
    ]
    assert all(run.bold for cell in first.rows[0].cells for run in cell.paragraphs[0].runs)
    assert first.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None
    assert mm(first.rows[1].cells[1].width) == 90
    assert [[c.text for c in row.cells] for row in second.rows] == [
        ["Chỉ tiêu", "Số liệu"],
        ["Tin, bài", "340"],
    ]
