"""Word documents (.docx): paragraphs and tables in the order they appear in the body.

python-docx opens the package, but the body is walked here, element by element, because
its own accessors lose what plans depend on: ``Document.paragraphs`` drops the tables'
positions, ``Paragraph.text`` skips tracked insertions and list labels, and
``Row.cells`` repeats a merged cell's text in every grid position it covers. Here a
merged cell's text appears once, in its first position; the positions it covers are
empty, and marked as continuing the cell above when the merge is vertical.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import docx
from django.utils.translation import gettext
from docx.opc.constants import RELATIONSHIP_TYPE as RT

from ttdn.documents.readers.builder import TextBuilder
from ttdn.documents.readers.errors import CORRUPT, read_error
from ttdn.documents.readers.numbering import Numbering, W, child_val, to_int
from ttdn.documents.source import SourceDocument

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# elements that only wrap paragraphs, rows or cells (content controls, custom XML)
WRAPPERS = {W + "sdt", W + "sdtContent", W + "customXml"}
# inline elements whose content is not part of the visible text
HIDDEN = {W + "pPr", W + "rPr", W + "del", W + "moveFrom", MC + "Fallback"}
BLANK_LINES = re.compile(r"\n\s*\n(\s*\n)+")
MAX_SPAN = 64  # Word allows 63 columns; a larger span is an attack on memory


def read_docx(path: Path, *, name: str) -> SourceDocument:
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # a damaged package fails in many ways (zip, XML, parts)
        raise read_error(CORRUPT, name) from exc
    body = document.element.body
    flow = _Flow(Numbering(_part_xml(document, RT.NUMBERING), _part_xml(document, RT.STYLES)))
    builder = TextBuilder(name)
    for block in _blocks(body):
        if block.tag == W + "p":
            builder.paragraph(flow.paragraph(block))
        else:
            builder.table(flow.table(block))
    warnings = []
    if next(body.iter(W + "ins", W + "del"), None) is not None:
        warnings.append(
            gettext(
                "“%(name)s” contains tracked changes; it was read as if all of them were accepted."
            )
            % {"name": name}
        )
    return builder.document(format="docx", warnings=warnings)


def _part_xml(document, relationship: str):
    """The XML of a part the document may lack (python-docx would fail or invent one)."""
    try:
        return document.part.part_related_by(relationship).element
    except KeyError:
        return None


def _children(parent, *tags: str) -> Iterator:
    """The children of ``parent`` with one of ``tags``, looking inside wrappers, in order."""
    for child in parent:
        if child.tag in tags:
            yield child
        elif child.tag in WRAPPERS:
            yield from _children(child, *tags)


def _blocks(parent) -> Iterator:
    """The paragraphs (w:p) and tables (w:tbl) in ``parent``, in order."""
    return _children(parent, W + "p", W + "tbl")


def _continues_merge(element) -> bool:
    """A w:vMerge / w:hMerge that continues the cell before it (rather than starting one)."""
    return element is not None and element.get(W + "val", "continue") == "continue"


class _Flow:
    """Renders body content to text; it holds the list counters, so feed it in order."""

    def __init__(self, numbering: Numbering) -> None:
        self.numbering = numbering

    def paragraph(self, p) -> str:
        return self.numbering.label(p) + "".join(self._inline(p))

    def table(self, tbl) -> list[list[str | None]]:
        """Rows of the grid: None where the cell above goes on (vertical merge)."""
        rows = []
        for tr in _children(tbl, W + "tr"):
            row: list[str | None] = [""] * min(
                to_int(child_val(tr, f"{W}trPr/{W}gridBefore"), 0), MAX_SPAN
            )
            for tc in _children(tr, W + "tc"):
                props = tc.find(W + "tcPr")
                span = min(max(to_int(child_val(props, W + "gridSpan"), 1), 1), MAX_SPAN)
                if props is not None and _continues_merge(props.find(W + "vMerge")):
                    row.append(None)
                elif props is not None and _continues_merge(props.find(W + "hMerge")):
                    row.append("")
                else:
                    row.append(self.content(tc))
                row.extend([""] * (span - 1))
            rows.append(row)
        return rows

    def content(self, container) -> str:
        """A cell's or text box's paragraphs, one per line; a nested table, one row per line."""
        lines = []
        for block in _blocks(container):
            if block.tag == W + "p":
                lines.append(self.paragraph(block))
            else:
                lines.extend(" ".join(c for c in row if c) for row in self.table(block))
        return BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()  # signature blocks

    def _inline(self, element) -> Iterator[str]:
        for child in element:
            tag = child.tag
            if tag == W + "t":
                yield child.text or ""
            elif tag in (W + "tab", W + "ptab"):
                yield "\t"
            elif tag in (W + "br", W + "cr"):
                yield "\n"
            elif tag == W + "noBreakHyphen":
                yield "-"
            elif tag == W + "txbxContent":
                yield "\n" + self.content(child) + "\n"
            elif tag not in HIDDEN:
                yield from self._inline(child)  # runs, hyperlinks, insertions, fields, shapes
