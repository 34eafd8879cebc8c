"""Reads of notifications: always the signed-in user's own, or (coordinators) deliveries."""

from django.db.models import Q, QuerySet

from ttdn.notifications.models import Delivery, DeliveryStatus, Notification


def unread_count(user) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def notifications_for(user) -> QuerySet[Notification]:
    return Notification.objects.filter(recipient=user).order_by("-created_at", "-id")


def troubled_deliveries() -> QuerySet[Delivery]:
    """Failed e-mails, and pending ones that have failed at least once, newest first."""
    return (
        Delivery.objects.filter(
            Q(status=DeliveryStatus.FAILED) | (Q(status=DeliveryStatus.PENDING) & ~Q(last_error=""))
        )
        .select_related("notification__recipient")
        .order_by("-created_at", "-id")
    )
