"""The audit labels of urging's writes (read by ttdn.audit.registry)."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "urging.policy_set": _("Reminder settings changed"),
    "urging.policy_reset": _("Reminder settings back to the defaults"),
    "urging.calendar_token_created": _("Calendar link created"),
    "urging.calendar_token_regenerated": _("Calendar link replaced"),
    "urging.calendar_token_revoked": _("Calendar link revoked"),
    "urging.letter_generated": _("Urging letter generated"),
}
FIELDS: dict = {}
