from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from ttdn.legal.models import LegalDocument
from ttdn.legal.parsing import normalise_identifier, parse_legal_ref


def legal_reference_errors(references: list[str]) -> list[str]:
    """One translated message for each reference that names no legal document."""
    return [
        _("Not a legal reference: “%(line)s”. Write e.g. Nghị định số 72/2015/NĐ-CP.")
        % {"line": reference[:80]}
        for reference in references
        if parse_legal_ref(reference) is None
    ]


def legal_references_check(references: list[str], *, field: str = "legal_bases") -> None:
    """Refuse, naming every bad line under ``field``, a list with a non-reference in it."""
    errors = legal_reference_errors(references)
    if errors:
        raise ValidationError({field: errors})


@transaction.atomic
def legal_document_get_or_create(
    *, reference: str, title: str = "", issuer: str = ""
) -> LegalDocument:
    """The document a reference such as "Nghị định số 72/2015/NĐ-CP ngày 07/9/2015" names."""
    ref = parse_legal_ref(reference)
    if ref is None:
        raise ValidationError(
            _(
                "“{reference}” is not a reference to a legal document (expected e.g. 72/2015/NĐ-CP)."
            ).format(reference=reference[:100])
        )
    identifier = normalise_identifier(ref.identifier)
    document, created = LegalDocument.objects.get_or_create(
        identifier=identifier,
        defaults={
            "kind": ref.kind,
            "issued_date": ref.issued_date,
            "title": title,
            "issuer": issuer,
        },
    )
    if not created and document.issued_date is None and ref.issued_date is not None:
        document.issued_date = ref.issued_date
        document.save(update_fields=["issued_date", "updated_at"])
    return document
