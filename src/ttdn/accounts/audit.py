"""The audit labels of accounts' writes (read by ttdn.audit.registry)."""

from django.utils.translation import gettext_lazy as _

ACTIONS = {
    "api_token.created": _("API token created"),
    "api_token.revoked": _("API token revoked"),
    "login.locked_out": _("Login locked after failed attempts"),
    "login.unlocked": _("Login unlocked"),
}
