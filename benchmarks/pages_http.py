#!/usr/bin/env python
"""Time the everyday pages over HTTP, served by gunicorn, on a large database.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ttdn_national \\
        python benchmarks/pages_http.py [--runs 3] [--repeat 20] [--warmup 3] [--json FILE]

Unlike ``benchmarks/run.py`` (Django's test client in-process), this starts gunicorn
with production-like settings (``benchmarks/server.py``: DEBUG off, no development
mode, a secret key, loopback only) and sends real HTTP requests with ``requests``
after a real login, one at a time. Each run: warm-up requests per scenario, then
``--repeat`` round-robin rounds (one request of every scenario each). Reported per
scenario: the median over the runs of each run's p50 and p95 (nearest rank), in ms,
against the targets of issue 8 (150 ms at national scale; 100 ms for the plan and
home pages at province scale). The data must come from ``benchmarks/national.py``
(its ``bench_*`` logins, password ``bench``).
"""

from __future__ import annotations

import argparse
import datetime
import json
import math
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
for p in (str(ROOT / "src"), str(HERE)):
    if p not in sys.path:
        sys.path.insert(0, p)
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ttdn.settings")
os.environ.setdefault("TTDN_DEVELOPMENT", "1")

PASSWORD = "bench"  # noqa: S105 (the generated benchmark logins)


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[max(1, math.ceil(pct / 100 * len(ordered))) - 1]


def scenarios() -> list[dict]:
    """(name, title, url, user) of each page, chosen from the data (Django ORM, read only)."""
    import django

    django.setup()
    from django.db.models import Count

    from ttdn.accounts.models import User
    from ttdn.plans.models import Plan, Task
    from ttdn.tracking.models import ProgressUpdate

    officer = User.objects.get(username="bench_officer")
    agency_id = officer.memberships.values_list("agency_id", flat=True).first()
    this_year = datetime.date.today().year  # noqa: DTZ011
    province_plan = (
        Plan.objects.filter(level="province", period_start=this_year, issuer__members=officer)
        .values_list("pk", flat=True)
        .first()
    ) or (
        Plan.objects.filter(level="province", period_start=this_year)
        .order_by("pk")
        .values_list("pk", flat=True)
        .first()
    )
    n_tasks = Task.objects.filter(plan_id=province_plan).count()
    # A task of that plan with many reports.
    task = (
        ProgressUpdate.objects.filter(task__plan_id=province_plan)
        .values("task_id")
        .annotate(n=Count("id"))
        .order_by("-n", "task_id")
        .first()
    )
    task_id = task["task_id"] if task else Task.objects.filter(plan_id=province_plan).first().pk
    return [
        {
            "name": "plan_page",
            "title": f"Plan page ({n_tasks} tasks)",
            "url": f"/plans/{province_plan}/",
            "user": "bench_coordinator",
            "target": "plan",
        },
        {
            "name": "agency_page",
            "title": "Agency page (busiest agency)",
            "url": f"/agencies/{agency_id}/",
            "user": "bench_officer",
            "target": "other",
        },
        {
            "name": "task_page",
            "title": "Task page (most reports)",
            "url": f"/tasks/{task_id}/",
            "user": "bench_coordinator",
            "target": "other",
        },
        {
            "name": "tasks_late",
            "title": f"Task list: late, {this_year}",
            "url": f"/tasks/?status=late&year={this_year}",
            "user": "bench_coordinator",
            "target": "other",
        },
        {
            "name": "tasks_search",
            "title": "Task list: search “tap huan”",
            "url": "/tasks/?q=tap+huan",
            "user": "bench_coordinator",
            "target": "other",
        },
        {
            "name": "home_officer",
            "title": "Home page, officer",
            "url": "/",
            "user": "bench_officer",
            "target": "home",
        },
        {
            "name": "home_coordinator",
            "title": "Home page, coordinator",
            "url": "/",
            "user": "bench_coordinator",
            "target": "home",
        },
        {
            "name": "home_leader",
            "title": "Home page, leader",
            "url": "/",
            "user": "bench_leader",
            "target": "home",
        },
        {
            "name": "api_plans",
            "title": f"API: plans of {this_year}",
            "url": f"/api/v1/plans?year={this_year}",
            "user": "bench_coordinator",
            "target": "other",
        },
        {
            "name": "api_plan_tasks",
            "title": "API: tasks of a plan",
            "url": f"/api/v1/plans/{province_plan}/tasks",
            "user": "bench_coordinator",
            "target": "other",
        },
    ]


def login(base: str, username: str):
    import requests

    session = requests.Session()
    session.get(f"{base}/accounts/login/", timeout=30)
    r = session.post(
        f"{base}/accounts/login/",
        data={
            "username": username,
            "password": PASSWORD,
            "csrfmiddlewaretoken": session.cookies.get("csrftoken", ""),
        },
        headers={"Referer": f"{base}/accounts/login/"},
        allow_redirects=False,
        timeout=30,
    )
    if r.status_code != 302:
        raise RuntimeError(f"login of {username} failed: HTTP {r.status_code}")
    return session


def one_run(base: str, chosen: list[dict], *, repeat: int, warmup: int) -> dict[str, dict]:
    sessions = {u: login(base, u) for u in sorted({s["user"] for s in chosen})}
    sizes = {}
    for s in chosen:
        for _ in range(warmup):
            r = sessions[s["user"]].get(base + s["url"], timeout=60)
            if r.status_code != 200:
                raise RuntimeError(f"{s['url']} as {s['user']}: HTTP {r.status_code}")
            sizes[s["name"]] = len(r.content)
    samples: dict[str, list[float]] = {s["name"]: [] for s in chosen}
    for _ in range(repeat):
        for s in chosen:
            started = time.perf_counter()
            r = sessions[s["user"]].get(base + s["url"], timeout=60)
            elapsed = (time.perf_counter() - started) * 1000
            if r.status_code != 200:
                raise RuntimeError(f"{s['url']} as {s['user']}: HTTP {r.status_code}")
            samples[s["name"]].append(elapsed)
    return {
        name: {
            "p50": round(statistics.median(v), 1),
            "p95": round(percentile(v, 95), 1),
            "max": round(max(v), 1),
            "bytes": sizes.get(name),
            "samples": [round(x, 1) for x in v],
        }
        for name, v in samples.items()
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--only", nargs="+", metavar="NAME")
    parser.add_argument(
        "--scale",
        choices=["national", "province"],
        default="national",
        help="which targets apply (default national)",
    )
    parser.add_argument(
        "--var-dir", default="/tmp/ttdn-bench-http", help="scratch TTDN_VAR_DIR for gunicorn"
    )
    parser.add_argument("--json", metavar="FILE")
    args = parser.parse_args(argv)
    database_url = os.environ.get("DATABASE_URL")
    if not database_url or not database_url.startswith("postgres"):
        sys.exit("Set DATABASE_URL to the PostgreSQL database filled by benchmarks/national.py")

    from server import Gunicorn

    chosen = [s for s in scenarios() if not args.only or s["name"] in args.only]
    load_before = [round(x, 2) for x in os.getloadavg()]
    runs = []
    with Gunicorn(database_url, var_dir=Path(args.var_dir)) as server:
        for i in range(args.runs):
            runs.append(one_run(server.url, chosen, repeat=args.repeat, warmup=args.warmup))
            print(f"run {i + 1}/{args.runs} done; load {os.getloadavg()[0]:.2f}", flush=True)
        workers = server.workers
    load_after = [round(x, 2) for x in os.getloadavg()]
    targets = {
        "national": {"plan": 150, "home": 150, "other": 150},
        "province": {"plan": 100, "home": 100, "other": 150},
    }[args.scale]
    rows = []
    print()
    print("| Page | URL | As | p50 ms | p95 ms | target p95 | KiB | met |")
    print("|---|---|---|---:|---:|---:|---:|---|")
    for s in chosen:
        p50 = statistics.median(r[s["name"]]["p50"] for r in runs)
        p95 = statistics.median(r[s["name"]]["p95"] for r in runs)
        target = targets[s["target"]]
        size = runs[-1][s["name"]]["bytes"] or 0
        rows.append(
            {
                **s,
                "p50": p50,
                "p95": p95,
                "target_p95": target,
                "met": p95 < target,
                "runs": runs and [r[s["name"]] for r in runs],
            }
        )
        print(
            f"| {s['title']} | `{s['url']}` | {s['user']} | {p50:.1f} | {p95:.1f} | {target} | "
            f"{size / 1024:.0f} | {'yes' if p95 < target else '**no**'} |"
        )
    print(
        f"\n{args.runs} runs × ({args.warmup} warm-up + {args.repeat} timed) per page; gunicorn "
        f"{workers} sync workers; load average before {load_before}, after {load_after}."
    )
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "date": datetime.datetime.now().isoformat(timespec="seconds"),  # noqa: DTZ005
                    "database": database_url.rsplit("/", 1)[-1],
                    "scale": args.scale,
                    "runs": args.runs,
                    "repeat": args.repeat,
                    "warmup": args.warmup,
                    "workers": workers,
                    "cores": os.cpu_count(),
                    "load_before": load_before,
                    "load_after": load_after,
                    "pages": rows,
                },
                indent=1,
                ensure_ascii=False,
            )
        )
    return 0 if all(r["met"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
