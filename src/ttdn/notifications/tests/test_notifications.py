"""Notifications: once per event (also under concurrency), e-mail retries and failures,
the inbox and its permissions."""

import datetime
import threading
from unittest import mock

import pytest
from django.core import mail
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from ttdn.audit.models import AuditEntry
from ttdn.notifications import services
from ttdn.notifications.models import Delivery, DeliveryStatus, Notification
from ttdn.notifications.services import NotificationData, notifications_send
from ttdn.notifications.tests import concurrent


@pytest.fixture(autouse=True)
def _locmem_mail(settings):
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}


def _item(user, key="task:1:2026-12-31:before-3", title="Hạn nhiệm vụ"):
    return NotificationData(
        recipient_id=user.pk,
        kind="urging.before",
        title=title,
        body="Nội dung",
        link="/tasks/1/",
        event_key=key,
    )


def test_an_event_is_notified_once_per_person(officer_a, officer_b):
    for user in (officer_a, officer_b):
        user.email = f"{user.username}@example.org"
        user.save()
    assert notifications_send(items=[_item(officer_a), _item(officer_b)]) == 2
    assert notifications_send(items=[_item(officer_a), _item(officer_b)]) == 0
    assert notifications_send(items=[_item(officer_a), _item(officer_a, key="other")]) == 1
    assert Notification.objects.count() == 3
    # One e-mail delivery per new notification, none for the repeats.
    assert Delivery.objects.count() == 3


def test_a_person_without_an_address_gets_the_notice_in_the_app_only(make_user):
    user = make_user("no_mail", email="")
    assert notifications_send(items=[_item(user)]) == 1
    assert not Delivery.objects.exists()


def test_text_is_cleaned_and_capped(officer_a):
    notifications_send(items=[_item(officer_a, title="A\u202eB" + "x" * 400)])
    n = Notification.objects.get()
    assert "\u202e" not in n.title and len(n.title) <= 255


def test_due_deliveries_are_sent_once(officer_a):
    officer_a.email = "officer@example.org"
    officer_a.save()
    notifications_send(items=[_item(officer_a)])
    assert services.deliveries_send_due().sent == 1
    assert services.deliveries_send_due().sent == 0
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["officer@example.org"]
    assert "/tasks/1/" in mail.outbox[0].body
    assert Delivery.objects.get().status == DeliveryStatus.SENT


class Refusing:
    """A mail backend whose server is down."""

    def __init__(self, *args, **kwargs):
        pass

    def open(self):
        raise ConnectionRefusedError(111, "Connection refused")

    def close(self):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError(111, "Connection refused")


def test_a_mail_server_that_is_down_loses_nothing_and_the_mail_is_retried(
    settings, officer_a, coordinator, client, django_capture_on_commit_callbacks
):
    officer_a.email = "officer@example.org"
    officer_a.save()
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            # A closed port: nothing listens on port 9 (discard) here.
            "OPTIONS": {"host": "127.0.0.1", "port": 9, "timeout": 2},
        }
    }
    settings.TTDN_NOTIFY_MAX_ATTEMPTS = 3
    now = timezone.now()
    notifications_send(items=[_item(officer_a)], now=now)
    result = services.deliveries_send_due(now=now)
    assert (result.sent, result.retrying) == (0, 1)
    delivery = Delivery.objects.get()
    assert delivery.status == DeliveryStatus.PENDING
    assert delivery.attempts == 1
    assert "refused" in delivery.last_error.lower() or "error" in delivery.last_error.lower()
    assert delivery.next_attempt_at == now + datetime.timedelta(seconds=60)
    # The notice is in the app whatever the mail server does.
    assert Notification.objects.filter(recipient=officer_a).count() == 1
    # Not due yet: nothing is tried.
    assert services.deliveries_send_due(now=now + datetime.timedelta(seconds=30)).retrying == 0
    # Second and third attempts fail: given up, failed, and listed for the coordinator.
    later = now + datetime.timedelta(seconds=61)
    assert services.deliveries_send_due(now=later).retrying == 1
    delivery.refresh_from_db()
    assert delivery.next_attempt_at == later + datetime.timedelta(seconds=240)
    assert services.deliveries_send_due(now=later + datetime.timedelta(hours=1)).failed == 1
    delivery.refresh_from_db()
    assert (delivery.status, delivery.attempts) == (DeliveryStatus.FAILED, 3)
    assert services.deliveries_send_due(now=later + datetime.timedelta(days=1)).failed == 0

    client.force_login(coordinator)
    page = client.get(reverse("notifications:deliveries")).content.decode()
    assert "officer@example.org" in page and f"delivery-{delivery.pk}" in page

    # The server is back; the coordinator sends it again.
    settings.MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("notifications:delivery_retry", args=[delivery.pk]))
    assert response.status_code == 302
    delivery.refresh_from_db()
    assert delivery.status == DeliveryStatus.SENT  # the retry job ran (tasks run inline in tests)
    assert len(mail.outbox) == 1
    assert AuditEntry.objects.filter(action="notifications.delivery_retried").count() == 1


def test_a_backend_raising_on_one_message_does_not_stop_the_others(settings, make_user):
    users = [make_user(f"u{i}", email=f"u{i}@example.org") for i in range(3)]
    notifications_send(items=[_item(u) for u in users])
    calls = []

    def flaky(messages):
        calls.append(messages[0].to[0])
        if messages[0].to == ["u1@example.org"]:
            raise OSError("452 mailbox full")
        return 1

    with mock.patch(
        "django.core.mail.backends.locmem.EmailBackend.send_messages", side_effect=flaky
    ):
        result = services.deliveries_send_due()
    assert (result.sent, result.retrying) == (2, 1)
    failed = Delivery.objects.get(address="u1@example.org")
    assert "mailbox full" in failed.last_error


def test_only_the_coordinating_department_sees_and_retries_deliveries(
    client, officer_a, leader, coordinator
):
    officer_a.email = "o@example.org"
    officer_a.save()
    notifications_send(items=[_item(officer_a)])
    delivery = Delivery.objects.get()
    Delivery.objects.filter(pk=delivery.pk).update(status=DeliveryStatus.FAILED, last_error="x")
    assert client.get(reverse("notifications:deliveries")).status_code == 302  # anonymous: login
    for user in (officer_a, leader):
        client.force_login(user)
        assert client.get(reverse("notifications:deliveries")).status_code == 403
        assert (
            client.post(reverse("notifications:delivery_retry", args=[delivery.pk])).status_code
            == 403
        )
    client.force_login(coordinator)
    assert client.get(reverse("notifications:deliveries")).status_code == 200
    assert client.post(reverse("notifications:delivery_retry", args=[0])).status_code == 404


def test_a_user_sees_only_their_own_notifications(client, officer_a, officer_b):
    notifications_send(items=[_item(officer_a, title="Cho cán bộ A")])
    notifications_send(items=[_item(officer_b, title="Cho cán bộ B")])
    mine = Notification.objects.get(recipient=officer_a)
    theirs = Notification.objects.get(recipient=officer_b)
    assert client.get(reverse("notifications:list")).status_code == 302
    client.force_login(officer_a)
    page = client.get(reverse("notifications:list")).content.decode()
    assert "Cho cán bộ A" in page and "Cho cán bộ B" not in page
    # Another person's notification is a 404 and stays unread.
    assert client.post(reverse("notifications:open", args=[theirs.pk])).status_code == 404
    theirs.refresh_from_db()
    assert theirs.read_at is None
    assert client.get(reverse("notifications:open", args=[mine.pk])).status_code == 405
    response = client.post(reverse("notifications:open", args=[mine.pk]))
    assert response.status_code == 302 and response.url == "/tasks/1/"
    mine.refresh_from_db()
    assert mine.read_at is not None


def test_the_header_fetches_the_unread_count_after_the_page_in_one_query(
    client, officer_a, django_assert_num_queries
):
    notifications_send(items=[_item(officer_a, key=f"k{i}") for i in range(3)])
    assert client.get(reverse("notifications:unread")).content.decode().strip() == "<span></span>"
    client.force_login(officer_a)
    page = client.get(reverse("home")).content.decode()
    # Pages run no query for it: app.js asks once the page is shown.
    assert f'data-load="{reverse("notifications:unread")}"' in page
    client.get(reverse("notifications:unread"))  # warm the session
    with django_assert_num_queries(3):  # session, user, the count
        partial = client.get(reverse("notifications:unread"), HTTP_HX_REQUEST="true")
    partial = partial.content.decode()
    assert "> 3</span>" in partial and "badge late" in partial
    client.post(reverse("notifications:read_all"))
    assert not Notification.objects.filter(read_at__isnull=True).exists()
    assert "badge" not in client.get(reverse("notifications:unread")).content.decode()


def test_the_list_reads_its_rows_in_fixed_queries(client, officer_a, django_assert_max_num_queries):
    notifications_send(items=[_item(officer_a, key=f"k{i}") for i in range(30)])
    client.force_login(officer_a)
    client.get(reverse("notifications:list"))
    # session, user, agencies (menu), additional roles (the menu asks a capability), the
    # page count, the rows, the unread count: whatever the number of rows.
    with django_assert_max_num_queries(7):
        page = client.get(reverse("notifications:list")).content.decode()
    assert page.count('class="card notification unread"') == 30


@pytest.mark.django_db(transaction=True)
def test_two_processes_sending_at_once_notify_once(make_user, tmp_path):
    """Two sweeps at the same moment: two processes on a SQLite file, or two threads with
    their own connections on PostgreSQL (see concurrent.py)."""
    if connection.vendor == "sqlite":
        env = concurrent.prepare(
            tmp_path,
            "from ttdn.accounts.models import User\n"
            "for i in range(30): User.objects.create_user(f'c{i}', email=f'c{i}@example.org')",
        )
        code = (
            "from ttdn.accounts.models import User\n"
            "from ttdn.notifications.services import NotificationData, notifications_send\n"
            "items = [NotificationData(u, 'urging.late', 'Trễ hạn', event_key=f'task:{n}:late')"
            " for u in User.objects.values_list('pk', flat=True) for n in range(5)]\n"
            "print(notifications_send(items=items))"
        )
        results = [int(out.splitlines()[-1]) for out in concurrent.twice_at_once(env, code)]
        counts = concurrent.shell(
            env,
            "from ttdn.notifications.models import Notification, Delivery\n"
            "print(Notification.objects.count(), Delivery.objects.count())",
        )
        assert sorted(results) == [0, 150]
        assert counts.split() == ["150", "150"]
        return
    users = [make_user(f"c{i}", email=f"c{i}@example.org") for i in range(30)]
    items = [_item(u, key=f"task:{n}:2026-12-31:late") for u in users for n in range(5)]
    barrier = threading.Barrier(2)
    results, errors = [], []

    def run():
        try:
            barrier.wait(timeout=10)
            results.append(notifications_send(items=items))
        except Exception as error:  # noqa: BLE001
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not errors, errors
    assert sorted(results) == [0, len(items)]
    assert Notification.objects.count() == len(items)
    assert Delivery.objects.count() == len(items)
