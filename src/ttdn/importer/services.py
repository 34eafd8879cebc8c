"""Importing plans from documents: upload, background analysis, review, confirmation.

The flow:

1. :func:`import_jobs_create` checks the uploads at the edge (type, size, count, who),
   stores each file as an :class:`~ttdn.importer.models.ImportJob` and enqueues one
   background task per job.
2. :func:`import_job_run` is what the task runs: it claims the job, reads and analyses the
   file with the pipeline, stores progress as it goes and ends ``ready`` (with the
   :class:`~ttdn.importer.result.ExtractionResult` as JSON) or ``failed`` (with a message).
3. The coordinator reviews and corrects the extraction; :func:`extraction_from_review`
   turns the corrected form back into an ``ExtractionResult``.
4. :func:`import_job_confirm` creates the plan in one transaction through
   :func:`plan_create_from_extraction` (the plans services do the writing and validating),
   or :func:`import_job_discard` drops the import.

Nothing is written in ``plans`` before confirmation. :func:`import_jobs_cleanup` (a
periodic task) deletes the files of imports nobody confirmed.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path, PurePath

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import DatabaseError, transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ttdn.accounts.audit import log_action
from ttdn.directory.models import AdministrativeUnit, Agency, UnitLevel
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
from ttdn.importer.source import ReadError
from ttdn.legal.parsing import normalise_identifier, parse_legal_ref
from ttdn.plans import services as plan_services
from ttdn.plans.access import can_manage_plans
from ttdn.plans.models import Plan, PlanLevel, PlanStatus, SectionKind, TaskGroup, Visibility
from ttdn.plans.services import AgencyRef, SectionData, TaskData

logger = logging.getLogger(__name__)

# What the readers take (ttdn.importer.readers.sniff decides by content; this is the
# list shown and checked at upload, used when the readers' own list cannot be loaded).
ACCEPTED_EXTENSIONS = (
    ".docx", ".docm", ".dotx", ".doc", ".odt", ".rtf", ".pdf", ".xlsx", ".xlsm", ".xls", ".ods",
    ".html", ".htm", ".txt", ".text", ".csv", ".md", ".png", ".jpg", ".jpeg", ".tif", ".tiff",
)  # fmt: skip
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
DEFAULT_MAX_FILES = 20
DEFAULT_KEEP_DAYS = 14
# Progress is written at most this often (a step of this many points, a new label, or
# this many seconds), so a chatty reader does not turn into a stream of UPDATEs.
PROGRESS_MIN_STEP = 5
PROGRESS_MIN_SECONDS = 1.0
ERROR_INTERNAL = "internal"

# How a plan with this status is reached from a draft (the demo's path).
_STATUS_PATH: dict[str, list[str]] = {
    PlanStatus.DRAFT: [],
    PlanStatus.APPRAISAL: [PlanStatus.APPRAISAL],
    PlanStatus.ISSUED: [PlanStatus.ISSUED],
    PlanStatus.IN_PROGRESS: [PlanStatus.ISSUED, PlanStatus.IN_PROGRESS],
    PlanStatus.CLOSED: [PlanStatus.ISSUED, PlanStatus.IN_PROGRESS, PlanStatus.CLOSED],
}


# --- limits and messages --------------------------------------------------------------------


def max_bytes() -> int:
    return int(getattr(settings, "TTDN_IMPORT_MAX_BYTES", DEFAULT_MAX_BYTES))


def max_files() -> int:
    return int(getattr(settings, "TTDN_IMPORT_MAX_FILES", DEFAULT_MAX_FILES))


def keep_days() -> int:
    return int(getattr(settings, "TTDN_IMPORT_KEEP_DAYS", DEFAULT_KEEP_DAYS))


def _megabytes(size: int) -> str:
    value = size / (1024 * 1024)
    return f"{value:.0f}" if value >= 1 else f"{value:.2f}"


def too_large_message(name: str) -> str:
    return _("“{name}” is larger than {mb} MB and was not uploaded.").format(
        name=name, mb=_megabytes(max_bytes())
    )


def accepted_extensions() -> tuple[str, ...]:
    """The extensions an upload may have: the readers' list when it loads, else ours."""
    try:
        from ttdn.importer.readers.sniff import FORMAT_EXTENSIONS, TEXT_EXTENSIONS
    except ImportError:
        return ACCEPTED_EXTENSIONS
    theirs = {*FORMAT_EXTENSIONS, *(e for e in TEXT_EXTENSIONS if e), ".html", ".htm"}
    return tuple(e for e in ACCEPTED_EXTENSIONS if e in theirs) + tuple(
        sorted(theirs - set(ACCEPTED_EXTENSIONS))
    )


def accepted_types_label() -> str:
    return ", ".join(ext.lstrip(".") for ext in accepted_extensions())


def _display_name(name: str | None) -> str:
    # Browsers send a bare name; some old ones send a Windows path.
    return (PurePath((name or "").replace("\\", "/")).name or "").strip()[:255]


def _upload_problem(upload: UploadedFile) -> str | None:
    """What is wrong with one upload, judged without reading it, or None."""
    name = _display_name(upload.name) or _("(no name)")
    if Path(name).suffix.lower() not in accepted_extensions():
        return _("“{name}”: this type of file cannot be imported (accepted: {types}).").format(
            name=name, types=accepted_types_label()
        )
    if upload.size is None or upload.size > max_bytes():
        return too_large_message(name)
    if upload.size == 0:
        return _("“{name}” is empty.").format(name=name)
    return None


def _require_manager(actor) -> None:
    if not can_manage_plans(actor):
        raise PermissionDenied(_("Only the coordinating department can import plans."))


def is_import_admin(user) -> bool:
    """Administrators see every import, not only their own."""
    return bool(
        getattr(user, "is_authenticated", False)
        and (user.is_superuser or getattr(user, "role", "") == "administrator")
    )


def _require_reviewer(actor, job: ImportJob) -> None:
    _require_manager(actor)
    if job.created_by_id != actor.pk and not is_import_admin(actor):
        raise PermissionDenied(_("Only the person who uploaded a document can review it."))


# --- upload -----------------------------------------------------------------------------------


def _sha256(upload: UploadedFile) -> str:
    digest = hashlib.sha256()
    for chunk in upload.chunks():
        digest.update(chunk)
    return digest.hexdigest()


def import_jobs_create(
    *, actor, files: Sequence[UploadedFile], too_large: Sequence[str] = ()
) -> list[ImportJob]:
    """Store the uploaded files as queued import jobs of one batch and enqueue their analysis.

    ``too_large`` names files the upload handler already refused while streaming them (see
    the upload view); they are reported with the others. Every file is checked before
    anything is stored: one bad file refuses the whole upload, with one message per file.
    """
    _require_manager(actor)
    files = list(files)
    problems = [too_large_message(_display_name(name)) for name in too_large]
    if not files and not problems:
        raise ValidationError({"files": [_("Choose at least one file.")]})
    if len(files) + len(too_large) > max_files():
        problems.insert(0, _("Upload at most {n} files at a time.").format(n=max_files()))
    problems += [problem for upload in files if (problem := _upload_problem(upload))]
    if problems:
        raise ValidationError({"files": problems})

    batch = uuid.uuid4()
    jobs: list[ImportJob] = []
    with transaction.atomic():
        for upload in files:
            name = _display_name(upload.name)
            job = ImportJob(
                created_by=actor,
                batch=batch,
                original_name=name,
                size=upload.size,
                sha256=_sha256(upload),
            )
            job.file.save(name, upload, save=False)
            job.full_clean()
            job.save()
            log_action(
                actor=actor,
                action="import.uploaded",
                target=job,
                data={"file": name, "size": job.size, "sha256": job.sha256, "batch": batch},
            )
            jobs.append(job)
        for job in jobs:
            _enqueue(job)
    return jobs


def _enqueue(job: ImportJob) -> None:
    from ttdn.importer.tasks import run_import_job

    # The TASKS backend enqueues once this transaction commits (enqueue_on_commit).
    run_import_job.enqueue(str(job.pk))


# --- the background analysis ------------------------------------------------------------------


def analyse_file(path, name: str, progress=None) -> ExtractionResult:
    """The pipeline's :func:`ttdn.importer.pipeline.analyse_file` (tests replace this one).

    Imported when a job runs, so that a broken or unfinished reader fails that job and
    not every page that imports this module.
    """
    from ttdn.importer.pipeline import analyse_file as pipeline_analyse_file

    return pipeline_analyse_file(path, name, progress=progress)


class _Progress:
    """The callback given to the pipeline: stores percent and label, throttled."""

    def __init__(self, job_id) -> None:
        self.job_id = job_id
        self.percent = 0
        self.label = ""
        self.saved_at = time.monotonic()

    def __call__(self, percent, label=None) -> None:
        try:
            percent = max(self.percent, min(99, int(percent)))  # 100 only when ready
        except (TypeError, ValueError):
            percent = self.percent
        label = str(label)[:200] if label else self.label
        if percent == self.percent and label == self.label:
            return
        now = time.monotonic()
        if (
            label == self.label
            and percent - self.percent < PROGRESS_MIN_STEP
            and now - self.saved_at < PROGRESS_MIN_SECONDS
        ):
            return
        self.percent, self.label, self.saved_at = percent, label, now
        try:
            ImportJob.objects.filter(pk=self.job_id, status=ImportStatus.RUNNING).update(
                progress=percent, progress_label=label, updated_at=timezone.now()
            )
        except DatabaseError:  # progress is a nicety; never let it stop the analysis
            logger.warning("Could not store the progress of import %s", self.job_id, exc_info=True)


@contextmanager
def _local_path(job: ImportJob) -> Iterator[Path]:
    """A path on this machine to the job's file (a temporary copy for remote storages)."""
    try:
        path = job.file.path
    except NotImplementedError:
        path = None
    if path:
        yield Path(path)
        return
    with tempfile.TemporaryDirectory(prefix="ttdn-import-") as tmp:
        target = Path(tmp) / ("document" + Path(job.file.name).suffix.lower())
        with job.file.open("rb") as source, target.open("wb") as copy:
            shutil.copyfileobj(source, copy)
        yield target


def _current_status(job_id) -> str:
    return ImportJob.objects.filter(pk=job_id).values_list("status", flat=True).first() or ""


def _finish_failed(job: ImportJob, *, code: str, message: str) -> str:
    ImportJob.objects.filter(pk=job.pk, status=ImportStatus.RUNNING).update(
        status=ImportStatus.FAILED,
        error_code=(code or "")[:32],
        error_message=message,
        finished_at=timezone.now(),
        updated_at=timezone.now(),
    )
    return _current_status(job.pk)


def import_job_run(job_id) -> str:
    """Analyse one queued job; returns its status afterwards. Safe to call twice.

    The job is claimed with a conditional UPDATE (``queued`` → ``running``), so a second
    worker, or a retry, does nothing. A job discarded while it runs stays discarded.
    """
    now = timezone.now()
    try:
        claimed = ImportJob.objects.filter(pk=job_id, status=ImportStatus.QUEUED).update(
            status=ImportStatus.RUNNING, progress=0, progress_label="", updated_at=now
        )
    except (ValidationError, ValueError):
        return ""
    if claimed != 1:
        return _current_status(job_id)
    job = ImportJob.objects.get(pk=job_id)
    with translation.override(settings.LANGUAGE_CODE):
        try:
            with _local_path(job) as path:
                result = analyse_file(path, job.original_name, progress=_Progress(job.pk))
            if not isinstance(result, ExtractionResult):
                raise TypeError(f"analyse_file returned {type(result).__name__}")
            if not result.tasks:
                result.warnings.append(
                    _(
                        "No tasks were found in this document. Add them below, or discard the import if it is not a plan."
                    )
                )
            data = result.to_dict()
        except ReadError as exc:
            return _finish_failed(job, code=exc.code, message=exc.message)
        except Exception:
            logger.exception("Import %s (%s) failed", job.pk, job.original_name)
            return _finish_failed(
                job,
                code=ERROR_INTERNAL,
                message=_(
                    "“{name}” could not be analysed because of an unexpected error. Try again later, or enter the plan by hand."
                ).format(name=job.original_name),
            )
    ImportJob.objects.filter(pk=job.pk, status=ImportStatus.RUNNING).update(
        status=ImportStatus.READY,
        progress=100,
        progress_label="",
        result=data,
        finished_at=timezone.now(),
        updated_at=timezone.now(),
    )
    return _current_status(job.pk)


# --- review: the corrected form back into an ExtractionResult -----------------------------------


def unit_for_extraction(result: ExtractionResult) -> AdministrativeUnit | None:
    """The administrative unit of the plan: ``unit_id`` if the extractor found one, else
    the unit named by the locality, as it was in the plan's first year."""
    if result.unit_id:
        unit = AdministrativeUnit.objects.filter(pk=result.unit_id).first()
        if unit is not None:
            return unit
    years = result.period_years()
    year = years[0] if years else timezone.localdate().year
    return _unit_by_locality(result.locality.value, result.level.value, year)


def _unit_by_locality(
    locality: str | None, level: str | None, year: int
) -> AdministrativeUnit | None:
    """The unit as it was in ``year`` (pre-07/2025 provinces and districts for older plans)."""
    if not locality:
        return None
    wanted = UnitLevel.DISTRICT if level == "district" else UnitLevel.PROVINCE
    on = datetime.date(year, 12, 31)
    candidates = list(
        AdministrativeUnit.objects.filter(level=wanted, name__iexact=locality)
    ) or list(AdministrativeUnit.objects.filter(level=wanted, full_name__icontains=locality))
    valid = [
        u
        for u in candidates
        if (u.valid_to is None or u.valid_to >= on) and (u.valid_from is None or u.valid_from <= on)
    ]
    return (valid or candidates or [None])[0]


def _lines(text: str) -> list[str]:
    seen, lines = set(), []
    for raw in (text or "").splitlines():
        line = raw.strip(" \t-•;")
        if line and line not in seen:
            seen.add(line)
            lines.append(line)
    return lines


def mentions_from_lines(
    text: str,
    previous: list[AgencyMention],
    *,
    unit: AdministrativeUnit | None = None,
    on: datetime.date | None = None,
) -> list[AgencyMention]:
    """Agencies written one per line. A line the extractor already read keeps its reading;
    a new or changed line is resolved again against the directory."""
    from ttdn.directory.resolver import is_collective, resolve_agency

    known = {m.as_written.strip(): m for m in previous}
    mentions = []
    for line in _lines(text):
        if line in known:
            mentions.append(known[line])
        elif is_collective(line):
            mentions.append(AgencyMention(as_written=line, collective=True, confidence=1.0))
        else:
            found = resolve_agency(line, unit=unit, on=on)
            mentions.append(
                AgencyMention(
                    as_written=line,
                    agency=found.agency.name if found.agency else None,
                    agency_id=found.agency.pk if found.agency else None,
                    confidence=found.confidence,
                )
            )
    return mentions


def _located(old: Located, value) -> Located:
    """Keep what the extractor found when the reviewer left it; a new value is certain."""
    if value == old.value:
        return old
    return Located(value=value, confidence=1.0)


def _legal_bases(text: str, previous: list[LegalBasis]) -> list[LegalBasis]:
    known = {}
    for basis in previous:
        known.setdefault((basis.as_written or basis.identifier).strip(), basis)
        known.setdefault(basis.identifier.strip(), basis)
    bases = []
    for line in _lines(text):
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


def extraction_from_review(
    *, original: ExtractionResult, meta: dict, tasks: list[dict]
) -> ExtractionResult:
    """The extraction as the reviewer corrected it.

    ``meta`` has the plan fields of the review form (``doc_type``, ``title``, ``number``,
    ``issued_date`` (a date), ``issuer``, ``level``, ``locality``, ``period_from``,
    ``period_to``, ``signer``, ``report_deadline_text``/``_month``/``_day``,
    ``legal_bases`` (one per line)); ``tasks`` the kept task rows (``origin``: index of the
    extracted task the row started from, or None; ``row``, ``text``, ``group``, ``lead``
    and ``coordinating`` (one agency per line), ``timeframe``). Values the reviewer left
    as extracted keep their positions and confidence; agencies on new or changed lines
    are resolved again with the directory.
    """
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
    result.legal_bases = _legal_bases(meta.get("legal_bases") or "", original.legal_bases)

    unit = unit_for_extraction(result)
    on = issued or (datetime.date(start, 12, 31) if start else None)
    issuer = (meta.get("issuer") or "").strip()
    if issuer != (original.issuer.value or ""):
        found = mentions_from_lines(issuer, [], unit=unit, on=on) if issuer else []
        mention = found[0] if found else None
        result.issuer = Located(
            value=(mention.agency or mention.as_written) if mention else None, confidence=1.0
        )
        result.issuer_id = mention.agency_id if mention else None

    result.tasks = []
    for row in tasks:
        origin = row.get("origin")
        old = (
            original.tasks[origin]
            if origin is not None and 0 <= origin < len(original.tasks)
            else None
        )
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
                    row.get("lead") or "", old.lead if old else [], unit=unit, on=on
                ),
                coordinating=mentions_from_lines(
                    row.get("coordinating") or "", old.coordinating if old else [], unit=unit, on=on
                ),
                timeframe=timeframe,
                row=(row.get("row") or "").strip() or None,
                source=old.source if old else "manual",
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
    years = result.period_years()
    if not years or not isinstance(years[0], int) or not isinstance(years[-1], int | None):
        errors["period_start"] = [_("Give the year the plan starts.")]
    if not (result.title.value or "").strip():
        errors["title"] = [_("Give the plan's title.")]
    try:
        result.issued_on()
    except (TypeError, ValueError):
        errors["issued_date"] = [_("Enter the date of issue as dd/mm/yyyy.")]
    if result.level.value and result.level.value not in PlanLevel.values:
        errors["level"] = [_("Choose a level from the list.")]
    bad = [
        (b.as_written or b.identifier)
        for b in result.legal_bases
        if parse_legal_ref(b.as_written or b.identifier) is None
    ]
    if bad:
        errors["legal_bases"] = [
            _("Not a legal reference: “{line}”. Write e.g. Nghị định số 72/2015/NĐ-CP.").format(
                line=line[:80]
            )
            for line in bad
        ]
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
    _require_manager(actor)
    errors = _plan_errors_before_writing(result)
    mention_ids = {
        m.agency_id for t in result.tasks for m in [*t.lead, *t.coordinating] if m.agency_id
    }
    agencies = Agency.objects.in_bulk({*mention_ids, *filter(None, [result.issuer_id])})
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
        for to_status in _STATUS_PATH[status]:
            plan_services.plan_transition(actor=actor, plan=plan, to_status=to_status)
    except ValidationError as exc:
        raise ExtractionInvalid(plan_errors={"status": list(exc.messages)}) from exc
    return plan


def refusal_message(job: ImportJob) -> str:
    return {
        ImportStatus.CONFIRMED: _("A plan was already created from this import."),
        ImportStatus.DISCARDED: _("This import was discarded. Upload the file again to import it."),
        ImportStatus.FAILED: _("This import failed; there is nothing to create a plan from."),
    }.get(job.status, _("This document is still being analysed. Wait until it is ready."))


@transaction.atomic
def import_job_confirm(
    *, actor, job: ImportJob, data: ExtractionResult, visibility: str = Visibility.INTERNAL
) -> Plan:
    """Create the plan from the reviewed extraction ``data``; the job becomes ``confirmed``.

    All or nothing: if the plans services refuse anything, :class:`ExtractionInvalid` is
    raised and neither the plan nor the job's status is changed. The uploaded file becomes
    the plan's source document.
    """
    _require_reviewer(actor, job)
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
    log_action(
        actor=actor,
        action="import.confirmed",
        target=plan,
        plan_id=plan.pk,
        data={
            "import": job.pk,
            "file": job.original_name,
            "sha256": job.sha256,
            "tasks": len(data.tasks),
        },
    )
    job.refresh_from_db()
    return plan


def _delete_file_on_commit(name: str) -> None:
    if not name:
        return

    def delete() -> None:
        try:
            ImportJob._meta.get_field("file").storage.delete(name)
        except OSError:
            logger.warning("Could not delete the import file %s", name, exc_info=True)

    transaction.on_commit(delete)


@transaction.atomic
def import_job_discard(*, actor, job: ImportJob) -> ImportJob:
    """Drop an import that was not confirmed, and its file."""
    _require_reviewer(actor, job)
    name = job.file.name
    claimed = (
        ImportJob.objects.filter(pk=job.pk)
        .exclude(status__in=[ImportStatus.CONFIRMED, ImportStatus.DISCARDED])
        .update(
            status=ImportStatus.DISCARDED,
            file="",
            finished_at=timezone.now(),
            updated_at=timezone.now(),
        )
    )
    if claimed != 1:
        job.refresh_from_db()
        raise ValidationError(
            _("A plan was already created from this import; delete the plan instead.")
            if job.status == ImportStatus.CONFIRMED
            else _("This import was already discarded.")
        )
    job.refresh_from_db()
    log_action(
        actor=actor,
        action="import.discarded",
        target=job,
        data={"file": job.original_name, "sha256": job.sha256},
    )
    _delete_file_on_commit(name)
    return job


def import_jobs_cleanup(*, days: int | None = None, now: datetime.datetime | None = None) -> int:
    """Imports left unconfirmed for more than ``days`` days: delete their files and data.

    Waiting, running and ready imports become ``discarded``; failed ones stay failed. A
    confirmed import whose plan was deleted since loses its file too. The job rows are
    kept (without file and extraction) so the upload history stays complete. Returns
    the number of imports cleaned.
    """
    days = keep_days() if days is None else days
    cutoff = (now or timezone.now()) - datetime.timedelta(days=days)
    unconfirmed = ~Q(status=ImportStatus.CONFIRMED) & (
        ~Q(file="") | Q(status__in=[ImportStatus.QUEUED, ImportStatus.RUNNING, ImportStatus.READY])
    )
    orphaned = Q(status=ImportStatus.CONFIRMED, plan__isnull=True) & ~Q(file="")
    stale = (
        ImportJob.objects.filter(created_at__lt=cutoff)
        .filter(unconfirmed | orphaned)
        .only("pk", "status", "file", "original_name")
    )
    cleaned = 0
    for job in stale.iterator():
        status = job.status if job.status == ImportStatus.FAILED else ImportStatus.DISCARDED
        with transaction.atomic():
            done = ImportJob.objects.filter(pk=job.pk, status=job.status).update(
                status=status,
                file="",
                result={},
                finished_at=timezone.now(),
                updated_at=timezone.now(),
            )
            if done != 1:
                continue
            log_action(
                actor=None,
                action="import.discarded",
                target=job,
                data={"file": job.original_name, "reason": "expired", "days": days},
            )
            _delete_file_on_commit(job.file.name)
        cleaned += 1
    return cleaned
