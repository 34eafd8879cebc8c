#!/usr/bin/env python
"""Time the activity registers' counts and list pages at a province-year's size (issue 10).

    python benchmarks/activities.py [--activities 50000] [--agencies 120] [--runs 20]
        [--database-url postgres://postgres@127.0.0.1:5432/ttdn_bench]

A throw-away SQLite database (or ``--database-url`` for PostgreSQL: a test database is
created next to it and dropped) gets a province with districts, ``--agencies`` agencies,
one in-progress plan with 200 tasks, and ``--activities`` activities of every register
spread over one year (a quarter of them shared with a second agency, half linked to a
task, 2% confidential), plus portal figures per agency, language and month. Then:

* ``activity_indicators`` for the province-year, for one agency, and for the plan
  (median and p95 of ``--runs``; target: under 500 ms for all indicators);
* the list pages through Django's whole stack (test client): the biggest register as
  the coordinator, page 1 and a later page, searched, and filtered by agency as an
  officer (p95; target: under 100 ms).

Figures go to docs/benchmarks.md ("Activity registers").
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ttdn.settings")
os.environ.setdefault("TTDN_DEVELOPMENT", "1")
os.environ["TTDN_VAR_DIR"] = tempfile.mkdtemp(prefix="ttdn-bench-activities-")

YEAR = 2026


def _times(fn, runs: int) -> tuple[float, float]:
    fn()  # warm caches; not counted
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[min(len(times) - 1, round(0.95 * (len(times) - 1)))]
    return statistics.median(times), p95


def _build(args) -> dict:
    from ttdn.accounts.models import Membership, User
    from ttdn.activities.models import (
        ATTENDEE_GROUPS,
        STATUSES,
        VARIANTS,
        Activity,
        Kind,
        Language,
        PortalContent,
    )
    from ttdn.activities.services import SEARCH_KIND, _search_text
    from ttdn.core import search
    from ttdn.directory.models import AdministrativeUnit, Agency
    from ttdn.plans.models import AssignmentRole, Plan, Task, TaskAssignment

    rng = random.Random(10)  # noqa: S311
    province = AdministrativeUnit.objects.create(
        name="Tỉnh Thử Nghiệm", level="province", code="bench-p"
    )
    districts = [
        AdministrativeUnit.objects.create(
            name=f"Huyện thử nghiệm {i}", level="district", code=f"bench-d{i}", parent=province
        )
        for i in range(10)
    ]
    agencies = Agency.objects.bulk_create(
        [
            Agency(
                name=f"Cơ quan thử nghiệm số {i}",
                name_folded=f"co quan thu nghiem so {i}",
                unit=province if i < args.agencies // 3 else districts[i % 10],
            )
            for i in range(args.agencies)
        ]
    )
    coordinator = User.objects.create_user("bench_coord", password="x", role="coordinator")
    officer = User.objects.create_user("bench_officer", password="x", role="officer")
    Membership.objects.create(user=officer, agency=agencies[0])
    plan = Plan.objects.create(
        title="Kế hoạch thông tin đối ngoại thử nghiệm",
        period_start=YEAR,
        period_end=YEAR,
        status="in_progress",
    )
    tasks = Task.objects.bulk_create(
        [Task(plan=plan, order=t, text=f"Nhiệm vụ thử nghiệm {t}") for t in range(200)]
    )
    TaskAssignment.objects.bulk_create(
        [
            TaskAssignment(task=t, agency=agencies[n % len(agencies)], role=AssignmentRole.LEAD)
            for n, t in enumerate(tasks)
        ]
    )
    kinds = list(Kind.values)
    words = [
        "họp báo",
        "tập huấn",
        "hội chợ",
        "đầu tư",
        "du lịch",
        "văn hóa",
        "báo chí",
        "Hàn Quốc",
    ]
    activities = []
    start = datetime.date(YEAR, 1, 1)
    for i in range(args.activities):
        kind = kinds[i % len(kinds)]
        day = start + datetime.timedelta(days=rng.randrange(365))
        variant = rng.choice(VARIANTS[kind].values) if kind in VARIANTS else ""
        status = rng.choice(STATUSES[kind].values) if kind in STATUSES else ""
        a = Activity(
            kind=kind,
            variant=variant,
            status=status,
            title=f"{rng.choice(words).capitalize()} {rng.choice(words)} số {i}",
            agency=agencies[rng.randrange(len(agencies))],
            start_date=day,
            end_date=day + datetime.timedelta(days=rng.randrange(3)),
            confidential=rng.random() < 0.02,
            language=rng.choice(["en", "ko", "ja", "zh"]) if kind == Kind.PUBLICATIONS else "",
            copies=rng.randrange(100, 2000) if kind == Kind.PUBLICATIONS else None,
            reporters_count=rng.randrange(1, 6) if kind == Kind.FOREIGN_REPORTERS else None,
            created_by=coordinator,
        )
        if kind == Kind.TRAININGS:
            for column, _key, _label in ATTENDEE_GROUPS:
                setattr(a, column, rng.randrange(0, 50))
        activities.append(a)
    Activity.objects.bulk_create(activities, batch_size=2000)
    shared = Activity.agencies.through
    shared.objects.bulk_create(
        [
            shared(activity_id=a.pk, agency_id=agencies[(a.agency_id * 7) % len(agencies)].pk)
            for a in activities[::4]
            if agencies[(a.agency_id * 7) % len(agencies)].pk != a.agency_id
        ],
        batch_size=5000,
    )
    linked = Activity.tasks.through
    linked.objects.bulk_create(
        [linked(activity_id=a.pk, task_id=tasks[a.pk % len(tasks)].pk) for a in activities[::2]],
        batch_size=5000,
    )
    search.index_many(SEARCH_KIND, ((a.pk, _search_text(a)) for a in activities))
    PortalContent.objects.bulk_create(
        [
            PortalContent(
                agency=agency,
                language=language,
                month=datetime.date(YEAR, month, 1),
                items=rng.randrange(1, 40),
            )
            for agency in agencies[:40]
            for language in (Language.EN, Language.KO, Language.JA)
            for month in range(1, 13)
        ]
    )
    return {
        "province": province,
        "agencies": agencies,
        "plan": plan,
        "coordinator": coordinator,
        "officer": officer,
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--activities", type=int, default=50_000)
    parser.add_argument("--agencies", type=int, default=120)
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--database-url", default="")
    parser.add_argument(
        "--keep", action="store_true", help="PostgreSQL: keep the test database, reuse it next time"
    )
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
    from django.urls import NoReverseMatch, reverse

    setup_test_environment()
    if args.database_url:
        connection.creation.create_test_db(verbosity=0, autoclobber=True, keepdb=args.keep)
    else:
        call_command("migrate", verbosity=0)

    from ttdn.activities.indicators import activity_indicators
    from ttdn.activities.models import Activity
    from ttdn.core.indicators import IndicatorScope

    built_at = time.perf_counter()
    data = _existing() if Activity.objects.exists() else _build(args)
    built_ms = (time.perf_counter() - built_at) * 1000
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")

    first, last = datetime.date(YEAR, 1, 1), datetime.date(YEAR, 12, 31)
    scopes = {
        "province-year": IndicatorScope(start=first, end=last, unit_id=data["province"].pk),
        "one agency": IndicatorScope(
            start=first, end=last, agency_ids=frozenset({data["agencies"][0].pk})
        ),
        "the plan": IndicatorScope(start=first, end=last, plan_id=data["plan"].pk),
        "everything": IndicatorScope(start=first, end=last),
    }
    results = {}
    for name, scope in scopes.items():
        results[f"indicators, {name}"] = _times(lambda s=scope: activity_indicators(s), args.runs)

    coordinator = Client()
    coordinator.force_login(data["coordinator"])
    officer = Client()
    officer.force_login(data["officer"])
    agency = data["agencies"][0].pk
    pages = {
        "list page 1 (coordinator)": (coordinator, "/activities/press_conferences/"),
        "list page 50 (coordinator)": (coordinator, "/activities/press_conferences/?page=50"),
        "list searched (coordinator)": (coordinator, "/activities/events/?q=hoi+cho"),
        "list by agency (coordinator)": (coordinator, f"/activities/trainings/?agency={agency}"),
        "list of a plan (coordinator)": (
            coordinator,
            f"/activities/trainings/?plan={data['plan'].pk}",
        ),
        "list page 1 (officer)": (officer, "/activities/press_conferences/"),
        "index (coordinator)": (coordinator, "/activities/"),
        "API list page 1 (coordinator)": (
            coordinator,
            "/api/v1/registers/press_conferences/entries",
        ),
        "API list searched (coordinator)": (
            coordinator,
            "/api/v1/registers/events/entries?q=hoi+cho",
        ),
        "API list by agency (officer)": (
            officer,
            f"/api/v1/registers/trainings/entries?agency={agency}",
        ),
        "API indicators, province-year": (
            coordinator,
            f"/api/v1/indicators?period={YEAR}&unit={data['province'].pk}",
        ),
        "agency page (coordinator)": (coordinator, f"/agencies/{agency}/"),
        "agency page (officer)": (officer, f"/agencies/{agency}/"),
    }
    try:  # the agency page's indicators, loaded after the page (htmx)
        section = reverse("pages:agency_indicators", args=[agency])
    except NoReverseMatch:
        section = ""
    if section:
        pages["agency indicators section (coord.)"] = (coordinator, section)
        pages["agency indicators section (officer)"] = (officer, section)
    for name, (client, url) in pages.items():

        def get(client=client, url=url):
            # The agency page's section is what htmx asks for after the page.
            headers = {"HX-Request": "true"} if url == section else {}
            response = client.get(url, headers=headers)
            assert response.status_code == 200, (url, response.status_code)

        results[name] = _times(get, args.runs)

    if section:
        results.update(_agency_page_interleaved(coordinator, data, agency, args.runs * 2))

    print(f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} cores")
    print(f"load average: {os.getloadavg()}")
    print(f"database: {connection.vendor}")
    print(
        f"data: {args.activities} activities, {args.agencies} agencies, built in "
        f"{built_ms / 1000:.0f} s"
    )
    for name, (median, p95, *runs) in results.items():
        runs = runs[0] if runs else args.runs
        print(f"{name:34} median {median:6.0f} ms   p95 {p95:6.0f} ms   ({runs} runs)")
    if args.database_url and not args.keep:
        connection.creation.destroy_test_db(connection.settings_dict["NAME"], verbosity=0)


def _agency_page_interleaved(client, data, agency_id: int, runs: int) -> dict:
    """The agency page as it is (figures counted by the section's own request) against
    the same page plus the figures counted on its request (what the page did before
    decision 0037), run by turns so that both see the same load."""
    from django.utils import timezone

    from ttdn.directory.models import Agency
    from ttdn.pages.selectors import agency_indicators

    agency = Agency.objects.get(pk=agency_id)
    user = data["coordinator"]
    url = f"/agencies/{agency_id}/"

    def page():
        assert client.get(url).status_code == 200

    def page_with_figures():
        page()
        agency_indicators(user, agency, timezone.localdate())

    page(), page_with_figures()  # warm; not counted
    times: dict[str, list[float]] = {"page": [], "with": []}
    for _ in range(runs):
        for name, fn in (("page", page), ("with", page_with_figures)):
            start = time.perf_counter()
            fn()
            times[name].append((time.perf_counter() - start) * 1000)
    out = {}
    for name, label in (
        ("with", "agency page + figures (by turns)"),
        ("page", "agency page alone (by turns)"),
    ):
        ordered = sorted(times[name])
        p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
        out[label] = (statistics.median(ordered), p95, runs)
    return out


def _existing() -> dict:
    """The data of a kept database (``--keep``)."""
    from ttdn.accounts.models import User
    from ttdn.directory.models import AdministrativeUnit, Agency
    from ttdn.plans.models import Plan

    return {
        "province": AdministrativeUnit.objects.get(code="bench-p"),
        "agencies": list(
            Agency.objects.filter(name__startswith="Cơ quan thử nghiệm").order_by("pk")
        ),
        "plan": Plan.objects.get(title="Kế hoạch thông tin đối ngoại thử nghiệm"),
        "coordinator": User.objects.get(username="bench_coord"),
        "officer": User.objects.get(username="bench_officer"),
    }


if __name__ == "__main__":
    main()
