"""The fields the metadata reader fills (:class:`Metadata`) and the kinds a reviewer can
choose (:data:`KINDS`, each read as one of the contract's doc_types).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from ttdn.importer.result import LegalBasis, Located, ReportDeadline, Section


@dataclass
class Metadata:
    doc_type: Located = field(default_factory=Located)
    issuer: Located = field(default_factory=Located)
    level: Located = field(default_factory=Located)
    locality: Located = field(default_factory=Located)
    plan_number: Located = field(default_factory=Located)
    issued_date: Located = field(default_factory=Located)
    title: Located = field(default_factory=Located)
    period: Located = field(default_factory=Located)
    signer: Located = field(default_factory=Located)
    legal_bases: list[LegalBasis] = field(default_factory=list)
    report_deadline: ReportDeadline | None = None
    sections: list[Section] = field(default_factory=list)
    announcement: tuple[int, int] | None = None  # the sentence of a news item naming the plan
    other_document: bool = False  # the announced document is a letter, decision, circular…
    # The sentence in which a body asks or guides others in its own words ("Sở … đề nghị
    # các cơ quan … thực hiện … sau:"): the text is that body's letter or guidance.
    own_voice: tuple[int, int] | None = None
    # The body named right after the letter an item opens with ("Tại Công văn số …, UBND
    # tỉnh … yêu cầu …"): the letter's author.
    author: tuple[int, int] | None = None
    meeting: bool = False  # the issuer is the body holding a meeting the text reports
    annex_start: int | None = None
    body_end: int | None = None  # where the signature / "Nơi nhận" block starts
    unit_name_forms: list[str] = field(default_factory=list)
    # The day or year the places are read in (which cities were under the centre): the date
    # of issue (its day), else the period's year; None, unknown: today's.
    places_year: datetime.date | int | None = None
    # The kind of document read (one of KINDS) and the form it was recognised by (a code
    # of KIND_REASONS), or "chosen" when the reviewer picked it.
    kind: Located = field(default_factory=Located)
    kind_reason: str = ""
    # The day the item was posted (:func:`posted_day`), ISO, read when the document has
    # neither a date of issue nor a period's first year (the day whose names it uses is then
    # that one: ``ExtractionResult.names_date``); "" when it names none, None when not read.
    posted_on: str | None = None


# The kinds a reviewer can choose, and the contract's doc_type each is read as.
KINDS = ("plan", "report", "letter", "decision", "news", "other")
KIND_DOC_TYPE = {
    "plan": "plan",
    "report": "report",
    "letter": "other",
    "decision": "other",
    "news": "news_about_plan",
    "other": "other",
}
