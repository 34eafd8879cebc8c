#!/usr/bin/env python
"""Time the reminder sweep over 100,000 tasks (issue 9: under 10 s).

    TTDN_VAR_DIR=var/bench-urging python benchmarks/reminder_sweep.py [--tasks 100000] [--runs 5]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ttdn_bench python benchmarks/reminder_sweep.py

The database (an empty one: the script migrates it and refuses one holding plans unless
``--force``) gets one province's plans written with ``bulk_create``: 150 agencies with two
officers each, five leaders, 1,000 plans in progress with 100 tasks each, each task led by
one agency and coordinated by one or two others, next deadlines spread over two years around
today (so about half are late) and a tenth done. The stored derived state is written as
tracking would (status, next deadline); the sweep only reads it.

A first sweep (yesterday) finds every event of its catch-up days new (the day the
feature is switched on). Then each run sweeps the next day (``today``, ``today + 1`` …),
as the first sweep of a morning does: it finds that day's events (the catch-up days'
ones were handled by the sweep of the day before and are skipped) and inserts their notifications and
e-mail deliveries; the median of ``--runs`` runs is reported, with the numbers of events
and notifications. E-mails are not sent (the job the sweep enqueues goes to a dummy
backend); their deliveries are inserted as in production. A second sweep of the same day (nothing new to insert) is timed as well.
"""

from __future__ import annotations

import argparse
import datetime
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ttdn.settings")
os.environ.setdefault("TTDN_DEVELOPMENT", "1")


def fill(tasks: int, seed: int) -> None:
    from django.db import transaction

    from ttdn.accounts.models import Membership, User
    from ttdn.directory.models import Agency
    from ttdn.plans.models import Plan, Task, TaskAssignment

    rng = random.Random(seed)
    today = datetime.date.today()
    per_plan = 100
    with transaction.atomic():
        agencies = Agency.objects.bulk_create(
            Agency(name=f"Cơ quan thử nghiệm số {i}", name_folded=f"co quan thu nghiem so {i}")
            for i in range(150)
        )
        users = User.objects.bulk_create(
            User(username=f"bench_officer_{a.pk}_{j}", email=f"o{a.pk}.{j}@example.org")
            for a in agencies
            for j in range(2)
        )
        Membership.objects.bulk_create(
            Membership(user=u, agency=agencies[i // 2]) for i, u in enumerate(users)
        )
        User.objects.bulk_create(
            User(username=f"bench_leader_{i}", role="leader", email=f"l{i}@example.org")
            for i in range(5)
        )
        plans = Plan.objects.bulk_create(
            Plan(
                title=f"Kế hoạch thông tin đối ngoại thử nghiệm {i}",
                number=f"{i}/KH-UBND",
                period_start=today.year - 1,
                period_end=today.year + 1,
                status="in_progress",
            )
            for i in range(max(tasks // per_plan, 1))
        )
        batch: list[Task] = []
        for i in range(tasks):
            deadline = today + datetime.timedelta(days=rng.randint(-365, 365))
            done = rng.random() < 0.1
            batch.append(
                Task(
                    plan=plans[i // per_plan],
                    order=i % per_plan,
                    text=f"Tổ chức hoạt động thông tin đối ngoại số {i}",
                    status="done" if done else ("late" if deadline < today else "in_progress"),
                    next_deadline=None if done else deadline,
                )
            )
        created = Task.objects.bulk_create(batch, batch_size=5000)
        assignments = []
        for task in created:
            picks = rng.sample(agencies, 3)
            assignments.append(TaskAssignment(task=task, agency=picks[0], role="lead"))
            for other in picks[1 : 1 + rng.randint(1, 2)]:
                assignments.append(TaskAssignment(task=task, agency=other, role="coordinating"))
        TaskAssignment.objects.bulk_create(assignments, batch_size=10000)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--force", action="store_true")
    args = parser.parse_args()

    import django

    django.setup()
    from django.conf import settings

    # The sweep is measured, not the sending of e-mails: the job it enqueues goes nowhere.
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    from django.core.management import call_command
    from django.db import connection

    from ttdn.notifications.models import Delivery, Notification
    from ttdn.plans.models import Plan, Task
    from ttdn.urging.models import SweepRun
    from ttdn.urging.services import reminders_sweep

    call_command("migrate", verbosity=0)
    if Plan.objects.exists() and not (args.force or Task.objects.count() == args.tasks):
        sys.exit("The database already holds plans; use an empty one (or --force).")
    if not Task.objects.exists():
        started = time.perf_counter()
        fill(args.tasks, args.seed)
        print(f"filled {args.tasks} tasks in {time.perf_counter() - started:.1f} s", flush=True)
    Notification.objects.all().delete()
    Delivery.objects.all().delete()
    SweepRun.objects.all().delete()
    today = datetime.date.today()

    def sweep(day):
        started = time.perf_counter()
        run = reminders_sweep(today=day)
        return time.perf_counter() - started, run

    # The very first sweep: every event of the catch-up days is new.
    first, run = sweep(today - datetime.timedelta(days=1))
    print(
        f"first sweep: {first:.2f} s, {run.events} events, {run.notifications_created} notifications"
    )
    times, repeats = [], []
    for n in range(args.runs):
        day = today + datetime.timedelta(days=n)
        seconds, run = sweep(day)
        times.append(seconds)
        again, rerun = sweep(day)
        repeats.append(again)
        assert rerun.notifications_created == 0
        print(
            f"{day}: {seconds:.2f} s (repeat {again:.2f} s), "
            f"{run.tasks_considered} tasks considered, {run.events} events "
            f"({run.summary['already_notified']} already notified), "
            f"{run.notifications_created} notifications",
            flush=True,
        )
    load = os.getloadavg()
    print(
        f"{connection.vendor}: {args.tasks} tasks; daily sweep median "
        f"{statistics.median(times):.2f} s (min {min(times):.2f}, max {max(times):.2f}); "
        f"repeat median {statistics.median(repeats):.2f} s; first sweep {first:.2f} s; "
        f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}"
    )


if __name__ == "__main__":
    main()
