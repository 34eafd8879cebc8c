from django import template

register = template.Library()


@register.filter
def dmy(value) -> str:
    """dd/mm/yyyy whatever the active language."""
    return value.strftime("%d/%m/%Y") if value else ""
