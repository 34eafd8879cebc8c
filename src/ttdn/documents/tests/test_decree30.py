"""ttdn.documents.decree30: an administrative document in the format of Nghị định
30/2020/NĐ-CP, read back with python-docx."""

from __future__ import annotations

import datetime as dt
import io

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from ttdn.documents.decree30 import (
    END_MARK,
    MOTTO,
    NATION,
    Decree30Document,
    Issuer,
    Section,
    Signer,
    date_line,
    decree30_docx,
    issuer_lines,
    number_line,
)
from ttdn.documents.word import DocTable, Heading

TITLE = "Kết quả thực hiện Kế hoạch hoạt động thông tin đối ngoại năm 2018"


def spec(**changes) -> Decree30Document:
    values = {
        "issuer": Issuer(name="Ủy ban nhân dân tỉnh Đồng Nai"),
        "number": "215",
        "symbol": "BC-UBND",
        "place": "Đồng Nai",
        "date": dt.date(2018, 11, 5),
        "kind": "Báo cáo",
        "title": TITLE,
        "sections": [
            Section("", ["Thực hiện Kế hoạch số 12773/KH-UBND ngày 08/12/2017."]),
            Section(
                "I. KẾT QUẢ",
                [
                    Heading("1. Tập huấn", level=2),
                    "Tổ chức 3 lớp tập huấn.",
                    Heading("a) Cấp tỉnh", level=3),
                    DocTable(header=["STT", "Cơ quan"], rows=[[1, "Sở Ngoại vụ"]]),
                    "Đề nghị Bộ tiếp tục hỗ trợ.",
                ],
            ),
        ],
        "signer": Signer(name="Trần Văn Vĩnh"),
        "recipients": ["Bộ Thông tin và Truyền thông", "Thường trực Tỉnh ủy;"],
        "archive": "VT, TH",
    }
    values.update(changes)
    return Decree30Document(**values)


def read(document_spec: Decree30Document) -> docx.document.Document:
    return docx.Document(io.BytesIO(decree30_docx(document_spec)))


def cell_lines(cell) -> list[str]:
    return [p.text for p in cell.paragraphs if p.text.strip()]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2019, 2, 5), "Đồng Nai, ngày 05 tháng 02 năm 2019"),
        (dt.date(2024, 3, 15), "Đồng Nai, ngày 15 tháng 3 năm 2024"),
        (dt.date(2018, 11, 5), "Đồng Nai, ngày 05 tháng 11 năm 2018"),
        (dt.date(2020, 1, 31), "Đồng Nai, ngày 31 tháng 01 năm 2020"),
        (dt.date(2020, 12, 10), "Đồng Nai, ngày 10 tháng 12 năm 2020"),
        (dt.date(2021, 9, 9), "Đồng Nai, ngày 09 tháng 9 năm 2021"),
    ],
)
def test_the_date_line_pads_days_below_10_and_the_months_1_and_2(day, expected):
    assert date_line("Đồng Nai", day) == expected


def test_a_draft_date_line_leaves_the_day_and_month_blank():
    line = date_line("Đồng Nai", None, year=2018)
    assert line.startswith("Đồng Nai, ngày")
    assert line.endswith("năm 2018")
    assert "tháng" in line


def test_the_number_line_keeps_room_for_the_number_until_it_is_numbered():
    assert number_line("215", "BC-UBND") == "Số: 215/BC-UBND"
    blank = number_line("", "BC-UBND")
    assert blank.startswith("Số: ") and blank.endswith("/BC-UBND") and len(blank) > 12


def test_the_peoples_committee_stands_on_two_lines():
    assert issuer_lines("Ủy ban nhân dân tỉnh Đồng Nai") == ["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI"]
    assert issuer_lines("Sở Ngoại vụ") == ["SỞ NGOẠI VỤ"]
    assert issuer_lines("Ban Chỉ đạo\ncông tác TTĐN") == ["BAN CHỈ ĐẠO", "CÔNG TÁC TTĐN"]


def test_page_margins_and_fonts_follow_decree_30():
    document = read(spec())
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert 20 <= round(section.top_margin.mm) <= 25
    assert 20 <= round(section.bottom_margin.mm) <= 25
    assert 30 <= round(section.left_margin.mm) <= 35
    assert 15 <= round(section.right_margin.mm) <= 20
    normal = document.styles["Normal"]
    assert normal.font.name == "Times New Roman"
    assert normal.font.size == Pt(14)
    assert read(spec(font_size=13)).styles["Normal"].font.size == Pt(13)
    with pytest.raises(ValueError):
        decree30_docx(spec(font_size=12))
    # page numbers from the second page, not on the first
    assert section.different_first_page_header_footer
    assert "PAGE" in section.header._element.xml


def test_the_heading_block_is_a_borderless_two_column_table():
    document = read(spec(issuer=Issuer(name="Sở Ngoại vụ", parent="UBND tỉnh Đồng Nai")))
    heading = document.tables[0]
    assert len(heading.columns) == 2
    assert "w:tblBorders" in heading._tbl.xml and 'w:val="nil"' in heading._tbl.xml
    left, right = heading.cell(0, 0), heading.cell(0, 1)
    assert cell_lines(left) == ["UBND TỈNH ĐỒNG NAI", "SỞ NGOẠI VỤ", "Số: 215/BC-UBND"]
    parent, body = [p for p in left.paragraphs if p.text.strip()][:2]
    assert not parent.runs[0].bold and body.runs[0].bold
    assert cell_lines(right) == [NATION, MOTTO, "Đồng Nai, ngày 05 tháng 11 năm 2018"]
    nation, motto, when = (p for p in right.paragraphs if p.text.strip())
    assert nation.runs[0].bold and motto.runs[0].bold
    assert when.runs[0].italic and not when.runs[0].bold
    # a rule under the issuing body and under the motto: a bordered empty paragraph
    for cell, above in ((left, "SỞ NGOẠI VỤ"), (right, MOTTO)):
        texts = [p.text for p in cell.paragraphs]
        rule = cell.paragraphs[texts.index(above) + 1]
        assert rule.text == "" and "w:pBdr" in rule._p.xml


def test_the_title_body_and_end_mark():
    document = read(spec())
    texts = [p.text for p in document.paragraphs]
    kind = texts.index("BÁO CÁO")
    kind_paragraph = document.paragraphs[kind]
    assert kind_paragraph.alignment == WD_ALIGN_PARAGRAPH.CENTER and kind_paragraph.runs[0].bold
    assert texts[kind + 1] == TITLE and document.paragraphs[kind + 1].runs[0].bold
    heading = document.paragraphs[texts.index("I. KẾT QUẢ")]
    assert heading.runs[0].bold
    assert document.paragraphs[texts.index("a) Cấp tỉnh")].runs[0].italic
    body = document.paragraphs[texts.index("Tổ chức 3 lớp tập huấn.")]
    assert body.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert body.paragraph_format.first_line_indent is not None
    assert "Đề nghị Bộ tiếp tục hỗ trợ" + END_MARK in texts
    assert sum(text.endswith(END_MARK) for text in texts) == 1


def test_a_body_ending_in_a_table_still_ends_with_the_mark():
    document = read(spec(sections=[Section("I. SỐ LIỆU", [DocTable(rows=[["a", 1]])])]))
    assert END_MARK in [p.text for p in document.paragraphs]


def test_the_signature_and_recipients():
    document = read(spec())
    block = document.tables[-1]
    left, right = block.cell(0, 0), block.cell(0, 1)
    lines = cell_lines(left)
    assert lines == [
        "Nơi nhận:",
        "- Bộ Thông tin và Truyền thông;",
        "- Thường trực Tỉnh ủy;",
        "- Lưu: VT, TH.",
    ]
    received = left.paragraphs[0].runs[0]
    assert received.bold and received.italic and received.font.size == Pt(12)
    assert left.paragraphs[1].runs[0].font.size == Pt(11)
    assert cell_lines(right) == [
        "TM. ỦY BAN NHÂN DÂN",
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Trần Văn Vĩnh",
    ]
    assert all(p.runs[0].bold for p in right.paragraphs if p.text.strip())


def test_a_head_signing_in_their_own_name_has_no_kt_line():
    document = read(spec(signer=Signer(name="Cao Tiến Dũng", title="Chủ tịch", on_behalf="")))
    assert cell_lines(document.tables[-1].cell(0, 1)) == [
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Cao Tiến Dũng",
    ]


def test_a_letter_puts_its_subject_under_the_number_and_a_salutation():
    document = read(
        spec(
            kind="",
            symbol="UBND-VX",
            title="đôn đốc báo cáo kết quả thông tin đối ngoại",
            salutation=["Kính gửi: Các sở, ban, ngành tỉnh"],
        )
    )
    left = document.tables[0].cell(0, 0)
    assert cell_lines(left)[-2:] == [
        "Số: 215/UBND-VX",
        "V/v đôn đốc báo cáo kết quả thông tin đối ngoại",
    ]
    texts = [p.text for p in document.paragraphs]
    assert "Kính gửi: Các sở, ban, ngành tỉnh" in texts
    assert "BÁO CÁO" not in texts


def test_the_same_spec_gives_the_same_text_and_hostile_text_does_not_break_it():
    hostile = spec(title="Báo cáo\x0b\x00 <w:p> & ‮", recipients=["", "\x01"])
    document = read(hostile)
    assert "Báo cáo <w:p> & ‮" in [p.text for p in document.paragraphs]
    assert [p.text for p in read(spec()).paragraphs] == [p.text for p in read(spec()).paragraphs]
