"""Reporting periods: a year ("2018"), a half ("2018-H1"), a quarter ("2018-Q3") or a
month ("2018-06"), each a range of days. The one parser the pages, the API and the
``ttdn report`` command share.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from ttdn.submissions.deadlines import HALF_YEARLY, MONTHLY, QUARTERLY, YEARLY, period_for

PATTERN = re.compile(
    r"^(?P<year>\d{4})(?:-(?:H(?P<half>[12])|Q(?P<quarter>[1-4])|(?P<month>\d{2})))?$",
    re.ASCII,  # "２０１８" (full-width digits) is not a year
)
YEAR_RANGE = (1990, 2100)


@dataclass(frozen=True)
class Period:
    """A reporting period: ``code`` as written ("2018-Q3"), ``start`` and ``end`` (both
    included)."""

    code: str
    start: dt.date
    end: dt.date

    @property
    def year(self) -> int:
        return self.start.year

    @property
    def label(self) -> str:
        """The period for the pages, translated."""
        kind = self.code[5:6]
        if not kind:
            return _("Year {year}").format(year=self.year)
        if kind == "H":
            return _("Half {half} of {year}").format(
                half=1 if self.start.month == 1 else 2, year=self.year
            )
        if kind == "Q":
            return _("Quarter {quarter} of {year}").format(
                quarter=(self.start.month + 2) // 3, year=self.year
            )
        return _("{month:02d}/{year}").format(month=self.start.month, year=self.year)

    def as_of(self, today: dt.date) -> dt.date:
        """The day on which lateness is judged: the day after the period, or ``today``
        while the period runs (a deadline on the period's last day is not yet missed)."""
        return min(today, self.end + dt.timedelta(days=1))

    def months(self) -> list[dt.date]:
        """The first day of each month of the period."""
        months, day = [], self.start.replace(day=1)
        while day <= self.end:
            months.append(day)
            day = (day + dt.timedelta(days=32)).replace(day=1)
        return months

    def __str__(self) -> str:
        return self.code


def period_parse(text: str) -> Period:
    """``text`` ("2018", "2018-H1", "2018-Q3", "2018-06") as a :class:`Period`; a
    translated ``ValidationError`` keyed "period" otherwise."""
    code = (text or "").strip().upper()
    match = PATTERN.match(code)
    year = int(match["year"]) if match else 0
    if not match or not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        raise ValidationError(
            {
                "period": _(
                    "“{text}” is not a reporting period: write a year (2018), a half (2018-H1), "
                    "a quarter (2018-Q3) or a month (2018-06)."
                ).format(text=(text or "")[:40])
            }
        )
    # The dates come from the one place that knows a period's days (``submissions.deadlines``,
    # which report requests use too); only the written form, "2018-06", is this module's.
    if match["half"]:
        standard = period_for(HALF_YEARLY, year, int(match["half"]))
    elif match["quarter"]:
        standard = period_for(QUARTERLY, year, int(match["quarter"]))
    elif match["month"]:
        month = int(match["month"])
        if not 1 <= month <= 12:
            raise ValidationError({"period": _("There is no month {month}.").format(month=month)})
        standard = period_for(MONTHLY, year, month)
        code = f"{year}-{month:02d}"
    else:
        standard = period_for(YEARLY, year)
    start, end = standard.start, standard.end
    return Period(code=code, start=start, end=end)


def plan_periods(period_start: int, period_end: int) -> list[Period]:
    """The yearly periods of a plan running from ``period_start`` to ``period_end``."""
    return [period_parse(str(year)) for year in range(period_start, period_end + 1)]
