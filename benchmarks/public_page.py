#!/usr/bin/env python
"""The public page of a plan for a visitor who is not logged in, with and without its
cache (plans.public_cache, docs/decisions/0026), and the plan dashboard of the same plan.

    TTDN_VAR_DIR=… python benchmarks/public_page.py [--runs 15] [--plan PK]

In this process through Django's whole stack (``django.test.Client``, no web server), on
the database the settings name (the demo, or ``benchmarks/generate.py``'s data). Prints the
median and the queries of: the anonymous page with the cache off, with the cache warm, and
the coordinator's dashboard of the plan's first year. The machine is shared: read medians.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run  # noqa: E402,F401  (settings and sys.path, as the other benchmarks)


def _time(client, url: str, runs: int) -> tuple[float, int]:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    samples, queries = [], 0
    for _ in range(runs):
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.get(url)
            samples.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, response.status_code
        queries = len(captured.captured_queries)
    return statistics.median(samples), queries


def main() -> None:
    import django

    django.setup()
    from django.conf import settings
    from django.db.models import Count
    from django.test import Client
    from django.urls import reverse

    from ttdn.accounts.models import User
    from ttdn.plans.models import Plan

    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--plan", type=int)
    args = parser.parse_args()
    plans = Plan.objects.filter(visibility="public").annotate(n=Count("tasks"))
    plan = plans.get(pk=args.plan) if args.plan else plans.order_by("-n").first()
    url = reverse("pages:plan", args=[plan.pk])
    visitor = Client()
    print(f"plan {plan.pk} ({plan.n} tasks), {args.runs} runs, load {os.getloadavg()}")
    settings.TTDN_PUBLIC_PAGE_CACHE_SECONDS = 0
    visitor.get(url)
    ms, q = _time(visitor, url, args.runs)
    print(f"public page, no cache:   median {ms:7.1f} ms, {q} queries")
    settings.TTDN_PUBLIC_PAGE_CACHE_SECONDS = 300
    visitor.get(url)
    ms, q = _time(visitor, url, args.runs)
    print(f"public page, cache warm: median {ms:7.1f} ms, {q} queries")
    coordinator = Client()
    coordinator.force_login(User.objects.get(username="coordinator"))
    board = reverse("pages:plan_dashboard", args=[plan.pk]) + f"?period={plan.period_start}"
    coordinator.get(board)
    ms, q = _time(coordinator, board, args.runs)
    print(f"dashboard ({plan.period_start}):       median {ms:7.1f} ms, {q} queries")


if __name__ == "__main__":
    main()
