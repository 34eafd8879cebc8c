"""The summary report pages: the list, a draft (its figures, narrative and issuing
details), its issued versions and their files. Coordinators write, leaders read, no one
else sees them (reports.access)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ttdn.attachments.views import attachment_response
from ttdn.core.exceptions import ConflictError
from ttdn.core.forms import form_errors_to_form
from ttdn.documents.convert import ConversionError
from ttdn.plans.access import plan_get_for_user
from ttdn.reports import services
from ttdn.reports.access import (
    can_read_reports,
    can_write_reports,
    report_file_get_for_user,
    report_get_for_user,
    require_writer,
)
from ttdn.reports.document import report_content, report_docx, report_pdf, report_xlsx
from ttdn.reports.forms import ReportEditForm, ReportIssueForm, ReportRefillForm, ReportStartForm
from ttdn.reports.models import NARRATIVE_FIELDS
from ttdn.reports.selectors import plans_to_report_on, reports_for_user

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}


def _require_reader(user) -> None:
    if not can_read_reports(user):
        raise Http404(_("No such page."))


@login_required
def report_list(request):
    _require_reader(request.user)
    reports = list(reports_for_user(request.user))
    form = None
    if can_write_reports(request.user):
        form = ReportStartForm(plans=plans_to_report_on(request.user)[:500])
    return render(request, "reports/list.html", {"reports": reports, "form": form})


@login_required
@require_POST
def report_start(request):
    require_writer(request.user)
    plans = plans_to_report_on(request.user)[:500]
    form = ReportStartForm(request.POST, plans=plans)
    if form.is_valid():
        plan = plan_get_for_user(request.user, form.cleaned_data["plan"])
        try:
            report = services.report_create(
                actor=request.user,
                plan=plan,
                period=form.cleaned_data["period"],
                include_lower_levels=form.cleaned_data["include_lower_levels"],
            )
        except ValidationError as exc:
            form_errors_to_form(form, exc)
        else:
            messages.success(request, _("The draft report was written from the figures."))
            return redirect("reports:detail", pk=report.pk)
    reports = list(reports_for_user(request.user))
    return render(request, "reports/list.html", {"reports": reports, "form": form}, status=400)


def _detail(request, report, *, edit_form=None, issue_form=None, refill_form=None, status=200):
    content = report_content(report)
    writer = can_write_reports(request.user)
    initial = {"version": report.version}
    if writer:
        edit_form = edit_form or ReportEditForm(instance=report, initial=initial)
        issue_form = issue_form or ReportIssueForm(initial={**initial, "date": report.date})
        refill_form = refill_form or ReportRefillForm(initial=initial)
    versions = list(report.versions.select_related("issued_by").prefetch_related("files"))
    return render(
        request,
        "reports/detail.html",
        {
            "report": report,
            "plan": report.plan,
            "content": content,
            "figures": content.figures,
            "narrative": [
                (report._meta.get_field(name).verbose_name, getattr(report, name))
                for name in NARRATIVE_FIELDS
            ],
            "versions": versions,
            "late_rows": [
                (line, content.reasons.get(line.id, [])) for line in content.figures.late[:200]
            ],
            "writer": writer,
            "edit_form": edit_form,
            "issue_form": issue_form,
            "refill_form": refill_form,
        },
        status=status,
    )


@login_required
def report_detail(request, pk: int):
    return _detail(request, report_get_for_user(request.user, pk))


def _conflict(request, report, exc) -> HttpResponse:
    messages.error(request, exc.message if hasattr(exc, "message") else str(exc))
    return redirect("reports:detail", pk=report.pk)


@login_required
@require_POST
def report_edit(request, pk: int):
    report = report_get_for_user(request.user, pk, write=True)
    form = ReportEditForm(request.POST, instance=report)
    if form.is_valid():
        try:
            services.report_update(
                actor=request.user,
                report=report,
                changes=form.changes(),
                expected_version=form.cleaned_data["version"],
            )
        except ConflictError as exc:
            return _conflict(request, report, exc)
        except ValidationError as exc:
            form_errors_to_form(form, exc)
        else:
            messages.success(request, _("The draft was saved."))
            return redirect("reports:detail", pk=report.pk)
    report.refresh_from_db()
    return _detail(request, report, edit_form=form, status=400)


@login_required
@require_POST
def report_refill(request, pk: int):
    report = report_get_for_user(request.user, pk, write=True)
    form = ReportRefillForm(request.POST)
    if form.is_valid():
        try:
            services.report_refill(
                actor=request.user,
                report=report,
                fields=form.cleaned_data["fields_to_fill"],
                expected_version=form.cleaned_data["version"],
            )
        except ConflictError as exc:
            return _conflict(request, report, exc)
        except ValidationError as exc:
            form_errors_to_form(form, exc)
        else:
            messages.success(request, _("The sections were filled again from the figures."))
            return redirect("reports:detail", pk=report.pk)
    return _detail(request, report, refill_form=form, status=400)


@login_required
@require_POST
def report_issue(request, pk: int):
    report = report_get_for_user(request.user, pk, write=True)
    form = ReportIssueForm(request.POST)
    if form.is_valid():
        try:
            version = services.report_issue(
                actor=request.user,
                report=report,
                expected_version=form.cleaned_data["version"],
                date=form.cleaned_data["date"],
            )
        except ConflictError as exc:
            return _conflict(request, report, exc)
        except ValidationError as exc:
            form_errors_to_form(form, exc)
        else:
            messages.success(
                request, _("Version {number} was issued.").format(number=version.number)
            )
            if version.pdf_problem:
                messages.warning(request, version.pdf_problem)
            return redirect("reports:detail", pk=report.pk)
    return _detail(request, report, issue_form=form, status=400)


@login_required
def report_draft_download(request, pk: int, fmt: str):
    """The draft as it stands, as a Word document, PDF or workbook (made on request)."""
    report = report_get_for_user(request.user, pk)
    if fmt not in CONTENT_TYPES:
        raise Http404(_("No such file."))
    content = report_content(report)
    if fmt == "docx":
        data = report_docx(content)
    elif fmt == "xlsx":
        data = report_xlsx(content)
    else:
        try:
            data = report_pdf(content)
        except ConversionError as exc:
            messages.error(request, exc.message)
            return redirect("reports:detail", pk=report.pk)
    response = HttpResponse(data, content_type=CONTENT_TYPES[fmt])
    # Django writes the header (RFC 6266): a period or number cannot break it.
    filename = f"bao-cao-{report.period}-du-thao.{fmt}"
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


@login_required
def report_version_download(request, pk: int, number: int, fmt: str):
    """A file of an issued version, as it was issued."""
    return attachment_response(report_file_get_for_user(request.user, pk, number, fmt))
