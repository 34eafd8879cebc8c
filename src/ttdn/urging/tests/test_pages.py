"""Calendar, ICS feed and its token, reminder settings and the urging letter: what each
role sees and may do."""

import datetime
import io

import docx
import icalendar
import pytest
import time_machine
from django.urls import reverse

from ttdn.audit.models import AuditEntry
from ttdn.plans.models import Task, TaskDeadline
from ttdn.urging.models import CalendarToken, ReminderPolicy

D = datetime.date
TODAY = datetime.datetime(2024, 10, 15, 3, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def _today():
    with time_machine.travel(TODAY, tick=False):
        yield


def _set_deadline(task, day, status="in_progress"):
    TaskDeadline.objects.get_or_create(task=task, due_date=day)
    Task.objects.filter(pk=task.pk).update(next_deadline=day, status=status)


@pytest.fixture
def world(make_plan, agency_a, agency_b):
    """A's internal task due 20/10, A's restricted task due 25/10, B's task due 22/10."""
    internal = make_plan(visibility="internal", status="in_progress", title="KH nội bộ")
    restricted = make_plan(visibility="restricted", status="in_progress", title="KH mật")
    other = make_plan(visibility="internal", status="in_progress", title="KH của B")
    t_internal, t_restricted, t_other = (p.tasks.get() for p in (internal, restricted, other))
    Task.objects.filter(pk=t_internal.pk).update(text="Nhiệm vụ công khai của A")
    Task.objects.filter(pk=t_restricted.pk).update(text="Nhiệm vụ mật của A")
    Task.objects.filter(pk=t_other.pk).update(text="Nhiệm vụ riêng của B")
    t_other.assignments.update(agency=agency_b)
    _set_deadline(t_internal, D(2024, 10, 20))
    _set_deadline(t_restricted, D(2024, 10, 25))
    _set_deadline(t_other, D(2024, 10, 10))  # late
    return {"internal": internal, "restricted": restricted, "other": other}


def _feed_url(client, user):
    client.force_login(user)
    response = client.post(reverse("urging:calendar_token"), {"action": "issue"})
    assert response.status_code == 200
    url = response.context["new_feed_url"]
    client.logout()
    return url


def _events(client, url) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    cal = icalendar.Calendar.from_ical(response.content)
    return [str(e["summary"]) for e in cal.walk("VEVENT")]


def test_an_officer_calendar_and_feed_show_only_their_agencys_visible_tasks(
    client, world, officer_a, officer_b
):
    client.force_login(officer_a)
    page = client.get(reverse("urging:calendar"), {"month": "2024-10"}).content.decode()
    assert "Nhiệm vụ công khai của A" in page and "Nhiệm vụ mật của A" in page
    assert "Nhiệm vụ riêng của B" not in page
    assert "20/10/2024" in page
    client.logout()
    events = _events(client, _feed_url(client, officer_a))
    assert any("Nhiệm vụ công khai của A" in e for e in events)
    assert any("Nhiệm vụ mật của A" in e for e in events)
    assert not any("của B" in e for e in events)

    # B's officer: B's (late) task only; never A's restricted plan.
    # (its deadline of the 3rd quarter, and the one of 10/10, now late).
    events_b = _events(client, _feed_url(client, officer_b))
    assert len(events_b) == 2 and all("Nhiệm vụ riêng của B" in e for e in events_b)
    assert sum(e.startswith(("[Trễ hạn]", "[Late]")) for e in events_b) == 1


def test_another_agencys_calendar_hides_plans_restricted_from_the_viewer(
    client, world, officer_b, agency_a
):
    client.force_login(officer_b)
    page = client.get(
        reverse("urging:calendar_agency", args=[agency_a.pk]), {"month": "2024-10"}
    ).content.decode()
    assert "Nhiệm vụ công khai của A" in page
    assert "Nhiệm vụ mật của A" not in page
    assert client.get(reverse("urging:calendar_agency", args=[999999])).status_code == 404


def test_a_leader_without_agency_sees_every_visible_deadline(client, world, leader):
    client.force_login(leader)
    page = client.get(reverse("urging:calendar"), {"month": "2024-10"}).content.decode()
    for text in ("Nhiệm vụ công khai của A", "Nhiệm vụ mật của A", "Nhiệm vụ riêng của B"):
        assert text in page


def test_anonymous_visitors_get_the_login_page(client, world):
    for url in (reverse("urging:calendar"), reverse("urging:index")):
        response = client.get(url)
        assert response.status_code == 302 and "login" in response.url
    assert client.post(reverse("urging:calendar_token"), {"action": "issue"}).status_code == 302


def test_a_bad_month_falls_back_to_this_month(client, world, officer_a):
    client.force_login(officer_a)
    for month in ("2024-13", "x", "99999-01", "２０２４-10"):
        response = client.get(reverse("urging:calendar"), {"month": month})
        assert response.status_code == 200
        assert "10/2024" in response.content.decode()


def test_the_feed_token_is_stored_hashed_replaced_and_revoked(client, world, officer_a):
    url = _feed_url(client, officer_a)
    raw = url.rsplit("/", 1)[1].removesuffix(".ics")
    token = CalendarToken.objects.get(user=officer_a)
    assert raw not in (token.key_hash, token.prefix) and token.key_hash == CalendarToken.hash(raw)
    assert client.get(url).status_code == 200
    # Replaced: the old link stops working.
    new_url = _feed_url(client, officer_a)
    assert client.get(url).status_code == 404
    assert client.get(new_url).status_code == 200
    # Revoked: 404.
    client.force_login(officer_a)
    client.post(reverse("urging:calendar_token"), {"action": "revoke"})
    client.logout()
    assert client.get(new_url).status_code == 404
    assert client.get(reverse("urging:feed", args=["nonsense"])).status_code == 404
    actions = list(
        AuditEntry.objects.filter(action__startswith="urging.calendar_token").values_list(
            "action", flat=True
        )
    )
    assert sorted(actions) == [
        "urging.calendar_token_created",
        "urging.calendar_token_regenerated",
        "urging.calendar_token_revoked",
    ]


def test_a_deactivated_user_s_feed_stops(client, world, officer_a):
    url = _feed_url(client, officer_a)
    officer_a.is_active = False
    officer_a.save()
    assert client.get(url).status_code == 404


def test_reminder_settings_are_the_coordinators(client, world, coordinator, officer_a, leader):
    plan = world["internal"]
    url = reverse("urging:reminders", args=[plan.pk])
    for user in (officer_a, leader):
        client.force_login(user)
        assert client.get(url).status_code == 403
        assert client.post(url, {"days_before": "5"}).status_code == 403
    client.force_login(coordinator)
    assert client.get(url).status_code == 200
    response = client.post(url, {"enabled": "on", "days_before": "abc"})
    assert response.status_code == 200 and not ReminderPolicy.objects.exists()
    response = client.post(
        url, {"enabled": "on", "days_before": "1; 10, 5", "escalate_after_days": "7"}
    )
    assert response.status_code == 302
    policy = ReminderPolicy.objects.get(plan=plan)
    assert (policy.days_before, policy.weekly_while_late, policy.escalate_after_days) == (
        "10, 5, 1",
        False,
        7,
    )
    assert AuditEntry.objects.filter(action="urging.policy_set").count() == 1
    client.post(url, {"action": "reset"})
    assert not ReminderPolicy.objects.exists()
    assert client.get(reverse("urging:reminders", args=[999999])).status_code == 404


def test_a_restricted_plan_s_pages_are_a_404_for_whoever_may_not_see_it(
    client, world, coordinator, officer_b
):
    client.force_login(officer_b)
    plan = world["restricted"]
    assert client.get(reverse("urging:reminders", args=[plan.pk])).status_code == 404
    assert client.get(reverse("urging:letter", args=[plan.pk])).status_code == 404


def test_the_urging_letter_lists_late_agencies_and_their_tasks(
    client, world, coordinator, officer_a, agency_b
):
    plan = world["other"]
    url = reverse("urging:letter", args=[plan.pk])
    client.force_login(officer_a)
    assert client.get(url).status_code == 403
    assert client.post(url).status_code == 403
    client.force_login(coordinator)
    page = client.get(url).content.decode()
    assert "Nhiệm vụ riêng của B" in page and agency_b.name in page
    assert client.get(reverse("urging:index")).status_code == 200
    response = client.post(url, {"year": "2024"})
    assert response.status_code == 200
    assert "attachment" in response["Content-Disposition"]
    document = docx.Document(io.BytesIO(response.content))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(
        cell.text for table in document.tables for row in table.rows for cell in row.cells
    )
    everything = text + "\n" + cells
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in everything
    assert "Độc lập - Tự do - Hạnh phúc" in everything
    assert "V/v đôn đốc thực hiện" in everything
    assert "Kính gửi: Sở Ngoại vụ tỉnh Đồng Nai." in everything
    assert "1. Sở Ngoại vụ tỉnh Đồng Nai" in everything
    assert "Nhiệm vụ riêng của B" in everything
    assert "10/10/2024" in everything and "ngày 15 tháng 10 năm 2024" in everything
    assert "Nơi nhận" in everything and "Lưu: VT" in everything
    entry = AuditEntry.objects.get(action="urging.letter_generated")
    assert entry.data["agencies"] == 1 and entry.data["tasks"] == 1


def test_a_letter_for_a_plan_with_nothing_late_is_still_a_valid_document(
    client, world, coordinator
):
    client.force_login(coordinator)
    response = client.post(reverse("urging:letter", args=[world["internal"].pk]))
    document = docx.Document(io.BytesIO(response.content))
    assert any("không có nhiệm vụ nào" in p.text for p in document.paragraphs)
