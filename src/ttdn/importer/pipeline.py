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
