"""What an indicator is and the scope it is counted for.

The contract between the apps that count (``activities``, ``budget``, ``tracking``) and
the one that gathers their counts (:mod:`ttdn.indicators`, which the dashboard, the agency
page, the agency's report and the summary report all read). It lives here, below every
app, so that each counting app can return :class:`Indicator` s without importing the app
that gathers them.

    scope = IndicatorScope(start=date(2018, 1, 1), end=date(2018, 12, 31), unit_id=province.pk)
    activities.indicators.activity_indicators(scope)   # -> list[Indicator]

Rules of the contract:

- A scope's dates are inclusive; work counts in the period by the day it happened (an
  activity's start day, a spending's day), never by the day it was recorded.
- ``unit_id`` keeps the work of the agencies of that administrative unit and of its lower
  units; ``agency_ids`` keeps only those agencies' work; ``plan_id`` keeps only the work
  linked to that plan's tasks. Unset means "do not filter on this"; every set filter applies.
- The caller has already decided that the user may see the scope; the counting functions
  never count confidential work (it is counted only through its own access rules).
- ``code`` is stable (it is the key of ``ttdn indicators --json`` and of a report's
  pre-filled figures); ``label`` is translated; ``value`` is an ``int`` or, for money, a
  ``Decimal`` of whole đồng.
- ``breakdown`` splits the value along the dimensions that apply to it: ``"month"``
  (``"2018-03"``), ``"agency"`` (the agency's id as a string), ``"kind"`` (a choice value)
  and ``"language"`` (an ISO 639-1 code). Each dimension's parts add up to ``value``
  (except ``"agency"`` for work that several agencies share: it counts for each).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

# The dimensions a breakdown may use, in the order the dashboard shows them.
DIMENSIONS = ("month", "agency", "kind", "language")

# What a value counts.
COUNT = "count"
PEOPLE = "people"
COPIES = "copies"
VND = "vnd"
PERCENT = "percent"
UNITS = (COUNT, PEOPLE, COPIES, VND, PERCENT)


@dataclass(frozen=True)
class IndicatorScope:
    """Whose work, over which days. See the module's rules."""

    start: dt.date
    end: dt.date
    unit_id: int | None = None
    agency_ids: frozenset[int] | None = None
    plan_id: int | None = None

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("an indicator scope ends before it starts")
        if self.agency_ids is not None and not isinstance(self.agency_ids, frozenset):
            object.__setattr__(self, "agency_ids", frozenset(self.agency_ids))

    def months(self) -> list[str]:
        """The scope's months as breakdown keys, ``["2018-01", …]``."""
        keys, year, month = [], self.start.year, self.start.month
        while (year, month) <= (self.end.year, self.end.month):
            keys.append(f"{year:04d}-{month:02d}")
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return keys


@dataclass
class Indicator:
    """One figure of a scope: ``code`` ("trainings.attendees"), its translated ``label``,
    its ``value`` and what it counts (``unit``, one of :data:`UNITS`), the app that
    counted it (``source``) and its ``breakdown`` by dimension."""

    code: str
    label: str
    value: int | Decimal
    unit: str = COUNT
    source: str = ""
    breakdown: dict[str, dict[str, int | Decimal]] = field(default_factory=dict)

    def as_json(self) -> dict:
        """The stable JSON shape (``ttdn indicators --json``); money as a string of đồng."""

        def number(value):
            return str(value) if isinstance(value, Decimal) else value

        return {
            "code": self.code,
            "label": str(self.label),
            "value": number(self.value),
            "unit": self.unit,
            "source": self.source,
            "breakdown": {
                dimension: {key: number(value) for key, value in parts.items()}
                for dimension, parts in self.breakdown.items()
            },
        }
