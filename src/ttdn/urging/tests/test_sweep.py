"""The reminder sweep: day arithmetic, who is told, once per event, escalation."""

import datetime
import threading

import pytest
import time_machine
from django.db import connection

from ttdn.directory.models import Agency, AgencySuccession
from ttdn.notifications.models import Delivery, Notification
from ttdn.notifications.tests import concurrent
from ttdn.plans.models import Task
from ttdn.urging.models import ReminderPolicy, SweepRun
from ttdn.urging.services import EventKind, Policy, events_for, reminders_sweep

D = datetime.date
DEFAULT = Policy(days_before=(7, 3, 1), weekly_while_late=True, escalate_after_days=14)


def _officers(deadline, today, policy=DEFAULT, catch_up=1):
    return events_for(deadline, today=today, policy=policy, catch_up_days=catch_up)[0]


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (D(2026, 12, 24), ("before", 7)),
        (D(2026, 12, 28), ("before", 3)),
        (D(2026, 12, 30), ("before", 1)),
        (D(2026, 12, 31), None),  # the deadline itself: not late yet
        (D(2027, 1, 1), ("late", 0)),  # across the year end
        (D(2027, 1, 2), None),
        (D(2027, 1, 8), ("weekly", 1)),
        (D(2027, 1, 15), ("weekly", 2)),
        (D(2027, 1, 16), None),
        (D(2026, 12, 23), None),
    ],
)
def test_reminders_fall_7_3_1_days_before_on_the_late_day_and_weekly(today, expected):
    event = _officers(D(2026, 12, 31), today)
    assert (event.kind, event.count) == expected if expected else event is None


def test_month_ends_and_leap_days_are_plain_date_arithmetic():
    assert _officers(D(2028, 3, 1), D(2028, 2, 23)).count == 7  # 2028 is a leap year
    assert _officers(D(2027, 3, 1), D(2027, 2, 22)).count == 7
    assert _officers(D(2026, 2, 28), D(2026, 3, 1)).kind == EventKind.LATE
    assert _officers(D(2026, 4, 30), D(2026, 5, 1)).kind == EventKind.LATE


def test_escalation_falls_once_after_the_configured_delay():
    def leaders(today, policy=DEFAULT):
        return events_for(D(2026, 12, 31), today=today, policy=policy)[1]

    assert leaders(D(2027, 1, 13)) is None
    assert leaders(D(2027, 1, 14)).count == 14
    assert leaders(D(2027, 1, 15)) is None
    never = Policy(days_before=(7,), weekly_while_late=False, escalate_after_days=None)
    assert leaders(D(2027, 1, 14), never) is None
    assert _officers(D(2026, 12, 31), D(2027, 1, 8), never) is None  # no weekly


def test_a_sweep_after_days_down_catches_up_with_the_latest_event_only():
    # The worker was down on the 3-day and 1-day reminders; the sweep on the deadline day
    # catches up with 3 days: only the 1-day reminder (the latest) is sent.
    event = _officers(D(2026, 12, 31), D(2026, 12, 31), catch_up=3)
    assert (event.kind, event.count, event.on) == ("before", 1, D(2026, 12, 30))
    assert _officers(D(2026, 12, 31), D(2027, 1, 3), catch_up=3).kind == "late"
    assert _officers(D(2026, 12, 31), D(2027, 1, 4), catch_up=3) is None


def test_a_disabled_policy_sends_nothing():
    off = Policy(
        days_before=(7, 3, 1), weekly_while_late=True, escalate_after_days=1, enabled=False
    )
    assert events_for(D(2026, 12, 31), today=D(2027, 1, 1), policy=off) == (None, None)


# --- the sweep against the database --------------------------------------------------------


@pytest.fixture
def due(make_plan, agency_a, agency_b):
    """An in-progress plan with one task led by A, coordinated by B, next deadline set as
    tracking would have stored it."""

    def make(deadline, *, visibility="internal", status="in_progress", restricted_to=None):
        plan = make_plan(
            visibility=visibility,
            status=status,
            coordinating=[agency_b],
            restricted_to=restricted_to,
        )
        task = plan.tasks.get()
        Task.objects.filter(pk=task.pk).update(next_deadline=deadline, status="in_progress")
        return plan, task

    return make


@pytest.fixture(autouse=True)
def _one_day(settings):
    settings.TTDN_URGING_CATCH_UP_DAYS = 1


def test_the_sweep_tells_the_officers_of_lead_and_coordinating_agencies(
    due, officer_a, officer_b, leader, coordinator
):
    officer_a.email = "a@example.org"
    officer_a.save()
    _plan, task = due(D(2026, 12, 31))
    run = reminders_sweep(today=D(2026, 12, 28))
    got = Notification.objects.filter(kind="urging.before")
    assert {n.recipient for n in got} == {officer_a, officer_b}
    n = got.get(recipient=officer_a)
    assert n.event_key == f"task:{task.pk}:2026-12-31:before-3"
    assert n.link == f"/tasks/{task.pk}/"
    assert "31/12/2026" in n.title and "3" in n.title
    assert "Sở TT&TT" in n.body
    assert "Sở Ngoại vụ" in got.get(recipient=officer_b).body
    assert Delivery.objects.filter(notification__recipient=officer_a).count() == 1
    assert not Notification.objects.filter(recipient=leader).exists()
    assert (run.tasks_considered, run.events, run.notifications_created) == (1, 1, 2)
    assert run.summary["events"] == {"before": 1}
    # The same day again, or after a restart: nothing new.
    again = reminders_sweep(today=D(2026, 12, 28))
    assert again.notifications_created == 0
    assert Notification.objects.count() == 2
    assert SweepRun.objects.count() == 2


def test_late_weekly_and_escalation_reach_the_right_people(due, officer_a, leader, make_user):
    make_user("leader2", "leader")
    make_user("not_a_leader", "officer")
    _plan, task = due(D(2026, 12, 31))
    reminders_sweep(today=D(2027, 1, 1))
    assert Notification.objects.filter(kind="urging.late", recipient=officer_a).count() == 1
    reminders_sweep(today=D(2027, 1, 8))
    assert Notification.objects.filter(kind="urging.weekly", recipient=officer_a).count() == 1
    reminders_sweep(today=D(2027, 1, 14))
    escalations = Notification.objects.filter(kind="urging.escalation")
    assert {n.recipient.username for n in escalations} == {"leader", "leader2"}
    assert "Sở TT&TT" in escalations.first().body  # the lead agency is named


def test_done_cancelled_and_unreported_plans_are_not_urged(due, officer_a):
    _p, done = due(D(2026, 12, 31))
    Task.objects.filter(pk=done.pk).update(status="done")
    due(D(2026, 12, 31), status="draft")  # a draft does not bind the agencies yet
    due(D(2026, 12, 31), status="closed")
    assert reminders_sweep(today=D(2027, 1, 1)).notifications_created == 0


def test_a_restricted_plan_is_never_notified_to_an_agency_it_is_hidden_from(
    due, agency_a, officer_a, officer_b
):
    due(D(2026, 12, 31), visibility="restricted", restricted_to=[agency_a])
    reminders_sweep(today=D(2027, 1, 1))
    assert Notification.objects.filter(recipient=officer_a).count() == 1
    assert not Notification.objects.filter(recipient=officer_b).exists()


def test_a_merged_agency_is_urged_through_its_successor(due, agency_a, make_user):
    successor = Agency.objects.create(name="Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai")
    heir = make_user("heir", "officer", agencies=[successor])
    Agency.objects.filter(pk=agency_a.pk).update(valid_to=D(2025, 2, 28))
    AgencySuccession.objects.create(
        predecessor=agency_a,
        successor=successor,
        kind="merged",
        effective_date=D(2025, 3, 1),
        primary=True,
    )
    due(D(2026, 12, 31))
    reminders_sweep(today=D(2027, 1, 1))
    assert Notification.objects.filter(recipient=heir, kind="urging.late").count() == 1


def test_a_plan_with_its_own_settings(due, officer_a):
    plan, _task = due(D(2026, 12, 31))
    ReminderPolicy.objects.create(plan=plan, days_before="10", weekly_while_late=False)
    assert reminders_sweep(today=D(2026, 12, 28)).notifications_created == 0  # no 3-day
    assert reminders_sweep(today=D(2026, 12, 21)).notifications_created >= 1
    ReminderPolicy.objects.filter(plan=plan).update(enabled=False)
    assert reminders_sweep(today=D(2027, 1, 1)).notifications_created == 0


def test_today_is_the_date_in_viet_nam(due, officer_a):
    due(D(2027, 1, 8))
    # 31/12/2026 18:00 UTC is 01/01/2027 01:00 in Hồ Chí Minh City: 7 days before.
    with time_machine.travel(datetime.datetime(2026, 12, 31, 18, 0, tzinfo=datetime.UTC)):
        run = reminders_sweep()
    assert run.day == D(2027, 1, 1)
    assert Notification.objects.get(recipient=officer_a).event_key.endswith("before-7")


@pytest.mark.django_db(transaction=True)
def test_two_sweeps_at_once_notify_once(due, officer_a, officer_b, tmp_path):
    if connection.vendor == "sqlite":
        env = concurrent.prepare(
            tmp_path,
            "import datetime\n"
            "from ttdn.accounts.models import User, Membership\n"
            "from ttdn.directory.models import Agency\n"
            "from ttdn.plans.models import Plan, Task, TaskAssignment\n"
            "agencies = [Agency.objects.create(name=f'Sở {i}') for i in range(3)]\n"
            "for i, a in enumerate(agencies):\n"
            "    for j in range(3):\n"
            "        u = User.objects.create_user(f'u{i}{j}', email=f'u{i}{j}@example.org')\n"
            "        Membership.objects.create(user=u, agency=a)\n"
            "plan = Plan.objects.create(title='KH', period_start=2026, period_end=2026,"
            " status='in_progress')\n"
            "for n in range(60):\n"
            "    t = Task.objects.create(plan=plan, text=f'Nhiệm vụ {n}', status='in_progress',"
            " next_deadline=datetime.date(2026, 12, 31))\n"
            "    TaskAssignment.objects.create(task=t, agency=agencies[n % 3], role='lead')\n"
            "    TaskAssignment.objects.create(task=t, agency=agencies[(n + 1) % 3],"
            " role='coordinating')\n",
        )
        code = (
            "import datetime\n"
            "from ttdn.urging.services import reminders_sweep\n"
            "print(reminders_sweep(today=datetime.date(2027, 1, 1)).notifications_created)"
        )
        results = [int(o.splitlines()[-1]) for o in concurrent.twice_at_once(env, code)]
        counts = concurrent.shell(
            env,
            "from ttdn.notifications.models import Notification, Delivery\n"
            "print(Notification.objects.count(), Delivery.objects.count())",
        )
        assert sorted(results) == [0, 360]  # 60 tasks × (3 lead + 3 coordinating officers)
        assert counts.split() == ["360", "360"]
        return
    for _i in range(20):
        due(D(2026, 12, 31))
    for user in (officer_a, officer_b):
        user.email = f"{user.username}@example.org"
        user.save()
    barrier = threading.Barrier(2)
    results, errors = [], []

    def run():
        try:
            barrier.wait(timeout=10)
            results.append(reminders_sweep(today=D(2027, 1, 1)).notifications_created)
        except Exception as error:  # noqa: BLE001
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    total = Notification.objects.count()
    assert total == 20 * 2  # officer A (lead) and officer B (coordinating)
    assert sum(results) == total
    assert Delivery.objects.count() == 40


def test_report_requests_remind_the_agencies_that_have_not_reported(
    make_plan, coordinator, agency_a, agency_b, officer_a, officer_b, leader
):
    from ttdn.submissions.models import Submission
    from ttdn.submissions.services import request_create_adhoc

    plan = make_plan(status="in_progress")
    request = request_create_adhoc(
        actor=coordinator,
        plan=plan,
        title="Báo cáo đột xuất về công tác thông tin đối ngoại",
        deadline=D(2026, 12, 31),
        period_start=D(2026, 1, 1),
        period_end=D(2026, 12, 31),
        agencies=[agency_a, agency_b],
    )
    # B has handed in its report: only A is reminded.
    Submission.objects.filter(request=request, agency=agency_b).update(state="submitted")
    run = reminders_sweep(today=D(2026, 12, 24))
    got = Notification.objects.filter(kind="urging.request_before")
    assert [n.recipient for n in got] == [officer_a]
    assert got[0].event_key == f"request:{request.pk}:2026-12-31:before-7"
    assert run.summary["events"] == {"request.before": 1}
    assert reminders_sweep(today=D(2026, 12, 24)).notifications_created == 0
    reminders_sweep(today=D(2027, 1, 14))
    escalation = Notification.objects.get(kind="urging.request_escalation")
    assert escalation.recipient == leader and "Sở TT&TT" in escalation.body


def test_a_sweep_that_died_half_way_leaves_its_work_to_the_next(due, officer_a):
    due(D(2026, 12, 31))
    SweepRun.objects.create(day=D(2027, 1, 1))  # started, never finished
    run = reminders_sweep(today=D(2027, 1, 1))
    assert run.notifications_created == 1 and run.summary["watermark"] is None
    # The next sweep of the day skips what the finished one handled, reading nothing.
    again = reminders_sweep(today=D(2027, 1, 1))
    assert again.events == 0 and again.summary["watermark"] == "2027-01-01"
    # The next day the catch-up days' events are known; only that day's are new.
    assert reminders_sweep(today=D(2027, 1, 2)).events == 0
