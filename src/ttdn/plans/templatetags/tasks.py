"""Template helpers for tasks: the status badge and the agencies of one role."""

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
def role_assignments(task, role: str):
    """The task's agencies of ``role``, from the prefetched assignments (no query)."""
    return [a for a in task.assignments.all() if a.role == role]
