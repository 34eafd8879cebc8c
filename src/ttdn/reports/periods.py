"""Reporting periods: a year ("2018"), a half ("2018-H1"), a quarter ("2018-Q3") or a
month ("2018-06"), each a range of days. The one parser the pages, the API and the
``ttdn report`` command share.
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
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
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
    def document_name(self) -> str:
        """How a Vietnamese administrative document names the period ("năm 2018",
        "6 tháng đầu năm 2018", "quý III năm 2018", "tháng 6 năm 2018")."""
        kind = self.code[5:6]
        if not kind:
            return f"năm {self.year}"
        if kind == "H":
            return f"6 tháng {'đầu' if self.start.month == 1 else 'cuối'} năm {self.year}"
        if kind == "Q":
            return f"quý {ROMAN[(self.start.month + 2) // 3]} năm {self.year}"
        return f"tháng {self.start.month} năm {self.year}"

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
    if match["half"]:
        first = 1 if match["half"] == "1" else 7
        start, end = dt.date(year, first, 1), dt.date(year, first + 5, 30 if first == 1 else 31)
    elif match["quarter"]:
        first = 3 * int(match["quarter"]) - 2
        last = first + 2
        start, end = (
            dt.date(year, first, 1),
            dt.date(year, last, calendar.monthrange(year, last)[1]),
        )
    elif match["month"]:
        month = int(match["month"])
        if not 1 <= month <= 12:
            raise ValidationError({"period": _("There is no month {month}.").format(month=month)})
        start = dt.date(year, month, 1)
        end = dt.date(year, month, calendar.monthrange(year, month)[1])
        code = f"{year}-{month:02d}"
    else:
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return Period(code=code, start=start, end=end)


def plan_periods(period_start: int, period_end: int) -> list[Period]:
    """The yearly periods of a plan running from ``period_start`` to ``period_end``."""
    return [period_parse(str(year)) for year in range(period_start, period_end + 1)]
