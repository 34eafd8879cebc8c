"""Background work of monitoring (docs/decisions/0008, 0031). Tasks take ids and call one
service.

``sweep_sources`` runs on the schedule ``monitoring.sweep_sources`` (settings.TTDN_SCHEDULES,
every minute) in the worker ``ttdn run_huey``: it queues one ``fetch_source`` job per due
source. With no source nothing is ever fetched. ``fetch_source`` is a django.tasks task, so
the same code runs on the embedded SQLite queue and on Redis with workers on several
machines; a source's fetch is claimed with a lease, so two workers never fetch it at once.
"""

from django.tasks import task
from huey.contrib.djhuey import db_periodic_task

from ttdn.core.schedules import schedule
from ttdn.monitoring.ingest import services as ingest


@task
def fetch_source(source_id: int) -> int:
    """Fetch one source; returns how many new articles were stored."""
    return ingest.source_fetch(source_id).stored


@db_periodic_task(schedule("monitoring.sweep_sources"))
def sweep_sources() -> int:
    """Every minute: queue a fetch of each source that is due; returns how many."""
    return len(ingest.sources_sweep())
