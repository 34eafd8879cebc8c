"""Budget estimates (dự toán kinh phí) of an agency for a plan year, their lines, and the
spending recorded against approved lines.

The workflow (``budget.services``): draft → submitted → appraised (the finance reviewer
adjusts each line's amount with a comment) → approved by the leader, or returned to the
agency (from submitted or appraised) to be corrected and submitted again. An approved
estimate is locked: its lines never change again (the services refuse, ``EstimateLine``
refuses to save or delete, and the database refuses through a trigger). A revision is a
new estimate (the next ``revision`` number) with a copy of the lines; the previous one is
kept and readable, and becomes *superseded* when its revision is approved.

Money is whole đồng: ``Decimal(max_digits=18, decimal_places=0)`` (at most
999.999.999.999.999.999 ₫); ``version`` is the optimistic-lock column services claim rows
with (``UPDATE … WHERE version = …``).
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from ttdn.attachments.models import Attachment
from ttdn.core.models import TimeStampedModel
from ttdn.plans.models import TaskGroup

VND_DIGITS = 18
MAX_VND = Decimal(10**VND_DIGITS - 1)
QUANTITY_DIGITS, QUANTITY_PLACES = 14, 2
MAX_QUANTITY = Decimal(10 ** (QUANTITY_DIGITS - QUANTITY_PLACES)) - Decimal("0.01")


def vnd_field(verbose_name, **kwargs) -> models.DecimalField:
    return models.DecimalField(verbose_name, max_digits=VND_DIGITS, decimal_places=0, **kwargs)


class EstimateStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted for appraisal")
    APPRAISED = "appraised", _("Appraised")
    APPROVED = "approved", _("Approved")
    RETURNED = "returned", _("Returned for correction")
    SUPERSEDED = "superseded", _("Superseded by a revision")


# The agency may change lines only in these statuses.
EDITABLE_STATUSES = frozenset({EstimateStatus.DRAFT, EstimateStatus.RETURNED})
# Locked for good: the lines are what was approved.
LOCKED_STATUSES = frozenset({EstimateStatus.APPROVED, EstimateStatus.SUPERSEDED})


class FundingSource(models.TextChoices):
    PROVINCIAL = "provincial", _("Provincial budget")
    CENTRAL = "central", _("Central budget")
    AGENCY = "agency", _("The agency's own budget")
    OTHER = "other", _("Other lawful sources (sponsors, socialisation)")


class Estimate(TimeStampedModel):
    plan = models.ForeignKey(
        "plans.Plan", verbose_name=_("plan"), on_delete=models.PROTECT, related_name="estimates"
    )
    agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="estimates",
    )
    year = models.PositiveSmallIntegerField(_("year"))
    revision = models.PositiveSmallIntegerField(_("revision"), default=1)
    previous = models.OneToOneField(
        "self",
        verbose_name=_("revises"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="next_revision",
    )
    title = models.CharField(_("title"), max_length=255, blank=True)
    note = models.TextField(_("note"), blank=True)
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=EstimateStatus.choices,
        default=EstimateStatus.DRAFT,
        db_index=True,
    )
    status_comment = models.TextField(_("comment on the last step"), blank=True)
    version = models.PositiveIntegerField(_("version"), default=1)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    appraised_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("appraised by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    appraised_at = models.DateTimeField(_("appraised at"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)

    class Meta:
        verbose_name = _("budget estimate")
        verbose_name_plural = _("budget estimates")
        ordering = ["-year", "agency_id", "-revision"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "agency", "year", "revision"],
                name="estimate_revision_unique",
                violation_error_message=_(
                    "This agency already has an estimate with this revision for the plan and year."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(year__gte=1945, year__lte=2100),
                name="estimate_year_range",
                violation_error_message=_("The year must lie between 1945 and 2100."),
            ),
        ]
        indexes = [models.Index(fields=["year", "status"], name="estimate_year_status_idx")]

    def __str__(self) -> str:
        name = self.agency.display_name if self.agency_id else ""
        return _("Estimate {year} of {agency} (revision {revision})").format(
            year=self.year, agency=name, revision=self.revision
        )

    def clean(self):
        plan = self.plan if self.plan_id else None
        if plan and self.year and not plan.period_start <= self.year <= plan.period_end:
            raise ValidationError(
                {
                    "year": _("The year must lie within the plan's period ({period}).").format(
                        period=plan.period_label
                    )
                }
            )

    @property
    def is_editable(self) -> bool:
        return self.status in EDITABLE_STATUSES

    @property
    def is_locked(self) -> bool:
        return self.status in LOCKED_STATUSES


class LockedEstimateError(ValidationError):
    """A line of an approved (locked) estimate was about to change."""


def locked_error() -> LockedEstimateError:
    return LockedEstimateError(
        _(
            "This estimate is approved and locked: its lines cannot change. "
            "Create a revision to change them."
        ),
        code="locked",
    )


class EstimateLine(models.Model):
    estimate = models.ForeignKey(
        Estimate, verbose_name=_("estimate"), on_delete=models.CASCADE, related_name="lines"
    )
    order = models.PositiveIntegerField(_("order"), default=0)
    group = models.CharField(
        _("task group"), max_length=32, choices=TaskGroup.choices, default=TaskGroup.OTHER
    )
    description = models.CharField(_("description"), max_length=500)
    task = models.ForeignKey(
        "plans.Task",
        verbose_name=_("task"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="budget_lines",
    )
    activity = models.ForeignKey(
        "activities.Activity",
        verbose_name=_("activity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="budget_lines",
    )
    quantity = models.DecimalField(
        _("quantity"), max_digits=QUANTITY_DIGITS, decimal_places=QUANTITY_PLACES, default=1
    )
    unit = models.CharField(_("unit"), max_length=40, blank=True)
    unit_cost = vnd_field(_("unit cost"), default=0)
    amount = vnd_field(_("amount"), default=0)
    amount_entered = models.BooleanField(
        _("amount entered by hand"),
        default=False,
        help_text=_("Otherwise the amount is the quantity times the unit cost."),
    )
    funding_source = models.CharField(
        _("funding source"),
        max_length=16,
        choices=FundingSource.choices,
        default=FundingSource.PROVINCIAL,
    )
    note = models.CharField(_("note"), max_length=500, blank=True)
    appraised_amount = vnd_field(_("appraised amount"), null=True, blank=True)
    appraisal_comment = models.TextField(_("appraisal comment"), blank=True)
    approved_amount = vnd_field(_("approved amount"), null=True, blank=True)
    origin = models.ForeignKey(
        "self",
        verbose_name=_("copied from"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="copies",
    )

    class Meta:
        verbose_name = _("estimate line")
        verbose_name_plural = _("estimate lines")
        ordering = ["estimate_id", "order", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(quantity__gte=0),
                name="line_quantity_not_negative",
                violation_error_message=_("The quantity cannot be negative."),
            ),
            models.CheckConstraint(
                condition=models.Q(unit_cost__gte=0),
                name="line_unit_cost_not_negative",
                violation_error_message=_("The unit cost cannot be negative."),
            ),
            models.CheckConstraint(
                condition=models.Q(amount__gte=0),
                name="line_amount_not_negative",
                violation_error_message=_("The amount cannot be negative."),
            ),
            models.CheckConstraint(
                condition=models.Q(appraised_amount__isnull=True)
                | models.Q(appraised_amount__gte=0),
                name="line_appraised_not_negative",
                violation_error_message=_("The appraised amount cannot be negative."),
            ),
            models.CheckConstraint(
                condition=models.Q(approved_amount__isnull=True) | models.Q(approved_amount__gte=0),
                name="line_approved_not_negative",
                violation_error_message=_("The approved amount cannot be negative."),
            ),
        ]

    def __str__(self) -> str:
        return self.description[:120]

    def save(self, *args, **kwargs):
        # The model's guard of the lock (the services check first, the database last).
        self._refuse_if_locked()
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        self._refuse_if_locked()
        return super().delete(*args, **kwargs)

    def _refuse_if_locked(self) -> None:
        if (
            self.estimate_id
            and Estimate.objects.filter(pk=self.estimate_id, status__in=LOCKED_STATUSES).exists()
        ):
            raise locked_error()

    @property
    def reviewed_amount(self) -> Decimal:
        """What the line stands at after appraisal (the requested amount before)."""
        return self.amount if self.appraised_amount is None else self.appraised_amount

    @property
    def adjusted(self) -> bool:
        return self.appraised_amount is not None and self.appraised_amount != self.amount

    def exceeds_approved(self, spent: Decimal) -> bool:
        """Whether ``spent`` on this line is over its approved amount (decision 0030:
        warned, not refused). A line not yet approved is never over."""
        return self.approved_amount is not None and spent > self.approved_amount

    @property
    def over_approved(self) -> bool:
        """The line's recorded spending (``spent``, annotated by
        ``selectors.estimate_lines``) is over its approved amount."""
        return self.exceeds_approved(self.spent)


class Spending(TimeStampedModel):
    line = models.ForeignKey(
        EstimateLine,
        verbose_name=_("estimate line"),
        on_delete=models.PROTECT,
        related_name="spendings",
    )
    # Denormalised from the line for the totals and the indicators (one join less).
    agency = models.ForeignKey(
        "directory.Agency", verbose_name=_("agency"), on_delete=models.PROTECT, related_name="+"
    )
    day = models.DateField(_("day"))
    amount = vnd_field(_("amount"))
    document_ref = models.CharField(_("document reference"), max_length=120, blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("spending")
        verbose_name_plural = _("spending")
        ordering = ["-day", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(amount__gt=0),
                name="spending_amount_positive",
                violation_error_message=_("The amount spent must be more than 0 ₫."),
            ),
        ]
        indexes = [models.Index(fields=["day", "agency"], name="spending_day_agency_idx")]

    def __str__(self) -> str:
        return f"{self.day:%d/%m/%Y} — {self.amount} ₫"


class SpendingFile(Attachment):
    """An invoice, payment order or receipt attached to a spending."""

    spending = models.ForeignKey(Spending, on_delete=models.CASCADE, related_name="files")

    class Meta(Attachment.Meta):
        verbose_name = _("spending file")
        verbose_name_plural = _("spending files")

    def upload_directory(self) -> str:
        return f"budget/{self.spending.line.estimate_id}/{self.spending_id}"
