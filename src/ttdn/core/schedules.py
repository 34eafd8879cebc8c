"""The schedules of periodic jobs, by name, from ``settings.TTDN_SCHEDULES``.

Every periodic job is a huey ``@db_periodic_task(schedule("app.job"))`` in its app's
``tasks.py`` (huey's Django integration imports every installed app's ``tasks`` module, so
the worker ``ttdn run_huey`` finds it). The times live in one settings dictionary, each
overridable from the environment (docs/decisions/0024-urging-and-periodic-jobs.md).
"""

from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from huey import crontab


def schedule(name: str) -> Callable:
    """The huey crontab of the job ``name``: five cron fields (minute hour day month
    weekday) in UTC, as huey's scheduler reads its clock."""
    try:
        spec = settings.TTDN_SCHEDULES[name]
    except KeyError:
        raise ImproperlyConfigured(f"No schedule named {name!r} in TTDN_SCHEDULES.") from None
    fields = spec.split()
    if len(fields) != 5:
        raise ImproperlyConfigured(
            f"The schedule {name!r} needs five cron fields (minute hour day month weekday): {spec!r}"
        )
    minute, hour, day, month, day_of_week = fields
    return crontab(minute=minute, hour=hour, day=day, month=month, day_of_week=day_of_week)
