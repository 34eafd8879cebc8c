"""Read a file and extract a plan from it: the one entry point for jobs, commands and tests."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from pathlib import Path

from ttdn.documents.readers import read_document
from ttdn.documents.source import SourceDocument
from ttdn.importer.result import ExtractionResult


def analyse_document(document: SourceDocument, kind: str | None = None) -> ExtractionResult:
    from ttdn.importer.extract import extract

    return extract(_without_blank_runs(document), kind=kind)


# A run of this many empty lines is a page of blanks pasted into a copy, never content. The
# reader's patterns anchored at a line start ("(?m)^\s*…") would each meet it once per line,
# in time the square of its length: minutes for 50,000 empty lines (importer_fuzz.py). A
# run of more than ``_WIDEST_GAP`` spaces and tabs inside a line is never layout either (a
# page is narrower): the patterns that read the words after a body's name ("\s*(?:đã\s+)?…")
# meet it in time the square or the cube of its length, 3 s for 5,000, and it is cut to
# that width.
_WIDEST_GAP = 100
_BLANK_RUN_RE = re.compile(rf"(?P<page>\n(?:[ \t\r\f\v]*\n){{100,}})|[ \t]{{{_WIDEST_GAP + 1},}}")


def _without_blank_runs(document: SourceDocument) -> SourceDocument:
    """``document`` with each page of empty lines made one empty line and each run of blanks
    inside a line cut to ``_WIDEST_GAP``, its tables' offsets moved with the text (the text
    the review shows is this one). ``document`` is left as it was: its tables are copied,
    not moved in place."""
    text = document.text
    runs = list(_BLANK_RUN_RE.finditer(text))
    if not runs:
        return document
    pieces, ends, kept, removed, last = [], [], [], [], 0
    for run in runs:
        short = "\n\n" if run.group("page") else run.group()[:_WIDEST_GAP]
        pieces += [text[last : run.start()], short]
        ends.append(run.end())
        kept.append(len(short))
        removed.append((removed[-1] if removed else 0) + run.end() - run.start() - len(short))
        last = run.end()
    pieces.append(text[last:])

    def moved(offset: int) -> int:
        k = bisect_right(ends, offset)  # the runs wholly before ``offset``
        before = removed[k - 1] if k else 0
        if k < len(runs) and offset > runs[k].start():  # inside a run: where it now ends
            offset = runs[k].start() + min(offset - runs[k].start(), kept[k])
        return offset - before

    tables = [
        replace(
            table,
            start=moved(table.start),
            end=moved(table.end),
            rows=[
                [replace(cell, start=moved(cell.start), end=moved(cell.end)) for cell in row]
                for row in table.rows
            ],
        )
        for table in document.tables
    ]
    return replace(document, text="".join(pieces), tables=tables)


def analyse_file(
    path: str | Path, name: str | None = None, progress=None, kind: str | None = None
) -> ExtractionResult:
    """Read ``path`` (shown to the user as ``name``) and extract a plan from it.

    Raises :class:`ttdn.documents.source.ReadError` when the file cannot be read.
    ``progress``, if given, is called with a number 0..100 and a short translated label.
    ``kind``, if given, is the kind of document the reviewer chose (see ``KINDS``).
    """
    document = read_document(Path(path), name=name or Path(path).name, progress=progress)
    if progress:
        progress(80, None)
    result = analyse_document(document, kind=kind)
    if document.format.startswith("pdf") or Path(path).suffix.lower() == ".pdf":
        _add_signatures(result, Path(path), name or Path(path).name)
    return result


def _add_signatures(result: ExtractionResult, path: Path, name: str) -> None:
    """The PDF's digital signatures, and a loud warning when the file was changed after
    one of them was made."""
    from django.utils.translation import gettext as _

    from ttdn.documents.signatures import read_signatures

    signatures = read_signatures(path)
    result.signatures = [s.to_dict() for s in signatures]
    for signature in signatures:
        if signature.changed_after_signing:
            result.warnings.insert(
                0,
                _(
                    "“%(name)s” was changed after %(signer)s signed it: the text read may not "
                    "be what was signed. Ask the issuer for the original signed file."
                )
                % {"name": name, "signer": signature.signer or _("its signer")},
            )
            break
