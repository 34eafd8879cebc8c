"""Reporting periods and their deadlines: pure date arithmetic, no database.

- :class:`Period`: a year, half-year, quarter, month or any two dates, with a stable key
  ("2018", "2018-H1", "2018-Q3", "2018-M10", "20181101-20181130") and a Vietnamese label.
- :func:`rule_deadline`: the deadline a rule (frequency, month counted from the period's
  first month, day) gives for a period; a day past the month's end is its last day.
- :func:`adjust_for_holidays`: a deadline on a weekend or public holiday kept, or moved to
  the next / previous working day, as ``TTDN_DEADLINE_ON_HOLIDAY`` (or the rule) says. The
  default, the next working day, is the Civil Code's rule for time limits (Bộ luật Dân sự
  2015, art. 148(5)). Public holidays are Vietnam's from the ``holidays`` library (lunar
  Tết and Giỗ Tổ included) plus the dates of ``TTDN_HOLIDAYS``.

Deadlines are dates in Asia/Ho_Chi_Minh (``timezone.localdate()``). Urging and the
dashboard read the same functions (``is_working_day``, ``adjust_for_holidays``).
"""

from __future__ import annotations

import calendar
import datetime
import functools
import re
from dataclasses import dataclass

from django.conf import settings
from django.utils.translation import gettext as _

from ttdn.core.periods import month_range

YEARLY, HALF_YEARLY, QUARTERLY, MONTHLY = "yearly", "half_yearly", "quarterly", "monthly"
KEEP, NEXT_WORKING_DAY, PREVIOUS_WORKING_DAY = "keep", "next_working_day", "previous_working_day"
HOLIDAY_HANDLINGS = (KEEP, NEXT_WORKING_DAY, PREVIOUS_WORKING_DAY)

# Months in one period of each frequency.
PERIOD_MONTHS = {YEARLY: 12, HALF_YEARLY: 6, QUARTERLY: 3, MONTHLY: 1}
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_KEY_RE = re.compile(r"^(\d{4})(?:-(H[12]|Q[1-4]|M(?:1[0-2]|[1-9])))?$")
_CUSTOM_RE = re.compile(r"^(\d{8})-(\d{8})$")


@dataclass(frozen=True)
class Period:
    key: str
    start: datetime.date
    end: datetime.date
    frequency: str = ""  # "" for a period of any two dates

    @property
    def label(self) -> str:
        """How the period is named in a request: "Năm 2018", "Quý III/2018"."""
        year = self.start.year
        if self.frequency == YEARLY:
            return _("Year {year}").format(year=year)
        if self.frequency == HALF_YEARLY:
            if self.start.month == 1:
                return _("First six months of {year}").format(year=year)
            return _("Last six months of {year}").format(year=year)
        if self.frequency == QUARTERLY:
            quarter = (self.start.month - 1) // 3 + 1
            return _("Quarter {quarter}/{year}").format(quarter=_ROMAN[quarter], year=year)
        if self.frequency == MONTHLY:
            return _("Month {month}/{year}").format(month=self.start.month, year=year)
        return _("From {start} to {end}").format(
            start=self.start.strftime("%d/%m/%Y"), end=self.end.strftime("%d/%m/%Y")
        )

    @property
    def year(self) -> int:
        return self.start.year


def last_day_of_month(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def month_after(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) ``months`` months after ``month`` of ``year`` (negative: before)."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def day_in_month(year: int, month: int, day: int) -> datetime.date:
    """Day ``day`` of the month, or its last day when the month is shorter (31 → 30 April,
    29/30 → 28 February outside leap years)."""
    return datetime.date(year, month, min(day, last_day_of_month(year, month)))


def period_for(frequency: str, year: int, index: int = 1) -> Period:
    """The ``index``-th period (1-based) of ``year`` for a frequency."""
    months = PERIOD_MONTHS[frequency]
    count = 12 // months
    if not 1 <= index <= count:
        raise ValueError(f"{frequency} has periods 1..{count}, not {index}")
    start, end = month_range(year, (index - 1) * months + 1, months)
    suffix = {YEARLY: "", HALF_YEARLY: f"-H{index}", QUARTERLY: f"-Q{index}"}.get(
        frequency, f"-M{index}"
    )
    return Period(key=f"{year}{suffix}", start=start, end=end, frequency=frequency)


def periods_of_year(frequency: str, year: int) -> list[Period]:
    return [period_for(frequency, year, i) for i in range(1, 12 // PERIOD_MONTHS[frequency] + 1)]


def custom_period(start: datetime.date, end: datetime.date) -> Period:
    """Any two dates; a standard period when they are exactly one (so keys match)."""
    if end < start:
        raise ValueError("a period ends on or after its start")
    for frequency in PERIOD_MONTHS:
        for period in periods_of_year(frequency, start.year):
            if period.start == start and period.end == end:
                return period
    return Period(key=f"{start:%Y%m%d}-{end:%Y%m%d}", start=start, end=end)


def parse_period(value: str | int | Period) -> Period:
    """A period from its key ("2018", "2018-H2", "2018-Q3", "2018-M10",
    "20181101-20181130"), a year, or a :class:`Period`. ``ValueError`` otherwise."""
    if isinstance(value, Period):
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return period_for(YEARLY, value)
    text = str(value).strip().upper()
    if match := _KEY_RE.match(text):
        year, part = int(match.group(1)), match.group(2)
        if not part:
            return period_for(YEARLY, year)
        kind = {"H": HALF_YEARLY, "Q": QUARTERLY, "M": MONTHLY}[part[0]]
        return period_for(kind, year, int(part[1:]))
    if match := _CUSTOM_RE.match(text):
        try:
            start = datetime.datetime.strptime(match.group(1), "%Y%m%d").date()  # noqa: DTZ007
            end = datetime.datetime.strptime(match.group(2), "%Y%m%d").date()  # noqa: DTZ007
        except ValueError:
            raise ValueError(f"not a period: {value!r}") from None
        return custom_period(start, end)
    raise ValueError(f"not a period: {value!r}")


def period_containing(frequency: str, day: datetime.date) -> Period:
    months = PERIOD_MONTHS[frequency]
    return period_for(frequency, day.year, (day.month - 1) // months + 1)


def raw_deadline(period: Period, *, deadline_month: int, deadline_day: int) -> datetime.date:
    """Day ``deadline_day`` of the ``deadline_month``-th month counted from the period's
    first month (1 = that month), clamped to the month's last day."""
    year, month = month_after(period.start.year, period.start.month, deadline_month - 1)
    return day_in_month(year, month, deadline_day)


# --- working days ---------------------------------------------------------------------


def _extra_holidays() -> frozenset[datetime.date]:
    days = set()
    for item in getattr(settings, "TTDN_HOLIDAYS", ()) or ():
        days.add(item if isinstance(item, datetime.date) else datetime.date.fromisoformat(item))
    return frozenset(days)


@functools.lru_cache(maxsize=256)
def _calendar_holidays(country: str, year: int) -> frozenset[datetime.date]:
    if not country:
        return frozenset()
    import holidays  # lazily: only deadline arithmetic needs it

    return frozenset(holidays.country_holidays(country, years=year))


def holidays_in(year: int) -> frozenset[datetime.date]:
    """The public holidays of ``year``: the country calendar's (``TTDN_HOLIDAY_CALENDAR``,
    "VN" by default) and ``TTDN_HOLIDAYS``."""
    country = getattr(settings, "TTDN_HOLIDAY_CALENDAR", "VN")
    extra = frozenset(d for d in _extra_holidays() if d.year == year)
    return _calendar_holidays(country, year) | extra


def is_working_day(day: datetime.date) -> bool:
    """Monday to Friday and not a public holiday."""
    return day.weekday() < 5 and day not in holidays_in(day.year)


def adjust_for_holidays(day: datetime.date, handling: str = "") -> datetime.date:
    """``day`` kept, or moved to the next or previous working day when it is not one.
    ``handling`` empty: the installation's ``TTDN_DEADLINE_ON_HOLIDAY``."""
    handling = handling or getattr(settings, "TTDN_DEADLINE_ON_HOLIDAY", NEXT_WORKING_DAY)
    if handling not in HOLIDAY_HANDLINGS:
        raise ValueError(f"unknown holiday handling {handling!r}")
    if handling == KEEP:
        return day
    step = datetime.timedelta(days=1 if handling == NEXT_WORKING_DAY else -1)
    for _i in range(60):  # Tết and a weekend are well under 60 days
        if is_working_day(day):
            return day
        day += step
    return day


def rule_deadline(rule, period: Period) -> datetime.date:
    """The agencies' deadline for ``period`` under ``rule`` (anything with
    ``deadline_month``, ``deadline_day`` and ``on_holiday``), holidays handled."""
    day = raw_deadline(period, deadline_month=rule.deadline_month, deadline_day=rule.deadline_day)
    return adjust_for_holidays(day, rule.on_holiday)


def step_deadlines(rule, steps, period: Period, first: datetime.date) -> list[datetime.date]:
    """The deadline of each later step of the chain: days after the previous step's, or a
    day of a month counted like the rule's; holidays handled each time."""
    dates, previous = [], first
    for step in steps:
        if step.days_after is not None:
            day = previous + datetime.timedelta(days=step.days_after)
        else:
            day = raw_deadline(
                period, deadline_month=step.deadline_month, deadline_day=step.deadline_day
            )
        day = adjust_for_holidays(day, rule.on_holiday)
        dates.append(day)
        previous = day
    return dates


def default_month_in_period(frequency: str, calendar_month: int) -> int:
    """The month counted from a period's start for a calendar month a plan names: month 11
    of a yearly rule is 11; "15/6 and 15/12" six-monthly is month 6 of each half."""
    months = PERIOD_MONTHS[frequency]
    return (calendar_month - 1) % months + 1 if months < 12 else calendar_month
