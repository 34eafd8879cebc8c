"""The figures of the activity registers for an indicator scope (``core.indicators``).

Three aggregate queries whatever the size of the registers: the activities grouped by
register, kind, language, month and recording agency; the same activities grouped by the
other agencies involved (an activity shared by agencies counts for each in the "agency"
breakdown); the portal figures grouped by language, month and agency.

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

from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet, Sum
from django.db.models.functions import TruncMonth
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


def _unit_ids(unit_id: int) -> list[int]:
    """The unit with its children and grandchildren (province → districts → communes)."""
    return list(
        AdministrativeUnit.objects.filter(
            Q(pk=unit_id) | Q(parent_id=unit_id) | Q(parent__parent_id=unit_id)
        ).values_list("pk", flat=True)
    )


def _scope_agency_ids(scope: IndicatorScope) -> list[int] | None:
    """The agencies the scope keeps (``None``: any)."""
    ids: set[int] | None = None
    if scope.unit_id is not None:
        ids = set(
            Agency.objects.filter(unit_id__in=_unit_ids(scope.unit_id)).values_list("pk", flat=True)
        )
    if scope.agency_ids is not None:
        ids = set(scope.agency_ids) if ids is None else ids & set(scope.agency_ids)
    return None if ids is None else sorted(ids)


def scoped_activities(scope: IndicatorScope, agency_ids: list[int] | None) -> QuerySet[Activity]:
    """The countable activities of the scope (not confidential, started in its days)."""
    qs = Activity.objects.filter(
        confidential=False, start_date__gte=scope.start, start_date__lte=scope.end
    )
    if agency_ids is not None:
        involved = Activity.agencies.through.objects.filter(
            activity_id=OuterRef("pk"), agency_id__in=agency_ids
        )
        qs = qs.filter(Q(agency_id__in=agency_ids) | Exists(involved))
    if scope.plan_id is not None:
        linked = Activity.tasks.through.objects.filter(
            activity_id=OuterRef("pk"), task__plan_id=scope.plan_id
        )
        qs = qs.filter(Exists(linked))
    return qs


def _month_key(day: dt.date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


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

    agency_ids = _scope_agency_ids(scope)
    shown = None if agency_ids is None else set(agency_ids)
    activities = scoped_activities(scope, agency_ids)

    def add(indicator: Indicator, dimension: str, key: str, value: int) -> None:
        parts = indicator.breakdown[dimension]
        parts[key] = parts.get(key, 0) + value

    rows = (
        activities.order_by()
        .values("kind", "variant", "language", "agency_id", month=TruncMonth("start_date"))
        .annotate(n=Count("pk"), **{name: Sum(col) for name, col in _SUM_COLUMNS.items()})
    )
    for row in rows:
        month = _month_key(row["month"])
        agency = row["agency_id"]
        for code, value, kind_key in _contributions(row["kind"], row["variant"], row["n"], row):
            indicator = indicators[code]
            indicator.value += value
            add(indicator, "month", month, value)
            if shown is None or agency in shown:
                add(indicator, "agency", str(agency), value)
            if kind_key and "kind" in indicator.breakdown:
                add(indicator, "kind", kind_key, value)
            if "language" in indicator.breakdown and row["language"]:
                add(indicator, "language", row["language"], value)

    # The other agencies involved count the shared work too (the "agency" breakdown only).
    through = Activity.agencies.through.objects.filter(activity__in=activities.values("pk"))
    if agency_ids is not None:
        through = through.filter(agency_id__in=agency_ids)
    shared = (
        through.order_by()
        .values("agency_id", kind=F("activity__kind"), variant=F("activity__variant"))
        .annotate(
            n=Count("activity_id"),
            **{name: Sum(f"activity__{col}") for name, col in _SUM_COLUMNS.items()},
        )
    )
    for row in shared:
        for code, value, _kind_key in _contributions(row["kind"], row["variant"], row["n"], row):
            if value:
                add(indicators[code], "agency", str(row["agency_id"]), value)

    portal = PortalContent.objects.filter(
        month__gte=scope.start.replace(day=1), month__lte=scope.end
    )
    if agency_ids is not None:
        portal = portal.filter(agency_id__in=agency_ids)
    items = indicators["portal_content.items"]
    for row in portal.order_by().values("language", "agency_id", "month").annotate(n=Sum("items")):
        value = row["n"] or 0
        items.value += value
        add(items, "month", _month_key(row["month"]), value)
        add(items, "agency", str(row["agency_id"]), value)
        add(items, "language", row["language"], value)

    return list(indicators.values())
