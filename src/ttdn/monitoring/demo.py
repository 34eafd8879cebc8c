"""Demo media monitoring: a few sources and their articles, from local files only.

The pages and feeds of ``monitoring/fixtures/press/`` (Đồng Nai outlets and foreign ones
in English, Chinese, Korean, Japanese, French and Russian) are read from disk and stored
through the same extraction and storing code as fetched ones, under addresses on the
reserved ``.example`` domain. The demo sources are switched off: the demo never reaches
the network (a press officer can point a source at a real feed and switch it on).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from django.core.exceptions import ValidationError
from django.utils import timezone

from ttdn.monitoring.ingest.extract import extract_article
from ttdn.monitoring.ingest.services import source_create
from ttdn.monitoring.ingest.store import ArticleInput, article_store
from ttdn.monitoring.models import (
    MediaResponse,
    ResponseKind,
    ResponseStatus,
    Source,
    Story,
)
from ttdn.monitoring.responses import response_move, response_open

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


def _recent(pages: list[tuple], now: dt.datetime) -> dt.timedelta:
    """How far the fixtures' dates move so that the newest page was published an hour
    ago: the digests, charts and volume figures of a new demo show the days being
    looked at, not the weeks the fixtures were written in (their order and spacing kept)."""
    dates = [extracted.published_at for *_rest, extracted in pages if extracted.published_at]
    if not dates:
        return dt.timedelta(0)
    return max(dt.timedelta(0), now - dt.timedelta(hours=1) - max(dates))


def demo_monitoring(*, actor, now: dt.datetime | None = None) -> dict:
    """Create the demo sources (switched off) and store their articles, dated as if
    published in the last weeks up to an hour before ``now``; idempotent."""
    now = now or timezone.now()
    stored = 0
    pages = []
    for folder in DEMO_SOURCES:
        host = f"https://{folder}.example"
        for page in sorted((PRESS / folder).glob("*.html")):
            url = f"{host}/{folder}/{page.name}"
            extracted = extract_article(page.read_text(encoding="utf-8"), url=url)
            if extracted is not None:
                pages.append((folder, url, extracted))
    shift = _recent(pages, now)
    for folder, (name, country, kind, audience, language) in DEMO_SOURCES.items():
        host = f"https://{folder}.example"
        values = {
            "name": name,
            "outlet": name,
            "country": country,
            "kind": kind,
            "language": language,
            "audience": audience,
            "feed_urls": [f"{host}/{folder}/rss.xml"],
            "interval_minutes": 60,
            "active": False,
        }
        source = Source.objects.filter(name=name).first()
        if source is None:
            try:
                source = source_create(actor=actor, **values)
            except ValidationError:
                # An installation with TTDN_MONITORING_ALLOWED_HOSTS refuses the demo's
                # .example hosts; the demo sources are never fetched, so keep them anyway.
                source = Source.objects.create(**values, created_by=actor)
        for _folder, url, extracted in (p for p in pages if p[0] == folder):
            published = extracted.published_at + shift if extracted.published_at else None
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
                    published_at=published,
                    canonical_url=extracted.canonical_url,
                ),
                fetched_at=now,
            )
            stored += created
    return {"sources": len(DEMO_SOURCES), "articles": stored}


def demo_responses(*, actor, agency, today) -> int:
    """A response under way in the demo: a correction request to the foreign outlet of the
    widest-reaching story nobody flagged, opened, drafted and in progress (the flagged story
    stays in the press officers' queue). Idempotent: nothing when a response exists."""
    if MediaResponse.objects.exists():
        return 0
    story = (
        Story.objects.filter(flags__isnull=True, articles__source__kind="foreign")
        .distinct()
        .order_by("-reach", "pk")
        .first()
    )
    if story is None:
        return 0
    response = response_open(
        actor=actor,
        story=story,
        kind=ResponseKind.CORRECTION,
        agency=agency,
        deadline=today + dt.timedelta(days=7),
        correct_information=(
            "Theo số liệu của Sở Kế hoạch và Đầu tư tỉnh Đồng Nai, tiến độ dự án được nêu "
            "trong bài viết chưa chính xác; đề nghị cơ quan báo chí cải chính theo số liệu "
            "chính thức công bố tại họp báo định kỳ của UBND tỉnh."
        ),
        today=today,
    )
    response_move(
        actor=actor,
        response=response,
        to_status=ResponseStatus.IN_PROGRESS,
        version=response.version,
    )
    return 1
