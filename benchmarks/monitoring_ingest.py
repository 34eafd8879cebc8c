#!/usr/bin/env python
"""Media monitoring ingestion: articles per second end to end, and near-duplicate grouping.

    .venv/bin/python benchmarks/monitoring_ingest.py [--articles 600] [--sources 12]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ttdn_bench .venv/bin/python benchmarks/monitoring_ingest.py
    .venv/bin/python benchmarks/monitoring_ingest.py --runs 3 --topics   # topics and a model

1. Ingestion. A local HTTP server (its own process, so it does not share this one's
   CPU) serves ``--sources`` RSS feeds listing ``--articles`` article pages in all, written
   from the press fixtures' sentences (Vietnamese, with some English, Chinese, Korean,
   Japanese, French and Russian pages). One process, as one worker runs them, fetches
   every source with ``source_fetch``: the feed (conditional GET), robots.txt, each page
   (size cap, timeouts), trafilatura extraction, nh3 sanitising, language detection,
   MinHash and LSH candidates, story assignment and the stored rows. Reported: articles
   stored per second of wall time (the politeness delay per host is set to 0: the local
   server is one host; a real deployment waits ``TTDN_MONITORING_HOST_INTERVAL`` between
   two requests to one host, which bounds each host, not the worker). With ``--topics``
   the database has eight monitored topics (two about the locality: flags are raised)
   and a trained classifier in use; without it, none (the lexicon labels alone).
2. Near-duplicate grouping. The labelled set ``monitoring/tests/fixtures/duplicates.json``
   (12 stories, each in 5 versions: the original, a copy-edited copy, a shortened and
   reordered one, one without diacritics, one rewritten around two paragraphs with the
   outlet's background paragraph, which is the same in every story) is stored through
   ``article_store`` in a fixed shuffled order; pairwise precision and recall of "in the
   same story" against the labels, for several similarity thresholds.

Without ``DATABASE_URL`` everything runs on a new SQLite database in a temporary folder.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ttdn.settings")
os.environ.setdefault("TTDN_DEVELOPMENT", "1")
if not os.environ.get("DATABASE_URL"):
    os.environ.setdefault("TTDN_VAR_DIR", tempfile.mkdtemp(prefix="ttdn-bench-monitoring-"))

PRESS = ROOT / "src" / "ttdn" / "monitoring" / "fixtures" / "press"
LABELLED = ROOT / "src" / "ttdn" / "monitoring" / "tests" / "fixtures" / "duplicates.json"
LANGS = {  # fixture folder → language, for the synthetic pages
    "baodongnai": "vi", "tintucmiendong": "vi", "asiabiztimes": "en", "huanqiu-jingji": "zh",
    "hankyung-global": "ko", "nikkei-asia-ja": "ja", "lecourrier-asie": "fr", "ria-aziya": "ru",
}  # fmt: skip


def _sentences() -> dict[str, list[str]]:
    import re

    import lxml.html

    pool: dict[str, list[str]] = {}
    for folder, lang in LANGS.items():
        for page in (PRESS / folder).glob("*.html"):
            tree = lxml.html.fromstring(page.read_text(encoding="utf-8"))
            for p in tree.iterfind(".//article/p"):
                parts = re.split(r"(?<=[.。!?])\s*", p.text_content())
                pool.setdefault(lang, []).extend(s.strip() for s in parts if len(s.strip()) > 15)
    for group in json.loads(LABELLED.read_text(encoding="utf-8"))["groups"]:
        lang = "en" if group["story"].startswith("en-") else "vi"
        for line in group["versions"][0]["text"].split("\n"):
            pool[lang].append(line)
    return pool


def build_site(articles: int, sources: int) -> dict[str, tuple[bytes, str]]:
    """path → (body, content type) of every feed and page."""
    rng = random.Random(20261202)
    pool = _sentences()
    langs = ["vi"] * 6 + ["en", "zh", "ko", "ja", "fr", "ru"]
    site: dict[str, tuple[bytes, str]] = {}
    per_source = [[] for _ in range(sources)]
    for n in range(articles):
        lang = langs[n % len(langs)]
        sentences = rng.sample(pool[lang], k=min(len(pool[lang]), 8))
        title = f"{sentences[0][:80]} ({n})"
        paragraphs = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        html = (
            f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="article:published_time" content="2026-11-{1 + n % 28:02d}T08:00:00+07:00">'
            f"<script>var x = 1;</script></head><body><nav><a href='/'>Trang chủ</a></nav>"
            f"<article><h1>{title}</h1>{body}<p>Mã bài {n}.</p></article><footer>©</footer></body></html>"
        )
        source = n % sources
        path = f"/s{source}/a{n}.html"
        site[path] = (html.encode(), "text/html; charset=utf-8")
        per_source[source].append((path, title))
    for source, items in enumerate(per_source):
        entries = "".join(
            f"<item><title>{t}</title><link>{p}?utm_source=rss</link></item>" for p, t in items
        )
        feed = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>s{source}</title>{entries}</channel></rss>'
        site[f"/s{source}/rss.xml"] = (feed.encode(), "application/rss+xml; charset=utf-8")
    return site


def _serve(site, port_queue):
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # The headers and the body go out in two writes: with Nagle's algorithm the body
        # waited for the client's delayed ACK of the headers, ≈ 40 ms per page on
        # loopback (the worker idle). Real servers send with TCP_NODELAY.
        disable_nagle_algorithm = True

        def log_message(self, *args):
            pass

        def do_GET(self):  # noqa: N802
            body, ctype = site.get(self.path.split("?")[0], (b"not found", "text/plain"))
            self.send_response(200 if ctype != "text/plain" else 404)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port_queue.put(server.server_address[1])
    server.serve_forever()


def _cpu_of(pid: int | None) -> float | None:
    """CPU seconds (user + system) a process on this machine has used, from /proc."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError, TypeError):
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _backend_pid() -> int | None:
    from django.db import connection

    if connection.vendor != "postgresql":
        return None  # SQLite works inside the worker: its CPU is the worker's
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        return cursor.fetchone()[0]


class _Statements:
    """Counts the statements the worker sends (each one a round trip on PostgreSQL)."""

    def __init__(self):
        self.count = 0
        self.savepoints = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        if sql.lstrip()[:9].upper() in ("SAVEPOINT", "RELEASE S", "ROLLBACK "):
            self.savepoints += 1
        return execute(sql, params, many, context)


def bench_ingestion(articles: int, sources: int) -> dict:
    from django.conf import settings
    from django.db import connection

    from ttdn.monitoring.ingest.fetch import Fetcher
    from ttdn.monitoring.ingest.services import source_create, source_fetch
    from ttdn.monitoring.models import Article, Story

    settings.TTDN_MONITORING_HOST_INTERVAL = 0
    settings.TTDN_MONITORING_MAX_ARTICLES_PER_FETCH = articles
    site = build_site(articles, sources)
    ports = multiprocessing.Queue()
    server = multiprocessing.Process(target=_serve, args=(site, ports), daemon=True)
    server.start()
    base = f"http://127.0.0.1:{ports.get(timeout=30)}"
    try:
        ids = [
            source_create(
                actor=None,
                name=f"Nguồn {i}",
                outlet=f"Nguồn {i}",
                country="VN",
                kind="domestic",
                feed_urls=[f"{base}/s{i}/rss.xml"],
                interval_minutes=60,
            ).pk
            for i in range(sources)
        ]
        backend = _backend_pid()
        db_start, server_start = _cpu_of(backend), _cpu_of(server.pid)
        statements = _Statements()
        start, cpu_start = time.perf_counter(), time.process_time()
        with Fetcher() as fetcher, connection.execute_wrapper(statements):
            outcomes = [source_fetch(pk, fetcher=fetcher) for pk in ids]
        seconds = time.perf_counter() - start
        cpu = time.process_time() - cpu_start
        db_end, server_end = _cpu_of(backend), _cpu_of(server.pid)
    finally:
        server.terminate()
    stored = sum(o.stored for o in outcomes)
    return {
        "database": connection.vendor,
        "articles": stored,
        "stories": Story.objects.count(),
        "errors": sum(len(o.errors) for o in outcomes),
        "seconds": round(seconds, 2),
        "articles_per_second": round(stored / seconds, 1),
        # the worker process's own CPU (on SQLite that includes the database's work)
        "cpu_seconds": round(cpu, 2),
        "articles_per_cpu_second": round(stored / cpu, 1) if cpu else None,
        # PostgreSQL's backend serving the worker, and the local page server
        "database_cpu_seconds": round(db_end - db_start, 2) if db_start is not None else None,
        "server_cpu_seconds": (
            round(server_end - server_start, 2) if server_start is not None else None
        ),
        "statements_per_article": round(statements.count / stored, 1) if stored else None,
        "savepoint_statements_per_article": (
            round(statements.savepoints / stored, 1) if stored else None
        ),
        "in_database": Article.objects.count(),
    }


def _empty_monitoring() -> None:
    """Delete every monitoring row (the benchmark's own database only). On PostgreSQL
    the tables are vacuumed and analysed after it, so that a run does not read the dead
    rows and the statistics of the runs before it."""
    from django.db import connection

    from ttdn.core.models import SearchEntry
    from ttdn.monitoring.models import Article, Source, Story

    SearchEntry.objects.filter(kind="monitoring.article").delete()
    Article.objects.all().delete()
    Story.objects.all().delete()
    Source.objects.all().delete()
    if connection.vendor == "postgresql":
        from django.apps import apps

        tables = [m._meta.db_table for m in apps.get_app_config("monitoring").get_models()]
        with connection.cursor() as cursor:
            for table in [*tables, SearchEntry._meta.db_table]:
                cursor.execute(f"VACUUM ANALYZE {connection.ops.quote_name(table)}")


# Monitored topics of a press office (``--topics``): two about the locality (Đồng Nai,
# matched with its former provinces, districts and communes), phrases, wildcards, NEAR,
# NOT and language filters.
TOPICS = {
    "Đầu tư vào tỉnh": ('"đầu tư" OR invest* OR "khu công nghiệp"', True, ()),
    "Đồng Nai": ('"Đồng Nai" OR "dong nai" OR tỉnh', True, ()),
    "Thiên tai": ('lũ OR flood* OR "sạt lở" OR mưa', False, ()),
    "Dự án ở Đồng Nai": ('"Đồng Nai" NEAR/10 ("dự án" OR project*)', False, ()),
    "Investment, not rubber": ("invest* AND NOT rubber", False, ("en",)),
    "Nông sản": ('"cao su" OR "hạt điều" OR cashew OR rubber', False, ()),
    "Chính quyền": ("chính* AND (tỉnh OR province)", False, ()),
    "越南投资": ("投资 OR 越南", False, ("zh",)),
}


def set_up_topics(enabled: bool) -> None:
    """With ``enabled``: the monitored topics above (a press officer owns them) and a
    trained classifier in use, as in a province that has run for a night; else none."""
    from ttdn.accounts.models import User
    from ttdn.monitoring.classify import classifier_train
    from ttdn.monitoring.models import ClassifierModel, Topic

    Topic.objects.all().delete()
    ClassifierModel.objects.all().delete()
    if not enabled:
        return
    from ttdn.directory.models import AdministrativeUnit, UnitLevel
    from ttdn.directory.services import units_load
    from ttdn.monitoring.topics import topic_create

    units_load()
    province = AdministrativeUnit.objects.get(
        level=UnitLevel.PROVINCE, name="Đồng Nai", valid_to__isnull=True
    )
    owner, _created = User.objects.get_or_create(
        username="bench_monitoring",
        defaults={"role": "coordinator", "full_name": "Bench", "email": "bench@ttdn.local"},
    )
    for name, (query, local, languages) in TOPICS.items():
        topic_create(
            actor=owner,
            name=name,
            query=query,
            locality=province if local else None,
            languages=list(languages),
        )
    classifier_train(actor=None)


def bench_duplicates(thresholds) -> list[dict]:
    from django.db import transaction
    from django.test.utils import override_settings
    from django.utils import timezone

    from ttdn.monitoring.ingest.services import source_create
    from ttdn.monitoring.ingest.store import ArticleInput, article_store

    groups = json.loads(LABELLED.read_text(encoding="utf-8"))["groups"]
    items = [(g["story"], i, v) for g in groups for i, v in enumerate(g["versions"])]
    random.Random(7).shuffle(items)
    results = []
    for threshold in thresholds:
        with transaction.atomic():
            source = source_create(
                actor=None, name="Nhãn", outlet="Nhãn", country="VN", kind="domestic",
                feed_urls=["http://127.0.0.1/labelled.xml"],
            )  # fmt: skip
            predicted = {}
            with override_settings(TTDN_MONITORING_DUPLICATE_THRESHOLD=threshold):
                for story, i, version in items:
                    article, _ = article_store(
                        source=source,
                        data=ArticleInput(
                            url=f"https://{version['outlet']}.example/{story}/{i}",
                            title=version["title"],
                            text=version["text"],
                            language="en" if story.startswith("en-") else "vi",
                        ),
                        fetched_at=timezone.now(),
                    )
                    predicted[(story, i)] = article.story_id
            transaction.set_rollback(True)
        true_pairs = pred_pairs = both = 0
        for a, b in itertools.combinations(predicted, 2):
            same_label = a[0] == b[0]
            same_story = predicted[a] == predicted[b]
            true_pairs += same_label
            pred_pairs += same_story
            both += same_label and same_story
        precision = both / pred_pairs if pred_pairs else 1.0
        recall = both / true_pairs if true_pairs else 1.0
        results.append(
            {
                "threshold": threshold,
                "articles": len(items),
                "labelled_stories": len(groups),
                "found_stories": len(set(predicted.values())),
                "precision": round(precision, 3),
                "recall": round(recall, 3),
            }
        )
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=600)
    parser.add_argument("--sources", type=int, default=12)
    parser.add_argument("--thresholds", default="0.2,0.25,0.3,0.35,0.4,0.5")
    parser.add_argument("--skip-ingestion", action="store_true")
    parser.add_argument(
        "--runs", type=int, default=1, help="ingestion runs (monitoring rows emptied before each)"
    )
    parser.add_argument(
        "--topics",
        action="store_true",
        help="with monitored topics (two about the locality) and a trained classifier",
    )
    args = parser.parse_args(argv)

    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    if not args.skip_ingestion:
        import statistics

        set_up_topics(args.topics)
        load_before = os.getloadavg()
        runs = []
        for _run in range(args.runs):
            _empty_monitoring()
            runs.append(bench_ingestion(args.articles, args.sources))
            print(json.dumps({"ingestion": runs[-1]}, ensure_ascii=False))
        summary = {
            "topics": args.topics,
            "runs": len(runs),
            "median_articles_per_second": statistics.median(r["articles_per_second"] for r in runs),
            "median_articles_per_cpu_second": statistics.median(
                r["articles_per_cpu_second"] or 0 for r in runs
            ),
            "load_before": [round(x, 2) for x in load_before],
            "load_after": [round(x, 2) for x in os.getloadavg()],
        }
        print(json.dumps({"ingestion_summary": summary}, ensure_ascii=False))
    thresholds = [float(t) for t in args.thresholds.split(",")]
    for row in bench_duplicates(thresholds):
        print(json.dumps({"duplicates": row}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
