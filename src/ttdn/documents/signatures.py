"""The digital signatures embedded in a PDF, read with pyHanko.

Provinces publish plans as PDFs signed by the issuing body. For each signature this
reads who signed (the signing certificate's subject), when (the time the signer's
software wrote into the signature), whether the signed bytes are intact, whether the
file was changed after signing (an incremental update after the signed revision, or
bytes that no longer match), and the certificate chain carried in the signature. The
chain is checked offline only: no revocation list or OCSP is fetched and no trust root
is configured, so a chain is reported as carried, never as "trusted".
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

MAX_SIGNATURES = 20  # a file with more is read up to this many


@dataclass
class SignatureInfo:
    field: str = ""
    signer: str = ""  # the common name (or the whole subject) of the signing certificate
    organisation: str = ""
    signing_time: str | None = None  # ISO 8601, as the signer's software wrote it
    intact: bool = False  # the signed bytes hash to what was signed
    valid: bool = False  # intact, and the signature verifies against the certificate
    changed_after_signing: bool = True  # bytes added or changed after this signature
    modification: str = ""  # pyHanko's level of the changes after it ("none", "form_filling", …)
    chain: list[str] = dataclasses.field(default_factory=list)  # subjects, signer first
    chain_complete: bool = False  # the chain ends at a self-signed certificate it carries
    problem: str = ""  # why it could not be checked, if it could not

    def to_dict(self) -> dict:
        return asdict(self)


def _name(name) -> str:
    try:
        return name.native.get("common_name") or name.human_friendly
    except (AttributeError, ValueError):  # pragma: no cover - an unusual subject
        return str(name)


def _chain(signing_cert, certificates) -> tuple[list[str], bool]:
    """Subjects from the signer up through the issuers the signature carries."""
    by_subject = {c.subject.dump(): c for c in certificates if hasattr(c, "subject")}
    chain, cert, seen = [], signing_cert, set()
    while cert is not None and cert.subject.dump() not in seen:
        seen.add(cert.subject.dump())
        chain.append(_name(cert.subject))
        if cert.self_signed in ("maybe", "yes") or cert.issuer == cert.subject:
            return chain, True
        cert = by_subject.get(cert.issuer.dump())
    return chain, False


def read_signatures(path: str | Path) -> list[SignatureInfo]:
    """The signatures of the PDF at ``path`` (an empty list for an unsigned or unreadable
    file: a signature that cannot be read never stops the import).

    pyHanko's validation runs its own event loop (``asyncio.run``), which cannot start
    inside a thread that already runs one (an async server, some test tools): there the
    reading goes to a worker thread."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return _read_signatures(path)
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_read_signatures, path).result()


def _read_signatures(path: str | Path) -> list[SignatureInfo]:
    try:
        from pyhanko.pdf_utils.reader import PdfFileReader
        from pyhanko.sign.validation import validate_pdf_signature
        from pyhanko_certvalidator import ValidationContext
    except ImportError:  # pragma: no cover - pyhanko is a dependency
        return []
    found: list[SignatureInfo] = []
    try:
        with open(path, "rb") as handle:
            reader = PdfFileReader(handle, strict=False)
            signatures = list(reader.embedded_signatures)[:MAX_SIGNATURES]
            for embedded in signatures:
                info = SignatureInfo(field=str(embedded.field_name or ""))
                found.append(info)
                try:
                    cert = embedded.signer_cert
                    info.signer = _name(cert.subject)
                    info.organisation = (cert.subject.native or {}).get("organization_name") or ""
                    info.chain, info.chain_complete = _chain(
                        cert,
                        [
                            getattr(choice, "chosen", choice)
                            for choice in embedded.signed_data["certificates"] or []
                        ],
                    )
                    when = embedded.self_reported_timestamp
                    info.signing_time = when.isoformat() if when else None
                    context = ValidationContext(trust_roots=[], allow_fetching=False)
                    status = validate_pdf_signature(embedded, context)
                    info.intact, info.valid = bool(status.intact), bool(status.valid)
                    coverage = getattr(status.coverage, "name", "")
                    diff = getattr(status, "diff_result", None)
                    level = getattr(getattr(diff, "modification_level", None), "name", "") or ""
                    info.modification = level.lower()
                    info.changed_after_signing = not status.intact or coverage != "ENTIRE_FILE"
                except Exception as exc:  # noqa: BLE001 - one bad signature is reported, not raised
                    logger.info("signature %s of %s not checked: %s", info.field, path, exc)
                    info.problem = type(exc).__name__
    except Exception as exc:  # noqa: BLE001 - not a PDF pyHanko can read: no signatures
        logger.info("signatures of %s not read: %s", path, exc)
    return found
