"""The summary report as a document: its first draft's narrative, and its Word, PDF and
Excel files. Every number comes from :mod:`ttdn.reports.figures`; nothing is counted here.

The document is Vietnamese whatever the reader's language (:data:`DOCUMENT_LANGUAGE`):
its wording goes through gettext like every string, under that language.

    content = report_content(report)             # figures + what the agencies said
    report_docx(content), report_pdf(content), report_xlsx(content)
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from django.utils import translation
from django.utils.translation import gettext as _

from ttdn.documents.convert import convert
from ttdn.documents.decree30 import Decree30Document, Issuer, Section, Signer, decree30_docx
from ttdn.documents.spreadsheet import Sheet, workbook_bytes
from ttdn.documents.word import Block, DocTable, Heading
from ttdn.plans.models import Plan, TaskStatus
from ttdn.reports.figures import Outcome, PlanFigures, plan_figures
from ttdn.reports.models import SummaryReport
from ttdn.reports.periods import Period, period_parse
from ttdn.reports.selectors import (
    AgencySubmission,
    AgencyWord,
    agency_submissions,
    lower_level_words,
    task_reasons,
)

DOCUMENT_LANGUAGE = "vi"
LATE_TASKS_SHOWN = 300  # a longer list is cut, saying how many more (all are in the workbook)
TASK_TEXT_CHARS = 200
REASON_CHARS = 400
SUBMISSION_CHARS = 1500  # an agency's section quoted in the draft


@dataclass
class ReportContent:
    """A report (saved or not) and what its document shows."""

    report: SummaryReport
    period: Period
    figures: PlanFigures
    reasons: dict[int, list[AgencyWord]]
    lower_words: dict[int, list[AgencyWord]]
    submissions: list[AgencySubmission] = field(default_factory=list)


def report_content(report: SummaryReport, *, today: dt.date | None = None) -> ReportContent:
    """The figures and the agencies' words for ``report`` (queries; no writes)."""
    period = period_parse(report.period)
    figures = plan_figures(
        report.plan, period, include_children=report.include_lower_levels, today=today
    )
    until = min(period.end, figures.scope.today)
    return ReportContent(
        report=report,
        period=period,
        figures=figures,
        reasons=task_reasons([line.id for line in figures.late], until=until),
        lower_words=lower_level_words(
            [row.plan.pk for row in figures.children], start=period.start, end=period.end
        ),
        submissions=agency_submissions(report.plan, start=period.start, end=period.end),
    )


# ---------------------------------------------------------------- formatting


def number(value: int | float) -> str:
    """1234.5 as Vietnamese writes it: "1.234,5"."""
    if isinstance(value, float) and not value.is_integer():
        whole, _dot, fraction = f"{value:,.2f}".rstrip("0").partition(".")
        return whole.replace(",", ".") + "," + fraction
    return f"{int(value):,}".replace(",", ".")


def percent(rate: float | None) -> str:
    return "–" if rate is None else number(rate) + "%"


def dmy(day: dt.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def short(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def plan_reference(plan: Plan) -> str:
    """ "Kế hoạch số 12773/KH-UBND ngày 08/12/2017" (as far as it is known)."""
    if plan.number and plan.issued_date:
        return _("Plan No. {number} of {date}").format(
            number=plan.number, date=dmy(plan.issued_date)
        )
    if plan.number:
        return _("Plan No. {number}").format(number=plan.number)
    return _("the plan “{title}”").format(title=plan.title)


def paragraphs(text: str) -> list[str]:
    """A narrative field as paragraphs: one per non-empty line."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


def place_of(issuer_name: str) -> str:
    """ "Đồng Nai" from "Ủy ban nhân dân tỉnh Đồng Nai" (the unit after tỉnh/thành phố)."""
    match = re.search(r"(?i)\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường)\s+(.+)$", issuer_name)
    return match.group(1).strip() if match else ""


# ---------------------------------------------------------------- the first draft


def draft_narratives(content: ReportContent) -> dict[str, str]:
    """The narrative sections pre-filled from the figures (the coordinator edits them)."""
    with translation.override(DOCUMENT_LANGUAGE):
        return _draft_narratives(content)


def _outcome_sentence(outcome: Outcome) -> str:
    return _(
        "{total} tasks; {done} done ({rate}), {on_time} of them on time ({on_time_rate}); "
        "{late} late; {in_progress} in progress; {not_started} not started; "
        "{cancelled} cancelled."
    ).format(
        total=outcome.total,
        done=outcome.done,
        rate=percent(outcome.completion_rate),
        on_time=outcome.done_on_time,
        on_time_rate=percent(outcome.on_time_rate),
        late=outcome.late,
        in_progress=outcome.in_progress,
        not_started=outcome.not_started,
        cancelled=outcome.cancelled,
    )


def _draft_narratives(content: ReportContent) -> dict[str, str]:
    report, figures, period = content.report, content.figures, content.period
    plan = report.plan
    intro = _(
        "Implementing {reference} of {issuer} on {subject}, {issuer} reports the results of "
        "{period} as follows:"
    ).format(
        reference=plan_reference(plan),
        issuer=report.issuer_name,
        subject=plan_subject(plan),
        period=period_name(period),
    )
    if figures.is_empty:
        general = [
            intro,
            _(
                "No task of the plan fell due in {period} and no agency reported figures for it."
            ).format(period=period_name(period)),
        ]
        return {
            "general": "\n".join(general),
            "results": "",
            "late_reasons": "",
            "limitations": "",
            "proposals": "",
        }
    general = [
        intro,
        _("In {period} the plan had {summary}").format(
            period=period_name(period), summary=_outcome_sentence(figures.totals)
        ),
    ]
    if figures.children:
        general.append(
            _("{count} lower-level plans implement it; their results are in section II.").format(
                count=len(figures.children)
            )
        )
    results = [
        _("- {label}: {done} of {total} tasks done ({rate}), {on_time} on time.").format(
            label=row.label,
            done=row.outcome.done,
            total=row.outcome.total,
            rate=percent(row.outcome.completion_rate),
            on_time=row.outcome.done_on_time,
        )
        for row in figures.by_group
    ]
    if figures.figures:
        results.append(
            _("Main figures reported: {figures}.").format(
                figures="; ".join(f"{line.name}: {number(line.value)}" for line in figures.figures)
            )
        )
    late = []
    for line in figures.late[:LATE_TASKS_SHOWN]:
        words = content.reasons.get(line.id, [])
        if not words:
            continue
        late.append(
            "- {task} ({leads}; {deadline}): {reason}".format(
                task=short(line.text, TASK_TEXT_CHARS).rstrip(" .;:"),
                leads=", ".join(line.leads) or _("no lead agency"),
                deadline=_("due {date}").format(
                    date=dmy(line.next_deadline or line.final_deadline)
                ),
                reason=" ".join(
                    f"{w.agency} ({dmy(w.day)}): {short(w.text, REASON_CHARS)}" for w in words
                ),
            )
        )
    silent = sum(1 for line in figures.late if line.id not in content.reasons)
    if silent:
        late.append(
            _(
                "The lead agencies of {count} of these tasks have not said why (see the table "
                "below)."
            ).format(count=silent)
        )
    limitations = []
    if figures.totals.not_done:
        limitations.append(
            _(
                "{count} tasks were not done by the end of the period, {late} of them past "
                "their deadline."
            ).format(count=figures.totals.not_done, late=figures.totals.late)
        )
    if silent:
        limitations.append(
            _("The lead agencies of {count} late tasks have not reported on them.").format(
                count=silent
            )
        )
    said = {name: _submitted(content, name) for name in ("results", "limitations", "proposals")}
    if said["results"]:
        results += [_("What the agencies reported:"), *said["results"]]
    return {
        "general": "\n".join(general),
        "results": "\n".join(results),
        "late_reasons": "\n".join(late),
        "limitations": "\n".join(limitations + said["limitations"]),
        "proposals": "\n".join(said["proposals"]),
    }


def _submitted(content: ReportContent, section: str) -> list[str]:
    """ "- Sở Ngoại vụ: …" for each agency whose accepted report has ``section``."""
    return [
        f"- {item.agency}: {short(getattr(item, section), SUBMISSION_CHARS)}"
        for item in content.submissions
        if getattr(item, section)
    ]


def period_name(period: Period) -> str:
    """The period as the document names it ("năm 2018", "quý III năm 2018")."""
    kind = period.code[5:6]
    if not kind:
        return _("the year {year}").format(year=period.year)
    if kind == "H":
        if period.start.month == 1:
            return _("the first half of {year}").format(year=period.year)
        return _("the second half of {year}").format(year=period.year)
    if kind == "Q":
        roman = {1: "I", 2: "II", 3: "III", 4: "IV"}[(period.start.month + 2) // 3]
        return _("quarter {roman} of {year}").format(roman=roman, year=period.year)
    return _("month {month} of {year}").format(month=period.start.month, year=period.year)


def plan_subject(plan: Plan) -> str:
    """The plan's title without its leading "Kế hoạch" ("hoạt động thông tin đối ngoại
    tỉnh Đồng Nai năm 2018"), to follow "Kế hoạch số … về"."""
    return re.sub(r"(?i)^kế hoạch\s+", "", plan.title.strip()) or plan.title


def default_title(plan: Plan, period: Period) -> str:
    """ "Kết quả thực hiện Kế hoạch … năm 2018": the period is named unless it is the
    plan's whole single year (its title already says it)."""
    with translation.override(DOCUMENT_LANGUAGE):
        if period.code == str(plan.period_start) == str(plan.period_end):
            return _("Results of implementing {plan}").format(plan=plan.title)[:300]
        return _("Results of implementing {plan} in {period}").format(
            plan=plan.title, period=period_name(period)
        )[:300]


# ---------------------------------------------------------------- the Word document


def _outcome_cells(outcome: Outcome) -> list[object]:
    return [
        outcome.total,
        outcome.done,
        outcome.done_on_time,
        outcome.late,
        outcome.not_done,
        percent(outcome.completion_rate),
    ]


def _outcome_header(first: str) -> list[str]:
    return [
        _("No."),
        first,
        _("Tasks"),
        _("Done"),
        _("On time"),
        _("Late"),
        _("Not done"),
        _("Completion"),
    ]


OUTCOME_WIDTHS = [1.2, 4.8, 1.6, 1.8, 1.6, 1.6, 1.7, 2.2]


def report_tables(content: ReportContent) -> dict[str, DocTable]:
    """The document's tables (the workbook has the same, and more rows)."""
    figures = content.figures
    tables = {
        "groups": DocTable(
            header=_outcome_header(_("Group of tasks")),
            rows=[
                [i, row.label, *_outcome_cells(row.outcome)]
                for i, row in enumerate(figures.by_group, 1)
            ],
            widths_cm=OUTCOME_WIDTHS,
        ),
        "agencies": DocTable(
            header=_outcome_header(_("Lead agency")),
            rows=[
                [i, row.name, *_outcome_cells(row.outcome)]
                for i, row in enumerate(figures.by_agency, 1)
            ],
            widths_cm=OUTCOME_WIDTHS,
        ),
        "figures": DocTable(
            header=[_("No."), _("Figure"), _("Value"), _("Reported by")],
            rows=[
                [i, line.name, number(line.value), ", ".join(line.agencies)]
                for i, line in enumerate(figures.figures, 1)
            ],
            widths_cm=[1.2, 7.0, 2.4, 5.9],
        ),
        "late": DocTable(
            header=[_("No."), _("Task"), _("Lead agency"), _("Deadline"), _("Status")],
            rows=[
                [
                    i,
                    short(line.text, TASK_TEXT_CHARS).rstrip(" .;:"),
                    ", ".join(line.leads),
                    dmy(line.next_deadline or line.final_deadline),
                    _status_label(line),
                ]
                for i, line in enumerate(figures.late[:LATE_TASKS_SHOWN], 1)
            ],
            widths_cm=[1.2, 6.7, 3.1, 2.3, 3.2],
        ),
        "lower": DocTable(
            header=[
                _("No."),
                _("Reporting agency"),
                _("Plan"),
                _("Tasks"),
                _("Done"),
                _("Completion"),
            ],
            rows=[
                [
                    i,
                    row.agency,
                    row.plan.number or short(row.plan.title, 80),
                    row.outcome.total,
                    row.outcome.done,
                    percent(row.outcome.completion_rate),
                ]
                for i, row in enumerate(figures.children, 1)
            ],
            widths_cm=[1.2, 4.6, 4.9, 1.8, 1.8, 2.2],
        ),
    }
    return tables


def _status_label(line) -> str:
    if line.outcome == "done_late":
        return _("Done late ({date})").format(date=dmy(line.completed_on))
    return str(TaskStatus(line.status).label)


def report_spec(content: ReportContent) -> Decree30Document:
    """The report as an administrative document (call under :data:`DOCUMENT_LANGUAGE`)."""
    report, figures = content.report, content.figures
    tables = report_tables(content)
    sections: list[Section] = [
        Section(_("I. GENERAL SITUATION"), paragraphs(report.general)),
    ]
    results: list[Block] = [Heading(_("1. Results by group of tasks"), level=2)]
    results += paragraphs(report.results)
    if tables["groups"].rows:
        results.append(tables["groups"])
    results.append(Heading(_("2. Results by lead agency"), level=2))
    results.append(tables["agencies"] if tables["agencies"].rows else _("No task in the period."))
    results.append(Heading(_("3. Figures reported"), level=2))
    results.append(
        tables["figures"]
        if tables["figures"].rows
        else _("No figures were reported in accepted progress reports for the period.")
    )
    if report.include_lower_levels and figures.children:
        results.append(Heading(_("4. Results reported by the lower levels"), level=2))
        results.append(tables["lower"])
        for row in figures.children:
            words = content.lower_words.get(row.plan.pk, [])
            summary = _("{agency} ({plan}): {summary}").format(
                agency=row.agency,
                plan=row.plan.number or row.plan.title,
                summary=_outcome_sentence(row.outcome),
            )
            if row.figures:
                summary += (
                    " " + "; ".join(f"{f.name}: {number(f.value)}" for f in row.figures) + "."
                )
            results.append(summary)
            results += [
                f"- {w.agency} ({dmy(w.day)}): {short(w.text, REASON_CHARS)}" for w in words
            ]
    sections.append(Section(_("II. RESULTS"), results))
    late: list[Block] = paragraphs(report.late_reasons)
    if tables["late"].rows:
        late.append(tables["late"])
        hidden = len(figures.late) - LATE_TASKS_SHOWN
        if hidden > 0:
            late.append(
                _("And {count} more tasks, listed in the workbook of this report.").format(
                    count=hidden
                )
            )
    if not late:
        late = [_("No task was late or left undone in the period.")]
    sections.append(Section(_("III. TASKS LATE OR NOT DONE, AND WHY"), late))
    if paragraphs(report.limitations):
        sections.append(Section(_("IV. LIMITATIONS AND CAUSES"), paragraphs(report.limitations)))
    if paragraphs(report.proposals):
        number_ = "V." if paragraphs(report.limitations) else "IV."
        sections.append(
            Section(_("{number} PROPOSALS").format(number=number_), paragraphs(report.proposals))
        )
    return Decree30Document(
        issuer=Issuer(name=report.issuer_name, parent=report.issuer_parent),
        kind=_("Report"),
        title=report.title,
        place=report.place,
        date=report.date,
        year=content.period.end.year,
        number=report.number,
        symbol=report.symbol,
        sections=sections,
        signer=Signer(
            name=report.signer_name,
            title=report.signer_title,
            on_behalf=report.signer_on_behalf,
            authority=report.signer_authority,
        ),
        recipients=report.recipient_list,
        archive=report.archive,
    )


def report_docx(content: ReportContent) -> bytes:
    with translation.override(DOCUMENT_LANGUAGE):
        return decree30_docx(report_spec(content))


def report_pdf(content: ReportContent, *, docx: bytes | None = None) -> bytes:
    """The PDF, converted from the Word file by LibreOffice (``ConversionError`` if not)."""
    return convert(docx or report_docx(content), to="pdf", kind="docx", name="bao-cao.docx")


def report_xlsx(content: ReportContent) -> bytes:
    """The report's tables as a workbook (every cell through ``safe_cell``)."""
    with translation.override(DOCUMENT_LANGUAGE):
        return _report_xlsx(content)


def _outcome_sheet_row(outcome: Outcome) -> list[object]:
    return [
        outcome.total,
        outcome.done,
        outcome.done_on_time,
        outcome.done_late,
        outcome.late,
        outcome.in_progress,
        outcome.not_started,
        outcome.cancelled,
        outcome.completion_rate,
        outcome.on_time_rate,
    ]


def _outcome_sheet_header(first: str) -> list[str]:
    return [
        first,
        _("Tasks"),
        _("Done"),
        _("On time"),
        _("Done late"),
        _("Late"),
        _("In progress"),
        _("Not started"),
        _("Cancelled"),
        _("Completion (%)"),
        _("On time (%)"),
    ]


def _report_xlsx(content: ReportContent) -> bytes:
    figures = content.figures
    widths = (40, 9, 9, 9, 9, 9, 11, 11, 9, 13, 13)
    sheets = [
        Sheet(
            title=_("By agency"),
            header=_outcome_sheet_header(_("Lead agency")),
            rows=[[row.name, *_outcome_sheet_row(row.outcome)] for row in figures.by_agency]
            + [[_("Total"), *_outcome_sheet_row(figures.totals)]],
            widths=widths,
        ),
        Sheet(
            title=_("By group"),
            header=_outcome_sheet_header(_("Group of tasks")),
            rows=[[row.label, *_outcome_sheet_row(row.outcome)] for row in figures.by_group],
            widths=widths,
        ),
        Sheet(
            title=_("Figures"),
            header=[_("Figure"), _("Value"), _("Reports"), _("Reported by"), _("Source")],
            rows=[
                [line.name, line.value, line.updates, ", ".join(line.agencies), line.source]
                for line in figures.figures
            ],
            widths=(40, 14, 10, 50, 12),
        ),
        Sheet(
            title=_("Tasks"),
            header=[
                _("No."),
                _("Task"),
                _("Group of tasks"),
                _("Lead agency"),
                _("Next deadline"),
                _("Final deadline"),
                _("Completed on"),
                _("Status"),
                _("What the agency said"),
            ],
            rows=[
                [
                    line.row_label,
                    line.text,
                    line.group_label,
                    ", ".join(line.leads),
                    line.next_deadline,
                    line.final_deadline,
                    line.completed_on,
                    _status_label(line),
                    " | ".join(
                        f"{w.agency} ({dmy(w.day)}): {w.text}"
                        for w in content.reasons.get(line.id, [])
                    ),
                ]
                for line in figures.tasks
            ],
            widths=(8, 60, 24, 30, 13, 13, 13, 18, 60),
        ),
        Sheet(
            title=_("By month"),
            header=[
                _("Month"),
                _("Reports"),
                _("Accepted"),
                _("Completed"),
                _("Completed to date"),
            ],
            rows=[
                [
                    row.month.strftime("%m/%Y"),
                    row.submitted,
                    row.accepted,
                    row.completed,
                    row.completed_to_date,
                ]
                for row in figures.trend
            ],
            widths=(12, 10, 10, 12, 16),
        ),
    ]
    if figures.children:
        sheets.append(
            Sheet(
                title=_("Lower levels"),
                header=[_("Reporting agency"), _("Plan"), *_outcome_sheet_header("")[1:]],
                rows=[
                    [
                        row.agency,
                        row.plan.number or row.plan.title,
                        *_outcome_sheet_row(row.outcome),
                    ]
                    for row in figures.children
                ],
                widths=(34, 40, 9, 9, 9, 9, 9, 11, 11, 9, 13, 13),
            )
        )
    return workbook_bytes(sheets)
