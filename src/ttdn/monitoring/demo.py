"""Demo media monitoring: a few sources and their articles, from local files only.

The pages and feeds of ``monitoring/fixtures/press/`` (Đồng Nai outlets and foreign ones
in English, Chinese, Korean, Japanese, French and Russian) are read from disk and stored
through the same extraction and storing code as fetched ones, under addresses on the
reserved ``.example`` domain. The demo sources are switched off: the demo never reaches
the network (a press officer can point a source at a real feed and switch it on).
"""

from __future__ import annotations

from pathlib import Path

from django.utils import timezone

from ttdn.monitoring.ingest.extract import extract_article
from ttdn.monitoring.ingest.services import source_create
from ttdn.monitoring.ingest.store import ArticleInput, article_store
from ttdn.monitoring.models import Source

PRESS = Path(__file__).resolve().parent / "fixtures" / "press"
# outlet folder → (name, country, kind, estimated audience, language)
DEMO_SOURCES = {
    "baodongnai": ("Báo Đồng Nai", "VN", "domestic", 500_000, "vi"),
    "tintucmiendong": ("Tin tức Miền Đông", "VN", "domestic", 100_000, "vi"),
    "asiabiztimes": ("Asia Business Times", "SG", "foreign", 2_000_000, "en"),
    "globalwire": ("Global Wire", "US", "foreign", 5_000_000, "en"),
    "huanqiu-jingji": ("环球经济", "CN", "foreign", 800_000, "zh"),
    "hankyung-global": ("한경 글로벌", "KR", "foreign", 300_000, "ko"),
    "nikkei-asia-ja": ("日経アジア", "JP", "foreign", 400_000, "ja"),
    "lecourrier-asie": ("Le Courrier d'Asie", "FR", "foreign", 50_000, "fr"),
    "ria-aziya": ("РИА Азия", "RU", "foreign", 200_000, "ru"),
}


def demo_monitoring(*, actor) -> dict:
    """Create the demo sources (switched off) and store their articles; idempotent."""
    stored = 0
    for folder, (name, country, kind, audience, language) in DEMO_SOURCES.items():
        host = f"https://{folder}.example"
        source = Source.objects.filter(name=name).first() or source_create(
            actor=actor,
            name=name,
            outlet=name,
            country=country,
            kind=kind,
            language=language,
            audience=audience,
            feed_urls=[f"{host}/{folder}/rss.xml"],
            interval_minutes=60,
            active=False,
        )
        for page in sorted((PRESS / folder).glob("*.html")):
            url = f"{host}/{folder}/{page.name}"
            extracted = extract_article(page.read_text(encoding="utf-8"), url=url)
            if extracted is None:
                continue
            _article, created = article_store(
                source=source,
                data=ArticleInput(
                    url=url,
                    title=extracted.title,
                    text=extracted.text,
                    html_sanitised=extracted.html,
                    language=extracted.language or language,
                    language_origin=extracted.language_origin,
                    author=extracted.author,
                    published_at=extracted.published_at,
                    canonical_url=extracted.canonical_url,
                ),
                fetched_at=timezone.now(),
            )
            stored += created
    return {"sources": len(DEMO_SOURCES), "articles": stored}
