import datetime

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from ttdn.audit.selectors import history_for
from ttdn.core.exceptions import ConflictError
from ttdn.plans import services
from ttdn.plans.models import PlanStatus, Task, TaskDeadline
from ttdn.plans.services import AgencyRef, TaskData


def _data(agency, **kw):
    base = dict(
        text="Xuất bản Bản tin đối ngoại",
        group="promotion",
        timeframe_text="Hàng quý",
        leads=[AgencyRef(agency=agency, as_written="Sở Ngoại vụ")],
    )
    base.update(kw)
    return TaskData(**base)


def test_task_schedule_is_computed_from_the_wording(make_plan, coordinator, agency_b):
    plan = make_plan(year=2018, tasks=0)
    task = services.task_create(actor=coordinator, plan=plan, data=_data(agency_b))
    assert task.recurrence == "quarterly"
    assert list(task.deadlines.values_list("due_date", flat=True)) == [
        datetime.date(2018, 3, 31),
        datetime.date(2018, 6, 30),
        datetime.date(2018, 9, 30),
        datetime.date(2018, 12, 31),
    ]
    assert task.next_deadline == datetime.date(2018, 3, 31)
    assert task.final_deadline == datetime.date(2018, 12, 31)
    assert not task.timeframe_flagged


def test_unknown_wording_keeps_text_and_sets_no_deadline(make_plan, coordinator, agency_b):
    plan = make_plan(year=2018, tasks=0)
    task = services.task_create(
        actor=coordinator, plan=plan, data=_data(agency_b, timeframe_text="Khi có đề nghị")
    )
    assert task.timeframe_text == "Khi có đề nghị"
    assert task.timeframe_flagged
    assert not TaskDeadline.objects.filter(task=task).exists()
    assert task.next_deadline is None


def test_this_year_is_the_year_the_plan_is_written_in(make_plan, coordinator, agency_b):
    """A task due "(ngay) trong năm nay" ends with the plan's year: its date of issue's, else its
    one-year period's; a plan of several years with no date of issue leaves it not understood."""
    one_year = make_plan(year=2018, tasks=0)
    task = services.task_create(
        actor=coordinator,
        plan=one_year,
        data=_data(agency_b, timeframe_text="Ngay trong năm nay"),
    )
    assert (task.final_deadline, task.timeframe_flagged) == (datetime.date(2018, 12, 31), False)

    years = make_plan(year=2018, tasks=0)
    services.plan_update(
        actor=coordinator, plan=years, expected_version=years.version, period_end=2020
    )
    years.refresh_from_db()
    task = services.task_create(
        actor=coordinator, plan=years, data=_data(agency_b, timeframe_text="trong năm nay")
    )
    assert (task.final_deadline, task.timeframe_flagged) == (None, True)

    # dated later: the task written before is read again with the plan's year of issue
    services.plan_update(
        actor=coordinator,
        plan=years,
        expected_version=years.version,
        issued_date=datetime.date(2019, 3, 1),
    )
    task.refresh_from_db()
    assert (task.final_deadline, task.timeframe_flagged) == (datetime.date(2019, 12, 31), False)
    assert list(task.deadlines.values_list("due_date", flat=True)) == [datetime.date(2019, 12, 31)]


def test_changing_the_plan_period_recomputes_deadlines(make_plan, coordinator):
    plan = make_plan(year=2018, timeframe="Quý III")
    services.plan_update(
        actor=coordinator,
        plan=plan,
        expected_version=plan.version,
        period_start=2019,
        period_end=2019,
    )
    task = plan.tasks.get()
    assert list(task.deadlines.values_list("due_date", flat=True)) == [datetime.date(2019, 9, 30)]


def test_a_task_needs_a_lead(make_plan, coordinator):
    plan = make_plan(tasks=0)
    with pytest.raises(ValidationError) as exc:
        services.task_create(
            actor=coordinator, plan=plan, data=TaskData(text="Việc không ai làm", leads=[])
        )
    assert "leads" in exc.value.message_dict
    assert not Task.objects.filter(plan=plan).exists()


def test_officer_cannot_create_plans_or_tasks(officer_a, make_plan, agency_a):
    with pytest.raises(PermissionDenied):
        services.plan_create(actor=officer_a, title="X", period_start=2024)
    plan = make_plan(tasks=0)
    with pytest.raises(PermissionDenied):
        services.task_create(actor=officer_a, plan=plan, data=_data(agency_a))
    assert plan.tasks.count() == 0


def test_second_concurrent_save_gets_a_conflict_and_overwrites_nothing(
    make_plan, coordinator, agency_a
):
    task = make_plan().tasks.get()
    first = Task.objects.get(pk=task.pk)
    second = Task.objects.get(pk=task.pk)
    services.task_update(
        actor=coordinator,
        task=first,
        data=_data(agency_a, text="Bản của người thứ nhất"),
        expected_version=first.version,
    )
    with pytest.raises(ConflictError):
        services.task_update(
            actor=coordinator,
            task=second,
            data=_data(agency_a, text="Bản của người thứ hai"),
            expected_version=second.version,
        )
    assert Task.objects.get(pk=task.pk).text == "Bản của người thứ nhất"


def test_every_write_is_audited_with_before_and_after(make_plan, coordinator, agency_a):
    plan = make_plan()
    task = plan.tasks.get()
    services.task_update(
        actor=coordinator,
        task=task,
        data=_data(agency_a, text="Nội dung mới"),
        expected_version=task.version,
    )
    entry = history_for(task).filter(action="task.changed").get()
    assert entry.actor == coordinator
    assert entry.before["text"].startswith("Tổ chức tập huấn")
    assert entry.after["text"] == "Nội dung mới"
    assert {"plan.created", "task.created", "task.changed"} <= set(
        history_for(plan).values_list("action", flat=True)
    )


def test_lifecycle_moves_are_checked_and_recorded(make_plan, coordinator):
    plan = make_plan()
    with pytest.raises(ValidationError):
        services.plan_transition(actor=coordinator, plan=plan, to_status=PlanStatus.CLOSED)
    services.plan_transition(actor=coordinator, plan=plan, to_status=PlanStatus.APPRAISAL)
    services.plan_transition(
        actor=coordinator, plan=plan, to_status=PlanStatus.ISSUED, comment="Đã ký"
    )
    plan.refresh_from_db()
    assert plan.status == PlanStatus.ISSUED
    changes = list(plan.status_changes.values_list("from_status", "to_status", "by__username"))
    assert changes == [
        ("draft", "appraisal", "coordinator"),
        ("appraisal", "issued", "coordinator"),
    ]


def test_a_plan_without_tasks_cannot_be_issued(make_plan, coordinator):
    plan = make_plan(tasks=0)
    with pytest.raises(ValidationError):
        services.plan_transition(actor=coordinator, plan=plan, to_status=PlanStatus.ISSUED)


def test_period_must_be_ordered(coordinator):
    with pytest.raises(ValidationError):
        services.plan_create(
            actor=coordinator, title="Kế hoạch", period_start=2020, period_end=2019
        )


def test_legal_bases_are_parsed_and_shared(make_plan):
    first, second = make_plan(), make_plan()
    assert first.legal_bases.get().identifier == "72/2015/NĐ-CP"
    assert first.legal_bases.get() == second.legal_bases.get()
    assert first.legal_bases.get().issued_date == datetime.date(2015, 9, 7)


def test_unresolved_agencies_are_kept_as_written(make_plan):
    task = make_plan().tasks.get()
    labels = [
        (a.role, a.agency_id is None, a.as_written)
        for a in task.assignments.order_by("role", "order")
    ]
    assert ("coordinating", True, "Các đơn vị liên quan") in labels


def test_editing_keeps_the_wording_of_agencies_that_stay(make_plan, coordinator, agency_a):
    task = make_plan().tasks.get()
    services.task_update(
        actor=coordinator,
        task=task,
        expected_version=task.version,
        data=_data(agency_a, leads=[AgencyRef(agency=agency_a)]),
    )
    assert task.assignments.get(role="lead").as_written == "Sở TT-TT"


def test_a_timeframe_outside_the_period_is_refused_by_the_service(make_plan, coordinator, agency_a):
    plan = make_plan(year=2024, tasks=0)
    with pytest.raises(ValidationError) as exc:
        services.task_create(
            actor=coordinator,
            plan=plan,
            data=_data(agency_a, timeframe_text="trước ngày 15/12/2026"),
        )
    assert "timeframe_text" in exc.value.message_dict
    assert not plan.tasks.exists()


def test_moving_the_period_flags_tasks_instead_of_refusing(make_plan, coordinator):
    plan = make_plan(year=2024, timeframe="trước ngày 15/12/2024")
    services.plan_update(
        actor=coordinator,
        plan=plan,
        expected_version=plan.version,
        period_start=2025,
        period_end=2025,
    )
    task = plan.tasks.get()
    assert task.timeframe_flagged
    assert not task.deadlines.exists()


def test_a_new_plan_gets_the_usual_sections_unless_given(coordinator):
    plan = services.plan_create(actor=coordinator, title="Kế hoạch", period_start=2025)
    assert list(plan.sections.values_list("kind", flat=True)) == [
        "purpose",
        "tasks",
        "organisation",
        "funding",
    ]
    bare = services.plan_create(actor=coordinator, title="Tin bài", period_start=2025, sections=[])
    assert not bare.sections.exists()


# --- one owner per rule ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "target", "path"),
    [
        ("draft", "draft", []),
        ("draft", "in_progress", ["issued", "in_progress"]),
        ("draft", "closed", ["issued", "closed"]),
        ("appraisal", "in_progress", ["issued", "in_progress"]),
        ("closed", "in_progress", ["in_progress"]),
    ],
)
def test_status_path_follows_the_lifecycle(start, target, path):
    assert services.status_path(from_status=start, to_status=target) == path


def test_a_status_that_cannot_be_reached_is_refused():
    with pytest.raises(ValidationError):
        services.status_path(from_status="closed", to_status="draft")


def test_plan_move_to_records_every_step(make_plan, coordinator):
    plan = make_plan(year=2024)
    plan = services.plan_move_to(actor=coordinator, plan=plan, to_status=PlanStatus.IN_PROGRESS)
    assert plan.status == PlanStatus.IN_PROGRESS
    steps = list(plan.status_changes.order_by("id").values_list("from_status", "to_status"))
    assert steps == [("draft", "issued"), ("issued", "in_progress")]


def test_a_bad_legal_basis_leaves_the_whole_plan_edit_unwritten(make_plan, coordinator):
    """The edit and its legal bases are one write: before, the fields were saved and then
    the legal bases refused, in two transactions."""
    plan = make_plan(year=2024)
    version, title = plan.version, plan.title
    with pytest.raises(ValidationError) as caught:
        services.plan_update(
            actor=coordinator,
            plan=plan,
            expected_version=version,
            title="Tiêu đề mới",
            legal_bases=["Nghị định số 72/2015/NĐ-CP", "không phải căn cứ"],
        )
    assert "legal_bases" in caught.value.message_dict
    plan.refresh_from_db()
    assert (plan.version, plan.title) == (version, title)
    assert list(plan.legal_basis_links.values_list("document__identifier", flat=True)) == [
        "72/2015/NĐ-CP"
    ]


def test_plan_create_refuses_every_bad_legal_basis_by_name(coordinator):
    with pytest.raises(ValidationError) as caught:
        services.plan_create(
            actor=coordinator,
            title="Kế hoạch TTĐN",
            period_start=2024,
            legal_bases=["Quyết định số 1", "Nghị định số 72/2015/NĐ-CP", "Công văn gì đó"],
        )
    messages = caught.value.message_dict["legal_bases"]
    assert len(messages) == 2
    assert "Quyết định số 1" in messages[0] and "Công văn gì đó" in messages[1]
