"""A formal document exported from Word to PDF, its header and signature laid out as
Decree 30/2020/NĐ-CP lays them out: borderless two-column tables (the issuing body and
the number beside the motto and the place and date; the "Nơi nhận" list beside the
signature). pdfplumber reads each printed line across both columns ("ỦY BAN NHÂN DÂN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA"); the reader must give them column by column, as a person
reads them and as the Word reader reads the .docx."""

from __future__ import annotations

import pytest

from ttdn.documents import convert
from ttdn.importer.pipeline import analyse_file

needs_writer = pytest.mark.skipif(
    convert.find_soffice() is None,
    reason="exporting to PDF needs LibreOffice Writer (Debian: libreoffice-writer-nogui)",
)

HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số: 45/KH-UBND"]
HEADER_RIGHT = [
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Quảng Trị, ngày 12 tháng 3 năm 2025",
]
TITLE = ["KẾ HOẠCH", "Công tác thông tin đối ngoại tỉnh Quảng Trị năm 2025"]
BODY = [
    "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động "
    "thông tin đối ngoại;",
    "Ủy ban nhân dân tỉnh ban hành Kế hoạch công tác thông tin đối ngoại năm 2025 như sau:",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Nâng cao hiệu quả công tác thông tin đối ngoại của tỉnh.",
]
SENT_TO = ["Nơi nhận:", "- Bộ Ngoại giao;", "- TT Tỉnh ủy, TT HĐND tỉnh;", "- Lưu: VT."]
SIGNATURE = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Hoàng Nam"]


def _two_columns(document, left, right, widths, *, centred=True):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    table = document.add_table(rows=1, cols=2)  # "Normal Table": no borders
    table.autofit = False
    for column, cell, lines, width in zip(
        table.columns, table.rows[0].cells, (left, right), widths, strict=True
    ):
        column.width = cell.width = Cm(width)
        for n, line in enumerate(lines):
            paragraph = cell.paragraphs[0] if n == 0 else cell.add_paragraph()
            run = paragraph.add_run(line)
            run.font.size = Pt(12)
            run.bold = line.isupper()
            if centred:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER


def office_pdf(tmp_path, *, signature=True):
    """The plan set as an office sets it in Word, exported to PDF by LibreOffice."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    document = docx.Document()
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin, section.right_margin = Cm(3.0), Cm(2.0)
    document.styles["Normal"].font.name = "Times New Roman"
    document.styles["Normal"].font.size = Pt(13)
    _two_columns(document, HEADER_LEFT, HEADER_RIGHT, (5.8, 10.2))
    for line in TITLE:
        paragraph = document.add_paragraph()
        paragraph.add_run(line).bold = True
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in BODY:
        paragraph = document.add_paragraph(line)
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.first_line_indent = Cm(1.0)
    if signature:
        _two_columns(document, SENT_TO, SIGNATURE, (8.0, 8.0), centred=False)
    source = tmp_path / "ke-hoach.docx"
    document.save(source)
    pdf = tmp_path / "ke-hoach.pdf"
    pdf.write_bytes(convert.convert(source, "pdf"))
    return pdf


@pytest.fixture
def directory(db):
    from ttdn.directory.services import agencies_load, units_load

    units_load()
    agencies_load(provinces=["Quảng Trị"])


@needs_writer
def test_a_borderless_two_column_header_is_read_column_by_column(tmp_path):
    from ttdn.documents.readers import read_document

    text = read_document(office_pdf(tmp_path), name="ke-hoach.pdf").text
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    rows = len(HEADER_LEFT) + len(HEADER_RIGHT) - 1  # the cells meet on one line
    assert lines[:rows] == [
        *HEADER_LEFT[:-1],
        HEADER_LEFT[-1] + "\t" + HEADER_RIGHT[0],
        *HEADER_RIGHT[1:],
    ]
    assert lines[rows : rows + 2] == TITLE
    # the signature block: the list, then the signature; neither runs into the other
    assert "- Lưu: VT.\tKT. CHỦ TỊCH" in text
    assert "PHÓ CHỦ TỊCH\nHoàng Nam" in text


@needs_writer
def test_a_plan_exported_to_pdf_gives_its_issuer_number_date_and_title(directory, tmp_path):
    result = analyse_file(office_pdf(tmp_path), name="ke-hoach.pdf").contract()
    assert result["doc_type"] == "plan"
    assert result["plan_number"] == "45/KH-UBND"
    assert result["issued_date"] == "2025-03-12"
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Ủy ban nhân dân tỉnh Quảng Trị",
        "province",
        "Quảng Trị",
    )
    assert result["title"] == "Kế hoạch công tác thông tin đối ngoại tỉnh Quảng Trị năm 2025"
    assert [b["identifier"] for b in result["legal_bases"]] == ["72/2015/NĐ-CP"]
    assert result["tasks"] == []  # neither the signature nor the "Nơi nhận" list is a task


# Header forms (Decree 30, appendix I): the issuer on two or three lines, under its parent
# body or not, the party's; a letter's "V/v" under its number. Read line across both
# columns, the issuer's lines are cut apart by the motto's.
FORMS = {
    "department under its province": (
        ["UBND TỈNH QUẢNG TRỊ", "SỞ NGOẠI VỤ", "Số: 118/KH-SNV"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Quảng Trị, ngày 05 tháng 02 năm 2025",
        ],
        ("118/KH-SNV", "2025-02-05", "Sở Ngoại vụ tỉnh Quảng Trị", "department", "Quảng Trị"),
    ),
    "front committee on three lines": (
        ["ỦY BAN MTTQ VIỆT NAM", "TỈNH QUẢNG TRỊ", "BAN THƯỜNG TRỰC", "Số: 06/KH-MTTQ-BTT"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Quảng Trị, ngày 03 tháng 10 năm 2024",
        ],
        ("06/KH-MTTQ-BTT", "2024-10-03", None, "province", "Quảng Trị"),
    ),
    "ministry on two lines": (
        ["BỘ THÔNG TIN VÀ", "TRUYỀN THÔNG", "Số: 12/KH-BTTTT"],
        [
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Hà Nội, ngày 08 tháng 3 năm 2025",
        ],
        ("12/KH-BTTTT", "2025-03-08", "Bộ Thông tin và Truyền thông", "national", None),
    ),
    "motto on two lines in a narrow column": (
        ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "Số: 45/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI",
            "CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Quảng Trị, ngày 12 tháng 3 năm 2025",
        ],
        ("45/KH-UBND", "2025-03-12", "Ủy ban nhân dân tỉnh Quảng Trị", "province", "Quảng Trị"),
    ),
    "rules typed under the body and the motto": (
        ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ", "-------", "Số: 45/KH-UBND"],
        [
            "CỘNG HÒA XÃ HỘI",
            "CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "---------------",
            "Quảng Trị, ngày 12 tháng 3 năm 2025",
        ],
        ("45/KH-UBND", "2025-03-12", "Ủy ban nhân dân tỉnh Quảng Trị", "province", "Quảng Trị"),
    ),
    "ministry and motto both on two lines": (
        ["BỘ THÔNG TIN VÀ", "TRUYỀN THÔNG", "Số: 3362/BTTTT-TTĐN"],
        [
            "CỘNG HÒA XÃ HỘI",
            "CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Hà Nội, ngày 02 tháng 10 năm 2024",
        ],
        ("3362/BTTTT-TTĐN", "2024-10-02", "Bộ Thông tin và Truyền thông", "national", None),
    ),
    "ministry beside the motto spelt HOÀ": (
        ["BỘ VĂN HÓA, THỂ THAO", "VÀ DU LỊCH", "Số: 33/BC-BVHTTDL"],
        [
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Hà Nội, ngày 24 tháng 01 năm 2025",
        ],
        ("33/BC-BVHTTDL", "2025-01-24", "Bộ Văn hóa, Thể thao và Du lịch", "national", None),
    ),
    "party committee": (
        ["TỈNH ỦY QUẢNG TRỊ", "*", "Số: 215-KH/TU"],
        ["ĐẢNG CỘNG SẢN VIỆT NAM", "Quảng Trị, ngày 20 tháng 4 năm 2025"],
        ("215-KH/TU", "2025-04-20", "Tỉnh ủy Quảng Trị", "province", "Quảng Trị"),
    ),
}


@needs_writer
@pytest.mark.parametrize("form", FORMS)
def test_each_form_of_header_gives_the_issuer_number_and_date(directory, tmp_path, form):
    global HEADER_LEFT, HEADER_RIGHT
    left, right, (number, date, issuer, level, locality) = FORMS[form]
    saved = HEADER_LEFT, HEADER_RIGHT
    HEADER_LEFT, HEADER_RIGHT = left, right
    try:
        result = analyse_file(office_pdf(tmp_path), name="ke-hoach.pdf").contract()
    finally:
        HEADER_LEFT, HEADER_RIGHT = saved
    assert (result["plan_number"], result["issued_date"]) == (number, date)
    assert (result["level"], result["locality"]) == (level, locality)
    if issuer:
        assert result["issuer"] == issuer


@needs_writer
def test_a_title_set_flush_left_under_a_header_set_flush_left_stays_out_of_it(tmp_path):
    """Cells and title all at the left margin (as ``benchmarks/importer.py``'s Word plan
    sets them): the title starts where the issuer's column starts, but stands further
    below the header than the header's lines stand apart."""
    import docx
    from docx.shared import Pt

    from ttdn.documents.readers import read_document

    document = docx.Document()
    document.styles["Normal"].font.size = Pt(13)
    header = document.add_table(rows=1, cols=2)  # each cell one paragraph, lines broken
    header.cell(0, 0).text = "\n".join(HEADER_LEFT)
    header.cell(0, 1).text = "\n".join(HEADER_RIGHT)
    for line in TITLE + BODY:
        document.add_paragraph(line).paragraph_format.space_before = Pt(6)
    source = tmp_path / "ke-hoach.docx"
    document.save(source)
    pdf = tmp_path / "ke-hoach.pdf"
    pdf.write_bytes(convert.convert(source, "pdf"))
    text = read_document(pdf, name="ke-hoach.pdf").text
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    assert lines[: len(HEADER_LEFT) - 1] == HEADER_LEFT[:-1]
    assert lines[len(HEADER_LEFT) - 1].startswith(HEADER_LEFT[-1] + "\tCỘNG HÒA")
    date = lines.index(HEADER_RIGHT[-1])
    assert lines[date + 1 : date + 3] == TITLE


@needs_writer
def test_two_columns_of_a_borderless_table_of_five_are_not_a_two_column_block(tmp_path):
    """An annex set as a table without borders: where a task runs on under a short lead
    ("Sở Ngoại vụ"), its lines and the coordinating agencies' look like two columns, but
    they start where the columns of the table's other rows start."""
    import docx

    from ttdn.documents.readers import read_document

    document = docx.Document()
    table = document.add_table(rows=1, cols=5)
    for cell, text in zip(
        table.rows[0].cells,
        ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian"],
        strict=True,
    ):
        cell.text = text
    for n, lead in enumerate(["Sở Văn hóa, Thể thao và Du lịch", "Sở Ngoại vụ", "Công an tỉnh"]):
        cells = table.add_row().cells
        cells[0].text = f"0{n + 1}"
        cells[1].text = (
            f"- Tổ chức hoạt động thông tin đối ngoại số {n + 1} về quảng bá hình ảnh của "
            "tỉnh, giới thiệu tiềm năng, thế mạnh, cơ hội hợp tác đầu tư."
        )
        cells[2].text = lead
        cells[3].text = "Các sở, ban, ngành; UBND các huyện"
        cells[4].text = "Quý II"
    source = tmp_path / "phu-luc.docx"
    document.save(source)
    pdf = tmp_path / "phu-luc.pdf"
    pdf.write_bytes(convert.convert(source, "pdf"))
    assert read_document(pdf, name="phu-luc.pdf").tables == []
