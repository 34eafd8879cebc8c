"""Background work for notifications: sending the e-mails that are due.

``send_due_deliveries`` is a django.tasks job enqueued when notifications are created
(after their transaction commits); ``retry_due_deliveries`` is the huey periodic task that
sends what is due every minute, retries included (docs/decisions/0024).
"""

from django.tasks import task
from huey.contrib.djhuey import db_periodic_task

from ttdn.core.schedules import schedule
from ttdn.notifications import services


@task
def send_due_deliveries() -> int:
    """Send the e-mails due now; returns how many were sent."""
    return services.deliveries_send_due().sent


@db_periodic_task(schedule("notifications.send_due"))
def retry_due_deliveries() -> int:
    """Every minute: send due e-mails, the retries of failed attempts among them."""
    return services.deliveries_send_due().sent
