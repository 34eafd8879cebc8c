"""Reads of the directory."""

from __future__ import annotations

import datetime
from collections.abc import Collection

from django.db.models import Exists, OuterRef, Q, QuerySet

from ttdn.core.text import fold
from ttdn.directory.models import AdministrativeUnit, Agency, AgencyAlias, UnitLevel


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


def unit_named(
    name: str | None, *, level: str | None = None, year: int | None = None
) -> AdministrativeUnit | None:
    """The unit called ``name`` ("Đồng Nai", "dau tieng"), preferring ``level`` and the unit
    as it was in ``year`` (a 2018 plan of a province merged in 2025 gets the old province).

    Diacritics and case are ignored; ``name_folded`` holds the full name ("tinh dong nai"),
    so the lookup is by suffix and then checked word for word.
    """
    if not name:
        return None
    folded = fold(name)
    candidates = [
        u
        for u in AdministrativeUnit.objects.filter(name_folded__endswith=folded)[:50]
        if fold(u.name) == folded
    ]
    return _unit_among(candidates, level=level, year=year)


def _unit_among(
    candidates: list[AdministrativeUnit], *, level: str | None, year: int | None
) -> AdministrativeUnit | None:
    """The one of ``candidates`` (units of one name) at ``level`` and valid in ``year``."""
    if level:
        candidates = [u for u in candidates if u.level == level] or candidates
    if year and candidates:
        on = datetime.date(year, 12, 31)
        valid = [
            u
            for u in candidates
            if (u.valid_to is None or u.valid_to >= on)
            and (u.valid_from is None or u.valid_from <= on)
        ]
        candidates = valid or candidates
    return candidates[0] if candidates else None


class DocumentPlaces:
    """The directory's answers about places for one document being read (what the importer's
    reader asks: ``ttdn.importer.extract.metadata.Places``). Every answer is kept, so each
    name costs one query at most, and the names asked together cost one."""

    def __init__(self) -> None:
        self._units: dict[str, list[AdministrativeUnit]] = {}
        self._provinces: frozenset[str] | None = None

    def _named(self, folded_names: Collection[str]) -> dict[str, list[AdministrativeUnit]]:
        """The units called each of ``folded_names`` (as :func:`unit_named` finds them)."""
        wanted = {fold(n) for n in folded_names if n} - self._units.keys()
        if wanted:
            suffix = Q()
            for folded in sorted(wanted):
                suffix |= Q(name_folded__endswith=folded)
            rows = list(AdministrativeUnit.objects.filter(suffix))
            for folded in wanted:
                self._units[folded] = [u for u in rows if fold(u.name) == folded]
        return {n: self._units[fold(n)] for n in folded_names if n}

    def spelling(self, folded_names: Collection[str]) -> dict[str, str]:
        """The names among ``folded_names`` that are units, as the directory spells them."""
        return {n: units[0].name for n, units in self._named(folded_names).items() if units}

    def unit(
        self, name: str | None, *, level: str | None = None, year: int | None = None
    ) -> AdministrativeUnit | None:
        """:func:`unit_named`, from the names already asked about."""
        if not name:
            return None
        return _unit_among(self._named((name,))[name], level=level, year=year)

    def provinces(self) -> frozenset[str]:
        """:func:`province_names_folded`, asked once."""
        if self._provinces is None:
            self._provinces = province_names_folded()
        return self._provinces


def province_names_folded() -> frozenset[str]:
    """The folded names of every province and centrally governed city, those of before the
    2025 merger too ("binh dinh", "thua thien hue", "ha noi")."""
    names = AdministrativeUnit.objects.filter(level=UnitLevel.PROVINCE).values_list(
        "name", flat=True
    )
    return frozenset(fold(name) for name in names)


def province_ids_of(unit_ids) -> dict[int, int]:
    """For each of ``unit_ids``, its province: the unit itself, its parent or its
    grandparent, whichever has no parent (province → district → commune; one query).
    Unknown ids are left out."""
    ids = sorted({int(pk) for pk in unit_ids if pk is not None})
    if not ids:
        return {}
    rows = AdministrativeUnit.objects.filter(pk__in=ids).values_list(
        "pk", "parent_id", "parent__parent_id"
    )
    return {pk: grandparent or parent or pk for pk, parent, grandparent in rows}


def units_with_lower_q(unit_ids) -> Q:
    """The condition on AdministrativeUnit rows for ``unit_ids`` with their lower units
    (province → district → commune): the one rule of "in a unit" that the oversight scope,
    the indicators and the budget's figures share."""
    ids = sorted({int(pk) for pk in unit_ids})
    return Q(pk__in=ids) | Q(parent_id__in=ids) | Q(parent__parent_id__in=ids)
