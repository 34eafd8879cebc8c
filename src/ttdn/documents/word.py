"""Word documents out, in the presentation of administrative documents (Nghị định
30/2020/NĐ-CP, Phụ lục I): A4 paper; margins 20 mm top and bottom, 30 mm left, 15 mm
right; Times New Roman; body text 14 pt (13 allowed), justified, first line indented
1 cm, 6 pt between paragraphs, single line spacing; the kind and subject of the document
bold and centred, the kind in capitals.

:func:`docx_bytes` is the one writer reports and exports share::

    docx_bytes(
        "Báo cáo",
        ["Kết quả công tác thông tin đối ngoại năm 2025", Heading("I. KẾT QUẢ"), "…",
         DocTable(header=["STT", "Nội dung"], rows=[["1", "Hội nghị"]])],
        subtitle="Kết quả công tác thông tin đối ngoại năm 2025",
    )

Text is written as given (line breaks and tabs kept); control characters that XML cannot
hold are dropped rather than failing the whole file. Heavy: imports python-docx.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

FONT = "Times New Roman"
LANGUAGE = "vi-VN"
XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # as openpyxl's ILLEGAL_CHARACTERS_RE


@dataclass
class Heading:
    """A heading inside the body ("I. KẾT QUẢ ĐẠT ĐƯỢC"), bold. ``level`` says which:
    1 "I.", 2 "1." (both bold), 3 "a)" (italic in :mod:`ttdn.documents.decree30`)."""

    text: str
    level: int = 1


@dataclass
class DocTable:
    """A table with a bold header row, repeated on every page it runs over."""

    rows: Sequence[Sequence[object]]
    header: Sequence[object] = ()
    widths_cm: Sequence[float] = ()


Block = str | Heading | DocTable


def xml_text(value: object) -> str:
    """``value`` as text a Word file can hold (None is empty)."""
    return XML_ILLEGAL.sub("", "" if value is None else str(value))


def docx_bytes(
    title: str,
    paragraphs: Iterable[Block] = (),
    tables: Iterable[DocTable | Sequence[Sequence[object]]] = (),
    *,
    subtitle: str = "",
    font_size: int = 14,
) -> bytes:
    """A .docx file: ``title`` (the kind of document, e.g. "Báo cáo", in capitals) and
    ``subtitle`` (its subject) centred and bold, then ``paragraphs`` in order (text,
    :class:`Heading` or :class:`DocTable`), then ``tables`` (a :class:`DocTable` or plain
    rows, the first row taken as the header)."""
    if font_size not in (13, 14):
        raise ValueError("Nghị định 30/2020 sets body text at 13 or 14 pt")
    document = docx.Document()
    set_page(document)
    set_styles(document, font_size)
    document.core_properties.title = xml_text(title)
    document.core_properties.language = LANGUAGE

    _centred(document, xml_text(title).upper(), bold=True, space_before=0)
    if subtitle:
        _centred(document, xml_text(subtitle), bold=True, space_before=0)
    for block in paragraphs:
        _add(document, block)
    for table in tables:
        if not isinstance(table, DocTable):
            rows = [list(row) for row in table]
            table = DocTable(header=rows[0] if rows else (), rows=rows[1:])
        _add(document, table)

    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def set_page(document) -> None:
    """A4 and the margins of Nghị định 30/2020 on every section of ``document``."""
    for section in document.sections:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin = section.bottom_margin = Mm(20)
        section.left_margin, section.right_margin = Mm(30), Mm(15)


def set_styles(document, font_size: int) -> None:
    """Times New Roman ``font_size`` pt, Vietnamese, single spacing, 6 pt after."""
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(font_size)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):  # no fallback font
        fonts.set(qn(attribute), FONT)
    language = rpr.find(qn("w:lang"))
    if language is None:
        language = OxmlElement("w:lang")
        rpr.append(language)
    language.set(qn("w:val"), LANGUAGE)
    paragraph = normal.paragraph_format
    paragraph.space_before = Pt(0)
    paragraph.space_after = Pt(6)
    paragraph.line_spacing = 1.0


def _centred(document, text: str, *, bold: bool, space_before: int = 6) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    paragraph.paragraph_format.space_before = Pt(space_before)
    paragraph.add_run(text).bold = bold


def _add(document, block: Block) -> None:
    if isinstance(block, Heading):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.space_before = Pt(6)
        paragraph.paragraph_format.keep_with_next = True
        paragraph.add_run(xml_text(block.text)).bold = True
    elif isinstance(block, DocTable):
        add_table(document, block)
    else:
        paragraph = document.add_paragraph(xml_text(block))
        paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        paragraph.paragraph_format.first_line_indent = Cm(1)


def add_table(document, table: DocTable, *, font_size: float | None = None) -> None:
    """``table`` with a grid, its header row bold, centred and repeated on each page;
    ``font_size`` (pt) for its cells if not the body's."""
    width = max([len(table.header), *(len(row) for row in table.rows)], default=0)
    if width == 0:
        return
    rows = ([list(table.header)] if table.header else []) + [list(row) for row in table.rows]
    grid = document.add_table(rows=len(rows), cols=width)
    grid.style = "Table Grid"
    grid.alignment = WD_TABLE_ALIGNMENT.CENTER
    for r, row in enumerate(rows):
        header = bool(table.header) and r == 0
        for c in range(width):
            cell = grid.cell(r, c)
            paragraph = cell.paragraphs[0]
            paragraph.paragraph_format.space_after = Pt(0)
            if header:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run = paragraph.add_run(xml_text(row[c] if c < len(row) else ""))
            run.bold = header
            if font_size:
                run.font.size = Pt(font_size)
            if c < len(table.widths_cm):
                cell.width = Cm(table.widths_cm[c])
    if table.widths_cm:  # LibreOffice lays a table out by its grid, not its cells
        grid.autofit = False
        for column, width in zip(grid.columns, table.widths_cm, strict=False):
            column.width = Cm(width)
    if table.header:
        header_row = grid.rows[0]._tr.get_or_add_trPr()
        repeat = OxmlElement("w:tblHeader")
        repeat.set(qn("w:val"), "true")
        header_row.append(repeat)
    document.add_paragraph()  # Word needs a paragraph between two tables
