"""The figures of the activity registers for an indicator scope (``core.indicators``).

Four aggregate queries whatever the size of the registers (one more for a unit's
agencies): the activities grouped by register, kind, language and month; the same by
recording agency; by the other agencies involved (an activity shared by agencies counts
for each in the "agency" breakdown); the portal figures by language, month and agency.

Rules on top of the contract's (``core/indicators.py``):

- An activity counts in the scope's unit or agencies when its recording agency or one of
  the other agencies involved belongs to them; the "agency" breakdown then shows only the
  scope's agencies.
- Confidential activities are never counted.
- Portal figures are per agency, language and month, not linked to tasks: a ``plan_id``
  does not filter them (the portal is an agency's standing work under every plan), and a
  month counts when it overlaps the scope.
"""

from __future__ import annotations

import datetime as dt

from django.db import connection
from django.db.models import (
    CharField,
    Count,
    ExpressionWrapper,
    F,
    Func,
    IntegerField,
    Q,
    QuerySet,
    Sum,
    Value,
)
from django.db.models.functions import Cast, Coalesce, Substr
from django.utils.translation import gettext as _

from ttdn.activities.models import (
    ATTENDEE_GROUPS,
    Activity,
    ConferenceKind,
    Direction,
    EventKind,
    Kind,
    PortalContent,
    PublicationKind,
    StatementKind,
)
from ttdn.core.indicators import COPIES, COUNT, PEOPLE, Indicator, IndicatorScope
from ttdn.directory.models import AdministrativeUnit, Agency
from ttdn.directory.selectors import units_with_lower_q

SOURCE = "activities"

# The sums a group of activities carries: name → column.
_SUM_COLUMNS = {
    "copies": "copies",
    "reporters": "reporters_count",
    **{column: column for column, _key, _label in ATTENDEE_GROUPS},
}


def _definitions() -> list[tuple[str, str, str, tuple[str, ...], list[str]]]:
    """(code, label, unit, extra dimensions, the "kind" keys shown even when zero)."""
    return [
        ("press_conferences.periodic", _("Periodic press conferences"), COUNT, (), []),
        ("press_conferences.ad_hoc", _("Ad hoc press conferences"), COUNT, (), []),
        (
            "statements",
            _("Statements and press releases"),
            COUNT,
            ("kind",),
            list(StatementKind.values),
        ),
        ("interviews", _("Interviews"), COUNT, (), []),
        ("corrections", _("Correction requests"), COUNT, (), []),
        ("press_briefings", _("Press briefings"), COUNT, (), []),
        ("trainings", _("Training courses"), COUNT, (), []),
        (
            "trainings.attendees",
            _("Training attendees"),
            PEOPLE,
            ("kind",),
            [key for _column, key, _label in ATTENDEE_GROUPS],
        ),
        ("events", _("Events"), COUNT, ("kind",), list(EventKind.values)),
        ("delegations.in", _("Incoming delegations"), COUNT, (), []),
        ("delegations.out", _("Outgoing delegations"), COUNT, (), []),
        ("foreign_reporters.visits", _("Foreign reporters' visits"), COUNT, (), []),
        ("foreign_reporters.reporters", _("Foreign reporters received"), PEOPLE, (), []),
        (
            "publications",
            _("Publications and media products"),
            COUNT,
            ("kind", "language"),
            list(PublicationKind.values),
        ),
        (
            "publications.copies",
            _("Copies of publications"),
            COPIES,
            ("kind", "language"),
            list(PublicationKind.values),
        ),
        ("portal_content.items", _("Portal items in foreign languages"), COUNT, ("language",), []),
    ]


# Each code with its contribution from one group of activities:
# (code, value, {"kind": key} or {}), given the group's kind, variant and sums.
def _contributions(kind: str, variant: str, n: int, sums: dict) -> list[tuple[str, int, str]]:
    """(code, value, "kind" breakdown key or "") that a group of ``n`` activities adds."""
    if kind == Kind.PRESS_CONFERENCES:
        if variant in ConferenceKind.values:
            return [(f"press_conferences.{variant}", n, "")]
        return []
    if kind in (Kind.STATEMENTS, Kind.EVENTS):
        return [(kind, n, variant)]
    if kind in (Kind.INTERVIEWS, Kind.CORRECTIONS, Kind.PRESS_BRIEFINGS):
        return [(kind, n, "")]
    if kind == Kind.TRAININGS:
        parts = [(Kind.TRAININGS.value, n, "")]
        for column, key, _label in ATTENDEE_GROUPS:
            parts.append(("trainings.attendees", sums.get(column) or 0, key))
        return parts
    if kind == Kind.DELEGATIONS:
        return [(f"delegations.{variant}", n, "")] if variant in Direction.values else []
    if kind == Kind.FOREIGN_REPORTERS:
        return [
            ("foreign_reporters.visits", n, ""),
            ("foreign_reporters.reporters", sums.get("reporters") or 0, ""),
        ]
    if kind == Kind.PUBLICATIONS:
        return [
            ("publications", n, variant),
            ("publications.copies", sums.get("copies") or 0, variant),
        ]
    return []


def _amount(prefix: str = ""):
    """What an activity adds to its kind's second figure (attendees, reporters, copies):
    each kind fills only its own columns, so one sum serves all."""
    total = Value(0, output_field=IntegerField())
    for column in _SUM_COLUMNS.values():
        total = total + Coalesce(F(f"{prefix}{column}"), Value(0), output_field=IntegerField())
    return ExpressionWrapper(total, output_field=IntegerField())


def _as_sums(kind: str, amount: int) -> dict:
    """``amount`` as the sums ``_contributions`` reads for ``kind`` (attendee groups are
    not told apart: the "agency" breakdown needs their total only)."""
    if kind == Kind.TRAININGS:
        return {ATTENDEE_GROUPS[0][0]: amount}
    return {"reporters": amount, "copies": amount}


def _unit_ids(unit_id: int) -> list[int]:
    """The unit with its children and grandchildren (province → districts → communes)."""
    return list(
        AdministrativeUnit.objects.filter(units_with_lower_q([unit_id])).values_list(
            "pk", flat=True
        )
    )


def _scope_agencies(scope: IndicatorScope) -> QuerySet[Agency] | None:
    """The agencies the scope keeps, as a subquery (``None``: any). A subquery, not a list
    of ids: PostgreSQL hashes it, where it compares every row with each id of a list."""
    agencies = None
    if scope.unit_id is not None:
        agencies = Agency.objects.filter(unit_id__in=_unit_ids(scope.unit_id))
    if scope.agency_ids is not None:
        agencies = (agencies if agencies is not None else Agency.objects.all()).filter(
            pk__in=sorted(scope.agency_ids)
        )
    return None if agencies is None else agencies.values("pk")


def _counted(scope: IndicatorScope, prefix: str = ""):
    """The condition on activity columns (through ``prefix``) of what the scope counts,
    whoever's it is: not confidential, started in its days, linked to its plan."""
    q = Q(
        **{
            f"{prefix}confidential": False,
            f"{prefix}start_date__gte": scope.start,
            f"{prefix}start_date__lte": scope.end,
        }
    )
    if scope.plan_id is not None:
        linked = Activity.tasks.through.objects.filter(task__plan_id=scope.plan_id)
        q &= Q(**{f"{prefix}pk__in": linked.values("activity_id")})
    return q


def scoped_activities(scope: IndicatorScope, agencies=None) -> QuerySet[Activity]:
    """The countable activities of the scope: those of ``_counted`` recorded by one of its
    agencies (``_scope_agencies``) or in which one of them took part."""
    qs = Activity.objects.filter(_counted(scope))
    if agencies is None:
        agencies = _scope_agencies(scope)
    if agencies is not None:
        involved = Activity.agencies.through.objects.filter(agency_id__in=agencies)
        qs = qs.filter(Q(agency_id__in=agencies) | Q(pk__in=involved.values("activity_id")))
    return qs


def _month_key(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def _month_key_expression():
    """``"2026-03"`` of an activity's start day, computed by the database (SQLite keeps
    dates as ISO text; Django's TruncMonth there calls back into Python for every row)."""
    if connection.vendor == "postgresql":
        return Func(F("start_date"), Value("YYYY-MM"), function="to_char", output_field=CharField())
    return Substr(Cast("start_date", CharField()), 1, 7)


def activity_indicators(scope: IndicatorScope) -> list[Indicator]:
    """Every figure of the registers for ``scope``, in the dashboard's order."""
    definitions = _definitions()
    months = scope.months()
    indicators: dict[str, Indicator] = {}
    for code, label, unit, dims, kinds in definitions:
        breakdown: dict[str, dict] = {"month": dict.fromkeys(months, 0), "agency": {}}
        if "kind" in dims:
            breakdown["kind"] = dict.fromkeys(kinds, 0)
        if "language" in dims:
            breakdown["language"] = {}
        indicators[code] = Indicator(
            code=code, label=label, value=0, unit=unit, source=SOURCE, breakdown=breakdown
        )

    agencies = _scope_agencies(scope)
    activities = scoped_activities(scope, agencies)

    def add(indicator: Indicator, dimension: str, key: str, value: int) -> None:
        parts = indicator.breakdown[dimension]
        parts[key] = parts.get(key, 0) + value

    sums = {name: Sum(column) for name, column in _SUM_COLUMNS.items()}
    # The value and the month, kind and language breakdowns: one row per register, kind,
    # language and month (a few hundred rows for a province-year).
    rows = (
        activities.order_by()
        .values("kind", "variant", "language", month=_month_key_expression())
        .annotate(n=Count("pk"), **sums)
    )
    for row in rows:
        for code, value, kind_key in _contributions(row["kind"], row["variant"], row["n"], row):
            indicator = indicators[code]
            indicator.value += value
            add(indicator, "month", row["month"], value)
            if kind_key and "kind" in indicator.breakdown:
                add(indicator, "kind", kind_key, value)
            if "language" in indicator.breakdown and row["language"]:
                add(indicator, "language", row["language"], value)

    # The "agency" breakdown: the recording agencies, then the other agencies involved
    # (an activity shared by agencies counts for each); only the scope's agencies.
    recording = Activity.objects.filter(_counted(scope))
    involved = Activity.agencies.through.objects.filter(_counted(scope, "activity__"))
    if agencies is not None:
        recording = recording.filter(agency_id__in=agencies)
        involved = involved.filter(agency_id__in=agencies)
    by_recording = (
        recording.order_by()
        .values("kind", "variant", "agency_id")
        .annotate(n=Count("pk"), amount=Sum(_amount()))
    )
    by_involved = (
        involved.order_by()
        .values("agency_id", kind=F("activity__kind"), variant=F("activity__variant"))
        .annotate(n=Count("activity_id"), amount=Sum(_amount("activity__")))
    )
    for rows in (by_recording, by_involved):
        for row in rows:
            sums = _as_sums(row["kind"], row["amount"] or 0)
            for code, value, _kind in _contributions(row["kind"], row["variant"], row["n"], sums):
                if value:
                    add(indicators[code], "agency", str(row["agency_id"]), value)

    portal = PortalContent.objects.filter(
        month__gte=scope.start.replace(day=1), month__lte=scope.end
    )
    if agencies is not None:
        portal = portal.filter(agency_id__in=agencies)
    items = indicators["portal_content.items"]
    for row in portal.order_by().values("language", "agency_id", "month").annotate(n=Sum("items")):
        value = row["n"] or 0
        items.value += value
        add(items, "month", _month_key(row["month"]), value)
        add(items, "agency", str(row["agency_id"]), value)
        add(items, "language", row["language"], value)

    return list(indicators.values())
