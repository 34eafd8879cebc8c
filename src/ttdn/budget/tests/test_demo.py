"""The demo's budget: approved, with spending, and loaded once."""

import datetime as dt

import pytest

from ttdn.budget.demo import demo_budget
from ttdn.budget.models import EstimateStatus, Spending

pytestmark = pytest.mark.django_db


def test_the_demo_budget_is_approved_with_spending(make_user, make_plan, agency_a):
    make_user("officer", "officer", agencies=[agency_a])
    make_user("leader", "leader")
    plan = make_plan(year=2024, status="in_progress", tasks=2)
    estimate = demo_budget(plan=plan, today=dt.date(2024, 8, 1), password="x")
    assert estimate.status == EstimateStatus.APPROVED
    assert estimate.lines.count() == 5
    assert estimate.lines.filter(task__isnull=False).count() == 2
    video = estimate.lines.get(description__startswith="Sản xuất phóng sự")
    assert video.approved_amount == 150000000 and video.appraisal_comment
    assert Spending.objects.count() == 3
    assert demo_budget(plan=plan, today=dt.date(2024, 8, 1), password="x") is None
