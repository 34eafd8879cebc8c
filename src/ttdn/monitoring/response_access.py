"""Who may see and handle flags and responses (docs/decisions/0033).

Seeing: everyone who may monitor (``monitoring.access.monitoring_required``: press
officers, the coordinating department, leaders); the others get a 404 as for any
monitoring page. Acting (dismissing a flag, opening a response, correcting a story's
assessment): ``RESPOND_TO_MEDIA`` (press officers, the coordinating department); a leader
who may only look gets a 403. Changing a response: its responsible agency's people who
may respond, the person who opened it, and those who oversee every agency's work
(``SEE_ALL_PLANS``: the coordinating department) — a press officer of another agency may
read it but not change it (403).
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.utils.translation import gettext as _

from ttdn.accounts.capabilities import RESPOND_TO_MEDIA, SEE_ALL_PLANS, has_capability
from ttdn.monitoring.access import monitoring_required
from ttdn.monitoring.models import Flag, MediaResponse


def can_respond(user) -> bool:
    return has_capability(user, RESPOND_TO_MEDIA)


def require_responder(user) -> None:
    """404 for those who may not monitor, 403 for those who may only look."""
    monitoring_required(user)
    if not can_respond(user):
        raise PermissionDenied(
            _("Only press officers and the coordinating department act on flags and responses.")
        )


def can_change_response(user, response: MediaResponse) -> bool:
    if not can_respond(user):
        return False
    if has_capability(user, SEE_ALL_PLANS):
        return True
    return response.agency_id in user.agency_ids() or response.created_by_id == user.pk


def flag_get_for_user(user, pk, *, write: bool = False) -> Flag:
    monitoring_required(user)
    try:
        flag = Flag.objects.select_related("story").get(pk=pk)
    except (Flag.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such flag.")) from None
    if write:
        require_responder(user)
    return flag


def response_get_for_user(user, pk, *, write: bool = False) -> MediaResponse:
    monitoring_required(user)
    try:
        response = MediaResponse.objects.select_related(
            "story", "agency", "flag", "created_by"
        ).get(pk=pk)
    except (MediaResponse.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such response.")) from None
    if write and not can_change_response(user, response):
        require_responder(user)
        raise PermissionDenied(
            _("Only the responsible agency and the coordinating department change this response.")
        )
    return response
