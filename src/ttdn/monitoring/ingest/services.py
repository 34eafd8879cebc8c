"""Every write of sources, and a source's fetch (the job's body).

- :func:`source_create`, :func:`source_update`, :func:`source_delete`,
  :func:`source_fetch_request`: what press officers do on the sources pages (audited).
- :func:`sources_sweep`: the periodic sweep; claims each due source (conditional
  ``UPDATE`` of ``next_fetch_at``) and enqueues one ``fetch_source`` job per source.
- :func:`source_fetch`: one source's fetch. It claims the source (``fetching_since``, a
  lease), reads each of its feeds / sitemap / listing page with a conditional GET, reads
  each new article's page and stores it (:func:`~.store.article_store`, its own
  transaction: an article that fails loses no other), then records the outcome on the
  source: ok, or the error with back-off. Nothing it meets (timeouts, garbage, huge
  pages, loops) escapes: a failing source never stops the others.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass, field

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from ttdn.audit.services import log_action, snapshot
from ttdn.core.text import clean_text, squash
from ttdn.monitoring import batch
from ttdn.monitoring.batch import batch_scope
from ttdn.monitoring.ingest import feeds
from ttdn.monitoring.ingest.errors import FetchError
from ttdn.monitoring.ingest.extract import extract_article
from ttdn.monitoring.ingest.fetch import Fetcher, Response, host_allowed, looks_like_html
from ttdn.monitoring.ingest.language import detect_language, normalise_language
from ttdn.monitoring.ingest.store import (
    ArticleInput,
    announce,
    announcements_collected,
    article_store,
)
from ttdn.monitoring.ingest.urlnorm import url_key
from ttdn.monitoring.models import Article, FetchState, Source, SourceState

logger = logging.getLogger(__name__)
MAX_FEEDS = 10
SOURCE_FIELDS = (
    "name", "outlet", "country", "language", "kind", "feed_urls", "sitemap_url",
    "listing_url", "interval_minutes", "audience", "active",
)  # fmt: skip


# --- sources ------------------------------------------------------------------------------


def _clean_source(source: Source) -> None:
    source.name = squash(clean_text(source.name, multiline=False))
    source.outlet = squash(clean_text(source.outlet, multiline=False))
    source.country = squash(source.country).upper()
    source.language = normalise_language(source.language)
    urls = [squash(clean_text(u, multiline=False)) for u in (source.feed_urls or [])]
    source.feed_urls = list(dict.fromkeys(u for u in urls if u))
    errors = {}
    if len(source.country) != 2 or not source.country.isalpha() or not source.country.isascii():
        errors["country"] = _("Give the country as its two-letter code (VN, US, CN …).")
    if len(source.feed_urls) > MAX_FEEDS:
        errors["feed_urls"] = _("At most {count} feeds per source.").format(count=MAX_FEEDS)
    if not source.urls:
        errors["feed_urls"] = _("Give at least one feed, a sitemap or a listing page.")
    for url in source.urls:
        if not host_allowed(url):
            errors.setdefault(
                "feed_urls"
                if url in source.feed_urls
                else ("sitemap_url" if url == source.sitemap_url else "listing_url"),
                _("{url} is not a web address on an allowed host.").format(url=url[:200]),
            )
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def source_create(*, actor, **values) -> Source:
    source = Source(**{k: v for k, v in values.items() if k in SOURCE_FIELDS}, created_by=actor)
    _clean_source(source)
    source.full_clean()
    source.next_fetch_at = timezone.now()
    source.save()
    log_action(
        actor=actor, action="monitoring.source_created", target=source, after=snapshot(source)
    )
    return source


@transaction.atomic
def source_update(*, actor, source: Source, **values) -> Source:
    source = Source.objects.select_for_update().get(pk=source.pk)
    before = snapshot(source)
    old_urls = set(source.urls)
    for name, value in values.items():
        if name in SOURCE_FIELDS:
            setattr(source, name, value)
    _clean_source(source)
    source.full_clean()
    if set(source.urls) != old_urls or (source.active and not before["active"]):
        # New addresses or switched back on: fetch soon, forget old errors.
        source.next_fetch_at = timezone.now()
        source.backoff_until = None
        source.failures = 0
        FetchState.objects.filter(source=source).exclude(url__in=source.urls).delete()
    source.save()
    log_action(
        actor=actor,
        action="monitoring.source_changed",
        target=source,
        before=before,
        after=snapshot(source),
    )
    return source


@transaction.atomic
def source_delete(*, actor, source: Source) -> None:
    """Delete a source that has no articles (one with articles is switched off instead)."""
    if Article.objects.filter(source=source).exists():
        raise ValidationError(_("This source has articles; switch it off instead of deleting it."))
    log_action(
        actor=actor, action="monitoring.source_deleted", target=source, before=snapshot(source)
    )
    source.delete()


@transaction.atomic
def source_fetch_request(*, actor, source: Source) -> Source:
    """ "Fetch now": clear the back-off and queue the source's fetch after commit."""
    from ttdn.monitoring.tasks import fetch_source

    Source.objects.filter(pk=source.pk).update(
        next_fetch_at=timezone.now() + datetime.timedelta(minutes=source.interval_minutes),
        backoff_until=None,
    )
    source.refresh_from_db()
    log_action(actor=actor, action="monitoring.source_fetch_requested", target=source)
    fetch_source.enqueue(source.pk)
    return source


# --- the sweep ----------------------------------------------------------------------------


def due_sources_q(now: datetime.datetime) -> Q:
    lease = now - datetime.timedelta(seconds=settings.TTDN_MONITORING_FETCH_LEASE)
    return (
        Q(active=True)
        & (Q(next_fetch_at__isnull=True) | Q(next_fetch_at__lte=now))
        & (Q(backoff_until__isnull=True) | Q(backoff_until__lte=now))
        & (Q(fetching_since__isnull=True) | Q(fetching_since__lt=lease))
    )


def sources_sweep(*, now: datetime.datetime | None = None) -> list[int]:
    """Queue a fetch of each due source, once: returns the ids queued. With no source,
    nothing is fetched (the closed-network promise)."""
    from ttdn.monitoring.tasks import fetch_source

    now = now or timezone.now()
    queued = []
    for pk, interval, next_at in Source.objects.filter(due_sources_q(now)).values_list(
        "pk", "interval_minutes", "next_fetch_at"
    ):
        claimed = Source.objects.filter(pk=pk, next_fetch_at=next_at).update(
            next_fetch_at=now + datetime.timedelta(minutes=interval)
        )
        if claimed:
            queued.append(pk)
    for pk in queued:
        fetch_source.enqueue(pk)
    return queued


# --- one source's fetch ------------------------------------------------------------------


@dataclass
class FetchOutcome:
    source_id: int
    ran: bool = True
    listed: int = 0
    stored: int = 0
    duplicates: int = 0
    errors: list[FetchError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.ran and not self.errors


def _claim(source_id: int, now: datetime.datetime) -> bool:
    lease = now - datetime.timedelta(seconds=settings.TTDN_MONITORING_FETCH_LEASE)
    return bool(
        Source.objects.filter(
            Q(fetching_since__isnull=True) | Q(fetching_since__lt=lease), pk=source_id, active=True
        ).update(fetching_since=now)
    )


def _conditional_get(fetcher: Fetcher, source: Source, url: str) -> Response:
    state, _created = FetchState.objects.get_or_create(source=source, url=url)
    response = fetcher.get(url, etag=state.etag, last_modified=state.last_modified)
    FetchState.objects.filter(pk=state.pk).update(
        etag=response.headers.get("etag", state.etag if response.not_modified else "")[:500],
        last_modified=response.headers.get(
            "last-modified", state.last_modified if response.not_modified else ""
        )[:100],
        last_status=response.status,
        last_fetched_at=timezone.now(),
    )
    return response


def _list_entries(fetcher: Fetcher, source: Source, outcome: FetchOutcome) -> list[feeds.Entry]:
    entries: list[feeds.Entry] = []
    for url in source.feed_urls:
        try:
            response = _conditional_get(fetcher, source, url)
            if not response.not_modified:
                entries.extend(feeds.read_feed(response))
        except FetchError as exc:
            outcome.errors.append(exc)
    if source.sitemap_url:
        try:
            response = _conditional_get(fetcher, source, source.sitemap_url)
            if not response.not_modified:
                found, children = feeds.read_sitemap(response)
                for child in children[:3]:  # the newest few sitemaps of an index
                    found.extend(feeds.read_sitemap(fetcher.get(child))[0])
                entries.extend(found)
        except FetchError as exc:
            outcome.errors.append(exc)
    if source.listing_url:
        try:
            response = _conditional_get(fetcher, source, source.listing_url)
            if not response.not_modified:
                entries.extend(feeds.read_listing(response))
        except FetchError as exc:
            outcome.errors.append(exc)
    unique = {}
    for entry in entries:
        unique.setdefault(url_key(entry.url), entry)
    return list(unique.items())


def _article_input(
    source: Source, entry: feeds.Entry, response: Response | None
) -> ArticleInput | None:
    extracted = None
    if response is not None and looks_like_html(response):
        extracted = extract_article(response.text(), url=response.url)
    if extracted is not None:
        language, origin = extracted.language, extracted.language_origin
        if not language:
            language, origin = entry.language or source.language, "source"
        return ArticleInput(
            url=entry.url,
            title=extracted.title or entry.title,
            text=extracted.text,
            html_sanitised=extracted.html,
            language=language,
            language_origin=origin,
            author=extracted.author or entry.author,
            published_at=entry.published_at or extracted.published_at,
            canonical_url=extracted.canonical_url,
        )
    if not (entry.summary or entry.title):
        return None
    # The page could not be read: keep what the feed said (title and summary).
    text = entry.summary or ""
    language = entry.language or detect_language(f"{entry.title}\n{text}") or source.language
    return ArticleInput(
        url=entry.url,
        title=entry.title,
        text=text,
        language=language,
        language_origin="declared" if entry.language else "detected",
        author=entry.author,
        published_at=entry.published_at,
    )


def _record(source_id: int, outcome: FetchOutcome, now: datetime.datetime) -> None:
    source = Source.objects.get(pk=source_id)
    fields = {"fetching_since": None, "last_fetched_at": now}
    interval = datetime.timedelta(minutes=source.interval_minutes)
    # A source with several addresses is in error only when nothing could be read.
    failed = bool(outcome.errors) and (outcome.stored + outcome.duplicates + outcome.listed == 0)
    if not failed:
        fields.update(
            state=SourceState.OK,
            failures=0,
            backoff_until=None,
            last_success_at=now,
            last_error_code=outcome.errors[0].code if outcome.errors else "",
            last_error=outcome.errors[0].detail if outcome.errors else "",
        )
    else:
        failures = source.failures + 1
        error = outcome.errors[0]
        fields.update(failures=failures, last_error_code=error.code, last_error=error.detail)
        if failures == 1:
            fields.update(state=SourceState.ERROR, backoff_until=None)
        else:
            delay = min(
                interval.total_seconds() * 2 ** (failures - 1), settings.TTDN_MONITORING_MAX_BACKOFF
            )
            fields.update(
                state=SourceState.BACKING_OFF, backoff_until=now + datetime.timedelta(seconds=delay)
            )
    if source.next_fetch_at is None or source.next_fetch_at <= now:
        fields["next_fetch_at"] = now + interval
    Source.objects.filter(pk=source_id).update(**fields)


def _store_batch(source: Source, inputs: list, outcome: FetchOutcome) -> None:
    """Store a batch of a source's articles in one transaction, each a step of its own
    (one that fails loses no other), then announce the new ones (``article_stored``)
    together in one transaction, each receiver's work a step of its own. Each phase is
    tried first without savepoints (``batch.attempt``): written again step by step only
    if something in it failed."""

    def store() -> tuple[list, int, int]:
        announced: list = []
        stored = duplicates = 0
        with announcements_collected(announced), transaction.atomic():
            for entry, data in inputs:
                try:
                    with batch.step():
                        _article, created = article_store(
                            source=source, data=data, fetched_at=timezone.now()
                        )
                except batch.Retry:
                    raise
                except Exception:  # one bad article must not lose the others
                    logger.exception("source %s: could not store %s", source.pk, entry.url)
                    continue
                if created:
                    stored += 1
                else:
                    duplicates += 1
        return announced, stored, duplicates

    def announce_all() -> None:
        with transaction.atomic():
            for article, story in announced:
                announce(article, story)

    announced, stored, duplicates = batch.attempt(store)
    outcome.stored += stored
    outcome.duplicates += duplicates
    if announced:
        batch.attempt(announce_all)


def source_fetch(source_id: int, *, fetcher: Fetcher | None = None) -> FetchOutcome:
    """Fetch one source now (the ``fetch_source`` job). Never raises for what it reads."""
    now = timezone.now()
    outcome = FetchOutcome(source_id=source_id)
    if not _claim(source_id, now):
        outcome.ran = False
        return outcome
    own = fetcher is None
    fetcher = fetcher or Fetcher()
    try:
        source = Source.objects.get(pk=source_id)
        listed = _list_entries(fetcher, source, outcome)
        outcome.listed = len(listed)
        known = set(
            Article.objects.filter(url_key__in=[k for k, _e in listed]).values_list(
                "url_key", flat=True
            )
        )
        fresh = [e for k, e in listed if k not in known]
        outcome.duplicates = len(listed) - len(fresh)
        todo = fresh[: settings.TTDN_MONITORING_MAX_ARTICLES_PER_FETCH]
        size = max(1, getattr(settings, "TTDN_MONITORING_STORE_BATCH", 25))
        with batch_scope():
            for start in range(0, len(todo), size):
                inputs = []
                for entry in todo[start : start + size]:
                    try:
                        response = fetcher.get(entry.url)
                    except FetchError as exc:
                        logger.info("source %s: %s: %s", source_id, entry.url, exc)
                        response = None
                    data = _article_input(source, entry, response)
                    if data is not None:
                        inputs.append((entry, data))
                _store_batch(source, inputs, outcome)
    except Exception as exc:  # never let one source stop the worker
        logger.exception("source %s: fetch failed", source_id)
        outcome.errors.append(FetchError("internal", f"{type(exc).__name__}: {exc}"))
    finally:
        if own:
            fetcher.close()
        _record(source_id, outcome, now)
    return outcome
