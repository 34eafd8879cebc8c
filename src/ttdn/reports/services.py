"""Writes of the summary reports: start a draft (pre-filled from the figures), edit it,
fill a section again from the figures, issue a numbered version with its files."""

from __future__ import annotations

import datetime as dt

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext as _

from ttdn.attachments.services import attachments_create
from ttdn.audit.services import log_action, snapshot
from ttdn.core.concurrency import claim_version
from ttdn.core.exceptions import ConflictError
from ttdn.core.text import clean_text
from ttdn.documents.convert import ConversionError
from ttdn.plans.models import Plan, PlanStatus
from ttdn.reports.access import require_writer
from ttdn.reports.document import (
    ReportContent,
    default_title,
    draft_narratives,
    place_of,
    report_content,
    report_docx,
    report_pdf,
    report_xlsx,
)
from ttdn.reports.models import (
    NARRATIVE_FIELDS,
    SummaryReport,
    SummaryReportFile,
    SummaryReportVersion,
)
from ttdn.reports.periods import Period, period_parse

MAX_NARRATIVE_CHARS = 50_000
MAX_RECIPIENTS_CHARS = 3_000
DEFAULT_ISSUER = "Ủy ban nhân dân tỉnh"
DEFAULT_RECIPIENTS = (
    "Bộ Thông tin và Truyền thông",
    "Bộ Ngoại giao",
    "Thường trực Tỉnh ủy",
    "Thường trực HĐND tỉnh",
    "Chủ tịch, các Phó Chủ tịch UBND tỉnh",
    "Các sở, ban, ngành tỉnh",
)
# What the coordinator may change, and whether it may hold several lines.
EDITABLE_FIELDS = {
    "issuer_parent": False,
    "issuer_name": False,
    "number": False,
    "symbol": False,
    "place": False,
    "title": False,
    "signer_authority": False,
    "signer_on_behalf": False,
    "signer_title": False,
    "signer_name": False,
    "archive": False,
    "recipients": True,
    **dict.fromkeys(NARRATIVE_FIELDS, True),
}


def _clean_changes(changes: dict) -> dict:
    cleaned = {}
    for name, value in changes.items():
        if name == "date":
            if value is not None and not isinstance(value, dt.date):
                raise ValidationError({"date": _("Enter a valid date.")})
            cleaned[name] = value
        elif name == "include_lower_levels":
            cleaned[name] = bool(value)
        elif name in EDITABLE_FIELDS:
            text = clean_text(str(value or ""), multiline=EDITABLE_FIELDS[name]).strip()
            limit = MAX_RECIPIENTS_CHARS if name == "recipients" else MAX_NARRATIVE_CHARS
            if EDITABLE_FIELDS[name] and len(text) > limit:
                raise ValidationError(
                    {name: _("The text is too long (at most {n} characters).").format(n=limit)}
                )
            cleaned[name] = text
        else:
            raise ValidationError(_("“{name}” cannot be changed.").format(name=name[:40]))
    return cleaned


def report_period_check(plan: Plan, period: str) -> Period:
    """``period`` parsed, or a ``ValidationError`` keyed "period" when it is not a
    period or does not lie within the plan's years."""
    parsed = period_parse(period)
    if not (plan.period_first_day <= parsed.start and parsed.end <= plan.period_last_day):
        raise ValidationError(
            {
                "period": _("The period must lie within the plan's years ({start}–{end}).").format(
                    start=plan.period_start, end=plan.period_end
                )
            }
        )
    return parsed


def report_build(
    *, plan: Plan, period: str, include_lower_levels: bool = True, today: dt.date | None = None
) -> tuple[SummaryReport, ReportContent]:
    """An unsaved draft of ``plan`` for ``period`` (issuing details from the plan, the
    narrative pre-filled from the figures) and its content, computed once. Writes
    nothing (``ttdn report`` prints it)."""
    parsed = period_parse(period)
    issuer = plan.issuer_name or (plan.issuer.name if plan.issuer_id else "") or DEFAULT_ISSUER
    report = SummaryReport(
        plan=plan,
        period=parsed.code,
        period_start=parsed.start,
        period_end=parsed.end,
        include_lower_levels=include_lower_levels,
        issuer_name=clean_text(issuer, multiline=False)[:150],
        place=place_of(issuer)[:60],
        title=default_title(plan, parsed),
        signer_name=plan.signer[:120],
        recipients="\n".join(DEFAULT_RECIPIENTS),
    )
    content = report_content(report, today=today)
    for name, text in draft_narratives(content).items():
        setattr(report, name, text)
    return report, content


@transaction.atomic
def report_create(
    *,
    actor,
    plan: Plan,
    period: str,
    include_lower_levels: bool = True,
    today: dt.date | None = None,
) -> SummaryReport:
    """A draft report of ``plan`` for ``period`` ("2018", "2018-Q3" …), its issuing
    details taken from the plan and its narrative pre-filled from the figures."""
    require_writer(actor)
    if plan.status in (PlanStatus.DRAFT, PlanStatus.APPRAISAL):
        # a draft may still be deleted; a report (and its issued versions) holds on to it
        raise ValidationError({"plan": _("A report is written on an issued plan, not on a draft.")})
    parsed = report_period_check(plan, period)
    if SummaryReport.objects.filter(plan=plan, period=parsed.code).exists():
        raise ValidationError({"period": _("This plan already has a report for this period.")})
    report, _content = report_build(
        plan=plan, period=parsed.code, include_lower_levels=include_lower_levels, today=today
    )
    report.created_by = actor if getattr(actor, "is_authenticated", False) else None
    report.full_clean()
    try:
        with transaction.atomic():
            report.save()
    except IntegrityError:  # another coordinator started it a moment ago
        raise ValidationError(
            {"period": _("This plan already has a report for this period.")}
        ) from None
    log_action(
        actor=actor, action="reports.created", target=report, after=snapshot(report), scopes=[plan]
    )
    return report


@transaction.atomic
def report_update(
    *, actor, report: SummaryReport, changes: dict, expected_version: int
) -> SummaryReport:
    """Change the draft's narrative or issuing details (``changes``: field → value)."""
    require_writer(actor)
    changes = _clean_changes(changes)
    before = snapshot(report, list(changes))
    claim_version(
        report,
        expected_version,
        message=_(
            "Someone else changed this report meanwhile. Reload it and make your change again."
        ),
    )
    report.refresh_from_db()
    for name, value in changes.items():
        setattr(report, name, value)
    report.full_clean()
    report.save()
    after = snapshot(report, list(changes))
    changed = {k: v for k, v in after.items() if before.get(k) != v}
    log_action(
        actor=actor,
        action="reports.updated",
        target=report,
        before={k: before[k] for k in changed},
        after=changed,
        scopes=[report.plan],
    )
    return report


@transaction.atomic
def report_refill(
    *, actor, report: SummaryReport, fields: list[str], expected_version: int, today=None
) -> SummaryReport:
    """Fill the narrative ``fields`` again from today's figures (the coordinator's edits
    to those fields are replaced; the audit keeps them)."""
    unknown = [name for name in fields if name not in NARRATIVE_FIELDS]
    if unknown or not fields:
        raise ValidationError(_("Choose the sections to fill again."))
    drafted = draft_narratives(report_content(report, today=today))
    return report_update(
        actor=actor,
        report=report,
        changes={name: drafted[name] for name in fields},
        expected_version=expected_version,
    )


@transaction.atomic
def report_issue(
    *,
    actor,
    report: SummaryReport,
    expected_version: int,
    date: dt.date | None = None,
    today: dt.date | None = None,
) -> SummaryReportVersion:
    """Issue the draft as it stands: a new numbered version (v1, v2 …) with its Word
    document, PDF and workbook, kept for good. ``date`` (default: the report's date, or
    today) becomes the report's date. If LibreOffice cannot make the PDF the version is
    issued without it and says why."""
    require_writer(actor)
    locked = SummaryReport.objects.select_for_update().filter(pk=report.pk).first()
    if locked is None or locked.version != expected_version:
        raise ConflictError(
            _("Someone else changed this report meanwhile. Reload it and make your change again.")
        )
    report = locked
    report.date = date or report.date or today or timezone.localdate()
    report.version += 1
    report.save(update_fields=["date", "version", "updated_at"])
    content = report_content(report, today=today)
    docx = report_docx(content)
    xlsx = report_xlsx(content)
    try:
        pdf, problem = report_pdf(content, docx=docx), ""
    except ConversionError as error:
        pdf, problem = None, str(error.message)[:300]
    last = report.versions.aggregate(last=Max("number"))["last"] or 0
    version = SummaryReportVersion(
        report=report,
        number=last + 1,
        document_number=f"{report.number}/{report.symbol}" if report.number else "",
        document_date=report.date,
        content={
            "title": report.title,
            "period": report.period,
            "number": report.number,
            "symbol": report.symbol,
            "date": report.date.isoformat(),
            **{name: getattr(report, name) for name in NARRATIVE_FIELDS},
            "totals": {
                "tasks": content.figures.totals.total,
                "done": content.figures.totals.done,
                "done_on_time": content.figures.totals.done_on_time,
                "late": content.figures.totals.late,
            },
        },
        pdf_problem=problem,
        issued_by=actor if getattr(actor, "is_authenticated", False) else None,
    )
    version.full_clean(exclude=["report"])
    version.save()
    stem = _("Report {period} v{number}").format(period=report.period, number=version.number)
    files = [ContentFile(docx, name=f"{stem}.docx"), ContentFile(xlsx, name=f"{stem}.xlsx")]
    if pdf:
        files.append(ContentFile(pdf, name=f"{stem}.pdf"))
    attachments_create(model=SummaryReportFile, files=files, version=version)
    log_action(
        actor=actor,
        action="reports.issued",
        target=report,
        after={
            "issued_version": version.number,
            "document_number": version.document_number,
            "date": report.date.isoformat(),
        },
        data={"files": [f.name for f in files], "pdf_problem": problem},
        scopes=[report.plan],
    )
    return version
