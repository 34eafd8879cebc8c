"""Report requests and submissions: rules, periodic and ad-hoc requests, successors, the
submission workflow, lateness, conflicts, an empty period."""

import datetime

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from django.utils.translation import gettext as _

from ttdn.audit.models import AuditEntry
from ttdn.core.exceptions import ConflictError
from ttdn.directory.models import Agency, AgencySuccession
from ttdn.submissions import services
from ttdn.submissions.deadlines import parse_period
from ttdn.submissions.models import (
    ReportingRule,
    ReportRequest,
    RequestKind,
    Submission,
    SubmissionState,
)
from ttdn.submissions.selectors import (
    missing_submissions,
    open_requests,
    reporting_rule_of,
    submissions_for,
)
from ttdn.tracking.services import progress_review, progress_submit

D = datetime.date


def fill(submission, actor, **changes):
    submission.refresh_from_db()
    data = {"results": "Đã tổ chức 02 lớp tập huấn cho 120 học viên."} | changes
    return services.submission_save(
        actor=actor, submission=submission, version=submission.version, **data
    )


# --- rules ------------------------------------------------------------------------------------


def test_a_plans_reporting_deadline_gives_its_default_rule(report_plan):
    rule = reporting_rule_of(report_plan)
    assert (rule.frequency, rule.deadline_month, rule.deadline_day) == ("yearly", 11, 5)
    assert rule.pk is None


def test_a_plan_without_a_reporting_deadline_has_no_rule(make_plan):
    assert reporting_rule_of(make_plan(status="in_progress")) is None


def test_the_coordinator_sets_a_quarterly_rule_with_its_chain(report_plan, coordinator):
    rule = services.reporting_rule_save(
        actor=coordinator,
        plan=report_plan,
        frequency="quarterly",
        deadline_month=4,
        deadline_day=5,
        on_holiday="keep",
        steps=[
            services.StepData("focal_department", "people_committee", days_after=3),
            services.StepData("people_committee", "ministry", deadline_month=4, deadline_day=20),
        ],
    )
    assert reporting_rule_of(report_plan) == rule
    request, created = services.request_create_periodic(
        plan=report_plan, period=parse_period("2024-Q4")
    )
    assert created and request.deadline == D(2025, 1, 5)
    assert [s.deadline for s in request.steps.all()] == [D(2025, 1, 8), D(2025, 1, 20)]
    assert AuditEntry.objects.filter(action="submissions.rule_saved").count() == 1


def test_a_step_needs_one_form_of_deadline(report_plan, coordinator):
    with pytest.raises(ValidationError):
        services.reporting_rule_save(
            actor=coordinator,
            plan=report_plan,
            frequency="yearly",
            deadline_month=11,
            deadline_day=5,
            steps=[services.StepData("focal_department", "people_committee")],
        )


def test_only_the_coordinator_sets_rules(report_plan, officer_a):
    with pytest.raises(PermissionDenied):
        services.reporting_rule_save(
            actor=officer_a, plan=report_plan, frequency="yearly", deadline_month=1, deadline_day=1
        )


# --- periodic requests --------------------------------------------------------------------------


def test_the_daily_job_makes_the_yearly_request_in_its_notice_period(
    report_plan, agency_a, agency_b, keep_deadlines, settings
):
    settings.TTDN_REQUEST_LEAD_DAYS = 30
    assert services.periodic_requests_create(on=D(2024, 10, 5)) == 0  # 31 days before
    assert services.periodic_requests_create(on=D(2024, 10, 6)) == 1
    request = ReportRequest.objects.get()
    assert (request.kind, request.period_key, request.deadline) == (
        "periodic",
        "2024",
        D(2024, 11, 5),
    )
    with translation.override("vi"):
        assert request.period_label == _("Year {year}").format(year=2024)
    assert sorted(s.agency_id for s in request.submissions.all()) == sorted(
        [agency_a.pk, agency_b.pk]
    )
    # The default chain: focal department +5 days, People's Committee +10 days.
    assert [(s.reporter, s.recipient, s.deadline) for s in request.steps.all()] == [
        ("focal_department", "people_committee", D(2024, 11, 10)),
        ("people_committee", "ministry", D(2024, 11, 20)),
    ]
    assert AuditEntry.objects.filter(action="submissions.request_created").count() == 1


def test_the_daily_job_twice_makes_one_request(report_plan, keep_deadlines):
    assert services.periodic_requests_create(on=D(2024, 10, 20)) == 1
    assert services.periodic_requests_create(on=D(2024, 10, 20)) == 0
    assert ReportRequest.objects.count() == 1


def test_a_run_that_loses_the_race_returns_the_winners_request(
    report_plan, keep_deadlines, monkeypatch
):
    """Two runs both found no request and both insert: the unique constraint refuses the
    second, which then returns the first's request (what PostgreSQL does with two
    processes, test_concurrency.py)."""
    period = parse_period("2024")
    winner, _ = services.request_create_periodic(plan=report_plan, period=period)
    looks = iter([None])
    real = services._existing_periodic
    monkeypatch.setattr(services, "_existing_periodic", lambda p, q: next(looks, real(p, q)))
    request, created = services.request_create_periodic(plan=report_plan, period=period)
    assert (request, created) == (winner, False)
    assert ReportRequest.objects.count() == 1
    assert Submission.objects.count() == 2


def test_plans_not_open_for_reports_or_with_inactive_rules_get_no_requests(
    make_plan, report_plan, coordinator, keep_deadlines
):
    draft = make_plan(year=2024, status="draft")
    draft.report_deadline_month, draft.report_deadline_day = 11, 5
    draft.save()
    services.reporting_rule_save(
        actor=coordinator,
        plan=report_plan,
        frequency="yearly",
        deadline_month=11,
        deadline_day=5,
        active=False,
    )
    assert services.periodic_requests_create(on=D(2024, 10, 20)) == 0


def test_a_request_to_a_merged_agency_goes_to_its_successor(report_plan, agency_a, keep_deadlines):
    successor = Agency.objects.create(
        name="Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai", short_name="Sở VHTTDL"
    )
    agency_a.valid_to = D(2025, 2, 28)
    agency_a.save()
    AgencySuccession.objects.create(
        predecessor=agency_a,
        successor=successor,
        kind="merged",
        effective_date=D(2025, 3, 1),
        primary=True,
    )
    with time_machine.travel(datetime.datetime(2025, 6, 1, 3, tzinfo=datetime.UTC)):
        request = services.request_create_adhoc(
            actor=report_plan.created_by,
            plan=report_plan,
            title="Báo cáo đột xuất kết quả tập huấn",
            deadline=D(2025, 6, 20),
            period_start=D(2025, 1, 1),
            period_end=D(2025, 5, 31),
            agencies=[agency_a],
        )
    submission = request.submissions.get()
    assert (submission.agency, submission.addressed_to) == (successor, agency_a)
    # The tasks agency A led are now the successor's to report on.
    rows = services.submission_task_rows(submission)
    assert [row["role"] for row in rows] == ["lead", "lead"]


def test_two_predecessors_of_one_successor_make_one_submission(
    report_plan, agency_a, agency_b, coordinator
):
    successor = Agency.objects.create(name="Sở Mới tỉnh Đồng Nai")
    for old in (agency_a, agency_b):
        old.valid_to = D(2025, 2, 28)
        old.save()
        AgencySuccession.objects.create(
            predecessor=old, successor=successor, kind="merged", effective_date=D(2025, 3, 1)
        )
    with time_machine.travel(datetime.datetime(2025, 6, 1, 3, tzinfo=datetime.UTC)):
        request = services.request_create_adhoc(
            actor=coordinator,
            plan=report_plan,
            title="Báo cáo nhanh",
            deadline=D(2025, 6, 20),
            period_start=D(2025, 1, 1),
            period_end=D(2025, 5, 31),
            agencies=[agency_a, agency_b],
        )
    assert list(request.submissions.values_list("agency", flat=True)) == [successor.pk]
    submission = request.submissions.get()
    assert submission.addressed_to in (agency_a, agency_b)
    assert len(services.submission_task_rows(submission)) == 2  # A leads and B coordinates


# --- ad-hoc requests -----------------------------------------------------------------------------


@time_machine.travel(datetime.datetime(2024, 10, 1, 3, tzinfo=datetime.UTC))
def test_an_ad_hoc_request_needs_a_title_agencies_and_a_future_deadline(
    report_plan, coordinator, agency_a
):
    base = {
        "actor": coordinator,
        "plan": report_plan,
        "title": "Báo cáo đột xuất",
        "deadline": D(2024, 10, 15),
        "period_start": D(2024, 9, 1),
        "period_end": D(2024, 9, 30),
        "agencies": [agency_a],
    }
    for change, field in [
        ({"title": " \u200b "}, "title"),
        ({"agencies": []}, "agencies"),
        ({"deadline": D(2024, 9, 30)}, "deadline"),
        ({"period_end": D(2024, 8, 1)}, "period_end"),
        ({"title": "x" * 301}, "title"),
    ]:
        with pytest.raises(ValidationError) as err:
            services.request_create_adhoc(**(base | change))
        assert field in err.value.message_dict
    request = services.request_create_adhoc(**base)
    assert (request.kind, request.period_key) == (RequestKind.AD_HOC, "2024-M9")


def test_an_ad_hoc_request_on_a_restricted_plan_cannot_go_to_an_agency_outside_it(
    make_plan, coordinator, agency_b
):
    plan = make_plan(visibility="restricted", status="in_progress")
    with pytest.raises(ValidationError) as err:
        services.request_create_adhoc(
            actor=coordinator,
            plan=plan,
            title="Báo cáo",
            deadline=D(2099, 1, 1),
            period_start=D(2024, 1, 1),
            period_end=D(2024, 12, 31),
            agencies=[agency_b],
        )
    assert "agencies" in err.value.message_dict


@pytest.mark.parametrize("status", ["draft", "appraisal", "closed"])
def test_no_ad_hoc_request_on_a_plan_not_being_carried_out(
    make_plan, coordinator, agency_a, status
):
    # The form lists only issued and in-progress plans; a crafted POST naming another plan
    # is refused by the service, and nothing is written.
    plan = make_plan(status=status)
    with pytest.raises(ValidationError) as err:
        services.request_create_adhoc(
            actor=coordinator,
            plan=plan,
            title="Báo cáo đột xuất",
            deadline=D(2099, 1, 1),
            period_start=D(2024, 1, 1),
            period_end=D(2024, 12, 31),
            agencies=[agency_a],
        )
    assert "plan" in err.value.message_dict
    assert not plan.report_requests.exists()


def test_officers_cannot_request_reports(report_plan, officer_a, agency_a):
    with pytest.raises(PermissionDenied):
        services.request_create_adhoc(
            actor=officer_a,
            plan=report_plan,
            title="x",
            deadline=D(2099, 1, 1),
            period_start=D(2024, 1, 1),
            period_end=D(2024, 1, 31),
            agencies=[agency_a],
        )


def test_the_coordinator_moves_a_deadline_and_closes_a_request(yearly_request, coordinator):
    services.request_change(actor=coordinator, request=yearly_request, deadline=D(2024, 11, 12))
    services.request_change(actor=coordinator, request=yearly_request, closed=True)
    yearly_request.refresh_from_db()
    assert yearly_request.deadline == D(2024, 11, 12) and yearly_request.closed
    # The chain keeps its distances: +5 and +10 days after the agencies' deadline.
    assert [s.deadline for s in yearly_request.steps.all()] == [D(2024, 11, 17), D(2024, 11, 27)]
    assert AuditEntry.objects.filter(action="submissions.request_changed").count() == 2


# --- submissions -------------------------------------------------------------------------------


def test_draft_submit_return_resubmit_accept(submission_a, officer_a, coordinator):
    with time_machine.travel(datetime.datetime(2024, 10, 20, 3, tzinfo=datetime.UTC)):
        fill(
            submission_a, officer_a, limitations="Kinh phí hạn chế.", proposals="Bổ sung kinh phí."
        )
        assert submission_a.state == SubmissionState.DRAFT
        services.submission_submit(
            actor=officer_a, submission=submission_a, version=submission_a.version
        )
    assert submission_a.state == SubmissionState.SUBMITTED and not submission_a.is_late
    # Quý III ended on 30/09 without a report: tracking's state, late on the 20th.
    assert submission_a.task_rows[0]["status"] == "late"
    services.submission_review(
        actor=coordinator, submission=submission_a, accept=False, comment="Bổ sung số liệu."
    )
    assert submission_a.state == SubmissionState.RETURNED
    fill(submission_a, officer_a, figures={"Số lớp tập huấn": 2})
    assert submission_a.state == SubmissionState.RETURNED  # until handed in again
    with time_machine.travel(datetime.datetime(2024, 11, 6, 3, tzinfo=datetime.UTC)):
        services.submission_submit(
            actor=officer_a, submission=submission_a, version=submission_a.version
        )
    assert submission_a.is_late  # handed in again after 05/11
    services.submission_review(actor=coordinator, submission=submission_a, accept=True)
    assert submission_a.state == SubmissionState.ACCEPTED
    actions = list(
        AuditEntry.objects.filter(
            target_type="submissions.submission", target_id=str(submission_a.pk)
        )
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == [
        "submissions.draft_saved",
        "submissions.submitted",
        "submissions.returned",
        "submissions.draft_saved",
        "submissions.submitted",
        "submissions.accepted",
    ]


def test_lateness_is_judged_on_the_date_in_vietnam(submission_a, officer_a):
    fill(submission_a, officer_a)
    # 05/11 23:30 in Hà Nội is 16:30 UTC: on time; 06/11 00:30 there is 17:30 UTC on the 5th.
    with time_machine.travel(datetime.datetime(2024, 11, 5, 17, 30, tzinfo=datetime.UTC)):
        services.submission_submit(
            actor=officer_a, submission=submission_a, version=submission_a.version
        )
    assert submission_a.is_late


def test_a_report_needs_results_to_be_handed_in(submission_a, officer_a):
    with pytest.raises(ValidationError) as err:
        services.submission_submit(
            actor=officer_a, submission=submission_a, version=submission_a.version
        )
    assert "results" in err.value.message_dict


def test_two_officers_saving_one_draft_the_second_gets_a_conflict(
    submission_a, officer_a, make_user, agency_a
):
    colleague = make_user("colleague", "officer", agencies=[agency_a])
    opened = submission_a.version
    services.submission_save(
        actor=officer_a, submission=submission_a, version=opened, results="Bản của cán bộ 1."
    )
    with pytest.raises(ConflictError) as err:
        services.submission_save(
            actor=colleague, submission=submission_a, version=opened, results="Bản của cán bộ 2."
        )
    assert "Một cán bộ khác đã lưu báo cáo này" in str(err.value)
    submission_a.refresh_from_db()
    assert submission_a.results == "Bản của cán bộ 1."  # the first is not lost
    assert submission_a.version == opened + 1


def test_a_stale_form_cannot_hand_in_the_report(submission_a, officer_a):
    opened = submission_a.version
    fill(submission_a, officer_a)
    with pytest.raises(ConflictError):
        services.submission_submit(actor=officer_a, submission=submission_a, version=opened)


def test_another_agency_cannot_write_the_report(submission_a, officer_b):
    with pytest.raises(PermissionDenied):
        fill(submission_a, officer_b)


def test_a_handed_in_report_cannot_be_changed_until_returned(submission_a, officer_a, coordinator):
    fill(submission_a, officer_a)
    services.submission_submit(
        actor=officer_a, submission=submission_a, version=submission_a.version
    )
    with pytest.raises(ValidationError):
        fill(submission_a, officer_a)
    services.submission_review(actor=coordinator, submission=submission_a, accept=True)
    with pytest.raises(ConflictError):
        services.submission_review(actor=coordinator, submission=submission_a, accept=True)


def test_returning_needs_a_reason(submission_a, officer_a, coordinator):
    fill(submission_a, officer_a)
    services.submission_submit(
        actor=officer_a, submission=submission_a, version=submission_a.version
    )
    with pytest.raises(ValidationError):
        services.submission_review(actor=coordinator, submission=submission_a, accept=False)


def test_sections_are_cleaned_and_capped(submission_a, officer_a):
    fill(submission_a, officer_a, results="Kết quả\u202e\u200b tốt")
    assert submission_a.results == "Kết quả tốt"
    with pytest.raises(ValidationError) as err:
        fill(submission_a, officer_a, proposals="x" * (services.MAX_SECTION_CHARS + 1))
    assert "proposals" in err.value.message_dict
    with pytest.raises(ValidationError) as err:
        fill(submission_a, officer_a, figures={"Số tin": float("nan")})
    assert "figures" in err.value.message_dict


def test_task_notes_are_kept_for_the_agencys_own_tasks_only(submission_a, officer_a, make_plan):
    task_ids = [row["task_id"] for row in services.submission_task_rows(submission_a)]
    assert len(task_ids) == 2
    other = make_plan(status="in_progress").tasks.get().pk
    fill(submission_a, officer_a, task_notes={str(task_ids[0]): "Đã xong đợt 1", str(other): "x"})
    notes = {row["task_id"]: row["note"] for row in services.submission_task_rows(submission_a)}
    assert notes == {task_ids[0]: "Đã xong đợt 1", task_ids[1]: ""}


def test_the_task_table_shows_the_state_tracking_keeps(submission_a, officer_a, coordinator):
    task = submission_a.request.plan.tasks.order_by("order").first()
    update = progress_submit(
        actor=officer_a,
        task=task,
        agency=submission_a.agency,
        status="done",
        percent=100,
        narrative="Hoàn thành",
        figures={"Số lớp tập huấn": 2, "Số học viên": 120},
        period_end=D(2024, 9, 30),
    )
    progress_review(actor=coordinator, update=update, accept=True)
    task.refresh_from_db()
    row = services.submission_task_rows(submission_a)[0]
    assert (row["status"], row["percent"]) == (task.status, task.percent) == ("done", 100)
    # The figures of the period's progress updates start the report's figures.
    assert services.submission_initial_figures(submission_a) == {
        "Số học viên": 120,
        "Số lớp tập huấn": 2,
    }


def test_a_period_with_no_data_is_still_a_valid_empty_report(
    report_plan, coordinator, officer_a, agency_a
):
    with time_machine.travel(datetime.datetime(2024, 12, 1, 3, tzinfo=datetime.UTC)):
        request = services.request_create_adhoc(
            actor=coordinator,
            plan=report_plan,
            title="Báo cáo tháng 11",
            deadline=D(2024, 12, 5),
            period_start=D(2024, 11, 1),
            period_end=D(2024, 11, 30),
            agencies=[agency_a],
        )
        submission = request.submissions.get()
        assert services.submission_initial_figures(submission) == {}
        fill(submission, officer_a, results="Trong kỳ không phát sinh hoạt động.")
        services.submission_submit(
            actor=officer_a, submission=submission, version=submission.version
        )
    assert submission.state == SubmissionState.SUBMITTED and submission.figures == {}


def test_files_and_links_are_attached_within_the_policy(submission_a, officer_a):
    report = SimpleUploadedFile("bao-cao.pdf", b"%PDF-1.4 demo", content_type="application/pdf")
    fill(submission_a, officer_a, files=[report], links=["https://dongnai.gov.vn/"])
    assert submission_a.files.count() == 2
    with pytest.raises(ValidationError):
        fill(submission_a, officer_a, files=[SimpleUploadedFile("x.exe", b"MZ")])
    first = submission_a.files.filter(url="").get()
    fill(submission_a, officer_a, remove_file_ids=[first.pk])
    assert submission_a.files.count() == 1


# --- the selectors other apps read ------------------------------------------------------------


def test_open_requests_lists_the_agencies_that_have_not_handed_in(
    submission_a, submission_b, officer_a, agency_b
):
    request = submission_a.request
    fill(submission_a, officer_a)
    services.submission_submit(
        actor=officer_a, submission=submission_a, version=submission_a.version
    )
    assert list(open_requests(on=D(2024, 10, 1))) == []  # due more than a week later
    found = list(open_requests(on=D(2024, 11, 1)))
    assert found == [request]
    assert [s.agency for s in found[0].missing] == [agency_b]
    assert [(s.request, s.agency) for s in missing_submissions(on=D(2024, 11, 10))] == [
        (request, agency_b)
    ]
    # An officer sees only their own agency's missing reports.
    assert list(open_requests(on=D(2024, 11, 1), user=officer_a)) == []


def test_submissions_for_gives_the_reports_handed_in_for_the_period(
    submission_a, submission_b, officer_a, coordinator, report_plan
):
    fill(submission_a, officer_a)
    services.submission_submit(
        actor=officer_a, submission=submission_a, version=submission_a.version
    )
    assert list(submissions_for(report_plan, 2024)) == [submission_a]
    assert list(submissions_for(report_plan, "2024", accepted_only=True)) == []
    services.submission_review(actor=coordinator, submission=submission_a, accept=True)
    assert list(submissions_for(report_plan, "2024", accepted_only=True)) == [submission_a]
    assert list(submissions_for(report_plan, "2024-Q1")) == []


def test_a_stored_rule_wins_over_the_plans_text(report_plan, coordinator):
    services.reporting_rule_save(
        actor=coordinator, plan=report_plan, frequency="monthly", deadline_month=2, deadline_day=3
    )
    report_plan.refresh_from_db()
    assert isinstance(reporting_rule_of(report_plan), ReportingRule)
    assert reporting_rule_of(report_plan).frequency == "monthly"


# --- the agencies are told when a request arrives ---------------------------------------------


def test_a_new_request_tells_each_member_of_the_agencies_once(
    report_plan, keep_deadlines, coordinator, officer_a, officer_b, make_user, agency_a
):
    from ttdn.notifications.models import Delivery, Notification
    from ttdn.submissions.deadlines import parse_period

    second_a = make_user("second_a", "officer", agencies=[agency_a])
    for user in (officer_a, second_a, officer_b):
        user.email = f"{user.username}@dongnai.gov.vn"
        user.save(update_fields=["email"])
    request, _created = services.request_create_periodic(
        plan=report_plan, period=parse_period("2024")
    )
    told = Notification.objects.filter(kind="submissions.request_created")
    assert sorted(told.values_list("recipient__username", flat=True)) == sorted(
        [officer_a.username, second_a.username, officer_b.username]
    )
    mine = told.get(recipient=officer_a)
    assert mine.title.startswith("Yêu cầu báo cáo mới")
    assert f"Hạn nộp: {request.deadline:%d/%m/%Y}" in mine.body
    submission = request.submissions.get(agency=agency_a)
    assert mine.link == f"/requests/reports/{submission.pk}/"
    assert Delivery.objects.filter(notification__in=told).count() == 3  # by e-mail too
    # The same request made again (the daily job's second run) tells no one twice.
    services.request_create_periodic(plan=report_plan, period=parse_period("2024"))
    assert told.count() == 3
    assert not Notification.objects.filter(recipient=coordinator).exists()


def test_a_refused_request_tells_no_one(report_plan, coordinator, agency_a):
    from ttdn.notifications.models import Notification

    with pytest.raises(ValidationError):
        services.request_create_adhoc(
            actor=coordinator,
            plan=report_plan,
            title="Báo cáo",
            deadline=D(2000, 1, 1),
            period_start=D(2024, 1, 1),
            period_end=D(2024, 12, 31),
            agencies=[agency_a],
        )
    assert not Notification.objects.exists()
