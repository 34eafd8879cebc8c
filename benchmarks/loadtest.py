#!/usr/bin/env python
"""The reporting-deadline load test: locust against gunicorn + PostgreSQL, then count the writes.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ttdn_province \\
        python benchmarks/loadtest.py [--users 200] [--spawn-rate 20] [--run-time 3m] \\
        [--wait 5,15] [--workers N] [--out DIR]

1. Chooses, in the data of ``benchmarks/national.py`` (its first province), what each
   simulated user works on: officers and the open tasks their agency leads in this
   year's plans, coordinators and disjoint slices of the reports awaiting review,
   leaders and this year's plans.
2. Counts progress updates, evidence rows, reviews and audit entries.
3. Starts gunicorn on loopback with production-like settings (``benchmarks/server.py``;
   ``--workers`` or ``WEB_CONCURRENCY``) and runs ``benchmarks/locustfile.py`` headless
   for ``--run-time`` (locust's own CSV and HTML reports go to ``--out``).
4. Counts again and checks every write the server confirmed: each submitted report
   (found by the marker in its text) is in the database with its evidence file on
   disk, each review decision is stored. Exit status 1 on a lost write or any error.

Writes stay in the database (they are marked ``loadtest-<time>``); run it on a copy of
the benchmark data, not on real data.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import json
import os
import random
import secrets
import string
import subprocess
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


def prepare(marker: str, *, wait: str, seed: int = 1) -> dict:
    """What each simulated user works on (read with the ORM; nothing is written)."""
    from ttdn.accounts.models import Role, User
    from ttdn.plans.models import REPORTABLE_STATUSES, AssignmentRole, Plan, Task, TaskStatus
    from ttdn.tracking.models import ProgressUpdate, ReviewState

    rng = random.Random(seed)
    year = datetime.date.today().year  # noqa: DTZ011
    coordinator = User.objects.get(username="bench_coordinator")
    province_id = coordinator.agencies.values_list("unit_id", flat=True).first()
    # Reports go to plans that take them (issued or in progress; decision 0021).
    plans = Plan.objects.filter(period_start=year, status__in=REPORTABLE_STATUSES)
    province_plans = plans.filter(unit_id=province_id) | plans.filter(unit__parent_id=province_id)
    plan_ids = list(province_plans.values_list("pk", flat=True))
    open_tasks = Task.objects.filter(plan_id__in=plan_ids).exclude(
        status__in=[TaskStatus.DONE, TaskStatus.CANCELLED]
    )
    officers = []
    users = User.objects.filter(role=Role.OFFICER, memberships__agency__unit_id=province_id)
    users = users | User.objects.filter(
        role=Role.OFFICER, memberships__agency__unit__parent_id=province_id
    )
    for user in users.distinct().order_by("username"):
        agency_id = user.memberships.values_list("agency_id", flat=True).first()
        tasks = list(
            open_tasks.filter(
                assignments__agency_id=agency_id, assignments__role=AssignmentRole.LEAD
            )
            .order_by("pk")
            .values_list("pk", flat=True)[:50]
        )
        if tasks:
            officers.append({"username": user.username, "agency": agency_id, "tasks": tasks})
    # The busiest agencies' officers first: at a deadline they report the most.
    officers.sort(key=lambda o: -len(o["tasks"]))
    coordinators = list(
        User.objects.filter(role=Role.COORDINATOR, memberships__agency__unit_id=province_id)
        .distinct()
        .order_by("username")
        .values_list("username", flat=True)
    )
    leaders = list(
        User.objects.filter(role=Role.LEADER, memberships__agency__unit_id=province_id)
        .distinct()
        .order_by("username")
        .values_list("username", flat=True)
    )
    pending = list(
        ProgressUpdate.objects.filter(
            review_state=ReviewState.SUBMITTED, task__plan_id__in=plan_ids
        )
        .order_by("-submitted_at")
        .values_list("pk", flat=True)[:20_000]
    )
    rng.shuffle(pending)
    slots = 64  # at most this many simulated coordinators, each with its own reports
    slices = [pending[i::slots] for i in range(slots)]
    return {
        "marker": marker,
        "year": year,
        "wait": wait,
        "plans": plan_ids[:200],
        "officers": officers,
        "coordinators": [
            {"username": coordinators[i % len(coordinators)], "updates": slices[i]}
            for i in range(slots)
        ],
        "leaders": [{"username": u} for u in leaders],
    }


def add_sessions(plan: dict, users: int) -> int:
    """Give every simulated user its own signed-in session, as ``login()`` would store it.

    Each role's accounts are repeated up to ``users`` slots (several simulated users may
    share an account, each with its own session, as one person with two browsers).
    """
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore

    from ttdn.accounts.models import User

    by_name = {
        u.username: u
        for u in User.objects.filter(
            username__in={
                a["username"] for k in ("officers", "coordinators", "leaders") for a in plan[k]
            }
        )
    }
    made = 0
    for key in ("officers", "coordinators", "leaders"):
        accounts = plan[key]
        slots = []
        for i in range(max(users, len(accounts)) if key != "coordinators" else len(accounts)):
            account = dict(accounts[i % len(accounts)])
            user = by_name[account["username"]]
            store = SessionStore()
            store[SESSION_KEY] = str(user.pk)
            store[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
            store[HASH_SESSION_KEY] = user.get_session_auth_hash()
            store.create()
            account["session"] = store.session_key
            account["csrf"] = "".join(
                secrets.choice(string.ascii_letters + string.digits) for _ in range(32)
            )
            slots.append(account)
            made += 1
        plan[key] = slots
    return made


def counts(since: datetime.datetime) -> dict:
    from ttdn.audit.models import AuditEntry
    from ttdn.tracking.models import Evidence, ProgressUpdate, ReviewState

    return {
        "progress_updates": ProgressUpdate.objects.count(),
        "evidence": Evidence.objects.count(),
        "reviewed_since_start": ProgressUpdate.objects.filter(reviewed_at__gte=since)
        .exclude(review_state=ReviewState.SUBMITTED)
        .count(),
        "audit_entries": AuditEntry.objects.count(),
    }


def verify(writes: dict, marker: str, media_root: Path, since: datetime.datetime) -> dict:
    """Every confirmed write is stored; and how many stored writes the client did not see."""
    from ttdn.tracking.models import Evidence, ProgressUpdate, ReviewState

    stored = {}
    for pk, narrative in ProgressUpdate.objects.filter(
        narrative__contains=f"[{marker}-"
    ).values_list("pk", "narrative"):
        stored[narrative.rsplit("[", 1)[1].rstrip("]")] = pk
    evidence = {}
    for update_id, name in Evidence.objects.filter(update_id__in=stored.values()).values_list(
        "update_id", "file"
    ):
        evidence[update_id] = name
    confirmed = [w["marker"] for w in writes["submitted"]]
    missing = [m for m in confirmed if m not in stored]
    no_evidence = [m for m in confirmed if m in stored and stored[m] not in evidence]
    files_missing = [
        m
        for m in confirmed
        if m in stored and stored[m] in evidence and not (media_root / evidence[stored[m]]).exists()
    ]
    reviewed_ids = [w["update"] for w in writes["reviewed"]]
    states = dict(
        ProgressUpdate.objects.filter(pk__in=reviewed_ids).values_list("pk", "review_state")
    )
    wrong_review = [
        w["update"]
        for w in writes["reviewed"]
        if states.get(w["update"])
        != (ReviewState.ACCEPTED if w["accept"] else ReviewState.RETURNED)
    ]
    return {
        "submissions_confirmed": len(confirmed),
        "submissions_in_db": len(stored),
        "submissions_lost": len(missing),
        "submissions_without_evidence": len(no_evidence),
        "evidence_files_missing_on_disk": len(files_missing),
        "reviews_confirmed": len(reviewed_ids),
        "reviews_lost_or_wrong": len(wrong_review),
        "examples_lost": (missing + no_evidence + files_missing)[:5] + wrong_review[:5],
    }


def read_stats(prefix: Path) -> list[dict]:
    rows = []
    with open(f"{prefix}_stats.csv", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            rows.append(
                {
                    "type": r["Type"],
                    "name": r["Name"],
                    "requests": int(r["Request Count"]),
                    "failures": int(r["Failure Count"]),
                    "p50_ms": float(r["50%"] or 0),
                    "p95_ms": float(r["95%"] or 0),
                    "p99_ms": float(r["99%"] or 0),
                    "max_ms": round(float(r["Max Response Time"] or 0)),
                    "rps": round(float(r["Requests/s"] or 0), 2),
                }
            )
    return rows


def read_exceptions(prefix: Path) -> int:
    """Exceptions raised in the simulated users' code (locust does not count them as failures)."""
    path = Path(f"{prefix}_exceptions.csv")
    if not path.exists():
        return 0
    with open(path, encoding="utf-8") as f:
        return sum(int(r["Count"]) for r in csv.DictReader(f))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--users", type=int, default=200)
    parser.add_argument("--spawn-rate", type=float, default=20)
    parser.add_argument("--run-time", default="3m", help="locust --run-time (default 3m)")
    parser.add_argument(
        "--wait", default="5,15", help="think time between a user's actions, seconds (5,15)"
    )
    parser.add_argument("--workers", type=int, help="gunicorn workers (default WEB_CONCURRENCY)")
    parser.add_argument("--out", default="/tmp/ttdn-loadtest", help="reports and scratch files")
    parser.add_argument("--var-dir", help="gunicorn's TTDN_VAR_DIR (default OUT/var)")
    parser.add_argument(
        "--redis-url",
        default="redis://127.0.0.1:6379/5",
        help="HUEY_REDIS_URL for gunicorn (default redis://127.0.0.1:6379/5)",
    )
    parser.add_argument(
        "--real-login",
        action="store_true",
        help="sign in through the login form (password hashing included in the figures) "
        "instead of sessions made beforehand",
    )
    args = parser.parse_args(argv)
    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith("postgres"):
        sys.exit("Set DATABASE_URL to the PostgreSQL database filled by benchmarks/national.py")
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    var_dir = Path(args.var_dir) if args.var_dir else out / "var"

    # The sessions made below must be readable by gunicorn: one secret key for both.
    secret_key = os.environ.get("SECRET_KEY") or secrets.token_urlsafe(50)
    os.environ["SECRET_KEY"] = secret_key
    import django

    django.setup()
    from django.utils import timezone
    from server import BIN, Gunicorn

    marker = "loadtest-" + datetime.datetime.now().strftime("%Y%m%d%H%M%S")  # noqa: DTZ005
    plan = prepare(marker, wait=args.wait)
    if not args.real_login:
        sessions_made = add_sessions(plan, args.users)
        print(f"{sessions_made} sessions made (signed in before the deadline)")
    plan_path, log_path = out / "plan.json", out / "writes.json"
    plan_path.write_text(json.dumps(plan))
    print(
        f"{len(plan['officers'])} officer accounts, {len(plan['leaders'])} leader accounts, "
        f"{sum(len(c['updates']) for c in plan['coordinators'])} reports to review; marker {marker}"
    )
    started = timezone.now()
    before = counts(started)
    load_before = [round(x, 2) for x in os.getloadavg()]
    with Gunicorn(
        database_url,
        var_dir=var_dir,
        redis_url=args.redis_url,
        workers=args.workers,
        secret_key=secret_key,
    ) as server:
        env = {
            **os.environ,
            "LOADTEST_PLAN": str(plan_path),
            "LOADTEST_LOG": str(log_path),
            "LOADTEST_WAIT": args.wait,
        }
        cmd = [
            str(BIN / "locust"),
            "-f",
            str(HERE / "locustfile.py"),
            "--headless",
            "-u",
            str(args.users),
            "-r",
            str(args.spawn_rate),
            "--run-time",
            args.run_time,
            "--host",
            server.url,
            "--csv",
            str(out / "locust"),
            "--html",
            str(out / "locust.html"),
            "--only-summary",
            "--stop-timeout",
            "30",
            "--exit-code-on-error",
            "0",
        ]
        print("$ " + " ".join(cmd), flush=True)
        t = time.perf_counter()
        subprocess.run(cmd, env=env, check=False)
        elapsed = time.perf_counter() - t
        workers = server.workers
    load_after = [round(x, 2) for x in os.getloadavg()]
    from django.conf import settings

    after = counts(started)
    writes = json.loads(log_path.read_text())
    media_root = var_dir / "media"
    check = verify(writes, marker, media_root, started)
    stats = read_stats(out / "locust")
    exceptions = read_exceptions(out / "locust")
    errors = sum(r["failures"] for r in stats if r["name"] == "Aggregated") + exceptions
    total = next((r for r in stats if r["name"] == "Aggregated"), {})
    result = {
        "date": started.isoformat(timespec="seconds"),
        "database": database_url.rsplit("/", 1)[-1],
        "users": args.users,
        "spawn_rate": args.spawn_rate,
        "run_time": args.run_time,
        "wait_s": args.wait,
        "workers": workers,
        "cores": os.cpu_count(),
        "elapsed_s": round(elapsed, 1),
        "load_before": load_before,
        "load_after": load_after,
        "counts_before": before,
        "counts_after": after,
        "difference": {k: after[k] - before[k] for k in before if k != "reviewed_since_start"}
        | {"reviewed_since_start": after["reviewed_since_start"]},
        "check": check,
        "errors": errors,
        "exceptions": exceptions,
        "stats": stats,
    }
    (out / "result.json").write_text(json.dumps(result, indent=1, ensure_ascii=False))
    print()
    print("| Request | Requests | Failures | p50 ms | p95 ms | p99 ms | max ms | req/s |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for r in stats:
        print(
            f"| {r['type']} {r['name']} | {r['requests']} | {r['failures']} | {r['p50_ms']:.0f} | "
            f"{r['p95_ms']:.0f} | {r['p99_ms']:.0f} | {r['max_ms']} | {r['rps']} |"
        )
    print()
    print(f"Counts before {before}\n       after  {after}")
    print(f"Check: {check}")
    print(
        f"gunicorn {workers} workers; load before {load_before}, after {load_after}; "
        f"results in {out}"
    )
    _ = settings
    ok = errors == 0 and check["submissions_lost"] == 0 and check["reviews_lost_or_wrong"] == 0
    ok = (
        ok
        and not check["submissions_without_evidence"]
        and not check["evidence_files_missing_on_disk"]
    )
    print("PASS: 0 errors, no lost write" if ok else "FAIL: errors or lost writes (see above)")
    print(f"p95 over all requests: {total.get('p95_ms')} ms (target < 300 ms)")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
