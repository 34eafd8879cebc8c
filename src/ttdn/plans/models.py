"""Plans (Kế hoạch TTĐN), their sections and the tasks of their annex."""

import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ttdn.core.models import TimeStampedModel


class PlanLevel(models.TextChoices):
    NATIONAL = "national", _("National")
    PROVINCE = "province", _("Province")
    DISTRICT = "district", _("District (before 07/2025)")
    COMMUNE = "commune", _("Commune")
    DEPARTMENT = "department", _("Department / sector")


class PlanStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    APPRAISAL = "appraisal", _("Under appraisal")
    ISSUED = "issued", _("Issued")
    IN_PROGRESS = "in_progress", _("In progress")
    CLOSED = "closed", _("Closed")


# Progress is reported on a plan once it binds the agencies (issued) and until it is
# closed: a draft or a plan under appraisal may still change its tasks entirely
# (docs/decisions/0021-progress-on-open-plans.md).
REPORTABLE_STATUSES = frozenset({PlanStatus.ISSUED, PlanStatus.IN_PROGRESS})


class Visibility(models.TextChoices):
    PUBLIC = "public", _("Public")
    INTERNAL = "internal", _("Internal")
    RESTRICTED = "restricted", _("Restricted to named agencies")


class PublicDisclosure(models.TextChoices):
    """What anonymous visitors see of a public plan's progress (docs/decisions/0019).

    Each level adds to the one before; the names of the people who submitted or reviewed
    reports, review comments and reports not yet accepted are never shown to them."""

    STATUS = "status", _("Status and dates only")
    PROGRESS = "progress", _("Also progress percentages and accepted reports")
    EVIDENCE = "evidence", _("Also the evidence of accepted reports")


class PlanQuerySet(models.QuerySet):
    def for_year(self, year: int):
        return self.filter(period_start__lte=year, period_end__gte=year)


class Plan(TimeStampedModel):
    issuer = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("issuer"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="issued_plans",
    )
    issuer_name = models.CharField(_("issuer as written"), max_length=255, blank=True)
    number = models.CharField(
        _("number and symbol"),
        max_length=60,
        blank=True,
        db_index=True,
        help_text=_("For example 12773/KH-UBND"),
    )
    issued_date = models.DateField(_("date of issue"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=500)
    summary = models.TextField(_("summary"), blank=True)
    period_start = models.PositiveSmallIntegerField(_("from year"))
    period_end = models.PositiveSmallIntegerField(_("to year"))
    level = models.CharField(
        _("level"), max_length=16, choices=PlanLevel.choices, default=PlanLevel.PROVINCE
    )
    unit = models.ForeignKey(
        "directory.AdministrativeUnit",
        verbose_name=_("administrative unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="plans",
    )
    parent = models.ForeignKey(
        "self",
        verbose_name=_("implements plan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="children",
    )
    legal_bases = models.ManyToManyField(
        "legal.LegalDocument",
        verbose_name=_("legal bases"),
        through="PlanLegalBasis",
        blank=True,
        related_name="plans",
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=PlanStatus.choices,
        default=PlanStatus.DRAFT,
        db_index=True,
    )
    visibility = models.CharField(
        _("visibility"), max_length=16, choices=Visibility.choices, default=Visibility.INTERNAL
    )
    public_shows = models.CharField(
        _("public page shows"),
        max_length=16,
        choices=PublicDisclosure.choices,
        default=PublicDisclosure.STATUS,
        help_text=_(
            "What visitors who are not logged in see of a public plan's progress. "
            "Names of the people who report are never shown to them."
        ),
    )
    restricted_to = models.ManyToManyField(
        "directory.Agency",
        verbose_name=_("visible to agencies"),
        blank=True,
        related_name="restricted_plans",
    )
    signer = models.CharField(_("signed by"), max_length=150, blank=True)
    report_deadline_text = models.CharField(
        _("reporting deadline as written"), max_length=255, blank=True
    )
    report_deadline_month = models.PositiveSmallIntegerField(
        _("reporting month"), null=True, blank=True
    )
    report_deadline_day = models.PositiveSmallIntegerField(
        _("reporting day"), null=True, blank=True
    )
    source_file = models.FileField(_("source document"), upload_to="plans/%Y/", blank=True)
    version = models.PositiveIntegerField(_("version"), default=1)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = PlanQuerySet.as_manager()

    class Meta:
        verbose_name = _("plan")
        verbose_name_plural = _("plans")
        ordering = ["-period_start", "-issued_date", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")),
                name="plan_period_order",
                violation_error_message=_("The period must end in or after the year it starts."),
            ),
            models.CheckConstraint(
                condition=models.Q(period_start__gte=1945, period_end__lte=2100),
                name="plan_period_range",
                violation_error_message=_("The period must lie between 1945 and 2100."),
            ),
        ]
        indexes = [models.Index(fields=["period_start", "period_end"], name="plan_period_idx")]

    def __str__(self) -> str:
        return f"{self.number} — {self.title}" if self.number else self.title

    @property
    def accepts_progress(self) -> bool:
        """Whether agencies may report progress on this plan's tasks now."""
        return self.status in REPORTABLE_STATUSES

    @property
    def period_label(self) -> str:
        if self.period_start == self.period_end:
            return str(self.period_start)
        return f"{self.period_start}–{self.period_end}"

    @property
    def period_first_day(self) -> datetime.date:
        return datetime.date(self.period_start, 1, 1)

    @property
    def period_last_day(self) -> datetime.date:
        return datetime.date(self.period_end, 12, 31)


class PlanLegalBasis(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="legal_basis_links")
    document = models.ForeignKey(
        "legal.LegalDocument",
        verbose_name=_("legal document"),
        on_delete=models.PROTECT,
        related_name="plan_links",
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    as_written = models.TextField(_("as written"), blank=True)

    class Meta:
        verbose_name = _("legal basis")
        verbose_name_plural = _("legal bases")
        ordering = ["order", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "document"],
                name="plan_legal_basis_unique",
                violation_error_message=_("This legal basis is already listed."),
            )
        ]

    def __str__(self) -> str:
        return self.as_written or str(self.document)


class SectionKind(models.TextChoices):
    PURPOSE = "purpose", _("Purpose and requirements")
    TASKS = "tasks", _("Tasks and solutions")
    ORGANISATION = "organisation", _("Organisation of implementation")
    FUNDING = "funding", _("Funding")
    REPORTING = "reporting", _("Reporting")
    OTHER = "other", _("Other")


class PlanSection(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="sections")
    kind = models.CharField(
        _("kind"), max_length=16, choices=SectionKind.choices, default=SectionKind.OTHER
    )
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    heading = models.CharField(_("heading"), max_length=255)
    body = models.TextField(_("text"), blank=True)

    class Meta:
        verbose_name = _("plan section")
        verbose_name_plural = _("plan sections")
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return self.heading


class PlanStatusChange(models.Model):
    plan = models.ForeignKey(Plan, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(_("from"), max_length=16, choices=PlanStatus.choices)
    to_status = models.CharField(_("to"), max_length=16, choices=PlanStatus.choices)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), auto_now_add=True)
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        verbose_name = _("plan status change")
        verbose_name_plural = _("plan status changes")
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.from_status} → {self.to_status}"


class TaskGroup(models.TextChoices):
    TRAINING = "training", _("Training and capacity building")
    POLICY_COMMUNICATION = "policy_communication", _("Communicating policy")
    PROMOTION = "promotion", _("Promoting the locality")
    COUNTERING = "countering", _("Countering false information")
    PRESS_ORIENTATION = "press_orientation", _("Press orientation")
    SPOKESPERSON = "spokesperson", _("Spokesperson and press information")
    INFRASTRUCTURE = "infrastructure", _("Infrastructure")
    MANAGEMENT = "management", _("State management and coordination")
    OTHER = "other", _("Other")


class Recurrence(models.TextChoices):
    MONTHLY = "monthly", _("Monthly")
    QUARTERLY = "quarterly", _("Quarterly")
    HALF_YEARLY = "half-yearly", _("Half-yearly")
    YEARLY = "yearly", _("Yearly")
    ONGOING = "ongoing", _("Ongoing")


class TaskStatus(models.TextChoices):
    NOT_STARTED = "not_started", _("Not started")
    IN_PROGRESS = "in_progress", _("In progress")
    DONE = "done", _("Done")
    LATE = "late", _("Late")
    CANCELLED = "cancelled", _("Cancelled")


def task_open_q(prefix: str = "") -> models.Q:
    """A task still to do: neither done nor cancelled."""
    return ~models.Q(**{f"{prefix}status__in": [TaskStatus.DONE, TaskStatus.CANCELLED]})


def task_late_q(day: datetime.date, prefix: str = "") -> models.Q:
    """Late on ``day``: still to do and its next deadline passed. The one rule behind the
    late lists, counts and badges (``TaskQuerySet.late_on``)."""
    return task_open_q(prefix) & models.Q(**{f"{prefix}next_deadline__lt": day})


def task_due_q(start: datetime.date, end: datetime.date, prefix: str = "") -> models.Q:
    """Still to do, next deadline between ``start`` and ``end`` (inclusive)."""
    return task_open_q(prefix) & models.Q(
        **{f"{prefix}next_deadline__gte": start, f"{prefix}next_deadline__lte": end}
    )


class TaskQuerySet(models.QuerySet):
    def open(self):
        return self.filter(task_open_q())

    def late_on(self, day: datetime.date):
        return self.filter(task_late_q(day))

    def due_between(self, start: datetime.date, end: datetime.date):
        return self.filter(task_due_q(start, end))

    def for_agency(self, agency_id: int):
        return self.filter(assignments__agency_id=agency_id).distinct()


class Task(TimeStampedModel):
    plan = models.ForeignKey(
        Plan, verbose_name=_("plan"), on_delete=models.CASCADE, related_name="tasks"
    )
    order = models.PositiveIntegerField(_("order"), default=0)
    row_label = models.CharField(
        _("no."), max_length=16, blank=True, help_text=_("The STT as written in the annex")
    )
    group = models.CharField(
        _("group"), max_length=32, choices=TaskGroup.choices, default=TaskGroup.OTHER
    )
    text = models.TextField(_("task"))
    timeframe_text = models.CharField(_("timeframe as written"), max_length=255, blank=True)
    recurrence = models.CharField(
        _("recurrence"), max_length=16, choices=Recurrence.choices, blank=True
    )
    timeframe_flagged = models.BooleanField(
        _("timeframe needs review"),
        default=False,
        help_text=_(
            "The wording was not understood or lies outside the plan's period; no deadline was invented."
        ),
    )
    # Derived state: written only by ttdn.tracking.services.task_states_refresh (from the
    # reports, lead agencies, deadlines and period; see plans.signals). Stored so that
    # lists and dashboards filter and count without aggregating reports.
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=TaskStatus.choices,
        default=TaskStatus.NOT_STARTED,
        db_index=True,
    )
    percent = models.PositiveSmallIntegerField(_("percent complete"), default=0)
    next_deadline = models.DateField(_("next deadline"), null=True, blank=True, db_index=True)
    final_deadline = models.DateField(_("final deadline"), null=True, blank=True)
    # Across levels: the task of the plan this task's plan implements that it carries out
    # (a department's implementing plan under the province's). The rule that it belongs to
    # an ancestor plan lives in plans.services.task_parent_errors.
    parent_task = models.ForeignKey(
        "self",
        verbose_name=_("carries out task"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="carried_out_by",
        help_text=_("The task of the plan this plan implements that this task carries out"),
    )
    version = models.PositiveIntegerField(_("version"), default=1)

    objects = TaskQuerySet.as_manager()

    class Meta:
        verbose_name = _("task")
        verbose_name_plural = _("tasks")
        ordering = ["plan_id", "order", "id"]
        indexes = [models.Index(fields=["plan", "order"], name="task_plan_order_idx")]

    def __str__(self) -> str:
        return self.text[:120]

    def is_late_on(self, day: datetime.date) -> bool:
        return (
            self.status not in (TaskStatus.DONE, TaskStatus.CANCELLED)
            and self.next_deadline is not None
            and self.next_deadline < day
        )

    def effective_status(self, day: datetime.date) -> str:
        return TaskStatus.LATE if self.is_late_on(day) else self.status


class AssignmentRole(models.TextChoices):
    LEAD = "lead", _("Lead")
    COORDINATING = "coordinating", _("Coordinating")


class TaskAssignment(models.Model):
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="assignments")
    agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("agency"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="assignments",
    )
    role = models.CharField(_("role"), max_length=16, choices=AssignmentRole.choices)
    as_written = models.CharField(_("as written"), max_length=255, blank=True)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("task assignment")
        verbose_name_plural = _("task assignments")
        ordering = ["role", "order", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["task", "agency", "role"],
                name="assignment_unique",
                condition=models.Q(agency__isnull=False),
                violation_error_message=_("This agency already has this role on the task."),
            ),
            models.CheckConstraint(
                condition=models.Q(agency__isnull=False) | ~models.Q(as_written=""),
                name="assignment_agency_or_text",
                violation_error_message=_("Name an agency or write who is meant."),
            ),
        ]
        indexes = [models.Index(fields=["agency", "role"], name="assignment_agency_role_idx")]

    def __str__(self) -> str:
        return self.agency.name if self.agency_id else self.as_written

    @property
    def label(self) -> str:
        return self.agency.display_name if self.agency_id else self.as_written


class TaskDeadline(models.Model):
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="deadlines")
    due_date = models.DateField(_("due date"))

    class Meta:
        verbose_name = _("deadline")
        verbose_name_plural = _("deadlines")
        ordering = ["due_date"]
        constraints = [
            models.UniqueConstraint(fields=["task", "due_date"], name="task_deadline_unique")
        ]
        indexes = [models.Index(fields=["due_date"], name="deadline_due_idx")]

    def __str__(self) -> str:
        return self.due_date.strftime("%d/%m/%Y")
