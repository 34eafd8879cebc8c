"""Pages of report requests: the permission matrix, the submission form, conflicts."""

import datetime

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from ttdn.directory.models import Agency
from ttdn.submissions import services
from ttdn.submissions.models import ReportRequest, SubmissionState

D = datetime.date
OCT_20 = datetime.datetime(2024, 10, 20, 3, tzinfo=datetime.UTC)


@pytest.fixture
def officer_c(make_user):
    agency = Agency.objects.create(name="Công an tỉnh Đồng Nai", short_name="Công an tỉnh")
    return make_user("officer_c", "officer", agencies=[agency])


@pytest.fixture
def users(coordinator, officer_a, officer_b, officer_c, leader):
    return {
        "coordinator": coordinator,
        "officer_a": officer_a,
        "officer_b": officer_b,
        "officer_c": officer_c,
        "leader": leader,
    }


def get(client, user, url):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client.get(url)


def post(client, user, url, data):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client.post(url, data)


def form_data(submission, **changes):
    submission.refresh_from_db()
    data = {
        "version": submission.version,
        "results": "Đã tổ chức 02 lớp tập huấn.",
        "limitations": "",
        "proposals": "",
        "figures": "Số lớp tập huấn: 2",
        "links": "",
        "action": "save",
    }
    return data | changes


# --- who sees what -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "status", "sees"),
    [
        (None, 302, False),
        ("coordinator", 200, True),
        ("officer_a", 200, True),
        ("officer_b", 200, True),  # agency B coordinates the plan's tasks: also asked
        ("officer_c", 200, False),
        ("leader", 200, True),
    ],
)
def test_the_request_list(client, users, yearly_request, who, status, sees):
    response = get(client, users.get(who), reverse("submissions:list"))
    assert response.status_code == status
    if status == 200:
        assert (yearly_request.title in response.text) == sees


@pytest.mark.parametrize(
    ("who", "status"),
    [
        (None, 302),
        ("coordinator", 200),
        ("officer_a", 200),
        ("officer_c", 404),
        ("leader", 200),
    ],
)
def test_the_request_page(client, users, yearly_request, who, status):
    response = get(client, users.get(who), reverse("submissions:request", args=[yearly_request.pk]))
    assert response.status_code == status


def test_the_request_page_shows_each_agencys_state(
    client, coordinator, submission_a, submission_b, officer_a
):
    services.submission_save(actor=officer_a, submission=submission_a, version=1, results="Kết quả")
    with time_machine.travel(datetime.datetime(2024, 11, 10, 3, tzinfo=datetime.UTC)):
        response = get(
            client, coordinator, reverse("submissions:request", args=[submission_a.request_id])
        )
    assert response.status_code == 200
    text = response.text
    assert submission_a.agency.name in text and submission_b.agency.name in text
    assert text.count('class="badge late"') == 2  # both owed past 05/11


@pytest.mark.parametrize(
    ("who", "status", "form"),
    [
        (None, 302, False),
        ("coordinator", 200, False),
        ("officer_a", 200, True),
        ("officer_b", 404, False),  # another agency's report
        ("officer_c", 404, False),
        ("leader", 200, False),  # read only
    ],
)
def test_the_submission_page(client, users, submission_a, who, status, form):
    response = get(
        client, users.get(who), reverse("submissions:submission", args=[submission_a.pk])
    )
    assert response.status_code == status
    if status == 200:
        assert ('name="results"' in response.text) == form


@pytest.mark.parametrize(
    ("who", "status"),
    [
        (None, 302),
        ("coordinator", 403),
        ("officer_b", 404),
        ("officer_c", 404),
        ("leader", 403),
    ],
)
def test_only_the_agencys_officers_write_its_report(client, users, submission_a, who, status):
    response = post(
        client,
        users.get(who),
        reverse("submissions:submission", args=[submission_a.pk]),
        form_data(submission_a),
    )
    assert response.status_code == status
    submission_a.refresh_from_db()
    assert submission_a.state == SubmissionState.NOT_STARTED


def test_restricted_plans_requests_are_hidden_from_other_agencies(
    client, make_plan, coordinator, officer_a, officer_b, agency_a, leader
):
    plan = make_plan(visibility="restricted", status="in_progress", title="Kế hoạch mật")
    with time_machine.travel(OCT_20):
        request = services.request_create_adhoc(
            actor=coordinator,
            plan=plan,
            title="Báo cáo kế hoạch hạn chế",
            deadline=D(2024, 11, 1),
            period_start=D(2024, 1, 1),
            period_end=D(2024, 9, 30),
            agencies=[agency_a],
        )
    url = reverse("submissions:request", args=[request.pk])
    assert get(client, officer_b, url).status_code == 404
    assert (
        "Báo cáo kế hoạch hạn chế" not in get(client, officer_b, reverse("submissions:list")).text
    )
    assert get(client, officer_a, url).status_code == 200
    assert get(client, leader, url).status_code == 200


# --- the officer writes, the coordinator reviews ------------------------------------------------------


def test_an_officer_saves_then_hands_in_the_report(client, officer_a, submission_a):
    url = reverse("submissions:submission", args=[submission_a.pk])
    with time_machine.travel(OCT_20):
        response = post(client, officer_a, url, form_data(submission_a))
        assert response.status_code == 302
        submission_a.refresh_from_db()
        assert submission_a.state == SubmissionState.DRAFT
        assert submission_a.figures == {"Số lớp tập huấn": 2}
        response = post(client, officer_a, url, form_data(submission_a, action="submit"))
    assert response.status_code == 302
    submission_a.refresh_from_db()
    assert submission_a.state == SubmissionState.SUBMITTED and not submission_a.is_late
    page = get(client, officer_a, url)
    assert 'name="results"' not in page.text and "Đã tổ chức 02 lớp tập huấn." in page.text


def test_a_late_hand_in_is_marked(client, officer_a, submission_a):
    url = reverse("submissions:submission", args=[submission_a.pk])
    with time_machine.travel(datetime.datetime(2024, 11, 8, 3, tzinfo=datetime.UTC)):
        post(client, officer_a, url, form_data(submission_a, action="submit"))
    submission_a.refresh_from_db()
    assert submission_a.is_late
    assert "badge late" in get(client, officer_a, url).text


def test_handing_in_without_results_keeps_the_text_and_says_why(client, officer_a, submission_a):
    url = reverse("submissions:submission", args=[submission_a.pk])
    response = post(
        client,
        officer_a,
        url,
        form_data(submission_a, results="", proposals="Đề xuất giữ lại", action="submit"),
    )
    assert response.status_code == 200
    assert "Đề xuất giữ lại" in response.text
    submission_a.refresh_from_db()
    assert submission_a.state == SubmissionState.NOT_STARTED  # nothing half-written


def test_two_officers_editing_at_once_the_second_keeps_their_text(
    client, officer_a, make_user, agency_a, submission_a
):
    colleague = make_user("colleague", "officer", agencies=[agency_a])
    url = reverse("submissions:submission", args=[submission_a.pk])
    stale = form_data(submission_a)
    post(client, officer_a, url, stale | {"results": "Bản của cán bộ thứ nhất"})
    response = post(client, colleague, url, stale | {"results": "Bản của cán bộ thứ hai"})
    assert response.status_code == 200
    text = response.text
    assert "Bản của cán bộ thứ hai" in text  # their text, in the form
    assert "Bản của cán bộ thứ nhất" in text  # the version saved meanwhile, beside it
    assert 'role="alert"' in text
    submission_a.refresh_from_db()
    assert submission_a.results == "Bản của cán bộ thứ nhất"
    # Saving again from that page knowingly replaces it.
    again = client.post(url, stale | {"results": "Bản hợp nhất", "version": submission_a.version})
    assert again.status_code == 302
    submission_a.refresh_from_db()
    assert submission_a.results == "Bản hợp nhất"


def test_a_period_with_no_data_shows_a_valid_empty_form(client, officer_a, submission_a):
    response = get(client, officer_a, reverse("submissions:submission", args=[submission_a.pk]))
    assert response.status_code == 200
    assert 'name="figures"' in response.text and "Số lớp" not in response.text


def test_the_coordinator_returns_then_accepts(client, coordinator, officer_a, submission_a, leader):
    services.submission_save(actor=officer_a, submission=submission_a, version=1, results="KQ")
    services.submission_submit(actor=officer_a, submission=submission_a, version=2)
    url = reverse("submissions:review", args=[submission_a.pk])
    assert post(client, leader, url, {"decision": "accept"}).status_code == 403
    assert post(client, officer_a, url, {"decision": "accept"}).status_code == 403
    post(client, coordinator, url, {"decision": "return", "comment": "Bổ sung số liệu"})
    submission_a.refresh_from_db()
    assert submission_a.state == SubmissionState.RETURNED
    page = get(client, officer_a, reverse("submissions:submission", args=[submission_a.pk]))
    assert "Bổ sung số liệu" in page.text and 'name="results"' in page.text
    services.submission_submit(
        actor=officer_a, submission=submission_a, version=submission_a.version
    )
    post(client, coordinator, url, {"decision": "accept"})
    submission_a.refresh_from_db()
    assert submission_a.state == SubmissionState.ACCEPTED


def test_report_files_are_downloaded_through_the_report(client, officer_a, officer_c, submission_a):
    services.submission_save(
        actor=officer_a,
        submission=submission_a,
        version=1,
        files=[SimpleUploadedFile("bao-cao.pdf", b"%PDF-1.4 x", content_type="application/pdf")],
    )
    file_url = reverse("submissions:file", args=[submission_a.files.get().pk])
    assert get(client, officer_a, file_url).status_code == 200
    assert get(client, officer_c, file_url).status_code == 404
    assert get(client, None, file_url).status_code == 302


# --- the coordinator's pages ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("who", "status"),
    [(None, 302), ("coordinator", 200), ("officer_a", 403), ("leader", 403)],
)
def test_who_may_open_the_ad_hoc_form(client, users, report_plan, who, status):
    url = reverse("submissions:create") + f"?plan={report_plan.pk}"
    assert get(client, users.get(who), url).status_code == status


def test_the_coordinator_sends_an_ad_hoc_request(client, coordinator, report_plan, agency_a):
    with time_machine.travel(OCT_20):
        response = post(
            client,
            coordinator,
            reverse("submissions:create"),
            {
                "plan": report_plan.pk,
                "title": "Báo cáo đột xuất về công tác tập huấn",
                "period_start": "2024-07-01",
                "period_end": "2024-09-30",
                "deadline": "2024-10-31",
                "agencies": [agency_a.pk],
                "instructions": "Báo cáo ngắn gọn.",
            },
        )
    assert response.status_code == 302
    request = ReportRequest.objects.get(kind="ad_hoc")
    assert request.period_key == "2024-Q3"
    assert list(request.submissions.values_list("agency", flat=True)) == [agency_a.pk]


def test_a_bad_ad_hoc_request_shows_its_errors(client, coordinator, report_plan, agency_a):
    with time_machine.travel(OCT_20):
        response = post(
            client,
            coordinator,
            reverse("submissions:create"),
            {
                "plan": report_plan.pk,
                "title": "Báo cáo",
                "period_start": "2024-07-01",
                "period_end": "2024-09-30",
                "deadline": "2024-01-31",
                "agencies": [agency_a.pk],
            },
        )
    assert response.status_code == 200
    assert ReportRequest.objects.count() == 0


def test_the_coordinator_moves_the_deadline(client, coordinator, officer_a, yearly_request):
    url = reverse("submissions:request_change", args=[yearly_request.pk])
    assert post(client, officer_a, url, {"deadline": "2024-11-20"}).status_code == 403
    post(client, coordinator, url, {"deadline": "2024-11-20"})
    yearly_request.refresh_from_db()
    assert yearly_request.deadline == D(2024, 11, 20)


def test_the_rule_page(client, coordinator, officer_a, report_plan, keep_deadlines):
    url = reverse("submissions:rule", args=[report_plan.pk])
    assert get(client, officer_a, url).status_code == 403
    page = get(client, coordinator, url)
    assert page.status_code == 200 and "05/11/2024" in page.text
    response = post(
        client,
        coordinator,
        url,
        {
            "frequency": "quarterly",
            "deadline_month": "4",
            "deadline_day": "5",
            "on_holiday": "",
            "lead_days": "15",
            "active": "on",
            "focal_days": "3",
            "committee_days": "7",
        },
    )
    assert response.status_code == 302
    report_plan.refresh_from_db()
    rule = report_plan.reporting_rule
    assert (rule.frequency, rule.lead_days, rule.steps.count()) == ("quarterly", 15, 2)


def test_my_requests_lists_the_agencys_reports(client, officer_a, officer_c, submission_a):
    url = reverse("submissions:mine")
    assert submission_a.request.title in get(client, officer_a, url).text
    assert submission_a.request.title not in get(client, officer_c, url).text


def test_the_request_list_needs_few_queries(
    client, coordinator, report_plan, keep_deadlines, django_assert_max_num_queries
):
    from ttdn.submissions.deadlines import parse_period

    for key in ("2024-Q1", "2024-Q2", "2024-Q3", "2024"):
        services.request_create_periodic(plan=report_plan, period=parse_period(key))
    client.force_login(coordinator)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("submissions:list"))
    assert response.status_code == 200


def test_the_request_page_and_my_reports_need_few_queries(
    client, coordinator, officer_a, yearly_request, django_assert_max_num_queries
):
    client.force_login(coordinator)
    with django_assert_max_num_queries(14):
        assert (
            client.get(reverse("submissions:request", args=[yearly_request.pk])).status_code == 200
        )
    client.force_login(officer_a)
    with django_assert_max_num_queries(10):
        assert client.get(reverse("submissions:mine")).status_code == 200
