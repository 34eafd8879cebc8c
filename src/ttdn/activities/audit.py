"""The audit labels of the activity registers' writes (read by ttdn.audit.registry)."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "activity.created": _("Activity recorded"),
    "activity.changed": _("Activity changed"),
    "activity.deleted": _("Activity deleted"),
    "activity.file_removed": _("Activity file removed"),
    "spokesperson.created": _("Spokesperson added"),
    "spokesperson.changed": _("Spokesperson changed"),
    "spokesperson.deleted": _("Spokesperson removed"),
    "portal_content.created": _("Portal figure recorded"),
    "portal_content.changed": _("Portal figure changed"),
    "portal_content.deleted": _("Portal figure deleted"),
}
# Snapshot keys that are not fields of Activity.
FIELDS = {
    "tasks": _("Tasks"),
    "agencies": _("Other agencies involved"),
}
