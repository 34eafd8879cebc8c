"""Administrative documents in the format of Nghị định 30/2020/NĐ-CP (Phụ lục I): the
heading block, number, place and date, kind and subject, body, signature and "Nơi nhận".

A pure function of a :class:`Decree30Document`: the same spec always gives the same
file. Reports (báo cáo), urging letters (công văn đôn đốc) and any other document the
province issues share it::

    from ttdn.documents.decree30 import (
        Decree30Document, Issuer, Section, Signer, decree30_docx,
    )
    from ttdn.documents.word import DocTable, Heading

    data = decree30_docx(Decree30Document(
        issuer=Issuer(name="Ủy ban nhân dân tỉnh Đồng Nai"),
        number="123", symbol="BC-UBND",
        place="Đồng Nai", date=dt.date(2018, 11, 5),
        kind="Báo cáo",
        title="Kết quả thực hiện Kế hoạch thông tin đối ngoại năm 2018",
        sections=[
            Section("", ["Thực hiện Kế hoạch số 12773/KH-UBND …"]),
            Section("I. KẾT QUẢ ĐẠT ĐƯỢC", [Heading("1. Tập huấn", level=2), "…",
                                            DocTable(header=[…], rows=[…])]),
        ],
        signer=Signer(name="Trần Văn Vĩnh"),
        recipients=["Bộ Thông tin và Truyền thông", "Thường trực Tỉnh ủy"],
        archive="VT, TH",
    ))

A "công văn" has no kind line: pass ``kind=""`` and its subject goes under the number as
"V/v …" (:attr:`Decree30Document.is_letter`), with ``salutation`` ("Kính gửi: …").

The layout (what the tests read back):

- A4, margins 20 mm top and bottom, 30 mm left, 15 mm right; Times New Roman; body 14 pt
  (13 allowed), justified, first line indented 1 cm, 6 pt after paragraphs; page numbers
  centred in the header from page 2.
- The heading block is a borderless two-column table. Left: the parent body in capitals
  (if any), the issuing body in bold capitals, a short rule under it, then
  "Số: 123/BC-UBND" (a blank number — "Số:      /BC-UBND" — until the document is
  numbered). Right: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" bold, "Độc lập - Tự do - Hạnh
  phúc" bold with a rule as long as it under it, then the italic place-date line.
- The kind in bold capitals, the subject bold, a short rule under it.
- The body: each :class:`Section`'s heading ("I. …") bold, then its blocks (text,
  :class:`~ttdn.documents.word.Heading` with level 1 "I." and 2 "1." bold, 3 "a)" italic,
  :class:`~ttdn.documents.word.DocTable`); the last paragraph ends with "./.".
- Another borderless table: "Nơi nhận:" (bold italic 12 pt) and its items (11 pt, "- …;",
  the last "- Lưu: VT, TH.") on the left; the signature on the right (the authority,
  "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", the title, room for the signature and seal, the
  name), all bold.

Heavy: imports python-docx. Depends on nothing in ttdn but :mod:`ttdn.documents.word`.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass, field

import docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from ttdn.documents.word import (
    FONT,
    LANGUAGE,
    Block,
    DocTable,
    Heading,
    add_table,
    set_page,
    set_styles,
    xml_text,
)

__all__ = [
    "END_MARK",
    "MOTTO",
    "NATION",
    "Decree30Document",
    "Issuer",
    "Section",
    "Signer",
    "date_line",
    "issuer_lines",
    "decree30_docx",
    "number_line",
    "upper_vi",
]

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
END_MARK = "./."  # the mark that closes the body (as in the province's own documents)
NUMBER_BLANK = "\u00a0" * 6  # the space the clerk fills in by hand before numbering

# The page between the margins is 165 mm wide; the heading block's columns.
LEFT_CM, RIGHT_CM = 6.3, 10.2
HEADING_PT = 13  # issuing body, national name and motto: 12-13 pt
RECIPIENTS_PT, RECIPIENT_ITEMS_PT = 12, 11
MOTTO_CM = 5.6  # the motto's width in bold 13 pt Times New Roman: the rule under it


@dataclass(frozen=True)
class Issuer:
    """The body that issues the document: ``name`` ("Ủy ban nhân dân tỉnh Đồng Nai"),
    and for a body under another one its ``parent`` ("UBND tỉnh Đồng Nai" above "Sở
    Thông tin và Truyền thông"). Both are written in capitals."""

    name: str
    parent: str = ""


@dataclass(frozen=True)
class Signer:
    """Who signs: ``authority`` ("TM. ỦY BAN NHÂN DÂN", empty for a body's head signing
    in their own name), ``on_behalf`` ("KT. CHỦ TỊCH" for a deputy signing for the head,
    empty otherwise), ``title`` ("PHÓ CHỦ TỊCH") and ``name``. An empty ``name`` leaves
    the place blank."""

    name: str = ""
    title: str = "PHÓ CHỦ TỊCH"
    on_behalf: str = "KT. CHỦ TỊCH"
    authority: str = "TM. ỦY BAN NHÂN DÂN"

    def lines(self) -> list[str]:
        return [upper_vi(line) for line in (self.authority, self.on_behalf, self.title) if line]


@dataclass(frozen=True)
class Section:
    """A part of the body: ``heading`` ("I. KẾT QUẢ ĐẠT ĐƯỢC"; empty for the opening
    paragraphs) and its ``blocks`` (text, Heading, DocTable)."""

    heading: str
    blocks: Sequence[Block] = ()


@dataclass(frozen=True)
class Decree30Document:
    """Everything an administrative document shows; see the module for the layout.

    ``number`` is the document's number ("123"), empty until it is numbered; ``symbol``
    its kind and issuer's abbreviations ("BC-UBND"). ``date`` may be None (a draft): the
    line then keeps blanks for the day and month and shows ``year``. ``archive`` is what
    follows "Lưu:" ("VT, TH"). ``font_size`` is the body's, 13 or 14 pt.
    """

    issuer: Issuer
    kind: str
    title: str
    place: str
    date: dt.date | None = None
    number: str = ""
    symbol: str = "BC-UBND"
    sections: Sequence[Section] = ()
    signer: Signer = field(default_factory=Signer)
    recipients: Sequence[str] = ()
    archive: str = "VT"
    salutation: Sequence[str] = ()
    year: int | None = None
    font_size: int = 14

    @property
    def is_letter(self) -> bool:
        """A công văn: no kind line; its subject ("V/v …") stands under the number."""
        return not self.kind


def issuer_lines(name: str) -> list[str]:
    """The issuing body's name as it stands in the heading block, in capitals, one item a
    line: as given when it holds line breaks, else "ỦY BAN NHÂN DÂN" (and "HỘI ĐỒNG NHÂN
    DÂN") alone on the first line, the unit under it."""
    name = upper_vi(name).strip()
    if "\n" in name:
        return [line.strip() for line in name.splitlines() if line.strip()]
    for body in ("ỦY BAN NHÂN DÂN ", "UỶ BAN NHÂN DÂN ", "HỘI ĐỒNG NHÂN DÂN "):
        if name.startswith(body):
            return [body.strip(), name[len(body) :].strip()]
    return [name]


def upper_vi(text: str) -> str:
    """``text`` in capitals (Vietnamese letters included: "đ" → "Đ")."""
    return xml_text(text).upper()


def date_line(place: str, date: dt.date | None, *, year: int | None = None) -> str:
    """The place-date line as Nghị định 30/2020 writes it: the day below 10 and the
    months 1 and 2 with a leading zero, other months without::

        date_line("Đồng Nai", dt.date(2019, 2, 5))   # "Đồng Nai, ngày 05 tháng 02 năm 2019"
        date_line("Đồng Nai", dt.date(2024, 3, 15))  # "Đồng Nai, ngày 15 tháng 3 năm 2024"

    Without a date (a draft), the day and month are left blank for the clerk and the year
    is ``year`` (blank too if None).
    """
    place = xml_text(place).strip()
    if date is None:
        blank = "\u00a0" * 4
        tail = f"ngày{blank} tháng{blank} năm {year if year else blank}"
    else:
        day = f"{date.day:02d}"
        month = f"{date.month:02d}" if date.month < 3 else str(date.month)
        tail = f"ngày {day} tháng {month} năm {date.year}"
    return f"{place}, {tail}" if place else tail


def number_line(number: str, symbol: str) -> str:
    """ "Số: 123/BC-UBND", or "Số:      /BC-UBND" with room for the number."""
    number = xml_text(number).strip() or NUMBER_BLANK
    return f"Số: {number}/{xml_text(symbol).strip()}"


def decree30_docx(spec: Decree30Document) -> bytes:
    """The .docx file of ``spec``."""
    if spec.font_size not in (13, 14):
        raise ValueError("Nghị định 30/2020 sets body text at 13 or 14 pt")
    document = docx.Document()
    set_page(document)
    set_styles(document, spec.font_size)
    document.core_properties.title = xml_text(spec.title)
    document.core_properties.subject = xml_text(spec.kind)
    document.core_properties.language = LANGUAGE
    _page_numbers(document, spec.font_size)

    _heading_block(document, spec)
    if spec.is_letter:
        for line in spec.salutation:
            paragraph = _paragraph(document, WD_ALIGN_PARAGRAPH.CENTER, before=12)
            paragraph.add_run(xml_text(line))
    else:
        _paragraph(document, WD_ALIGN_PARAGRAPH.CENTER, before=18, after=0).add_run(
            upper_vi(spec.kind)
        ).bold = True
        subject = _paragraph(document, WD_ALIGN_PARAGRAPH.CENTER, after=0)
        subject.add_run(xml_text(spec.title)).bold = True
        _rule(document, width_cm=3.0, after=12)
    _body(document, spec)
    _signature_block(document, spec)

    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


# ---------------------------------------------------------------- the parts


def _heading_block(document, spec: Decree30Document) -> None:
    table = _borderless_table(document, (LEFT_CM, RIGHT_CM))
    left, right = table.cell(0, 0), table.cell(0, 1)

    first = True
    if spec.issuer.parent:
        _cell_line(left, upper_vi(spec.issuer.parent), first=first)
        first = False
    _cell_line(left, "\n".join(issuer_lines(spec.issuer.name)), bold=True, first=first)
    _rule(left, width_cm=2.2, container_cm=LEFT_CM)
    _cell_line(left, number_line(spec.number, spec.symbol), before=2)
    if spec.is_letter and spec.title:
        subject = xml_text(spec.title)
        _cell_line(left, subject if subject.startswith("V/v") else f"V/v {subject}", size=12)

    _cell_line(right, NATION, bold=True, size=HEADING_PT - 1, first=True)
    _cell_line(right, MOTTO, bold=True)
    _rule(right, width_cm=MOTTO_CM, container_cm=RIGHT_CM)
    _cell_line(
        right,
        date_line(spec.place, spec.date, year=spec.year),
        italic=True,
        size=spec.font_size,
        before=4,
    )


def _body(document, spec: Decree30Document) -> None:
    blocks: list[Block] = []
    for section in spec.sections:
        if section.heading:
            blocks.append(Heading(section.heading, level=1))
        blocks.extend(section.blocks)
    last_text = max((i for i, b in enumerate(blocks) if isinstance(b, str)), default=-1)
    if last_text >= 0 and last_text == len(blocks) - 1:
        blocks[last_text] = _closed(blocks[last_text])
    else:
        blocks.append(END_MARK)
    for block in blocks:
        if isinstance(block, Heading):
            paragraph = _paragraph(document, WD_ALIGN_PARAGRAPH.JUSTIFY, before=6)
            paragraph.paragraph_format.first_line_indent = Cm(1)
            paragraph.paragraph_format.keep_with_next = True
            run = paragraph.add_run(xml_text(block.text))
            if block.level >= 3:
                run.italic = True
            else:
                run.bold = True
        elif isinstance(block, DocTable):
            add_table(document, block, font_size=spec.font_size - 1)
        else:
            paragraph = _paragraph(document, WD_ALIGN_PARAGRAPH.JUSTIFY)
            paragraph.paragraph_format.first_line_indent = Cm(1)
            paragraph.add_run(xml_text(block))


def _closed(text: str) -> str:
    text = xml_text(text).rstrip()
    if text.endswith(END_MARK):
        return text
    return text.rstrip(".;:,") + END_MARK


def _signature_block(document, spec: Decree30Document) -> None:
    document.add_paragraph().paragraph_format.space_after = Pt(0)
    table = _borderless_table(document, (8.0, 8.5))
    left, right = table.cell(0, 0), table.cell(0, 1)

    heading = left.paragraphs[0]
    _format(heading, WD_ALIGN_PARAGRAPH.LEFT)
    run = heading.add_run("Nơi nhận:")
    run.bold = run.italic = True
    run.font.size = Pt(RECIPIENTS_PT)
    items = [f"- {xml_text(item).strip().rstrip(';.')};" for item in spec.recipients]
    items = [item for item in items if item != "- ;"]
    items.append(f"- Lưu: {xml_text(spec.archive).strip().rstrip('.') or 'VT'}.")
    for item in items:
        paragraph = left.add_paragraph()
        _format(paragraph, WD_ALIGN_PARAGRAPH.LEFT)
        paragraph.add_run(item).font.size = Pt(RECIPIENT_ITEMS_PT)

    first = True
    for line in spec.signer.lines():
        _cell_line(right, line, bold=True, size=spec.font_size, first=first)
        first = False
    for _ in range(4):  # room for the signature and the seal
        _cell_line(right, "", size=spec.font_size, first=first)
        first = False
    _cell_line(right, xml_text(spec.signer.name), bold=True, size=spec.font_size)


# ---------------------------------------------------------------- helpers


def _paragraph(container, alignment, *, before: float = 0, after: float = 6):
    paragraph = container.add_paragraph()
    _format(paragraph, alignment, before=before, after=after)
    return paragraph


def _format(paragraph, alignment, *, before: float = 0, after: float = 0) -> None:
    paragraph.alignment = alignment
    paragraph.paragraph_format.space_before = Pt(before)
    paragraph.paragraph_format.space_after = Pt(after)
    paragraph.paragraph_format.first_line_indent = Cm(0)


def _cell_line(
    cell,
    text: str,
    *,
    bold: bool = False,
    italic: bool = False,
    size: float = HEADING_PT,
    before: float = 0,
    first: bool = False,
) -> None:
    """A centred line in a table cell (the cell's first, empty paragraph when ``first``)."""
    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    _format(paragraph, WD_ALIGN_PARAGRAPH.CENTER, before=before)
    run = paragraph.add_run(text)
    run.bold, run.italic = bold, italic
    run.font.size = Pt(size)


def _rule(container, *, width_cm: float, container_cm: float = 16.5, after: float = 0) -> None:
    """A thin horizontal line ``width_cm`` long, centred: the top border of an empty,
    one-point-high paragraph indented from both sides."""
    paragraph = container.add_paragraph()
    _format(paragraph, WD_ALIGN_PARAGRAPH.CENTER, before=3, after=after)
    side = max((container_cm - width_cm) / 2, 0)
    paragraph.paragraph_format.left_indent = Cm(side)
    paragraph.paragraph_format.right_indent = Cm(side)
    paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    paragraph.paragraph_format.line_spacing = Pt(2)
    borders = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for name, value in (("val", "single"), ("sz", "6"), ("space", "0"), ("color", "000000")):
        top.set(qn(f"w:{name}"), value)
    borders.append(top)
    paragraph._p.get_or_add_pPr().append(borders)


def _borderless_table(document, widths_cm: Sequence[float]):
    table = document.add_table(rows=1, cols=len(widths_cm))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    properties = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    properties.append(borders)
    margins = OxmlElement("w:tblCellMar")
    for edge in ("left", "right"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:w"), "0")
        element.set(qn("w:type"), "dxa")
        margins.append(element)
    properties.append(margins)
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)
    return table


def _page_numbers(document, font_size: int) -> None:
    """Page numbers centred at the top from the second page (Phụ lục I, mục 10)."""
    section = document.sections[0]
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run()
    run.font.size = Pt(font_size)
    run.font.name = FONT
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = OxmlElement("w:fldChar")
            element.set(qn("w:fldCharType"), kind)
        else:
            element = OxmlElement("w:instrText")
            element.set(qn("xml:space"), "preserve")
            element.text = text
        run._r.append(element)
