"""Join the lines of a laid-out page back into paragraphs (PDF text layers and OCR).

A PDF or a scan gives its text line by line, as it was laid out; the other readers give
one paragraph per line, and the extractor takes a line as a unit (a heading, a list
item, a task). So a line break is kept only where the writer made one. A line is taken
to go on in the next one when the next line's first word would not have fitted after it
(the line was full), the next line is not a list item ("-", "1.", "a)"), is not further
below than the usual line spacing and, in running text, starts at the left edge (a new
paragraph is indented), and the line does not end a sentence before a capital. Lines
with a tab (two columns side by side) are left as they are.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from itertools import pairwise

# "-", "+", "•" (also glued to the word: "-Biên soạn"), "1.", "a)", "II.", "(3)"
LIST_ITEM = re.compile(
    r"^(?:[-–+•*]|(?:\d{1,3}|[a-zđ]|[IVXL]{1,5})[.)](?=\s|$)|\(\d{1,3}\)(?=\s|$))"
)
SENTENCE_END = tuple(".;:!?")


@dataclass
class Line:
    """One laid-out line, in page units (points or pixels), top-down."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    first_word: float  # the width of its first word
    left: float = 0.0  # the edges of the column (page or cell) the line is in
    right: float = 0.0
    indents: bool = True  # whether a paragraph there starts indented (not in cells)
    page: int = 0


def in_column(lines: list[Line], *, right: float | None = None, indents: bool = True):
    """``lines`` with the edges of their column: the outermost of the lines, or ``right``.

    ``indents`` is false for a table cell, where text is often centred and a paragraph
    is not told by its indent.
    """
    if lines:
        left = min(line.x0 for line in lines)
        if right is None:  # lines of two columns side by side may stick out
            single = [line for line in lines if "\t" not in line.text] or lines
            right = max(line.x1 for line in single)
        for line in lines:
            line.left, line.right, line.indents = left, right, indents
    return lines


def paragraphs(lines: list[Line]) -> str:
    """The lines' text, one paragraph per line."""
    if not lines:
        return ""
    spacing = _usual_spacing(lines)
    out = [lines[0].text]
    for above, below in pairwise(lines):
        if _goes_on(above, below, spacing.get(above.page)):
            out[-1] += " " + below.text
        else:
            out.append(below.text)
    return "\n".join(out)


def _usual_spacing(lines: list[Line]) -> dict[int, float]:
    """Per page, the largest gap between lines that still belong to one paragraph."""
    by_page: dict[int, tuple[list[float], list[float]]] = {}
    for above, below in pairwise(lines):
        if above.page == below.page and below.top > above.top:
            gaps, heights = by_page.setdefault(above.page, ([], []))
            gaps.append(max(below.top - above.bottom, 0.0))
            heights.append(above.bottom - above.top)
    return {
        page: statistics.median(gaps) + 0.5 * statistics.median(heights)
        for page, (gaps, heights) in by_page.items()
    }


def _goes_on(above: Line, below: Line, spacing: float | None) -> bool:
    if "\t" in above.text or "\t" in below.text or LIST_ITEM.match(below.text):
        return False
    char = (above.x1 - above.x0) / max(len(above.text), 1)
    if above.x1 + char / 2 + below.first_word <= above.right:
        return False  # the next word would have fitted: the writer broke the line
    if below.indents and below.x0 > below.left + 2 * char:
        return False
    if above.text.rstrip().endswith(SENTENCE_END) and below.text[:1].isupper():
        return False
    if below.page == above.page:  # across a page break, the distance says nothing
        return below.top > above.top and (spacing is None or below.top - above.bottom <= spacing)
    return True
