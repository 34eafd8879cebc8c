"""The daily job run by two processes at once makes one request per plan and period.

Real concurrency needs a database that lets two connections write at once: PostgreSQL.
On SQLite the race is simulated in test_services.py (the loser's insert is refused)."""

import datetime
import threading

import pytest
from django.db import connection, connections

from ttdn.submissions.models import ReportRequest, Submission
from ttdn.submissions.services import periodic_requests_create

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif("connection.vendor != 'postgresql'", reason="two writers need PostgreSQL"),
]


def test_two_runs_of_the_daily_job_at_once_make_one_request(report_plan, keep_deadlines):
    barrier = threading.Barrier(2)
    made, errors = [], []

    def run():
        try:
            barrier.wait(timeout=30)
            made.append(periodic_requests_create(on=datetime.date(2024, 10, 20)))
        except Exception as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sorted(made) == [0, 1]
    assert ReportRequest.objects.count() == 1
    assert Submission.objects.count() == 2
    assert connection.vendor == "postgresql"
