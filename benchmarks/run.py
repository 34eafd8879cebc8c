#!/usr/bin/env python
"""Measure the server time of the main pages and API lists on a generated database.

    python benchmarks/run.py [--repeat 30] [--warmup 3] [--json results.json] [--only NAME ...]

Requests go through Django's whole stack (middleware, session, view, templates)
in this process with ``django.test.Client`` and ``force_login``; there is no
network and no web server, so the figures are server time only. Each scenario
gets warm-up requests and one request whose SQL queries are counted
(``CaptureQueriesContext``); then ``--repeat`` rounds time one request of every
scenario each (query capture off), so that a busy moment on the machine hits
all scenarios alike. Median and p95 (nearest rank) are reported in
milliseconds, with the median CPU time of this process (which includes
SQLite's work but not PostgreSQL's) and the load average before and after.

The database is the one the normal settings name (``TTDN_VAR_DIR`` for SQLite or
``DATABASE_URL``), filled by ``benchmarks/generate.py``. See docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import datetime
import gc
import json
import math
import os
import platform
import statistics
import sys
import time
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ttdn.settings")
os.environ.setdefault("TTDN_DEVELOPMENT", "1")

TARGET_P95_MS = 100.0
COORDINATOR, OFFICER, LEADER = "bench_coordinator", "bench_officer", "bench_leader"


@dataclass
class Scenario:
    name: str
    title: str
    url: str
    username: str


@dataclass
class Result:
    name: str
    title: str
    url: str
    user: str
    ok: bool = False
    error: str = ""
    status: int | None = None
    queries: int | None = None
    bytes: int | None = None
    median_ms: float | None = None
    p95_ms: float | None = None
    min_ms: float | None = None
    max_ms: float | None = None
    mean_ms: float | None = None
    cpu_median_ms: float | None = None  # CPU time of this process (includes SQLite, not PostgreSQL)
    samples_ms: list[float] = field(default_factory=list)


def percentile(values: list[float], pct: float) -> float:
    """Nearest-rank percentile: the smallest value with at least pct % of the values at or below it."""
    ordered = sorted(values)
    rank = max(1, math.ceil(pct / 100 * len(ordered)))
    return ordered[rank - 1]


def scenarios() -> list[Scenario]:
    from django.db.models import Count

    from ttdn.accounts.models import User
    from ttdn.plans.models import Plan

    officer = User.objects.get(username=OFFICER)
    agency_id = officer.memberships.values_list("agency_id", flat=True).first()
    plan = (
        Plan.objects.annotate(n=Count("tasks"))
        .order_by("-n", "-period_end", "pk")
        .values_list("pk", flat=True)
        .first()
    )
    return [
        Scenario("plan_page", "Plan page (100 tasks)", f"/plans/{plan}/", COORDINATOR),
        Scenario("agency_page", "Agency page (busiest agency)", f"/agencies/{agency_id}/", OFFICER),
        Scenario(
            "tasks_late_2024", "Task list: late, 2024", "/tasks/?status=late&year=2024", COORDINATOR
        ),
        Scenario("tasks_search", "Task list: search “tap huan”", "/tasks/?q=tap+huan", COORDINATOR),
        Scenario("home_officer", "Home page, officer", "/", OFFICER),
        Scenario("home_coordinator", "Home page, coordinator", "/", COORDINATOR),
        Scenario("api_plans_2024", "API: plans of 2024", "/api/v1/plans?year=2024", COORDINATOR),
        Scenario(
            "api_plan_tasks", "API: tasks of a plan", f"/api/v1/plans/{plan}/tasks", COORDINATOR
        ),
    ]


def _client(username: str):
    from django.test import Client

    from ttdn.accounts.models import User

    client = Client(raise_request_exception=True)
    client.force_login(User.objects.get(username=username))
    return client


def _get(client, url: str):
    response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"HTTP {response.status_code}")
    return response


def prepare(scenario: Scenario, *, warmup: int):
    """A logged-in client after warm-up, and the scenario's query count and response size."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    result = Result(scenario.name, scenario.title, scenario.url, scenario.username)
    try:
        client = _client(scenario.username)
        for _ in range(warmup):
            _get(client, scenario.url)
        with CaptureQueriesContext(connection) as captured:
            response = _get(client, scenario.url)
    except Exception as exc:  # report it and go on with the other scenarios
        result.error = f"{type(exc).__name__}: {exc}"[:300]
        return None, result
    result.status = response.status_code
    result.queries = len(captured.captured_queries)
    result.bytes = len(response.content)
    return client, result


def measure(
    chosen: list[Scenario], *, repeat: int, warmup: int, gc_freeze: bool = False
) -> list[Result]:
    """Round-robin: one request per scenario per round, so a busy moment hits all alike."""
    prepared = [(s, *prepare(s, warmup=warmup)) for s in chosen]
    if gc_freeze:
        gc.collect()
        gc.freeze()  # what a wsgi.py calling gc.freeze() after start-up would do
    wall: dict[str, list[float]] = {s.name: [] for s in chosen}
    cpu: dict[str, list[float]] = {s.name: [] for s in chosen}
    for _ in range(repeat):
        for scenario, client, result in prepared:
            if client is None or result.error:
                continue
            try:
                started, started_cpu = time.perf_counter(), time.process_time()
                _get(client, scenario.url)
                cpu[scenario.name].append((time.process_time() - started_cpu) * 1000)
                wall[scenario.name].append((time.perf_counter() - started) * 1000)
            except Exception as exc:
                result.error = f"{type(exc).__name__}: {exc}"[:300]
    results = []
    for scenario, _client, result in prepared:
        samples = wall[scenario.name]
        if not result.error and samples:
            result.ok = True
            result.samples_ms = [round(s, 2) for s in samples]
            result.median_ms = round(statistics.median(samples), 1)
            result.p95_ms = round(percentile(samples, 95), 1)
            result.min_ms = round(min(samples), 1)
            result.max_ms = round(max(samples), 1)
            result.mean_ms = round(statistics.fmean(samples), 1)
            result.cpu_median_ms = round(statistics.median(cpu[scenario.name]), 1)
        results.append(result)
    return results


def profile(scenario: Scenario, *, repeat: int, warmup: int) -> None:
    """Print a pyinstrument profile of ``repeat`` requests (pip install pyinstrument)."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        sys.exit(
            "--profile needs pyinstrument: pip install pyinstrument (not a project dependency)"
        )
    client = _client(scenario.username)
    for _ in range(warmup):
        _get(client, scenario.url)
    profiler = Profiler(interval=0.0005)
    profiler.start()
    for _ in range(repeat):
        _get(client, scenario.url)
    profiler.stop()
    print(profiler.output_text(unicode=True, color=False, show_all=False))


# --- facts about the machine, the database and the data -----------------------------------


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _ram_gib() -> float | None:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return None


def _loadavg() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def _git_revision() -> str:
    import subprocess

    try:
        head = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""
    return head + (" (with uncommitted changes)" if dirty else "")


def machine_facts() -> dict:
    import django

    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "ram_gib": _ram_gib(),
        "os": platform.platform(),
        "python": platform.python_version(),
        "django": django.get_version(),
        "load_before": _loadavg(),  # 1, 5, 15 minute load averages: other work on the machine
    }


def database_facts() -> dict:
    from django.conf import settings
    from django.db import connection

    db = settings.DATABASES["default"]
    facts = {"engine": connection.vendor}
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            import sqlite3

            path = Path(db["NAME"])
            facts["version"] = sqlite3.sqlite_version
            facts["name"] = str(path)
            size = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
            facts["size_mib"] = round(size / 1024 / 1024, 1)
            cursor.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")
            facts["analyzed"] = bool(cursor.fetchone()[0])
            facts["conn_max_age"] = db.get("CONN_MAX_AGE", 0)
        else:
            cursor.execute("SHOW server_version")
            facts["version"] = cursor.fetchone()[0]
            facts["name"] = f"{db.get('HOST') or 'localhost'}:{db.get('PORT') or 5432}/{db['NAME']}"
            cursor.execute("SELECT pg_database_size(current_database())")
            facts["size_mib"] = round(cursor.fetchone()[0] / 1024 / 1024, 1)
            facts["conn_max_age"] = db.get("CONN_MAX_AGE", 0)
    return facts


def data_facts() -> dict:
    from django.db.models import Count, Max, Min

    from ttdn.accounts.models import User
    from ttdn.audit.models import AuditEntry
    from ttdn.core.models import SearchEntry
    from ttdn.directory.models import Agency
    from ttdn.plans.models import Plan, Task, TaskAssignment, TaskDeadline
    from ttdn.tracking.models import ProgressUpdate

    counts = {
        "plans": Plan.objects.count(),
        "tasks": Task.objects.count(),
        "progress_updates": ProgressUpdate.objects.count(),
        "task_assignments": TaskAssignment.objects.count(),
        "task_deadlines": TaskDeadline.objects.count(),
        "agencies": Agency.objects.count(),
        "users": User.objects.count(),
        "search_entries": SearchEntry.objects.count(),
        "audit_entries": AuditEntry.objects.count(),
    }
    years = Plan.objects.aggregate(first=Min("period_start"), last=Max("period_end"))
    counts["years"] = f"{years['first']}–{years['last']}" if years["first"] else ""
    busiest = (
        TaskAssignment.objects.filter(agency__isnull=False)
        .values("agency_id")
        .annotate(n=Count("task_id", distinct=True))
        .order_by("-n")
        .first()
    )
    counts["busiest_agency_tasks"] = busiest["n"] if busiest else 0
    return counts


# --- output ---------------------------------------------------------------------------------


def _fmt(value, digits: int = 1) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def markdown(results: list[Result], facts: dict) -> str:
    m, d, n = facts["machine"], facts["database"], facts["data"]
    lines = [
        f"### {d['engine']} {d['version']} — {facts['date']}, revision {facts['revision'] or '?'}",
        "",
        f"Machine: {m['cpu']}, {m['cores']} cores, {m['ram_gib']} GiB RAM; {m['os']}; "
        f"Python {m['python']}, Django {m['django']}.",
        f"Data: {n['plans']:,} plans ({n['years']}), {n['tasks']:,} tasks, {n['progress_updates']:,} progress "
        f"updates, {n['task_assignments']:,} assignments, {n['task_deadlines']:,} deadlines, "
        f"{n['agencies']:,} agencies, {n['search_entries']:,} search entries; database {d['size_mib']} MiB.",
        f"{facts['settings']['warmup']} warm-up + {facts['settings']['repeat']} timed requests per scenario "
        f"(round-robin){'; gc.freeze() after warm-up' if facts['settings']['gc_freeze'] else ''}; "
        f"load average before {m.get('load_before')}, after {m.get('load_after')}.",
        "",
        "| Scenario | URL | User | SQL queries | Median ms | p95 ms | Max ms | CPU ms | KiB | p95 < 100 ms |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---|",
    ]
    for r in results:
        if not r.ok:
            lines.append(
                f"| {r.title} | `{r.url}` | {r.user} | – | – | – | – | – | – | skipped: {r.error} |"
            )
            continue
        verdict = "yes" if r.p95_ms < TARGET_P95_MS else "**no**"
        lines.append(
            f"| {r.title} | `{r.url}` | {r.user} | {r.queries} | {_fmt(r.median_ms)} | {_fmt(r.p95_ms)} | "
            f"{_fmt(r.max_ms)} | {_fmt(r.cpu_median_ms)} | {r.bytes / 1024:.0f} | {verdict} |"
        )
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--repeat", type=int, default=30, help="timed requests per scenario (default 30)"
    )
    parser.add_argument(
        "--warmup", type=int, default=3, help="warm-up requests per scenario (default 3)"
    )
    parser.add_argument(
        "--json", metavar="FILE", help="also write the results as JSON to FILE ('-': stdout)"
    )
    parser.add_argument("--only", nargs="+", metavar="NAME", help="run only these scenarios")
    parser.add_argument("--list", action="store_true", help="list the scenarios and exit")
    parser.add_argument(
        "--gc-freeze",
        action="store_true",
        help="gc.freeze() after the warm-up: shows what freezing start-up objects in wsgi.py would give",
    )
    parser.add_argument(
        "--profile",
        metavar="NAME",
        help="profile one scenario with pyinstrument instead of measuring",
    )
    args = parser.parse_args(argv)
    if args.repeat < 1 or args.warmup < 0:
        parser.error("--repeat must be at least 1 and --warmup at least 0")

    import django
    from django.conf import settings

    Path(settings.VAR_DIR).mkdir(parents=True, exist_ok=True)  # huey opens a file there in setup()
    # WhiteNoise warns when STATIC_ROOT was never collected; irrelevant to server time here.
    warnings.filterwarnings("ignore", message="No directory at")
    django.setup()
    from django.db import DatabaseError

    from ttdn.accounts.models import User

    if "testserver" not in settings.ALLOWED_HOSTS:
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    if settings.DEBUG:
        print("Warning: DEBUG is on; figures will be slower than in production.", file=sys.stderr)
    try:
        present = set(
            User.objects.filter(username__in=[COORDINATOR, OFFICER, LEADER]).values_list(
                "username", flat=True
            )
        )
    except DatabaseError:  # not migrated
        present = set()
    missing = [u for u in (COORDINATOR, OFFICER, LEADER) if u not in present]
    if missing:
        print(
            f"No benchmark data here (users {', '.join(missing)} missing). Fill a separate database first:\n"
            "  TTDN_VAR_DIR=var/bench python benchmarks/generate.py --plans 200 --tasks-per-plan 100 "
            "--updates-per-task 10 --agencies 150\n"
            "and run with the same TTDN_VAR_DIR (or DATABASE_URL). See docs/benchmarks.md.",
            file=sys.stderr,
        )
        return 2

    chosen = scenarios()
    if args.list:
        for s in chosen:
            print(f"{s.name:<18} {s.username:<18} {s.url}")
        return 0
    if args.profile:
        match = [s for s in chosen if s.name == args.profile]
        if not match:
            parser.error(f"unknown scenario {args.profile!r}; see --list")
        profile(match[0], repeat=args.repeat, warmup=args.warmup)
        return 0
    if args.only:
        unknown = set(args.only) - {s.name for s in chosen}
        if unknown:
            parser.error(f"unknown scenario(s) {', '.join(sorted(unknown))}; see --list")
        chosen = [s for s in chosen if s.name in args.only]

    facts = {
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "revision": _git_revision(),
        "machine": machine_facts(),
        "database": database_facts(),
        "data": data_facts(),
        "settings": {
            "repeat": args.repeat,
            "warmup": args.warmup,
            "gc_freeze": args.gc_freeze,
            "target_p95_ms": TARGET_P95_MS,
        },
    }
    results = measure(chosen, repeat=args.repeat, warmup=args.warmup, gc_freeze=args.gc_freeze)
    facts["machine"]["load_after"] = _loadavg()
    for result in results:
        if result.ok:
            print(
                f"{result.name:<18} median {result.median_ms:7.1f} ms  p95 {result.p95_ms:7.1f} ms  "
                f"{result.queries:3d} queries",
                file=sys.stderr,
            )
        else:
            print(f"{result.name:<18} SKIPPED: {result.error}", file=sys.stderr)
    # The table goes to stdout, unless stdout carries the JSON.
    print(markdown(results, facts), file=sys.stderr if args.json == "-" else sys.stdout)
    if args.json:
        payload = json.dumps(
            {**facts, "scenarios": [asdict(r) for r in results]}, ensure_ascii=False, indent=2
        )
        if args.json == "-":
            print(payload)
        else:
            Path(args.json).write_text(payload + "\n", encoding="utf-8")
    over = [r.name for r in results if r.ok and r.p95_ms >= TARGET_P95_MS]
    if over:
        print(f"p95 at or above {TARGET_P95_MS:.0f} ms: {', '.join(over)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
