"""Demo: the reminders of the last ten weeks, from real sweeps over the demo data."""

import datetime

from django.utils import timezone

from ttdn.notifications.models import Delivery, DeliveryStatus, Notification
from ttdn.urging.services import reminders_sweep

DAYS = 70


def demo_urging(*, today: datetime.date | None = None) -> dict:
    """Sweep each of the last ten weeks. days as the worker would have, so the demo users
    find the reminders, late notices and escalations of the demo plans in their inbox;
    the older ones read. One e-mail is left failed for the coordinator's list of e-mails
    not delivered, as after a day the mail server was down."""
    today = today or timezone.localdate()
    created = 0
    for back in range(DAYS, -1, -1):
        created += reminders_sweep(
            today=today - datetime.timedelta(days=back)
        ).notifications_created
    cutoff = timezone.now() - datetime.timedelta(days=3)
    Notification.objects.filter(created_at__lt=cutoff).update(read_at=timezone.now())
    # Every demo address is @ttdn.local: nothing is really sent; mark them sent, but one.
    Delivery.objects.update(status=DeliveryStatus.SENT, sent_at=timezone.now(), attempts=1)
    failed = Delivery.objects.order_by("-pk").first()
    if failed is not None:
        Delivery.objects.filter(pk=failed.pk).update(
            status=DeliveryStatus.FAILED,
            sent_at=None,
            attempts=6,
            last_error="ConnectionRefusedError: [Errno 111] Connection refused",
        )
    return {"notifications": created}
