"""Ingestion through a real huey consumer: the same code on the embedded SQLite queue and
on Redis (``HUEY_REDIS_URL=redis://127.0.0.1:6379/0``; CI runs this module both ways).

The periodic sweep is put on the queue, a consumer (worker threads, as ``ttdn run_huey``
starts them) takes it, the sweep queues one ``fetch_source`` job per due source through
django.tasks' huey backend, the consumer runs them against the local press server. A
failing source (a malformed feed) ends in error while the others' articles are all
stored. The wait has a deadline only so that a broken build fails instead of hanging.
"""

import threading

import pytest
from django.db import connection
from huey.contrib.djhuey import HUEY
from huey.signals import SIGNAL_COMPLETE, SIGNAL_ERROR

from ttdn.monitoring.models import Article, Source, SourceState, Story
from ttdn.monitoring.tasks import sweep_sources

from .test_ingest_pipeline import OUTLETS, make_source

DEADLINE_SECONDS = 90


def _workers() -> int:
    # The test database on SQLite is in memory with a shared cache, where two writers fail
    # at once instead of waiting: one worker thread there, two on PostgreSQL.
    return 1 if connection.vendor == "sqlite" else 2


@pytest.mark.django_db(transaction=True)
def test_a_real_consumer_sweeps_and_fetches_every_source(press_server, make_user, settings):
    settings.TASKS = {
        "default": {
            "BACKEND": "huey.contrib.djhuey.tasks_backend.HueyBackend",
            "OPTIONS": {"enqueue_on_commit": True},
        }
    }
    assert not HUEY.immediate
    HUEY.flush()
    actor = make_user("press", "press")
    press_server.route(
        "/broken/rss.xml",
        body="<rss><channel><item><title>hỏng",
        headers={"Content-Type": "application/rss+xml"},
    )
    broken = make_source(
        press_server,
        actor,
        "baodongnai",
        name="Hỏng",
        feed_urls=[press_server.url("/broken/rss.xml")],
    )
    sources = [make_source(press_server, actor, outlet) for outlet in OUTLETS]
    ids = [broken.pk, *(s.pk for s in sources)]

    finished = []
    all_done = threading.Event()

    def on_finish(signal_name, task, *args, **kwargs):  # in the worker thread
        # django.tasks jobs run in huey as "djtasks.run" with the task's path first
        if task.args and str(task.args[0]).endswith("tasks.fetch_source"):
            finished.append(signal_name)
            if len(finished) == len(ids):
                all_done.set()

    HUEY.signal(SIGNAL_COMPLETE, SIGNAL_ERROR)(on_finish)
    sweep_sources()  # not immediate: this puts the sweep on the queue
    assert HUEY.pending_count() == 1
    consumer = HUEY.create_consumer(
        workers=_workers(), worker_type="thread", periodic=False, check_worker_health=False
    )
    consumer.start()
    try:
        # The main thread does not touch the database until the jobs are done.
        assert all_done.wait(DEADLINE_SECONDS), finished
    finally:
        consumer.stop(graceful=True)
        HUEY.disconnect_signal(on_finish)
        HUEY.flush()
    assert finished == [SIGNAL_COMPLETE] * len(ids)

    assert Article.objects.count() == 10
    assert Story.objects.count() == 8
    broken.refresh_from_db()
    assert (broken.state, broken.last_error_code) == (SourceState.ERROR, "bad_feed")
    assert set(Source.objects.exclude(pk=broken.pk).values_list("state", flat=True)) == {
        SourceState.OK
    }
    assert not Source.objects.filter(fetching_since__isnull=False).exists()
