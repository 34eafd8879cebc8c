"""Who may read and write the province's summary reports.

A summary report brings together every agency's results, reasons and internal review:
only those who hold ``READ_SUMMARY_REPORTS`` (the coordinating department, leaders) read
it, and only for plans they may see; only ``WRITE_SUMMARY_REPORTS`` (the coordinating
department) drafts, edits and issues it. To anyone else a report is "not yours": a 404,
like one that does not exist. Reading but not writing is a 403.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from ttdn.accounts.capabilities import (
    READ_SUMMARY_REPORTS,
    WRITE_SUMMARY_REPORTS,
    has_capability,
)
from ttdn.plans.access import visible_plans
from ttdn.reports.models import SummaryReport, SummaryReportFile


def can_read_reports(user) -> bool:
    return has_capability(user, READ_SUMMARY_REPORTS)


def can_write_reports(user) -> bool:
    return has_capability(user, WRITE_SUMMARY_REPORTS)


def visible_reports(user) -> QuerySet[SummaryReport]:
    """The reports ``user`` may read: none without the capability."""
    if not can_read_reports(user):
        return SummaryReport.objects.none()
    return SummaryReport.objects.filter(plan__in=visible_plans(user).values("pk"))


def report_get_for_user(user, pk, *, write: bool = False) -> SummaryReport:
    """The report, or 404 ("not yours" too); 403 when it may be read but not changed."""
    try:
        report = visible_reports(user).select_related("plan").get(pk=pk)
    except (SummaryReport.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such report.")) from None
    if write and not can_write_reports(user):
        raise PermissionDenied(_("Only the coordinating department drafts and issues reports."))
    return report


def require_writer(user) -> None:
    if not can_write_reports(user):
        raise PermissionDenied(_("Only the coordinating department drafts and issues reports."))


def report_file_get_for_user(user, report_pk, number, fmt) -> SummaryReportFile:
    """An issued version's file in format ``fmt`` ("docx", "pdf", "xlsx"), or 404."""
    report = report_get_for_user(user, report_pk)
    for attachment in SummaryReportFile.objects.filter(
        version__report=report, version__number=number
    ).select_related("version__report"):
        if attachment.format == fmt:
            return attachment
    raise Http404(_("No such file."))
