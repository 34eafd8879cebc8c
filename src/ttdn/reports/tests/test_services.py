"""Writing the summary report: a draft from the figures, edits, issued versions."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from ttdn.audit.models import AuditEntry
from ttdn.core.exceptions import ConflictError
from ttdn.documents.convert import ConversionError
from ttdn.reports import services
from ttdn.reports.models import SummaryReport, SummaryReportVersion
from ttdn.reports.tests.conftest import TODAY

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_libreoffice(monkeypatch):
    """Issuing converts to PDF with LibreOffice: test_document does it for real."""
    monkeypatch.setattr(services, "report_pdf", lambda content, docx=None: b"%PDF-1.4 test")


def start(report_plan, coordinator, period="2018"):
    return services.report_create(
        actor=coordinator, plan=report_plan.plan, period=period, today=TODAY
    )


def test_a_draft_takes_its_details_from_the_plan_and_its_text_from_the_figures(
    report_plan, coordinator
):
    report = start(report_plan, coordinator)
    assert (report.period, report.period_start, report.period_end) == (
        "2018",
        dt.date(2018, 1, 1),
        dt.date(2018, 12, 31),
    )
    assert report.issuer_name == "Ủy ban nhân dân tỉnh Đồng Nai"
    assert report.place == "Đồng Nai"
    assert report.signer_name == "Trần Văn Vĩnh"
    assert report.number == "" and report.date is None
    assert "12773/KH-UBND" in report.general
    assert "6" in report.general and "40%" in report.general
    assert "Chưa bố trí được kinh phí đón đoàn" in report.late_reasons  # Sở Ngoại vụ's reason
    assert report.recipient_list[0] == "Bộ Thông tin và Truyền thông"
    entry = AuditEntry.objects.get(action="reports.created")
    assert entry.actor == coordinator


@pytest.mark.parametrize("period", ["2019", "2017-Q4", "2018-13", "soon"])
def test_a_period_outside_the_plan_or_not_a_period_is_refused(report_plan, coordinator, period):
    with pytest.raises(ValidationError) as error:
        start(report_plan, coordinator, period)
    assert "period" in error.value.message_dict


def test_a_draft_plan_gets_no_report_so_it_can_still_be_deleted(make_plan, coordinator):
    plan = make_plan(year=2018, status="draft")
    with pytest.raises(ValidationError) as error:
        services.report_create(actor=coordinator, plan=plan, period="2018", today=TODAY)
    assert "plan" in error.value.message_dict


def test_one_report_per_plan_and_period(report_plan, coordinator):
    start(report_plan, coordinator)
    with pytest.raises(ValidationError):
        start(report_plan, coordinator)
    assert start(report_plan, coordinator, "2018-H2").period == "2018-H2"


def test_only_the_coordinating_department_writes_reports(report_plan, leader, officer_a):
    for user in (leader, officer_a):
        with pytest.raises(PermissionDenied):
            start(report_plan, user)


def test_an_edit_is_cleaned_audited_and_checked_for_a_stale_version(report_plan, coordinator):
    report = start(report_plan, coordinator)
    version = report.version
    services.report_update(
        actor=coordinator,
        report=report,
        changes={"proposals": "Đề nghị\u202e hỗ trợ\r\nkinh phí.", "number": " 215 "},
        expected_version=version,
    )
    report.refresh_from_db()
    assert report.proposals == "Đề nghị hỗ trợ\nkinh phí."
    assert report.number == "215"
    entry = AuditEntry.objects.get(action="reports.updated")
    assert entry.after["number"] == "215" and entry.before["number"] == ""
    with pytest.raises(ConflictError):
        services.report_update(
            actor=coordinator, report=report, changes={"number": "1"}, expected_version=version
        )
    with pytest.raises(ValidationError):
        services.report_update(
            actor=coordinator,
            report=report,
            changes={"general": "x" * (services.MAX_NARRATIVE_CHARS + 1)},
            expected_version=report.version,
        )
    with pytest.raises(ValidationError):
        services.report_update(
            actor=coordinator, report=report, changes={"plan": 1}, expected_version=report.version
        )


def test_refill_writes_a_section_again_from_the_figures(report_plan, coordinator):
    report = start(report_plan, coordinator)
    report = services.report_update(
        actor=coordinator,
        report=report,
        changes={"general": "Sửa tay."},
        expected_version=report.version,
    )
    report = services.report_refill(
        actor=coordinator,
        report=report,
        fields=["general"],
        expected_version=report.version,
        today=TODAY,
    )
    assert "12773/KH-UBND" in report.general
    with pytest.raises(ValidationError):
        services.report_refill(
            actor=coordinator, report=report, fields=["number"], expected_version=report.version
        )


def test_issued_versions_are_numbered_kept_and_never_overwritten(report_plan, coordinator):
    report = start(report_plan, coordinator)
    report = services.report_update(
        actor=coordinator, report=report, changes={"number": "215"}, expected_version=report.version
    )
    v1 = services.report_issue(
        actor=coordinator,
        report=report,
        expected_version=report.version,
        date=dt.date(2018, 11, 5),
        today=TODAY,
    )
    report.refresh_from_db()
    first_files = {f.format: f.file.read() for f in v1.files.all()}
    assert set(first_files) == {"docx", "xlsx", "pdf"}
    assert (v1.number, v1.document_number, v1.document_date) == (
        1,
        "215/BC-UBND",
        dt.date(2018, 11, 5),
    )
    report = services.report_update(
        actor=coordinator,
        report=report,
        changes={"proposals": "Bổ sung."},
        expected_version=report.version,
    )
    v2 = services.report_issue(
        actor=coordinator, report=report, expected_version=report.version, today=TODAY
    )
    assert v2.number == 2 and v2.content["proposals"] == "Bổ sung."
    v1.refresh_from_db()
    assert v1.content["proposals"] == ""
    assert {f.format: f.file.read() for f in v1.files.all()} == first_files
    names = {f.file.name for v in (v1, v2) for f in v.files.all()}
    assert len(names) == 6  # separate files, nothing overwritten
    assert list(
        AuditEntry.objects.filter(action="reports.issued")
        .values_list("after__issued_version", flat=True)
        .order_by("id")
    ) == [1, 2]
    with pytest.raises(ConflictError):
        services.report_issue(actor=coordinator, report=report, expected_version=1, today=TODAY)


def test_a_version_is_issued_without_pdf_when_libreoffice_cannot_make_it(
    report_plan, coordinator, monkeypatch
):
    def fail(content, docx=None):
        raise ConversionError("LibreOffice is missing", code="converter_missing")

    monkeypatch.setattr(services, "report_pdf", fail)
    report = start(report_plan, coordinator)
    version = services.report_issue(
        actor=coordinator, report=report, expected_version=report.version, today=TODAY
    )
    assert {f.format for f in version.files.all()} == {"docx", "xlsx"}
    assert version.pdf_problem == "LibreOffice is missing"


def test_reports_and_versions_protect_their_plan(report_plan, coordinator):
    from django.db.models import ProtectedError

    report = start(report_plan, coordinator)
    services.report_issue(
        actor=coordinator, report=report, expected_version=report.version, today=TODAY
    )
    with pytest.raises(ProtectedError):
        report_plan.plan.delete()
    with pytest.raises(ProtectedError):
        SummaryReport.objects.get().delete()
    assert SummaryReportVersion.objects.count() == 1
