"""Sources, stories and articles for the response tests, written straight to the
database (the ingestion path has its own tests; the end-to-end test goes through it)."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools

from django.utils import timezone

from ttdn.core.text import fold
from ttdn.monitoring.models import Article, Source, Story

_seq = itertools.count(1)


def make_source(
    *, name="Reuters", outlet=None, kind="foreign", country="GB", language="en", audience=0
):
    return Source.objects.create(
        name=name,
        outlet=outlet or name,
        country=country,
        language=language,
        kind=kind,
        feed_urls=[f"http://127.0.0.1:9/{next(_seq)}.xml"],
        audience=audience,
    )


def make_story(*, title="Protest over land clearance in Dong Nai", when=None, outlets=1, reach=0):
    when = when or timezone.now()
    return Story.objects.create(
        title=title,
        first_seen=when,
        last_seen=when,
        article_count=0,
        outlet_count=outlets,
        reach=reach,
    )


def make_article(*, source, story, title=None, text="", when=None, language=None):
    n = next(_seq)
    when = when or timezone.now()
    url = f"https://news.example/{n}"
    article = Article.objects.create(
        source=source,
        url=url,
        canonical_url=url,
        url_key=hashlib.sha256(url.encode()).hexdigest(),
        title=title or story.title,
        text=text or f"{story.title}. Residents of Đồng Nai said …",
        text_folded=fold(f"{title or story.title} {text}"),
        language=language or source.language,
        published_at=when,
        fetched_at=when,
        story=story,
    )
    Story.objects.filter(pk=story.pk).update(article_count=story.articles.count())
    return article


def at(day: dt.date, hour: int = 9) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(hour), timezone.get_current_timezone())
