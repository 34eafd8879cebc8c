"""A task's derived state has one owner and follows every one of its inputs.

Inputs: the counted reports (submitted, returned), the lead agencies, the timeframe
(its deadlines) and the plan's period. Each test changes one input through the service
a user's action calls and compares the stored state with a fresh derivation.
"""

import datetime

import pytest

from ttdn.plans import services as plan_services
from ttdn.plans.models import AssignmentRole, Task, TaskStatus
from ttdn.plans.services import AgencyRef, TaskData
from ttdn.tracking.models import ProgressUpdate, ReviewState
from ttdn.tracking.services import derive_task_state, progress_review, progress_submit


def _recomputed(task: Task):
    """What the inputs imply now, computed from scratch (the pure rule)."""
    updates = list(
        ProgressUpdate.objects.filter(task=task)
        .exclude(review_state=ReviewState.RETURNED)
        .order_by("-submitted_at", "-id")
    )
    leads = set(
        task.assignments.filter(role=AssignmentRole.LEAD, agency__isnull=False).values_list(
            "agency_id", flat=True
        )
    )
    deadlines = sorted(task.deadlines.values_list("due_date", flat=True))
    return derive_task_state(updates, lead_ids=leads, deadlines=deadlines)


def _report(officer, agency, task: Task, **fields):
    return progress_submit(actor=officer, task=task, agency=agency, **fields)


def _stored(task: Task):
    task = Task.objects.get(pk=task.pk)
    return (task.status, task.percent, task.next_deadline)


def _assert_consistent(task: Task):
    state = _recomputed(task)
    assert _stored(task) == (state.status, state.percent, state.next_deadline)


def _data(task: Task, **changes) -> TaskData:
    leads = [
        AgencyRef(agency=a.agency, as_written=a.as_written)
        for a in task.assignments.filter(role=AssignmentRole.LEAD)
    ]
    fields = {
        "text": task.text,
        "group": task.group,
        "timeframe_text": task.timeframe_text,
        "leads": leads,
        "coordinating": [],
        "row_label": task.row_label,
    }
    fields.update(changes)
    return TaskData(**fields)


def _edit(task: Task, actor, **changes) -> Task:
    task = Task.objects.select_related("plan").get(pk=task.pk)
    return plan_services.task_update(
        actor=actor, task=task, data=_data(task, **changes), expected_version=task.version
    )


@pytest.fixture
def task(make_plan):
    return make_plan(year=2024, timeframe="Quý II, III", status="in_progress").tasks.get()


@pytest.fixture
def done_task(task, officer_a, agency_a):
    _report(
        officer_a, agency_a, task, status="done", percent=100, period_end=datetime.date(2024, 9, 30)
    )
    assert _stored(task) == (TaskStatus.DONE, 100, None)
    return task


def test_a_new_task_starts_with_its_first_deadline(task):
    assert _stored(task) == (TaskStatus.NOT_STARTED, 0, datetime.date(2024, 6, 30))
    _assert_consistent(task)


def test_a_report_moves_the_state(task, officer_a, agency_a):
    _report(
        officer_a,
        agency_a,
        task,
        status="in_progress",
        percent=40,
        period_end=datetime.date(2024, 6, 30),
    )
    assert _stored(task) == (TaskStatus.IN_PROGRESS, 40, datetime.date(2024, 9, 30))
    _assert_consistent(task)


def test_a_returned_report_stops_counting(done_task, coordinator):
    update = done_task.updates.get()
    progress_review(actor=coordinator, update=update, accept=False, comment="Thiếu minh chứng")
    assert _stored(done_task) == (TaskStatus.NOT_STARTED, 0, datetime.date(2024, 6, 30))
    _assert_consistent(done_task)


def test_a_second_lead_agency_reopens_a_finished_task(done_task, coordinator, agency_a, agency_b):
    """The bug: adding a lead left 'done' stored while the rule says 'in progress'."""
    _edit(
        done_task,
        coordinator,
        leads=[AgencyRef(agency=agency_a, as_written="Sở TT-TT"), AgencyRef(agency=agency_b)],
    )
    status, percent, _next_deadline = _stored(done_task)
    assert status == TaskStatus.IN_PROGRESS
    assert percent == 99
    _assert_consistent(done_task)


def test_removing_the_lead_that_had_not_reported_finishes_the_task(
    task, coordinator, officer_a, agency_a, agency_b
):
    _edit(
        task,
        coordinator,
        leads=[AgencyRef(agency=agency_a, as_written="Sở TT-TT"), AgencyRef(agency=agency_b)],
    )
    _report(officer_a, agency_a, task, status="done", percent=100)
    assert _stored(task)[0] == TaskStatus.IN_PROGRESS
    _edit(task, coordinator, leads=[AgencyRef(agency=agency_a, as_written="Sở TT-TT")])
    assert _stored(task)[0] == TaskStatus.DONE
    _assert_consistent(task)


def test_a_new_timeframe_moves_the_next_deadline(task, coordinator):
    _edit(task, coordinator, timeframe_text="Quý IV")
    assert _stored(task) == (TaskStatus.NOT_STARTED, 0, datetime.date(2024, 12, 31))
    _assert_consistent(task)


def test_a_new_plan_period_moves_the_deadlines(task, coordinator):
    plan = task.plan
    plan.refresh_from_db()
    plan_services.plan_update(
        actor=coordinator,
        plan=plan,
        expected_version=plan.version,
        period_start=2025,
        period_end=2025,
    )
    assert _stored(task) == (TaskStatus.NOT_STARTED, 0, datetime.date(2025, 6, 30))
    _assert_consistent(task)


def test_an_edit_never_writes_the_derived_state_it_read(task, coordinator, officer_a, agency_a):
    """An edit of an object loaded before a report arrived keeps the report's state."""
    stale = Task.objects.select_related("plan").get(pk=task.pk)
    _report(
        officer_a,
        agency_a,
        task,
        status="in_progress",
        percent=70,
        period_end=datetime.date(2024, 6, 30),
    )
    plan_services.task_update(
        actor=coordinator,
        task=stale,
        data=_data(stale, text="Tập huấn nghiệp vụ (sửa câu chữ)"),
        expected_version=stale.version,
    )
    assert _stored(task) == (TaskStatus.IN_PROGRESS, 70, datetime.date(2024, 9, 30))
    _assert_consistent(task)


def test_many_tasks_are_refreshed_in_a_fixed_number_of_queries(
    make_plan, coordinator, django_assert_max_num_queries
):
    from ttdn.tracking.services import task_states_refresh

    plan = make_plan(year=2024, timeframe="Hàng quý", tasks=30)
    tasks = list(plan.tasks.all())
    with django_assert_max_num_queries(6):
        task_states_refresh(tasks=tasks)
    assert {t.next_deadline for t in tasks} == {datetime.date(2024, 3, 31)}
