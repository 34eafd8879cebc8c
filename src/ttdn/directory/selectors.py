"""Reads of the directory."""

from __future__ import annotations

from django.db.models import Exists, OuterRef, Q, QuerySet

from ttdn.core.text import fold
from ttdn.directory.models import AdministrativeUnit, Agency, AgencyAlias


def agency_list(
    *, unit: AdministrativeUnit | None = None, kind: str | None = None, q: str | None = None
) -> QuerySet[Agency]:
    """Agencies, optionally of one unit (and its sub-units), one kind, matching ``q``.

    ``q`` ignores case and diacritics ("so tt&tt" finds "Sở TT&TT") and searches
    canonical names and aliases.
    """
    qs = Agency.objects.select_related("unit")
    if unit is not None:
        qs = qs.filter(Q(unit=unit) | Q(unit__parent=unit) | Q(unit__parent__parent=unit))
    if kind:
        qs = qs.filter(kind=kind)
    if q and (needle := fold(q)):
        alias_match = AgencyAlias.objects.filter(
            agency=OuterRef("pk"), alias_folded__contains=needle
        )
        qs = qs.filter(Q(name_folded__contains=needle) | Exists(alias_match))
    return qs.order_by("name")


def agency_get(pk: int) -> Agency | None:
    return Agency.objects.select_related("unit", "parent").filter(pk=pk).first()
