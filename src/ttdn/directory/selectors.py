"""Reads of the directory."""

from __future__ import annotations

import datetime
import re
import time
from collections import defaultdict
from collections.abc import Collection

from django.db import connection
from django.db.models import Exists, Model, OuterRef, Q, QuerySet

from ttdn.core.text import fold
from ttdn.directory import seed
from ttdn.directory.models import AdministrativeUnit, Agency, AgencyAlias, UnitLevel

_AGGREGATE = re.compile(r"(COUNT|MAX|MIN|SUM)\((LENGTH\()?(\*|\w+)\)?\)")


def tables_fingerprint(*parts: tuple[type[Model], str]) -> tuple:
    """One row of aggregates, one per ``(model, aggregate)`` (``"COUNT(*)"``,
    ``"MAX(field)"``, ``"MIN(field)"``, ``"SUM(LENGTH(field))"`` …), read in a single query: what changes when
    those tables are edited. Caches shared by a process (the agency index, the names of
    places) check it before every document they serve; the ORM's aggregates cost ten
    times as much as this one statement."""
    quote = connection.ops.quote_name
    columns = []
    for model, aggregate in parts:
        match = _AGGREGATE.fullmatch(aggregate)
        if not match:
            raise ValueError(f"not an aggregate of a fingerprint: {aggregate}")
        function, length, field = match.groups()
        column = field if field == "*" else quote(model._meta.get_field(field).column)
        if length:
            column = f"LENGTH({column})"
        table = quote(model._meta.db_table)
        # names from the models, the aggregate checked above: nothing here comes from input
        columns.append(f"(SELECT {function}({column}) FROM {table})")  # noqa: S608
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {', '.join(columns)}")
        return tuple(cursor.fetchone())


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


def unit_name_on(unit: AdministrativeUnit | None, day: datetime.date | None) -> str:
    """How ``unit`` was named on ``day`` (today's name when ``None``): "Tỉnh Đồng Nai" for
    a day before 30/04/2026, when the province became a city under the centre.

    The division data dates its generations, not each city's change: it names such a unit
    as it is today in every generation that calls it a city (today's Đồng Nai, and Huế in
    the units before 07/2025 though it became a city on 01/01/2025). The days and the
    provinces the cities were made from are the seed's (``seed.city_changes``)."""
    if unit is None:
        return ""
    if (
        day is not None
        and unit.level == UnitLevel.PROVINCE
        and unit.division_type == "thành phố trung ương"
    ):
        folded = fold(unit.name)
        for change in seed.city_changes():
            if change.former_province and fold(change.name) == folded and day < change.since:
                return f"Tỉnh {change.former_province}"
    return str(unit)


def agency_unit_name(agency: Agency) -> str:
    """The name of ``agency``'s unit as it was while the agency was valid (on its last day
    when it has ended: "Ủy ban nhân dân tỉnh Đồng Nai", valid to 29/04/2026, was a body of
    Tỉnh Đồng Nai, not of today's Thành phố Đồng Nai)."""
    return unit_name_on(agency.unit, agency.valid_to) if agency.unit_id else ""


def unit_named(
    name: str | None, *, level: str | None = None, year: int | None = None
) -> AdministrativeUnit | None:
    """The unit called ``name`` ("Đồng Nai", "dau tieng"), preferring ``level`` and the unit
    as it was in ``year`` (a 2018 plan of a province merged in 2025 gets the old province).

    Diacritics and case are ignored (the names are looked up in :func:`units_by_name`).
    """
    if not name:
        return None
    return _unit_among(_units_called(units_by_name(), name), level=level, year=year)


def _former_names() -> dict[str, tuple[str, datetime.date]]:
    """The folded names of the provinces cities under the centre were made from under
    another name, with the city's and the day it began ("thua thien hue" → ("hue",
    01/01/2025); ``seed.city_changes``)."""
    return {
        fold(change.former_province): (fold(change.name), change.since)
        for change in seed.city_changes()
        if change.former_province and fold(change.former_province) != fold(change.name)
    }


def _units_called(
    table: dict[str, list[AdministrativeUnit]], name: str
) -> list[AdministrativeUnit]:
    """The units of ``table`` called ``name``; for the name of a province a city under the
    centre was made from, which the division data does not keep ("Thừa Thiên Huế"), the
    city's units that were there before the city began (the units until 07/2025: the same
    province), whatever the year: the name is of that time."""
    folded = fold(name)
    if folded in table or folded not in (former := _former_names()):
        return table.get(folded, [])
    city, since = former[folded]
    units = table.get(city, [])
    return [u for u in units if u.valid_from is None or u.valid_from < since] or units


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


_UNITS: dict[str, object] = {}
UNIT_NAMES_MAX_AGE = 300.0  # seconds; a safety net for edits the fingerprint cannot see


def units_by_name() -> dict[str, list[AdministrativeUnit]]:
    """Every unit by its folded name ("quang tri"), each name's units in the order
    :func:`unit_named`'s query gives them (level, then name). Shared by the process and
    read again when this process changes the units (:func:`forget_units`), when another
    did (one query of aggregates tells), or after ``UNIT_NAMES_MAX_AGE`` seconds; the
    lists must not be changed."""
    fingerprint = tables_fingerprint(
        (AdministrativeUnit, "COUNT(*)"),
        (AdministrativeUnit, "MAX(id)"),
        (AdministrativeUnit, "MIN(name_folded)"),  # these two from the index
        (AdministrativeUnit, "MAX(name_folded)"),
    )
    now = time.monotonic()
    if (
        _UNITS.get("fingerprint") != fingerprint
        or now - _UNITS.get("built", 0.0) > UNIT_NAMES_MAX_AGE
    ):
        names: dict[str, list[AdministrativeUnit]] = defaultdict(list)
        for unit in AdministrativeUnit.objects.order_by("level", "name", "id"):
            names[fold(unit.name)].append(unit)
        _UNITS.update(names=dict(names), fingerprint=fingerprint, built=now)
        _UNITS.pop("central", None)  # (read again from these units)
    return _UNITS["names"]  # type: ignore[return-value]


def forget_units(**_signal) -> None:
    """Drop the shared table of units by name: the units were just changed (a receiver of
    their ``post_save`` and ``post_delete``, and the end of ``units_load``)."""
    _UNITS.clear()


class DocumentPlaces:
    """The directory's answers about places for one document being read (what the importer's
    reader asks: ``ttdn.importer.extract.metadata.Places``), from the process's shared
    table of units by name: one query of aggregates per document, not one per question."""

    def __init__(self) -> None:
        self._units: dict[str, list[AdministrativeUnit]] | None = None
        self._provinces: frozenset[str] | None = None

    def _named(self, folded_names: Collection[str]) -> dict[str, list[AdministrativeUnit]]:
        """The units called each of ``folded_names`` (as :func:`unit_named` finds them)."""
        if self._units is None:
            self._units = units_by_name()
        return {n: self._units.get(fold(n), []) for n in folded_names if n}

    def spelling(self, folded_names: Collection[str]) -> dict[str, str]:
        """The names among ``folded_names`` that are units, as the directory spells them."""
        return {n: units[0].name for n, units in self._named(folded_names).items() if units}

    def unit(
        self, name: str | None, *, level: str | None = None, year: int | None = None
    ) -> AdministrativeUnit | None:
        """:func:`unit_named`, from the names already asked about."""
        if not name:
            return None
        if self._units is None:
            self._units = units_by_name()
        return _unit_among(_units_called(self._units, name), level=level, year=year)

    def provinces(self) -> frozenset[str]:
        """:func:`province_names_folded`, from the shared table."""
        if self._provinces is None:
            if self._units is None:
                self._units = units_by_name()
            self._provinces = frozenset(
                name
                for name, units in self._units.items()
                if any(u.level == UnitLevel.PROVINCE for u in units)
            )
        return self._provinces

    def central_cities(self, year: int | None = None) -> frozenset[str]:
        """The folded names of the provinces the division data calls cities governed by the
        centre ("ha noi", "hue"; "dong nai", "quang ninh", "bac ninh" in today's units), as
        the generation of units valid in ``year`` has them (today's when ``None``): the
        units before July 2025 (valid until 30/06/2025) call Huế one and Đồng Nai a
        province. The data dates its generations, not each city's change: the days the
        resolutions give are the seed's (``seed.city_changes``), which the reader takes its
        years from (``ttdn.importer.extract.metadata``)."""
        if self._units is None:
            self._units = units_by_name()
        if "central" not in _UNITS:  # (shared by the process, with the table it reads)
            # (each such unit with its generation's dates; the answers kept by year)
            _UNITS["central"] = (
                tuple(
                    (name, unit.valid_from, unit.valid_to)
                    for name, units in self._units.items()
                    for unit in units
                    if unit.level == UnitLevel.PROVINCE
                    and unit.division_type == "thành phố trung ương"
                ),
                {},
            )
        cities, answers = _UNITS["central"]  # type: ignore[misc]
        if year not in answers:
            first, last = (
                (datetime.date(year, 1, 1), datetime.date(year, 12, 31)) if year else (None, None)
            )
            answers[year] = frozenset(
                name
                for name, valid_from, valid_to in cities
                if (valid_to is None if year is None else valid_to is None or valid_to >= first)
                and (year is None or valid_from is None or valid_from <= last)
            )
        return answers[year]


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
