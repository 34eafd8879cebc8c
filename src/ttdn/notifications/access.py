"""Who may see a notification (its recipient only) and the e-mail deliveries (coordinators)."""

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _

from ttdn.accounts.capabilities import URGE_AGENCIES, has_capability
from ttdn.notifications.models import Delivery, Notification


def notification_get_for_user(user, pk) -> Notification:
    """The user's own notification; another person's is a 404 like a missing one."""
    try:
        return Notification.objects.get(recipient=user, pk=pk)
    except (Notification.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such notification.")) from None


def can_manage_deliveries(user) -> bool:
    return has_capability(user, URGE_AGENCIES)


def require_delivery_manager(user) -> None:
    if not can_manage_deliveries(user):
        raise PermissionDenied(_("Only the coordinating department sees e-mail deliveries."))


def delivery_get_for_user(user, pk) -> Delivery:
    require_delivery_manager(user)
    try:
        return Delivery.objects.select_related("notification").get(pk=pk)
    except (Delivery.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such e-mail.")) from None
