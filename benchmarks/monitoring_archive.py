#!/usr/bin/env python
"""Archive search with the topic language over many stored articles, on PostgreSQL.

    createdb -h 127.0.0.1 -U postgres ttdn_archive
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/ttdn_archive \\
        .venv/bin/python benchmarks/monitoring_archive.py --articles 1000000 [--repeat 20]

Migrates the database, then (once: it only adds what is missing) writes the articles
and their search entries with COPY: short Vietnamese and English news texts (70 words)
made of common words, a long Zipf tail of syllables, and the watched terms (places of
Đồng Nai, investment, disasters …) at ``--density``, with a random publication time
over two years. Then runs each query of ``QUERIES`` ``--repeat``
times through ``monitoring.query.archive_search(query, limit=50)`` — the full-text
candidate filter and the in-process confirmation — and prints p50/p95 per query and
overall. The issue's target: p95 under 300 ms at 1,000,000 articles.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
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

QUERIES = [
    '"Đồng Nai" AND đầu tư*',
    '"dong nai" AND (flood* OR storm)',
    '"Bình Phước" NEAR/5 "cửa khẩu"',
    "invest* AND factory NOT rubber lang:en",
    '"sân bay" AND "Long Thành" NOT "tai nạn"',
    '("ô nhiễm" OR pollution) AND (river OR sông)',
    '"sai sự thật" OR "fake news"',
    "tourism OR touris* kind:foreign",
    '"Biên Hòa" AND "khu công nghiệp"',
    "cashew AND export* country:US",
]

VOCAB = [
    "Đồng Nai", "Bình Phước", "Biên Hòa", "Long Thành", "sân bay", "đầu tư", "khu công nghiệp",
    "ô nhiễm", "sông", "lũ lụt", "bão", "du lịch", "cửa khẩu", "tai nạn", "sai sự thật",
    "xuất khẩu", "hạt điều", "cao su", "investment", "investors", "factory", "pollution",
    "river", "flood", "storm", "tourism", "tourists", "border", "fake news", "cashew",
    "export", "exports", "rubber", "Dong Nai", "Binh Phuoc",
]  # fmt: skip
_COMMON = [
    "tỉnh",
    "năm",
    "người",
    "dân",
    "cho",
    "biết",
    "trong",
    "những",
    "ngày",
    "qua",
    "và",
    "của",
    "các",
    "đã",
    "được",
    "một",
    "có",
    "này",
    "theo",
    "tại",
    "the",
    "province",
    "said",
    "on",
    "with",
    "officials",
    "report",
    "new",
    "from",
    "after",
    "local",
    "company",
    "year",
]
_ONSETS = [
    "b",
    "c",
    "d",
    "đ",
    "g",
    "h",
    "k",
    "l",
    "m",
    "n",
    "ng",
    "nh",
    "ph",
    "qu",
    "s",
    "t",
    "th",
    "tr",
    "v",
    "x",
]
_RIMES = [
    "a",
    "à",
    "á",
    "ả",
    "ã",
    "ạ",
    "ai",
    "am",
    "an",
    "ang",
    "anh",
    "ao",
    "au",
    "ăn",
    "âm",
    "ân",
    "e",
    "ê",
    "em",
    "en",
    "i",
    "im",
    "in",
    "inh",
    "o",
    "ô",
    "ơ",
    "oi",
    "on",
    "ong",
    "u",
    "ư",
    "ưa",
    "ung",
]
# A long tail of syllables: real text's words are mostly rare (Zipf), not ten words again.
RARE = [o + r for o in _ONSETS for r in _RIMES]


def _text(rng: random.Random, words: int, density: float) -> str:
    out = []
    while len(out) < words:
        roll = rng.random()
        if roll < density:
            out.extend(rng.choice(VOCAB).split())
        elif roll < 0.5:
            out.append(rng.choice(_COMMON))
        else:
            out.append(RARE[min(int(rng.paretovariate(1.1)) - 1, len(RARE) - 1)])
    return " ".join(out[:words])


def generate(total: int, density: float, seed: int = 5) -> None:
    from django.db import connection, transaction

    from ttdn.core import search
    from ttdn.core.text import fold
    from ttdn.monitoring.models import Article, Source

    have = Article.objects.count()
    if have >= total:
        print(f"{have} articles already stored")
        return
    sources = list(Source.objects.all()[:20])
    if not sources:
        specs = [("VN", "vi", "domestic"), ("US", "en", "foreign"), ("FR", "fr", "foreign")]
        Source.objects.bulk_create(
            Source(
                name=f"Nguồn thử {i}", outlet=f"Outlet {i}", country=specs[i % 3][0],
                language=specs[i % 3][1], kind=specs[i % 3][2],
                feed_urls=[f"https://source{i}.example/rss"],
            )
            for i in range(20)
        )  # fmt: skip
        sources = list(Source.objects.all()[:20])
    rng = random.Random(seed + have)
    # Texts are put together from a pool of 20-word segments (three per text, one title
    # segment), folded once each: the database's work per row is what it is for real
    # rows, Python's folding is not repeated a million times (~4× faster generation).
    pool_size = min(50_000, max(1000, total // 10))
    segments = [_text(rng, 20, density) for _ in range(pool_size)]
    titles = [_text(rng, 10, density) for _ in range(pool_size // 2)]
    seg_folded = [fold(t) for t in segments]
    seg_index = [search._fold_body(t) for t in segments]
    title_folded = [fold(t) for t in titles]
    title_index = [search._fold_body(t) for t in titles]
    start = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    batch = 50_000
    started = time.perf_counter()
    # A bulk load builds the GIN indexes once at the end instead of row by row.
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'core_searchentry'"
            " AND indexdef ILIKE '%USING gin%'"
        )
        gin_indexes = cursor.fetchall()
        if total - have > 100_000:
            for name, _definition in gin_indexes:
                cursor.execute(f'DROP INDEX IF EXISTS "{name}"')
        else:
            gin_indexes = []
    for offset in range(have, total, batch):
        n = min(batch, total - offset)
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT COALESCE(MAX(id), 0) FROM monitoring_article")
            last_id = cursor.fetchone()[0]
            copy_sql = (
                "COPY monitoring_article (source_id, url, canonical_url, url_key, title, text,"
                " text_folded, html_sanitised, language, language_origin, author, published_at,"
                " fetched_at, minhash, content_hash) FROM STDIN"
            )
            bodies = {}
            with cursor.connection.cursor().copy(copy_sql) as copy:
                for i in range(offset, offset + n):
                    source = sources[i % len(sources)]
                    url = f"https://{source.pk}.example/a/{i}"
                    t = rng.randrange(len(titles))
                    parts = [rng.randrange(pool_size) for _ in range(3)]
                    title = titles[t]
                    text = " ".join(segments[k] for k in parts)
                    folded = " ".join([title_folded[t], *(seg_folded[k] for k in parts)])
                    when = start + datetime.timedelta(minutes=rng.randint(0, 2 * 365 * 24 * 60))
                    copy.write_row(
                        (source.pk, url, url, hashlib.sha256(url.encode()).hexdigest(), title,
                         text, folded, "", source.language, "source", "", when, when, b"", "")
                    )  # fmt: skip
                    bodies[url] = (
                        f"{title}\n{text}",
                        " ".join([title_index[t], *(seg_index[k] for k in parts)]),
                    )
            cursor.execute(
                "SELECT id, url FROM monitoring_article WHERE id > %s ORDER BY id", [last_id]
            )
            ids = cursor.fetchall()
            with cursor.connection.cursor().copy(
                "COPY core_searchentry (kind, object_id, body, body_folded) FROM STDIN"
            ) as copy:
                for pk, url in ids:
                    body, body_folded = bodies[url]
                    copy.write_row(("monitoring.article", pk, body, body_folded))
        done = offset + n
        rate = (done - have) / (time.perf_counter() - started)
        print(f"  {done} articles ({rate:.0f}/s)", flush=True)
    with connection.cursor() as cursor:
        for name, definition in gin_indexes:
            t0 = time.perf_counter()
            cursor.execute("SET maintenance_work_mem = '512MB'")
            cursor.execute(definition)
            print(f"  index {name} built in {time.perf_counter() - t0:.0f} s", flush=True)
        cursor.execute("ANALYZE monitoring_article")
        cursor.execute("ANALYZE core_searchentry")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", "--count", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument(
        "--density",
        type=float,
        default=0.03,
        help="share of words drawn from the watched terms (0.03: about 2 in a 70-word article)",
    )
    parser.add_argument(
        "--newest-window",
        type=int,
        default=None,
        help="articles read newest first before the GIN index (default: the app's; 0: GIN only)",
    )
    parser.add_argument("--skip-generate", action="store_true")
    args = parser.parse_args(argv)

    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    if connection.vendor != "postgresql":
        print("Run on PostgreSQL (DATABASE_URL=postgres://…)")
        return 2
    call_command("migrate", verbosity=0)
    if not args.skip_generate:
        generate(args.articles, args.density)

    from ttdn.monitoring.models import Article
    from ttdn.monitoring.query import archive, archive_search

    if args.newest_window is not None:
        archive.NEWEST_WINDOW = args.newest_window
    print(f"newest window: {archive.NEWEST_WINDOW} articles; load {os.getloadavg()}")

    print(f"articles: {Article.objects.count()}")
    every = []
    for query in QUERIES:
        times, hits = [], 0
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            result = archive_search(query, limit=50)
            times.append((time.perf_counter() - t0) * 1000)
            hits = len(result.hits)
        every.extend(times)
        times.sort()
        p95 = times[max(0, int(len(times) * 0.95) - 1)]
        print(f"{statistics.median(times):8.1f} ms p50 {p95:8.1f} ms p95  {hits:3d} hits  {query}")
    every.sort()
    print(f"load after: {os.getloadavg()}")
    print(
        f"all queries: p50 {statistics.median(every):.1f} ms, "
        f"p95 {every[max(0, int(len(every) * 0.95) - 1)]:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
