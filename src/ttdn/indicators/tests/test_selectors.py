"""indicators_for gathers the activities', the budget's and the tasks' figures."""

import datetime as dt
from decimal import Decimal

import pytest
import time_machine

from ttdn.budget import services as budget
from ttdn.core.indicators import IndicatorScope
from ttdn.core.periods import period_parse
from ttdn.indicators.selectors import indicator_map, indicators_for
from ttdn.tracking.services import progress_submit

pytestmark = pytest.mark.django_db
YEAR = IndicatorScope(start=dt.date(2024, 1, 1), end=dt.date(2024, 12, 31))


def test_every_source_is_there_sorted_by_code(plan):
    codes = [i.code for i in indicators_for(YEAR)]
    assert codes == sorted(codes)
    assert {"trainings.attendees", "budget.approved", "budget.spent", "tasks.total"} <= set(codes)
    assert {"tasks.done", "tasks.done_on_time", "tasks.late"} <= set(codes)


def test_a_training_counts_for_its_agency_plan_and_month(training, plan, agency_a, agency_b):
    figures = indicator_map(indicators_for(YEAR))
    assert figures["trainings"].value == 1
    assert figures["trainings.attendees"].value == 30
    assert figures["trainings.attendees"].breakdown["month"]["2024-03"] == 30
    of_plan = indicator_map(indicators_for(IndicatorScope(**{**YEAR.__dict__, "plan_id": plan.pk})))
    assert of_plan["trainings.attendees"].value == 30
    of_b = indicator_map(
        indicators_for(IndicatorScope(start=YEAR.start, end=YEAR.end, agency_ids={agency_b.pk}))
    )
    assert of_b["trainings.attendees"].value == 0
    april = indicator_map(
        indicators_for(IndicatorScope(start=dt.date(2024, 4, 1), end=dt.date(2024, 4, 30)))
    )
    assert april["trainings"].value == 0


def test_tasks_done_on_time_and_late(plan, officer_a, agency_a, agency_b):
    first, second = plan.tasks.order_by("order")
    with time_machine.travel(dt.datetime(2024, 9, 1, 9, tzinfo=dt.UTC)):
        progress_submit(actor=officer_a, task=first, agency=agency_a, status="done", percent=100)
    with time_machine.travel(dt.datetime(2025, 2, 1, 9, tzinfo=dt.UTC)):
        figures = indicator_map(indicators_for(YEAR))
    assert figures["tasks.total"].value == 2
    assert figures["tasks.done"].value == 1
    assert figures["tasks.done_on_time"].value == 1
    assert figures["tasks.late"].value == 1
    assert figures["tasks.late"].breakdown["agency"] == {str(agency_a.pk): 1}
    of_b = indicator_map(
        indicators_for(IndicatorScope(start=YEAR.start, end=YEAR.end, agency_ids={agency_b.pk}))
    )
    assert of_b["tasks.total"].value == 0
    q1 = indicator_map(
        indicators_for(IndicatorScope(start=dt.date(2024, 1, 1), end=dt.date(2024, 3, 31)))
    )
    assert q1["tasks.total"].value == 0  # due in Q3


def test_budget_approved_and_spent(plan, officer_a, agency_a, make_user, leader):
    finance = make_user("finance", "finance")
    estimate = budget.estimate_create(actor=officer_a, plan=plan, agency=agency_a, year=2024)
    line = budget.line_add(
        actor=officer_a,
        estimate=estimate,
        version=estimate.version,
        data=budget.LineData(description="Tập huấn", quantity=2, unit_cost="10000000"),
    )
    budget.estimate_submit(actor=officer_a, estimate=estimate, version=estimate.version)
    budget.estimate_appraise(
        actor=finance, estimate=estimate, version=estimate.version, adjustments={}
    )
    before = indicator_map(indicators_for(YEAR))
    assert before["budget.approved"].value == 0  # not approved yet
    budget.estimate_approve(actor=leader, estimate=estimate, version=estimate.version)
    line.refresh_from_db()
    budget.spending_record(actor=officer_a, line=line, day=dt.date(2024, 3, 5), amount="1500000")
    budget.spending_record(actor=officer_a, line=line, day=dt.date(2024, 3, 20), amount="500000")
    figures = indicator_map(indicators_for(YEAR))
    assert figures["budget.approved"].value == Decimal("20000000")
    assert figures["budget.approved"].breakdown["agency"] == {str(agency_a.pk): Decimal("20000000")}
    spent = figures["budget.spent"]
    assert spent.value == Decimal("2000000") and spent.unit == "vnd"
    assert spent.breakdown["month"]["2024-03"] == Decimal("2000000")
    assert sum(spent.breakdown["month"].values()) == spent.value
    assert spent.as_json()["value"] == "2000000"


@pytest.mark.parametrize(
    ("code", "start", "end"),
    [
        ("2018", dt.date(2018, 1, 1), dt.date(2018, 12, 31)),
        ("2018-H2", dt.date(2018, 7, 1), dt.date(2018, 12, 31)),
        ("2018-Q1", dt.date(2018, 1, 1), dt.date(2018, 3, 31)),
        ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29)),
    ],
)
def test_periods(code, start, end):
    period = period_parse(code)
    assert (period.start, period.end) == (start, end)


@pytest.mark.parametrize("code", ["18", "2018-13", "2018-Q5", "２０１８", "", "2018-H3"])
def test_bad_periods(code):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as exc:
        period_parse(code)
    assert exc.value.message_dict["period"]  # keyed for the form, with a message


def test_few_queries_whatever_the_size(training, plan, agency_a, django_assert_max_num_queries):
    from ttdn.directory.models import AdministrativeUnit

    province = AdministrativeUnit.objects.create(level="province", code="75", name="Đồng Nai")
    agency_a.unit = province
    agency_a.save()
    scope = IndicatorScope(start=YEAR.start, end=YEAR.end, unit_id=province.pk, plan_id=plan.pk)
    with django_assert_max_num_queries(14):
        figures = indicator_map(indicators_for(scope))
    assert figures["trainings.attendees"].value == 30
    assert figures["tasks.total"].value == 2
