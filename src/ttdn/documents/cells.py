"""Cells as registers hold them: dates, numbers, yes/no and choices read from what people
type in Excel or CSV, in the forms Vietnamese offices write them.

Dates: Excel dates and serial numbers, dd/mm/yyyy (also with ``-`` or ``.``, two-digit
years, a time after it), yyyy-mm-dd and "ngày 5 tháng 3 năm 2026". Numbers: Vietnamese
separators ("1.234.567", "1.234.567,5", "12,5"), spaces and a currency word ("₫", "đồng").
Yes/no: "Có"/"Không", "x", TRUE/FALSE, 1/0. A cell that does not convert raises
:class:`ValueProblem` with a translated message quoting it.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext
from openpyxl.utils.datetime import from_excel

from ttdn.core.text import clean_text, fold, fold_words

__all__ = ["ValueProblem", "as_text", "squash_text", "to_bool", "to_choice", "to_date", "to_number"]


class ValueProblem(ValueError):
    """A cell that cannot be converted; ``message`` is translated."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


_DATE_RE = re.compile(
    r"^(?P<d>\d{1,2})\s*[/\-.]\s*(?P<m>\d{1,2})\s*[/\-.]\s*(?P<y>\d{4}|\d{2})"
    r"(?:[\sT,]+\d{1,2}[:hg]\d{0,2}(?::\d{2})?(?:\s*(?:SA|CH|AM|PM))?)?$",
    re.IGNORECASE,
)
_ISO_DATE_RE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:[T\s].*)?$")
_WORDS_DATE_RE = re.compile(
    r"^(?:ngay\s*)?(?P<d>\d{1,2})\s*thang\s*(?P<m>\d{1,2})\s*(?:nam|,)\s*(?P<y>\d{4})$"
)
EXCEL_SERIAL_RANGE = (1, 2958465)  # 1900-01-01 … 9999-12-31


def to_date(value: object) -> dt.date:
    """A date from an Excel date, an Excel serial number or a text date (see the module)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueProblem(_not_a_date(value))
    if isinstance(value, int | float):
        if EXCEL_SERIAL_RANGE[0] <= value <= EXCEL_SERIAL_RANGE[1]:
            converted = from_excel(value)
            return converted.date() if isinstance(converted, dt.datetime) else converted
        raise ValueProblem(_not_a_date(value))
    text = squash_text(value)
    folded = fold(text)
    for pattern in (_DATE_RE, _ISO_DATE_RE, _WORDS_DATE_RE):
        match = pattern.match(folded)
        if match:
            year = int(match["y"])
            if year < 100:
                year += 2000 if year < 70 else 1900
            try:
                return dt.date(year, int(match["m"]), int(match["d"]))
            except ValueError:
                break
    raise ValueProblem(_not_a_date(value))


def _not_a_date(value: object) -> str:
    return gettext("“{value}” is not a date: write it as dd/mm/yyyy.").format(value=_shown(value))


_CURRENCY_RE = re.compile(r"(₫|vnđ|vnd|đồng|dong|đ|usd|\$|%)", re.IGNORECASE)
_NUMBER_RE = re.compile(r"^[+-]?[\d.,]+$")


def to_number(value: object, *, integer: bool = False) -> int | Decimal:
    """A number from a cell: an Excel number, or text with Vietnamese separators
    ("1.234.567", "1.234.567,5", "12,5"), spaces, or a currency word ("₫", "đồng", "VND").

    A single dot or comma followed by exactly three digits is a thousands separator for a
    whole number (``integer``), since a count or an amount in đồng has no decimals; for a
    decimal, a comma is the decimal mark and a dot before three digits groups thousands.
    """
    if isinstance(value, bool):
        raise ValueProblem(_not_a_number(value, integer))
    if isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValueProblem(_not_a_number(value, integer))
        number = Decimal(repr(value))
    elif isinstance(value, Decimal):
        number = value
    elif isinstance(value, str):
        number = _parse_number_text(value, integer)
    else:
        raise ValueProblem(_not_a_number(value, integer))
    if integer:
        if number != number.to_integral_value():
            raise ValueProblem(
                gettext("“{value}” is not a whole number.").format(value=_shown(value))
            )
        return int(number)
    return number


def _parse_number_text(value: str, integer: bool) -> Decimal:
    text = _CURRENCY_RE.sub("", squash_text(value))
    text = re.sub(r"[\s\u00a0\u202f']", "", text)
    if not text or not _NUMBER_RE.match(text) or not re.search(r"\d", text):
        raise ValueProblem(_not_a_number(value, integer))
    sign = ""
    if text[0] in "+-":
        sign, text = ("-" if text[0] == "-" else ""), text[1:]
    dots, commas = text.count("."), text.count(",")
    if dots and commas:
        decimal_mark = "." if text.rfind(".") > text.rfind(",") else ","
        group = "," if decimal_mark == "." else "."
        if text.count(decimal_mark) > 1:
            raise ValueProblem(_not_a_number(value, integer))
        whole, fraction = text.split(decimal_mark)
        if not _grouped(whole, group):
            raise ValueProblem(_not_a_number(value, integer))
        text = whole.replace(group, "") + "." + fraction
    elif dots > 1 or commas > 1:
        group = "." if dots else ","
        if not _grouped(text, group):
            raise ValueProblem(_not_a_number(value, integer))
        text = text.replace(group, "")
    elif dots == 1 or commas == 1:
        mark = "." if dots else ","
        whole, fraction = text.split(mark)
        thousands = len(fraction) == 3 and whole and (integer or mark == ".")
        text = whole + fraction if thousands else f"{whole or '0'}.{fraction}"
    try:
        return Decimal(sign + text)
    except InvalidOperation as exc:
        raise ValueProblem(_not_a_number(value, integer)) from exc


def _grouped(text: str, group: str) -> bool:
    parts = text.split(group)
    return 1 <= len(parts[0]) <= 3 and all(len(part) == 3 for part in parts[1:])


def _not_a_number(value: object, integer: bool) -> str:
    if integer:
        return gettext("“{value}” is not a whole number.").format(value=_shown(value))
    return gettext("“{value}” is not a number.").format(value=_shown(value))


_TRUE = {"co", "x", "yes", "y", "true", "dung", "1", "roi", "da"}
_FALSE = {"khong", "no", "n", "false", "sai", "0", "chua", "k"}


def to_bool(value: object) -> bool:
    """Yes or no from a cell: TRUE/FALSE, 1/0, "Có"/"Không", "x", "Đúng"/"Sai"."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    folded = fold(str(value)).strip(" .") if value is not None else ""
    if folded in _TRUE:
        return True
    if folded in _FALSE:
        return False
    raise ValueProblem(
        gettext("“{value}” is not yes or no: write Có or Không.").format(value=_shown(value))
    )


def to_choice(value: object, choices: Sequence[tuple[object, str]]) -> object:
    """The value of the choice whose value or label ``value`` is, without diacritics."""
    wanted = fold_words(as_text(value))
    for choice, label in choices:
        if wanted in (fold_words(str(choice)), fold_words(str(label))):
            return choice
    labels = ", ".join(str(label) for _choice, label in choices)
    raise ValueProblem(
        gettext("“{value}” is not one of: {choices}.").format(value=_shown(value), choices=labels)
    )


def as_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, dt.datetime):
        if value.time() != dt.time(0):
            return value.strftime("%d/%m/%Y %H:%M")
        return value.strftime("%d/%m/%Y")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return clean_text(str(value)).strip()


def squash_text(value: object) -> str:
    return re.sub(r"\s+", " ", as_text(value)).strip()


def _shown(value: object, limit: int = 60) -> str:
    text = squash_text(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"
