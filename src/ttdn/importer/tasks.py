"""Background work for imports. Tasks take IDs and call plain functions in services.

``run_import_job`` is a django.tasks task (the TASKS backend runs it on huey, after the
upload's transaction commits). ``cleanup_stale_imports`` is a huey periodic task: the
consumer (``ttdn run_huey``) runs it every night; with ``HUEY_IMMEDIATE`` there is no
consumer and no schedule, but calling it runs the same code. ``sweep_import_jobs`` runs
every minute, and once as soon as a consumer starts (huey checks its schedules on start):
it recovers jobs whose worker died (docs/decisions/0013-job-leases.md).
"""

from django.tasks import task
from huey.contrib.djhuey import db_periodic_task, signal
from huey.signals import SIGNAL_INTERRUPTED

from ttdn.core.schedules import schedule
from ttdn.importer import services


@task
def run_import_job(job_id: str) -> str:
    """Read and analyse one uploaded document; returns the job's status afterwards."""
    return services.import_job_run(job_id)


@db_periodic_task(schedule("importer.cleanup"))
def cleanup_stale_imports() -> int:
    """Every night: delete the files of imports left unconfirmed (TTDN_IMPORT_KEEP_DAYS)."""
    return services.import_jobs_cleanup()


@db_periodic_task(schedule("importer.sweep_jobs"))
def sweep_import_jobs() -> int:
    """Every minute: queue again (or fail) imports whose worker died; resend lost messages."""
    return services.import_jobs_sweep()


@signal(SIGNAL_INTERRUPTED)
def release_interrupted_import(signal_name, huey_task, *args, **kwargs) -> None:
    """A consumer stopped by SIGTERM abandons the tasks it was running: end the lease of an
    import among them now, so the next sweep (a restarted consumer runs one at once) reads it
    again without waiting for the lease to run out."""
    task_path, task_args = [*(getattr(huey_task, "args", None) or ()), None, None][:2]
    if task_path == run_import_job.module_path and task_args:
        services.import_job_release(task_args[0])
