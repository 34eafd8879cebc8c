"""Background work for urging: the reminder sweep (docs/decisions/0024).

``sweep_reminders`` runs on the schedule ``urging.reminder_sweep`` (settings.TTDN_SCHEDULES:
hourly from 07:00 to 17:00 in Việt Nam by default) in the worker ``ttdn run_huey``; with
``HUEY_IMMEDIATE`` there is no schedule, but calling it runs the same code.
"""

from huey.contrib.djhuey import db_periodic_task

from ttdn.core.schedules import schedule
from ttdn.urging import services


@db_periodic_task(schedule("urging.reminder_sweep"))
def sweep_reminders() -> int:
    """Notify the reminders and escalations due today; returns how many are new."""
    return services.reminders_sweep().notifications_created
