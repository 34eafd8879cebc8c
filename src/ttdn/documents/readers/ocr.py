"""Scanned documents and photographs, read by Tesseract OCR in Vietnamese.

Signed plans are often uploaded as scans: a PDF of page images, or the images
themselves. Tesseract needs the Debian packages tesseract-ocr and tesseract-ocr-vie;
without them such a file cannot be read at all, so they are looked for before any page
is read, and the error says what to install. Pages are drawn at 300 dpi (what Tesseract
is trained for) but never larger than :data:`MAX_SIDE` pixels, so a page with an absurd
size cannot exhaust memory. The words Tesseract finds are put back into lines and
paragraphs by :mod:`.lines`, as for a PDF.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import statistics
import warnings
from pathlib import Path
from typing import NamedTuple

import pytesseract
from django.utils.translation import gettext
from PIL import Image

from ttdn.documents.readers.errors import (
    CORRUPT,
    IMAGE_TOO_LARGE,
    OCR_MISSING,
    TIMEOUT,
    read_error,
)
from ttdn.documents.readers.limits import check_pages
from ttdn.documents.readers.lines import Line, in_column
from ttdn.documents.readers.progress import Progress, page_label, page_percent
from ttdn.documents.source import SourceDocument

LANGUAGE = "vie"
# "A single column of text of variable sizes": it keeps each table row on one line.
# Measured on the fixtures (share of words read right): prose 0.987 (--psm 3, the
# default), 0.987 (4), 0.989 (6); a scanned annex table 0.927 (3), 0.988 (4), 0.960 (6),
# with 4 also faster than 3. "vie+eng" reads worse (0.972 on prose) and slower.
CONFIG = "--psm 4"
DPI = 300
MAX_SIDE = 7000  # pixels, for a drawn PDF page
MAX_PIXELS = 100_000_000  # for an uploaded image
PAGE_TIMEOUT = 180  # seconds
# Tesseract's OpenMP threads fight each other on small machines: on the 2-core test
# machine a page took 4.4 s with OpenMP's default and 0.8 s with one thread (or two).
# A value the deployment sets is kept.
THREAD_LIMIT = ("OMP_THREAD_LIMIT", "1")
# Straighten a turned page before reading it (see :mod:`.deskew`); the benchmark turns it
# off to measure what it brings.
DESKEW = True
# Make the paper evenly white before anything else (see :mod:`.light`); same remark.
EVEN_LIGHT = True
# Read a ruled table on a scanned page cell by cell (see :mod:`.grid`); same remark.
TABLE_CELLS = True  # real annex scans: tasks F1 0.09 → 0.92–1.00 (docs/benchmarks.md)
# A page without a ruled table has its scanner specks made paper before Tesseract reads
# it (see :func:`_cleaned_text_page`). The development part's 53 formal documents, typeset
# and scanned at 150 dpi with harsh noise (benchmarks/importer.py --scan-documents): issuer
# right 0.30 → 0.87, date 0.38 → 0.96, tasks 0 / 26 → 17 / 20 of 18.
CLEAN_TEXT_PAGES = True


def ocr_warning(name: str) -> str:
    return gettext(
        "The text of “%(name)s” was read by OCR from a scanned image: check it against the "
        "original, especially names, numbers and dates."
    ) % {"name": name}


def require_ocr(name: str) -> None:
    """Raise ``ocr_missing`` unless Tesseract and its Vietnamese model are installed."""
    if shutil.which("tesseract") is None:
        raise read_error(OCR_MISSING, name)
    try:
        languages = pytesseract.get_languages(config="")
    except (OSError, pytesseract.TesseractError) as exc:
        raise read_error(OCR_MISSING, name) from exc
    if LANGUAGE not in languages:
        raise read_error(OCR_MISSING, name)


class _Word(NamedTuple):
    text: str
    left: int
    top: int
    width: int
    height: int


class OcrTable(NamedTuple):
    """A ruled table found on a scanned page: rows of cell texts (None: continues above)."""

    rows: list[list[str | None]]


class OcrText(str):
    """A cell's text as OCR read it, carrying how sure Tesseract was of its words
    (``confidence``, 0–100, None for an empty cell) through to the document's
    :class:`~ttdn.documents.source.Cell`."""

    confidence: float | None

    def __new__(cls, text: str, confidence: float | None = None):
        made = super().__new__(cls, text)
        made.confidence = confidence
        return made


# Words Tesseract is this unsure of are scanner noise (specks, rules read as letters),
# not text: they are left out rather than turned into tasks.
MIN_WORD_CONFIDENCE = 20


def recognise_blocks(
    image: Image.Image, *, name: str, page: int = 0, tables: bool = True
) -> list[list[Line] | OcrTable]:
    """The page as running text and, when it holds a ruled table, that table read cell by
    cell (see :mod:`.grid`): text above the table, the table, text below it."""
    os.environ.setdefault(*THREAD_LIMIT)  # read by the tesseract process pytesseract starts
    if EVEN_LIGHT:
        from ttdn.documents.readers.light import even_light

        image = even_light(image)
    if DESKEW:
        from ttdn.documents.readers.deskew import straighten

        image, _angle = straighten(image)
    grey = image.convert("L")
    found = None
    if tables and TABLE_CELLS:
        import numpy as np

        from ttdn.documents.readers.grid import find_cells

        found = find_cells(np.asarray(grey))
    around = grey
    if found is None and CLEAN_TEXT_PAGES:  # specks read as marks and letters otherwise
        around = _cleaned_text_page(grey)
    if found is not None:  # the running text is read around the table, the cells one by one
        table = found[0]
        # Specks in the margins are read as words otherwise. Only the bands above and
        # below the table are cleaned (the table often fills the page).
        page_threshold = ink_threshold(grey)
        around = Image.new("L", grey.size, 255)
        for top, bottom in ((0, table.y), (table.bottom, grey.height)):
            if bottom - top > MIN_LETTER:
                band = grey.crop((0, top, grey.width, bottom))
                around.paste(clean_page(band, page_threshold), (0, top))
    only_table = found is not None and around.getextrema()[0] > 127  # no call for nothing
    words = [] if only_table else _page_words(around, name)
    if found is None:
        return [_lines(words, page)]
    table, cells = found
    above = [(key, w) for key, w in words if w.top + w.height / 2 < table.y]
    below = [(key, w) for key, w in words if w.top + w.height / 2 >= table.y]
    from ttdn.documents.readers.grid import table_rows

    texts: dict[int, str] = {
        index: OcrText(read.text, read.confidence)
        for index, read in enumerate(_read_cells(grey, cells, name, page_threshold))
    }
    blocks: list[list[Line] | OcrTable] = []
    # The page's number above a table is not text: left, the table would not be seen to
    # continue the previous page's.
    top_lines = [line for line in _lines(above, page) if not _PAGE_NUMBER.fullmatch(line.text)]
    if top_lines:
        blocks.append(top_lines)
    blocks.append(OcrTable(table_rows(cells, texts)))
    if below:
        blocks.append(_lines(below, page))
    return blocks


_PAGE_NUMBER = re.compile(r"[-–]?\s*\d{1,3}\s*[-–]?")


def _page_words(grey: Image.Image, name: str) -> list[tuple[tuple[int, int, int], _Word]]:
    """The words Tesseract reads on the page, keyed by their line, noise left out."""
    try:
        data = pytesseract.image_to_data(
            grey,
            lang=LANGUAGE,
            config=CONFIG,
            timeout=PAGE_TIMEOUT,
            output_type=pytesseract.Output.DICT,
        )
    except RuntimeError as exc:  # pytesseract's timeout
        raise read_error(TIMEOUT, name, seconds=PAGE_TIMEOUT) from exc
    words: list[tuple[tuple[int, int, int], _Word]] = []
    for i, text in enumerate(data["text"]):
        if not text.strip():
            continue
        try:
            confidence = float(data["conf"][i])
        except (TypeError, ValueError):
            confidence = 100.0
        if confidence < MIN_WORD_CONFIDENCE:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        box = (data["left"][i], data["top"][i], data["width"][i], data["height"][i])
        words.append((key, _Word(text.strip(), *box)))
    return words


def _lines(words, page: int) -> list[Line]:
    lines: dict[tuple[int, int, int], list[_Word]] = {}  # Tesseract's reading order
    for key, word in words:
        lines.setdefault(key, []).append(word)
    return in_column([_line(ws, page) for ws in lines.values() if _kept(ws)])


CELL_CONFIG = (
    "--psm 4"  # stacked cells; words right / invented 0.942 / 0.053 (--psm 6: 0.939 / 0.054)
)
CELL_PAD = 6  # pixels of a cell's edge left out: what remains of its rules
# Sizes in pixels on a page drawn at 300 dpi (:data:`DPI`), where body text of 10–14
# points has letters about 20–45 pixels tall.
SPECK_AREA = 12  # a smaller blot of ink is a speck, unless it lies near a letter
MIN_LETTER = 14  # a blot at least this tall can be a letter ("." and "," are marks)
MAX_LETTER = 80
NEAR_LETTER = 12  # a tone mark or a dot lies this close above or below its letter
# A cell whose words Tesseract is, on average, less sure of than this is read but flagged
# for review (its text kept as read, never emptied or corrected).
LOW_CELL_CONFIDENCE = 75


class CellRead(NamedTuple):
    text: str
    confidence: float | None  # mean of the words' confidences (0–100); None: no words


def ink_threshold(grey: Image.Image) -> float:
    """The grey level between ink and paper (Otsu's method). In an empty cell it splits
    the paper's noise in two: :func:`clean_cell` then finds no blot as tall as a letter.
    Measured on the real annex at 150 dpi, words right / words invented: a threshold for
    each cell 0.939 / 0.053, one for the whole page 0.934 / 0.058, a fixed 160 0.916 / 0.074.
    """
    import cv2
    import numpy as np

    threshold, _ink = cv2.threshold(np.asarray(grey), 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return float(threshold)


def _letters_only(pixels, threshold: float, beside: int = 1):
    """The ink of ``pixels`` (255 = ink) without specks and rules' remains, or None when
    no blot is as tall as a small letter. A small blot is kept within NEAR_LETTER pixels
    above or below a letter, and within ``beside`` pixels left or right of one."""
    import cv2
    import numpy as np

    ink = np.where(pixels <= threshold, 255, 0).astype(np.uint8)
    count, labels, stats, _c = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if count <= 1:
        return None
    w, h = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    thin_line = ((h <= 6) & (w >= 40)) | ((w <= 6) & (h >= 40))
    letters = (h >= MIN_LETTER) & (h <= MAX_LETTER) & ~thin_line
    letters[0] = False
    if not letters.any():
        return None
    # A tone mark or a dot lies above or below its letter, not beside it: a speck just
    # left of a line's first letter would be read as a hyphen (measured: "-thanh").
    near = cv2.dilate(
        letters[labels].astype(np.uint8), np.ones((2 * NEAR_LETTER + 1, 2 * beside + 1), np.uint8)
    )
    small = stats[:, cv2.CC_STAT_AREA] < SPECK_AREA
    keep = ~thin_line & ~small
    keep[0] = False
    kept = keep[labels] | (small[labels] & (labels > 0) & (near > 0))
    return np.where(kept, 255, 0).astype(np.uint8)


def clean_cell(crop: Image.Image, threshold: float) -> Image.Image | None:
    """A cell's image made ready for Tesseract, or None when it holds no letters: black
    text on white (``threshold``), scanner specks removed, cropped to its ink with a
    white margin.

    A blot smaller than :data:`SPECK_AREA` pixels is a speck, unless it lies near a
    letter (a tone mark or the dot of "ạ" is as small); a thin line is what remains of
    a rule. A cell with no blot as tall as a small letter is empty. Measured on the real
    2018 annex scanned at 150 dpi (docs/benchmarks.md).
    """
    import cv2
    import numpy as np

    ink = _letters_only(np.asarray(crop), threshold)
    if ink is None:
        return None
    ys, xs = np.nonzero(ink)
    margin = 10
    ink = ink[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
    ink = cv2.copyMakeBorder(ink, margin, margin, margin, margin, cv2.BORDER_CONSTANT, value=0)
    return Image.fromarray(255 - ink)


# A printed page is mostly paper: at the ink threshold a page of text has 3–15 % of its
# pixels dark. On a page of noise alone Otsu's method splits the noise in two (about half
# "ink"), and cleaning would make letter-sized blots of it for Tesseract to read.
MAX_INK_SHARE = 0.3


def _cleaned_text_page(grey: Image.Image) -> Image.Image:
    """A page without a ruled table with its scanner specks made paper; as it is when it is
    no text page. The letters stay grey, as scanned: made black and white (as a table's
    cells are) their strokes thicken and Tesseract misreads more on real formal documents
    scanned at 150 dpi (date right 0.91 against 0.96, issuer 0.81 against 0.87, "II." read
    "IL"). A small blot is a speck unless it lies within NEAR_LETTER pixels of a letter, on
    any side: running text keeps its stops, commas and tone marks."""
    import numpy as np

    threshold = ink_threshold(grey)
    pixels = np.asarray(grey)
    if float(np.mean(pixels <= threshold)) > MAX_INK_SHARE:
        return grey
    ink = _letters_only(pixels, threshold, beside=NEAR_LETTER)
    if ink is None:
        return grey
    pixels = pixels.copy()
    pixels[(pixels <= threshold) & (ink == 0)] = 255
    return Image.fromarray(pixels)


def clean_page(grey: Image.Image, threshold: float) -> Image.Image:
    """Part of a page in black and white without scanner specks (see :func:`clean_cell`).
    ``threshold`` is the whole page's: on a band of paper and noise alone, Otsu's method
    would put half the noise on the ink side."""
    import numpy as np

    ink = _letters_only(np.asarray(grey), threshold)
    if ink is None:
        return Image.new("L", grey.size, 255)
    return Image.fromarray(255 - ink)


def _read_cells(grey: Image.Image, boxes, name: str, ceiling: float = 255) -> list[CellRead]:
    """Each cell read on its own (its rules cropped off, cleaned), lines kept.

    The cleaned cells are stacked one under another with a wide white gap and read by one
    Tesseract call (a call per cell spent most of its time starting Tesseract: measured on
    the real annex, the same words read right, in a third of the time); each word goes
    back to the cell whose band holds it.
    """
    pad = CELL_PAD
    cleaned: dict[int, Image.Image] = {}
    for index, box in enumerate(boxes):
        crop = grey.crop((box.x + pad, box.y + pad, box.right - pad, box.bottom - pad))
        if crop.width >= 8 and crop.height >= 8:
            # The cell's own threshold, unless it is well above the page's: in an empty
            # cell Otsu's method splits the paper's noise in two (measured: cells with
            # text 170–195, the page 168–187, empty cells 201–251).
            own = ink_threshold(crop)
            image = clean_cell(crop, own if own <= ceiling + THRESHOLD_MARGIN else ceiling)
            if image is not None:
                cleaned[index] = image
    reads = [CellRead("", None)] * len(boxes)
    chunk: list[int] = []
    for index in list(cleaned):
        if cleaned[index].width < SHORT_CELL:  # a row number, "Quý II": read alone
            reads = _read_stack(cleaned, [index], reads, name, config=SHORT_CONFIG)
            reads[index] = reads[index]._replace(text=_row_number(reads[index].text))
            continue
        chunk.append(index)
        if sum(cleaned[i].height + CELL_GAP for i in chunk) > MAX_STACK:
            reads = _read_stack(cleaned, chunk, reads, name)
            chunk = []
    if chunk:
        reads = _read_stack(cleaned, chunk, reads, name)
    # A cell with letters in it that the stack gave no word for (a short name, "Sở" or
    # "Sở TT&TT", at 150 dpi) is read again alone, as a block and then as one line (a
    # short one as one word): read alone it is usually read (measured on the annex scans,
    # 150 dpi: three lead cells left empty, two "Sở" and a "Sở TT&TT").
    for index in cleaned:
        short = cleaned[index].width < SHORT_CELL  # read alone already, as one line
        for config in REREAD_SHORT if short else REREAD_CONFIGS:
            if any(c.isalnum() for c in reads[index].text):
                break
            # Without the stack's white gap: a small cell in a wide margin was read as "=".
            reads = _read_stack(cleaned, [index], reads, name, config=config, gap=0)
    # A cell read as marks alone ("-", "(", "`": a speck, a piece of a stamp's ring or a
    # signature's stroke) holds no words; an empty cell of an annex is often stamped over.
    return [read if any(c.isalnum() for c in read.text) else CellRead("", None) for read in reads]


# A short cell read as digits and a round letter is a row number whose zero Tesseract
# took for a letter ("Ø1", "O3": seen at 150 dpi on a turned page).
_ROW_NUMBER = re.compile(r"[0-9OoØøQ]{1,3}\.?")
_ZERO = str.maketrans("OoØøQ", "00000")


def _row_number(text: str) -> str:
    if _ROW_NUMBER.fullmatch(text) and any(c.isdigit() for c in text):
        return text.translate(_ZERO)
    return text


THRESHOLD_MARGIN = 10  # grey levels a cell's threshold may lie above the page's
CELL_GAP = 60  # pixels of white between two stacked cells: never one line of text
# A cell narrower than this (a row number, a short date) is read alone, as one line: in
# a stack Tesseract read the row number "03" as "05" (it reads it right alone).
SHORT_CELL = 160  # pixels at 300 dpi, margins included
SHORT_CONFIG = "--psm 7"
REREAD_CONFIGS = ("--psm 6", "--psm 7")  # a cell with letters the stack read nothing in
REREAD_SHORT = ("--psm 8",)  # … and a short one read alone as a line: one word ("Sở")
MAX_STACK = 20_000  # pixels: a taller stack is read in several calls


def _read_stack(
    cleaned,
    indexes: list[int],
    reads: list[CellRead],
    name: str,
    config: str = "",
    gap: int = CELL_GAP,
) -> list[CellRead]:
    width = max(cleaned[i].width for i in indexes)
    height = sum(cleaned[i].height + gap for i in indexes)
    stack = Image.new("L", (width, height), 255)
    bands: list[tuple[int, int, int]] = []  # (top, bottom, cell index)
    y = gap // 2
    for index in indexes:
        stack.paste(cleaned[index], (0, y))
        bands.append((y, y + cleaned[index].height, index))
        y += cleaned[index].height + gap
    try:
        data = pytesseract.image_to_data(
            stack,
            lang=LANGUAGE,
            config=config or CELL_CONFIG,
            timeout=PAGE_TIMEOUT,
            output_type=pytesseract.Output.DICT,
        )
    except RuntimeError as exc:  # pytesseract's timeout
        raise read_error(TIMEOUT, name, seconds=PAGE_TIMEOUT) from exc
    words: dict[int, list] = {}
    confidences: dict[int, list[tuple[float, int]]] = {}
    for i, text in enumerate(data["text"]):
        try:
            confidence = float(data["conf"][i])
        except (TypeError, ValueError):
            confidence = 100.0
        if not text.strip().strip("|") or confidence < MIN_WORD_CONFIDENCE:
            continue
        middle = data["top"][i] + data["height"][i] / 2
        cell = next((index for top, bottom, index in bands if top <= middle < bottom), None)
        if cell is None:
            continue
        key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
        box = (data["left"][i], data["top"][i], data["width"][i], data["height"][i])
        words.setdefault(cell, []).append((key, _Word(text.strip(), *box)))
        confidences.setdefault(cell, []).append((confidence, len(text.strip())))
    reads = list(reads)
    for cell, found in words.items():
        sure = confidences[cell]
        mean = sum(c * n for c, n in sure) / sum(n for _c, n in sure)
        reads[cell] = CellRead(_cell_text(found), round(mean, 1))
    return reads


def _cell_text(words: list[tuple[tuple[int, int, int], _Word]]) -> str:
    """A cell's words in reading order: Tesseract's lines (the part of each that falls in
    the cell) from the top, each line's words from the left."""
    if not words:
        return ""
    lines: dict[tuple[int, int, int], list[_Word]] = {}
    for key, word in words:
        lines.setdefault(key, []).append(word)
    ordered = sorted(lines.values(), key=lambda ws: statistics.median(w.top + w.height for w in ws))
    texts = [" ".join(w.text for w in sorted(ws, key=lambda w: w.left)) for ws in ordered]
    # A line opening with "_" (alone or beside a dash) is a bullet's dash read low, or a
    # speck beside one (measured at 200 dpi: "-_ Ban Tuyên giáo Tỉnh ủy", which named no
    # agency the directory knows).
    return "\n".join(_LOW_DASH.sub("- ", text, count=1) for text in texts)


_LOW_DASH = re.compile(r"^[-–~_]*_[-–~_]*\s*(?=\w)")


def _kept(words: list[_Word]) -> list[_Word]:
    """The words, without the "|" Tesseract reads in a ruled border."""
    return [word for word in words if word.text.strip("|")]


def _line(words: list[_Word], page: int) -> Line:
    """One line; a wide gap or a border (two columns side by side) becomes a tab."""
    height = statistics.median(word.height for word in words)
    kept = _kept(words)
    text, end, border = "", 0, False
    for word in words:
        if not word.text.strip("|"):
            border = True
            continue
        if text:
            text += "\t" if border or word.left - end > 2 * height else " "
        text += word.text
        end, border = word.left + word.width, False
    return Line(
        text=text,
        x0=kept[0].left,
        x1=max(word.left + word.width for word in kept),
        top=min(word.top for word in kept),
        bottom=max(word.top + word.height for word in kept),
        first_word=kept[0].width,
        page=page,
    )


def render_pdf_page(pdf, index: int) -> Image.Image:
    """Page ``index`` of a pypdfium2 document as a greyscale image at about 300 dpi."""
    page = pdf[index]
    try:
        width, height = page.get_size()  # in points, 72 to the inch
        scale = min(DPI / 72, MAX_SIDE / max(width, height, 1))
        return page.render(scale=scale, grayscale=True).to_pil()
    finally:
        page.close()


# A page photographed or scanned to an image file says nothing reliable about its size
# (a phone writes 72 dpi into every photo): a resolution it states between these is
# believed, otherwise the image is taken to be a whole page whose long side is that of A4
# (:data:`PAGE_LONG_SIDE` inches), the size nearly every plan is printed on.
PLAUSIBLE_DPI = (100, 600)
PAGE_LONG_SIDE = 11.69  # inches


def page_at_ocr_resolution(image: Image.Image) -> Image.Image:
    """An uploaded page as the PDF path draws one: grey, turned upright as the camera
    recorded, at about :data:`DPI` (the sizes :func:`clean_cell` and :mod:`.grid` work
    with are measured in pixels at 300 dpi; a 150-dpi scan read as it is loses its small
    letters as specks)."""
    from PIL import ImageOps

    # A damaged orientation tag: the page is read as stored.
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError, ZeroDivisionError):
        image = ImageOps.exif_transpose(image)
    if image.mode in ("I;16", "I;16B", "I;16L", "I"):  # 16-bit greyscale scans
        import numpy as np

        pixels = np.asarray(image, dtype=np.float64)
        top = pixels.max() or 1.0
        grey = Image.fromarray(np.rint(pixels * (255.0 / top)).astype("uint8"))
    elif image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        background = Image.new("RGBA", image.size, (255, 255, 255, 255))
        grey = Image.alpha_composite(background, image.convert("RGBA")).convert("L")
    else:
        grey = image.convert("L")
    stated = image.info.get("dpi")
    try:
        dpi = float(stated[0]) if stated else 0.0
    except (TypeError, ValueError, IndexError):
        dpi = 0.0
    long_side = max(grey.size)
    if PLAUSIBLE_DPI[0] <= dpi <= PLAUSIBLE_DPI[1]:
        scale = DPI / dpi
    else:
        scale = DPI * PAGE_LONG_SIDE / long_side
    scale = min(scale, MAX_SIDE / long_side)
    if abs(scale - 1) < 0.05:
        return grey
    size = (max(1, round(grey.width * scale)), max(1, round(grey.height * scale)))
    return grey.resize(size, Image.Resampling.BICUBIC)


def read_image(path: Path, *, name: str, progress: Progress) -> SourceDocument:
    """A photo or scan (PNG, JPEG, TIFF; each frame of a multi-page TIFF is a page), read
    as a scanned PDF is: each page straightened, a ruled table read cell by cell, a table
    that runs over several pages joined into one."""
    from ttdn.documents.readers.pdf import _Page, _Table, assemble

    try:
        with warnings.catch_warnings():  # Pillow warns from 89 megapixels; MAX_PIXELS decides
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(path)
    except Image.DecompressionBombError as exc:
        raise read_error(IMAGE_TOO_LARGE, name, limit=MAX_PIXELS // 1_000_000) from exc
    except OSError as exc:  # includes UnidentifiedImageError
        raise read_error(CORRUPT, name) from exc
    with image:
        width, height = image.size
        if width * height > MAX_PIXELS:
            raise read_error(IMAGE_TOO_LARGE, name, limit=MAX_PIXELS // 1_000_000)
        pages = getattr(image, "n_frames", 1)
        check_pages(pages, name)
        require_ocr(name)
        read: list[_Page] = []
        for index in range(pages):
            progress(page_percent(index, pages), page_label(index, pages))
            try:
                image.seek(index)
                image.load()
                if image.width * image.height > MAX_PIXELS:  # a later frame may be larger
                    raise read_error(IMAGE_TOO_LARGE, name, limit=MAX_PIXELS // 1_000_000)
                page = page_at_ocr_resolution(image)
            except (OSError, EOFError, ValueError) as exc:  # truncated or damaged image data
                raise read_error(CORRUPT, name) from exc
            blocks = recognise_blocks(page, name=name, page=index)
            read.append(
                _Page(blocks=[_Table(b.rows) if isinstance(b, OcrTable) else b for b in blocks])
            )
    return assemble(read, name).document(format="ocr", pages=pages, warnings=[ocr_warning(name)])
