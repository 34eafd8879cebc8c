#!/usr/bin/env python
"""How much of each page is SQL: queries, SQL ms, total ms and their ratio, per page.

    python benchmarks/pages.py [--runs 7] [--warmup 3] [--json FILE] [--only NAME ...]

The target of issue 8 is "every page within 3× its own SQL time". For each page this
script makes ``--warmup`` requests, then ``--runs`` timed ones through Django's whole stack
(``django.test.Client``, in this process, no web server), and for every timed request
records the number of queries, the time spent inside the database driver (an
``execute_wrapper`` around each query: the round trip to PostgreSQL or SQLite's work) and
the total time of the request. It prints the median of each over the runs and the ratio
total / SQL of the medians. The machine is shared: use at least 5 runs and read medians.

The database is the one the settings name (``DATABASE_URL`` or ``TTDN_VAR_DIR``), filled by
``benchmarks/generate.py`` (see docs/benchmarks.md). ``--engines`` also times rendering the
plan page's annex rows with Jinja2 and with Django's template engine from the same prepared
rows (the comparison behind docs/decisions/0019).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run  # noqa: E402  (benchmarks/run.py: settings, users, machine facts)


@dataclass
class Page:
    name: str
    title: str
    url: str
    username: str | None  # None: an anonymous visitor


@dataclass
class Measured:
    name: str
    title: str
    url: str
    user: str
    runs: int = 0
    queries: int | None = None
    sql_ms: float | None = None
    total_ms: float | None = None
    ratio: float | None = None
    error: str = ""
    samples: list[dict] = field(default_factory=list)


class SqlTimer:
    """Counts the queries of a request and the time spent executing them."""

    def __init__(self):
        self.count = 0
        self.seconds = 0.0

    def __call__(self, execute, sql, params, many, context):
        started = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            self.seconds += time.perf_counter() - started
            self.count += 1


def pages() -> list[Page]:
    from django.db.models import Count

    from ttdn.accounts.models import User
    from ttdn.plans.models import Plan, Task, Visibility

    officer = User.objects.get(username=run.OFFICER)
    agency_id = officer.memberships.values_list("agency_id", flat=True).first()
    biggest = Plan.objects.annotate(n=Count("tasks")).order_by("-n", "-period_end", "pk")
    plan = biggest.values_list("pk", flat=True).first()
    public = biggest.filter(visibility=Visibility.PUBLIC).values_list("pk", flat=True).first()
    task = (
        Task.objects.filter(plan_id=plan)
        .annotate(n=Count("updates"))
        .order_by("-n", "pk")
        .values_list("pk", flat=True)
        .first()
    )
    found = [
        Page("plan", "Plan page", f"/plans/{plan}/", run.COORDINATOR),
        Page("plan_public", "Public plan page, anonymous", f"/plans/{public}/", None),
        Page("home_officer", "Home page, officer", "/", run.OFFICER),
        Page("home_coordinator", "Home page, coordinator", "/", run.COORDINATOR),
        Page("task", "Task page (most reports)", f"/tasks/{task}/", run.COORDINATOR),
        Page("agency", "Agency page (busiest agency)", f"/agencies/{agency_id}/", run.OFFICER),
        Page("plan_list", "Plan list", "/plans/", run.COORDINATOR),
    ]
    return [p for p in found if "None" not in p.url]


def _client(page: Page):
    from django.test import Client

    if page.username is None:
        return Client(raise_request_exception=True)
    return run._client(page.username)


def measure(page: Page, *, runs: int, warmup: int) -> Measured:
    from django.db import connection

    result = Measured(page.name, page.title, page.url, page.username or "anonymous")
    try:
        client = _client(page)
        for _ in range(warmup):
            run._get(client, page.url)
        for _ in range(runs):
            timer = SqlTimer()
            with connection.execute_wrapper(timer):
                started = time.perf_counter()
                run._get(client, page.url)
                total = time.perf_counter() - started
            result.samples.append(
                {
                    "queries": timer.count,
                    "sql_ms": round(timer.seconds * 1000, 2),
                    "total_ms": round(total * 1000, 2),
                }
            )
    except Exception as exc:  # report it and go on with the other pages
        result.error = f"{type(exc).__name__}: {exc}"[:300]
        return result
    result.runs = len(result.samples)
    result.queries = int(statistics.median(s["queries"] for s in result.samples))
    result.sql_ms = round(statistics.median(s["sql_ms"] for s in result.samples), 1)
    result.total_ms = round(statistics.median(s["total_ms"] for s in result.samples), 1)
    result.ratio = round(result.total_ms / result.sql_ms, 1) if result.sql_ms else None
    return result


def compare_engines(*, runs: int) -> dict:
    """Render the plan page's annex rows (100 of the biggest plan) from the same prepared
    rows with Jinja2 (``pages/annex_rows.jinja``) and with Django's engine (the same file
    in Django's syntax; the output is checked to be the same markup)."""
    from django.db.models import Count
    from django.template import engines
    from django.utils import timezone

    from ttdn.pages.selectors import PLAN_PAGE_RELATED, plan_page
    from ttdn.pages.views import ANNEX_LABELS
    from ttdn.plans.access import FULL_DISCLOSURE
    from ttdn.plans.models import Plan

    plan = (
        Plan.objects.select_related(*PLAN_PAGE_RELATED)
        .annotate(n=Count("tasks"))
        .order_by("-n", "-period_end", "pk")
        .first()
    )
    page = plan_page(plan=plan, today=timezone.localdate(), disclosure=FULL_DISCLOSURE)
    rows = page.rows
    labels = {key: str(text) for key, text in ANNEX_LABELS.items()}
    context = {"rows": rows, "l": labels, "progress": True}
    jinja_source = (
        Path(__file__).resolve().parent.parent / "src/ttdn/pages/jinja2/pages/annex_rows.jinja"
    ).read_text(encoding="utf-8")
    django_tpl = engines["django"].from_string(django_syntax(jinja_source))
    jinja_tpl = engines["jinja2"].get_template("pages/annex_rows.jinja")
    assert _squash(django_tpl.render(context)) == _squash(jinja_tpl.render(context))
    renderers = {
        "django": lambda: django_tpl.render(context),
        "jinja2": lambda: jinja_tpl.render(context),
    }
    timings: dict[str, list[float]] = {name: [] for name in renderers}
    import jinja2

    jinja_note = f"jinja2 {jinja2.__version__}; the same markup in both engines"
    for _ in range(3):
        for render in renderers.values():
            render()
    for _ in range(runs):
        for name, render in renderers.items():
            started = time.perf_counter()
            render()
            timings[name].append((time.perf_counter() - started) * 1000)
    return {
        "rows": len(rows),
        "note": jinja_note,
        "median_ms": {name: round(statistics.median(v), 2) for name, v in timings.items()},
    }


def django_syntax(jinja_source: str) -> str:
    """The annex partial in Django's syntax: the same markup, the other engine."""
    import re

    text = re.sub(r"\{#-.*?-#\}", "", jinja_source, flags=re.S)
    text = text.replace("{%-", "{%").replace("-%}", "%}")
    text = text.replace("loop.last", "forloop.last").replace("is not none", "is not None")
    return text.replace("{% else %}\n<tr><td colspan", "{% empty %}\n<tr><td colspan")


def _squash(html: str) -> str:
    return "".join(html.split())


def markdown(results: list[Measured], facts: dict) -> str:
    m, d = facts["machine"], facts["database"]
    lines = [
        f"{d['engine']} {d['version']}, {facts['date']}, revision {facts['revision'] or '?'}; "
        f"median of {facts['runs']} runs after {facts['warmup']} warm-up requests; "
        f"load average before {m.get('load_before')}, after {m.get('load_after')}.",
        "",
        "| Page | User | Queries | SQL ms | Total ms | Total / SQL |",
        "|---|---|---:|---:|---:|---:|",
    ]
    for r in results:
        if r.error:
            lines.append(f"| {r.title} | {r.user} | – | – | – | skipped: {r.error} |")
            continue
        lines.append(
            f"| {r.title} | {r.user} | {r.queries} | {r.sql_ms:.1f} | {r.total_ms:.1f} | "
            f"{r.ratio if r.ratio is not None else '–'} |"
        )
    return "\n".join(lines)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7, help="timed requests per page (default 7)")
    parser.add_argument("--warmup", type=int, default=3, help="warm-up requests (default 3)")
    parser.add_argument("--json", metavar="FILE", help="also write the results as JSON to FILE")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="measure only these pages")
    parser.add_argument(
        "--engines", action="store_true", help="also compare Django templates with Jinja2"
    )
    args = parser.parse_args(argv)
    if args.runs < 1 or args.warmup < 0:
        parser.error("--runs must be at least 1 and --warmup at least 0")

    import warnings

    import django
    from django.conf import settings

    Path(settings.VAR_DIR).mkdir(parents=True, exist_ok=True)
    warnings.filterwarnings("ignore", message="No directory at")
    django.setup()
    if "testserver" not in settings.ALLOWED_HOSTS:
        settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    if settings.DEBUG:
        print("Warning: DEBUG is on; figures will be slower than in production.", file=sys.stderr)

    chosen = pages()
    if args.only:
        chosen = [p for p in chosen if p.name in args.only]
    facts = {
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "revision": run._git_revision(),
        "machine": run.machine_facts(),
        "database": run.database_facts(),
        "runs": args.runs,
        "warmup": args.warmup,
    }
    results = [measure(p, runs=args.runs, warmup=args.warmup) for p in chosen]
    facts["machine"]["load_after"] = run._loadavg()
    print(markdown(results, facts))
    engines = compare_engines(runs=max(args.runs, 20)) if args.engines else None
    if engines:
        print(
            f"\nAnnex rows rendered ({engines['rows']} rows, {engines['note']}): "
            + ", ".join(f"{k} {v} ms" for k, v in engines["median_ms"].items())
        )
    if args.json:
        payload = {**facts, "pages": [asdict(r) for r in results], "engines": engines}
        Path(args.json).write_text(
            json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
