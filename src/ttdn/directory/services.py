"""Writes to the directory: loading administrative units and the agency seed.

Both loaders are idempotent (a second run creates and changes nothing), run in
one transaction, and write in bulk: on SQLite ``units_load`` takes about 1.5 s for
the ~4,100 units (most of it importing the package's data) and ``agencies_load``
under 1 s for the default provinces (about 4 s for all 34), so ``make run`` and
tests can call them freely. Rows are not ``full_clean``-ed one by one: the data
comes from the package and from ``seed.build``, which produces unique names and
valid date ranges by construction.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ttdn.core.text import fold
from ttdn.directory import gazetteer, seed
from ttdn.directory.models import (
    AdministrativeUnit,
    Agency,
    AgencyAlias,
    AgencySuccession,
    UnitLevel,
)
from ttdn.directory.selectors import forget_units

AGENCIES_JSON = seed.AGENCIES_JSON

_BATCH = 1000
UnitKey = tuple[str, str, datetime.date | None]  # (level, code, valid_to)


def _unit_key(division: gazetteer.Division) -> UnitKey:
    return (division.level, division.code, gazetteer.LEGACY_END if division.legacy else None)


def _province_key(code: str, *, legacy: bool) -> UnitKey:
    return (UnitLevel.PROVINCE, code, gazetteer.LEGACY_END if legacy else None)


# --- administrative units ------------------------------------------------------------


@transaction.atomic
def units_load() -> dict[str, int]:
    """Load today's provinces and communes and the pre-07/2025 provinces and districts.

    Legacy provinces and districts end on 30/06/2025 and link (``successors``) to the
    province they became part of; districts succeed to their province's successor.
    Units are matched on (level, code, generation), so re-running updates names
    in place and creates nothing new.
    """
    legacy_provinces = gazetteer.legacy_provinces()
    districts = gazetteer.legacy_districts()
    provinces = gazetteer.current_provinces()
    communes = gazetteer.current_communes()

    existing: dict[UnitKey, AdministrativeUnit] = {
        (u.level, u.code, u.valid_to): u for u in AdministrativeUnit.objects.all()
    }
    created = updated = 0

    def upsert(divisions: Iterable[gazetteer.Division], parent_of) -> None:
        nonlocal created, updated
        to_create: list[AdministrativeUnit] = []
        to_update: list[AdministrativeUnit] = []
        for d in divisions:
            parent = parent_of(d)
            values = {
                "name": d.name,
                "full_name": d.full_name,
                "division_type": d.division_type,
                "parent_id": parent.pk if parent else None,
                "valid_from": None if d.legacy else gazetteer.MERGER_DATE,
                "name_folded": fold(d.full_name),
            }
            key = _unit_key(d)
            unit = existing.get(key)
            if unit is None:
                unit = AdministrativeUnit(level=d.level, code=d.code, valid_to=key[2], **values)
                to_create.append(unit)
                existing[key] = unit
            elif any(getattr(unit, f) != v for f, v in values.items()):
                for f, v in values.items():
                    setattr(unit, f, v)
                to_update.append(unit)
        AdministrativeUnit.objects.bulk_create(to_create, batch_size=_BATCH)
        if to_update:
            AdministrativeUnit.objects.bulk_update(
                to_update,
                ["name", "full_name", "division_type", "parent", "valid_from", "name_folded"],
                batch_size=_BATCH,
            )
        created += len(to_create)
        updated += len(to_update)

    def province(code: str, *, legacy: bool) -> AdministrativeUnit:
        return existing[_province_key(code, legacy=legacy)]

    upsert(provinces, lambda d: None)
    upsert(legacy_provinces, lambda d: None)
    upsert(districts, lambda d: province(d.parent_code, legacy=True))
    upsert(communes, lambda d: province(d.parent_code, legacy=False))

    # Successor links: legacy province -> today's province; district -> its province's successor.
    successor_of = gazetteer.province_successor_codes()
    wanted: set[tuple[int, int]] = set()
    for p in legacy_provinces:
        wanted.add(
            (province(p.code, legacy=True).pk, province(successor_of[p.code], legacy=False).pk)
        )
    for d in districts:
        wanted.add(
            (existing[_unit_key(d)].pk, province(successor_of[d.parent_code], legacy=False).pk)
        )
    through = AdministrativeUnit.successors.through
    have = set(
        through.objects.values_list("from_administrativeunit_id", "to_administrativeunit_id")
    )
    links = [
        through(from_administrativeunit_id=a, to_administrativeunit_id=b)
        for a, b in sorted(wanted - have)
    ]
    through.objects.bulk_create(links, batch_size=_BATCH)
    forget_units()  # bulk writes send no signal

    return {
        "provinces": len(provinces),
        "communes": len(communes),
        "legacy_provinces": len(legacy_provinces),
        "legacy_districts": len(districts),
        "created": created,
        "updated": updated,
        "successor_links_created": len(links),
    }


# --- agencies ---------------------------------------------------------------------------


def agencies_seed_data(path: Path | None = None) -> dict:
    return seed.read_data(path)


@transaction.atomic
def agencies_load(
    *, provinces: Sequence[str] | None = None, path: Path | None = None
) -> dict[str, int]:
    """Create or update the agency seed (``data/agencies.json``) for some provinces.

    ``provinces`` are names of current or pre-2025 provinces ("Đồng Nai", "Phú Yên");
    each is widened to today's province and every province merged into it, and the
    usual bodies of all of them (plus district bodies and the central bodies) are
    generated. Default: the provinces of the seed documents. Agencies are matched on
    their canonical name; aliases and successions are added when missing. Nothing else is
    deleted, so aliases and successions added by an administrator survive a reload, but
    a succession the seed replaced: one from a body of the seed to another of its bodies
    with the kind and the day of a succession the seed now gives that body to a third
    (Sở Tài chính tỉnh Bình Phước merged on 01/07/2025 into Sở Tài chính tỉnh Đồng Nai,
    no more into the city's, which it became only on 30/04/2026). So a database loaded
    before a change of the seed is brought to what a fresh load gives by loading again.
    """
    data = agencies_seed_data(path)
    try:
        plan = seed.build(data, provinces=provinces or data["default_provinces"])
    except seed.UnknownProvince as exc:
        raise ValueError(_("Unknown province: {name}").format(name=exc.args[0])) from exc

    unit_ids = {
        (u["level"], u["code"], u["valid_to"]): u["id"]
        for u in AdministrativeUnit.objects.values("id", "level", "code", "valid_to")
    }
    for spec in plan.agencies:
        if spec.unit is not None and spec.unit not in unit_ids:
            raise ValueError(_("Administrative units are not loaded yet; run units_load first."))

    now = timezone.now()
    names = [s.name for s in plan.agencies]
    existing = {a.name: a for a in Agency.objects.filter(name__in=names)}

    def values(spec: seed.AgencySpec) -> dict:
        return {
            "short_name": spec.short_name,
            "kind": spec.kind,
            "unit_id": unit_ids[spec.unit] if spec.unit is not None else None,
            "valid_from": spec.valid_from,
            "valid_to": spec.valid_to,
            "parent_id": existing[spec.parent].pk if spec.parent else None,
        }

    # New agencies, parents first, so that nothing needs a second write.
    pending = [spec for spec in plan.agencies if spec.name not in existing]
    created = 0
    while pending:
        ready = [s for s in pending if not s.parent or s.parent in existing]
        if not ready:
            raise ValueError(_("The agency seed has a cycle of parents."))
        batch = [Agency(name=s.name, name_folded=fold(s.name), **values(s)) for s in ready]
        Agency.objects.bulk_create(batch, batch_size=_BATCH)
        existing.update((a.name, a) for a in batch)
        created += len(batch)
        pending = [s for s in pending if s.name not in existing]

    changed: list[Agency] = []
    for spec in plan.agencies:
        agency, wanted = existing[spec.name], values(spec)
        if any(getattr(agency, f) != v for f, v in wanted.items()):
            for f, v in wanted.items():
                setattr(agency, f, v)
            agency.updated_at = now
            changed.append(agency)
    if changed:
        Agency.objects.bulk_update(
            changed,
            ["short_name", "kind", "unit", "parent", "valid_from", "valid_to", "updated_at"],
            batch_size=_BATCH,
        )

    ids = [existing[n].pk for n in names]
    have_aliases = set(
        AgencyAlias.objects.filter(agency_id__in=ids).values_list("agency_id", "alias")
    )
    new_aliases: list[AgencyAlias] = []
    for spec in plan.agencies:
        pk = existing[spec.name].pk
        for alias in spec.aliases:
            if (pk, alias) not in have_aliases:
                have_aliases.add((pk, alias))
                new_aliases.append(AgencyAlias(agency_id=pk, alias=alias, alias_folded=fold(alias)))
    AgencyAlias.objects.bulk_create(new_aliases, batch_size=_BATCH)

    have_succ = {
        (s.predecessor_id, s.successor_id): s
        for s in AgencySuccession.objects.filter(predecessor_id__in=ids)
    }
    wanted = {
        (existing[link.predecessor].pk, existing[link.successor].pk): link
        for link in plan.successions
    }
    changes = {(pred, link.kind, link.effective_date) for (pred, _), link in wanted.items()}
    seeded = set(ids)
    replaced = [
        s.pk
        for pair, s in have_succ.items()
        if pair not in wanted
        and s.successor_id in seeded
        and (s.predecessor_id, s.kind, s.effective_date) in changes
    ]
    AgencySuccession.objects.filter(pk__in=replaced).delete()
    new_succ: list[AgencySuccession] = []
    changed_succ: list[AgencySuccession] = []
    for (pred, succ), link in wanted.items():
        values = {
            "kind": link.kind,
            "effective_date": link.effective_date,
            "primary": link.primary,
            "note": link.note,
        }
        current = have_succ.get((pred, succ))
        if current is None:
            new_succ.append(AgencySuccession(predecessor_id=pred, successor_id=succ, **values))
        elif any(getattr(current, f) != v for f, v in values.items()):
            for f, v in values.items():
                setattr(current, f, v)
            changed_succ.append(current)
    AgencySuccession.objects.bulk_create(new_succ, batch_size=_BATCH)
    if changed_succ:
        AgencySuccession.objects.bulk_update(
            changed_succ, ["kind", "effective_date", "primary", "note"]
        )

    return {
        "agencies": len(plan.agencies),
        "agencies_created": created,
        "agencies_updated": len(changed),
        "aliases_created": len(new_aliases),
        "successions_created": len(new_succ),
        "successions_updated": len(changed_succ),
        "successions_replaced": len(replaced),
    }
