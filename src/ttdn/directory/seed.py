"""Turn ``data/agencies.json`` into agency and succession specs (pure, no database).

For each requested province we take today's province it belongs to and every
pre-07/2025 province merged into it, then generate:

* for each pre-2025 province, the bodies of eras ``pre`` (until 28/02/2025) and
  ``mid`` (01/03-30/06/2025), linked by the 01/03/2025 department reorganisation
  (``successors`` in the template: Sở TT&TT -> Sở KH&CN, TTĐN duties -> Sở VHTTDL);
* for each of its districts, the district bodies (abolished in 2025);
* for today's province, the bodies of era ``post`` (from 01/07/2025); every
  ``mid`` body of a merged province succeeds to the body with the same key (or
  its ``merges_into`` key) in today's province.

A body that keeps its exact name across the change (Sở Tài chính tỉnh Đắk Lắk,
Công an thành phố Cần Thơ) is one continuing agency, not two.

A province made a city under the centre (``cities_under_the_centre`` in the data, with
the day and the resolution: Huế from 01/01/2025, Đồng Nai from 30/04/2026, Quảng Ninh,
Bắc Ninh) has the province's bodies ("Ủy ban nhân dân tỉnh Đồng Nai", "Tỉnh ủy Đồng
Nai") until the day before and the city's ("… thành phố Đồng Nai", "Thành ủy Đồng Nai")
from the day, each linked to the next by a rename; the division data names such a unit
as it is today in every generation it calls a city, so its dates are the seed's.
"""

from __future__ import annotations

import dataclasses
import datetime
import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from ttdn.core.text import fold, fold_words
from ttdn.directory import gazetteer
from ttdn.directory.gazetteer import LEGACY_END, Division

AGENCIES_JSON = Path(__file__).resolve().parent / "data" / "agencies.json"

UnitKey = tuple[str, str, datetime.date | None]  # (level, code, valid_to)
Period = tuple[datetime.date | None, datetime.date | None]

ALL_ERAS = ("pre", "mid", "post")
_DAY = datetime.timedelta(days=1)


class UnknownProvince(LookupError):
    pass


@dataclass
class AgencySpec:
    name: str
    kind: str
    short_name: str = ""
    unit: UnitKey | None = None
    valid_from: datetime.date | None = None
    valid_to: datetime.date | None = None
    aliases: list[str] = field(default_factory=list)
    parent: str | None = None  # canonical name


@dataclass(frozen=True)
class SuccessionSpec:
    predecessor: str
    successor: str
    kind: str
    effective_date: datetime.date
    primary: bool = False
    note: str = ""


@dataclass
class SeedPlan:
    agencies: list[AgencySpec]
    successions: list[SuccessionSpec]


@dataclass(frozen=True)
class CityChange:
    """A province-level unit that came under the centre as a city on ``since``."""

    name: str  # today's name, as the division data spells it: "Đồng Nai", "Huế"
    since: datetime.date
    resolution: str
    former_province: str | None  # the province it was made from, when its bodies are dated
    note: str = ""  # the note of the rename of its bodies


def read_data(path: Path | None = None) -> dict:
    """The directory's seed data (``data/agencies.json``)."""
    with open(path or AGENCIES_JSON, encoding="utf-8") as fh:
        return json.load(fh)


def city_changes_in(data: dict) -> tuple[CityChange, ...]:
    """The cities of ``cities_under_the_centre`` in ``data``, with the days they became so."""
    table = data.get("cities_under_the_centre", {})
    out = []
    for row in table.get("cities", []):
        since = datetime.date.fromisoformat(row["since"])
        note = table.get("note", "").format(
            former=row["former_province"],
            name=row["name"],
            resolution=row["resolution"],
            date=f"{since:%d/%m/%Y}",
        )
        out.append(CityChange(row["name"], since, row["resolution"], row["former_province"], note))
    return tuple(out)


@cache
def city_changes() -> tuple[CityChange, ...]:
    """:func:`city_changes_in` the directory's data: the one table of the days the cities
    came under the centre (the importer reads its years from it)."""
    return city_changes_in(read_data())


def central_since() -> dict[str, datetime.date]:
    """The folded names of the cities of :func:`city_changes`, and of the provinces they
    were made from ("thua thien hue"), with the day the city came under the centre."""
    out: dict[str, datetime.date] = {}
    for change in city_changes():
        for name in (change.name, change.former_province):
            if name:
                out.setdefault(fold(name), change.since)
    return out


@dataclass(frozen=True)
class _Ctx:
    """Placeholder values for one unit."""

    loc: str
    name: str
    party: str
    pname: str
    abbr: str
    loc_variants: tuple[str, ...]

    def render(self, pattern: str, loc: str | None = None) -> str:
        return " ".join(
            pattern.format(
                loc=self.loc if loc is None else loc,
                name=self.name,
                Party=self.party,
                pname=self.pname,
                abbr=self.abbr,
            ).split()
        )


def initials(name: str) -> str:
    """ "Đồng Nai" -> "ĐN"; "Bà Rịa - Vũng Tàu" -> "BRVT"."""
    return "".join(word[0].upper() for word in name.replace("-", " ").split() if word[0].isalpha())


def _date(value: str | None) -> datetime.date | None:
    return datetime.date.fromisoformat(value) if value else None


def _unit_key(d: Division) -> UnitKey:
    return (d.level, d.code, LEGACY_END if d.legacy else None)


# The party committee of a district by the district's kind: "Huyện ủy Thường Tín", "Quận
# ủy Ba Đình", "Thị ủy Sơn Tây", "Thành ủy Biên Hòa" (a city under a province).
_DISTRICT_PARTY = {
    "huyện": "Huyện ủy",
    "quận": "Quận ủy",
    "thị xã": "Thị ủy",
    "thành phố": "Thành ủy",
}


class _Builder:
    def __init__(self, data: dict) -> None:
        self.data = data
        self.reorganised = _date(data["dates"]["reorganised"])
        self.merged = _date(data["dates"]["merged"])
        self.overrides = {fold_words(k): v for k, v in data.get("overrides", {}).items()}
        self.cities = {
            fold_words(c.name): c for c in city_changes_in(data) if c.former_province is not None
        }
        # (the provinces that have a body only some have, folded, by its key and era)
        self.only = {
            (t["key"], era): {fold_words(name) for name in names}
            for t in data["province_bodies"]
            for era, names in t.get("only", {}).items()
        }
        self.specs: dict[str, AgencySpec] = {}
        self.links: list[SuccessionSpec] = []

    # --- contexts and templates --------------------------------------------------------

    def _override(self, d: Division) -> dict:
        return self.overrides.get(fold_words(d.name), {})

    def province_ctx(self, d: Division) -> _Ctx:
        ov = self._override(d)
        loc = ov.get("locality", d.locality)
        variants = dict.fromkeys([loc, d.locality, d.name, *ov.get("locality_aliases", [])])
        return _Ctx(
            loc=loc,
            name=d.name,
            party="Thành ủy" if d.type_word == "thành phố" else "Tỉnh ủy",
            pname=ov.get("party_locality", d.name),
            abbr=initials(d.name),
            loc_variants=tuple(variants),
        )

    def district_ctx(self, d: Division, province: Division) -> _Ctx:
        plain = d.locality
        if fold_words(plain) in gazetteer.ambiguous_localities():
            loc = f"{plain}, {self.province_ctx(province).loc}"
            variants: tuple[str, ...] = (loc, f"{plain} {self.province_ctx(province).loc}", plain)
            # ("Huyện ủy Châu Thành, tỉnh Hậu Giang": the party committee's name is as
            # shared as the place's; {name} alone gives the name as written)
            pname = f"{d.name}, {self.province_ctx(province).loc}"
        else:
            # ("Quận ủy Quận 5": a numbered district's party committee names it whole)
            loc, variants = plain, (plain, d.name)
            pname = d.full_name if d.name.isdigit() else d.name
        return _Ctx(
            loc=loc,
            name=d.name,
            party=_DISTRICT_PARTY.get(d.type_word, ""),
            pname=pname,
            abbr=initials(d.name),
            loc_variants=variants,
        )

    def province_templates(self, d: Division) -> dict[str, dict]:
        era = "pre" if d.legacy else "post"
        templates = {
            t["key"]: t
            for t in self.data["province_bodies"]
            # (a body only some provinces have: the border guard's command)
            if "only" not in t or fold_words(d.name) in self.only[t["key"], era]
        }
        ov = self._override(d)
        for key, change in ov.get("templates", {}).items():
            if change is None:
                templates.pop(key, None)
            else:
                templates[key] = {**templates.get(key, {"key": key}), **change}
        for extra in ov.get("extra", []):
            templates[extra["key"]] = extra
        return templates

    # --- specs ------------------------------------------------------------------------

    def add(
        self,
        template: dict,
        ctxs: Sequence[_Ctx],
        *,
        unit: UnitKey | None,
        valid_from: datetime.date | None,
        valid_to: datetime.date | None,
        parent: str | None = None,
    ) -> str:
        primary = ctxs[0]
        name = primary.render(template["name"])
        aliases: dict[str, None] = {}
        for pattern in (template["name"], *template.get("aliases", [])):
            for ctx in ctxs:
                for loc in ctx.loc_variants:
                    aliases[ctx.render(pattern, loc)] = None
        aliases.pop(name, None)
        spec = AgencySpec(
            name=name,
            kind=template["kind"],
            short_name=primary.render(template.get("short", "")),
            unit=unit,
            valid_from=valid_from,
            valid_to=valid_to,
            aliases=list(aliases),
            parent=parent,
        )
        known = self.specs.get(name)
        if known is None:
            self.specs[name] = spec
            return name
        # The same body before and after a change: one agency over the union of both periods.
        known.valid_from = (
            None
            if None in (known.valid_from, spec.valid_from)
            else min(known.valid_from, spec.valid_from)
        )
        known.valid_to = (
            None if None in (known.valid_to, spec.valid_to) else max(known.valid_to, spec.valid_to)
        )
        known.unit, known.kind, known.short_name = spec.unit, spec.kind, spec.short_name
        known.parent = spec.parent or known.parent
        known.aliases = list(dict.fromkeys([*known.aliases, *spec.aliases]))
        return name

    def link(
        self, pred: str, succ: str, kind: str, on: datetime.date, *, primary=False, note=""
    ) -> None:
        if pred != succ:
            self.links.append(SuccessionSpec(pred, succ, kind, on, primary, note))

    def _generate(
        self, templates: dict[str, dict], ctxs: Sequence[_Ctx], unit: UnitKey, dates
    ) -> dict[str, str]:
        """Specs for a set of templates; ``dates(template)`` gives (valid_from, valid_to) or None."""
        names: dict[str, str] = {}
        chosen = [(k, t, dates(t)) for k, t in templates.items()]
        for key, template, period in chosen:
            if period is not None:
                names[key] = self.add(
                    template, ctxs, unit=unit, valid_from=period[0], valid_to=period[1]
                )
        for key, template, period in chosen:  # parents, now that every name is known
            if period is not None and template.get("parent") in names:
                self.specs[names[key]].parent = names[template["parent"]]
        return names

    def _generate_dated(
        self,
        templates: dict[str, dict],
        d: Division,
        unit: UnitKey,
        dates: Callable[[dict], Period | None],
        *,
        on: datetime.date,
        more: Sequence[_Ctx] = (),
    ) -> dict[str, str]:
        """:meth:`_generate` for a province's templates, ``more`` contexts giving more
        aliases; for a province that became a city under the centre, the province's bodies
        until the day before and the city's from the day, each linked to the next by a
        rename. The names of the bodies valid ``on`` that day (else the nearest)."""
        change = self.cities.get(fold_words(d.name))
        if change is None:
            return self._generate(templates, [self.province_ctx(d), *more], unit, dates)
        since = change.since
        province = self.province_ctx(
            dataclasses.replace(
                d,
                name=change.former_province,
                full_name=f"Tỉnh {change.former_province}",
                division_type="tỉnh",
            )
        )
        city = self.province_ctx(
            dataclasses.replace(
                d, full_name=f"Thành phố {d.name}", division_type="thành phố trung ương"
            )
        )

        def clipped(start: datetime.date | None, end: datetime.date | None):
            def period(t: dict) -> Period | None:
                whole = dates(t)
                if whole is None:
                    return None
                first = max((day for day in (whole[0], start) if day), default=None)
                last = min((day for day in (whole[1], end) if day), default=None)
                return None if first and last and first > last else (first, last)

            return period

        before = self._generate(
            templates, list(dict.fromkeys([province, *more])), unit, clipped(None, since - _DAY)
        )
        # (the city's bodies are also found by the province's spellings, as they were)
        after = self._generate(
            templates, list(dict.fromkeys([city, province, *more])), unit, clipped(since, None)
        )
        for key in [k for k in before if k in after]:
            self.link(before[key], after[key], "renamed", since, primary=True, note=change.note)
        return {**after, **before} if on < since else {**before, **after}

    def legacy_province(self, d: Division) -> tuple[dict[str, str], dict[str, dict]]:
        templates = self.province_templates(d)

        def period(t):
            eras = t.get("eras", ALL_ERAS)
            if "pre" not in eras and "mid" not in eras:
                return None
            start = _date(t.get("valid_from")) or (None if "pre" in eras else self.reorganised)
            end = _date(t.get("valid_to")) or (
                LEGACY_END if "mid" in eras else self.reorganised - _DAY
            )
            return (start, end)

        # (the names at the generation's end, which its changes go from)
        names = self._generate_dated(templates, d, _unit_key(d), period, on=LEGACY_END)
        for key, name in names.items():
            for change in templates[key].get("successors", []):
                if change["to"] in names:
                    self.link(
                        name,
                        names[change["to"]],
                        change["kind"],
                        _date(change.get("date")) or self.reorganised,
                        primary=change.get("primary", False),
                        note=change.get("note", ""),
                    )
        return names, templates

    def current_province(self, d: Division, sources: Iterable[Division]) -> dict[str, str]:
        """Today's province's bodies; the names of those valid on the merger's day."""
        # Same name, different type (Tỉnh Đồng Nai -> Thành phố Đồng Nai): the old
        # spellings stay as aliases of today's bodies.
        more = [
            self.province_ctx(s)
            for s in sources
            if fold_words(s.name) == fold_words(d.name) and s.type_word != d.type_word
        ]
        templates = self.province_templates(d)
        return self._generate_dated(
            templates,
            d,
            _unit_key(d),
            lambda t: (self.merged, None) if "post" in t.get("eras", ALL_ERAS) else None,
            on=self.merged,
            more=more,
        )

    def districts(
        self, province: Division, legacy_names: dict[str, str], current_names: dict[str, str]
    ) -> None:
        templates = {t["key"]: t for t in self.data["district_bodies"]}
        for d in gazetteer.legacy_districts():
            if d.parent_code != province.code:
                continue
            names = self._generate(
                templates,
                [self.district_ctx(d, province)],
                _unit_key(d),
                lambda t: (_date(t.get("valid_from")), _date(t.get("valid_to")) or LEGACY_END),
            )
            for key, name in names.items():
                for change in templates[key].get("successors", []):
                    scope, _, target_key = change["to"].partition(":")
                    target = {
                        "district": names,
                        "province": legacy_names,
                        "current": current_names,
                    }[scope].get(target_key)
                    if target:
                        self.link(
                            name,
                            target,
                            change["kind"],
                            _date(change.get("date")) or self.merged,
                            primary=change.get("primary", False),
                            note=change.get("note", ""),
                        )

    def group(self, current: Division) -> None:
        sources = gazetteer.legacy_sources(current.code)
        legacy = [(s, *self.legacy_province(s)) for s in sources]
        current_names = self.current_province(current, sources)
        kind = "merged" if len(sources) > 1 else "renamed"
        for province, names, templates in legacy:
            for key, name in names.items():
                if "mid" not in templates[key].get("eras", ALL_ERAS):
                    continue
                target_key = key if key in current_names else templates[key].get("merges_into")
                target = current_names.get(target_key)
                if target:
                    self.link(
                        name,
                        target,
                        kind,
                        self.merged,
                        primary=True,
                        note=self.data.get("merge_note", ""),
                    )
            self.districts(province, names, current_names)

    def central(self) -> None:
        bodies = self.data.get("central", [])
        names = {
            b["key"]: self.add(
                b,
                [_Ctx("", "", "", "", "", ("",))],
                unit=None,
                valid_from=_date(b.get("valid_from")),
                valid_to=_date(b.get("valid_to")),
            )
            for b in bodies
        }
        for b in bodies:
            if b.get("parent") in names:
                self.specs[names[b["key"]]].parent = names[b["parent"]]
            for change in b.get("successors", []):
                self.link(
                    names[b["key"]],
                    names[change["to"]],
                    change["kind"],
                    _date(change["date"]),
                    primary=change.get("primary", False),
                    note=change.get("note", ""),
                )


def province_groups(names: Iterable[str]) -> list[Division]:
    """Today's provinces covering the named (current or pre-2025) provinces, in code order."""
    successor = gazetteer.province_successor_codes()
    by_code = {p.code: p for p in gazetteer.current_provinces()}
    codes: set[str] = set()
    for name in names:
        found = gazetteer.find_province(name)
        if found is None:
            raise UnknownProvince(name)
        codes.add(successor[found.code] if found.legacy else found.code)
    return [by_code[c] for c in sorted(codes)]


def all_province_names() -> list[str]:
    return [p.name for p in gazetteer.current_provinces()]


def build(data: dict, *, provinces: Iterable[str]) -> SeedPlan:
    builder = _Builder(data)
    builder.central()
    for current in province_groups(provinces):
        builder.group(current)
    unique = {(s.predecessor, s.successor): s for s in builder.links}
    return SeedPlan(agencies=list(builder.specs.values()), successions=list(unique.values()))
