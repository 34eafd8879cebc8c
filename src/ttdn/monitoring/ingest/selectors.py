"""Reads of sources, articles and stories, always starting from what the user may see."""

from __future__ import annotations

import datetime

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from ttdn.monitoring.access import visible_articles, visible_sources, visible_stories
from ttdn.monitoring.models import Article, Source, SourceState, Story

# What list pages show of an article: not its text nor its HTML.
ARTICLE_LIST_FIELDS = (
    "pk", "title", "url", "language", "published_at", "fetched_at", "story_id",
    "source__name", "source__outlet", "source__country", "source__kind",
)  # fmt: skip


def source_list(user) -> QuerySet[Source]:
    return visible_sources(user).annotate(article_total=Count("articles")).order_by("name", "pk")


def _day_bounds(day: datetime.date, *, end: bool) -> datetime.datetime:
    moment = datetime.datetime.combine(
        day + datetime.timedelta(days=1 if end else 0), datetime.time()
    )
    return timezone.make_aware(moment)


def article_list(
    user,
    *,
    source_id: int | None = None,
    language: str = "",
    country: str = "",
    kind: str = "",
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
) -> QuerySet[Article]:
    """Articles newest first (publication time, else when fetched), filtered."""
    qs = visible_articles(user).select_related("source")
    if source_id:
        qs = qs.filter(source_id=source_id)
    if language:
        qs = qs.filter(language=language.lower())
    if country:
        qs = qs.filter(source__country=country.upper())
    if kind:
        qs = qs.filter(source__kind=kind)
    if date_from:
        start = _day_bounds(date_from, end=False)
        qs = qs.filter(
            Q(published_at__gte=start) | Q(published_at__isnull=True, fetched_at__gte=start)
        )
    if date_to:
        end = _day_bounds(date_to, end=True)
        qs = qs.filter(Q(published_at__lt=end) | Q(published_at__isnull=True, fetched_at__lt=end))
    return qs.only(*ARTICLE_LIST_FIELDS).order_by("-published_at", "-pk")


def story_list(user) -> QuerySet[Story]:
    return visible_stories(user).order_by("-last_seen", "-pk")


def story_articles(story: Story) -> list[Article]:
    """Every article of the story with its outlet, first published first."""
    return list(
        Article.objects.filter(story=story)
        .select_related("source")
        .only(*ARTICLE_LIST_FIELDS, "author")
        .order_by("published_at", "fetched_at", "pk")
    )


def overview(user) -> dict:
    """The monitoring home page's figures."""
    since = timezone.now() - datetime.timedelta(days=1)
    sources = visible_sources(user)
    return {
        "source_count": sources.filter(active=True).count(),
        "failing_sources": list(
            sources.filter(active=True, state__in=[SourceState.ERROR, SourceState.BACKING_OFF])
        ),
        "articles_today": visible_articles(user).filter(fetched_at__gte=since).count(),
        "stories": list(story_list(user)[:10]),
    }
