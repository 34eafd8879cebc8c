"""The periods the indicators are asked for: a year ("2018"), a half ("2018-H1"), a
quarter ("2018-Q3") or a month ("2018-06") — the syntax of ``ttdn report``."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

PATTERN = re.compile(
    r"^(?P<year>\d{4})(?:-(?:H(?P<half>[12])|Q(?P<quarter>[1-4])|(?P<month>\d{2})))?$", re.ASCII
)
YEAR_RANGE = (1990, 2100)


@dataclass(frozen=True)
class IndicatorPeriod:
    code: str
    start: dt.date
    end: dt.date

    def as_json(self) -> dict:
        return {"code": self.code, "start": self.start.isoformat(), "end": self.end.isoformat()}


def _months(year: int, first: int, count: int) -> tuple[dt.date, dt.date]:
    last = first + count - 1
    return dt.date(year, first, 1), dt.date(year, last, calendar.monthrange(year, last)[1])


def period_parse(text: str) -> IndicatorPeriod:
    """``text`` as a period, or a translated ``ValidationError`` keyed "period"."""
    code = (text or "").strip().upper()[:16]
    match = PATTERN.match(code)
    year = int(match["year"]) if match else 0
    month = int(match["month"]) if match and match["month"] else None
    if (
        not match
        or not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]
        or (month is not None and not 1 <= month <= 12)
    ):
        raise ValidationError(
            {
                "period": _(
                    "“{text}” is not a period: write a year (2018), a half (2018-H1), a "
                    "quarter (2018-Q3) or a month (2018-06)."
                ).format(text=(text or "")[:20])
            }
        )
    if match["half"]:
        start, end = _months(year, 1 + 6 * (int(match["half"]) - 1), 6)
    elif match["quarter"]:
        start, end = _months(year, 1 + 3 * (int(match["quarter"]) - 1), 3)
    elif month is not None:
        start, end = _months(year, month, 1)
    else:
        start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    return IndicatorPeriod(code=code, start=start, end=end)
