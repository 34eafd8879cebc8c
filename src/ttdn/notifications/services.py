"""Notifying people: in the app and by e-mail, once per event, retried when mail fails.

- :func:`notifications_send` inserts many notifications at once with "insert or ignore" on
  ``(event_key, recipient)``: a second sweep, another scheduler process or a restart
  inserts nothing for an event already notified, and creates no second delivery.
- :func:`deliveries_send_due` sends the e-mails that are due. Each delivery is claimed with
  a conditional ``UPDATE`` (Healthchecks ``sendalerts``) that counts the attempt and moves
  its next attempt past the lease, so two workers never send it at once. A failure is
  kept (``last_error``) and retried with a growing delay; after
  ``TTDN_NOTIFY_MAX_ATTEMPTS`` it is *failed*, listed for the coordinator, who may retry it
  (:func:`delivery_retry`).
"""

import contextlib
import datetime
import functools
import logging
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMessage, mailers
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ttdn.accounts.capabilities import URGE_AGENCIES, has_capability
from ttdn.audit.services import log_action
from ttdn.core.text import clean_text
from ttdn.notifications.models import Channel, Delivery, DeliveryStatus, Notification

log = logging.getLogger(__name__)
User = get_user_model()

MAX_TITLE_CHARS = 255
MAX_BODY_CHARS = 5_000
MAX_LINK_CHARS = 500
MAX_EVENT_KEY_CHARS = 200
MAX_ERROR_CHARS = 1_000
BATCH_SIZE = 2_000


@dataclass(frozen=True)
class NotificationData:
    """One notification to insert: ``event_key`` names the event (``task:12:2026-12-31:before-3``);
    the same key for the same recipient is never notified twice."""

    recipient_id: int
    kind: str
    title: str
    body: str = ""
    link: str = ""
    event_key: str = ""


@dataclass(frozen=True)
class SendResult:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    skipped: int = 0


def _notification(item: NotificationData, clean) -> tuple:
    """The row's values (recipient, kind, title, body, link, event key), checked and capped."""
    if not item.event_key or len(item.event_key) > MAX_EVENT_KEY_CHARS:
        raise ValueError(f"An event key of 1 to {MAX_EVENT_KEY_CHARS} characters: {item!r}")
    return (
        item.recipient_id,
        item.kind[:40],
        clean(item.title, False)[:MAX_TITLE_CHARS],
        clean(item.body, True)[:MAX_BODY_CHARS],
        item.link[:MAX_LINK_CHARS],
        item.event_key,
    )


def notified_events(keys: Iterable[str]) -> set[str]:
    """Which of ``keys`` someone has already been notified of (one indexed query per
    5,000 keys): a sweep skips them before composing anything."""
    keys = list(dict.fromkeys(keys))
    found: set[str] = set()
    for i in range(0, len(keys), 5_000):
        found.update(
            Notification.objects.filter(event_key__in=keys[i : i + 5_000])
            .values_list("event_key", flat=True)
            .distinct()
        )
    return found


@transaction.atomic
def notifications_send(
    *,
    items: Iterable[NotificationData],
    email: bool = True,
    now: datetime.datetime | None = None,
    trusted: bool = False,
) -> int:
    """Insert the notifications not sent before and their e-mail deliveries; returns how
    many notifications are new. Safe to run twice, or in two processes at once.

    The rows inserted by this call carry its ``batch`` (a conflicting row, inserted
    earlier or by a concurrent call, keeps its own); only they get a delivery, and
    deliveries are unique per notification and channel as well.

    Texts go through ``core.text.clean_text`` unless ``trusted``: composed by the caller
    from stored values that were cleaned where they entered (the reminder sweep), where
    they are only capped.
    """
    now = now or timezone.now()
    batch = uuid.uuid4()

    # The same text goes to every person told of an event: clean it once.
    @functools.cache
    def clean(text: str, multiline: bool) -> str:
        return (text if trusted else clean_text(text, multiline=multiline)).strip()

    rows = [_notification(item, clean) for item in items]
    if not rows:
        return 0
    _insert_or_ignore(rows, now=now, batch=batch)
    new = Notification.objects.filter(batch=batch)
    created = new.count()
    if email and created and _insert_deliveries(batch=batch, now=now):
        transaction.on_commit(_enqueue_sending)
    return created


_NOTIFICATION_FIELDS = (
    "recipient",
    "kind",
    "title",
    "body",
    "link",
    "event_key",
    "created_at",
    "batch",
)


def _insert_or_ignore(rows: list[tuple], *, now: datetime.datetime, batch: uuid.UUID) -> None:
    """``INSERT … ON CONFLICT DO NOTHING`` of every row, one statement run many times
    (psycopg pipelines it; SQLite steps it): what ``bulk_create(ignore_conflicts=True)``
    writes, without a model instance and a compiled expression per row."""
    meta = Notification._meta
    qn = connection.ops.quote_name
    columns = ", ".join(qn(meta.get_field(name).column) for name in _NOTIFICATION_FIELDS)
    # Every row of a call shares its time and batch.
    stamp = meta.get_field("created_at").get_db_prep_save(now, connection)
    tag = meta.get_field("batch").get_db_prep_save(batch, connection)
    placeholders = ", ".join(["%s"] * len(_NOTIFICATION_FIELDS))
    sql = (
        f"INSERT INTO {qn(meta.db_table)} ({columns}) VALUES ({placeholders}) "  # noqa: S608
        "ON CONFLICT DO NOTHING"
    )
    with connection.cursor() as cursor:
        for i in range(0, len(rows), BATCH_SIZE):
            cursor.executemany(sql, [(*row, stamp, tag) for row in rows[i : i + BATCH_SIZE]])


def _insert_deliveries(*, batch: uuid.UUID, now: datetime.datetime) -> int:
    """One e-mail delivery for each notification of ``batch`` whose recipient is active and
    has an address: one ``INSERT … SELECT`` (no row goes through Python), which also does
    nothing for a delivery that exists (PostgreSQL and SQLite ≥ 3.24 alike)."""
    d, n, u = Delivery._meta, Notification._meta, User._meta
    qn = connection.ops.quote_name

    def col(meta, name: str) -> str:
        return qn(meta.get_field(name).column)

    def value(meta, name: str, python_value):
        return meta.get_field(name).get_db_prep_value(python_value, connection)

    columns = ", ".join(
        col(d, f)
        for f in (
            "notification",
            "channel",
            "address",
            "status",
            "attempts",
            "last_error",
            "next_attempt_at",
            "created_at",
        )
    )
    # Only quoted table and column names of our own models are formatted in; every value
    # is a parameter.
    sql = (
        f"INSERT INTO {qn(d.db_table)} ({columns}) "  # noqa: S608
        f"SELECT n.{qn(n.pk.column)}, %s, u.{col(u, 'email')}, %s, 0, '', %s, %s "
        f"FROM {qn(n.db_table)} n JOIN {qn(u.db_table)} u "
        f"ON u.{qn(u.pk.column)} = n.{col(n, 'recipient')} "
        f"WHERE n.{col(n, 'batch')} = %s AND u.{col(u, 'email')} <> '' "
        f"AND u.{col(u, 'is_active')} "
        f"ON CONFLICT DO NOTHING"
    )
    params = [
        Channel.EMAIL,
        DeliveryStatus.PENDING,
        value(d, "next_attempt_at", now),
        value(d, "created_at", now),
        value(n, "batch", batch),
    ]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.rowcount


def _enqueue_sending() -> None:
    from ttdn.notifications.tasks import send_due_deliveries  # tasks import this module

    send_due_deliveries.enqueue()


def retry_delay(attempts: int) -> datetime.timedelta:
    """The wait after the ``attempts``-th failure: 1, 4, 16, 64 minutes…, at most 6 hours."""
    base = settings.TTDN_NOTIFY_RETRY_SECONDS
    return datetime.timedelta(seconds=min(base * 4 ** max(attempts - 1, 0), 6 * 3600))


def _message(delivery: Delivery) -> EmailMessage:
    notification = delivery.notification
    link = notification.link
    if link.startswith("/"):
        link = settings.TTDN_BASE_URL + link
    body = notification.body + (f"\n\n{link}" if link else "")
    with translation.override(settings.LANGUAGE_CODE):
        footer = _("This message was sent by ttdn. Your notifications: {url}").format(
            url=settings.TTDN_BASE_URL + "/notifications/"
        )
    return EmailMessage(
        subject=notification.title,
        body=f"{body}\n\n--\n{footer}",
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[delivery.address],
    )


def deliveries_send_due(*, now: datetime.datetime | None = None, limit: int = 200) -> SendResult:
    """Send up to ``limit`` e-mails whose next attempt is due; safe in several workers."""
    now = now or timezone.now()
    due = list(
        Delivery.objects.filter(status=DeliveryStatus.PENDING, next_attempt_at__lte=now)
        .order_by("next_attempt_at", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    if not due:
        return SendResult()
    lease = now + datetime.timedelta(seconds=settings.TTDN_NOTIFY_LEASE_SECONDS)
    sent = retrying = failed = skipped = 0
    connection = None
    for pk in due:
        # The claim: one attempt, and no other worker takes it before the lease runs out.
        claimed = Delivery.objects.filter(
            pk=pk, status=DeliveryStatus.PENDING, next_attempt_at__lte=now
        ).update(attempts=F("attempts") + 1, next_attempt_at=lease)
        if not claimed:
            skipped += 1
            continue
        delivery = Delivery.objects.select_related("notification").get(pk=pk)
        try:
            if connection is None:
                connection = mailers.default
                connection.open()
            connection.send_messages([_message(delivery)])
        except Exception as error:  # any failure of the mail server is kept and retried
            log.warning("E-mail delivery %s failed: %s", pk, error)
            connection = _close(connection)
            last_error = f"{type(error).__name__}: {error}"[:MAX_ERROR_CHARS]
            if delivery.attempts >= settings.TTDN_NOTIFY_MAX_ATTEMPTS:
                Delivery.objects.filter(pk=pk).update(
                    status=DeliveryStatus.FAILED, last_error=last_error
                )
                failed += 1
            else:
                Delivery.objects.filter(pk=pk).update(
                    last_error=last_error, next_attempt_at=now + retry_delay(delivery.attempts)
                )
                retrying += 1
        else:
            Delivery.objects.filter(pk=pk).update(
                status=DeliveryStatus.SENT, sent_at=timezone.now(), last_error=""
            )
            sent += 1
    _close(connection)
    return SendResult(sent=sent, retrying=retrying, failed=failed, skipped=skipped)


def _close(connection) -> None:
    if connection is not None:
        # Closing a broken connection may fail too.
        with contextlib.suppress(Exception):
            connection.close()
    return None


@transaction.atomic
def delivery_retry(*, actor, delivery: Delivery) -> Delivery:
    """Send a failed (or still retrying) e-mail again now, with a fresh set of attempts."""
    if not has_capability(actor, URGE_AGENCIES):
        raise PermissionDenied(_("Only the coordinating department can retry e-mails."))
    before = {"status": delivery.status, "attempts": delivery.attempts}
    Delivery.objects.filter(pk=delivery.pk).exclude(status=DeliveryStatus.SENT).update(
        status=DeliveryStatus.PENDING, attempts=0, next_attempt_at=timezone.now()
    )
    delivery.refresh_from_db()
    log_action(
        actor=actor,
        action="notifications.delivery_retried",
        target=delivery,
        before=before,
        after={"status": delivery.status, "attempts": delivery.attempts},
        data={"address": delivery.address, "last_error": delivery.last_error},
    )
    transaction.on_commit(_enqueue_sending)
    return delivery


def notifications_mark_read(*, user, ids: Iterable[int] | None = None) -> int:
    """Mark ``user``'s notifications read (``ids``: only those; None: all). Returns how many.

    Only the recipient's own rows are touched, so another person's id changes nothing.
    Not audited: whether someone has read their own notice is personal state, like a
    session, not a change to the work (docs/decisions/0024)."""
    qs = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if ids is not None:
        qs = qs.filter(pk__in=list(ids))
    return qs.update(read_at=timezone.now())
