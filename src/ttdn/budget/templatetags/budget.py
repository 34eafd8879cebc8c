"""``{{ amount|vnd }}`` → "1.234.567 ₫"; ``{{ amount|vnd_plain }}`` without the symbol."""

from django import template

from ttdn.budget.formatting import format_vnd

register = template.Library()


@register.filter
def vnd(value) -> str:
    return format_vnd(value)


@register.filter
def vnd_plain(value) -> str:
    return format_vnd(value, symbol=False)
