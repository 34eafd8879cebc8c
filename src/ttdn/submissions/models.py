"""Reports requested of agencies (periodic or ad hoc) and what each agency submits.

A plan's :class:`ReportingRule` says how often its agencies report and by when
("trước ngày 05 tháng 11 hàng năm"), and the chain the report then travels
(agency → focal department → People's Committee → ministry), each step with its own
deadline. A :class:`ReportRequest` is one round of reporting for one period; it has one
:class:`Submission` per recipient agency (created with the request: the submissions are
the list of recipients). Deadlines are dates in Asia/Ho_Chi_Minh, stored on the rule or
the request, never constants (``submissions/deadlines.py`` computes them).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ttdn.attachments.models import Attachment
from ttdn.core.models import TimeStampedModel


class Frequency(models.TextChoices):
    YEARLY = "yearly", _("Yearly")
    HALF_YEARLY = "half_yearly", _("Six-monthly")
    QUARTERLY = "quarterly", _("Quarterly")
    MONTHLY = "monthly", _("Monthly")


class HolidayHandling(models.TextChoices):
    """What a deadline that falls on a weekend or public holiday becomes."""

    KEEP = "keep", _("Keep the date")
    NEXT_WORKING_DAY = "next_working_day", _("Move to the next working day")
    PREVIOUS_WORKING_DAY = "previous_working_day", _("Move to the previous working day")


class ChainLevel(models.TextChoices):
    """Who a report is addressed to along the reporting chain."""

    AGENCY = "agency", _("Agency")
    FOCAL_DEPARTMENT = "focal_department", _("Focal department")
    PEOPLE_COMMITTEE = "people_committee", _("People's Committee")
    MINISTRY = "ministry", _("Ministry")


class ReportingRule(TimeStampedModel):
    """How often a plan's agencies report, and by when.

    The deadline of the agencies' report for a period falls on day ``deadline_day`` of the
    ``deadline_month``-th month counted from the first month of the period (1 = the
    period's first month; a number past the period's length falls after it): a yearly
    rule "trước ngày 05 tháng 11 hàng năm" is month 11, day 5; a quarterly report due by
    the 5th of the month after the quarter is month 4, day 5. A day past the month's end
    is its last day (31 → 30 April, 29 → 28 February outside leap years).
    """

    plan = models.OneToOneField(
        "plans.Plan",
        verbose_name=_("plan"),
        on_delete=models.CASCADE,
        related_name="reporting_rule",
    )
    frequency = models.CharField(
        _("frequency"), max_length=16, choices=Frequency.choices, default=Frequency.YEARLY
    )
    deadline_month = models.PositiveSmallIntegerField(
        _("deadline month"),
        default=12,
        help_text=_(
            "The month of the deadline counted from the first month of the period "
            "(1 = the first month; 11 for “before 5 November every year”)."
        ),
    )
    deadline_day = models.PositiveSmallIntegerField(
        _("deadline day"),
        default=15,
        help_text=_("A day past the end of the month means its last day."),
    )
    on_holiday = models.CharField(
        _("deadline on a weekend or holiday"),
        max_length=24,
        choices=HolidayHandling.choices,
        blank=True,
        help_text=_("Empty: as the installation's setting says (TTDN_DEADLINE_ON_HOLIDAY)."),
    )
    lead_days = models.PositiveSmallIntegerField(
        _("days of notice"),
        null=True,
        blank=True,
        help_text=_(
            "How many days before the deadline the request is sent. Empty: as the "
            "installation's setting says (TTDN_REQUEST_LEAD_DAYS)."
        ),
    )
    active = models.BooleanField(
        _("requests are created automatically"),
        default=True,
    )

    class Meta:
        verbose_name = _("reporting rule")
        verbose_name_plural = _("reporting rules")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(deadline_day__gte=1, deadline_day__lte=31),
                name="rule_deadline_day_range",
                violation_error_message=_("The deadline day must lie between 1 and 31."),
            ),
            models.CheckConstraint(
                condition=models.Q(deadline_month__gte=1, deadline_month__lte=24),
                name="rule_deadline_month_range",
                violation_error_message=_("The deadline month must lie between 1 and 24."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.plan} — {self.get_frequency_display()}"


class ReportingStep(models.Model):
    """One step after the agencies' report along a rule's reporting chain: the focal
    department reports to the People's Committee, which reports to the ministry. Its
    deadline is either a number of days after the step before it, or a day of a month
    counted like the rule's."""

    rule = models.ForeignKey(ReportingRule, on_delete=models.CASCADE, related_name="steps")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    reporter = models.CharField(
        _("reported by"),
        max_length=24,
        choices=ChainLevel.choices,
        default=ChainLevel.FOCAL_DEPARTMENT,
    )
    recipient = models.CharField(
        _("reported to"),
        max_length=24,
        choices=ChainLevel.choices,
        default=ChainLevel.PEOPLE_COMMITTEE,
    )
    recipient_agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("receiving agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    days_after = models.PositiveSmallIntegerField(
        _("days after the previous step"), null=True, blank=True
    )
    deadline_month = models.PositiveSmallIntegerField(_("deadline month"), null=True, blank=True)
    deadline_day = models.PositiveSmallIntegerField(_("deadline day"), null=True, blank=True)

    class Meta:
        verbose_name = _("reporting step")
        verbose_name_plural = _("reporting steps")
        ordering = ["order", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(
                        days_after__isnull=False,
                        deadline_month__isnull=True,
                        deadline_day__isnull=True,
                    )
                    | models.Q(
                        days_after__isnull=True,
                        deadline_month__isnull=False,
                        deadline_day__isnull=False,
                        deadline_month__gte=1,
                        deadline_month__lte=24,
                        deadline_day__gte=1,
                        deadline_day__lte=31,
                    )
                ),
                name="step_deadline_one_form",
                violation_error_message=_(
                    "Give the step's deadline either as days after the previous step or as a month and day."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_reporter_display()} → {self.get_recipient_display()}"


class RequestKind(models.TextChoices):
    PERIODIC = "periodic", _("Periodic report")
    AD_HOC = "ad_hoc", _("Ad-hoc report")


class ReportRequestQuerySet(models.QuerySet):
    def open(self):
        return self.filter(closed=False)


class ReportRequest(TimeStampedModel):
    """One round of reporting on a plan for one period, addressed to agencies (their
    :class:`Submission` rows). Periodic requests are made from the plan's rule, at most one
    per plan and period; ad-hoc ones ("báo cáo đột xuất") by the coordinator."""

    plan = models.ForeignKey(
        "plans.Plan",
        verbose_name=_("plan"),
        on_delete=models.CASCADE,
        related_name="report_requests",
    )
    kind = models.CharField(
        _("kind"), max_length=16, choices=RequestKind.choices, default=RequestKind.PERIODIC
    )
    title = models.CharField(_("title"), max_length=300)
    instructions = models.TextField(_("instructions"), blank=True)
    period_key = models.CharField(
        _("period code"),
        max_length=32,
        help_text=_("2018, 2018-H1, 2018-Q3, 2018-M10, or two dates for another period"),
    )
    period_label = models.CharField(_("period"), max_length=120)
    period_start = models.DateField(_("period from"))
    period_end = models.DateField(_("period to"))
    deadline = models.DateField(_("deadline"), db_index=True)
    closed = models.BooleanField(_("closed"), default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = ReportRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("report request")
        verbose_name_plural = _("report requests")
        ordering = ["-deadline", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "period_key"],
                condition=models.Q(kind="periodic"),
                name="request_one_periodic_per_period",
                violation_error_message=_(
                    "This plan already has a periodic report request for this period."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")),
                name="request_period_order",
                violation_error_message=_("The period must end on or after its first day."),
            ),
        ]

    def __str__(self) -> str:
        return self.title


class RequestStep(models.Model):
    """A later step of a request's reporting chain, with its date (copied from the rule's
    steps when the request is made; the coordinator may change it on the request)."""

    request = models.ForeignKey(ReportRequest, on_delete=models.CASCADE, related_name="steps")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    reporter = models.CharField(_("reported by"), max_length=24, choices=ChainLevel.choices)
    recipient = models.CharField(_("reported to"), max_length=24, choices=ChainLevel.choices)
    recipient_agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("receiving agency"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    deadline = models.DateField(_("deadline"))

    class Meta:
        verbose_name = _("request step")
        verbose_name_plural = _("request steps")
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return f"{self.get_reporter_display()} → {self.get_recipient_display()}"


class SubmissionState(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted")
    ACCEPTED = "accepted", _("Accepted")
    RETURNED = "returned", _("Returned for revision")


# States in which the agency may still write its report.
EDITABLE_STATES = frozenset(
    {SubmissionState.NOT_STARTED, SubmissionState.DRAFT, SubmissionState.RETURNED}
)
# States in which the report has been handed in (and counts for the summary report).
HANDED_IN_STATES = frozenset({SubmissionState.SUBMITTED, SubmissionState.ACCEPTED})


class Submission(TimeStampedModel):
    """One agency's report for one request: narrative sections, the status of its tasks
    (from tracked progress, with the agency's notes), the figures of the period, files."""

    request = models.ForeignKey(
        ReportRequest,
        verbose_name=_("report request"),
        on_delete=models.CASCADE,
        related_name="submissions",
    )
    agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("agency"),
        on_delete=models.PROTECT,
        related_name="report_submissions",
    )
    addressed_to = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("addressed to"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The agency first named, when it was merged or dissolved into this one"),
    )
    state = models.CharField(
        _("state"),
        max_length=16,
        choices=SubmissionState.choices,
        default=SubmissionState.NOT_STARTED,
        db_index=True,
    )
    results = models.TextField(_("results"), blank=True)
    limitations = models.TextField(_("limitations and causes"), blank=True)
    proposals = models.TextField(_("proposals and recommendations"), blank=True)
    task_rows = models.JSONField(
        _("task status"),
        default=list,
        blank=True,
        help_text=_("The agency's tasks with their tracked status and the agency's notes"),
    )
    figures = models.JSONField(_("figures"), default=dict, blank=True)
    version = models.PositiveIntegerField(_("version"), default=1)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("last saved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    is_late = models.BooleanField(
        _("submitted late"), default=False, help_text=_("Submitted after the deadline")
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    review_comment = models.TextField(_("review comment"), blank=True)

    class Meta:
        verbose_name = _("submission")
        verbose_name_plural = _("submissions")
        ordering = ["request_id", "agency__name", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["request", "agency"],
                name="submission_one_per_agency",
                violation_error_message=_("This agency already has a report for this request."),
            ),
        ]
        indexes = [models.Index(fields=["agency", "state"], name="submission_agency_state_idx")]

    def __str__(self) -> str:
        return f"{self.agency} — {self.request}"

    @property
    def is_editable(self) -> bool:
        return self.state in EDITABLE_STATES

    @property
    def is_handed_in(self) -> bool:
        return self.state in HANDED_IN_STATES


class SubmissionFile(Attachment):
    """A file or link attached to an agency's report."""

    submission = models.ForeignKey(Submission, on_delete=models.CASCADE, related_name="files")

    class Meta(Attachment.Meta):
        verbose_name = _("report file")
        verbose_name_plural = _("report files")

    def upload_directory(self) -> str:
        return f"submissions/{self.submission.request_id}/{self.submission_id}"
