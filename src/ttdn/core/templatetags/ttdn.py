from django import template

from ttdn.plans.models import TaskStatus

register = template.Library()


@register.inclusion_tag("includes/status_badge.html")
def task_status(status: str):
    try:
        label = TaskStatus(status).label
    except ValueError:
        label = status
    return {"status": status, "label": label}


@register.filter
def dmy(value) -> str:
    """dd/mm/yyyy whatever the active language."""
    return value.strftime("%d/%m/%Y") if value else ""


@register.filter
def role_assignments(task, role: str):
    return [a for a in task.assignments.all() if a.role == role]
