"""Reads of the press officers' queue and the responses (callers have passed
``monitoring_required``: everyone who may monitor sees all of them)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from ttdn.monitoring.flags import reason_text, subject_label
from ttdn.monitoring.models import (
    Article,
    Flag,
    FlagStatus,
    MediaResponse,
    ResponseStatus,
    StoryAssessment,
)

QUEUE_LIMIT = 200


@dataclass(frozen=True)
class QueueEntry:
    flag: Flag
    reasons: list[str]
    assessment: StoryAssessment | None
    articles: list[Article]
    subject: str = ""  # a rise in volume's subject, in words


def _articles_prefetch() -> Prefetch:
    return Prefetch(
        "story__articles",
        queryset=Article.objects.select_related("source").order_by("-published_at", "-pk"),
    )


def flag_queue(*, status: str = FlagStatus.OPEN, limit: int = QUEUE_LIMIT) -> list[QueueEntry]:
    """The flags in ``status`` (open by default), newest first, each with why it was
    raised, the story's assessment and articles (a fixed number of queries)."""
    flags = (
        Flag.objects.filter(status=status)
        .select_related("story", "story__assessment", "decided_by")
        .prefetch_related(_articles_prefetch())
        .order_by("-created_at", "-pk")[:limit]
    )
    entries = []
    for flag in flags:
        story = flag.story
        assessment = getattr(story, "assessment", None) if story else None
        entries.append(
            QueueEntry(
                flag=flag,
                reasons=[reason_text(r, flag.figures) for r in flag.reasons],
                assessment=assessment,
                articles=list(story.articles.all())[:10] if story else [],
                subject=subject_label(flag.subject) if flag.subject else "",
            )
        )
    return entries


def flag_counts() -> dict[str, int]:
    from django.db.models import Count

    rows = Flag.objects.values("status").annotate(n=Count("pk")).order_by()
    return {row["status"]: row["n"] for row in rows}


def responses_list(*, status: str = "", overdue_on: dt.date | None = None) -> QuerySet:
    responses = MediaResponse.objects.select_related("story", "agency", "created_by").order_by(
        "deadline", "pk"
    )
    if status in ResponseStatus.values:
        responses = responses.filter(status=status)
    if overdue_on is not None:
        responses = responses.filter(deadline__lt=overdue_on).exclude(status=ResponseStatus.DONE)
    return responses


def response_articles(response: MediaResponse) -> list[Article]:
    return list(response.articles.select_related("source").order_by("-published_at", "-pk"))
