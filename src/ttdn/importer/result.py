"""What the extractor finds in a document, with where it found it and how sure it is.

:class:`ExtractionResult` is the one shape passed between the extractor, the background
job (stored as JSON on the import job), the review page and the command line.
``to_dict``/``from_dict`` round-trip it through JSON; :meth:`ExtractionResult.contract`
gives the stable public form printed by ``ttdn import-plan --json`` (see the issue's
contract: positions, confidences and internal ids are left out there).

Positions are character offsets into ``SourceDocument.text`` (``start``/``end``, or
``None`` when a value was inferred rather than read). Confidence is 0..1; the review page
highlights anything below :data:`LOW_CONFIDENCE`.
"""

from __future__ import annotations

import datetime
from dataclasses import asdict, dataclass, field
from typing import Any

LOW_CONFIDENCE = 0.75

DOC_TYPES = ("plan", "news_about_plan", "report", "other")
LEVELS = ("national", "province", "district", "commune", "department")


@dataclass
class Located:
    """A scalar field: its value, where it was read, how sure the extractor is."""

    value: Any = None
    start: int | None = None
    end: int | None = None
    confidence: float = 0.0

    @property
    def low(self) -> bool:
        return self.value is not None and self.confidence < LOW_CONFIDENCE


@dataclass
class AgencyMention:
    as_written: str
    agency: str | None = None  # the directory name, when resolved
    agency_id: int | None = None
    collective: bool = False  # "các sở, ban, ngành": deliberately not one agency
    start: int | None = None
    end: int | None = None
    confidence: float = 0.0

    @property
    def unresolved(self) -> bool:
        return self.agency_id is None and not self.collective


@dataclass
class Timeframe:
    as_written: str
    deadlines: list[str] = field(default_factory=list)  # ISO dates
    recurrence: str | None = None
    problem: str = ""  # timeframe.Schedule.problem when the wording was not understood
    start: int | None = None
    end: int | None = None
    confidence: float = 0.0

    @classmethod
    def read(
        cls,
        as_written: str,
        years: tuple[int, int],
        start: int | None,
        end: int | None,
        sure: float,
        this_year: int | None = None,
    ) -> Timeframe:
        """``as_written`` read as a timeframe within ``years`` (first, last): its deadlines and
        recurrence, ``sure`` when the wording was understood (0.3 and its problem when not);
        ``this_year`` is the year the document is written in ("trong năm nay")."""
        from ttdn.plans.timeframe import parse_timeframe

        read = parse_timeframe(
            as_written, from_year=years[0], to_year=years[1], this_year=this_year
        )
        return cls(
            as_written=as_written,
            deadlines=[d.isoformat() for d in read.deadlines],
            recurrence=read.recurrence,
            problem=read.problem or "",
            start=start,
            end=end,
            confidence=sure if read.recognised else 0.3,
        )


@dataclass
class ExtractedTask:
    text: str
    group: str | None = None
    lead: list[AgencyMention] = field(default_factory=list)
    coordinating: list[AgencyMention] = field(default_factory=list)
    timeframe: Timeframe | None = None
    row: str | None = None  # the annex row label ("01"), when from an annex
    source: str = "prose"  # "annex" | "prose" | "suggested"
    # Read from another file of the same upload (ttdn.importer.merge): its job and name.
    part: str = ""
    part_file: str = ""
    start: int | None = None
    end: int | None = None
    confidence: float = 0.0

    @classmethod
    def from_dict(cls, data: dict) -> ExtractedTask:
        """The task :func:`dataclasses.asdict` gave (a job's stored result, a merge's
        replaced prose task)."""
        data = dict(data)
        data["lead"] = [AgencyMention(**m) for m in data.get("lead") or []]
        data["coordinating"] = [AgencyMention(**m) for m in data.get("coordinating") or []]
        timeframe = data.get("timeframe")
        data["timeframe"] = Timeframe(**timeframe) if timeframe else None
        return cls(**data)


@dataclass
class LegalBasis:
    identifier: str
    kind: str
    date: str | None = None  # ISO
    as_written: str = ""
    start: int | None = None
    end: int | None = None


@dataclass
class ReportDeadline:
    as_written: str
    month: int | None = None
    day: int | None = None
    recurrence: str | None = None
    start: int | None = None
    end: int | None = None
    confidence: float = 0.0


@dataclass
class Section:
    kind: str
    heading: str
    body: str = ""
    start: int | None = None
    end: int | None = None


@dataclass
class ExtractionResult:
    file: str
    format: str = ""
    doc_type: Located = field(default_factory=Located)
    # The finer kind (plan, report, letter, decision, news, other) and the code of the form
    # it was recognised by ("chosen" when the reviewer picked it); not in the contract.
    kind: Located = field(default_factory=Located)
    kind_reason: str = ""
    issuer: Located = field(default_factory=Located)  # value: name as the directory has it
    issuer_id: int | None = None
    level: Located = field(default_factory=Located)
    locality: Located = field(default_factory=Located)
    unit_id: int | None = None  # AdministrativeUnit of the locality, when known
    plan_number: Located = field(default_factory=Located)
    issued_date: Located = field(default_factory=Located)  # value: ISO date string
    title: Located = field(default_factory=Located)
    period: Located = field(default_factory=Located)  # value: [from_year, to_year]
    signer: Located = field(default_factory=Located)
    legal_bases: list[LegalBasis] = field(default_factory=list)
    tasks: list[ExtractedTask] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    report_deadline: ReportDeadline | None = None
    warnings: list[str] = field(default_factory=list)
    # The digital signatures of a PDF (ttdn.documents.signatures.SignatureInfo as dicts);
    # not in the contract.
    signatures: list[dict] = field(default_factory=list)
    # Other files of the same upload whose tasks were added here (ttdn.importer.merge):
    # their job, file name, the task texts added, and the fields they filled; not in
    # the contract.
    parts: list[dict] = field(default_factory=list)
    # Sentences the reader did not take as tasks but a model finds likely to be ones
    # (ttdn.importer.extract.task_choice), offered on the review page, source "suggested";
    # not in the contract.
    suggestions: list[ExtractedTask] = field(default_factory=list)
    text: str = ""  # the source text the offsets point into
    # The day the item was posted, as the metadata reader found it (``Metadata.posted_on``:
    # ISO, "" when the text names none, None when it was not read); not in the contract.
    posted_on: str | None = None

    # ---- JSON round trip (for the import job and the review page) ----
    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> ExtractionResult:
        data = dict(data)
        for name in (
            "doc_type",
            "kind",
            "issuer",
            "level",
            "locality",
            "plan_number",
            "issued_date",
            "title",
            "period",
            "signer",
        ):
            data[name] = Located(**(data.get(name) or {}))
        data["legal_bases"] = [LegalBasis(**b) for b in data.get("legal_bases") or []]
        data["sections"] = [Section(**s) for s in data.get("sections") or []]
        data["tasks"] = [ExtractedTask.from_dict(t) for t in data.get("tasks") or []]
        data["suggestions"] = [ExtractedTask.from_dict(t) for t in data.get("suggestions") or []]
        deadline = data.get("report_deadline")
        data["report_deadline"] = ReportDeadline(**deadline) if deadline else None
        return cls(**data)

    # ---- the public contract of `ttdn import-plan --json` ----
    def contract(self) -> dict:
        period = self.period.value
        return {
            "file": self.file,
            "doc_type": self.doc_type.value or "other",
            "issuer": self.issuer.value,
            "level": self.level.value,
            "locality": self.locality.value,
            "plan_number": self.plan_number.value,
            "issued_date": self.issued_date.value,
            "title": self.title.value,
            "period": {"from_year": period[0], "to_year": period[1]} if period else None,
            "legal_bases": [
                {"identifier": b.identifier, "kind": b.kind, "date": b.date}
                for b in self.legal_bases
            ],
            "tasks": [
                {
                    "text": t.text,
                    "group": t.group,
                    "lead": [_mention_contract(m) for m in t.lead],
                    "coordinating": [_mention_contract(m) for m in t.coordinating],
                    "timeframe": {
                        "as_written": t.timeframe.as_written,
                        "deadlines": list(t.timeframe.deadlines),
                        "recurrence": t.timeframe.recurrence,
                    }
                    if t.timeframe
                    else None,
                }
                for t in self.tasks
            ],
            "report_deadline": {
                "as_written": self.report_deadline.as_written,
                "month": self.report_deadline.month,
                "day": self.report_deadline.day,
                "recurrence": self.report_deadline.recurrence,
            }
            if self.report_deadline
            else None,
            "warnings": list(self.warnings),
        }

    def task_at(self, origin: int | None) -> ExtractedTask | None:
        """The task a review row started from: ``origin`` counts the tasks read, then the
        suggestions after them; none for a row the reviewer added (or a tampered index)."""
        if origin is None or origin < 0:
            return None
        if origin < len(self.tasks):
            return self.tasks[origin]
        origin -= len(self.tasks)
        return self.suggestions[origin] if origin < len(self.suggestions) else None

    def period_years(self) -> tuple[int, int] | None:
        return tuple(self.period.value) if self.period.value else None

    def issued_on(self) -> datetime.date | None:
        value = self.issued_date.value
        return datetime.date.fromisoformat(value) if value else None

    def names_date(self) -> datetime.date | None:
        """The day whose names of bodies the document uses (the directory keeps names by
        date): its date of issue, else the first day of its period, else the day the item
        was posted (an event told with no document dated: "09/06/2022 … Ngày 8/6, tỉnh …")."""
        years = self.period.value or [None]
        return (
            self.issued_on()
            or (datetime.date(years[0], 1, 1) if years[0] else None)
            or self.posted_day()
        )

    def posted_day(self) -> datetime.date | None:
        """The day the item was posted: the one the metadata reader found (``posted_on``).
        The text is read for it only when the reader did not look, the document having a
        date of issue or a period then (the reviewer has cleared them since), or the result
        being older than the field."""
        if self.posted_on is None and self.text:
            from ttdn.importer.extract.metadata import posted_day

            found = posted_day(self.text)
            self.posted_on = found.isoformat() if found else ""
        return datetime.date.fromisoformat(self.posted_on) if self.posted_on else None


def _mention_contract(m: AgencyMention) -> dict:
    return {"as_written": m.as_written, "agency": m.agency}
