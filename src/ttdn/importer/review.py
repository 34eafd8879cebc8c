"""Reviewed imports into plans: the corrected review back into an extraction, then the plan.

What is here:

- :func:`extraction_from_review` turns the review form (plan fields and task rows, as the
  coordinator corrected them) back into an :class:`~ttdn.importer.result.ExtractionResult`.
  Values left as extracted keep their reading; new or changed agency lines are resolved
  again against the directory with the extractor's
  :class:`~ttdn.importer.extract.agencies.Resolver` (:func:`mentions_from_lines`), for the
  administrative unit the plan belongs to (:func:`unit_for_extraction`).
- :func:`plan_create_from_extraction` creates a plan and its tasks from an extraction in one
  transaction through the plans services, collecting every refusal into
  :class:`ExtractionInvalid`. The import pages, the ``import_plan`` command and the demo
  data all create plans through it.
- :func:`import_job_confirm` does that for a reviewed import job and marks it ``confirmed``.

Why a module of its own: this is the half of the importer that knows about plans, agencies
and administrative units, while :mod:`ttdn.importer.services` holds the life of an import
job (upload, background analysis, discard, clean-up) and the permission checks. This module
builds on that one, never the other way round, so there is no import cycle.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ttdn.audit.services import log_action
from ttdn.core.text import clean_text
from ttdn.directory.models import AdministrativeUnit, Agency, UnitLevel
from ttdn.directory.selectors import unit_named
from ttdn.importer.access import require_importer, require_reviewer
from ttdn.importer.extract.agencies import Resolver
from ttdn.importer.merge import parts_confirm
from ttdn.importer.models import ImportJob, ImportStatus
from ttdn.importer.result import (
    AgencyMention,
    ExtractedTask,
    ExtractionResult,
    LegalBasis,
    Located,
    ReportDeadline,
    Timeframe,
)
from ttdn.importer.services import refusal_message
from ttdn.legal.parsing import normalise_identifier, parse_legal_ref
from ttdn.legal.services import legal_reference_errors
from ttdn.plans import services as plan_services
from ttdn.plans.models import Plan, PlanLevel, PlanStatus, SectionKind, TaskGroup, Visibility
from ttdn.plans.services import AgencyRef, SectionData, TaskData

# --- review: the corrected form back into an ExtractionResult -----------------------------------


def unit_for_extraction(result: ExtractionResult) -> AdministrativeUnit | None:
    """The administrative unit of the plan: ``unit_id`` if the extractor found one, else
    the unit named by the locality, as it was in the plan's first year."""
    if result.unit_id:
        unit = AdministrativeUnit.objects.filter(pk=result.unit_id).first()
        if unit is not None:
            return unit
    years = result.period_years()
    level = result.level.value if result.level.value in UnitLevel.values else UnitLevel.PROVINCE
    return unit_named(
        result.locality.value,
        level=level,
        year=years[0] if years else timezone.localdate().year,
    )


def _lines(text: str) -> list[str]:
    """The non-empty lines of a one-per-line field, without bullets, each once."""
    lines = (raw.strip(" \t-•;") for raw in (text or "").splitlines())
    return list(dict.fromkeys(line for line in lines if line))


def mentions_from_lines(
    text: str,
    previous: list[AgencyMention],
    *,
    resolver: Resolver,
    gone: frozenset[int] = frozenset(),
) -> list[AgencyMention]:
    """Agencies written one per line. A line the extractor already read keeps its reading,
    unless its agency is ``gone`` from the directory since; a new or changed line is
    resolved again with ``resolver``."""
    known = {m.as_written.strip(): m for m in previous if m.agency_id not in gone}
    return [
        known[line] if line in known else resolver.mention(line, None, None)
        for line in _lines(text)
    ]


def _agency_ids(result: ExtractionResult) -> set[int]:
    """The directory agencies an extraction names: on its tasks, and the issuer."""
    ids = {m.agency_id for t in result.tasks for m in [*t.lead, *t.coordinating] if m.agency_id}
    if result.issuer_id:
        ids.add(result.issuer_id)
    return ids


def _agencies_gone(result: ExtractionResult) -> frozenset[int]:
    """The agencies the extraction names that are no longer in the directory."""
    ids = _agency_ids(result)
    if not ids:
        return frozenset()
    return frozenset(ids - set(Agency.objects.filter(pk__in=ids).values_list("pk", flat=True)))


def _located(old: Located, value) -> Located:
    """Keep what the extractor found when the reviewer left it; a new value is certain."""
    if value == old.value:
        return old
    return Located(value=value, confidence=1.0)


def _legal_bases(lines: list[str], previous: list[LegalBasis]) -> list[LegalBasis]:
    known = {}
    for basis in previous:
        known.setdefault((basis.as_written or basis.identifier).strip(), basis)
        known.setdefault(basis.identifier.strip(), basis)
    bases = []
    for line in dict.fromkeys(line.strip() for line in lines if line.strip()):
        if line in known:
            bases.append(known[line])
            continue
        ref = parse_legal_ref(line)
        bases.append(
            LegalBasis(
                identifier=normalise_identifier(ref.identifier) if ref else line,
                kind=ref.kind if ref else "other",
                date=ref.issued_date.isoformat() if ref and ref.issued_date else None,
                as_written=line,
            )
        )
    return bases


def _report_deadline(meta: dict, old: ReportDeadline | None) -> ReportDeadline | None:
    text = (meta.get("report_deadline_text") or "").strip()
    month, day = meta.get("report_deadline_month"), meta.get("report_deadline_day")
    if not text and month is None and day is None:
        return None
    if old is not None and (old.as_written, old.month, old.day) == (text, month, day):
        return old
    same_text = old is not None and old.as_written == text
    return ReportDeadline(
        as_written=text,
        month=month,
        day=day,
        recurrence=old.recurrence if same_text else None,
        start=old.start if same_text else None,
        end=old.end if same_text else None,
        confidence=1.0,
    )


def _clean_texts(values: dict) -> dict:
    """``values`` with each text, and each text in a list, through ``clean_text``."""

    def clean(value):
        if isinstance(value, str):
            return clean_text(value)
        if isinstance(value, list):
            return [clean_text(v) if isinstance(v, str) else v for v in value]
        return value

    return {key: clean(value) for key, value in values.items()}


def extraction_from_review(
    *, original: ExtractionResult, meta: dict, tasks: list[dict]
) -> ExtractionResult:
    """The extraction as the reviewer corrected it.

    ``meta`` has the plan fields of the review form (``doc_type``, ``title``, ``number``,
    ``issued_date`` (a date), ``issuer``, ``level``, ``locality``, ``period_from``,
    ``period_to``, ``signer``, ``report_deadline_text``/``_month``/``_day``,
    ``legal_bases`` (a list of references)); ``tasks`` the kept task rows (``origin``:
    index of the extracted task or suggestion the row started from (see
    ``ExtractionResult.task_at``), or None; ``row``, ``text``,
    ``group``, ``lead`` and ``coordinating`` (one agency per line), ``timeframe``). Values
    the reviewer left as extracted keep their positions and confidence; agencies on new or
    changed lines, and those no longer in the directory, are resolved again. Every text
    the reviewer typed goes through ``clean_text`` first (decision 0016): it is kept in the
    job's result until the plan is created.
    """
    meta, tasks = _clean_texts(meta), [_clean_texts(row) for row in tasks]
    result = ExtractionResult.from_dict(original.to_dict())
    result.doc_type = _located(original.doc_type, meta.get("doc_type") or None)
    result.title = _located(original.title, (meta.get("title") or "").strip() or None)
    result.plan_number = _located(original.plan_number, (meta.get("number") or "").strip() or None)
    issued = meta.get("issued_date")
    result.issued_date = _located(original.issued_date, issued.isoformat() if issued else None)
    result.level = _located(original.level, meta.get("level") or None)
    result.locality = _located(original.locality, (meta.get("locality") or "").strip() or None)
    if result.locality is not original.locality or result.level is not original.level:
        result.unit_id = None  # found again from the new locality
    start, end = meta.get("period_from"), meta.get("period_to")
    period = [start, end or start] if start else None
    old_period = list(original.period.value) if original.period.value else None
    result.period = original.period if period == old_period else Located(period, confidence=1.0)
    result.signer = _located(original.signer, (meta.get("signer") or "").strip() or None)
    result.report_deadline = _report_deadline(meta, original.report_deadline)
    result.legal_bases = _legal_bases(meta.get("legal_bases") or [], original.legal_bases)

    unit = unit_for_extraction(result)
    result.unit_id = unit.pk if unit else None
    resolver = Resolver(unit=unit, on=result.names_date())  # the extractor's day
    gone = _agencies_gone(original)
    issuer = (meta.get("issuer") or "").strip()
    if issuer != (original.issuer.value or "") or original.issuer_id in gone:
        names = _lines(issuer)
        mention = resolver.mention(names[0], None, None) if names else None
        result.issuer = Located(
            value=(mention.agency or mention.as_written) if mention else None, confidence=1.0
        )
        result.issuer_id = mention.agency_id if mention else None

    result.tasks = []
    for row in tasks:
        old = original.task_at(row.get("origin"))
        text = (row.get("text") or "").strip()
        timeframe_text = (row.get("timeframe") or "").strip()
        if old and old.timeframe and old.timeframe.as_written.strip() == timeframe_text:
            timeframe = old.timeframe
        else:
            timeframe = (
                Timeframe(as_written=timeframe_text, confidence=1.0) if timeframe_text else None
            )
        same_text = old is not None and old.text.strip() == text
        result.tasks.append(
            ExtractedTask(
                text=text,
                group=row.get("group") or None,
                lead=mentions_from_lines(
                    row.get("lead") or "", old.lead if old else [], resolver=resolver, gone=gone
                ),
                coordinating=mentions_from_lines(
                    row.get("coordinating") or "",
                    old.coordinating if old else [],
                    resolver=resolver,
                    gone=gone,
                ),
                timeframe=timeframe,
                row=(row.get("row") or "").strip() or None,
                source=old.source if old else "manual",
                part=old.part if old else "",
                part_file=old.part_file if old else "",
                start=old.start if same_text else None,
                end=old.end if same_text else None,
                confidence=old.confidence if same_text else 1.0,
            )
        )
    return result


# --- confirmation: the plan --------------------------------------------------------------------


class ExtractionInvalid(ValidationError):
    """The plans services refused the extraction; nothing was written.

    ``plan_errors`` maps plan fields (``title``, ``period_start``, ``legal_bases``, ``issuer``,
    ``__all__`` …) to messages; ``task_errors`` maps the index of a task in
    ``result.tasks`` to its errors (``text``, ``leads``, ``coordinating``,
    ``timeframe_text``, ``__all__`` …).
    """

    def __init__(
        self,
        *,
        plan_errors: dict[str, list[str]] | None = None,
        task_errors: dict[int, dict[str, list[str]]] | None = None,
    ):
        self.plan_errors = {key: list(value) for key, value in (plan_errors or {}).items()}
        self.task_errors = dict(task_errors or {})
        combined: dict[str, list[str]] = {key: list(v) for key, v in self.plan_errors.items()}
        for index, errors in sorted(self.task_errors.items()):
            for messages in errors.values():
                combined.setdefault("tasks", []).extend(
                    _("Task {n}: {message}").format(n=index + 1, message=message)
                    for message in messages
                )
        super().__init__(combined or {"__all__": [_("The plan could not be created.")]})


def _error_dict(exc: ValidationError) -> dict[str, list[str]]:
    if hasattr(exc, "error_dict"):
        return {key: list(value) for key, value in exc.message_dict.items()}
    return {"__all__": list(exc.messages)}


def _agency_refs(mentions: list[AgencyMention], agencies: dict[int, Agency]) -> list[AgencyRef]:
    refs = []
    for mention in mentions:
        agency = agencies.get(mention.agency_id) if mention.agency_id else None
        written = (mention.as_written or "").strip()
        if agency is None and not written:
            continue
        refs.append(AgencyRef(agency=agency, as_written=written))
    return refs


def _missing_agencies(mentions: list[AgencyMention], agencies: dict[int, Agency]) -> list[str]:
    return [
        _("“{name}” is no longer in the agency directory; write it again or remove it.").format(
            name=m.as_written or m.agency or m.agency_id
        )
        for m in mentions
        if m.agency_id and m.agency_id not in agencies
    ]


def _plan_errors_before_writing(result: ExtractionResult) -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    years = result.period_years() or ()
    if len(years) != 2 or not isinstance(years[0], int) or not isinstance(years[1], int | None):
        errors["period_start"] = [_("Give the year the plan starts.")]
    if not (result.title.value or "").strip():
        errors["title"] = [_("Give the plan's title.")]
    try:
        result.issued_on()
    except (TypeError, ValueError):
        errors["issued_date"] = [_("Enter the date of issue as dd/mm/yyyy.")]
    if result.level.value and result.level.value not in PlanLevel.values:
        errors["level"] = [_("Choose a level from the list.")]
    bad = legal_reference_errors([b.as_written or b.identifier for b in result.legal_bases])
    if bad:
        errors["legal_bases"] = bad
    return errors


@transaction.atomic
def plan_create_from_extraction(
    *,
    actor,
    result: ExtractionResult,
    status: str = PlanStatus.DRAFT,
    visibility: str = Visibility.INTERNAL,
    audit: bool = True,
) -> Plan:
    """Create a plan with its tasks from an extraction, in one transaction.

    Agencies come from ``agency_id`` (they must still exist) or, when a name was not
    resolved, are kept as written. A task without a lead agency gets the issuer as lead
    (news items name tasks without saying who does them). Every error the plans services
    raise is collected — all tasks are tried — and raised as :class:`ExtractionInvalid`,
    which rolls everything back.
    """
    require_importer(actor)
    errors = _plan_errors_before_writing(result)
    agencies = Agency.objects.in_bulk(_agency_ids(result))
    if result.issuer_id and result.issuer_id not in agencies:
        errors["issuer"] = [_("The issuer is no longer in the agency directory.")]
    if errors:
        raise ExtractionInvalid(plan_errors=errors)

    start, end = result.period_years()
    end = end or start
    level = result.level.value or PlanLevel.PROVINCE
    issuer = agencies.get(result.issuer_id) if result.issuer_id else None
    issuer_name = (result.issuer.value or "").strip()
    if issuer is None and issuer_name:
        issuer = Agency.objects.filter(name=issuer_name).first()
    deadline = result.report_deadline
    sections = [
        SectionData(
            heading=s.heading.strip()[:255],
            body=s.body,
            kind=s.kind if s.kind in SectionKind.values else SectionKind.OTHER,
        )
        for s in result.sections
        if s.heading.strip()
    ]
    try:
        plan = plan_services.plan_create(
            actor=actor,
            title=result.title.value,
            number=result.plan_number.value or "",
            issued_date=result.issued_on(),
            period_start=start,
            period_end=end,
            level=level,
            unit=unit_for_extraction(result),
            issuer=issuer,
            issuer_name=issuer_name,
            visibility=visibility,
            signer=result.signer.value or "",
            legal_bases=[b.as_written or b.identifier for b in result.legal_bases],
            sections=sections or None,
            report_deadline_text=deadline.as_written if deadline else "",
            report_deadline_month=deadline.month if deadline else None,
            report_deadline_day=deadline.day if deadline else None,
            audit=audit,
        )
    except ValidationError as exc:
        raise ExtractionInvalid(plan_errors=_error_dict(exc)) from exc

    task_errors: dict[int, dict[str, list[str]]] = {}
    for index, task in enumerate(result.tasks):
        missing = {
            key: messages
            for key, mentions in (("leads", task.lead), ("coordinating", task.coordinating))
            if (messages := _missing_agencies(mentions, agencies))
        }
        if missing:
            task_errors[index] = missing
            continue
        leads = _agency_refs(task.lead, agencies)
        if not leads and (plan.issuer or plan.issuer_name):
            # News items name tasks without a lead; the issuer is then responsible.
            leads = [AgencyRef(agency=plan.issuer, as_written=plan.issuer_name)]
        try:
            plan_services.task_create(
                actor=actor,
                plan=plan,
                order=index + 1,
                data=TaskData(
                    text=task.text or "",
                    group=task.group if task.group in TaskGroup.values else TaskGroup.OTHER,
                    timeframe_text=task.timeframe.as_written if task.timeframe else "",
                    leads=leads,
                    coordinating=_agency_refs(task.coordinating, agencies),
                    row_label=task.row or "",
                ),
                audit=audit,
            )
        except ValidationError as exc:
            # task_create ran in its own savepoint: the other tasks can still be tried.
            task_errors[index] = _error_dict(exc)
    if task_errors:
        raise ExtractionInvalid(task_errors=task_errors)
    try:
        plan = plan_services.plan_move_to(actor=actor, plan=plan, to_status=status)
    except ValidationError as exc:
        raise ExtractionInvalid(plan_errors={"status": list(exc.messages)}) from exc
    return plan


# --- confirmation: the import job -------------------------------------------------------------


@transaction.atomic
def import_job_confirm(
    *, actor, job: ImportJob, data: ExtractionResult, visibility: str = Visibility.INTERNAL
) -> Plan:
    """Create the plan from the reviewed extraction ``data``; the job becomes ``confirmed``.

    All or nothing: if the plans services refuse anything, :class:`ExtractionInvalid` is
    raised and neither the plan nor the job's status is changed. The uploaded file becomes
    the plan's source document.
    """
    require_reviewer(actor, job)
    claimed = ImportJob.objects.filter(pk=job.pk, status=ImportStatus.READY).update(
        status=ImportStatus.CONFIRMED, updated_at=timezone.now()
    )
    if claimed != 1:
        job.refresh_from_db()
        raise ValidationError(refusal_message(job))
    plan = plan_create_from_extraction(actor=actor, result=data, visibility=visibility)
    if job.file:
        Plan.objects.filter(pk=plan.pk).update(source_file=job.file.name)
        plan.source_file.name = job.file.name
    reviewed = data.to_dict()
    reviewed["text"] = ""  # the source text is in ``result`` already
    ImportJob.objects.filter(pk=job.pk).update(plan=plan, reviewed=reviewed)
    job.plan = plan
    parts_confirm(job)  # the files whose tasks were added belong to the plan too
    log_action(
        actor=actor,
        action="import.confirmed",
        target=plan,
        scopes=[job],
        data={
            "import": job.pk,
            "file": job.original_name,
            "sha256": job.sha256,
            "tasks": len(data.tasks),
            "parts": [p.get("file") for p in data.parts],
        },
    )
    job.refresh_from_db()
    return plan
