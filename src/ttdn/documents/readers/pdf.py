"""PDF files: the text layer through pdfplumber, pages without one through OCR.

Ruled tables are found with pdfplumber and put in the text where they stand on the
page; their characters are left out of the running text, so nothing is read twice. An
annex table printed over several pages is read as one table (see
:func:`_join_split_tables`). Lines are joined back into paragraphs (:mod:`.lines`), in
the running text and inside each cell, across page breaks too; a bare page number at
the top or bottom of a page is left out.

A document whose pages have, on average, almost no text is a scan: every page is read by
OCR. In a document that does have text, a page without text but with an image (a signed
page scanned into an otherwise typed document) is read by OCR too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pdfplumber
from django.utils.translation import gettext
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.text import chars_to_textmap

from ttdn.documents.readers.builder import TextBuilder
from ttdn.documents.readers.columns import column_blocks
from ttdn.documents.readers.errors import CORRUPT, ENCRYPTED, read_error
from ttdn.documents.readers.limits import check_pages
from ttdn.documents.readers.lines import Line, in_column, paragraphs
from ttdn.documents.readers.progress import Progress, page_label, page_percent
from ttdn.documents.source import ReadError, SourceDocument

MIN_CHARS = 20  # a page with fewer visible characters has no real text layer
TEXT_PASS_END = 25  # percent: the text pass is quick, OCR takes the rest of the bar
MAX_CELL_PADDING = 8  # points between a cell's border and its text (Word: 5.4)

Rows = list[list[str | None]]  # a table's cells; None: covered by the cell above


@dataclass
class _Table:
    rows: Rows
    ruled: bool = True  # False: a borderless two-column block (a header, a signature)


@dataclass
class _Page:
    blocks: list[list[Line] | _Table] = field(default_factory=list)  # running text or a table
    chars: int = 0
    images: bool = False


def read_pdf(path: Path, *, name: str, progress: Progress) -> SourceDocument:
    try:
        pdf = pdfplumber.open(path)
    except Exception as exc:  # pdfplumber wraps pdfminer's errors in PdfminerException
        cause = exc.args[0] if exc.args else None
        if isinstance(cause, PDFPasswordIncorrect):
            raise read_error(ENCRYPTED, name) from exc
        raise read_error(CORRUPT, name) from exc
    with pdf:
        try:
            count = len(pdf.pages)
        except Exception as exc:
            raise read_error(CORRUPT, name) from exc
        check_pages(count, name)
        pages = []
        for index, page in enumerate(pdf.pages):
            progress(page_percent(index, count, end=TEXT_PASS_END), page_label(index, count))
            pages.append(_read_page(page, index))
            page.close()
    scanned = sum(p.chars for p in pages) < MIN_CHARS * max(count, 1)
    blank = [i for i, p in enumerate(pages) if p.chars < MIN_CHARS and (scanned or p.images)]
    warnings = []
    if blank:
        warnings.append(
            _ocr_pages(path, pages, blank, name=name, scanned=scanned, progress=progress)
        )
    return assemble(pages, name).document(
        format="ocr" if scanned else "pdf", pages=count, warnings=warnings
    )


def assemble(pages: list[_Page], name: str) -> TextBuilder:
    """The pages' text and tables in reading order: a table that a page break cuts is
    joined again, running text is carried over page breaks (text PDFs, scans, images)."""
    _join_split_tables(pages)
    builder = TextBuilder(name)
    text: list[Line] = []  # running text, carried over page breaks
    for page in pages:
        for block in page.blocks:
            if isinstance(block, _Table):
                builder.paragraph(paragraphs(text))
                text = []
                builder.table(block.rows)
            else:
                text.extend(block)
    builder.paragraph(paragraphs(text))
    return builder


def _join_split_tables(pages: list[_Page]) -> None:
    """Make one table of a table that a page break cut in two.

    A table is continued when the next page starts with a table of as many columns.
    A header row repeated on the new page is dropped; a first row with an empty first
    column that starts in lower case is the rest of the row the page break cut.
    """
    tail: _Table | None = None  # the table the previous page ended with
    for page in pages:
        blocks: list[list[Line] | _Table] = []
        for block in page.blocks:
            leading = not any(isinstance(b, _Table) or b for b in blocks)
            if (
                isinstance(block, _Table)
                and block.ruled
                and leading
                and tail
                and len(tail.rows[0]) == len(block.rows[0])
            ):
                _continue_table(tail.rows, block.rows)
            else:
                blocks.append(block)
        page.blocks = blocks
        last = next((b for b in reversed(blocks) if isinstance(b, _Table) or b), None)
        if last is not None:
            tail = last if isinstance(last, _Table) and last.ruled else None


def _continue_table(rows: Rows, more: Rows) -> None:
    if more and more[0] == rows[0]:
        more = more[1:]
    first = more[0] if more else []
    if first and not first[0] and _cut_row(rows[-1], first):
        rows[-1] = [_join_cell(above, below) for above, below in zip(rows[-1], first, strict=False)]
        more = more[1:]
    if more and more[0][0] and any(more[0][1:]) and any(rows[-1][1:]):
        # A cell spanning rows that the page break cut (a lead merged down several tasks)
        # is drawn blank at the top of the new page: it continues, in a column whose cells
        # span rows elsewhere in the table, under a row that is not a heading across it.
        spanning = {c for row in rows for c, cell in enumerate(row) if cell is None}
        more = [
            [None if c in spanning and cell == "" else cell for c, cell in enumerate(more[0])],
            *more[1:],
        ]
    rows.extend(more)


_BULLET = re.compile(r"\s*(?:[-–—+•·*▪●○◦~]|\d{1,2}[.)]|[a-zđ]\))")
_SENTENCE_END = ".;:!?…)"


def _cut_row(above: list[str | None], first: list[str | None]) -> bool:
    """``first``, the first row of a page (its number cell blank), is the rest of the row
    ``above`` that the page break cut: a cell of it starts in lower case, or (a name
    after the break: "… đoàn thể huyện và | UBND xã …") each of its cells carries on a
    text above that stops without ending its sentence, and opens no bullet of its own."""
    pairs = [(a, b) for a, b in zip(above, first, strict=False) if b and b.strip()]
    if any(b[0].islower() for _a, b in pairs):
        return True
    return bool(pairs) and all(
        a and a.strip() and a.rstrip()[-1] not in _SENTENCE_END and not _BULLET.match(b)
        for a, b in pairs
    )


def _join_cell(above: str | None, below: str | None) -> str | None:
    if not below:
        return above
    if not above:
        return below
    joined = above + (" " if below[0].islower() else "\n") + below
    sure = [c for c in (getattr(above, "confidence", None), getattr(below, "confidence", None))]
    if any(c is not None for c in sure):  # a cell read by OCR: as sure as its worse part
        from ttdn.documents.readers.ocr import OcrText

        return OcrText(joined, min(c for c in sure if c is not None))
    return joined


def _ocr_pages(
    path: Path,
    pages: list[_Page],
    indexes: list[int],
    *,
    name: str,
    scanned: bool,
    progress: Progress,
) -> str:
    """Replace the pages at ``indexes`` by their OCR text; the warning to show the user."""
    import pypdfium2  # OCR is the rare case: a typed PDF needs neither import

    from ttdn.documents.readers import ocr

    numbers = ", ".join(str(i + 1) for i in indexes)
    try:
        ocr.require_ocr(name)
    except ReadError:
        if scanned:
            raise
        return gettext(
            "Pages %(pages)s of “%(name)s” have no text layer and were skipped: OCR is not "
            "installed on the server."
        ) % {"pages": numbers, "name": name}
    try:
        document = pypdfium2.PdfDocument(str(path))
    except pypdfium2.PdfiumError as exc:
        raise read_error(CORRUPT, name) from exc
    with document:
        for done, index in enumerate(indexes):
            progress(
                page_percent(done, len(indexes), start=TEXT_PASS_END),
                page_label(index, len(pages)),
            )
            image = ocr.render_pdf_page(document, index)
            pages[index].blocks = [
                _Table(block.rows) if isinstance(block, ocr.OcrTable) else block
                for block in ocr.recognise_blocks(image, name=name, page=index)
            ]
    if scanned:
        return ocr.ocr_warning(name)
    return gettext(
        "Pages %(pages)s of “%(name)s” have no text layer and were read by OCR: check them "
        "against the original."
    ) % {"pages": numbers, "name": name}


def _read_page(page, number: int) -> _Page:
    chars = sum(1 for c in page.chars if not c["text"].isspace() and "(cid:" not in c["text"])
    result = _Page(chars=chars, images=bool(page.images))
    tables = sorted(
        (
            t
            for t in page.find_tables()
            if len(t.rows) >= 2 and max(len(r.cells) for r in t.rows) >= 2
        ),
        key=lambda t: t.bbox[1],
    )
    boxes = [t.bbox for t in tables]
    running = page.filter(lambda obj: not any(_centre_in(obj, box) for box in boxes))
    raw = running.extract_text_lines()
    columns = column_blocks(
        raw, running.chars
    )  # borderless: a header, a signature beside "Nơi nhận"
    taken = {i for block in columns for i in block.lines}
    lines = [line for i, line in enumerate(raw) if i not in taken]
    lines = in_column(_without_page_number(_lines(lines, number)))
    placed = sorted(
        [(t.bbox[1], lambda t=t: _Table(_table_rows(page, t, number))) for t in tables]
        + [(c.top, lambda c=c: _Table(c.rows, ruled=False)) for c in columns],
        key=lambda item: item[0],
    )
    for top, make in placed:  # text beside a table comes after it
        result.blocks.append([line for line in lines if _middle(line) < top])
        lines = [line for line in lines if _middle(line) >= top]
        result.blocks.append(make())
    result.blocks.append(lines)
    return result


def _lines(raw_lines: list[dict], page: int) -> list[Line]:
    """pdfplumber's lines (``extract_text_lines``) as :class:`Line`."""
    lines = []
    for raw in raw_lines:
        first = raw["text"].split(maxsplit=1)[0] if raw["text"].strip() else ""
        lines.append(
            Line(
                text=raw["text"],
                x0=raw["x0"],
                x1=raw["x1"],
                top=raw["top"],
                bottom=raw["bottom"],
                first_word=_width_of(raw["chars"], len(first)) or raw["x1"] - raw["x0"],
                page=page,
            )
        )
    return lines


def _width_of(chars: list[dict], length: int) -> float:
    """The width of a line's first ``length`` characters (spaces aside)."""
    seen = 0
    for char in chars:
        if not char["text"].isspace():
            seen += len(char["text"])
            if seen >= length:
                return char["x1"] - chars[0]["x0"]
    return 0.0


def _without_page_number(lines: list[Line]) -> list[Line]:
    for edge in (0, -1):
        if lines and lines[edge].text.strip().isdigit() and len(lines[edge].text.strip()) <= 3:
            lines = lines[1:] if edge == 0 else lines[:-1]
    return lines


def _table_rows(page, table, number: int) -> Rows:
    """The cells' text; None for a cell covered by the cell above it (vertical merge)."""
    chars = [c for c in page.chars if _centre_in(c, table.bbox)]
    rows: Rows = []
    for index, row in enumerate(table.rows):
        row_chars = [c for c in chars if _centre_in(c, row.bbox)]  # a row holds its cells
        cells: list[str | None] = []
        for column, box in enumerate(row.cells):
            if box is None:  # covered by a merged cell: from above, or from the left
                cells.append(None if _covered_from_above(table.rows, index, column) else "")
                continue
            inside = [c for c in row_chars if _centre_in(c, box)]
            lines = _lines(chars_to_textmap(inside).extract_text_lines() if inside else [], number)
            # the padding on the right is taken to be the one on the left
            padding = min(min((line.x0 for line in lines), default=0) - box[0], MAX_CELL_PADDING)
            cells.append(
                paragraphs(in_column(lines, right=box[2] - max(padding, 0), indents=False))
            )
        rows.append(cells)
    return rows


def _covered_from_above(rows, index: int, column: int) -> bool:
    """pdfplumber leaves a merged-over cell empty (None): merged from above or from the left?"""
    middle = (rows[index].bbox[1] + rows[index].bbox[3]) / 2
    for above in reversed(rows[:index]):
        cell = above.cells[column] if column < len(above.cells) else None
        if cell is not None:
            return cell[3] > middle
    return False


def _centre_in(obj, box) -> bool:
    x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def _middle(line: Line) -> float:
    return (line.top + line.bottom) / 2
