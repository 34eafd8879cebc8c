"""Money as Vietnamese finance users write it: 1.234.567 ₫ (dots between thousands)."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation


def format_vnd(value, *, symbol: bool = True) -> str:
    """``Decimal("1234567")`` → "1.234.567 ₫"; None → "" (whole đồng, rounded)."""
    if value is None or value == "":
        return ""
    try:
        amount = Decimal(value).quantize(Decimal(1))
    except (InvalidOperation, TypeError, ValueError):
        return str(value)
    text = f"{abs(amount):,.0f}".replace(",", ".")
    if amount < 0:
        text = "-" + text
    return f"{text} ₫" if symbol else text


_GROUPED = re.compile(r"^\d{1,3}(\.\d{3})+$")


def parse_vnd(text: str) -> str:
    """A typed amount as a plain number string for the services: "1.234.567 ₫",
    "1 234 567", "1234567đ" → "1234567"; other text is returned as typed (the service's
    rule then says what is wrong with it)."""
    cleaned = (text or "").strip().replace("₫", "").replace("đ", "").replace("VND", "")
    cleaned = cleaned.replace("\u00a0", "").replace(" ", "").strip()
    if _GROUPED.match(cleaned):
        return cleaned.replace(".", "")
    if re.fullmatch(r"\d{1,3}(,\d{3})+", cleaned):
        return cleaned.replace(",", "")
    return cleaned
