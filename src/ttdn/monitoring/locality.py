"""The names a locality goes by in the press: today's and before the 2025 mergers.

For a province (``directory.AdministrativeUnit``, current generation) the names are:

* the province's own name and the names of the pre-07/2025 provinces merged into it
  (Đồng Nai: "Đồng Nai", "Bình Phước"), matched with or without diacritics — foreign
  outlets write "Dong Nai", "Binh Phuoc";
* the former districts that became part of it and its communes and wards of today. Those
  names are short and repeat across provinces ("Tân Phú"), so they match only as written
  with diacritics ("Biên Hòa"), or without diacritics after their kind ("thanh pho Bien
  Hoa", "xa Tan Phu"); a former provincial city ("thành phố Biên Hòa") also matches as
  "Bien Hoa" alone.

``locality_node(unit)`` is a query tree (an OR of terms) that a topic "about the locality"
ANDs with its own query; ``locality_names(unit)`` lists the names for people.
"""

from __future__ import annotations

from dataclasses import dataclass

from ttdn.core.text import fold
from ttdn.directory.models import AdministrativeUnit, UnitLevel
from ttdn.monitoring.query.parser import WORD_RE, Node, Or, Term, Word, has_diacritics, normalise

_CITY_TYPES = ("thành phố", "thành phố trung ương", "thị xã")


@dataclass(frozen=True)
class LocalityName:
    name: str  # as people write it: "Biên Hòa", "thành phố Biên Hòa", "Bình Phước"
    folded: bool  # also matched without diacritics


def _term(text: str, *, folded: bool) -> Term | None:
    words = WORD_RE.findall(normalise(text))
    if not words:
        return None
    if folded or not has_diacritics(text):
        return Term(tuple(Word(fold(w)) for w in words), False, text)
    return Term(tuple(Word(w) for w in words), True, text)


def locality_names(unit: AdministrativeUnit) -> list[LocalityName]:
    """Every name of ``unit`` (a province) and of what it is made of, most important first."""
    names: dict[str, LocalityName] = {}

    def add(name: str, *, folded: bool) -> None:
        name = " ".join(name.split())
        key = normalise(name)
        if name and (key not in names or (folded and not names[key].folded)):
            names[key] = LocalityName(name, folded)

    provinces = [unit, *unit.predecessors.filter(level=UnitLevel.PROVINCE).order_by("name")]
    for p in provinces:
        add(p.name, folded=True)
    districts = AdministrativeUnit.objects.filter(
        level=UnitLevel.DISTRICT, successors=unit
    ).order_by("name")
    communes = AdministrativeUnit.objects.filter(
        level=UnitLevel.COMMUNE, parent=unit, valid_to__isnull=True
    ).order_by("name")
    for u in [*districts, *communes]:
        add(u.name, folded=False)
        kind = "thành phố" if u.division_type == "thành phố trung ương" else u.division_type
        if kind:
            add(f"{kind} {u.name}", folded=True)
        if u.level == UnitLevel.DISTRICT and u.division_type in _CITY_TYPES:
            add(u.name, folded=True)
    return list(names.values())


def locality_node(unit: AdministrativeUnit) -> Node | None:
    """An OR of every name of ``unit`` as query terms (None if it has no usable name)."""
    terms = [t for n in locality_names(unit) if (t := _term(n.name, folded=n.folded))]
    if not terms:
        return None
    return terms[0] if len(terms) == 1 else Or(tuple(terms))


def province_choices():
    """Today's provinces, for a topic's "about the locality" choice."""
    return AdministrativeUnit.objects.filter(
        level=UnitLevel.PROVINCE, valid_to__isnull=True
    ).order_by("name")
