"""Who may see and record activities, spokespersons and portal figures.

- Recording: holders of RECORD_ACTIVITIES, for their own agencies only (superusers for any).
- Seeing an activity: holders of READ_ACTIVITIES (coordinators, leaders, press officers)
  see every agency's; others see their own agencies' and those their agencies took part
  in. A confidential activity is seen only by the recording agency's members and holders
  of SEE_CONFIDENTIAL_ACTIVITIES (coordinators, leaders), and it is never counted.
- The list of spokespersons is published (Nghị định 09/2017/NĐ-CP): every signed-in user
  reads it. Portal figures follow the activities' rule without the confidential part.

"Not yours to see" is a 404 like "does not exist"; "you may see it but not change it" is
a 403.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from ttdn.accounts.capabilities import (
    READ_ACTIVITIES,
    RECORD_ACTIVITIES,
    SEE_CONFIDENTIAL_ACTIVITIES,
    has_capability,
)
from ttdn.activities.models import Activity, PortalContent, Spokesperson


def _signed_in(user) -> bool:
    return bool(getattr(user, "is_authenticated", False))


def can_record(user) -> bool:
    return has_capability(user, RECORD_ACTIVITIES)


def reads_all(user) -> bool:
    return has_capability(user, READ_ACTIVITIES)


def recording_agency_ids(user) -> frozenset[int] | None:
    """The agencies ``user`` may record for: ``None`` means any, an empty set none."""
    if not _signed_in(user) or not can_record(user):
        return frozenset()
    if user.is_superuser:
        return None
    return user.agency_ids()


def may_record(user) -> bool:
    """Whether ``user`` records entries at all (for some agency): the create pages and
    the API's create answer 403 otherwise."""
    return can_record(user) and recording_agency_ids(user) != frozenset()


def may_record_for(user, agency_id: int | None) -> bool:
    ids = recording_agency_ids(user)
    return agency_id is not None and (ids is None or agency_id in ids)


def activity_visibility_q(user) -> Q:
    """The condition on Activity rows that ``user`` may see."""
    if not _signed_in(user):
        return Q(pk__in=[])
    if user.is_superuser:
        return Q()
    mine = sorted(user.agency_ids())
    own = Q(agency_id__in=mine)
    cleared = Q(confidential=False) | own
    if has_capability(user, SEE_CONFIDENTIAL_ACTIVITIES):
        cleared = Q()
    if reads_all(user):
        return cleared
    involved = Exists(
        Activity.agencies.through.objects.filter(activity_id=OuterRef("pk"), agency_id__in=mine)
    )
    return own | (Q(confidential=False) & involved)


def visible_activities(user) -> QuerySet[Activity]:
    return Activity.objects.filter(activity_visibility_q(user))


def _own_or_all(user) -> Q:
    if not _signed_in(user):
        return Q(pk__in=[])
    if user.is_superuser or reads_all(user):
        return Q()
    return Q(agency_id__in=sorted(user.agency_ids()))


def visible_spokespersons(user) -> QuerySet[Spokesperson]:
    if not _signed_in(user):
        return Spokesperson.objects.none()
    return Spokesperson.objects.all()


def visible_portal_content(user) -> QuerySet[PortalContent]:
    return PortalContent.objects.filter(_own_or_all(user))


def _check_write(user, obj) -> None:
    if not may_record_for(user, obj.agency_id):
        raise PermissionDenied(_("Only the recording agency can change this entry."))


def activity_get_for_user(user, pk, *, kind: str | None = None, write: bool = False) -> Activity:
    """The activity (of register ``kind``), or 404; 403 for a change by someone who may
    see it but not record for its agency."""
    qs = visible_activities(user).select_related("agency", "accompanying_agency", "created_by")
    if kind:
        qs = qs.filter(kind=kind)
    try:
        activity = qs.get(pk=pk)
    except (Activity.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such activity.")) from None
    if write:
        _check_write(user, activity)
    return activity


def spokesperson_get_for_user(user, pk, *, write: bool = False) -> Spokesperson:
    try:
        person = visible_spokespersons(user).select_related("agency").get(pk=pk)
    except (Spokesperson.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such spokesperson.")) from None
    if write:
        _check_write(user, person)
    return person


def portal_content_get_for_user(user, pk, *, write: bool = False) -> PortalContent:
    try:
        row = visible_portal_content(user).select_related("agency").get(pk=pk)
    except (PortalContent.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such portal figure.")) from None
    if write:
        _check_write(user, row)
    return row


def activity_file_get_for_user(user, activity_pk, file_pk):
    """An attachment of an activity ``user`` may see, or 404."""
    activity = activity_get_for_user(user, activity_pk)
    try:
        return activity.files.get(pk=file_pk)
    except (activity.files.model.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such file.")) from None
