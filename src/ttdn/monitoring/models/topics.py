"""Finding what matters: monitored topics, their matches, labels and the classifier.

Owned by the finding part of monitoring (docs/decisions/0032).

- :class:`Topic`: a monitored query (the Boolean language of ``monitoring.query``), its
  extra filters, whether it must be about the locality, active or not, its owner.
- :class:`TopicMatch`: an article a topic matched when it arrived, with the terms found.
- :class:`ArticleLabel`: an article's topics (the taxonomy) and tone, with the words that
  decided them; from the lexicon, the trained model, or a press officer's correction.
- :class:`LabelCorrection`: one correction as given (kept for training and history).
- :class:`ClassifierModel`: a locally trained model's parameters (JSON, no pickle) and
  its accuracy on held-out labels.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ttdn.core.models import TimeStampedModel


class Taxonomy(models.TextChoices):
    INVESTMENT = "investment", _("Investment and economy")
    TOURISM = "tourism", _("Tourism")
    CULTURE = "culture", _("Culture and heritage")
    SEA_ISLANDS = "sea_islands", _("Sea and islands")
    BORDERS = "borders", _("Borders and territory")
    HUMAN_RIGHTS = "human_rights", _("Human rights")
    RELIGION = "religion", _("Religion and belief")
    DEMOCRACY = "democracy", _("Democracy and governance")
    ENVIRONMENT = "environment", _("Environment")
    DISASTERS = "disasters", _("Natural disasters")
    FOREIGN_AFFAIRS = "foreign_affairs", _("Foreign affairs and cooperation")
    SOCIETY = "society", _("Society, health and education")
    SECURITY = "security", _("Security and public order")


class Tone(models.TextChoices):
    POSITIVE = "positive", _("Positive")
    NEUTRAL = "neutral", _("Neutral")
    NEGATIVE = "negative", _("Negative")


class LabelOrigin(models.TextChoices):
    LEXICON = "lexicon", _("Keyword lexicon")
    MODEL = "model", _("Trained classifier")
    PERSON = "person", _("Corrected by a press officer")


class Topic(TimeStampedModel):
    """A monitored topic: a Boolean query run on every new article and over the archive."""

    name = models.CharField(_("name"), max_length=200)
    query = models.TextField(
        _("query"),
        help_text=_(
            'AND, OR, NOT, parentheses, "exact phrases", wildcards (đầu tư*), NEAR/5, '
            "filters lang:vi country:US source:… kind:foreign."
        ),
    )
    locality = models.ForeignKey(
        "directory.AdministrativeUnit",
        verbose_name=_("about the locality"),
        help_text=_(
            "Only articles naming this province, its former provinces, districts or communes."
        ),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    languages = models.JSONField(_("languages"), default=list, blank=True)
    countries = models.JSONField(_("countries"), default=list, blank=True)
    kinds = models.JSONField(_("source kinds"), default=list, blank=True)
    active = models.BooleanField(_("active"), default=True)
    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("owner"),
        on_delete=models.PROTECT,
        related_name="monitored_topics",
    )
    version = models.PositiveIntegerField(default=1, editable=False)

    class Meta:
        verbose_name = _("monitored topic")
        verbose_name_plural = _("monitored topics")
        ordering = ["name", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["name"],
                name="monitoring_topic_unique_name",
                violation_error_message=_("A monitored topic with this name already exists."),
            ),
        ]

    def __str__(self) -> str:
        return self.name


class TopicMatch(models.Model):
    """A topic matched an article when it arrived (or when the topic was re-run)."""

    topic = models.ForeignKey(
        Topic, verbose_name=_("topic"), on_delete=models.CASCADE, related_name="matches"
    )
    article = models.ForeignKey(
        "monitoring.Article",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="topic_matches",
    )
    terms = models.JSONField(_("matched terms"), default=list)
    matched_at = models.DateTimeField(_("matched at"), auto_now_add=True)

    class Meta:
        verbose_name = _("topic match")
        verbose_name_plural = _("topic matches")
        ordering = ["-matched_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["topic", "article"], name="monitoring_topicmatch_uniq"),
        ]

    def __str__(self) -> str:
        return f"{self.topic_id} → {self.article_id}"


class ArticleLabel(models.Model):
    """An article's topics and tone, and the words that decided them."""

    article = models.OneToOneField(
        "monitoring.Article",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="label",
    )
    topics = models.JSONField(_("topics"), default=list)  # Taxonomy values
    tone = models.CharField(_("tone"), max_length=16, choices=Tone.choices, default=Tone.NEUTRAL)
    matched_words = models.JSONField(_("matched words"), default=dict)  # label -> [words]
    origin = models.CharField(_("labelled by"), max_length=16, choices=LabelOrigin.choices)
    model = models.ForeignKey(
        "monitoring.ClassifierModel",
        verbose_name=_("model"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    labelled_at = models.DateTimeField(_("labelled at"), auto_now=True)

    class Meta:
        verbose_name = _("article label")
        verbose_name_plural = _("article labels")
        indexes = [models.Index(fields=["tone"], name="monitoring_label_tone_idx")]
        constraints = [
            models.CheckConstraint(
                condition=Q(tone__in=Tone.values),
                name="monitoring_label_tone_valid",
                violation_error_message=_("Unknown tone."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.article_id}: {self.tone}"


class LabelCorrection(models.Model):
    """A press officer's correction of an article's labels: training data from then on."""

    article = models.ForeignKey(
        "monitoring.Article",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="label_corrections",
    )
    topics = models.JSONField(_("topics"), default=list)
    tone = models.CharField(_("tone"), max_length=16, choices=Tone.choices)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("corrected by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    created_at = models.DateTimeField(_("corrected at"), auto_now_add=True)

    class Meta:
        verbose_name = _("label correction")
        verbose_name_plural = _("label corrections")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.article_id}: {self.tone}"


class ClassifierModel(models.Model):
    """One training run: the model's parameters (JSON) and its held-out accuracy."""

    trained_at = models.DateTimeField(_("trained at"), auto_now_add=True)
    parameters = models.JSONField(_("parameters"), default=dict)
    metrics = models.JSONField(_("accuracy"), default=dict)
    examples = models.PositiveIntegerField(_("training examples"), default=0)
    corrections = models.PositiveIntegerField(_("press officers' corrections used"), default=0)
    active = models.BooleanField(_("in use"), default=False)

    class Meta:
        verbose_name = _("classifier model")
        verbose_name_plural = _("classifier models")
        ordering = ["-trained_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["active"], condition=Q(active=True), name="monitoring_one_active_model"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.trained_at:%d/%m/%Y %H:%M}"
