import datetime

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile

from ttdn.core.exceptions import ConflictError
from ttdn.plans.models import Task, TaskStatus
from ttdn.tracking.models import Evidence, ProgressUpdate, ReviewState
from ttdn.tracking.selectors import latest_updates
from ttdn.tracking.services import progress_review, progress_submit


@pytest.fixture
def task(make_plan):
    return make_plan(status="in_progress", year=2024, timeframe="Quý II, III").tasks.get()


@pytest.fixture
def report(officer_a, agency_a):
    """Officer A reports on a task for agency A (the lead agency of the plans' tasks)."""

    def submit(task, **fields):
        return progress_submit(actor=officer_a, task=task, agency=agency_a, **fields)

    return submit


def test_officer_reports_for_own_agency_with_evidence(task, tmp_path, settings, report):
    settings.MEDIA_ROOT = tmp_path
    upload = SimpleUploadedFile(
        "bao-cao quy 2.pdf", b"%PDF-1.4 minimal", content_type="application/pdf"
    )
    update = report(
        task,
        status="in_progress",
        percent=40,
        narrative="Đã tổ chức 1 lớp tập huấn cho 120 học viên.",
        files=[upload],
        links=["https://baodongnai.com.vn/tin-tuc"],
    )
    assert update.review_state == ReviewState.SUBMITTED
    assert update.period_end == datetime.date(2024, 6, 30)
    kinds = sorted(("file" if e.file else "link") for e in update.evidence.all())
    assert kinds == ["file", "link"]
    task.refresh_from_db()
    assert task.status == TaskStatus.IN_PROGRESS
    assert latest_updates([task]) == {task.pk: update}
    assert task.next_deadline == datetime.date(2024, 9, 30)


@pytest.mark.parametrize("as_agency", ["a", "b"])
def test_officer_of_another_agency_cannot_report(
    task, officer_b, agency_b, agency_a, as_agency, report
):
    agency = agency_a if as_agency == "a" else agency_b
    with pytest.raises(PermissionDenied):
        progress_submit(actor=officer_b, task=task, agency=agency, status="done", percent=100)
    assert not ProgressUpdate.objects.exists()


def test_coordinating_agency_reports_for_itself_only(make_plan, officer_b, agency_b, agency_a):
    task = make_plan(status="in_progress", coordinating=[agency_b]).tasks.get()
    update = progress_submit(
        actor=officer_b,
        task=task,
        agency=agency_b,
        status="in_progress",
        percent=10,
        narrative="Đã phối hợp cung cấp tài liệu.",
    )
    assert update.agency == agency_b
    with pytest.raises(PermissionDenied):
        progress_submit(actor=officer_b, task=task, agency=agency_a, status="done", percent=100)


@pytest.mark.parametrize("name", ["virus.exe", "script.html", "noext"])
def test_dangerous_file_types_are_refused(task, name, report):
    with pytest.raises(ValidationError):
        report(
            task,
            status="in_progress",
            percent=5,
            files=[SimpleUploadedFile(name, b"data")],
        )
    assert not ProgressUpdate.objects.exists()
    assert not Evidence.objects.exists()


def test_oversized_file_is_refused(task, settings, report):
    settings.TTDN_EVIDENCE_MAX_BYTES = 1024
    with pytest.raises(ValidationError):
        report(
            task,
            status="in_progress",
            percent=5,
            files=[SimpleUploadedFile("big.pdf", b"x" * 2048)],
        )
    assert not ProgressUpdate.objects.exists()


def test_javascript_links_are_refused(task, report):
    with pytest.raises(ValidationError):
        report(
            task,
            status="in_progress",
            percent=5,
            links=["javascript:alert(1)"],
        )


def test_accepting_done_from_the_lead_completes_the_task(task, coordinator, report):
    update = report(
        task,
        status="done",
        percent=100,
        narrative="Hoàn thành.",
        period_end=datetime.date(2024, 9, 30),
    )
    progress_review(actor=coordinator, update=update, accept=True)
    task.refresh_from_db()
    assert task.status == TaskStatus.DONE
    assert task.percent == 100


def test_returned_updates_do_not_count(task, coordinator, report):
    update = report(task, status="done", percent=100)
    with pytest.raises(ValidationError):
        progress_review(actor=coordinator, update=update, accept=False, comment="")
    progress_review(actor=coordinator, update=update, accept=False, comment="Thiếu minh chứng")
    task.refresh_from_db()
    assert task.status == TaskStatus.NOT_STARTED
    assert latest_updates([task]) == {}


def test_a_review_cannot_happen_twice(task, coordinator, report):
    update = report(task, status="done", percent=100)
    stale = ProgressUpdate.objects.get(pk=update.pk)
    progress_review(actor=coordinator, update=update, accept=True)
    with pytest.raises(ConflictError):
        progress_review(actor=coordinator, update=stale, accept=False, comment="Trả lại")
    assert ProgressUpdate.objects.get(pk=update.pk).review_state == ReviewState.ACCEPTED


def test_officer_cannot_review(task, officer_a, report):
    update = report(task, status="done", percent=100)
    with pytest.raises(PermissionDenied):
        progress_review(actor=officer_a, update=update, accept=True)


def test_lateness_derives_from_deadlines_and_today(task, report):
    with time_machine.travel(datetime.date(2024, 7, 5)):
        assert task.effective_status(datetime.date(2024, 7, 5)) == TaskStatus.LATE
        assert Task.objects.late_on(datetime.date(2024, 7, 5)).filter(pk=task.pk).exists()
        report(
            task,
            status="in_progress",
            percent=50,
            period_end=datetime.date(2024, 6, 30),
        )
    task.refresh_from_db()
    assert task.next_deadline == datetime.date(2024, 9, 30)
    assert task.effective_status(datetime.date(2024, 7, 5)) == TaskStatus.IN_PROGRESS
    assert task.effective_status(datetime.date(2024, 10, 1)) == TaskStatus.LATE


def test_period_outside_the_plan_is_refused(task, report):
    with pytest.raises(ValidationError):
        report(
            task,
            status="in_progress",
            percent=5,
            period_end=datetime.date(2030, 1, 1),
        )


def test_review_decision_is_mailed_to_the_reporter(
    task, officer_a, coordinator, mailoutbox, report
):
    officer_a.email = "canbo@stttt.dongnai.gov.vn"
    officer_a.save()
    update = report(task, status="done", percent=100)
    progress_review(actor=coordinator, update=update, accept=False, comment="Bổ sung minh chứng")
    assert len(mailoutbox) == 1
    assert mailoutbox[0].to == ["canbo@stttt.dongnai.gov.vn"]
    assert "Bổ sung minh chứng" in mailoutbox[0].body
    assert f"http://127.0.0.1:8000/tasks/{task.pk}/" in mailoutbox[0].body


def test_no_reports_on_a_closed_plan(task, coordinator, report):
    from ttdn.plans.services import plan_transition

    plan_transition(actor=coordinator, plan=task.plan, to_status="closed")
    task.refresh_from_db()
    with pytest.raises(ValidationError):
        report(task, status="done", percent=100)
    assert not ProgressUpdate.objects.exists()


@pytest.mark.parametrize("status", ["draft", "appraisal"])
def test_no_reports_before_the_plan_is_issued(make_plan, officer_a, agency_a, status):
    from ttdn.tracking.access import can_report_on

    task = make_plan(status=status).tasks.get()
    assert not can_report_on(officer_a, task)
    with pytest.raises(ValidationError, match="not been issued"):
        progress_submit(
            actor=officer_a, task=task, agency=agency_a, status="in_progress", percent=10
        )
    assert not ProgressUpdate.objects.exists()


@pytest.mark.parametrize("status", ["issued", "in_progress"])
def test_reports_are_taken_once_the_plan_is_issued(make_plan, officer_a, agency_a, status):
    from ttdn.tracking.access import can_report_on

    task = make_plan(status=status).tasks.get()
    assert can_report_on(officer_a, task)
    progress_submit(actor=officer_a, task=task, agency=agency_a, status="in_progress", percent=10)
    assert ProgressUpdate.objects.filter(task=task).count() == 1


def test_an_unfinished_report_does_not_cover_the_final_deadline(make_plan, report):
    task = make_plan(status="in_progress", year=2024, timeframe="Cả năm").tasks.get()
    report(
        task,
        status="in_progress",
        percent=50,
        period_end=datetime.date(2024, 12, 31),
    )
    task.refresh_from_db()
    assert task.next_deadline == datetime.date(2024, 12, 31)
    assert task.effective_status(datetime.date(2025, 1, 2)) == TaskStatus.LATE


def test_monthly_reports_move_the_next_deadline(make_plan, report):
    task = make_plan(status="in_progress", year=2024, timeframe="Hàng tháng").tasks.get()
    for month_end in (datetime.date(2024, 1, 31), datetime.date(2024, 2, 29)):
        report(
            task,
            status="in_progress",
            percent=10,
            period_end=month_end,
        )
    task.refresh_from_db()
    assert task.next_deadline == datetime.date(2024, 3, 31)
