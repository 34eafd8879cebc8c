"""Template helpers for tasks: the status badge.

Pages print rows prepared by their selectors (``plans.rows``, ``pages.selectors``) and
need no helper that reads data (docs/decisions/0019)."""

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
