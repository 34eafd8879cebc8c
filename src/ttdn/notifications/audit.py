"""The audit labels of notifications' writes (read by ttdn.audit.registry)."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "notifications.delivery_retried": _("E-mail sent again"),
}
FIELDS: dict = {}
