"""The plan dashboard's selector: a plan and a reporting period as rows and SVG shapes.

Every number comes from ``ttdn.reports.figures`` (the one module that counts, which the
summary report reads too) and the missing reports from
``ttdn.submissions.selectors.open_requests``; this module only lays them out: labels
translated, dates formatted, URLs built, bar lengths and points of the charts computed
from the rates and counts it is given (decision 0026; the page shape of decision 0019).
"""

import datetime
from dataclasses import dataclass, field

from django.utils.translation import gettext

from ttdn.accounts.models import Membership
from ttdn.directory.models import Agency
from ttdn.plans.models import Plan
from ttdn.plans.rows import clip, dmy, url_for
from ttdn.reports import figures
from ttdn.reports.periods import Period, period_parse
from ttdn.submissions.selectors import open_requests

# --- the period selector ---------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class PeriodOption:
    code: str
    label: str
    selected: bool


@dataclass(frozen=True, slots=True)
class PeriodGroup:
    label: str
    options: list[PeriodOption]


def default_period(plan: Plan, today: datetime.date) -> Period:
    """This year while the plan runs, else its last year (or its first, if not begun)."""
    year = min(max(today.year, plan.period_start), plan.period_end)
    return period_parse(str(year))


def period_groups(plan: Plan, selected: Period) -> list[PeriodGroup]:
    """Every period of the plan's years: the year, its halves, quarters and months."""
    groups = []
    for year in range(plan.period_start, plan.period_end + 1):
        codes = [
            str(year),
            f"{year}-H1",
            f"{year}-H2",
            *(f"{year}-Q{q}" for q in range(1, 5)),
            *(f"{year}-{m:02d}" for m in range(1, 13)),
        ]
        periods = [period_parse(code) for code in codes]
        groups.append(
            PeriodGroup(
                label=str(year),
                options=[PeriodOption(p.code, p.label, p.code == selected.code) for p in periods],
            )
        )
    return groups


# --- the bar chart of rates by agency -------------------------------------------------------

CHART_WIDTH = 480  # the SVG's viewBox width; it scales to the page (a phone: ~360 px)
BAR_SPAN = 360  # the length of a 100 % bar
ROW_HEIGHT = 66


@dataclass(frozen=True, slots=True)
class AgencyBar:
    name: str
    url: str
    y_name: int
    y_completion: int
    y_on_time: int
    y_completion_text: int
    y_on_time_text: int
    completion_width: float
    on_time_width: float
    completion_label: str  # "66,7 %" or "—" when no task counts
    on_time_label: str
    counted: int
    done: int
    done_on_time: int
    late: int


def _percent(rate: float | None) -> str:
    if rate is None:
        return "—"
    text = f"{rate:.1f}".replace(".", ",")
    return f"{text.removesuffix(',0')} %"


def _width(rate: float | None) -> float:
    return round(BAR_SPAN * (rate or 0) / 100, 1)


def agency_bars(rows: list[figures.AgencyRow]) -> tuple[list[AgencyBar], int]:
    """The bars of ``rows`` (figures.outcomes_by_agency) and the chart's height."""
    agency_url = url_for("pages:agency")
    bars = []
    for i, row in enumerate(rows):
        top = i * ROW_HEIGHT
        outcome = row.outcome
        bars.append(
            AgencyBar(
                name=clip(row.name, 48),
                url=agency_url(row.agency_id) if row.agency_id else "",
                y_name=top + 16,
                y_completion=top + 23,
                y_on_time=top + 42,
                y_completion_text=top + 36,
                y_on_time_text=top + 55,
                completion_width=_width(outcome.completion_rate),
                on_time_width=_width(outcome.on_time_rate),
                completion_label=_percent(outcome.completion_rate),
                on_time_label=_percent(outcome.on_time_rate),
                counted=outcome.counted,
                done=outcome.done,
                done_on_time=outcome.done_on_time,
                late=outcome.late,
            )
        )
    return bars, max(ROW_HEIGHT * len(rows), ROW_HEIGHT)


# --- the trend over the months ----------------------------------------------------------------

TREND_HEIGHT = 200
TREND_TOP, TREND_BOTTOM, TREND_LEFT, TREND_RIGHT = 16, 170, 34, 470


@dataclass(frozen=True, slots=True)
class MonthPoint:
    label: str  # "05/2018"
    short: str  # "05"
    x: float  # the column's centre
    bar_x: float
    bar_width: float
    bar_y: float
    bar_height: float
    point_y: float
    submitted: int
    accepted: int
    completed: int
    completed_to_date: int


@dataclass(frozen=True, slots=True)
class Trend:
    months: list[MonthPoint]
    line: str  # the polyline's points, "x,y x,y …"
    top_value: int  # the value of the top gridline
    grid: list[tuple[float, float, int]]  # (y, y of its label, value) of the gridlines


def trend(rows: list[figures.MonthRow]) -> Trend:
    """Reports submitted each month as bars, tasks completed to date as a line, on one
    scale (figures.monthly_trend)."""
    top = max([1, *(r.submitted for r in rows), *(r.completed_to_date for r in rows)])
    span = TREND_BOTTOM - TREND_TOP
    column = (TREND_RIGHT - TREND_LEFT) / max(len(rows), 1)

    def y(value: int) -> float:
        return round(TREND_BOTTOM - span * value / top, 1)

    months = []
    for i, row in enumerate(rows):
        x = TREND_LEFT + column * (i + 0.5)
        months.append(
            MonthPoint(
                label=row.month.strftime("%m/%Y"),
                short=row.month.strftime("%m"),
                x=round(x, 1),
                bar_x=round(x - column * 0.3, 1),
                bar_width=round(column * 0.6, 1),
                bar_y=y(row.submitted),
                bar_height=round(TREND_BOTTOM - y(row.submitted), 1),
                point_y=y(row.completed_to_date),
                submitted=row.submitted,
                accepted=row.accepted,
                completed=row.completed,
                completed_to_date=row.completed_to_date,
            )
        )
    grid = [(y(v), y(v) + 4, v) for v in sorted({0, top // 2, top})]
    return Trend(
        months=months,
        line=" ".join(f"{m.x},{m.point_y}" for m in months),
        top_value=top,
        grid=grid,
    )


# --- who to chase -----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Contact:
    name: str
    email: str


@dataclass(frozen=True, slots=True)
class AgencyToChase:
    name: str
    url: str
    email: str  # the agency's own address
    officers: list[Contact]


@dataclass(frozen=True, slots=True)
class LateTaskRow:
    url: str
    row_label: str
    text: str
    outcome: str
    outcome_label: str
    deadline: str
    agencies: list[AgencyToChase]


@dataclass(frozen=True, slots=True)
class MissingReportRow:
    title: str
    period: str
    deadline: str
    overdue: bool
    agencies: list[AgencyToChase]


def _outcome_labels() -> dict[str, str]:
    return {
        figures.DONE_ON_TIME: gettext("Done on time"),
        figures.DONE_LATE: gettext("Done late"),
        figures.LATE: gettext("Late"),
        figures.IN_PROGRESS: gettext("In progress, not done"),
        figures.NOT_STARTED: gettext("Not started, not done"),
        figures.CANCELLED: gettext("Cancelled"),
    }


def _contacts(agency_ids: set[int]) -> dict[int, AgencyToChase]:
    """Each agency with its e-mail and its active members' names and addresses (two
    queries, whatever the number of agencies)."""
    if not agency_ids:
        return {}
    agency_url = url_for("pages:agency")
    officers: dict[int, list[Contact]] = {pk: [] for pk in agency_ids}
    for m in (
        Membership.objects.filter(agency_id__in=agency_ids, user__is_active=True)
        .select_related("user")
        .order_by("user__full_name", "user__username")
    ):
        officers[m.agency_id].append(Contact(m.user.full_name or m.user.username, m.user.email))
    return {
        a.pk: AgencyToChase(
            name=a.display_name, url=agency_url(a.pk), email=a.email, officers=officers[a.pk]
        )
        for a in Agency.objects.filter(pk__in=agency_ids).order_by("name")
    }


# --- the page ---------------------------------------------------------------------------------


@dataclass
class PlanDashboard:
    plan: Plan
    plan_url: str
    period: Period
    period_label: str
    periods: list[PeriodGroup]
    counted: int
    done: int
    done_on_time: int
    late: int
    completion_label: str
    on_time_label: str
    bars: list[AgencyBar]
    chart_height: int
    trend: Trend
    late_tasks: list[LateTaskRow]
    missing_reports: list[MissingReportRow] = field(default_factory=list)
    chart_width: int = CHART_WIDTH
    bar_span: int = BAR_SPAN
    value_x: int = BAR_SPAN + 8


def plan_dashboard(*, user, plan: Plan, period: Period, today: datetime.date) -> PlanDashboard:
    """Everything the dashboard of ``plan`` (which ``user`` may see it for: see
    ``plans.access.plan_dashboard_get_for_user``) prints for ``period``."""
    numbers = figures.plan_figures(plan, period, today=today)
    totals = numbers.totals
    task_url = url_for("pages:task")
    late_lines = numbers.late
    requests = list(
        open_requests(user=user, plan=plan, on=today).filter(
            period_start__lte=period.end, period_end__gte=period.start
        )
    )
    chase = _contacts(
        {pk for line in late_lines for pk in line.lead_ids if pk}
        | {s.agency_id for r in requests for s in r.missing}
    )
    outcome_labels = _outcome_labels()
    bars, height = agency_bars(numbers.by_agency)
    return PlanDashboard(
        plan=plan,
        plan_url=url_for("pages:plan")(plan.pk),
        period=period,
        period_label=period.label,
        periods=period_groups(plan, period),
        counted=totals.counted,
        done=totals.done,
        done_on_time=totals.done_on_time,
        late=totals.late,
        completion_label=_percent(totals.completion_rate),
        on_time_label=_percent(totals.on_time_rate),
        bars=bars,
        chart_height=height,
        trend=trend(numbers.trend),
        late_tasks=[
            LateTaskRow(
                url=task_url(line.id),
                row_label=line.row_label,
                text=clip(line.text, 200),
                outcome=line.outcome,
                outcome_label=outcome_labels.get(line.outcome, line.outcome),
                deadline=dmy(line.next_deadline or line.final_deadline),
                agencies=[chase[pk] for pk in line.lead_ids if pk in chase]
                or [AgencyToChase(name, "", "", []) for name in line.leads],
            )
            for line in late_lines
        ],
        missing_reports=[
            MissingReportRow(
                title=r.title,
                period=r.period_label,
                deadline=dmy(r.deadline),
                overdue=r.deadline < today,
                agencies=[chase[s.agency_id] for s in r.missing if s.agency_id in chase],
            )
            for r in requests
        ],
    )
