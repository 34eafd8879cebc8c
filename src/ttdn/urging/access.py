"""Who may urge: reminder settings and urging letters are the coordinating department's."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _

from ttdn.accounts.capabilities import URGE_AGENCIES, has_capability


def can_urge(user) -> bool:
    return has_capability(user, URGE_AGENCIES)


def require_urger(user) -> None:
    if not can_urge(user):
        raise PermissionDenied(_("Only the coordinating department can urge agencies."))
