"""The plan page and the annex export show each task's latest counted report."""

import datetime
import io

import openpyxl
import pytest
from django.urls import reverse

from ttdn.plans.models import Plan
from ttdn.tracking.models import ProgressUpdate
from ttdn.tracking.services import progress_review, progress_submit


@pytest.fixture
def plan(make_plan):
    return make_plan(year=2024, timeframe="Quý II, III", tasks=12, status="in_progress")


def _report(officer_a, agency_a, task, narrative, **fields):
    return progress_submit(
        actor=officer_a,
        task=task,
        agency=agency_a,
        status=fields.pop("status", "in_progress"),
        percent=fields.pop("percent", 50),
        narrative=narrative,
        period_end=datetime.date(2024, 6, 30),
        **fields,
    )


def test_the_plan_page_shows_the_newest_counted_report_of_each_task(
    client, coordinator, officer_a, agency_a, plan
):
    first, second, *_ = plan.tasks.order_by("order")
    _report(officer_a, agency_a, first, "Báo cáo cũ về lớp tập huấn")
    _report(officer_a, agency_a, first, "Báo cáo mới: đã tổ chức 2 lớp")
    returned = _report(officer_a, agency_a, second, "Báo cáo bị trả lại")
    progress_review(actor=coordinator, update=returned, accept=False, comment="Thiếu số liệu")
    client.force_login(coordinator)
    page = client.get(reverse("pages:plan", args=[plan.pk])).content.decode()
    assert "Báo cáo mới: đã tổ chức 2 lớp" in page
    assert "Báo cáo cũ về lớp tập huấn" not in page
    assert "Báo cáo bị trả lại" not in page


def test_the_plan_page_reads_latest_reports_in_one_query_whatever_the_tasks(
    client, coordinator, officer_a, agency_a, plan, django_assert_max_num_queries
):
    for task in plan.tasks.all():
        _report(officer_a, agency_a, task, f"Đã triển khai nhiệm vụ {task.order}")
    client.force_login(coordinator)
    client.get(reverse("pages:plan", args=[plan.pk]))  # warm caches (session, directory)
    # 12: one of them asks for the plans implementing this one (decision 0026), one reads
    # the assignments' agencies by id (plans.selectors._assignments_prefetch).
    with django_assert_max_num_queries(12):
        response = client.get(reverse("pages:plan", args=[plan.pk]))
    assert response.content.decode().count("Đã triển khai nhiệm vụ") == 12


def test_the_export_has_the_latest_report_with_its_local_date(
    client, coordinator, officer_a, agency_a, plan
):
    task = plan.tasks.order_by("order").first()
    update = _report(officer_a, agency_a, task, "Đã đăng 5 tin bài trên cổng thông tin")
    client.force_login(coordinator)
    response = client.get(reverse("pages:plan_export", args=[plan.pk]))
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    cells = [c.value for row in sheet.iter_rows() for c in row if c.value]
    local_day = update.submitted_at.astimezone(datetime.timezone(datetime.timedelta(hours=7)))
    expected = "{} — {}: Đã đăng 5 tin bài trên cổng thông tin".format(
        local_day.strftime("%d/%m/%Y"), agency_a.display_name
    )
    assert expected in cells


def test_the_export_survives_control_characters_and_odd_plan_numbers(
    client, coordinator, officer_a, agency_a, make_plan
):
    from email.message import Message

    plan = make_plan(year=2024, status="in_progress")
    _report(officer_a, agency_a, plan.tasks.get(), "Báo cáo")
    # Rows stored before the services cleaned text (decision 0016) still export safely.
    Plan.objects.filter(pk=plan.pk).update(number='12773/KH-"UBND"\r\nX: y')
    ProgressUpdate.objects.update(narrative="Báo cáo\x0b có ký tự\x01 điều khiển")
    client.force_login(coordinator)
    response = client.get(reverse("pages:plan_export", args=[plan.pk]))
    assert response.status_code == 200
    header = response["Content-Disposition"]
    assert "\r" not in header and "\n" not in header
    message = Message()
    message["Content-Disposition"] = header
    assert message.get_filename().endswith(".xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    cells = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert any("Báo cáo có ký tự điều khiển" in c for c in cells)


def test_the_task_page_reads_the_task_once_and_its_reports_in_fixed_queries(
    client, coordinator, officer_a, agency_a, plan, django_assert_max_num_queries
):
    task = plan.tasks.order_by("order").first()
    for n in range(4):
        _report(officer_a, agency_a, task, f"Báo cáo lần {n}", links=[f"https://a.vn/{n}"])
    client.force_login(coordinator)
    client.get(reverse("pages:task", args=[task.pk]))
    # 11: one of them reads the tasks it carries out and that carry it out (decision 0026),
    # one the assignments' agencies by id (plans.selectors._assignments_prefetch).
    with django_assert_max_num_queries(11):
        response = client.get(reverse("pages:task", args=[task.pk]))
    page = response.content.decode()
    assert all(f"Báo cáo lần {n}" in page for n in range(4))
    assert "https://a.vn/3" in page
