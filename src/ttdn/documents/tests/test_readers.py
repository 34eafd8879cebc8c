"""ttdn.documents.readers: every format on its fixture, and every kind of bad input.

The fixtures are in tests/fixtures/importer (see make_fixtures.py there). Damaged,
oversized and hostile files are made here, in a temporary directory. OCR tests need
Tesseract with its Vietnamese model, and .doc/.odt tests need LibreOffice: without them
they are skipped.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import time
import unicodedata
import zipfile
import zlib
from pathlib import Path

import pytest

from ttdn.core.text import squash as ws
from ttdn.documents.readers import read_document
from ttdn.documents.source import ReadError, SourceDocument

FIXTURES = Path(__file__).resolve().parents[4] / "tests" / "fixtures" / "importer"
PLAN_DOCX = FIXTURES / "ke_hoach_xa_annex.docx"
VHTTDL = "Sở Văn hóa, Thể thao và Du lịch"
ANNEX_HEADER = [
    "STT",
    "Nội dung nhiệm vụ",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Thời gian thực hiện",
]
ANNEX_NUMBERS = ["I", "1", "2", "3", "4", "II", "5", "6", "7", "8", "9", "III", "10", "11", "12"]


def _has_vietnamese_ocr() -> bool:
    if shutil.which("tesseract") is None:
        return False
    import pytesseract

    return "vie" in pytesseract.get_languages(config="")


needs_ocr = pytest.mark.skipif(
    not _has_vietnamese_ocr(),
    reason="OCR needs the Debian packages tesseract-ocr and tesseract-ocr-vie",
)
needs_libreoffice = pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="reading .doc/.odt/.rtf needs LibreOffice Writer (Debian: libreoffice-writer-nogui)",
)


def read(path: Path, name: str | None = None, **kwargs) -> SourceDocument:
    return read_document(path, name=name or path.name, **kwargs)


def check_offsets(document: SourceDocument) -> None:
    """Cells and tables point at their text; each row is one tab-separated line."""
    text = document.text
    assert unicodedata.normalize("NFC", text) == text
    assert "\r" not in text
    for table in document.tables:
        assert len({len(row) for row in table.rows}) == 1, "rows padded to one width"
        for row in table.rows:
            for cell in row:
                assert text[cell.start : cell.end] == cell.text
                assert table.start <= cell.start <= cell.end <= table.end
                assert not (cell.continues and cell.text)
            line_start, line_end = row[0].start, row[-1].end
            assert text[line_start:line_end] == "\t".join(cell.text for cell in row)


def expect_error(path: Path, code: str, name: str | None = None) -> ReadError:
    name = name or path.name
    with pytest.raises(ReadError) as caught:
        read_document(path, name=name)
    assert caught.value.code == code, caught.value.message
    assert name in caught.value.message
    return caught.value


def annex(document: SourceDocument):
    return next(t for t in document.tables if t.texts()[0] == ANNEX_HEADER)


def check_annex(table) -> None:
    rows = table.texts()
    assert len(rows) == 1 + len(ANNEX_NUMBERS)
    assert [row[0] for row in rows[1:]] == ANNEX_NUMBERS
    group = rows[1]
    assert group[1] == "Công tác tuyên truyền, thông tin đối ngoại"
    assert group[2:] == ["", "", ""]
    # the lead cell merged over rows 1 and 2: its text once, in row 1
    assert ws(rows[2][2]) == VHTTDL
    assert rows[3][2] == ""
    assert table.rows[3][2].continues
    assert not table.rows[2][2].continues
    assert ws(rows[3][4]) == "Quý II, III"
    # two bulleted tasks in one cell, on two lines
    bullets = rows[7][1].split("\n-")
    assert len(bullets) == 2
    assert ws(bullets[0]).lstrip("- ").startswith("Biên soạn, xuất bản ấn phẩm")
    assert ws(bullets[1]).lstrip("- ").startswith("Phát hành ấn phẩm")


# ---------------------------------------------------------------- Word


@pytest.fixture(scope="module")
def plan() -> SourceDocument:
    return read(PLAN_DOCX)


def test_docx_reads_paragraphs_and_tables_in_body_order(plan):
    assert plan.format == "docx"
    assert plan.warnings == []
    check_offsets(plan)
    text = plan.text
    header, signature, table = plan.tables
    assert header.texts() == [
        [
            "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
        ],
        ["Số: 45/KH-UBND", "Quảng Trị, ngày 12 tháng 3 năm 2025"],
    ]
    positions = [
        header.start,
        text.index("KẾ HOẠCH\nThông tin đối ngoại năm 2025"),
        text.index("Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015"),
        text.index("I. MỤC ĐÍCH, YÊU CẦU"),
        text.index("II. NHIỆM VỤ"),
        text.index("III. TỔ CHỨC THỰC HIỆN"),
        signature.start,
        text.index("PHỤ LỤC"),
        table.start,
    ]
    assert positions == sorted(positions)
    assert "Nguyễn Thị Minh Hòa" in signature.rows[0][1].text


def test_docx_annex_table_keeps_merged_cells_once(plan):
    table = annex(plan)
    check_annex(table)
    assert table.rows[7][1].text.startswith("- Biên soạn")
    lead_column = [row[2].text for row in table.rows[1:]]
    assert lead_column.count(VHTTDL) == 4  # rows 1 (merged with 2), 6, 11 and 12
    assert table.end == len(plan.text)


def test_docx_renders_word_list_numbering(plan):
    for line in (
        "1. Mục đích",
        "2. Yêu cầu",
        "- Nâng cao hiệu quả công tác thông tin đối ngoại",
        "1. Nhiệm vụ chung",  # numbering restarts in section II
        "a) Các sở, ban, ngành",
        "c) Sở Giáo dục và Đào tạo",
        "2. Nhiệm vụ cụ thể",
        "3. Các sở, ban, ngành, Ủy ban nhân dân các huyện",
    ):
        assert "\n" + line in plan.text, line


def test_word_numbering_formats_levels_and_restarts():
    from lxml import etree

    from ttdn.documents.readers.numbering import Numbering

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def level(ilvl, fmt, text, start=1):
        return (
            f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
            f'<w:lvlText w:val="{text}"/></w:lvl>'
        )

    numbering = etree.fromstring(
        f'<w:numbering xmlns:w="{w}">'
        f'<w:abstractNum w:abstractNumId="1">{level(0, "upperRoman", "%1.")}'
        f"{level(1, 'decimal', '%1.%2.')}{level(2, 'lowerLetter', '%3)')}</w:abstractNum>"
        f'<w:abstractNum w:abstractNumId="2">{level(0, "bullet", "\uf0b7")}'
        f"{level(1, 'decimalZero', '%2')}</w:abstractNum>"
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
        '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>'
        '<w:num w:numId="3"><w:abstractNumId w:val="1"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>'
        "</w:numbering>"
    )
    styles = etree.fromstring(
        f'<w:styles xmlns:w="{w}"><w:style w:styleId="Muc"><w:pPr><w:numPr>'
        '<w:numId w:val="1"/></w:numPr></w:pPr></w:style></w:styles>'
    )

    def paragraph(num_id=None, ilvl=0, style=None):
        props = f'<w:pStyle w:val="{style}"/>' if style else ""
        if num_id:
            props += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
        return etree.fromstring(f'<w:p xmlns:w="{w}"><w:pPr>{props}</w:pPr></w:p>')

    labels = Numbering(numbering, styles)
    got = [
        labels.label(p)
        for p in (
            paragraph(style="Muc"),  # numbered by its style
            paragraph(1, 1),
            paragraph(1, 2),
            paragraph(1, 2),
            paragraph(1, 1),
            paragraph(1, 2),  # restarts under the new item
            paragraph(1, 0),
            paragraph(2, 0),
            paragraph(2, 1),
            paragraph(3, 0),  # same list, started again at 4
            paragraph(),
        )
    ]
    assert got == ["I. ", "I.1. ", "a) ", "b) ", "I.2. ", "a) ", "II. ", "• ", "01 ", "IV. ", ""]


def write_docx(path: Path, body: str) -> Path:
    """A bare .docx (no numbering.xml, no styles.xml) whose w:body holds ``body``."""
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>",
        )
        archive.writestr(
            "_rels/.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>",
        )
        archive.writestr(
            "word/document.xml",
            f'<w:document xmlns:w="{w}" xmlns:mc="{mc}"><w:body>{body}</w:body></w:document>',
        )
    return path


def test_docx_without_numbering_or_styles(tmp_path):
    """Word files written by other programs may lack numbering.xml and styles.xml."""
    path = write_docx(
        tmp_path / "toi_gian.docx",
        "<w:p><w:r><w:t>Kế hoạch số 9/KH-UBND</w:t></w:r></w:p>"
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        "<w:r><w:t>Nhiệm vụ</w:t></w:r><w:ins><w:r><w:t> thêm</w:t></w:r></w:ins>"
        "<w:del><w:r><w:delText> bỏ</w:delText></w:r></w:del></w:p>",
    )
    document = read(path)
    assert document.text == "Kế hoạch số 9/KH-UBND\nNhiệm vụ thêm"
    assert "toi_gian.docx" in document.warnings[0]  # tracked changes


def run(text: str) -> str:
    return f"<w:r><w:t>{text}</w:t></w:r>"


def cell(text: str = "", props: str = "") -> str:
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p>{run(text) if text else ''}</w:p></w:tc>"


def test_docx_content_controls_text_boxes_and_merges(tmp_path):
    text_box = "<w:txbxContent><w:p>" + run("Hộp chữ") + "</w:p></w:txbxContent>"
    path = write_docx(
        tmp_path / "cau_truc.docx",
        # a content control around a paragraph
        "<w:sdt><w:sdtContent><w:p>" + run("Trong khối") + "</w:p></w:sdtContent></w:sdt>"
        # tab, non-breaking hyphen, line break
        "<w:p><w:r><w:t>Số</w:t><w:tab/><w:t>12</w:t><w:noBreakHyphen/><w:t>KH</w:t>"
        "<w:br/><w:t>dòng hai</w:t></w:r></w:p>"
        # a text box, drawn twice for old and new Word: read once
        "<w:p><w:r><mc:AlternateContent><mc:Choice>" + text_box + "</mc:Choice>"
        "<mc:Fallback>" + text_box + "</mc:Fallback></mc:AlternateContent></w:r></w:p>"
        "<w:tbl>"
        # a row that starts one column in, and a cell that claims a billion columns
        '<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>'
        + cell("A")
        + cell("B", '<w:gridSpan w:val="1000000000"/>')
        + "</w:tr>"
        # an old-style horizontal merge, and a vertical one over a nested table
        "<w:tr>"
        + cell("C", '<w:hMerge w:val="restart"/>')
        + cell("bỏ", "<w:hMerge/>")
        + cell("D", '<w:vMerge w:val="restart"/>')
        + "</w:tr><w:tr><w:tc><w:tbl><w:tr>"
        + cell("x")
        + cell("y")
        + "</w:tr></w:tbl></w:tc>"
        + cell("", "<w:vMerge/>")
        + "</w:tr></w:tbl>",
    )
    document = read(path)
    check_offsets(document)
    assert document.text.startswith("Trong khối\nSố\t12-KH\ndòng hai\nHộp chữ\n")
    assert document.text.count("Hộp chữ") == 1
    (table,) = document.tables
    rows = table.texts()
    assert len(rows[0]) == 66  # gridBefore, A, and B spanning at most 64 columns
    assert rows[0][:3] == ["", "A", "B"]
    assert rows[1][:3] == ["C", "", "D"]  # the covered cell's text is not read
    assert rows[2][:2] == ["x y", ""]
    assert table.rows[2][1].continues


def test_docx_name_from_a_windows_path():
    document = read(PLAN_DOCX, name="C:\\fakepath\\Kế hoạch 45.docx")
    assert document.name == "Kế hoạch 45.docx"


def test_format_is_told_by_content_not_extension(tmp_path):
    renamed = tmp_path / "ke_hoach.pdf"
    shutil.copy(PLAN_DOCX, renamed)
    assert read(renamed).format == "docx"
    web_page_as_doc = tmp_path / "bai_viet.doc"
    shutil.copy(FIXTURES / "bai_viet_ke_hoach.html", web_page_as_doc)
    assert read(web_page_as_doc).format == "html"


# ---------------------------------------------------------------- the gold extraction


def load_gold(name: str) -> dict:
    raw = (FIXTURES / name).read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", raw) == raw
    data = json.loads(raw)
    assert raw.rstrip("\n") == json.dumps(data, ensure_ascii=False, indent=2)
    return data


def check_gold_is_verbatim(gold: dict, text: str) -> None:
    flat = ws(text)
    for basis in gold["legal_bases"]:
        assert ws(basis["as_written"]) in flat
        assert basis["identifier"] in basis["as_written"].replace(" ", "")
    for task in gold["tasks"]:
        assert ws(task["text"]) in flat, task["text"]
        for ref in task["lead"] + task["coordinating"]:
            assert ws(ref["as_written"]) in flat, ref
        if task["timeframe"]:
            assert ws(task["timeframe"]["as_written"]) in flat
    assert ws(gold["report_deadline"]["as_written"]) in flat
    assert ws(gold["signer"]) in flat
    assert gold["plan_number"] in flat
    for section in gold["sections"]:
        assert text.index(section["heading"]) < text.index(section["body"])


def test_gold_of_the_word_plan_matches_what_the_reader_reads(plan):
    gold = load_gold("ke_hoach_xa_annex.expected.json")
    assert gold["file"] == PLAN_DOCX.name
    check_gold_is_verbatim(gold, plan.text)
    rows = {row[0].text: row for row in annex(plan).rows}
    annex_tasks = [t for t in gold["tasks"] if t["source"] == "annex"]
    assert len(annex_tasks) == 13 and len(gold["tasks"]) == 16
    for task in annex_tasks:
        row = rows[task["row"]]
        assert ws(task["text"]) in ws(row[1].text)
        assert ws(task["timeframe"]["as_written"]) == ws(row[4].text)
        lead_cell = row[2].text or rows[str(int(task["row"]) - 1)][2].text  # merged lead
        assert all(ref["as_written"] in lead_cell for ref in task["lead"])
        assert all(ref["as_written"] in row[3].text for ref in task["coordinating"])


@pytest.fixture(scope="module")
def make_fixtures():
    """tests/fixtures/importer/make_fixtures.py, the script that writes the fixtures."""
    spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gold_of_the_scan_matches_the_typeset_text(make_fixtures):
    typeset = "\n".join(
        [" ".join(pair) for pair in make_fixtures.SCAN_HEADER]
        + [text for page in make_fixtures.SCAN_PAGES for _, text in page]
    )
    gold = load_gold("ke_hoach_scan.expected.json")
    check_gold_is_verbatim(gold, typeset)
    assert len(gold["tasks"]) == 5


# ---------------------------------------------------------------- LibreOffice formats


@needs_libreoffice
@pytest.mark.parametrize("suffix", ["odt", "doc", "rtf"])
def test_odt_doc_and_rtf_are_read_through_libreoffice(suffix):
    document = read(FIXTURES / f"ke_hoach_xa_annex.{suffix}")
    assert document.format == suffix
    check_offsets(document)
    check_annex(annex(document))
    assert "Căn cứ Kết luận số 57-KL/TW ngày 15/6/2023" in document.text
    assert "trước ngày 10 tháng 12 hàng năm" in document.text


@pytest.mark.parametrize("suffix", ["odt", "doc", "rtf"])
def test_libreoffice_missing_is_reported(monkeypatch, suffix):
    monkeypatch.setattr("ttdn.documents.convert.shutil.which", lambda _: None)
    error = expect_error(FIXTURES / f"ke_hoach_xa_annex.{suffix}", "converter_missing")
    assert "LibreOffice" in error.message


def test_libreoffice_without_calc_is_reported_for_spreadsheets(tmp_path, monkeypatch):
    from ttdn.documents import convert

    program = tmp_path / "program"
    program.mkdir()
    (program / "soffice").touch()
    assert convert.has_module(str(program / "soffice"), "calc")  # layout unknown
    (program / "libswlo.so").touch()  # Writer, not Calc
    assert convert.has_module(str(program / "soffice"), "writer")
    assert not convert.has_module(str(program / "soffice"), "calc")

    ods = tmp_path / "phu_luc.ods"
    with zipfile.ZipFile(ods, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", "<office:document-content/>")
    monkeypatch.setattr(convert.shutil, "which", lambda _: str(program / "soffice"))
    error = expect_error(ods, "converter_missing")
    assert "Calc" in error.message


def fake_soffice(tmp_path: Path, monkeypatch, script: str) -> Path:
    """A shell script standing in for soffice (in a directory without LibreOffice's libraries)."""
    from ttdn.documents import convert

    program = tmp_path / "fake" / "soffice"
    program.parent.mkdir()
    program.write_text("#!/bin/sh\n" + script + "\n")
    program.chmod(0o755)
    monkeypatch.setattr(convert.shutil, "which", lambda _: str(program))
    return program


def _gone(pid: int) -> bool:
    """The process has ended (a zombie nobody reaped counts as ended)."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0] in "ZX"
    except FileNotFoundError:
        return True


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to see the processes")
def test_libreoffice_that_hangs_is_stopped_with_its_children(tmp_path, monkeypatch):
    from ttdn.documents import convert

    child = tmp_path / "child.pid"
    fake_soffice(tmp_path, monkeypatch, f"sleep 60 & echo $! > {child}; wait")
    monkeypatch.setattr(convert, "TIMEOUT_SECONDS", 0.5)
    expect_error(FIXTURES / "ke_hoach_xa_annex.rtf", "timeout")
    pid = int(child.read_text())
    deadline = time.monotonic() + 5
    while not _gone(pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert _gone(pid), "soffice's own children are killed too"


def test_libreoffice_that_writes_nothing_is_corrupt(tmp_path, monkeypatch):
    fake_soffice(tmp_path, monkeypatch, "exit 0")
    error = expect_error(FIXTURES / "ke_hoach_xa_annex.odt", "corrupt")
    assert "LibreOffice" in error.message


def _has_calc() -> bool:
    from ttdn.documents.convert import has_module

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    return soffice is not None and has_module(soffice, "calc")


@pytest.mark.skipif(not _has_calc(), reason="reading .xls/.ods needs LibreOffice Calc")
@pytest.mark.parametrize("suffix", ["ods", "xls"])
def test_ods_and_xls_are_read_through_libreoffice(tmp_path, suffix):
    import subprocess

    subprocess.run(
        [
            shutil.which("soffice") or shutil.which("libreoffice"),
            "--headless",
            f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}",
            "--convert-to",
            suffix,
            "--outdir",
            str(tmp_path),
            str(FIXTURES / "phu_luc_nhiem_vu.xlsx"),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    document = read(tmp_path / f"phu_luc_nhiem_vu.{suffix}")
    assert document.format == suffix
    assert [row[0] for row in document.tables[0].texts()[2:]] == ANNEX_NUMBERS


# ---------------------------------------------------------------- spreadsheets


def test_xlsx_sheets_become_tables_without_empty_rows_or_sheets():
    document = read(FIXTURES / "phu_luc_nhiem_vu.xlsx")
    assert document.format == "xlsx"
    check_offsets(document)
    table, notes = document.tables
    rows = table.texts()
    assert rows[0][0] == "PHÂN CÔNG NHIỆM VỤ THÔNG TIN ĐỐI NGOẠI NĂM 2025"
    assert rows[1] == ANNEX_HEADER
    assert [row[0] for row in rows[2:]] == ANNEX_NUMBERS
    assert rows[4][2] == ""  # merged into the lead cell above
    assert "\n- Phát hành ấn phẩm" in rows[8][1]
    assert notes.texts() == [["Cập nhật", "12/03/2025"], ["Số nhiệm vụ", "13"]]
    assert document.text.startswith("Phụ lục\n")  # several sheets: each is titled
    assert "\nGhi chú\n" in document.text
    assert "Trống" not in document.text


def test_xlsx_ignores_a_lying_dimension(tmp_path):
    source = FIXTURES / "phu_luc_nhiem_vu.xlsx"
    target = tmp_path / "lying.xlsx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="A1:XFD1048576"', data)
            zout.writestr(item, data)
    document = read(target)
    assert len(document.tables[0].rows[0]) == 5


# ---------------------------------------------------------------- lines into paragraphs


def test_laid_out_lines_are_joined_into_paragraphs():
    from ttdn.documents.readers.lines import Line, in_column, paragraphs

    def line(text, x0, x1, top, page=0):
        first = text.split()[0]
        return Line(text, x0, x1, top, top + 10, first_word=6 * len(first), page=page)

    page_one = in_column(
        [
            line("KẾ HOẠCH", 250, 300, 0),  # centred title: short, stays alone
            line("Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của", 130, 500, 20),
            line("Chính phủ;", 100, 160, 32),  # full line above: goes on
            line("Các sở, ban, ngành xây dựng kế hoạch thông tin đối", 130, 495, 44),
            line("ngoại.", 100, 140, 56),
            line("Sở Tài chính bố trí kinh phí thực hiện Kế hoạch này.", 100, 498, 68),
            line(
                "Ủy ban nhân dân tỉnh giao Sở Văn hóa, Thể thao và", 100, 497, 80
            ),  # sentence ended
            line("- Du lịch chủ trì;", 100, 200, 92),  # a list item
            line("Sở Ngoại vụ phối hợp tổ chức đón tiếp phóng viên", 130, 499, 104),
            line("nước ngoài.", 100, 170, 150),  # far below: a new paragraph
            line("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 100, 600, 170),
            line("TỈNH QUẢNG TRỊ\tĐộc lập - Tự do - Hạnh phúc", 100, 480, 182),
            line("Tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ,", 130, 500, 194),
        ]
    )
    page_two = in_column([line("công chức cấp xã.", 100, 220, 5, page=1)])
    assert paragraphs(page_one + page_two).split("\n") == [
        "KẾ HOẠCH",
        "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ;",
        "Các sở, ban, ngành xây dựng kế hoạch thông tin đối ngoại.",
        "Sở Tài chính bố trí kinh phí thực hiện Kế hoạch này.",
        "Ủy ban nhân dân tỉnh giao Sở Văn hóa, Thể thao và",
        "- Du lịch chủ trì;",
        "Sở Ngoại vụ phối hợp tổ chức đón tiếp phóng viên",
        "nước ngoài.",
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "TỈNH QUẢNG TRỊ\tĐộc lập - Tự do - Hạnh phúc",
        "Tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ, công chức cấp xã.",  # page break
    ]
    # in a table cell, centred lines go on even though they do not start at the left
    cell = in_column(
        [line("Sở Văn hóa, Thể thao", 10, 98, 0), line("và Du lịch", 35, 75, 12)],
        right=100,
        indents=False,
    )
    assert paragraphs(cell) == "Sở Văn hóa, Thể thao và Du lịch"


# ---------------------------------------------------------------- PDF with a text layer


def test_pdf_text_and_tables_across_pages():
    document = read(FIXTURES / "ke_hoach_xa_annex.pdf")
    assert document.format == "pdf"
    assert document.pages >= 2
    check_offsets(document)
    table = annex(document)
    check_annex(table)
    assert table.rows[7][1].text.startswith("-Biên soạn")
    # the table's words are read once, in the table, not again in the running text
    assert ws(document.text).count("Savannakhet") == 1
    # lines are joined back into paragraphs, in the running text and in cells
    lines = document.text.split("\n")
    assert (
        "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động "
        "thông tin đối ngoại;"
    ) in lines
    assert any(
        line.startswith("3. Các sở, ban, ngành") and line.endswith("tỉnh.") for line in lines
    )
    assert table.rows[2][3].text == "Đài Phát thanh và Truyền hình tỉnh; Báo Quảng Trị"
    gold = load_gold("ke_hoach_xa_annex.expected.json")
    for task in gold["tasks"]:
        assert ws(task["text"]) in ws(document.text)


def test_pdf_with_a_password_is_refused(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=FIXTURES / "ke_hoach_xa_annex.pdf")
    writer.encrypt("mat-khau", algorithm="AES-128")
    locked = tmp_path / "ke_hoach_mat.pdf"
    writer.write(locked)
    expect_error(locked, "encrypted")


def test_pdf_with_only_an_owner_password_is_read(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=FIXTURES / "ke_hoach_xa_annex.pdf")
    writer.encrypt("", owner_password="chu-so-huu", algorithm="AES-128")
    restricted = tmp_path / "ke_hoach_han_che.pdf"
    writer.write(restricted)
    assert "45/KH-UBND" in read(restricted).text


# ---------------------------------------------------------------- OCR


@needs_ocr
def test_scanned_pdf_is_read_by_ocr():
    reports = []
    document = read(
        FIXTURES / "ke_hoach_scan.pdf", progress=lambda p, label: reports.append((p, label))
    )
    assert document.format == "ocr"
    assert document.pages == 3
    assert "ke_hoach_scan.pdf" in document.warnings[0]
    text = ws(document.text)
    for words in ("KẾ HOẠCH", "28/KH-UBND", "Bát Xát", "thông tin đối ngoại", "72/2015/NĐ-CP"):
        assert words in text, words
    # the two columns of the header are kept apart; wrapped lines become paragraphs
    assert "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in document.text
    task = next(line for line in document.text.split("\n") if line.startswith("4. "))
    assert task.endswith("cho cán bộ, công chức cấp xã. Thời gian: Tháng 6/2025.")
    percents = [p for p, _ in reports]
    assert percents == sorted(percents) and percents[-1] == 75
    assert sum(1 for _, label in reports if label and "3" in label) >= 1


@needs_ocr
def test_image_is_read_by_ocr(tmp_path):
    import pypdfium2

    pdf = pypdfium2.PdfDocument(FIXTURES / "ke_hoach_scan.pdf")
    image = tmp_path / "trang_1.png"
    pdf[0].render(scale=300 / 72, grayscale=True).to_pil().save(image)
    document = read(image)
    assert (document.format, document.pages) == ("ocr", 1)
    assert "28/KH-UBND" in document.text


@needs_ocr
def test_scanned_page_in_a_typed_pdf_is_read_by_ocr(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.append(FIXTURES / "ke_hoach_xa_annex.pdf", pages=[0])
    writer.append(FIXTURES / "ke_hoach_scan.pdf", pages=[0])
    mixed = tmp_path / "ghep.pdf"
    writer.write(mixed)
    document = read(mixed)
    assert document.format == "pdf"
    assert "45/KH-UBND" in document.text and "28/KH-UBND" in document.text
    assert any("2" in warning for warning in document.warnings)
    (warning,) = document.warnings
    assert "ghep.pdf" in warning


def test_scanned_page_in_a_typed_pdf_is_skipped_with_a_warning_without_ocr(tmp_path, monkeypatch):
    from pypdf import PdfWriter

    monkeypatch.setattr("ttdn.documents.readers.ocr.shutil.which", lambda _: None)
    writer = PdfWriter()
    writer.append(FIXTURES / "ke_hoach_xa_annex.pdf", pages=[0])
    writer.append(FIXTURES / "ke_hoach_scan.pdf", pages=[0])
    mixed = tmp_path / "ghep.pdf"
    writer.write(mixed)
    document = read(mixed)
    assert document.format == "pdf"
    assert "45/KH-UBND" in document.text and "28/KH-UBND" not in document.text
    (warning,) = document.warnings
    assert "ghep.pdf" in warning and "2" in warning


def test_ocr_missing_is_reported(monkeypatch):
    monkeypatch.setattr("ttdn.documents.readers.ocr.shutil.which", lambda _: None)
    error = expect_error(FIXTURES / "ke_hoach_scan.pdf", "ocr_missing")
    assert "tesseract-ocr-vie" in error.message


def test_scan_with_too_many_pages_is_refused_before_ocr(settings):
    settings.TTDN_DOCUMENTS_MAX_PAGES = 2
    expect_error(FIXTURES / "ke_hoach_scan.pdf", "too_many_pages")


def test_multipage_tiff_over_the_page_cap_is_refused(tmp_path, settings):
    from PIL import Image

    settings.TTDN_DOCUMENTS_MAX_PAGES = 2
    path = tmp_path / "ban_quet.tif"
    pages = [Image.new("L", (100, 100), 255) for _ in range(3)]
    pages[0].save(path, save_all=True, append_images=pages[1:])
    expect_error(path, "too_many_pages")


def png_header(width: int, height: int) -> bytes:
    """The start of a PNG (greyscale): enough for Pillow to open it, not to decode it."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    ihdr = chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
    return b"\x89PNG\r\n\x1a\n" + ihdr + chunk(b"IDAT", zlib.compress(b"\x00" * 64))


@pytest.fixture
def ocr_installed(monkeypatch):
    """Pretend Tesseract and its Vietnamese model are there."""
    monkeypatch.setattr("ttdn.documents.readers.ocr.require_ocr", lambda name: None)


def test_ocr_that_takes_too_long_is_stopped(tmp_path, monkeypatch, ocr_installed):
    from PIL import Image

    def too_slow(*args, **kwargs):
        raise RuntimeError("Tesseract process timeout")  # what pytesseract raises

    monkeypatch.setattr("ttdn.documents.readers.ocr.pytesseract.image_to_data", too_slow)
    path = tmp_path / "trang.png"
    Image.new("L", (100, 100), 255).save(path)
    expect_error(path, "timeout")


def test_image_with_damaged_data_is_corrupt(tmp_path, ocr_installed):
    path = tmp_path / "hong.png"
    path.write_bytes(png_header(200, 200))  # opens, but its pixel data is cut short
    expect_error(path, "corrupt")


@pytest.mark.parametrize("side", [12_000, 30_000])  # over our cap; over Pillow's own
def test_huge_image_is_refused(tmp_path, side):
    path = tmp_path / "anh_lon.png"
    path.write_bytes(png_header(side, side))
    expect_error(path, "too_large")


# ---------------------------------------------------------------- web pages


def test_html_keeps_the_article_and_drops_the_portal():
    document = read(FIXTURES / "bai_viet_ke_hoach.html")
    assert (document.format, document.encoding) == ("html", "utf-8")
    check_offsets(document)
    text = document.text
    assert text.startswith("Lào Cai ban hành Kế hoạch thông tin đối ngoại năm 2025")
    assert "Kế hoạch số 35/KH-UBND" in text
    assert "tại tỉnh." in text and "trước ngày 05 tháng 12 năm 2025" in text
    for furniture in (
        "Trang chủ",
        "Lượt truy cập",
        "Bản quyền",
        "Liên kết website",
        "Tin liên quan",
    ):
        assert furniture not in text
    (table,) = document.tables
    assert table.texts()[0] == ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"]
    assert table.texts()[1][2] == VHTTDL and table.texts()[2][2] == ""  # rowspan


def test_html_fixtures_are_what_the_generator_writes(make_fixtures):
    """The hostile page is the plain one with traps injected: they cannot drift apart."""
    for name, html in make_fixtures.html_pages().items():
        assert (FIXTURES / name).read_text(encoding="utf-8") == html, name


def test_hostile_html_gives_only_text():
    document = read(FIXTURES / "bai_viet_ke_hoach_hostile.html")
    text = document.text
    assert "Kế hoạch nhằm tăng cường công tác thông tin đối ngoại" in text
    for trap in ("alert", "javascript", "ĐỘC", "ẨN", "mật khẩu", "evil", "<", "onerror"):
        assert trap not in text, trap


@pytest.mark.parametrize("paragraphs", [150, 3000])
def test_a_page_that_never_closes_its_tags_is_read_to_its_end(tmp_path, paragraphs):
    """Sloppy portals leave a <font> open per paragraph: the page nests thousands deep,
    and libxml2 drops what lies past 256 levels (2,048 with huge_tree). Every paragraph is
    read, and still nothing hidden or scripted."""
    page = tmp_path / "trang.html"
    body = "".join(
        f"<p><font face='Times'>Mục {i}: tuyên truyền đối ngoại." for i in range(paragraphs)
    )
    page.write_text(
        f"<html><body><script>alert(1)</script>{body}<span style='display: none'>ẨN</span>"
        "<div hidden><b>MẬT</b></div><p>Nơi nhận: các sở, ngành.</body></html>",
        encoding="utf-8",
    )
    text = read(page).text
    for i in (0, paragraphs // 2, paragraphs - 1):
        assert f"Mục {i}: tuyên truyền đối ngoại." in text
    assert text.endswith("Nơi nhận: các sở, ngành.")
    for trap in ("alert", "ẨN", "MẬT"):
        assert trap not in text


def test_html_without_an_article_falls_back_to_its_text(tmp_path):
    """A bare page (trafilatura does take its div as the article; the fallback proper is
    test_html_where_trafilatura_finds_nothing_gives_all_its_text)."""
    page = tmp_path / "trang.htm"
    page.write_text(
        "<html><head><title>x</title><script>alert(1)</script></head>"
        "<body><div>Kế hoạch số 7/KH-UBND<br>Thông tin đối ngoại</div></body></html>",
        encoding="utf-8",
    )
    document = read(page)
    assert document.text == "Kế hoạch số 7/KH-UBND\nThông tin đối ngoại"


def test_html_where_trafilatura_finds_nothing_gives_all_its_text(tmp_path, monkeypatch):
    import trafilatura

    real_extraction = trafilatura.bare_extraction

    def finds_nothing(page, **kwargs):
        real_extraction(page, **kwargs)  # it may work on the page: the fallback needs it whole
        return None

    monkeypatch.setattr(trafilatura, "bare_extraction", finds_nothing)
    page = tmp_path / "trang.html"
    page.write_text(
        "<html><body><nav><ul><li>Trang chủ</li></ul></nav><div>Kế hoạch số 7/KH-UBND<br>"
        "Thông tin <b>đối ngoại</b></div><p hidden>ẨN</p><table><tr><td>1</td><td>Tập huấn</td>"
        "</tr></table></body></html>",
        encoding="utf-8",
    )
    document = read(page)
    assert document.text == "Trang chủ\nKế hoạch số 7/KH-UBND\nThông tin đối ngoại\n1\nTập huấn"
    assert document.tables == []


def test_xhtml_with_an_xml_declaration(tmp_path):
    page = tmp_path / "trang.xhtml"
    page.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml">'
        "<body><p>Kế hoạch số 7/KH-UBND</p></body></html>",
        encoding="utf-8",
    )
    assert read(page).text == "Kế hoạch số 7/KH-UBND"


def test_html_in_a_declared_legacy_charset(tmp_path):
    from ttdn.documents.encodings import encode_legacy

    html = (
        '<html><head><meta charset="windows-1258"></head><body><h1>Kế hoạch</h1>'
        "<p>Tuyên truyền về chủ quyền biên giới, lãnh thổ quốc gia cho nhân dân khu vực "
        "biên giới trong năm 2025 theo kế hoạch của Ủy ban nhân dân tỉnh.</p></body></html>"
    )
    page = tmp_path / "cu.html"
    page.write_bytes(encode_legacy(html, "windows-1258"))
    document = read(page)
    assert "Tuyên truyền về chủ quyền biên giới" in document.text
    assert document.encoding == "cp1258"


@pytest.mark.parametrize("declared", ["utf-8", "khong-co-that"])
def test_html_with_a_wrong_or_unknown_charset_is_read_by_its_bytes(tmp_path, declared):
    from ttdn.documents.encodings import encode_legacy

    html = (
        f'<html><head><meta charset="{declared}"></head><body><p>Tuyên truyền về chủ quyền '
        "biên giới, lãnh thổ quốc gia cho nhân dân khu vực biên giới trong năm 2025.</p>"
        "</body></html>"
    )
    page = tmp_path / "cu.html"
    page.write_bytes(encode_legacy(html, "tcvn3"))
    document = read(page)
    assert document.encoding == "tcvn3"
    assert "Tuyên truyền về chủ quyền biên giới" in document.text


# ---------------------------------------------------------------- plain text


def test_txt_in_utf8_with_crlf_and_nfd(tmp_path):
    path = tmp_path / "ke_hoach.txt"
    path.write_bytes(unicodedata.normalize("NFD", "Kế hoạch\r\nSố: 12/KH-UBND\r\n").encode())
    document = read(path)
    assert (document.format, document.encoding, document.warnings) == ("txt", "utf-8", [])
    assert document.text == "Kế hoạch\nSố: 12/KH-UBND"


def test_txt_in_utf16(tmp_path):
    path = tmp_path / "ke_hoach.txt"
    path.write_bytes("Kế hoạch thông tin đối ngoại năm 2025".encode("utf-16"))
    assert read(path).text == "Kế hoạch thông tin đối ngoại năm 2025"


def test_txt_in_tcvn3_is_converted_with_a_warning(tmp_path):
    from ttdn.documents.encodings import encode_legacy

    text = "Kế hoạch thông tin đối ngoại năm 2025 của các sở, ban, ngành"
    path = tmp_path / "cu.txt"
    path.write_bytes(encode_legacy(text, "tcvn3"))
    document = read(path)
    assert document.text == text
    assert document.encoding == "tcvn3"
    assert "cu.txt" in document.warnings[0]


# ---------------------------------------------------------------- bad input


def test_empty_file(tmp_path):
    for name in ("rong.docx", "rong.txt"):
        (tmp_path / name).write_bytes(b"")
        expect_error(tmp_path / name, "empty")


def test_whitespace_only_text_has_no_text(tmp_path):
    path = tmp_path / "trang.txt"
    path.write_text(" \n\t\n", encoding="utf-8")
    expect_error(path, "no_text")


def test_file_over_the_size_cap_is_refused_before_reading(tmp_path):
    path = tmp_path / "qua_lon.pdf"
    with path.open("wb") as f:
        f.truncate(200 * 1024 * 1024)  # sparse: takes no disk space
    error = expect_error(path, "too_large")
    assert "200" in error.message


def test_size_cap_comes_from_settings(settings):
    settings.TTDN_DOCUMENTS_MAX_BYTES = 1024
    expect_error(PLAN_DOCX, "too_large")


@pytest.mark.parametrize(
    "fixture", ["ke_hoach_xa_annex.docx", "phu_luc_nhiem_vu.xlsx", "ke_hoach_xa_annex.pdf"]
)
def test_truncated_file_is_corrupt(tmp_path, fixture):
    data = (FIXTURES / fixture).read_bytes()
    path = tmp_path / fixture
    path.write_bytes(data[: len(data) // 2])
    expect_error(path, "corrupt")


def test_damaged_parts_are_corrupt(tmp_path):
    path = tmp_path / "hong.docx"
    with zipfile.ZipFile(PLAN_DOCX) as zin, zipfile.ZipFile(path, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item)
            zout.writestr(item, data[:200] if item.filename == "word/document.xml" else data)
    expect_error(path, "corrupt")


def test_garbage_under_a_document_name_is_corrupt(tmp_path):
    path = tmp_path / "ke_hoach.pdf"
    path.write_bytes(bytes(range(256)) * 64)
    expect_error(path, "corrupt")


def test_pdf_without_a_body_is_corrupt(tmp_path):
    path = tmp_path / "ke_hoach.pdf"
    path.write_bytes(b"%PDF-1.7\n" + b"garbage " * 1000)
    expect_error(path, "corrupt")


def test_zip_bomb_is_refused_without_unpacking(tmp_path):
    path = tmp_path / "bom.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            block = b"\x00" * (1024 * 1024)
            for _ in range(300):  # 300 MB of zeros: about 300 KB packed
                member.write(block)
    assert path.stat().st_size < 2 * 1024 * 1024
    expect_error(path, "zip_bomb")


def test_zip_member_packed_far_too_tightly_is_refused(tmp_path):
    path = tmp_path / "nen.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/sharedStrings.xml", b"\x00" * (20 * 1024 * 1024))  # ~1000:1
    expect_error(path, "zip_bomb")


def test_zip_with_too_many_members_is_refused(tmp_path):
    path = tmp_path / "nhieu.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
        for i in range(10_001):
            archive.writestr(f"xl/x{i}", b"")
    expect_error(path, "zip_bomb")


def test_encrypted_office_file_is_refused(tmp_path):
    # Word and Excel save a password-protected file as an OLE container holding an
    # "EncryptedPackage" stream; the stream name is all that is looked at.
    path = tmp_path / "mat_khau.docx"
    name = "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1000 + name + b"\x00" * 1000)
    expect_error(path, "encrypted")


def test_ole_container_of_no_known_kind_is_unsupported(tmp_path):
    path = tmp_path / "du_lieu.bin"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2000)
    expect_error(path, "unsupported")


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("chuong_trinh.exe", b"MZ\x90\x00\x03\x00\x00\x00" + bytes(range(256)) * 40),
        ("du_lieu.bin", bytes(range(256)) * 40),
    ],
)
def test_binary_of_unknown_kind_is_unsupported(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    error = expect_error(path, "unsupported")
    assert "Word, PDF" in error.message


def test_zip_archive_that_is_no_document_is_unsupported(tmp_path):
    path = tmp_path / "tai_lieu.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "Kế hoạch")
    expect_error(path, "unsupported")


def test_binary_named_txt_is_not_text(tmp_path):
    path = tmp_path / "ke_hoach.txt"
    path.write_bytes(bytes(range(256)) * 40)
    expect_error(path, "not_text")


def test_control_characters_named_txt_are_not_text(tmp_path):
    path = tmp_path / "ke_hoach.txt"
    path.write_bytes(b"Ke hoach \x01\x02\x03\x04\x05\x06\x07\x08" * 100)
    expect_error(path, "not_text")


def test_control_characters_under_another_name_are_unsupported(tmp_path):
    path = tmp_path / "ke_hoach.dat"
    path.write_bytes(b"Ke hoach \x01\x02\x03\x04\x05\x06\x07\x08" * 100)
    expect_error(path, "unsupported")


def test_table_too_large_to_pad_is_refused():
    from ttdn.documents.readers.builder import MAX_TABLE_CELLS, TextBuilder

    wide = [""] * 1001
    rows = [wide] + [["x"]] * (MAX_TABLE_CELLS // 1001)  # few cells, a huge rectangle
    with pytest.raises(ReadError) as caught:
        TextBuilder("bang.xlsx").table(rows)
    assert caught.value.code == "too_large"
    assert "bang.xlsx" in caught.value.message


def test_unexpected_failure_is_a_read_error(monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("bug")

    monkeypatch.setattr("ttdn.documents.readers.word.read_docx", explode)
    expect_error(PLAN_DOCX, "corrupt")


def test_progress_callback_errors_reach_the_caller():
    class Cancelled(Exception):
        pass

    def cancel(percent, label):
        raise Cancelled

    with pytest.raises(Cancelled):
        read(PLAN_DOCX, progress=cancel)


def test_light_formats_do_not_import_heavy_libraries(tmp_path):
    """A text file needs no PDF, OCR, web or Office library; a typed PDF needs no OCR.

    Run in a fresh interpreter: this one has imported them all for the other tests.
    """
    text = tmp_path / "ke_hoach.txt"
    text.write_text("Kế hoạch thông tin đối ngoại năm 2025", encoding="utf-8")
    heavy = ("charset_normalizer", "docx", "openpyxl", "pdfplumber", "pytesseract", "trafilatura")
    script = (
        "import sys, django; from pathlib import Path\n"
        "django.setup()\n"
        "from ttdn.documents.readers import read_document\n"
        "for path in map(Path, sys.argv[1:]):\n"
        "    read_document(path, name=path.name)\n"
        f"    print(' '.join(m for m in {heavy!r} if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(text), str(FIXTURES / "ke_hoach_xa_annex.pdf")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "TTDN_DEVELOPMENT": "1"},
    )
    assert result.returncode == 0, result.stderr
    after_text, after_pdf = result.stdout.splitlines()
    assert after_text == ""
    assert "pdfplumber" in after_pdf and "pytesseract" not in after_pdf


@pytest.mark.parametrize(
    "control, joint",
    [("\x0b", " "), ("\x0c", " "), ("\x01", ""), ("\x1f", ""), ("\x00", "")],
)
@pytest.mark.parametrize("hidden", [True, False])
def test_html_with_control_characters_is_read_not_refused(tmp_path, control, joint, hidden):
    """Word's manual line break (a vertical tab) survives into pages copied from it; lxml
    refuses control characters as text when the reader rewrites a tree (a hidden element
    dropped, the fallback's text), which once failed the page as corrupt. A vertical tab
    or a form feed parts words as a browser shows them (``core.text.markup_safe``); the
    other controls are dropped."""
    hidden_span = '<span style="display:none">ẨN</span>' if hidden else ""
    page = tmp_path / "trang.html"
    page.write_text(
        f"<html><body><article><p>Kế hoạch số 12/KH-UBND ngày 05/3/2021{control}về công tác "
        f"thông tin đối ngoại {hidden_span}năm 2021</p><p>Tuyên truyền về chủ quyền biên "
        "giới, lãnh thổ quốc gia cho nhân dân khu vực biên giới theo kế hoạch.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    text = read(page).text
    assert f"Kế hoạch số 12/KH-UBND ngày 05/3/2021{joint}về công tác" in text
    assert "ẨN" not in text
    assert not re.search(r"[\x00-\x08\x0b-\x1f]", text)
