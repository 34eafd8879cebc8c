#!/usr/bin/env python
"""1,000 monitored topics matched against one article in process (issue 11: ≤ 2 ms median).

    .venv/bin/python benchmarks/monitoring_match.py [--topics 1000] [--repeat 200]

Topics are generated from the words press officers watch (localities, investment,
disasters, foreign outlets' English) with every operator of the language: phrases,
diacritics, wildcards, NEAR/n, NOT, filters. The article is ~900 words of Vietnamese
and English. Measured, each as a median over ``--repeat`` runs with a fresh article:

* ``document``: preparing the article once (tokens with and without diacritics);
* ``match``: every topic evaluated against it (``QuerySet.matching``);
* ``total``: both.

No database: the matcher is pure Python (``ttdn.monitoring.query``).
"""

from __future__ import annotations

import argparse
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

WORDS_VI = [
    "Đồng Nai",
    "Bình Phước",
    "Biên Hòa",
    "Long Thành",
    "đầu tư",
    "khu công nghiệp",
    "ô nhiễm",
    "môi trường",
    "lũ lụt",
    "bão",
    "sạt lở",
    "du lịch",
    "văn hóa",
    "biên giới",
    "cửa khẩu",
    "tôn giáo",
    "nhân quyền",
    "dân chủ",
    "tham nhũng",
    "sân bay",
    "doanh nghiệp",
    "xuất khẩu",
    "hạt điều",
    "cao su",
    "công nhân",
    "tai nạn",
    "lừa đảo",
    "sai sự thật",
    "xuyên tạc",
    "hợp tác",
    "Hàn Quốc",
    "Nhật Bản",
    "Trung Quốc",
    "Hoa Kỳ",
    "Cát Tiên",
    "Trị An",
    "Bù Đăng",
    "Chơn Thành",
    "Xuân Lộc",
    "Long Khánh",
]
WORDS_EN = [
    "investment",
    "investor",
    "factory",
    "pollution",
    "flood",
    "storm",
    "tourism",
    "border",
    "religion",
    "human rights",
    "corruption",
    "airport",
    "protest",
    "workers",
    "smuggling",
    "wildlife",
    "cashew",
    "rubber",
    "export",
    "fake news",
]
# Names of communes, companies and people: the long tail that makes 1,000 topics different.
_SYLLABLES = [
    "Tân",
    "Phú",
    "Long",
    "Bình",
    "An",
    "Hòa",
    "Thạnh",
    "Xuân",
    "Phước",
    "Lộc",
    "Trảng",
    "Định",
    "Quán",
    "Vĩnh",
    "Cửu",
    "Nhơn",
    "Trạch",
    "Thống",
    "Nhất",
    "Cẩm",
    "Mỹ",
    "Lâm",
    "Đồng",
    "Sơn",
    "Minh",
    "Hưng",
    "Thuận",
    "Lợi",
    "Đức",
    "Gia",
    "Kiệm",
]
PLACES = [f"{a} {b}" for a in _SYLLABLES for b in _SYLLABLES if a != b][:600]
PREFIXES = ["invest", "pollut", "đầu tư", "touris", "protest", "smuggl", "xuất khẩu", "export"]


def _term(rng: random.Random) -> str:
    word = rng.choice(WORDS_VI + WORDS_EN if rng.random() < 0.5 else PLACES)
    roll = rng.random()
    if roll < 0.3:
        from ttdn.core.text import fold

        word = fold(word)  # typed without diacritics
    if " " in word or roll > 0.9:
        return f'"{word}"'
    return word


def make_topics(n: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    topics = []
    for i in range(n):
        shape = i % 6
        a, b, c = _term(rng), _term(rng), _term(rng)
        if shape == 0:
            q = f"({a} OR {b}) AND {c}"
        elif shape == 1:
            q = f"{a} NEAR/{rng.randint(1, 10)} {b}"
        elif shape == 2:
            q = f"{rng.choice(PREFIXES)}* AND ({a} OR {b}) NOT {c}"
        elif shape == 3:
            q = f"{a} {b} lang:{rng.choice(['vi', 'en'])}"
        elif shape == 4:
            q = f"({a} OR {b} OR {c}) kind:{rng.choice(['foreign', 'domestic'])}"
        else:
            q = f'"{rng.choice(WORDS_VI)}" AND ({a} OR {b}) AND NOT ({c})'
        topics.append(q)
    return topics


def make_article(seed: int, density: float = 0.015) -> str:
    rng = random.Random(seed)
    filler = [
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
        "the",
        "province",
        "said",
        "on",
        "with",
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
        "officials",
        "report",
        "new",
        "from",
        "after",
    ]
    words = []
    while len(words) < 900:
        words.extend(rng.choice(filler).split())
        if rng.random() < density:
            words.extend(rng.choice(WORDS_VI + WORDS_EN + PLACES).split())
    return " ".join(words[:900])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--topics", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument(
        "--density",
        type=float,
        default=0.015,
        help="share of the article's words drawn from the topics' words (0.015: ~13 in 900)",
    )
    args = parser.parse_args(argv)

    import django

    django.setup()
    from ttdn.monitoring.query import Document, QuerySet, compile_query

    queries = make_topics(args.topics)
    started = time.perf_counter()
    matcher = QuerySet({i: compile_query(q) for i, q in enumerate(queries)})
    compile_ms = (time.perf_counter() - started) * 1000
    articles = [make_article(s, args.density) for s in range(20)]
    doc_ms, match_ms, found = [], [], []
    for r in range(args.repeat):
        text = articles[r % len(articles)]
        t0 = time.perf_counter()
        doc = Document(text, title="Đồng Nai", lang="vi", country="VN", kind="domestic")
        t1 = time.perf_counter()
        hits = matcher.matching(doc)
        t2 = time.perf_counter()
        doc_ms.append((t1 - t0) * 1000)
        match_ms.append((t2 - t1) * 1000)
        found.append(len(hits))
    total = [a + b for a, b in zip(doc_ms, match_ms, strict=True)]

    def p95(xs):
        return sorted(xs)[int(len(xs) * 0.95) - 1]

    print(
        f"topics: {args.topics}, compiled in {compile_ms:.0f} ms; runs: {args.repeat}; "
        f"density {args.density}"
    )
    print(f"topics matching an article: median {statistics.median(found):.0f}")
    for name, xs in (("document", doc_ms), ("match", match_ms), ("total", total)):
        print(f"{name:9s} median {statistics.median(xs):7.3f} ms   p95 {p95(xs):7.3f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
