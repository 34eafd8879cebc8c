"""Background work for imports. Tasks take IDs and call plain functions in services.

``run_import_job`` is a django.tasks task (the TASKS backend runs it on huey, after the
upload's transaction commits). ``cleanup_stale_imports`` is a huey periodic task: the
consumer (``ttdn run_huey``) runs it every night; with ``HUEY_IMMEDIATE`` there is no
consumer and no schedule, but calling it runs the same code.
"""

from django.tasks import task
from huey import crontab
from huey.contrib.djhuey import db_periodic_task

from ttdn.importer import services


@task
def run_import_job(job_id: str) -> str:
    """Read and analyse one uploaded document; returns the job's status afterwards."""
    return services.import_job_run(job_id)


@db_periodic_task(crontab(hour="3", minute="15"))
def cleanup_stale_imports() -> int:
    """Every night: delete the files of imports left unconfirmed (TTDN_IMPORT_KEEP_DAYS)."""
    return services.import_jobs_cleanup()
