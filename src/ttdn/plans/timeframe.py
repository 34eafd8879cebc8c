"""Turn the timeframe of a plan task, written in Vietnamese words, into deadlines.

A task's "Thời gian thực hiện" column says things like "Hàng tháng, quý", "Quý II, III",
"Cả năm", "Thường xuyên", "Tháng 6/2024" or "trước ngày 05 tháng 11 hàng năm".
:func:`parse_timeframe` reads that wording relative to the plan's period (``from_year``
..``to_year``) and returns a :class:`Schedule`: the wording as written, the concrete
deadlines (the last day of every period meant, or the stated day) and a recurrence.

Wording it does not understand is never guessed at: the schedule comes back with
``recognised=False``, no deadlines and a ``problem`` code the caller can show, and the
same holds when the wording names a date or year outside the plan's period.

How it works: the text is normalised (NFC, lower case, "hằng" -> "hàng", dashes -> "-",
bullets dropped) and then read left to right as a list of clauses separated by ",", ";",
"và", "hoặc". Each clause must match one rule of ``_RULES`` (tried in order, first match
wins); a single clause no rule understands makes the whole wording unrecognised.

Semantics decided here (documented in the tests as well):

* A list ("Quý II, III", "tháng 6 và 7") yields the end of each period listed; a range
  ("Quý II - IV", "từ tháng 3 đến tháng 6") is one span and yields only its last day.
* A period without a year ("Quý III", "tháng 6", "trước ngày 15/12", "Cả năm") applies to
  every year of the plan; in a plan of several years that makes it a yearly recurrence.
* "Thường xuyên" / "liên tục" (also daily or weekly work) is "ongoing", with the last day
  of the plan's period as its only deadline.
* Ad-hoc wording ("đột xuất", "theo yêu cầu", a bare "định kỳ") is understood but sets
  no deadline; wording made only of it is reported as unrecognised.

Only the standard library is used, so the parser can run anywhere (importer, API, tests).
"""

from __future__ import annotations

import calendar
import datetime
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

__all__ = [
    "HALF_YEARLY",
    "MONTHLY",
    "ONGOING",
    "PROBLEM_OUTSIDE_PERIOD",
    "PROBLEM_UNRECOGNISED",
    "QUARTERLY",
    "RECURRENCES",
    "YEARLY",
    "Schedule",
    "parse_period",
    "parse_timeframe",
]

MONTHLY = "monthly"
QUARTERLY = "quarterly"
HALF_YEARLY = "half-yearly"
YEARLY = "yearly"
ONGOING = "ongoing"
# Finest first: when a wording combines several, the finest one is the task's recurrence.
RECURRENCES = (MONTHLY, QUARTERLY, HALF_YEARLY, YEARLY, ONGOING)

PROBLEM_UNRECOGNISED = "unrecognised"
PROBLEM_OUTSIDE_PERIOD = "outside_period"


@dataclass(frozen=True)
class Schedule:
    """Deadlines and recurrence read from a timeframe wording."""

    as_written: str
    deadlines: tuple[datetime.date, ...] = ()  # sorted, unique
    recurrence: str | None = None  # None or one of RECURRENCES
    recognised: bool = True  # False: no deadline was invented, the caller flags the task
    problem: str | None = None  # None, PROBLEM_UNRECOGNISED or PROBLEM_OUTSIDE_PERIOD

    def as_dict(self) -> dict:
        return {
            "as_written": self.as_written,
            "deadlines": [d.isoformat() for d in self.deadlines],
            "recurrence": self.recurrence,
        }

    @property
    def final_deadline(self) -> datetime.date | None:
        return self.deadlines[-1] if self.deadlines else None

    def next_deadline(self, on: datetime.date) -> datetime.date | None:
        """The first deadline on or after ``on`` (None when all have passed)."""
        return next((d for d in self.deadlines if d >= on), None)


# --------------------------------------------------------------------------------------
# Period of a plan
# --------------------------------------------------------------------------------------

_PERIOD_RE = re.compile(
    r"(?:(?:năm|giai\s+đoạn)\s+)?((?:19|20)\d{2})(?:\s*(?:-|đến|tới)\s*(?:năm\s+)?((?:19|20)\d{2}))?"
)


def parse_period(text: str) -> tuple[int, int]:
    """Read a plan period: "2024" -> (2024, 2024); "2019-2020", "2019 – 2020" -> (2019, 2020)."""
    norm = _normalise(str(text) if text is not None else "")
    match = _PERIOD_RE.fullmatch(norm)
    if not match:
        raise ValueError(
            f"Không đọc được giai đoạn kế hoạch {text!r}: "
            "cần một năm (2024) hoặc hai năm (2019-2020)."
        )
    first = int(match.group(1))
    last = int(match.group(2) or first)
    if last < first:
        raise ValueError(f"Giai đoạn kế hoạch {text!r} kết thúc trước khi bắt đầu.")
    return first, last


# --------------------------------------------------------------------------------------
# Normalisation
# --------------------------------------------------------------------------------------

_DASHES_RE = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
_INVISIBLE_RE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_BULLET_RE = re.compile(r"^[\s\-+*•·∙◦▪●○>]+")
_TRAILING_RE = re.compile(r"[\s.,;:]+$")
_SPACES_RE = re.compile(r"\s+")


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFC", text)
    # Some Vietnamese fonts type the Icelandic eth (Ð) for the letter Đ.
    text = text.replace("Ð", "Đ").replace("ð", "đ")
    text = _INVISIBLE_RE.sub("", text)
    text = _DASHES_RE.sub("-", text).lower()
    lines = []
    for line in text.splitlines():
        line = _TRAILING_RE.sub("", _BULLET_RE.sub("", line))
        if line:
            lines.append(line)
    text = _SPACES_RE.sub(" ", ", ".join(lines)).strip()
    text = re.sub(r"(?<!\w)hằng(?!\w)", "hàng", text)  # "hằng quý" and "hàng quý" are both used
    return text.replace("qúy", "quý")  # old tone-mark placement


# --------------------------------------------------------------------------------------
# Building blocks of the rules (they match the normalised, lower-case text)
# --------------------------------------------------------------------------------------

_YEAR = r"(?:19|20)\d{2}(?!\d)"
_QUARTER = r"(?<!\w)(?:iv|iii|ii|i|[1-4])(?!\w)"
_MONTH = r"(?<!\w)(?:xii|xi|x|ix|viii|vii|vi|v|iv|iii|ii|i|1[0-2]|0?[1-9])(?!\w)"
_MONTH_NUM = r"(?:1[0-2]|0?[1-9])(?!\d)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?!\d)"
_AND = r"(?:và|hoặc)(?!\w)"
# Between the items of one list: "II, III", "2 và 3", "II - IV", "3 đến 6".
_ITEM_SEP = rf"\s*(?:[,;&-]|{_AND}|đến(?!\w)|tới(?!\w))\s*"
# Words that may come before a quarter or a month and change nothing: "trong quý III";
# "từ" only opens a range ("từ tháng 3 đến tháng 6"): a bare "từ quý II" is not understood.
_IN = r"(?:(?P<since>từ)\s+|(?:trong|vào|cuối|hết|đến\s+hết|suốt|các)\s+)?"
# "hàng năm" after a date or period: the same day every year.
_EVERY_YEAR = r"(?P<every>\s+(?:hàng|mỗi|các)\s+năm)?"
# A year attached to a period: "Quý I/2025", "Tháng 6 năm 2024", "tháng 6-2024".
_OF_YEAR = rf"(?:(?:\s*[/.-]\s*|\s+năm\s+)(?P<year>{_YEAR}))?"
_EVERY = r"(?:hàng|mỗi)\s+"
_UNIT = r"(?:(?:6|sáu)\s+tháng|nửa\s+năm|tháng|quý|năm)(?!\w)"

# What may follow a clause: the end of the text or a clause separator.
_CLAUSE_END = rf"(?=\s*(?:$|[,;&]|{_AND}|hay(?!\w)))"
_CLAUSE_SEP_RE = re.compile(rf"\s*(?:[,;&]|{_AND}|hay(?!\w))\s*")

_ROMAN = {
    "i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6,
    "vii": 7, "viii": 8, "ix": 9, "x": 10, "xi": 11, "xii": 12,
}  # fmt: skip
_ITEM_TOKEN_RE = re.compile(r"(?P<range>-|đến(?!\w)|tới(?!\w))|(?<!\w)(?P<num>[ivx]+|\d+)(?!\w)")


class _NotUnderstood(Exception):
    """A clause matched a rule's shape but its content is not a valid period."""


@dataclass
class _Context:
    from_year: int
    to_year: int
    this_year: int | None = None  # the year the text is written in ("năm nay"), if known

    @property
    def years(self) -> range:
        return range(self.from_year, self.to_year + 1)

    @property
    def multi_year(self) -> bool:
        return self.to_year > self.from_year


@dataclass
class _Reading:
    """What one clause contributes."""

    deadlines: set[datetime.date]
    recurrence: str | None = None
    outside: bool = False


def _month_end(year: int, month: int) -> datetime.date:
    return datetime.date(year, month, calendar.monthrange(year, month)[1])


def _quarter_end(year: int, quarter: int) -> datetime.date:
    return _month_end(year, quarter * 3)


def _numbers(m: re.Match, upper: int) -> list[int]:
    """Numbers meant by a list such as "ii, iii", "2 và 3", "i, iii - iv" (ranges -> end)."""
    items = m.group("items")
    if m.group("since") and not re.search(r"-|đến|tới", items):
        raise _NotUnderstood(m.group(0))  # "từ quý II": from when to when?
    groups: list[list[int]] = []
    pending_range = False
    for token in _ITEM_TOKEN_RE.finditer(items):
        if token.group("range"):
            pending_range = True
            continue
        raw = token.group("num")
        value = _ROMAN.get(raw) if raw.isalpha() else int(raw)
        if value is None or not 1 <= value <= upper:
            raise _NotUnderstood(raw)
        if pending_range and groups:
            if value <= groups[-1][-1]:
                raise _NotUnderstood(items)
            groups[-1].append(value)
        else:
            groups.append([value])
        pending_range = False
    if not groups or pending_range:
        raise _NotUnderstood(items)
    # A range is one span: its deadline is the end of its last period.
    return [group[-1] for group in groups]


def _years(ctx: _Context, stated: str | None, reading: _Reading) -> list[int]:
    """Years a clause applies to: the stated one, else every year of the plan."""
    if stated is None:
        if ctx.multi_year:
            reading.recurrence = reading.recurrence or YEARLY
        return list(ctx.years)
    year = int(stated)
    if year not in ctx.years:
        reading.outside = True
        return []
    return [year]


# --------------------------------------------------------------------------------------
# Rule handlers: each turns a match into a _Reading
# --------------------------------------------------------------------------------------


def _ongoing(m: re.Match, ctx: _Context) -> _Reading:
    return _Reading({datetime.date(ctx.to_year, 12, 31)}, ONGOING)


def _every_six_months(m: re.Match, ctx: _Context) -> _Reading:
    dates = {_month_end(y, mo) for y in ctx.years for mo in (6, 12)}
    return _Reading(dates, HALF_YEARLY)


def _recurring(m: re.Match, ctx: _Context) -> _Reading:
    reading = _Reading(set())
    years = list(ctx.years)
    if m.group("year"):
        years = _years(ctx, m.group("year"), reading)
    found = []
    for unit in re.findall(_UNIT, m.group("units")):
        unit = _SPACES_RE.sub(" ", unit)
        if unit == "tháng":
            found.append(MONTHLY)
            reading.deadlines |= {_month_end(y, mo) for y in years for mo in range(1, 13)}
        elif unit == "quý":
            found.append(QUARTERLY)
            reading.deadlines |= {_quarter_end(y, q) for y in years for q in range(1, 5)}
        elif unit == "năm":
            found.append(YEARLY)
            reading.deadlines |= {datetime.date(y, 12, 31) for y in years}
        else:  # "6 tháng", "sáu tháng", "nửa năm"
            found.append(HALF_YEARLY)
            reading.deadlines |= {_month_end(y, mo) for y in years for mo in (6, 12)}
    reading.recurrence = min(found, key=RECURRENCES.index)
    return reading


def _half_year(m: re.Match, ctx: _Context) -> _Reading:
    reading = _Reading(set())
    if m.group("since"):
        raise _NotUnderstood(m.group(0))
    if m.group("every"):
        reading.recurrence = YEARLY
    month = 6 if m.group("which") == "đầu" else 12
    reading.deadlines = {_month_end(y, month) for y in _years(ctx, m.group("year"), reading)}
    return reading


def _quarters(m: re.Match, ctx: _Context) -> _Reading:
    reading = _Reading(set())
    if m.group("every"):
        reading.recurrence = YEARLY
    quarters = _numbers(m, 4)
    years = _years(ctx, m.group("year"), reading)
    reading.deadlines = {_quarter_end(y, q) for y in years for q in quarters}
    return reading


def _months(m: re.Match, ctx: _Context) -> _Reading:
    reading = _Reading(set())
    if m.group("every"):
        reading.recurrence = YEARLY
    months = _numbers(m, 12)
    years = _years(ctx, m.group("year"), reading)
    reading.deadlines = {_month_end(y, mo) for y in years for mo in months}
    return reading


def _day(m: re.Match, ctx: _Context) -> _Reading:
    reading = _Reading(set())
    if m.group("every"):
        reading.recurrence = YEARLY
    day = int(m.group("d") or m.group("d2"))
    month = int(m.group("m") or m.group("m2"))
    stated = m.group("y") or m.group("y2") or m.group("y3")
    if day > calendar.monthrange(2000, month)[1]:  # 31/4 is no day in any year
        raise _NotUnderstood(m.group(0))
    if stated and day > calendar.monthrange(int(stated), month)[1]:  # 29/2/2023
        raise _NotUnderstood(m.group(0))
    for year in _years(ctx, stated, reading):
        # 29/02 without a year falls on 28/02 in the years that have no 29th.
        last = calendar.monthrange(year, month)[1]
        reading.deadlines.add(datetime.date(year, month, min(day, last)))
    return reading


def _whole_years(m: re.Match, ctx: _Context) -> _Reading:
    reading = _Reading(set())
    if m.group("nay"):
        # "trong năm nay": the year the text is written in, when the reader knows it
        if ctx.this_year is None:
            raise _NotUnderstood(m.group(0))
        reading.deadlines = {
            datetime.date(y, 12, 31) for y in _years(ctx, str(ctx.this_year), reading)
        }
        return reading
    first, last = m.group("y1"), m.group("y2")
    if first and last:
        # "2019-2020", "năm 2019 - 2020": one span ending with its last year.
        if int(last) < int(first):
            raise _NotUnderstood(m.group(0))
        if int(first) not in ctx.years or int(last) not in ctx.years:
            reading.outside = True
            return reading
        reading.deadlines = {datetime.date(int(last), 12, 31)}
        return reading
    reading.deadlines = {datetime.date(y, 12, 31) for y in _years(ctx, first, reading)}
    return reading


def _whole_period(m: re.Match, ctx: _Context) -> _Reading:
    first, last = m.group("p1"), m.group("p2")
    if first and last:
        if int(last) < int(first):
            raise _NotUnderstood(m.group(0))
        if int(first) not in ctx.years or int(last) not in ctx.years:
            return _Reading(set(), outside=True)
        return _Reading({datetime.date(int(last), 12, 31)})
    return _Reading({datetime.date(ctx.to_year, 12, 31)})


def _ad_hoc(m: re.Match, ctx: _Context) -> _Reading:
    return _Reading(set())


# --------------------------------------------------------------------------------------
# The rules, tried in this order on each clause; the first that matches wins.
# --------------------------------------------------------------------------------------

_Handler = Callable[[re.Match, _Context], _Reading]
_RULE_SPECS: list[tuple[str, str, _Handler]] = [
    # "Thường xuyên", "liên tục", "thường xuyên liên tục", "hàng ngày", "hàng tuần".
    (
        "ongoing",
        r"(?:thực\s+hiện\s+)?(?:thường\s+xuyên|liên\s+tục|hàng\s+ngày|hàng\s+tuần)"
        r"(?:\s+liên\s+tục)?",
        _ongoing,
    ),
    # "6 tháng một lần", "6 tháng/lần", "định kỳ sáu tháng 1 lần".
    (
        "every_six_months",
        r"(?:định\s+kỳ\s+)?(?:6|sáu)\s+tháng\s*(?:/\s*|một\s+|1\s+)lần",
        _every_six_months,
    ),
    # "Hàng tháng, quý", "hằng quý", "Định kỳ hàng quý", "định kỳ 6 tháng", "Hàng 6 tháng",
    # "hàng năm", "mỗi quý", optionally limited to one year: "hàng quý năm 2024".
    (
        "recurring",
        rf"(?:định\s+kỳ\s+(?:{_EVERY})?|{_EVERY})"
        rf"(?P<units>{_UNIT}(?:\s*(?:[,/]|{_AND})\s*(?:{_EVERY})?{_UNIT})*)"
        rf"(?:(?:\s+năm\s+|\s*/\s*)(?P<year>{_YEAR}))?",
        _recurring,
    ),
    # "6 tháng đầu năm", "sáu tháng cuối năm 2024", "nửa đầu năm".
    (
        "half_year",
        rf"{_IN}(?:(?:6|sáu)\s+tháng|nửa)\s+(?P<which>đầu|cuối)(?:\s+năm)?"
        rf"(?:(?:\s*[/-]\s*|\s+)(?P<year>{_YEAR}))?{_EVERY_YEAR}",
        _half_year,
    ),
    # "Quý III", "Quý II, III", "quý 2 và quý 3", "Quý I/2025", "Quý IV năm 2024",
    # "từ quý II đến quý IV" (a range: its end), "quý IV hàng năm".
    (
        "quarters",
        rf"{_IN}quý\s+(?P<items>{_QUARTER}(?:{_ITEM_SEP}(?:quý\s+)?{_QUARTER})*)"
        rf"{_OF_YEAR}{_EVERY_YEAR}",
        _quarters,
    ),
    # "trước ngày 15/12/2024", "ngày 15/12", "trước ngày 05 tháng 11 hàng năm",
    # "chậm nhất ngày 30.6.2024", "05 tháng 11 năm 2019".
    (
        "day",
        r"(?:(?:hoàn\s+thành\s+|báo\s+cáo\s+|gửi\s+(?:báo\s+cáo\s+)?)?"
        r"(?:trước|chậm\s+nhất(?:\s+là)?|đến\s+hết|đến|hạn(?:\s+chót)?|trong|vào|hết)\s+)?"
        r"(?:ngày\s+)?"
        rf"(?:(?P<d>{_DAY})\s*[/.-]\s*(?P<m>{_MONTH_NUM})"
        rf"(?:\s*[/.-]\s*(?P<y>{_YEAR})|\s+năm\s+(?P<y3>{_YEAR}))?"
        rf"|(?P<d2>{_DAY})\s+tháng\s+(?P<m2>{_MONTH_NUM})(?:\s*,?\s+năm\s+(?P<y2>{_YEAR}))?)"
        rf"{_EVERY_YEAR}",
        _day,
    ),
    # "Tháng 6/2024", "tháng 6", "Tháng 6 năm 2024", "tháng 6, 7", "tháng 12 hàng năm",
    # "từ tháng 3 đến tháng 6" (a range: its end).
    (
        "months",
        rf"{_IN}tháng\s+(?P<items>{_MONTH}(?:{_ITEM_SEP}(?:tháng\s+)?{_MONTH})*)"
        rf"{_OF_YEAR}{_EVERY_YEAR}",
        _months,
    ),
    # "6/2025", "06-2025": a month of a year without the word "tháng".
    (
        "month_of_year",
        rf"(?:(?:trong|vào|trước|hết|đến\s+hết)\s+)?"
        rf"(?P<since>)(?P<items>{_MONTH_NUM})\s*[/.-]\s*(?P<year>{_YEAR})(?P<every>)",
        _months,
    ),
    # "Cả giai đoạn", "trong giai đoạn 2019-2020": the end of the (stated) period.
    (
        "whole_period",
        r"(?:(?:cả|trong|suốt|trong\s+cả|hết|đến\s+hết)\s+)?"
        r"(?:giai\s+đoạn|thời\s+gian\s+thực\s+hiện(?:\s+kế\s+hoạch)?|kỳ\s+kế\s+hoạch)"
        rf"(?:\s+(?:năm\s+)?(?P<p1>{_YEAR})\s*(?:-|đến|tới)\s*(?:năm\s+)?(?P<p2>{_YEAR}))?",
        _whole_period,
    ),
    # "Cả năm", "Trong năm", "Năm 2024", "cuối năm", "2024", "năm 2019-2020" (a span: its end),
    # "(ngay) trong năm nay" (the year the text is written in: ``this_year``).
    (
        "whole_years",
        r"(?:(?:ngay\s+)?(?:(?:cả|trong|suốt|cuối|hết|đến\s+hết|vào|trong\s+cả)\s+)?năm(?!\w)\s*"
        r"|(?=\d))"
        rf"(?:(?P<y1>{_YEAR})(?:\s*(?:-|đến|tới)\s*(?:năm\s+)?(?P<y2>{_YEAR}))?|(?P<nay>nay(?!\w)))?",
        _whole_years,
    ),
    # Understood but sets no deadline: "đột xuất", "theo yêu cầu", "khi có đề nghị",
    # "báo cáo đột xuất theo yêu cầu", a bare "định kỳ".
    (
        "ad_hoc",
        r"(?:báo\s+cáo\s+)?(?:(?:đột\s+xuất|định\s+kỳ|theo\s+yêu\s+cầu|theo\s+chỉ\s+đạo"
        r"|khi\s+có\s+(?:yêu\s+cầu|đề\s+nghị|phát\s+sinh|chỉ\s+đạo)|khi\s+cần(?:\s+thiết)?)\s*)+",
        _ad_hoc,
    ),
]


_RULES = [
    (name, re.compile(pattern + _CLAUSE_END), handler) for name, pattern, handler in _RULE_SPECS
]


def _match_clause(norm: str, pos: int) -> tuple[re.Match, _Handler] | None:
    """The first rule that reads a whole clause starting at ``pos``."""
    for _name, pattern, handler in _RULES:
        match = pattern.match(norm, pos)
        if match:
            return match, handler
    return None


def _unrecognised(as_written: str, problem: str = PROBLEM_UNRECOGNISED) -> Schedule:
    return Schedule(as_written, (), None, recognised=False, problem=problem)


def year_written(
    dated: datetime.date | None, from_year: int | None, to_year: int | None
) -> int | None:
    """The year a plan is written in, which reads its "trong năm nay": its date's (of issue, or
    of posting for a page), else its period's when that is one year; None else."""
    if dated:
        return dated.year
    return from_year if from_year is not None and from_year == to_year else None


def parse_timeframe(
    text: str, *, from_year: int, to_year: int | None = None, this_year: int | None = None
) -> Schedule:
    """Read a task's timeframe wording within a plan running from ``from_year`` to ``to_year``
    (``this_year``, the year the text is written in, reads "năm nay"; without it "năm nay"
    is not understood)."""
    to_year = from_year if to_year is None else to_year
    if to_year < from_year:
        raise ValueError(f"Plan period ends ({to_year}) before it starts ({from_year}).")
    as_written = unicodedata.normalize("NFC", text or "").strip()
    norm = _normalise(as_written)
    if not norm:
        return _unrecognised(as_written)

    ctx = _Context(from_year, to_year, this_year)
    readings: list[_Reading] = []
    pos = 0
    while pos < len(norm):
        found = _match_clause(norm, pos)
        if found is None:
            return _unrecognised(as_written)
        match, handler = found
        try:
            readings.append(handler(match, ctx))
        except _NotUnderstood:
            return _unrecognised(as_written)
        pos = match.end()
        sep = _CLAUSE_SEP_RE.match(norm, pos)
        if sep:
            pos = sep.end()
        elif pos < len(norm):  # pragma: no cover - the rules' look-ahead prevents it
            return _unrecognised(as_written)

    if any(r.outside for r in readings):
        return _unrecognised(as_written, PROBLEM_OUTSIDE_PERIOD)
    deadlines = tuple(sorted(set().union(*(r.deadlines for r in readings))))
    if not deadlines:
        return _unrecognised(as_written)
    recurrences = [r.recurrence for r in readings if r.recurrence]
    recurrence = min(recurrences, key=RECURRENCES.index) if recurrences else None
    return Schedule(as_written, deadlines, recurrence, recognised=True, problem=None)
