"""What the press officers do with what monitoring brings them (docs/decisions/0033).

- :class:`StoryAssessment`: what a story is about for the flag rules and the digests —
  its tone, whether it is about the locality, its topics and the words that decided it;
  computed from the classifier (finding) when an article arrives, or set by a press
  officer (who corrects labels; an officer's assessment is never overwritten).
- :class:`Flag`: a story, or a sudden rise in volume, that needs review; why (the rule,
  the matched words, the figures) and what became of it (open, dismissed with a reason,
  answered by a response). One flag per rule and subject (``key``).
- :class:`MediaResponse`: the province's answer to a story: kind, responsible agency,
  deadline, status open → in progress → done, the text issued, the outlet's answer, the
  articles it answers. Changed only by ``monitoring.responses`` (conditional ``version``).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ttdn.monitoring.models.sources import Article, Story


class StoryTone(models.TextChoices):
    POSITIVE = "positive", _("Positive")
    NEUTRAL = "neutral", _("Neutral")
    NEGATIVE = "negative", _("Negative")


class AssessmentOrigin(models.TextChoices):
    CLASSIFIER = "classifier", _("Classifier")
    OFFICER = "officer", _("Press officer")


class StoryAssessment(models.Model):
    story = models.OneToOneField(
        Story, verbose_name=_("story"), on_delete=models.CASCADE, related_name="assessment"
    )
    tone = models.CharField(_("tone"), max_length=16, choices=StoryTone.choices, blank=True)
    about_locality = models.BooleanField(_("about the locality"), default=False)
    topics = models.JSONField(_("topics"), default=list, blank=True)
    matched_words = models.JSONField(_("matched words"), default=list, blank=True)
    origin = models.CharField(
        _("assessed by"),
        max_length=16,
        choices=AssessmentOrigin.choices,
        default=AssessmentOrigin.CLASSIFIER,
    )
    set_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("set by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("story assessment")
        verbose_name_plural = _("story assessments")

    def __str__(self) -> str:
        return f"{self.story_id}: {self.tone}"


class FlagRule(models.TextChoices):
    NEGATIVE_COVERAGE = "negative", _("Negative coverage of the locality")
    VOLUME_RISE = "volume", _("Sudden rise in volume")


class FlagStatus(models.TextChoices):
    OPEN = "open", _("Open")
    DISMISSED = "dismissed", _("Dismissed")
    ANSWERED = "answered", _("Response opened")


class Flag(models.Model):
    key = models.CharField(_("key"), max_length=200, unique=True)
    rule = models.CharField(_("rule"), max_length=16, choices=FlagRule.choices)
    story = models.ForeignKey(
        Story,
        verbose_name=_("story"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="flags",
    )
    # For a rise in volume: "locality" or "topic:<code>", the day and its figures.
    subject = models.CharField(_("subject"), max_length=100, blank=True)
    day = models.DateField(_("day"), null=True, blank=True)
    reasons = models.JSONField(_("reasons"), default=list, blank=True)
    matched_words = models.JSONField(_("matched words"), default=list, blank=True)
    figures = models.JSONField(_("figures"), default=dict, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=FlagStatus.choices, default=FlagStatus.OPEN
    )
    dismissed_reason = models.TextField(_("reason for dismissing"), blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    created_at = models.DateTimeField(_("flagged at"), auto_now_add=True)
    version = models.PositiveIntegerField(_("version"), default=1)

    class Meta:
        verbose_name = _("flag")
        verbose_name_plural = _("flags")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "-created_at"], name="monitoring_flag_queue_idx")]
        constraints = [
            models.CheckConstraint(
                condition=~Q(status="dismissed") | ~Q(dismissed_reason=""),
                name="monitoring_flag_dismiss_reason",
                violation_error_message=_("Say why the flag is dismissed."),
            )
        ]

    def __str__(self) -> str:
        if self.story_id:
            return f"{self.get_rule_display()}: {self.story}"
        return f"{self.get_rule_display()}: {self.subject} {self.day or ''}".strip()


class ResponseKind(models.TextChoices):
    STATEMENT = "statement", _("Statement")
    PRESS_RELEASE = "press_release", _("Press release")
    CORRECTION = "correction", _("Correction request")
    PRESS_CONFERENCE = "press_conference", _("Press conference")
    NO_ACTION = "no_action", _("No action")


class ResponseStatus(models.TextChoices):
    OPEN = "open", _("Open")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")


class MediaResponse(models.Model):
    story = models.ForeignKey(
        Story, verbose_name=_("story"), on_delete=models.PROTECT, related_name="responses"
    )
    flag = models.ForeignKey(
        Flag,
        verbose_name=_("flag"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="responses",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ResponseKind.choices)
    agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("responsible agency"),
        on_delete=models.PROTECT,
        related_name="media_responses",
    )
    deadline = models.DateField(_("deadline"))
    status = models.CharField(
        _("status"), max_length=16, choices=ResponseStatus.choices, default=ResponseStatus.OPEN
    )
    articles = models.ManyToManyField(
        Article, verbose_name=_("articles"), related_name="media_responses", blank=True
    )
    no_action_reason = models.TextField(_("reason for no action"), blank=True)
    # What the press officer says is the correct information (a correction request quotes it).
    correct_information = models.TextField(_("correct information"), blank=True)
    text_issued = models.TextField(_("text issued"), blank=True)
    outlet_answer = models.TextField(_("outlet's answer"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("opened by"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("opened at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    # The activity recorded in the activities registers when it was done (if any).
    activity_register = models.CharField(_("activity register"), max_length=40, blank=True)
    activity_id = models.PositiveBigIntegerField(_("activity"), null=True, blank=True)
    letters_issued = models.PositiveIntegerField(_("letters issued"), default=0)
    version = models.PositiveIntegerField(_("version"), default=1)

    class Meta:
        verbose_name = _("media response")
        verbose_name_plural = _("media responses")
        ordering = ["deadline", "pk"]
        indexes = [models.Index(fields=["status", "deadline"], name="monitoring_resp_due_idx")]
        constraints = [
            models.CheckConstraint(
                condition=~Q(kind="no_action") | ~Q(no_action_reason=""),
                name="monitoring_response_no_action_reason",
                violation_error_message=_("Say why no action is taken."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.story}"

    def is_overdue(self, today) -> bool:
        return self.status != ResponseStatus.DONE and self.deadline < today


class DigestFrequency(models.TextChoices):
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly")
    NONE = "none", _("No digest")


class DigestSubscription(models.Model):
    """Which digest e-mails (and in-app notices) one person receives (decision 0036).
    No row: the default — daily for those who answer the press (``RESPOND_TO_MEDIA``),
    none for the others who see monitoring."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="monitoring_digest",
    )
    frequency = models.CharField(
        _("digest e-mails"), max_length=10, choices=DigestFrequency.choices
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("digest subscription")
        verbose_name_plural = _("digest subscriptions")

    def __str__(self) -> str:
        return f"{self.user_id}: {self.frequency}"
