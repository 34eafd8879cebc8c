"""Sources, what ttdn knows about fetching them, the articles read and their stories.

Owned by the ingestion part of monitoring (docs/decisions/0031). The core fields below are
a contract with the matcher (finding) and the press officers' queue (response): they are
not renamed.

- :class:`Source`: an outlet's feeds, sitemap or listing page, how often to poll it and
  its visible state (ok, error with the last error, backing off until …).
- :class:`FetchState`: per URL, what conditional GET needs (ETag, Last-Modified).
- :class:`HostSlot`: per host, when the next request may go out (the politeness rate
  limit shared by every worker through the database) and its cached robots.txt.
- :class:`Article`: one article, stored once per normalised URL (``url_key``).
- :class:`Story`: the cluster of articles that are the same story (near-duplicate text),
  keeping every outlet that ran it.
- :class:`ArticleBand`: the locality-sensitive-hashing bands of an article's MinHash
  signature, to find near-duplicate candidates with one indexed query.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ttdn.core.models import TimeStampedModel


class SourceKind(models.TextChoices):
    DOMESTIC = "domestic", _("Domestic press")
    FOREIGN = "foreign", _("Foreign press")
    OFFICIAL = "official", _("Official portal")


class SourceState(models.TextChoices):
    NEW = "new", _("Not fetched yet")
    OK = "ok", _("Working")
    ERROR = "error", _("Error")
    BACKING_OFF = "backoff", _("Backing off")


class Source(TimeStampedModel):
    """An outlet ttdn watches: its feeds (RSS/Atom), sitemap or listing page."""

    name = models.CharField(_("name"), max_length=200)
    outlet = models.CharField(
        _("outlet"), max_length=200, help_text=_("The newspaper, channel or portal.")
    )
    country = models.CharField(
        _("country"), max_length=2, help_text=_("ISO 3166 two-letter code, e.g. VN, US, CN.")
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        blank=True,
        help_text=_("The language the source usually writes in (vi, en, zh …)."),
    )
    kind = models.CharField(_("kind"), max_length=16, choices=SourceKind.choices)
    feed_urls = models.JSONField(_("feed addresses"), default=list, blank=True)
    sitemap_url = models.URLField(_("sitemap address"), max_length=1000, blank=True)
    listing_url = models.URLField(_("listing page address"), max_length=1000, blank=True)
    interval_minutes = models.PositiveIntegerField(_("poll every (minutes)"), default=60)
    audience = models.PositiveBigIntegerField(
        _("estimated audience"),
        default=0,
        help_text=_("Readers or viewers a month, if known; a story's reach adds these up."),
    )
    active = models.BooleanField(_("active"), default=True)
    state = models.CharField(
        _("state"), max_length=16, choices=SourceState.choices, default=SourceState.NEW
    )
    # A stable code (translated when shown, see ingest.errors) and the technical detail.
    last_error_code = models.CharField(_("last error"), max_length=32, blank=True)
    last_error = models.TextField(_("last error detail"), blank=True)
    failures = models.PositiveIntegerField(_("failures in a row"), default=0)
    backoff_until = models.DateTimeField(_("backing off until"), null=True, blank=True)
    next_fetch_at = models.DateTimeField(_("next fetch"), null=True, blank=True)
    last_fetched_at = models.DateTimeField(_("last fetched"), null=True, blank=True)
    last_success_at = models.DateTimeField(_("last fetched without error"), null=True, blank=True)
    # Claimed by the worker that fetches it (conditional UPDATE), released when done.
    fetching_since = models.DateTimeField(_("fetching since"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["name", "pk"]
        indexes = [models.Index(fields=["active", "next_fetch_at"], name="monitoring_src_due_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(interval_minutes__gte=5),
                name="monitoring_source_interval_min",
                violation_error_message=_("Poll a source at most every 5 minutes."),
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def urls(self) -> list[str]:
        """Every address polled: feeds, then sitemap, then listing page."""
        return [*self.feed_urls, *(u for u in (self.sitemap_url, self.listing_url) if u)]


class FetchState(models.Model):
    """What the last fetch of one URL of a source returned: for conditional GET."""

    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.CASCADE, related_name="fetch_states"
    )
    url = models.URLField(_("address"), max_length=1000)
    etag = models.CharField(_("ETag"), max_length=500, blank=True)
    last_modified = models.CharField(_("Last-Modified"), max_length=100, blank=True)
    last_status = models.PositiveSmallIntegerField(_("last HTTP status"), null=True, blank=True)
    last_fetched_at = models.DateTimeField(_("last fetched"), null=True, blank=True)

    class Meta:
        verbose_name = _("fetch state")
        verbose_name_plural = _("fetch states")
        constraints = [
            models.UniqueConstraint(fields=["source", "url"], name="monitoring_fetchstate_uniq"),
        ]

    def __str__(self) -> str:
        return self.url


class HostSlot(models.Model):
    """One host's politeness: the earliest time of its next request, and its robots.txt."""

    host = models.CharField(_("host"), max_length=255, unique=True)
    next_request_at = models.DateTimeField(_("next request at"), null=True, blank=True)
    robots_txt = models.TextField(_("robots.txt"), blank=True)
    # None: never read; robots.txt is read again after settings.TTDN_MONITORING_ROBOTS_TTL.
    robots_fetched_at = models.DateTimeField(_("robots.txt read at"), null=True, blank=True)
    # 4xx on robots.txt allows everything, 5xx or no answer disallows (RFC 9309).
    robots_allow_all = models.BooleanField(_("no robots.txt"), default=False)
    robots_deny_all = models.BooleanField(_("robots.txt unreachable"), default=False)

    class Meta:
        verbose_name = _("host")
        verbose_name_plural = _("hosts")

    def __str__(self) -> str:
        return self.host


class Story(TimeStampedModel):
    """The same story as several articles (near-duplicate text); reach matters."""

    title = models.CharField(_("title"), max_length=500)
    language = models.CharField(_("language"), max_length=8, blank=True)
    first_seen = models.DateTimeField(_("first seen"))
    last_seen = models.DateTimeField(_("last seen"))
    article_count = models.PositiveIntegerField(_("articles"), default=0)
    outlet_count = models.PositiveIntegerField(_("outlets"), default=0)
    # The sum of the estimated audiences of the distinct sources that ran it.
    reach = models.PositiveBigIntegerField(_("reach"), default=0)

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        ordering = ["-last_seen", "-pk"]
        indexes = [models.Index(fields=["-last_seen"], name="monitoring_story_recent_idx")]

    def __str__(self) -> str:
        return self.title


class Article(models.Model):
    """One article as read from its page: stored once per normalised address."""

    source = models.ForeignKey(
        Source, verbose_name=_("source"), on_delete=models.PROTECT, related_name="articles"
    )
    url = models.URLField(_("address"), max_length=2000)
    canonical_url = models.URLField(_("normalised address"), max_length=2000)
    # sha256 of canonical_url: the unique key (a 2,000-character unique index is not portable).
    url_key = models.CharField(_("address key"), max_length=64, unique=True)
    title = models.CharField(_("title"), max_length=500)
    text = models.TextField(_("text"), blank=True)
    # title + text folded (core.text.fold: lower case, no diacritics, đ→d) for search.
    text_folded = models.TextField(_("folded text"), blank=True)
    html_sanitised = models.TextField(_("sanitised HTML"), blank=True)
    language = models.CharField(_("language"), max_length=8, blank=True)
    # "declared" (the page said so), "detected" (offline model) or "source" (the source's).
    language_origin = models.CharField(_("language from"), max_length=16, blank=True)
    author = models.CharField(_("author"), max_length=300, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    fetched_at = models.DateTimeField(_("fetched"))
    story = models.ForeignKey(
        Story,
        verbose_name=_("story"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="articles",
    )
    # The MinHash signature (uint32 little-endian, settings-independent length) of the
    # folded text's shingles; empty for text too short to compare.
    minhash = models.BinaryField(_("MinHash signature"), blank=True, default=b"")
    content_hash = models.CharField(_("text hash"), max_length=64, blank=True, db_index=True)

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-published_at", "-pk"]
        indexes = [
            models.Index(fields=["-fetched_at"], name="monitoring_art_fetched_idx"),
            models.Index(fields=["-published_at"], name="monitoring_art_published_idx"),
            models.Index(fields=["language", "-published_at"], name="monitoring_art_lang_idx"),
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def when(self):
        """The publication time, or when it was fetched if the page gave none."""
        return self.published_at or self.fetched_at


class ArticleBand(models.Model):
    """One LSH band of an article's MinHash: articles sharing a band are candidates."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="bands")
    key = models.BigIntegerField(_("band key"))

    class Meta:
        verbose_name = _("MinHash band")
        verbose_name_plural = _("MinHash bands")
        indexes = [models.Index(fields=["key"], name="monitoring_band_key_idx")]
        constraints = [
            models.UniqueConstraint(fields=["article", "key"], name="monitoring_band_uniq"),
        ]

    def __str__(self) -> str:
        return f"{self.article_id}:{self.key}"
