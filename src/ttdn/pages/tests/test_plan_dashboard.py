"""The plan dashboard: numbers from reports.figures, who sees it, fixed queries (0026)."""

import datetime as dt

import pytest
from django.urls import reverse

from ttdn.pages.dashboard import plan_dashboard
from ttdn.pages.tests.test_page_queries import _queries
from ttdn.plans import services as plans
from ttdn.plans.services import AgencyRef, TaskData
from ttdn.reports.periods import period_parse
from ttdn.reports.tests.conftest import TODAY, at, report_plan  # noqa: F401 (a fixture)


def _board(report_plan, user, code="2018"):  # noqa: F811
    return plan_dashboard(user=user, plan=report_plan.plan, period=period_parse(code), today=TODAY)


def test_rates_by_agency_are_the_hand_counted_ones(report_plan, coordinator):  # noqa: F811
    board = _board(report_plan, coordinator)
    assert (board.counted, board.done, board.done_on_time, board.late) == (5, 2, 1, 3)
    assert (board.completion_label, board.on_time_label) == ("40 %", "20 %")
    bars = {b.name: b for b in board.bars}
    a, b = bars["Sở TT&TT"], bars["Sở Ngoại vụ"]
    assert (a.counted, a.done, a.done_on_time, a.late) == (3, 2, 1, 1)
    assert (a.completion_label, a.on_time_label) == ("66,7 %", "33,3 %")
    assert a.completion_width == 240.1  # 66.7 % of the 360-unit bar
    assert (b.counted, b.done, b.late, b.completion_label) == (2, 0, 2, "0 %")


def test_late_tasks_name_the_agency_and_its_officers(
    report_plan,  # noqa: F811
    coordinator,
    officer_a,
):
    officer_a.email = "officer.a@stttt.dongnai.gov.vn"
    officer_a.full_name = "Nguyễn Văn A"
    officer_a.save()
    board = _board(report_plan, coordinator)
    rows = {r.text: r for r in board.late_tasks}
    assert set(rows) == {
        "Quảng bá hình ảnh tỉnh trên báo chí",  # done late
        "Tổ chức đoàn phóng viên nước ngoài",
        "Đấu tranh, phản bác thông tin sai sự thật",
        "Cập nhật thông tin trên Cổng thông tin điện tử",
    }
    late = rows["Cập nhật thông tin trên Cổng thông tin điện tử"]
    assert late.outcome == "late" and late.deadline == "30/09/2018"
    [agency] = late.agencies
    assert agency.name == "Sở TT&TT"
    assert [(o.name, o.email) for o in agency.officers] == [
        ("Nguyễn Văn A", "officer.a@stttt.dongnai.gov.vn")
    ]
    assert late.url == reverse("pages:task", args=[report_plan.tasks["t6"].pk])


def test_the_trend_follows_the_months(report_plan, coordinator):  # noqa: F811
    months = _board(report_plan, coordinator).trend.months
    assert [m.short for m in months] == [f"{m:02d}" for m in range(1, 13)]
    assert [m.completed_to_date for m in months] == [0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2]
    assert [m.submitted for m in months] == [0, 0, 1, 0, 1, 0, 1, 1, 0, 1, 0, 0]


def test_a_quarter_counts_only_its_tasks(report_plan, coordinator):  # noqa: F811
    board = _board(report_plan, coordinator, "2018-Q1")
    # t1 (Quý I) and t5 ("Trong năm": no deadline, ongoing) — t5 is cancelled.
    assert (board.counted, board.done, board.completion_label) == (1, 1, "100 %")
    assert len(board.trend.months) == 3


@pytest.mark.parametrize(
    ("who", "status"),
    [
        (None, 302),  # to the login page
        ("officer_a", 403),  # an officer of a lead agency: not the dashboard
        ("officer_b", 403),  # another agency's officer
        ("coordinator", 200),
        ("leader", 200),
    ],
)
def test_who_sees_the_dashboard(report_plan, client, request, who, status):  # noqa: F811
    if who:
        client.force_login(request.getfixturevalue(who))
    url = reverse("pages:plan_dashboard", args=[report_plan.plan.pk])
    assert client.get(url).status_code == status


def test_a_plan_the_officer_may_not_see_is_a_404(client, make_plan, officer_b, agency_a):
    hidden = make_plan(visibility="restricted", restricted_to=[agency_a])
    client.force_login(officer_b)
    assert client.get(reverse("pages:plan_dashboard", args=[hidden.pk])).status_code == 404


def test_only_oversight_roles_get_the_link(report_plan, client, coordinator, officer_a):  # noqa: F811
    url = reverse("pages:plan", args=[report_plan.plan.pk])
    client.force_login(officer_a)
    assert 'id="plan-dashboard"' not in client.get(url).content.decode()
    client.force_login(coordinator)
    assert 'id="plan-dashboard"' in client.get(url).content.decode()


def test_the_page_draws_svg_and_lets_the_period_be_chosen(report_plan, client, coordinator):  # noqa: F811
    client.force_login(coordinator)
    url = reverse("pages:plan_dashboard", args=[report_plan.plan.pk])
    with at(TODAY):
        html = client.get(url, {"period": "2018-H2"}).content.decode()
    assert '<option value="2018-H2" selected>' in html
    assert "<svg" in html and "style=" not in html.split("<svg", 1)[1].split("</svg>", 1)[0]
    with at(TODAY):
        bad = client.get(url, {"period": "2018-Q5"})
    assert bad.status_code == 200 and "không phải là kỳ báo cáo" in bad.content.decode()


def test_the_dashboard_reads_as_many_queries_for_more_tasks_and_agencies(
    report_plan,  # noqa: F811
    client,
    coordinator,
    make_user,
):
    from ttdn.directory.models import Agency

    client.force_login(coordinator)
    url = reverse("pages:plan_dashboard", args=[report_plan.plan.pk]) + "?period=2018"
    with at(TODAY):
        before = len(_queries(client, url))
    with at(dt.date(2017, 12, 9)):
        plan = report_plan.plan
        plans.plan_move_to(actor=coordinator, plan=plan, to_status="closed")
        plans.plan_move_to(actor=coordinator, plan=plan, to_status="in_progress")
        for n in range(4):
            agency = Agency.objects.create(name=f"Ủy ban nhân dân xã số {n}")
            make_user(f"officer_x{n}", agencies=[agency])
            plans.task_create(
                actor=coordinator,
                plan=plan,
                data=TaskData(
                    text=f"Nhiệm vụ thêm {n}",
                    timeframe_text="Quý II",
                    leads=[AgencyRef(agency=agency)],
                ),
            )
    with at(TODAY):
        after = len(_queries(client, url))
    assert before == after, f"{before} queries for 2 agencies, {after} for 6"
