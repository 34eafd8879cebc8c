#!/usr/bin/env python
"""Time the report-request work (ttdn.submissions, issue 9).

    python benchmarks/submissions.py [--plans 300] [--agencies 40] [--tasks 30] [--runs 5]

A throw-away SQLite database (or ``--database-url`` for PostgreSQL) gets ``--plans``
in-progress plans, each with ``--tasks`` tasks led and coordinated by agencies drawn from
``--agencies``, a reporting deadline of 05/11 and one progress report (with figures) per
task. Then, each the median of ``--runs`` runs:

* the daily job making every plan's yearly request (its agencies' reports included), on a
  fresh set of requests each run, then again when everything exists (the idempotent pass);
* ``open_requests`` and ``missing_submissions`` (the "missing reports" lists) evaluated whole;
* the request list page and one request's page for the coordinator, and the submission form
  for an officer (server time through Django's whole stack, as benchmarks/run.py).

Figures go to docs/benchmarks.md ("Report requests").
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ttdn.settings")
os.environ.setdefault("TTDN_DEVELOPMENT", "1")
os.environ["TTDN_VAR_DIR"] = tempfile.mkdtemp(prefix="ttdn-bench-submissions-")


def _median_ms(fn, runs: int, setup=None) -> float:
    times = []
    for _ in range(runs):
        if setup:
            setup()
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--plans", type=int, default=300)
    parser.add_argument("--agencies", type=int, default=40)
    parser.add_argument("--tasks", type=int, default=30)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--database-url", default="")
    args = parser.parse_args()
    if args.database_url:
        os.environ["DATABASE_URL"] = args.database_url
    else:
        os.environ.pop("DATABASE_URL", None)

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()
    from django.test.utils import get_runner  # noqa: F401  (settings for the test client)

    if args.database_url:
        connection.creation.create_test_db(verbosity=0, autoclobber=True)
    else:
        call_command("migrate", verbosity=0)

    from ttdn.accounts.models import Membership, User
    from ttdn.directory.models import Agency
    from ttdn.plans.models import AssignmentRole, Plan, Task, TaskAssignment
    from ttdn.submissions import selectors, services
    from ttdn.submissions.models import ReportRequest
    from ttdn.tracking.models import ProgressUpdate

    year = 2024
    on = datetime.date(year, 10, 20)
    agencies = Agency.objects.bulk_create(
        [Agency(name=f"Sở thử nghiệm số {i} tỉnh Đồng Nai") for i in range(args.agencies)]
    )
    coordinator = User.objects.create_user("bench_coord", password="x", role="coordinator")
    officer = User.objects.create_user("bench_officer", password="x", role="officer")
    Membership.objects.create(user=officer, agency=agencies[0])
    plans = Plan.objects.bulk_create(
        [
            Plan(
                title=f"Kế hoạch thông tin đối ngoại thử nghiệm {i}",
                period_start=year,
                period_end=year,
                status="in_progress",
                report_deadline_text="trước ngày 05 tháng 11 hàng năm",
                report_deadline_month=11,
                report_deadline_day=5,
            )
            for i in range(args.plans)
        ]
    )
    tasks = Task.objects.bulk_create(
        [
            Task(plan=plan, order=t, text=f"Nhiệm vụ {t}", status="in_progress", percent=50)
            for plan in plans
            for t in range(args.tasks)
        ]
    )
    assignments, updates = [], []
    for n, task in enumerate(tasks):
        lead = agencies[n % len(agencies)]
        other = agencies[(n * 7 + 3) % len(agencies)]
        assignments.append(TaskAssignment(task=task, agency=lead, role=AssignmentRole.LEAD))
        if other.pk != lead.pk:
            assignments.append(
                TaskAssignment(task=task, agency=other, role=AssignmentRole.COORDINATING)
            )
        updates.append(
            ProgressUpdate(
                task=task,
                agency=lead,
                status="in_progress",
                percent=50,
                narrative="Đang thực hiện",
                figures={"Số tin bài": 3, "Số lớp tập huấn": 1},
                period_end=datetime.date(year, 9, 30),
            )
        )
    TaskAssignment.objects.bulk_create(assignments)
    ProgressUpdate.objects.bulk_create(updates)

    def clear():
        ReportRequest.objects.all().delete()

    create = _median_ms(lambda: services.periodic_requests_create(on=on), args.runs, clear)
    services.periodic_requests_create(on=on)
    again = _median_ms(lambda: services.periodic_requests_create(on=on), args.runs)
    requests = ReportRequest.objects.count()
    submissions = sum(r.submissions.count() for r in ReportRequest.objects.all()[:1]) * requests
    open_ms = _median_ms(
        lambda: [len(r.missing) for r in selectors.open_requests(on=datetime.date(year, 11, 1))],
        args.runs,
    )
    missing_ms = _median_ms(
        lambda: list(selectors.missing_submissions(on=datetime.date(year, 11, 1))), args.runs
    )
    client = Client()
    client.force_login(coordinator)
    first = ReportRequest.objects.order_by("pk").first()
    list_ms = _median_ms(lambda: client.get("/requests/"), args.runs)
    page_ms = _median_ms(lambda: client.get(f"/requests/{first.pk}/"), args.runs)
    officer_client = Client()
    officer_client.force_login(officer)
    mine = first.submissions.get(agency=agencies[0])
    form_ms = _median_ms(lambda: officer_client.get(f"/requests/reports/{mine.pk}/"), args.runs)

    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores")
    print(f"load average: {os.getloadavg()}")
    print(f"database: {connection.vendor}")
    print(
        f"data: {args.plans} plans × {args.tasks} tasks, {args.agencies} agencies, "
        f"{len(updates)} progress updates; {requests} requests, ~{submissions} reports"
    )
    print(f"daily job, making every request: {create:.0f} ms (median of {args.runs})")
    print(f"daily job, everything exists:    {again:.0f} ms")
    print(f"open_requests (whole list):       {open_ms:.0f} ms")
    print(f"missing_submissions (whole list): {missing_ms:.0f} ms")
    print(f"request list page:                {list_ms:.0f} ms")
    print(f"one request's page:               {page_ms:.0f} ms")
    print(f"submission form ({args.tasks} tasks): {form_ms:.0f} ms")
    if args.database_url:
        connection.creation.destroy_test_db(connection.settings_dict["NAME"], verbosity=0)


if __name__ == "__main__":
    main()
