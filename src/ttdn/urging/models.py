"""Urging: per-plan reminder settings, personal calendar tokens and the sweep's run log.

Deadlines and "late" are never stored here: they are the task's derived state
(``plans.Task.next_deadline`` and ``status``, written by tracking), read by the sweep.
"""

import hashlib
import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

MAX_DAYS_BEFORE = 90


def parse_days(text: str) -> tuple[int, ...]:
    """``"7, 3, 1"`` → ``(7, 3, 1)``: distinct whole days from 1 to 90, largest first."""
    days: set[int] = set()
    for part in str(text).replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        if not part.isdecimal() or not 1 <= int(part) <= MAX_DAYS_BEFORE:
            raise ValidationError(
                _(
                    "Days before a deadline are whole numbers from 1 to {n}, separated by commas."
                ).format(n=MAX_DAYS_BEFORE)
            )
        days.add(int(part))
    return tuple(sorted(days, reverse=True))


class ReminderPolicy(models.Model):
    """A plan's own reminder settings; plans without one follow the settings
    (``TTDN_URGING_DAYS_BEFORE``, ``TTDN_URGING_WEEKLY_WHILE_LATE``,
    ``TTDN_URGING_ESCALATE_AFTER_DAYS``)."""

    plan = models.OneToOneField(
        "plans.Plan",
        verbose_name=_("plan"),
        on_delete=models.CASCADE,
        related_name="reminder_policy",
    )
    enabled = models.BooleanField(_("send reminders"), default=True)
    days_before = models.CharField(
        _("days before a deadline"),
        max_length=60,
        blank=True,
        help_text=_("For example 7, 3, 1. Empty: no reminder before the deadline."),
    )
    weekly_while_late = models.BooleanField(_("remind weekly while late"), default=True)
    escalate_after_days = models.PositiveSmallIntegerField(
        _("escalate to leaders after (days late)"),
        null=True,
        blank=True,
        help_text=_("Empty: never escalate."),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("reminder settings")
        verbose_name_plural = _("reminder settings")

    def __str__(self) -> str:
        return str(self.plan)

    def clean(self):
        super().clean()
        try:
            days = parse_days(self.days_before)
        except ValidationError as error:
            raise ValidationError({"days_before": error.messages}) from None
        self.days_before = ", ".join(str(d) for d in days)
        if self.escalate_after_days is not None and not 1 <= self.escalate_after_days <= 365:
            raise ValidationError(
                {"escalate_after_days": _("Escalate after 1 to 365 days, or leave it empty.")}
            )


def _hash(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class CalendarToken(models.Model):
    """The personal secret in a user's calendar feed address; only its hash is stored."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.CASCADE,
        related_name="calendar_token",
    )
    prefix = models.CharField(_("prefix"), max_length=8, editable=False)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True)

    class Meta:
        verbose_name = _("calendar feed token")
        verbose_name_plural = _("calendar feed tokens")

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user})"

    @staticmethod
    def hash(raw: str) -> str:
        return _hash(raw)

    @staticmethod
    def generate() -> str:
        return secrets.token_urlsafe(32)


class SweepRun(models.Model):
    """One run of the reminder sweep: what it looked at and what it sent."""

    day = models.DateField(_("day"))
    started_at = models.DateTimeField(_("started at"), default=timezone.now)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    tasks_considered = models.PositiveIntegerField(_("tasks considered"), default=0)
    events = models.PositiveIntegerField(_("events"), default=0)
    notifications_created = models.PositiveIntegerField(_("notifications created"), default=0)
    summary = models.JSONField(_("summary"), default=dict, blank=True)

    class Meta:
        verbose_name = _("reminder sweep")
        verbose_name_plural = _("reminder sweeps")
        ordering = ["-started_at", "-id"]

    def __str__(self) -> str:
        return f"{self.day:%d/%m/%Y} ({self.notifications_created})"
