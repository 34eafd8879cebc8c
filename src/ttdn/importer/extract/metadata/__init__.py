"""The plan's identity: what kind of document, who issued it, number, date, title, period.

Two kinds of source are read the same way:

* the plan itself, laid out by Nghị định 30/2020/NĐ-CP: the issuing body and "Số: …/KH-…"
  at the top left, "<place>, ngày … tháng … năm …" at the top right, the word KẾ HOẠCH and
  the title below, "Căn cứ …" lines, numbered sections, the signature, and annexes whose
  caption repeats "Kèm theo Kế hoạch số … ngày … của …";
* a news item about a plan, where the same facts sit in one sentence: "<body> (đã|vừa)
  ban hành Kế hoạch số … về …" and the headline.

Each finder returns :class:`~ttdn.importer.result.Located` values with the offsets of the
words it read and a confidence reflecting how direct the evidence was.

The readers, by field, layered so that each imports only those above it in this list:
:mod:`.fields` (:class:`Metadata`, :data:`KINDS`), :mod:`.text` (helpers and zones),
:mod:`.places`, :mod:`.body` (a body named), :mod:`.announcement` (a news item's announcing
sentence), :mod:`.dates` (number and date), :mod:`.header` (the header's issuer),
:mod:`.subject` (the body a text is about), :mod:`.issuer`, :mod:`.title` (title and
period), :mod:`.kind` (doc type and kind), :mod:`.bases` (legal bases, sections, report
deadline, signer); this module reads them in order (:func:`read_metadata`).
"""

from __future__ import annotations

import datetime

from ttdn.core.text import fold
from ttdn.importer.extract.metadata.announcement import (
    _drop_plan_told_in_review,
    _find_announcement,
)
from ttdn.importer.extract.metadata.bases import (
    _find_legal_bases,
    _find_report_deadline,
    _find_sections,
    _find_signer,
)
from ttdn.importer.extract.metadata.dates import LETTER_MARK, _find_number_and_date, posted_day
from ttdn.importer.extract.metadata.fields import KIND_DOC_TYPE, KINDS, Metadata
from ttdn.importer.extract.metadata.header import _issuer_from_symbol
from ttdn.importer.extract.metadata.issuer import (
    _find_issuer,
    _issuer_by_model,
    _provinces_roundup,
    _settle_issuer,
)
from ttdn.importer.extract.metadata.kind import _find_doc_type, _kind_of, _regulation_signed
from ttdn.importer.extract.metadata.places import _CENTRAL_CITIES, Places, central_in
from ttdn.importer.extract.metadata.subject import _first_named_body
from ttdn.importer.extract.metadata.text import (
    _annex_start,
    _body_end,
    _head_zone,
    annex_heading_end,
    names_text,
)
from ttdn.importer.extract.metadata.title import _fallback_period, _find_title_and_period
from ttdn.importer.result import Located

__all__ = [
    "KIND_DOC_TYPE",
    "KINDS",
    "LETTER_MARK",
    "Metadata",
    "Places",
    "annex_heading_end",
    "central_in",
    "names_text",
    "posted_day",
    "read_metadata",
]


def read_metadata(
    text: str,
    *,
    places: Places | None = None,
    kind: str | None = None,
    ocr: bool = False,
) -> Metadata:
    """Everything but the tasks. ``places`` answers what the directory knows of places (see
    :class:`Places`; without it, the text alone is read). ``kind`` (one of :data:`KINDS`),
    when given, is the kind the reviewer chose: the rest is read as that. ``ocr``: the text
    was read by OCR (its legal references are mended, :mod:`.ocrlegal`).

    Which cities were under the centre is read in the year of the date of issue; without
    one, in the period's, when the place read is one whose status that year differs from
    today's (the text is read again in that year: "thành phố Huế" in an undated plan for
    2020 is Thừa Thiên Huế's city); else today's."""
    meta = _read_metadata(text, places=places, kind=kind, ocr=ocr, year=None)
    if meta.issued_date.value is None and meta.period.value and meta.locality.value:
        year = meta.period.value[0] or meta.period.value[1]
        if year and fold(meta.locality.value) in _status_changed(places, year):
            meta = _read_metadata(text, places=places, kind=kind, ocr=ocr, year=year)
    if meta.issued_date.value is None and not (meta.period.value or [None])[0]:
        posted = posted_day(text)
        meta.posted_on = posted.isoformat() if posted else ""
    return meta


def _day_or_year(issued: str) -> datetime.date | int:
    """The day of an ISO date of issue, or its year when only that is whole."""
    try:
        return datetime.date.fromisoformat(issued)
    except ValueError:
        return int(issued[:4])


def _status_changed(places: Places | None, year: int) -> frozenset[str]:
    """The cities whose status in ``year`` (under the centre or not) is not today's."""
    if places is None:
        return central_in(_CENTRAL_CITIES, None) ^ central_in(_CENTRAL_CITIES, year)
    return places.central_cities(None) ^ places.central_cities(year)


def _read_metadata(
    text: str, *, places: Places | None, kind: str | None, ocr: bool, year: int | None
) -> Metadata:
    """:func:`read_metadata`, its places read in the date of issue's year, else ``year``."""
    meta = Metadata()
    head = _head_zone(text)
    meta.annex_start = _annex_start(text)
    meta.body_end = _body_end(text, meta.annex_start)
    named = names_text(text)
    _find_announcement(named, meta)
    _drop_plan_told_in_review(named, meta)
    _find_number_and_date(text, head, meta)
    issued = meta.issued_date.value
    # (by the day of issue when it is known: a city is under the centre from its day)
    meta.places_year = _day_or_year(issued) if issued else year
    # An annex read alone (a spreadsheet, a scan of the annex): its issuer and place are
    # those its heading names, never a place named in a task's cell.
    heading = annex_heading_end(text)
    issuer_text = named if heading is None else named[:heading]
    issuer_head = (head[0], min(head[1], len(issuer_text)))
    _find_issuer(issuer_text, issuer_head, meta, places)
    _issuer_from_symbol(meta, text if heading is None else text[:heading])
    _find_title_and_period(text, head, meta)
    _find_doc_type(text, head, meta)
    _regulation_signed(text, meta)
    _kind_of(text, head, meta)
    if meta.issuer.value is None and meta.doc_type.value != "report" and heading is None:
        # no form read an issuer: the body the item opens with, when it is not an account
        # of results (a report told by its broadcaster names many bodies, none its author)
        first = _first_named_body(named, meta.body_end or len(text))
        if first is not None:
            _settle_issuer(first, named, meta, places)
    if heading is None:
        _issuer_by_model(issuer_text, issuer_head, meta, places)
        _provinces_roundup(named, meta)
    if kind in KINDS:
        meta.kind = Located(kind, None, None, 1.0)
        meta.kind_reason = "chosen"
        if meta.doc_type.value != KIND_DOC_TYPE[kind]:
            meta.doc_type = Located(KIND_DOC_TYPE[kind], None, None, 1.0)
            if kind != "plan" and meta.title.value and meta.title.confidence < 0.9:
                meta.period = Located()  # a period read for another kind is read again
    _fallback_period(text, meta)
    _find_sections(text, meta)
    _find_legal_bases(text, meta, ocr=ocr)
    _find_report_deadline(text, meta)
    _find_signer(text, meta)
    return meta
