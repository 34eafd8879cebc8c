"""The figures of a plan and period, against the plan counted by hand (conftest)."""

from __future__ import annotations

import datetime as dt

import pytest

from ttdn.reports import figures as f
from ttdn.reports.periods import period_parse
from ttdn.reports.tests.conftest import TODAY

pytestmark = pytest.mark.django_db


def year(report_plan, **kwargs):
    return f.plan_figures(report_plan.plan, period_parse("2018"), today=TODAY, **kwargs)


def test_statuses_come_from_the_stored_state_with_late_on_the_day_after_the_period(report_plan):
    figures = year(report_plan)
    assert figures.statuses == {
        "not_started": 0,
        "in_progress": 0,
        "done": 2,
        "late": 3,
        "cancelled": 1,
    }


def test_outcomes_and_rates_of_the_year(report_plan):
    totals = year(report_plan).totals
    assert (totals.total, totals.counted) == (6, 5)
    assert (totals.done_on_time, totals.done_late, totals.late, totals.cancelled) == (1, 1, 3, 1)
    assert (totals.done, totals.not_done) == (2, 3)
    assert totals.completion_rate == 40.0
    assert totals.on_time_rate == 20.0


def test_a_task_done_after_its_deadline_is_done_late(report_plan):
    lines = {line.id: line for line in year(report_plan).tasks}
    t1, t2 = lines[report_plan.tasks["t1"].pk], lines[report_plan.tasks["t2"].pk]
    assert (t1.outcome, t1.completed_on) == (f.DONE_ON_TIME, dt.date(2018, 3, 20))
    assert (t2.outcome, t2.completed_on) == (f.DONE_LATE, dt.date(2018, 7, 10))


def test_a_returned_report_does_not_count(report_plan):
    lines = {line.id: line for line in year(report_plan).tasks}
    assert lines[report_plan.tasks["t6"].pk].outcome == f.LATE


def test_by_lead_agency(report_plan, agency_a, agency_b):
    rows = {row.agency_id: row for row in year(report_plan).by_agency}
    a, b = rows[agency_a.pk].outcome, rows[agency_b.pk].outcome
    assert rows[agency_a.pk].name == "Sở TT&TT"
    assert (a.total, a.done_on_time, a.done_late, a.late) == (3, 1, 1, 1)
    assert a.completion_rate == pytest.approx(66.7)
    assert (b.total, b.late, b.cancelled, b.done) == (3, 2, 1, 0)
    assert b.completion_rate == 0.0


def test_by_group_in_the_groups_order(report_plan):
    rows = year(report_plan).by_group
    assert [row.group for row in rows] == ["training", "promotion", "countering", "other"]
    training = rows[0].outcome
    assert (training.total, training.done_on_time, training.late) == (2, 1, 1)


def test_figures_sum_only_accepted_reports_of_the_period(report_plan):
    lines = {line.name: line for line in year(report_plan).figures}
    assert {name: line.value for name, line in lines.items()} == {
        "Số học viên": 120,
        "Số lớp tập huấn": 2,
        "Số tin, bài": 47,  # not the pending 500, not the returned 1000, not the child's 3
    }
    assert lines["Số tin, bài"].updates == 2
    assert lines["Số tin, bài"].agencies == ["Sở Ngoại vụ", "Sở TT&TT"]
    assert {line.source for line in lines.values()} == {"progress"}


def test_a_quarter_counts_the_tasks_due_in_it_and_its_figures(report_plan):
    figures = f.plan_figures(report_plan.plan, period_parse("2018-Q3"), today=TODAY)
    # due in Q3: t3 and t6 (t5 "Trong năm" is due on 31/12, t2 in June)
    assert {line.id for line in figures.tasks} == {
        report_plan.tasks["t3"].pk,
        report_plan.tasks["t6"].pk,
    }
    assert [(line.name, line.value) for line in figures.figures] == [("Số tin, bài", 7)]
    assert [row.month.month for row in figures.trend] == [7, 8, 9]


def test_while_the_period_runs_nothing_due_later_is_late(report_plan):
    figures = f.plan_figures(report_plan.plan, period_parse("2018"), today=dt.date(2018, 8, 15))
    assert figures.statuses["late"] == 0
    assert [line.id for line in figures.late] == [report_plan.tasks["t2"].pk]  # done late
    after = year(report_plan)
    assert [line.id for line in after.late] == [
        report_plan.tasks[key].pk for key in ("t2", "t3", "t4", "t6")
    ]


def test_monthly_trend(report_plan):
    trend = {row.month.month: row for row in year(report_plan).trend}
    assert len(trend) == 12
    assert (trend[3].submitted, trend[3].accepted, trend[3].completed) == (1, 1, 1)
    assert (trend[7].submitted, trend[7].completed) == (1, 1)
    assert (trend[9].submitted, trend[10].submitted, trend[10].accepted) == (0, 1, 0)
    assert [trend[m].completed_to_date for m in (2, 3, 6, 7, 12)] == [0, 1, 1, 2, 2]


def test_lower_levels_are_listed_with_their_agency_and_not_added_to_the_plan(report_plan):
    figures = year(report_plan, include_children=True)
    assert figures.totals.total == 6
    (child,) = figures.children
    assert child.plan == report_plan.child
    assert (child.agency, child.depth) == ("Sở Ngoại vụ", 1)
    assert (child.outcome.total, child.outcome.done_on_time) == (1, 1)
    assert [(line.name, line.value) for line in child.figures] == [("Số tin, bài", 3)]
    assert year(report_plan).children == []


def test_a_period_without_tasks_is_empty_not_an_error(report_plan):
    figures = f.plan_figures(report_plan.plan, period_parse("2019"), today=TODAY)
    assert figures.is_empty
    assert figures.totals.completion_rate is None
    assert figures.by_agency == [] and figures.figures == []


def test_another_app_adds_its_figures(report_plan, monkeypatch):
    monkeypatch.setattr(f, "_PROVIDERS", dict(f._PROVIDERS))
    f.register_figure_provider(
        "activities", lambda scope, plan_ids: [f.FigureLine(name="Số hội nghị", value=4)]
    )
    lines = {line.name: line for line in year(report_plan).figures}
    assert (lines["Số hội nghị"].value, lines["Số hội nghị"].source) == (4, "activities")


def test_the_figures_take_a_bounded_number_of_queries(report_plan, django_assert_max_num_queries):
    # 12, and the "activities" provider's aggregate queries (activities.indicators: the
    # activities by kind and month, by recording and by involved agency, the portal figures)
    # for the plan and for its child plan, whatever the number of rows.
    with django_assert_max_num_queries(20):
        year(report_plan, include_children=True)
