"""The flag rules: which stories, and which rises in volume, the press officers review.

Two rules (docs/decisions/0033), their thresholds in settings:

- **negative coverage** (:func:`negative_coverage`, pure): a story whose tone is negative,
  that is about the locality, and that ran in a foreign outlet or in at least
  ``TTDN_MONITORING_FLAG_MIN_OUTLETS`` outlets (high reach). Evaluated whenever a story
  gains an article (the ``article_stored`` signal) or a press officer corrects its
  assessment.
- **rise in volume** (:func:`volume_rise`, pure): the articles of one day about the
  locality, or about one topic, number more than the mean + ``TTDN_MONITORING_FLAG_SIGMAS``
  standard deviations of the 14 days before, and at least
  ``TTDN_MONITORING_FLAG_MIN_VOLUME``. Evaluated by the periodic job
  ``monitoring.volume_sweep`` (settings.TTDN_SCHEDULES).

A rule's input is a story and its assessment (:class:`~ttdn.monitoring.models.StoryAssessment`:
tone, locality, topics, the words that decided them), filled from the classifier
(``monitoring.classify``) as articles arrive, or by a press officer. Each flag has a
``key`` (one per story and rule, one per subject and day): a rule that fires twice flags
once, and a dismissed flag stays dismissed. A new flag alerts the press officers once,
in the app and by e-mail (``notifications_send``).
"""

from __future__ import annotations

import datetime as dt
import logging
import math
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db import IntegrityError
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from ttdn.accounts.capabilities import RESPOND_TO_MEDIA, users_with_capability_q
from ttdn.accounts.models import User
from ttdn.audit.services import log_action
from ttdn.directory.models import AdministrativeUnit, UnitLevel
from ttdn.monitoring import batch
from ttdn.monitoring.classify import classify
from ttdn.monitoring.locality import locality_node
from ttdn.monitoring.models import (
    Article,
    ArticleLabel,
    AssessmentOrigin,
    Flag,
    FlagRule,
    SourceKind,
    Story,
    StoryAssessment,
    StoryTone,
    Taxonomy,
    Tone,
    Topic,
    TopicMatch,
)
from ttdn.monitoring.query import Document
from ttdn.monitoring.query.matcher import CompiledQuery, compile_query
from ttdn.monitoring.query.parser import Or
from ttdn.notifications.services import NotificationData, notifications_send

log = logging.getLogger(__name__)

BASELINE_DAYS = 14
MAX_MATCHED_WORDS = 30
LOCALITY = "locality"


def min_outlets() -> int:
    return getattr(settings, "TTDN_MONITORING_FLAG_MIN_OUTLETS", 3)


def min_volume() -> int:
    return getattr(settings, "TTDN_MONITORING_FLAG_MIN_VOLUME", 5)


def sigmas() -> float:
    return float(getattr(settings, "TTDN_MONITORING_FLAG_SIGMAS", 3))


# --- the assessment of a story ---------------------------------------------------------------


@dataclass(frozen=True)
class ArticleLabels:
    """What the classifier says of one article (``monitoring.classify.classify``)."""

    tone: str = ""
    about_locality: bool = False
    topics: tuple[str, ...] = ()
    matched_words: tuple[str, ...] = ()


def locality_units() -> list[AdministrativeUnit]:
    """Read once per ingestion batch (``monitoring.batch``): :func:`_locality_units`."""
    return batch.memo("locality_units", _locality_units)


def _locality_units() -> list[AdministrativeUnit]:
    """The province(s) "the locality" means: ``TTDN_MONITORING_LOCALITY`` (a province's
    name, e.g. "Đồng Nai") when set, else the provinces of the active monitored topics
    that are about a locality."""
    name = getattr(settings, "TTDN_MONITORING_LOCALITY", "")
    if name:
        units = AdministrativeUnit.objects.filter(
            level=UnitLevel.PROVINCE, name=name, valid_to__isnull=True
        )
    else:
        units = AdministrativeUnit.objects.filter(
            pk__in=Topic.objects.filter(active=True, locality__isnull=False).values("locality")
        )
    return list(units.order_by("pk"))


_LOCALITY_CACHE: dict[tuple[int, ...], CompiledQuery | None] = {}


def locality_matcher() -> CompiledQuery | None:
    """Every name of the locality (today's and former, ``monitoring.locality``) as one
    compiled query; cached per process for the same provinces."""
    units = locality_units()
    key = tuple(u.pk for u in units)
    if key not in _LOCALITY_CACHE:
        nodes = [node for unit in units if (node := locality_node(unit)) is not None]
        _LOCALITY_CACHE.clear()
        _LOCALITY_CACHE[key] = (
            None if not nodes else compile_query(nodes[0] if len(nodes) == 1 else Or(tuple(nodes)))
        )
    return _LOCALITY_CACHE[key]


def article_labels(article: Article) -> ArticleLabels:
    """The classifier's tone, topics and the words that decided them for ``article``
    (the labels finding stored when it arrived, else ``classify``), and whether it names
    the locality, with the names found."""
    label = batch.recall(("label", article.pk)) or (
        ArticleLabel.objects.filter(article=article).first()
    )
    if label is not None:
        tone, topics, words = label.tone, label.topics, label.matched_words
    else:
        result = classify(article)
        tone, topics, words = result.tone, result.topics, result.matched_words
    decided = [*(words.get(tone, []) if tone != Tone.NEUTRAL else [])]
    for topic in topics:
        decided.extend(words.get(topic, []))
    local: list[str] = []
    matcher = locality_matcher()
    if matcher is not None:
        document = batch.memo(("document", article.pk), lambda: Document.from_article(article))
        local = matcher.explain(document).terms
    return ArticleLabels(
        tone=str(tone or ""),
        about_locality=bool(local),
        topics=tuple(str(t) for t in topics),
        matched_words=tuple(dict.fromkeys([*local, *decided])),
    )


def _merge_words(*groups) -> list[str]:
    return list(dict.fromkeys(w for group in groups for w in group))[:MAX_MATCHED_WORDS]


_TONE_RANK = {StoryTone.NEGATIVE: 3, StoryTone.NEUTRAL: 1, StoryTone.POSITIVE: 2, "": 0}


def merge_labels(assessment: StoryAssessment, labels: ArticleLabels) -> None:
    """Fold one new article's labels into the story's assessment: the story is negative
    if any of its articles is (a reviewer would rather see it), about the locality if
    any is, and has the union of their topics and words."""
    if _TONE_RANK.get(labels.tone, 0) > _TONE_RANK.get(assessment.tone, 0):
        assessment.tone = labels.tone
    assessment.about_locality = assessment.about_locality or labels.about_locality
    assessment.topics = list(dict.fromkeys([*assessment.topics, *labels.topics]))
    assessment.matched_words = _merge_words(assessment.matched_words, labels.matched_words)


def story_assess(*, story: Story, article: Article) -> StoryAssessment:
    """Add ``article``'s labels to its story's assessment (kept as it is when a press
    officer set it)."""
    if batch.recall(("new_story", story.pk)) == article.pk:
        # The story was started by this article in this batch: it has no assessment
        # yet, so it is inserted at once (read and written as usual if one appeared).
        assessment = StoryAssessment(story=story)
        merge_labels(assessment, article_labels(article))
        try:
            with batch.step():
                assessment.save(force_insert=True)
            return assessment
        except IntegrityError:
            pass
    assessment, _created = StoryAssessment.objects.get_or_create(story=story)
    if assessment.origin == AssessmentOrigin.OFFICER:
        return assessment
    merge_labels(assessment, article_labels(article))
    assessment.save()
    return assessment


# --- rule (a): negative coverage --------------------------------------------------------------


@dataclass(frozen=True)
class StoryFacts:
    """What rule (a) reads of a story: its assessment and who ran it."""

    tone: str
    about_locality: bool
    matched_words: tuple[str, ...]
    outlet_count: int
    foreign_outlets: tuple[str, ...] = ()


@dataclass(frozen=True)
class Verdict:
    flagged: bool
    reasons: list[dict] = field(default_factory=list)


def negative_coverage(facts: StoryFacts, *, min_outlets: int) -> Verdict:
    """Rule (a), pure: negative AND about the locality AND (foreign OR ≥ ``min_outlets``)."""
    if facts.tone != StoryTone.NEGATIVE or not facts.about_locality:
        return Verdict(False)
    reasons: list[dict] = [{"code": "negative"}, {"code": "locality"}]
    if facts.foreign_outlets:
        reasons.append({"code": "foreign", "outlets": list(facts.foreign_outlets)})
    if facts.outlet_count >= min_outlets:
        reasons.append({"code": "reach", "outlets": facts.outlet_count, "min": min_outlets})
    if len(reasons) == 2:
        return Verdict(False)
    return Verdict(True, reasons)


def story_facts(story: Story, assessment: StoryAssessment) -> StoryFacts:
    return StoryFacts(
        tone=assessment.tone,
        about_locality=assessment.about_locality,
        matched_words=tuple(assessment.matched_words),
        outlet_count=story.outlet_count,
        foreign_outlets=_foreign_outlets(story),
    )


def _foreign_outlets(story: Story) -> tuple[str, ...]:
    foreign = (
        Article.objects.filter(story=story, source__kind=SourceKind.FOREIGN)
        .values_list("source__outlet", flat=True)
        .distinct()
    )
    return tuple(sorted(set(foreign)))[:20]


def story_evaluate(*, story: Story, assessment: StoryAssessment | None = None) -> Flag | None:
    """Apply rule (a) to ``story``; the new flag, or None (not flagged, or already)."""
    if assessment is None:
        assessment = StoryAssessment.objects.filter(story=story).first()
    if assessment is None:
        return None
    if assessment.tone != StoryTone.NEGATIVE or not assessment.about_locality:
        # the rule's first condition fails whoever ran the story: its outlets are not read
        return None
    key = f"negative:{story.pk}"
    if _flag_exists(key):  # flagged before (open or dismissed): never flagged twice
        return None
    verdict = negative_coverage(story_facts(story, assessment), min_outlets=min_outlets())
    if not verdict.flagged:
        return None
    return flag_raise(
        key=key,
        rule=FlagRule.NEGATIVE_COVERAGE,
        story=story,
        reasons=verdict.reasons,
        matched_words=list(assessment.matched_words),
    )


def _flag_exists(key: str) -> bool:
    """Whether the flag ``key`` was raised; a flag seen in an ingestion batch is not
    looked for again in that batch (flags are never deleted but with their story)."""
    if batch.recall(("flag", key)):
        return True
    exists = Flag.objects.filter(key=key).exists()
    if exists:
        batch.remember(("flag", key), True)
    return exists


def article_arrived(*, article: Article, story: Story | None) -> Flag | None:
    """What the ``article_stored`` signal does: assess the story, then apply rule (a)."""
    story = story or article.story
    if story is None:
        return None
    with batch.step():
        assessment = story_assess(story=story, article=article)
        return story_evaluate(story=story, assessment=assessment)


def on_article_stored(sender, *, article, story=None, **kwargs) -> None:
    article_arrived(article=article, story=story)


# --- rule (b): a rise in volume ----------------------------------------------------------------


@dataclass(frozen=True)
class Rise:
    flagged: bool
    count: int
    mean: float
    sd: float
    threshold: float


def volume_rise(today: int, baseline: list[int], *, sigmas: float, minimum: int) -> Rise:
    """Rule (b), pure: ``today`` > mean + ``sigmas``·sd of ``baseline`` and ≥ ``minimum``
    (population standard deviation of the days before, zero days included)."""
    days = len(baseline) or 1
    mean = sum(baseline) / days
    sd = math.sqrt(sum((x - mean) ** 2 for x in baseline) / days)
    threshold = mean + sigmas * sd
    return Rise(today > threshold and today >= minimum, today, mean, sd, threshold)


def _local_day(moment: dt.datetime) -> dt.date:
    return timezone.localdate(moment)


def daily_volumes(day: dt.date) -> tuple[dict[str, list[int]], dict[str, list[int]]]:
    """For each subject ("locality", "topic:<taxonomy code>", "watch:<monitored topic
    id>"): the articles of each of the 14 days before ``day`` and of ``day`` (last),
    counted by their local publication day; and the stories of ``day`` by subject."""
    tz = timezone.get_current_timezone()
    start = dt.datetime.combine(day - dt.timedelta(days=BASELINE_DAYS), dt.time.min, tz)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min, tz)
    rows = (
        Article.objects.filter(story__assessment__isnull=False)
        .filter(published_at__gte=start, published_at__lt=end)
        .values_list(
            "published_at",
            "story_id",
            "story__assessment__about_locality",
            "story__assessment__topics",
        )
    )
    counts: dict[str, Counter] = defaultdict(Counter)
    stories: dict[str, set[int]] = defaultdict(set)
    for published, story_id, local, topics in rows.iterator(chunk_size=2000):
        when = _local_day(published)
        subjects = ([LOCALITY] if local else []) + [f"topic:{t}" for t in topics or []]
        for subject in subjects:
            counts[subject][when] += 1
            if when == day:
                stories[subject].add(story_id)
    # The press officers' own monitored topics: the articles each one matched.
    matches = TopicMatch.objects.filter(
        topic__active=True, article__published_at__gte=start, article__published_at__lt=end
    ).values_list("topic_id", "article__published_at", "article__story_id")
    for topic_id, published, story_id in matches.iterator(chunk_size=2000):
        when = _local_day(published)
        subject = f"watch:{topic_id}"
        counts[subject][when] += 1
        if when == day and story_id:
            stories[subject].add(story_id)
    days = [day - dt.timedelta(days=n) for n in range(BASELINE_DAYS, -1, -1)]
    return {s: [c[d] for d in days] for s, c in counts.items()}, stories


def volume_sweep(*, day: dt.date | None = None) -> list[Flag]:
    """Apply rule (b) to ``day`` (today by default) for the locality and every topic;
    the new flags. Idempotent: one flag per subject and day."""
    day = day or timezone.localdate()
    volumes, stories = daily_volumes(day)
    flags = []
    for subject, series in sorted(volumes.items()):
        rise = volume_rise(series[-1], series[:-1], sigmas=sigmas(), minimum=min_volume())
        if not rise.flagged:
            continue
        top = (
            Story.objects.filter(pk__in=stories.get(subject, ()))
            .order_by("-reach", "-outlet_count", "-pk")
            .first()
        )
        flag = flag_raise(
            key=f"volume:{subject}:{day.isoformat()}",
            rule=FlagRule.VOLUME_RISE,
            story=top,
            subject=subject,
            day=day,
            reasons=[{"code": "volume", "subject": subject}],
            figures={
                "count": rise.count,
                "mean": round(rise.mean, 2),
                "sd": round(rise.sd, 2),
                "threshold": round(rise.threshold, 2),
                "stories": len(stories.get(subject, ())),
            },
        )
        if flag:
            flags.append(flag)
    return flags


# --- raising a flag and telling the press officers -------------------------------------------


def flag_raise(*, key: str, rule: str, story: Story | None, **values) -> Flag | None:
    """Create the flag ``key`` unless it exists; audit it and alert the press officers.
    Returns the new flag, or None when it was raised before."""
    if Flag.objects.filter(key=key).exists():
        return None
    try:
        with batch.step():
            flag = Flag(key=key, rule=rule, story=story, **values)
            flag.full_clean(validate_unique=False)
            flag.save()
    except IntegrityError:  # raised at the same moment by another worker
        return None
    log_action(
        actor=None,
        action="monitoring.flag_raised",
        target=flag,
        data={"rule": rule, "key": key},
        scopes=[story] if story else [],
    )
    flag_alert(flag)
    return flag


def responders():
    """Who is told of new flags and receives the digests: the press officers and the
    coordinating department (``RESPOND_TO_MEDIA``)."""
    return User.objects.filter(users_with_capability_q(RESPOND_TO_MEDIA)).order_by("pk")


def flag_title(flag: Flag) -> str:
    if flag.story_id:
        return _("Flagged story: {title}").format(title=flag.story.title)
    return _("Sudden rise in volume: {subject}").format(subject=subject_label(flag.subject))


def subject_label(subject: str) -> str:
    if subject == LOCALITY:
        return _("the locality")
    if subject.startswith("watch:"):
        name = Topic.objects.filter(pk=subject.removeprefix("watch:")).values_list(
            "name", flat=True
        )
        return _("monitored topic “{name}”").format(name=name.first() or subject)
    code = subject.removeprefix("topic:")
    topic = Taxonomy(code).label if code in Taxonomy.values else code
    return _("topic {topic}").format(topic=topic)


def reason_text(reason: dict, figures: dict | None = None) -> str:
    """One reason of a flag as a sentence (in the current language)."""
    code = reason.get("code")
    if code == "negative":
        return _("The tone is negative.")
    if code == "locality":
        return _("It is about the locality.")
    if code == "foreign":
        return _("Run by foreign outlets: {outlets}.").format(
            outlets=", ".join(reason.get("outlets", []))
        )
    if code == "reach":
        return _("Run by {count} outlets (flagged from {min}).").format(
            count=reason.get("outlets"), min=reason.get("min")
        )
    if code == "volume":
        figures = figures or {}
        return _(
            "{count} articles about {subject} today, against {mean} a day on average over "
            "the 14 days before (threshold {threshold})."
        ).format(
            count=figures.get("count"),
            subject=subject_label(reason.get("subject", "")),
            mean=str(figures.get("mean")).replace(".", ","),
            threshold=str(figures.get("threshold")).replace(".", ","),
        )
    return str(code)


def flag_alert(flag: Flag) -> int:
    """Tell every responder of ``flag`` once (in the app and by e-mail)."""
    link = reverse("monitoring:flags") + f"#flag-{flag.pk}"
    items = []
    with override(settings.LANGUAGE_CODE):  # the province's language, whoever is signed in
        title = flag_title(flag)
        body = "\n".join(reason_text(r, flag.figures) for r in flag.reasons)
        if flag.matched_words:
            body += "\n" + _("Matched words: {words}").format(words=", ".join(flag.matched_words))
    for user_id in responders().values_list("pk", flat=True):
        items.append(
            NotificationData(
                recipient_id=user_id,
                kind="monitoring.flag",
                title=title,
                body=body,
                link=link,
                event_key=f"monitoring:flag:{flag.pk}",
            )
        )
    return notifications_send(items=items)
