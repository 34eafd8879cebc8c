"""Template helpers of report requests: ``{% load report_requests %}``."""

import datetime

from django import template

register = template.Library()


@register.filter
def shown_state(submission, today: datetime.date) -> tuple[str, str]:
    """(CSS class, label) of a submission's state as shown on ``today`` ("late" when a
    report is still owed after the deadline)."""
    return submission.shown_state(today), submission.shown_state_label(today)
