"""Periods as people write them: a year ("2018"), a half ("2018-H1"), a quarter
("2018-Q3") or a month ("2018-06"), each a range of days, both ends included.

The one parser of the written form that the summary report, the plan dashboard, the
indicators (page, API, ``ttdn indicators``) and ``ttdn report`` share. It lives below every
app so that counting apps and the apps that gather their counts read a period alike.
Report requests name their periods by key ("2018-M6", ``submissions.deadlines``), whose
days come from :func:`month_range` too.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

PATTERN = re.compile(
    r"^(?P<year>\d{4})(?:-(?:H(?P<half>[12])|Q(?P<quarter>[1-4])|(?P<month>\d{2})))?$",
    re.ASCII,  # "２０１８" (full-width digits) is not a year
)
YEAR_RANGE = (1990, 2100)
MAX_CHARS = 40


def month_range(year: int, first_month: int, months: int) -> tuple[dt.date, dt.date]:
    """The first and last day of ``months`` months from ``first_month`` of ``year`` (the
    span may run into the next year)."""
    index = year * 12 + (first_month - 1) + months - 1
    last_year, last_month = index // 12, index % 12 + 1
    last_day = calendar.monthrange(last_year, last_month)[1]
    return dt.date(year, first_month, 1), dt.date(last_year, last_month, last_day)


@dataclass(frozen=True)
class Period:
    """A period: ``code`` as written ("2018-Q3"), ``start`` and ``end`` (both included)."""

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

    def as_json(self) -> dict:
        return {"code": self.code, "start": self.start.isoformat(), "end": self.end.isoformat()}

    def __str__(self) -> str:
        return self.code


def period_parse(text: str) -> Period:
    """``text`` ("2018", "2018-H1", "2018-Q3", "2018-06") as a :class:`Period`; a
    translated ``ValidationError`` keyed "period" otherwise."""
    code = (text or "").strip().upper()[:MAX_CHARS]
    match = PATTERN.match(code)
    year = int(match["year"]) if match else 0
    if not match or not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        raise ValidationError(
            {
                "period": _(
                    "“{text}” is not a reporting period: write a year (2018), a half (2018-H1), "
                    "a quarter (2018-Q3) or a month (2018-06)."
                ).format(text=(text or "")[:MAX_CHARS])
            }
        )
    if match["half"]:
        start, end = month_range(year, 1 + 6 * (int(match["half"]) - 1), 6)
    elif match["quarter"]:
        start, end = month_range(year, 1 + 3 * (int(match["quarter"]) - 1), 3)
    elif match["month"]:
        month = int(match["month"])
        if not 1 <= month <= 12:
            raise ValidationError({"period": _("There is no month {month}.").format(month=month)})
        start, end = month_range(year, month, 1)
    else:
        start, end = month_range(year, 1, 12)
    return Period(code=code, start=start, end=end)
