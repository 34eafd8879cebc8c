"""Periodic jobs of the press officers' part of monitoring (docs/decisions/0033), each a
thin wrapper around one service, on its schedule in ``settings.TTDN_SCHEDULES``.
Imported by ``MonitoringConfig.ready`` so that the worker ``ttdn run_huey`` registers them.
"""

from huey.contrib.djhuey import db_periodic_task

from ttdn.core.schedules import schedule
from ttdn.monitoring import digest, flags, responses


@db_periodic_task(schedule("monitoring.volume_sweep"))
def sweep_volume() -> int:
    """Flag today's sudden rises in volume; how many flags are new."""
    return len(flags.volume_sweep())


@db_periodic_task(schedule("monitoring.overdue_sweep"))
def sweep_overdue_responses() -> int:
    """Tell the responsible agencies of overdue responses; how many notifications are new."""
    return responses.overdue_sweep()


@db_periodic_task(schedule("monitoring.digest_daily"))
def send_daily_digest() -> int:
    return digest.digest_send(kind=digest.DAILY)


@db_periodic_task(schedule("monitoring.digest_weekly"))
def send_weekly_digest() -> int:
    return digest.digest_send(kind=digest.WEEKLY)
