"""Storing an article once, and putting it in its story.

:func:`article_store` is the only writer of articles. An article is stored once per
normalised address (``Article.url_key`` is unique): reading it again returns the stored
row, and two workers storing it at once end with one row (the loser's insert fails on the
constraint inside a savepoint and it reads the winner's). Then the story: an article whose
folded text is identical to one already stored, or whose MinHash shares an LSH band with
one and is estimated at least ``TTDN_MONITORING_DUPLICATE_THRESHOLD`` similar, joins that
article's story; else it starts one. Joining a story adds to its counts (articles,
outlets, reach) in one conditional ``UPDATE`` that returns the row (``story_refresh``
recomputes them from the articles). Once the transaction has committed,
``monitoring.signals.article_stored`` is sent (robustly) for the new article.

The statements run for every article (the address and story look-ups, the count, the
bands) are written in SQL from the models' table and column names, as the ORM would
generate them: building the equivalent ``QuerySet`` cost about twenty times the query
itself (decision 0036, addendum of 03/12/2026).
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime
import functools
import hashlib
import logging
from dataclasses import dataclass

from django.conf import settings
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, Max, Min, Sum
from django.db.models.functions import Coalesce

from ttdn.core.text import fold, squash
from ttdn.monitoring import batch
from ttdn.monitoring.ingest import dedupe
from ttdn.monitoring.ingest.cleaning import clean as clean_text
from ttdn.monitoring.ingest.urlnorm import normalise_url, url_key
from ttdn.monitoring.models import Article, ArticleBand, Source, Story
from ttdn.monitoring.signals import article_stored

logger = logging.getLogger(__name__)
MAX_CANDIDATE_STORIES = 50
MAX_STORY_MEMBERS = 30


@dataclass
class ArticleInput:
    url: str
    title: str
    text: str
    html_sanitised: str = ""
    language: str = ""
    language_origin: str = ""
    author: str = ""
    published_at: datetime.datetime | None = None
    canonical_url: str = ""


def _canonical(url: str, canonical: str) -> str:
    """The page's own canonical address when it is on the same site, else its address.

    A canonical link to another site (syndication) is not followed: the copy is a
    separate article of its own outlet, grouped with the original through its story."""
    if canonical:
        mine, theirs = normalise_url(url), normalise_url(canonical)
        if mine.split("/")[2] == theirs.split("/")[2]:
            return theirs
    return normalise_url(url)


@functools.cache
def _names() -> dict[str, str]:
    """The quoted table and column names the hot queries below use (from the models)."""
    quote = connection.ops.quote_name
    article, band, story = Article._meta, ArticleBand._meta, Story._meta
    names = {
        "article": quote(article.db_table),
        "band": quote(band.db_table),
        "story": quote(story.db_table),
        "story_columns": ", ".join(quote(f.column) for f in story.concrete_fields),
    }
    for prefix, meta, fields in (
        ("a_", article, ("id", "url_key", "story", "source", "content_hash", "minhash")),
        ("b_", band, ("article", "key")),
        ("s_", story, ("id", "article_count", "outlet_count", "reach", "first_seen", "last_seen")),
    ):
        for name in fields:
            names[prefix + name] = quote(meta.get_field(name).column)
    return names


def _fetch(sql: str, params) -> list[tuple]:
    """Rows of one statement on the default connection (no ORM: these run for every
    article, and building the equivalent ``QuerySet`` costs 20 times the query)."""
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


def _find_story(signature, content_hash: str) -> Story | None:
    """The story of the same text, else the candidate story most similar on average.

    A candidate (an article sharing an LSH band) proposes its story; the story is scored
    by the mean estimated similarity of the new text to its most recent articles
    (average link), and taken if that reaches the threshold. Taking the best single
    article instead (single link) lets two different stories that share a paragraph
    (an outlet's background paragraph, a boilerplate credit) chain into one.

    The SQL is what the ORM generates for the same filters (``.first()``, ``.distinct()``
    without order, newest first), written out once per process."""
    n = _names()
    same = _fetch(
        f"SELECT {n['a_story']} FROM {n['article']} WHERE ({n['a_content_hash']} = %s"  # noqa: S608
        f" AND {n['a_story']} IS NOT NULL) ORDER BY {n['a_id']} ASC LIMIT 1",
        [content_hash],
    )
    if same and same[0][0]:
        return Story(pk=same[0][0])
    keys = dedupe.band_keys(signature)
    if not keys:
        return None
    key_field = ArticleBand._meta.get_field("key")
    marks = ", ".join(["%s"] * len(keys))
    story_ids = [
        row[0]
        for row in _fetch(
            f"SELECT DISTINCT {n['article']}.{n['a_story']} FROM {n['article']}"  # noqa: S608
            f" INNER JOIN {n['band']} ON ({n['article']}.{n['a_id']} = {n['band']}.{n['b_article']})"
            f" WHERE ({n['band']}.{n['b_key']} IN ({marks})"
            f" AND {n['article']}.{n['a_story']} IS NOT NULL) LIMIT {MAX_CANDIDATE_STORIES}",
            [key_field.get_db_prep_value(k, connection) for k in keys],
        )
    ]
    if not story_ids:
        return None
    members: dict[int, list] = {}
    marks = ", ".join(["%s"] * len(story_ids))
    for story_id, minhash in _fetch(
        f"SELECT {n['a_story']}, {n['a_minhash']} FROM {n['article']}"  # noqa: S608
        f" WHERE {n['a_story']} IN ({marks}) ORDER BY {n['a_id']} DESC",
        story_ids,
    ):
        if len(members.setdefault(story_id, [])) < MAX_STORY_MEMBERS:
            members[story_id].append(dedupe.from_bytes(minhash))
    threshold = settings.TTDN_MONITORING_DUPLICATE_THRESHOLD
    best, best_score = None, 0.0
    for story_id, signatures in members.items():
        compared = dedupe.similarities(signature, [s for s in signatures if s is not None])
        score = sum(compared) / len(compared) if compared else 0.0
        if score >= threshold and score > best_score:
            best, best_score = story_id, score
    return Story(pk=best) if best else None


def story_refresh(story: Story) -> Story:
    """Recompute a story's counts and dates from its articles (row locked)."""
    story = Story.objects.select_for_update().get(pk=story.pk)
    articles = Article.objects.filter(story=story)
    totals = articles.aggregate(
        n=Count("pk"),
        outlets=Count("source_id", distinct=True),
        first=Min(Coalesce("published_at", "fetched_at")),
        last=Max(Coalesce("published_at", "fetched_at")),
    )
    reach = (
        Source.objects.filter(pk__in=articles.values("source_id")).aggregate(r=Sum("audience"))["r"]
        or 0
    )
    story.article_count = totals["n"]
    story.outlet_count = totals["outlets"]
    story.reach = reach
    if totals["first"]:
        story.first_seen = totals["first"]
        story.last_seen = totals["last"]
    story.save(
        update_fields=[
            "article_count",
            "outlet_count",
            "reach",
            "first_seen",
            "last_seen",
            "updated_at",
        ]
    )
    return story


def _story_add(story: Story, article: Article, source: Source, when) -> Story:
    """Count one more article in ``story`` with one conditional UPDATE (no lock held
    across queries): a new outlet adds one to the outlets and its audience to the reach.
    The story's row comes back from the same statement (``RETURNING``)."""
    n = _names()
    least, greatest = ("MIN", "MAX") if connection.vendor == "sqlite" else ("LEAST", "GREATEST")
    # the outlet is new to the story when no other article of the story has its source
    other = (
        f"EXISTS (SELECT 1 FROM {n['article']} WHERE {n['a_story']} = %s"  # noqa: S608
        f" AND {n['a_source']} = %s AND NOT ({n['a_id']} = %s))"
    )
    moment = Story._meta.get_field("first_seen").get_db_prep_value(when, connection)
    sql = (
        f"UPDATE {n['story']} SET {n['s_article_count']} = {n['s_article_count']} + 1,"  # noqa: S608
        f" {n['s_outlet_count']} = {n['s_outlet_count']} + CASE WHEN {other} THEN 0 ELSE 1 END,"
        f" {n['s_reach']} = {n['s_reach']} + CASE WHEN {other} THEN 0 ELSE %s END,"
        f" {n['s_first_seen']} = {least}({n['s_first_seen']}, %s),"
        f" {n['s_last_seen']} = {greatest}({n['s_last_seen']}, %s)"
        f" WHERE {n['s_id']} = %s RETURNING {n['story_columns']}"
    )
    ids = [story.pk, source.pk, article.pk]
    updated = list(Story.objects.raw(sql, [*ids, *ids, source.audience, moment, moment, story.pk]))
    if not updated:
        raise Story.DoesNotExist(f"story {story.pk} is gone")
    return updated[0]


def _bands_insert(article_id: int, keys: list[int]) -> None:
    """The article's LSH band keys, in one multi-row ``INSERT`` (32 model instances per
    article cost more than the insert itself, and on PostgreSQL ``executemany`` took one
    round trip per row)."""
    keys = list(dict.fromkeys(keys))
    if not keys:
        return
    n = _names()
    rows = ", ".join(["(%s, %s)"] * len(keys))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {n['band']} ({n['b_article']}, {n['b_key']}) VALUES {rows}",  # noqa: S608
            [value for k in keys for value in (article_id, k)],
        )


def article_store(
    *, source: Source, data: ArticleInput, fetched_at: datetime.datetime
) -> tuple[Article, bool]:
    """Store the article (once) and put it in its story; ``(article, created)``."""
    canonical = _canonical(data.url, data.canonical_url)
    key = url_key(canonical)
    n = _names()
    found = _fetch(
        f"SELECT {n['a_id']} FROM {n['article']} WHERE {n['a_url_key']} = %s",  # noqa: S608
        [key],
    )
    # Read by the id found (the address is unique), unless it went meanwhile.
    existing = Article.objects.filter(pk=found[0][0]).first() if found else None
    if existing is not None:
        return existing, False
    title = squash(clean_text(data.title, multiline=False))[:500] or canonical[:500]
    text = clean_text(data.text).strip()
    folded_text = fold(text)
    folded = f"{fold(title)} {folded_text}".strip()  # = fold(title + "\n" + text)
    signature = dedupe.signature(folded, folded=True)
    content_hash = hashlib.sha256(folded_text.encode()).hexdigest() if text else ""
    when = data.published_at or fetched_at
    try:
        with batch.step():
            story = _find_story(signature, content_hash) if content_hash else None
            new_story = story is None
            if new_story:
                story = Story.objects.create(
                    title=title,
                    language=data.language,
                    first_seen=when,
                    last_seen=when,
                    article_count=1,
                    outlet_count=1,
                    reach=source.audience,
                )
            article = Article(
                source=source,
                url=data.url[:2000],
                canonical_url=canonical[:2000],
                url_key=key,
                title=title,
                text=text,
                text_folded=folded,
                html_sanitised=data.html_sanitised,
                language=data.language[:8],
                language_origin=data.language_origin,
                author=squash(clean_text(data.author, multiline=False))[:300],
                published_at=data.published_at,
                fetched_at=fetched_at,
                story=story,
                minhash=dedupe.to_bytes(signature),
                content_hash=content_hash,
            )
            article.save()
            _bands_insert(article.pk, dedupe.band_keys(signature))
            if new_story:  # its assessment can be inserted without being looked for
                batch.remember(("new_story", story.pk), article.pk)
            else:
                story = _story_add(story, article, source, when)
            article.story = story
            article.source = source
            transaction.on_commit(lambda: _announce_or_collect(article, story))
    except IntegrityError:
        # Another worker stored the same address between our check and our insert.
        existing = Article.objects.filter(url_key=key).first()
        if existing is None:
            raise
        return existing, False
    return article, True


_collecting: contextvars.ContextVar[list | None] = contextvars.ContextVar(
    "monitoring_announcements", default=None
)


@contextlib.contextmanager
def announcements_collected(into: list):
    """While open, a committed new article is appended to ``into`` as ``(article,
    story)`` instead of being announced at once: the caller (a batch of a fetch)
    announces them together with :func:`announce` in one transaction."""
    token = _collecting.set(into)
    try:
        yield into
    finally:
        _collecting.reset(token)


def _announce_or_collect(article: Article, story: Story) -> None:
    collected = _collecting.get()
    if collected is not None:
        collected.append((article, story))
    else:
        announce(article, story)


def announce(article: Article, story: Story) -> None:
    """Send ``article_stored`` for a committed new article (robustly; in a batch's
    first, optimistic try a receiver's failure propagates: the batch is written again)."""
    if batch.optimistic():
        article_stored.send(sender=Article, article=article, story=story)
        return
    for receiver, response in article_stored.send_robust(
        sender=Article, article=article, story=story
    ):
        if isinstance(response, Exception):
            logger.error(
                "article_stored receiver %r failed on article %s",
                receiver,
                article.pk,
                exc_info=response,
            )
