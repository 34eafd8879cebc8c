"""The indicator dashboard's layout: the scope a user asks for, and the figures of
:func:`ttdn.indicators.selectors.indicators_for` as bar charts (server-rendered SVG, the
project's way: no JavaScript chart library) each with the table behind it.

This module only lays the figures out (labels, bar lengths); it never counts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ttdn.accounts.capabilities import REPORT_PROGRESS, has_capability
from ttdn.activities.models import ATTENDEE_GROUPS, VARIANTS, Language
from ttdn.budget.formatting import format_vnd
from ttdn.core.indicators import COUNT, VND, Indicator, IndicatorScope
from ttdn.core.periods import Period, period_parse
from ttdn.directory.models import AdministrativeUnit, Agency
from ttdn.documents.spreadsheet import Sheet
from ttdn.plans.access import plan_get_for_user, sees_all_plans
from ttdn.plans.models import Plan
from ttdn.plans.scope import home_units

CHART_WIDTH = 600
LABEL_WIDTH = 250
LABEL_CHARS = 38  # what fits in LABEL_WIDTH at the chart's font size
BAR_SPAN = 250
ROW_HEIGHT = 22
MAX_ROWS = 40


def may_see_dashboard(user) -> bool:
    """Coordinators and leaders (every plan) and the officers of agencies."""
    if not getattr(user, "is_authenticated", False):
        return False
    return sees_all_plans(user) or (
        has_capability(user, REPORT_PROGRESS) and bool(user.agency_ids())
    )


@dataclass
class Choice:
    """What the dashboard was asked for, checked against what the user may see."""

    period: Period
    unit: AdministrativeUnit | None
    agency: Agency | None
    plan: Plan | None
    agencies: list[Agency]  # the agencies the user may choose
    units: list[AdministrativeUnit]  # the units the user may choose
    scope: IndicatorScope

    @property
    def query(self) -> str:
        parts = [f"period={self.period.code}"]
        if self.unit:
            parts.append(f"unit={self.unit.pk}")
        if self.agency:
            parts.append(f"agency={self.agency.pk}")
        if self.plan:
            parts.append(f"plan={self.plan.pk}")
        return "&".join(parts)


def _id(value) -> int | None:
    value = (value or "").strip()
    return int(value) if value.isdigit() and len(value) < 10 else None


def dashboard_choice(user, params, *, today: dt.date) -> Choice:
    """The scope of ``params`` (unit, agency, plan, period) for ``user``: oversight roles
    any unit or agency (default: their own unit), officers only their agencies (default:
    all of them). An agency, unit or plan the user may not see is a 404."""
    if not may_see_dashboard(user):
        raise PermissionDenied(_("Only coordinators, leaders and agency officers see indicators."))
    period = period_parse(params.get("period") or str(today.year))
    oversight = sees_all_plans(user)
    unit = agency = plan = None
    if oversight:
        agencies = list(Agency.objects.order_by("name"))
        units = list(AdministrativeUnit.objects.filter(parent__isnull=True).order_by("name"))
        if _id(params.get("unit")):
            unit = AdministrativeUnit.objects.filter(pk=_id(params.get("unit"))).first()
            if unit is None:
                raise Http404(_("No such administrative unit."))
        elif "unit" not in params:
            mine = home_units(user)
            unit = mine[0] if mine and len(mine) == 1 else None
    else:
        agencies = list(Agency.objects.filter(pk__in=sorted(user.agency_ids())).order_by("name"))
        units = []
    if _id(params.get("agency")):
        agency = next((a for a in agencies if a.pk == _id(params.get("agency"))), None)
        if agency is None:
            raise Http404(_("No such agency."))
    if _id(params.get("plan")):
        plan = plan_get_for_user(user, _id(params.get("plan")))
    if agency is not None:
        agency_ids = frozenset({agency.pk})
        unit = None
    elif oversight:
        agency_ids = None
    else:
        agency_ids = frozenset(a.pk for a in agencies)
    scope = IndicatorScope(
        start=period.start,
        end=period.end,
        unit_id=unit.pk if unit else None,
        agency_ids=agency_ids,
        plan_id=plan.pk if plan else None,
    )
    return Choice(period, unit, agency, plan, agencies, units, scope)


# --- charts ---------------------------------------------------------------------------


@dataclass
class Bar:
    label: str
    full_label: str
    value: int | Decimal
    shown: str
    width: float
    y: int


@dataclass
class Chart:
    key: str
    title: str
    indicator: str
    bars: list[Bar] = field(default_factory=list)

    @property
    def height(self) -> int:
        return max(ROW_HEIGHT, len(self.bars) * ROW_HEIGHT + 6)

    label_width = LABEL_WIDTH
    bar_x = LABEL_WIDTH + 6
    value_x = LABEL_WIDTH + BAR_SPAN + 12
    width = CHART_WIDTH


def _shown(value, unit: str) -> str:
    return format_vnd(value) if unit == VND else f"{value:,}".replace(",", ".")


def _chart(
    key: str, title: str, indicator: Indicator, rows: list[tuple[str, int | Decimal]]
) -> Chart:
    rows = rows[:MAX_ROWS]
    top = max((value for _label, value in rows), default=0) or 1
    chart = Chart(key=key, title=title, indicator=str(indicator.label))
    for i, (label, value) in enumerate(rows):
        chart.bars.append(
            Bar(
                label=label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…",
                full_label=label,
                value=value,
                shown=_shown(value, indicator.unit),
                width=round(BAR_SPAN * float(value) / float(top), 1),
                y=i * ROW_HEIGHT + 4,
            )
        )
    return chart


def kind_labels() -> dict[str, str]:
    labels = {}
    for choices in VARIANTS.values():
        labels.update({value: str(label) for value, label in choices.choices})
    labels.update({key: str(label) for _column, key, label in ATTENDEE_GROUPS})
    return labels


def _month_label(key: str) -> str:
    year, month = key.split("-")
    return f"{month}/{year}"


# The figures table's sections, in the order a report reads them: the plan's tasks, the
# work recorded, then its cost.
SECTIONS = (
    ("tasks", gettext_lazy("Tasks")),
    ("activities", gettext_lazy("Activities")),
    ("budget", gettext_lazy("Budget")),
)


@dataclass
class Board:
    indicators: list[Indicator]
    selected: Indicator | None
    charts: list[Chart]
    overview: Chart | None = None

    def shown(self, indicator: Indicator) -> str:
        return _shown(indicator.value, indicator.unit)

    def sections(self) -> list[tuple[str, list[tuple[Indicator, str]]]]:
        """The figures grouped by the app that counted them (tasks, activities, budget;
        any other source after them), each group in the order it was given."""
        order = [source for source, _label in SECTIONS]
        labels = dict(SECTIONS)
        sources = sorted(
            {i.source for i in self.indicators},
            key=lambda s: (order.index(s) if s in order else len(order), s),
        )
        return [
            (
                str(labels.get(source, source)),
                [(i, self.shown(i)) for i in self.indicators if i.source == source],
            )
            for source in sources
        ]


def board_for(indicators: list[Indicator], code: str = "") -> Board:
    """The charts of the selected indicator (``code``, or the first with a month
    breakdown and a value), and the overview of every indicator by kind of work."""
    by_code = {i.code: i for i in indicators}
    selected = (
        by_code.get(code)
        or next((i for i in indicators if "month" in i.breakdown and i.value), None)
        or next((i for i in indicators if "month" in i.breakdown), None)
    )
    charts = []
    overview = None
    # Only counts of work share one scale: copies, attendees and money are other units.
    countable = [i for i in indicators if i.unit == COUNT and i.source not in ("tasks", "budget")]
    if countable:
        overview = _chart(
            "kind",
            _("Work done, by kind"),
            Indicator(code="overview", label=_("Work done"), value=0),
            sorted(((str(i.label), i.value) for i in countable), key=lambda row: -row[1]),
        )
    if selected is not None:
        parts = selected.breakdown
        if "month" in parts:
            charts.append(
                _chart(
                    "month",
                    _("By month"),
                    selected,
                    [(_month_label(k), v) for k, v in sorted(parts["month"].items())],
                )
            )
        if parts.get("agency"):
            names = dict(
                Agency.objects.filter(pk__in=[int(k) for k in parts["agency"]]).values_list(
                    "pk", "short_name"
                )
            )
            full = dict(
                Agency.objects.filter(pk__in=[int(k) for k in parts["agency"]]).values_list(
                    "pk", "name"
                )
            )
            rows = sorted(
                (
                    (names.get(int(k)) or full.get(int(k)) or k, v)
                    for k, v in parts["agency"].items()
                ),
                key=lambda row: (-row[1], row[0]),
            )
            charts.append(_chart("agency", _("By agency"), selected, rows))
        if parts.get("kind"):
            labels = kind_labels()
            charts.append(
                _chart(
                    "kind_of_selected",
                    _("By kind"),
                    selected,
                    [(labels.get(k, k), v) for k, v in parts["kind"].items()],
                )
            )
    language_source = (
        selected if selected is not None and selected.breakdown.get("language") else None
    ) or by_code.get("publications.copies")
    if language_source is not None and language_source.breakdown.get("language"):
        names = dict(Language.choices)
        charts.append(
            _chart(
                "language",
                _("By language"),
                language_source,
                sorted(
                    (
                        (str(names.get(k, k)), v)
                        for k, v in language_source.breakdown["language"].items()
                    ),
                    key=lambda row: -row[1],
                ),
            )
        )
    return Board(indicators=indicators, selected=selected, charts=charts, overview=overview)


def board_sheets(board: Board, choice: Choice) -> list[Sheet]:
    """The tables of the dashboard as worksheets (the Excel export)."""
    sheets = [
        Sheet(
            title=_("Indicators"),
            header=[_("Code"), _("Indicator"), _("Value"), _("Unit"), _("Period")],
            rows=[
                [
                    i.code,
                    str(i.label),
                    i.value if i.unit != VND else int(i.value),
                    i.unit,
                    choice.period.code,
                ]
                for i in board.indicators
            ],
            widths=(28, 44, 18, 10, 12),
        )
    ]
    for chart in [c for c in (board.overview, *board.charts) if c is not None]:
        sheets.append(
            Sheet(
                title=chart.title,
                header=[chart.indicator, _("Value")],
                rows=[
                    [
                        bar.full_label,
                        bar.value if not isinstance(bar.value, Decimal) else int(bar.value),
                    ]
                    for bar in chart.bars
                ],
                widths=(36, 18),
            )
        )
    return sheets
