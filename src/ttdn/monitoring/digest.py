"""The daily and weekly digests: what the press wrote, with charts, and what matters most.

:func:`digest_for` gathers one period (a day, or the seven days ending on a day): the
articles by tone, topic, language and source (server-rendered SVG bar charts, the
project's way: ``pages/dashboard.py``), the flags raised, the stories of the highest reach,
the responses opened and done. The page ``monitoring:digest`` shows it; the periodic jobs
``monitoring.digest_daily`` and ``monitoring.digest_weekly`` (settings.TTDN_SCHEDULES)
send it to each person who chose that digest on the digest page (``DigestSubscription``:
daily, weekly or none; without a choice, daily for the press officers and the
coordinating department, ``RESPOND_TO_MEDIA``, none for the others), once per period and
person (``notifications_send``), in the app and by e-mail.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, F, OuterRef, Q, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language_info, override
from django.utils.translation import gettext as _

from ttdn.accounts.capabilities import (
    MONITOR_MEDIA,
    RESPOND_TO_MEDIA,
    has_capability,
    users_with_capability_q,
)
from ttdn.accounts.models import User
from ttdn.audit.services import log_action
from ttdn.monitoring.flags import reason_text, subject_label
from ttdn.monitoring.models import (
    Article,
    DigestFrequency,
    DigestSubscription,
    Flag,
    MediaResponse,
    ResponseStatus,
    Story,
    StoryTone,
    Taxonomy,
)
from ttdn.notifications.services import NotificationData, notifications_send

DAILY, WEEKLY = "daily", "weekly"
PERIODS = (DAILY, WEEKLY)
TOP_STORIES = 10
MAX_BARS = 12

# The chart's geometry (viewBox units).
CHART_WIDTH = 480
LABEL_WIDTH = 170
BAR_SPAN = 250
ROW_HEIGHT = 24
# The chart classes of app.css a tone's bar takes (red for negative, green for positive).
TONE_CSS = {"negative": "late", "positive": "completion", "neutral": "on-time"}


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    count: int
    y: int
    y_text: int
    width: float
    css: str = ""


@dataclass(frozen=True, slots=True)
class Chart:
    key: str
    title: str
    bars: list[Bar]
    height: int
    total: int
    value_x: int = LABEL_WIDTH + BAR_SPAN + 6
    bar_x: int = LABEL_WIDTH


def clip(text: str, size: int = 26) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def chart(key: str, title: str, counts: list[tuple[str, int, str]]) -> Chart:
    """Horizontal bars of ``counts`` ((label, value, css class)), largest first; the
    rest beyond :data:`MAX_BARS` in one "Others" bar."""
    counts = sorted(counts, key=lambda c: (-c[1], c[0]))
    if len(counts) > MAX_BARS:
        rest = sum(c[1] for c in counts[MAX_BARS - 1 :])
        counts = [*counts[: MAX_BARS - 1], (_("Others"), rest, "")]
    top = max([1, *(c[1] for c in counts)])
    bars = [
        Bar(
            label=clip(label),
            count=value,
            y=i * ROW_HEIGHT + 4,
            y_text=i * ROW_HEIGHT + 18,
            width=round(BAR_SPAN * value / top, 1),
            css=css,
        )
        for i, (label, value, css) in enumerate(counts)
    ]
    return Chart(
        key=key,
        title=title,
        bars=bars,
        height=max(ROW_HEIGHT * len(bars), ROW_HEIGHT) + 8,
        total=sum(c[1] for c in counts),
    )


@dataclass(frozen=True)
class Period:
    kind: str
    start: dt.date
    end: dt.date

    @property
    def label(self) -> str:
        if self.start == self.end:
            return self.end.strftime("%d/%m/%Y")
        return f"{self.start:%d/%m/%Y} – {self.end:%d/%m/%Y}"

    def bounds(self) -> tuple[dt.datetime, dt.datetime]:
        tz = timezone.get_current_timezone()
        return (
            dt.datetime.combine(self.start, dt.time.min, tz),
            dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time.min, tz),
        )


def period_of(kind: str, day: dt.date) -> Period:
    if kind == WEEKLY:
        return Period(WEEKLY, day - dt.timedelta(days=6), day)
    return Period(DAILY, day, day)


@dataclass(frozen=True)
class FlagLine:
    flag: Flag
    reasons: list[str]
    subject: str = ""


@dataclass(frozen=True)
class Digest:
    period: Period
    articles: int
    charts: list[Chart]
    flags: list[FlagLine]
    top_stories: list[Story]
    responses_opened: int
    responses_done: list[MediaResponse]


def _language_label(code: str) -> str:
    """The language's name in the reader's language ("Tiếng Anh" / "English")."""
    try:
        return str(get_language_info(code)["name_translated"])
    except KeyError:
        return code or _("unknown")


def digest_for(period: Period) -> Digest:
    """Everything the digest of ``period`` shows (a handful of grouped queries)."""
    start, end = period.bounds()
    in_period = Article.objects.filter(published_at__gte=start, published_at__lt=end)
    total = in_period.count()
    tone_labels = dict(StoryTone.choices)
    tones = [
        (
            str(tone_labels.get(row["tone"], _("Not assessed"))),
            row["n"],
            TONE_CSS.get(row["tone"] or "", "submitted"),
        )
        for row in in_period.values(tone=F("story__assessment__tone"))
        .annotate(n=Count("pk"))
        .order_by()
    ]
    languages = [
        (_language_label(row["language"]), row["n"], "")
        for row in in_period.values("language").annotate(n=Count("pk")).order_by()
    ]
    sources = [
        (row["source__outlet"] or row["source__name"], row["n"], "")
        for row in in_period.values("source__outlet", "source__name")
        .annotate(n=Count("pk"))
        .order_by()
    ]
    topics: Counter = Counter()
    for topic_list in in_period.values_list("story__assessment__topics", flat=True):
        for topic in topic_list or []:
            topics[topic] += 1
    charts = [
        chart("tone", _("Articles by tone"), tones),
        chart(
            "topic", _("Articles by topic"), [(topic_label(t), n, "") for t, n in topics.items()]
        ),
        chart("language", _("Articles by language"), languages),
        chart("source", _("Articles by source"), sources),
    ]
    flags = list(
        Flag.objects.filter(created_at__gte=start, created_at__lt=end)
        .select_related("story")
        .order_by("-created_at", "-pk")[:50]
    )
    top = list(
        Story.objects.filter(articles__published_at__gte=start, articles__published_at__lt=end)
        .distinct()
        .select_related("assessment")
        .order_by("-reach", "-outlet_count", "-article_count", "-pk")[:TOP_STORIES]
    )
    opened = MediaResponse.objects.filter(created_at__gte=start, created_at__lt=end).count()
    done = list(
        MediaResponse.objects.filter(
            status=ResponseStatus.DONE, done_at__gte=start, done_at__lt=end
        ).select_related("story", "agency")[:50]
    )
    return Digest(
        period=period,
        articles=total,
        charts=charts,
        flags=[
            FlagLine(
                f,
                [reason_text(r, f.figures) for r in f.reasons],
                subject_label(f.subject) if f.subject else "",
            )
            for f in flags
        ],
        top_stories=top,
        responses_opened=opened,
        responses_done=done,
    )


def topic_label(code: str) -> str:
    """A topic's name in finding's taxonomy (its code if it is not one)."""
    return str(Taxonomy(code).label) if code in Taxonomy.values else code


def digest_text(digest: Digest) -> str:
    """The digest as the text of an e-mail (the page has the charts)."""
    lines = [
        _("{count} articles.").format(count=digest.articles),
    ]
    for c in digest.charts:
        if c.bars:
            parts = ", ".join(f"{b.label}: {b.count}" for b in c.bars[:6])
            lines.append(f"{c.title}: {parts}")
    if digest.flags:
        lines.append("")
        lines.append(_("Flagged ({count}):").format(count=len(digest.flags)))
        for line in digest.flags[:10]:
            about = line.flag.story.title if line.flag.story_id else line.subject
            lines.append(f"- {line.flag.get_rule_display()}: {about}")
    if digest.top_stories:
        lines.append("")
        lines.append(_("Highest reach:"))
        for story in digest.top_stories[:5]:
            lines.append(
                "- "
                + _("{title} ({outlets} outlets)").format(
                    title=story.title, outlets=story.outlet_count
                )
            )
    lines.append("")
    lines.append(
        _("Responses opened: {opened}; done: {done}.").format(
            opened=digest.responses_opened, done=len(digest.responses_done)
        )
    )
    return "\n".join(lines)


def default_frequency(user) -> str:
    """Without a choice: daily for those who answer the press, none for the others."""
    return DigestFrequency.DAILY if has_capability(user, RESPOND_TO_MEDIA) else DigestFrequency.NONE


def digest_frequency(user) -> str:
    """The digest e-mails ``user`` receives: their choice, else :func:`default_frequency`."""
    chosen = (
        DigestSubscription.objects.filter(user=user).values_list("frequency", flat=True).first()
    )
    return chosen or default_frequency(user)


def digest_frequency_set(*, actor, frequency: str) -> DigestSubscription:
    """``actor`` chooses their own digest e-mails (daily, weekly, none); audited."""
    if frequency not in DigestFrequency.values:
        raise ValidationError({"frequency": [_("Choose daily, weekly or none.")]})
    with transaction.atomic():
        before = digest_frequency(actor)
        subscription, _created = DigestSubscription.objects.update_or_create(
            user=actor, defaults={"frequency": frequency}
        )
        log_action(
            actor=actor,
            action="monitoring.digest_frequency_set",
            target=subscription,
            before={"frequency": before},
            after={"frequency": frequency},
        )
    return subscription


def digest_recipients(kind: str):
    """Who receives the ``kind`` digest: the active people who see monitoring and chose
    it, and those who answer the press and chose nothing (daily by default)."""
    chose = DigestSubscription.objects.filter(user=OuterRef("pk")).values("frequency")[:1]
    wanted = Q(chosen=kind)
    if kind == DigestFrequency.DAILY:  # the default of those who answer the press
        wanted |= Q(chosen__isnull=True) & users_with_capability_q(RESPOND_TO_MEDIA)
    return (
        User.objects.filter(users_with_capability_q(MONITOR_MEDIA))
        .annotate(chosen=Subquery(chose))
        .filter(wanted)
        .order_by("pk")
    )


def digest_send(*, kind: str, day: dt.date | None = None) -> int:
    """Send the ``kind`` digest of the period ending on ``day`` (yesterday by default:
    a digest covers whole days) to every responder, once; how many are new."""
    if kind not in PERIODS:
        raise ValueError(kind)
    day = day or timezone.localdate() - dt.timedelta(days=1)
    period = period_of(kind, day)
    with override(settings.LANGUAGE_CODE):
        digest = digest_for(period)
        title = (
            _("Daily media digest, {period}")
            if kind == DAILY
            else _("Weekly media digest, {period}")
        ).format(period=period.label)
        body = digest_text(digest)
    link = reverse("monitoring:digest") + f"?period={kind}&day={day.isoformat()}"
    items = [
        NotificationData(
            recipient_id=pk,
            kind=f"monitoring.digest_{kind}",
            title=title,
            body=body,
            link=link,
            event_key=f"monitoring:digest:{kind}:{day.isoformat()}",
        )
        for pk in digest_recipients(kind).values_list("pk", flat=True)
    ]
    return notifications_send(items=items)
