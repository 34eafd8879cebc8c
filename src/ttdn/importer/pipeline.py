"""Read a file and extract a plan from it: the one entry point for jobs, commands and tests."""

from __future__ import annotations

from pathlib import Path

from ttdn.documents.readers import read_document
from ttdn.documents.source import SourceDocument
from ttdn.importer.result import ExtractionResult


def analyse_document(document: SourceDocument, kind: str | None = None) -> ExtractionResult:
    from ttdn.importer.extract import extract

    return extract(document, kind=kind)


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
    return analyse_document(document, kind=kind)
