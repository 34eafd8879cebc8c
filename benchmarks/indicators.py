#!/usr/bin/env python
"""The indicators of a province-year: 50,000 activities, 2,000 tasks, budgets.

    python benchmarks/indicators.py [--activities 50000] [--tasks 2000] [--agencies 80]
        [--runs 7]

Builds the data in a throwaway SQLite database (``DATABASE_URL`` to use PostgreSQL
instead: the rows are written, measured, and left for a second run to reuse the unit):
a province with its agencies, one plan of 2024 with its tasks (deadlines, leads, stored
states), ``--activities`` activities of every register over the year (one in two linked
to a task, one in five shared with a second agency; publications with languages and
copies, trainings with attendees), portal items per agency, language and month, and per
agency an approved estimate of 20 lines with 100 spendings. Rows are written with
``bulk_create`` (no audit).

Then times ``indicators.selectors.indicators_for`` ``--runs`` times for the province's
year (``unit_id``), the plan's year (``plan_id``) and one agency's year, and prints the
median and spread of each (target: under 500 ms) with the load average. See
docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ttdn.settings")
os.environ.setdefault("TTDN_DEVELOPMENT", "1")
if not os.environ.get("DATABASE_URL"):
    os.environ["TTDN_VAR_DIR"] = tempfile.mkdtemp(prefix="ttdn-bench-indicators-")

YEAR = 2024
BATCH = 2000


def build(*, activities: int, tasks: int, agencies: int, seed: int = 1):
    from ttdn.activities.models import (
        VARIANTS,
        Activity,
        Kind,
        Language,
        PortalContent,
    )
    from ttdn.budget.models import Estimate, EstimateLine, EstimateStatus, Spending
    from ttdn.directory.models import AdministrativeUnit, Agency
    from ttdn.plans.models import Plan, Task, TaskAssignment, TaskDeadline

    rng = random.Random(seed)
    province = AdministrativeUnit.objects.create(
        level="province", code=f"B{rng.randint(10000, 99999)}", name="Tỉnh Benchmark"
    )
    agency_rows = Agency.objects.bulk_create(
        Agency(name=f"Sở benchmark {i} {province.code}", kind="department", unit=province)
        for i in range(agencies)
    )
    plan = Plan.objects.create(
        title="Kế hoạch TTĐN benchmark",
        number=f"{province.code}/KH-UBND",
        period_start=YEAR,
        period_end=YEAR,
        unit=province,
        status="in_progress",
    )
    statuses = ["not_started", "in_progress", "done", "late", "cancelled"]
    task_rows = []
    for i in range(tasks):
        deadline = dt.date(YEAR, rng.randint(1, 12), 28)
        task_rows.append(
            Task(
                plan=plan,
                order=i,
                text=f"Nhiệm vụ {i}",
                status=rng.choice(statuses),
                next_deadline=deadline,
                final_deadline=deadline,
            )
        )
    task_rows = Task.objects.bulk_create(task_rows, batch_size=BATCH)
    TaskDeadline.objects.bulk_create(
        (TaskDeadline(task=t, due_date=t.final_deadline) for t in task_rows), batch_size=BATCH
    )
    TaskAssignment.objects.bulk_create(
        (
            TaskAssignment(task=t, agency=agency_rows[i % agencies], role="lead")
            for i, t in enumerate(task_rows)
        ),
        batch_size=BATCH,
    )
    kinds = list(Kind.values)
    languages = list(Language.values)
    rows = []
    for i in range(activities):
        kind = kinds[i % len(kinds)]
        variants = VARIANTS.get(kind)
        rows.append(
            Activity(
                kind=kind,
                variant=rng.choice(variants.values) if variants else "",
                title=f"Hoạt động {i}",
                agency=agency_rows[rng.randrange(agencies)],
                start_date=dt.date(YEAR, 1, 1) + dt.timedelta(days=rng.randrange(366)),
                confidential=i % 50 == 0,
                language=rng.choice(languages) if kind == Kind.PUBLICATIONS else "",
                copies=rng.randint(100, 5000) if kind == Kind.PUBLICATIONS else None,
                reporters_count=rng.randint(1, 8) if kind == Kind.FOREIGN_REPORTERS else None,
                attendees_leaders=rng.randint(0, 20) if kind == Kind.TRAININGS else None,
                attendees_officials=rng.randint(0, 80) if kind == Kind.TRAININGS else None,
            )
        )
    rows = Activity.objects.bulk_create(rows, batch_size=BATCH)
    links = Activity.tasks.through
    links.objects.bulk_create(
        (
            links(activity_id=a.pk, task_id=task_rows[rng.randrange(tasks)].pk)
            for a in rows
            if rng.random() < 0.5
        ),
        batch_size=BATCH,
    )
    shared = Activity.agencies.through
    shared.objects.bulk_create(
        (
            shared(activity_id=a.pk, agency_id=agency_rows[rng.randrange(agencies)].pk)
            for i, a in enumerate(rows)
            if i % 5 == 0
        ),
        batch_size=BATCH,
        ignore_conflicts=True,
    )
    PortalContent.objects.bulk_create(
        (
            PortalContent(
                agency=agency,
                language=language,
                month=dt.date(YEAR, m, 1),
                items=rng.randint(1, 40),
            )
            for agency in agency_rows[:20]
            for language in ("en", "zh", "ko")
            for m in range(1, 13)
        ),
        batch_size=BATCH,
    )
    estimates = Estimate.objects.bulk_create(
        Estimate(plan=plan, agency=agency, year=YEAR, status=EstimateStatus.DRAFT)
        for agency in agency_rows
    )
    lines = EstimateLine.objects.bulk_create(
        (
            EstimateLine(
                estimate=estimate,
                order=j,
                description=f"Dòng {j}",
                quantity=1,
                unit_cost=Decimal(rng.randint(1, 90) * 1_000_000),
                amount=Decimal(0),
                approved_amount=Decimal(rng.randint(1, 90) * 1_000_000),
            )
            for estimate in estimates
            for j in range(20)
        ),
        batch_size=BATCH,
    )
    Estimate.objects.filter(pk__in=[e.pk for e in estimates]).update(status=EstimateStatus.APPROVED)
    Spending.objects.bulk_create(
        (
            Spending(
                line=line,
                agency_id=line.estimate.agency_id,
                day=dt.date(YEAR, 1, 1) + dt.timedelta(days=rng.randrange(366)),
                amount=Decimal(rng.randint(1, 500) * 10_000),
            )
            for line in lines
            for _k in range(5)
        ),
        batch_size=BATCH,
    )
    return province, plan, agency_rows


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--activities", type=int, default=50_000)
    parser.add_argument("--tasks", type=int, default=2_000)
    parser.add_argument("--agencies", type=int, default=80)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from ttdn.core.indicators import IndicatorScope
    from ttdn.indicators.selectors import indicators_for

    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    province, plan, agencies = build(
        activities=args.activities, tasks=args.tasks, agencies=args.agencies
    )
    print(f"built in {time.perf_counter() - started:.1f} s on {connection.vendor}")
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    year = (dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31))
    scopes = {
        "province-year (unit)": IndicatorScope(*year, unit_id=province.pk),
        "plan-year (plan)": IndicatorScope(*year, plan_id=plan.pk),
        "one agency-year": IndicatorScope(*year, agency_ids={agencies[0].pk}),
    }
    for name, scope in scopes.items():
        indicators_for(scope)  # warm
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            figures = indicators_for(scope, today=dt.date(YEAR + 1, 1, 15))
            times.append((time.perf_counter() - t0) * 1000)
        values = {i.code: i.value for i in figures}
        print(
            f"{name:<22} median {statistics.median(times):7.1f} ms  "
            f"min {min(times):7.1f}  max {max(times):7.1f}  "
            f"(activities counted: {values.get('trainings', 0)} trainings, "
            f"{values.get('publications.copies', 0)} copies; tasks {values.get('tasks.total')}; "
            f"spent {values.get('budget.spent')})"
        )
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
