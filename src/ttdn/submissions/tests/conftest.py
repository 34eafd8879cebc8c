import datetime

import pytest

from ttdn.plans.models import Plan


@pytest.fixture
def report_plan(make_plan, agency_b):
    """An internal 2024 plan in progress whose agencies report "trước ngày 05 tháng 11
    hàng năm"; agency A leads its two tasks, agency B coordinates them."""
    plan = make_plan(year=2024, tasks=2, status="in_progress", coordinating=[agency_b])
    Plan.objects.filter(pk=plan.pk).update(
        report_deadline_text="trước ngày 05 tháng 11 hàng năm",
        report_deadline_month=11,
        report_deadline_day=5,
    )
    plan.refresh_from_db()
    return plan


@pytest.fixture
def keep_deadlines(settings):
    """Deadlines as written (no weekend or holiday moves)."""
    settings.TTDN_DEADLINE_ON_HOLIDAY = "keep"


@pytest.fixture
def yearly_request(report_plan, keep_deadlines):
    from ttdn.submissions.deadlines import parse_period
    from ttdn.submissions.services import request_create_periodic

    request, _created = request_create_periodic(plan=report_plan, period=parse_period("2024"))
    return request


@pytest.fixture
def submission_a(yearly_request, agency_a):
    return yearly_request.submissions.get(agency=agency_a)


@pytest.fixture
def submission_b(yearly_request, agency_b):
    return yearly_request.submissions.get(agency=agency_b)


OCT_20 = datetime.datetime(2024, 10, 20, 9, 0, tzinfo=datetime.UTC)
