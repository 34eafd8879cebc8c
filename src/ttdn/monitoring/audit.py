"""The audit labels of monitoring (read by ttdn.audit.registry)."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "monitoring.source_created": _("Media source added"),
    "monitoring.source_changed": _("Media source changed"),
    "monitoring.source_deleted": _("Media source deleted"),
    "monitoring.source_fetch_requested": _("Media source fetch requested"),
}
FIELDS = {
    "feed_urls": _("feed addresses"),
}
