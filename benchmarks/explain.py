#!/usr/bin/env python
"""Where a page's time goes in the database: its SQL queries, slowest first, with EXPLAIN ANALYZE.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ttdn_national \\
        python benchmarks/explain.py --user bench_coordinator / /plans/123/ [--top 3] [--repeat 3]

Requests go through Django's test client in this process (like ``benchmarks/run.py``);
every query is timed with ``connection.execute_wrapper``. Per URL: total request time,
SQL time and count, then the ``--top`` slowest queries (median over ``--repeat``
requests) with PostgreSQL's ``EXPLAIN (ANALYZE, BUFFERS)`` plan. Read only: ``EXPLAIN
ANALYZE`` runs each shown query once more, inside a transaction that is rolled back.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ttdn.settings")
os.environ.setdefault("TTDN_DEVELOPMENT", "1")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("urls", nargs="+")
    parser.add_argument("--user", default="bench_coordinator")
    parser.add_argument("--top", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-explain", action="store_true")
    args = parser.parse_args(argv)

    import django

    django.setup()
    from django.db import connection, transaction
    from django.test import Client

    from ttdn.accounts.models import User

    client = Client(raise_request_exception=True, HTTP_HOST="localhost")
    client.force_login(User.objects.get(username=args.user))
    for url in args.urls:
        timings: dict[int, list[float]] = defaultdict(list)
        sqls: dict[int, tuple[str, tuple]] = {}
        totals, sql_totals = [], []
        for _ in range(args.repeat + 1):  # the first request warms caches; not counted
            seen: list[tuple[str, tuple, float]] = []

            def wrapper(execute, sql, params, many, context, seen=seen):
                started = time.perf_counter()
                try:
                    return execute(sql, params, many, context)
                finally:
                    seen.append((sql, params, (time.perf_counter() - started) * 1000))

            started = time.perf_counter()
            with connection.execute_wrapper(wrapper):
                response = client.get(url)
            totals.append((time.perf_counter() - started) * 1000)
            sql_totals.append(sum(ms for _, _, ms in seen))
            for i, (sql, params, ms) in enumerate(seen):
                timings[i].append(ms)
                sqls[i] = (sql, params)
        totals, sql_totals = totals[1:], sql_totals[1:]
        print(
            f"\n=== {url} as {args.user}: HTTP {response.status_code}, "
            f"{statistics.median(totals):.1f} ms, SQL {statistics.median(sql_totals):.1f} ms "
            f"in {len(sqls)} queries"
        )
        ranked = sorted(timings, key=lambda i: -statistics.median(timings[i][1:] or timings[i]))
        for i in ranked[: args.top]:
            sql, params = sqls[i]
            ms = statistics.median(timings[i][1:] or timings[i])
            print(f"\n--- query {i + 1}: {ms:.1f} ms\n{sql[:1500]}")
            if args.no_explain or not sql.lstrip().upper().startswith("SELECT"):
                continue
            with transaction.atomic(), connection.cursor() as cursor:
                cursor.execute("EXPLAIN (ANALYZE, BUFFERS) " + sql, params)
                for (line,) in cursor.fetchall():
                    print("    " + line)
                transaction.set_rollback(True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
