"""The province's summary report of a plan for a period: a draft the coordinator edits,
and the versions issued from it (v1, v2 …), each kept with its files and never changed.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ttdn.attachments.models import Attachment
from ttdn.core.models import TimeStampedModel

# The narrative sections of a report, in the document's order: field → heading msgid.
NARRATIVE_FIELDS = ("general", "results", "late_reasons", "limitations", "proposals")


class SummaryReport(TimeStampedModel):
    """The report of ``plan`` for ``period`` (one per plan and period)."""

    plan = models.ForeignKey(
        "plans.Plan",
        verbose_name=_("plan"),
        on_delete=models.PROTECT,
        related_name="summary_reports",
    )
    period = models.CharField(
        _("period"),
        max_length=10,
        help_text=_("A year (2018), half (2018-H1), quarter (2018-Q3) or month (2018-06)"),
    )
    period_start = models.DateField(_("period from"))
    period_end = models.DateField(_("period to"))
    include_lower_levels = models.BooleanField(
        _("include the lower levels"),
        default=True,
        help_text=_("Add what the plans implementing this one reported, naming each agency."),
    )
    # Issuing details (Nghị định 30/2020): heading block, number, place and date, signature.
    issuer_parent = models.CharField(_("parent body"), max_length=150, blank=True)
    issuer_name = models.CharField(_("issuing body"), max_length=150)
    number = models.CharField(
        _("number"), max_length=20, blank=True, help_text=_("Left blank until the clerk numbers it")
    )
    symbol = models.CharField(_("symbol"), max_length=40, default="BC-UBND")
    place = models.CharField(_("place"), max_length=60, blank=True)
    date = models.DateField(_("date of the report"), null=True, blank=True)
    title = models.CharField(_("subject"), max_length=300)
    signer_authority = models.CharField(
        _("signing for"), max_length=80, blank=True, default="TM. ỦY BAN NHÂN DÂN"
    )
    signer_on_behalf = models.CharField(
        _("signing on behalf of"), max_length=80, blank=True, default="KT. CHỦ TỊCH"
    )
    signer_title = models.CharField(_("signer's title"), max_length=80, default="PHÓ CHỦ TỊCH")
    signer_name = models.CharField(_("signer"), max_length=120, blank=True)
    recipients = models.TextField(_("recipients"), blank=True, help_text=_("One per line"))
    archive = models.CharField(_("filed at"), max_length=60, default="VT, TH")
    # The narrative, pre-filled from the figures and edited by the coordinator.
    general = models.TextField(_("general situation"), blank=True)
    results = models.TextField(_("results by group of tasks"), blank=True)
    late_reasons = models.TextField(_("tasks late or not done, and why"), blank=True)
    limitations = models.TextField(_("limitations and causes"), blank=True)
    proposals = models.TextField(_("proposals"), blank=True)
    version = models.PositiveIntegerField(_("version"), default=1)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("summary report")
        verbose_name_plural = _("summary reports")
        ordering = ["-period_start", "plan_id", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "period"],
                name="summary_report_plan_period_unique",
                violation_error_message=_("This plan already has a report for this period."),
            ),
            models.CheckConstraint(
                condition=models.Q(period_end__gte=models.F("period_start")),
                name="summary_report_period_order",
                violation_error_message=_("The period cannot end before it starts."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.plan} — {self.period}"

    @property
    def recipient_list(self) -> list[str]:
        return [line.strip() for line in self.recipients.splitlines() if line.strip()]


class SummaryReportVersion(models.Model):
    """An issued version: its number (1, 2 …), what it said and its files. Never changed."""

    report = models.ForeignKey(
        SummaryReport,
        verbose_name=_("summary report"),
        on_delete=models.PROTECT,
        related_name="versions",
    )
    number = models.PositiveIntegerField(_("version"))
    document_number = models.CharField(_("number and symbol"), max_length=70, blank=True)
    document_date = models.DateField(_("date of the report"), null=True, blank=True)
    content = models.JSONField(_("content"), default=dict)
    pdf_problem = models.CharField(_("PDF not made"), max_length=300, blank=True)
    issued_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("issued by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    issued_at = models.DateTimeField(_("issued at"), auto_now_add=True)

    class Meta:
        verbose_name = _("issued version")
        verbose_name_plural = _("issued versions")
        ordering = ["report_id", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["report", "number"],
                name="summary_report_version_unique",
                violation_error_message=_("This version number is taken."),
            ),
        ]

    def __str__(self) -> str:
        return f"v{self.number}"


class SummaryReportFile(Attachment):
    """A file of an issued version: its Word document, PDF or workbook."""

    version = models.ForeignKey(
        SummaryReportVersion, on_delete=models.PROTECT, related_name="files"
    )

    class Meta(Attachment.Meta):
        verbose_name = _("report file")
        verbose_name_plural = _("report files")

    def upload_directory(self) -> str:
        return f"summary-reports/{self.version.report.plan_id}/{self.version.report_id}/v{self.version.number}"

    @property
    def format(self) -> str:
        return self.file.name.rsplit(".", 1)[-1].lower() if self.file else ""
