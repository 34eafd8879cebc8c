"""Resolve an agency name as written in a plan to an agency of the directory.

Plans name agencies in many ways: "Sở Thông tin và Truyền thông (Sở TT-TT)",
"Sở TT&TT", "Công an tỉnh", "Đài PT-TH Đồng Nai", without diacritics, in NFD,
with typos. ``AgencyIndex`` loads agencies, aliases and administrative units
once and resolves many names quickly; ``resolve_agency`` is the one-off wrapper.

Rules, in order (the first stage that finds something decides):

1. **Normalise**: NFC, squash whitespace, drop leading bullets ("- "), trailing
   punctuation and quotes; a parenthesised part is removed ("Sở Thông tin và
   Truyền thông (Sở TT-TT)") and also tried on its own; a leading "Đề nghị",
   "Thường trực", "Lãnh đạo" is tried stripped.
2. **Direct match** of the text on canonical names (``exact``, 1.0), aliases
   (``alias``, 0.95) and diacritic-, case- and punctuation-insensitive forms of
   both (``folded``, 0.90).
3. **Locality expansion** (with ``unit``): a name without locality is completed
   with the unit's, then its parent's, then its predecessors'/successors'
   locality: "Sở Ngoại vụ" + Đồng Nai -> "Sở Ngoại vụ tỉnh Đồng Nai", "Công an
   huyện" + Dầu Tiếng -> "Công an huyện Dầu Tiếng" (0.02 less confidence).
4. **Fuzzy** (rapidfuzz ratio over folded names and aliases, and over the names
   with their locality removed; confidence at most 0.85; in a unit's scope a name with
   one inner word dropped, "Sở Thông và Truyền thông", 0.80), except for collective
   phrases ("Các cơ quan báo chí", "các sở, ban, ngành"), which never resolve.

With ``unit`` only agencies *in scope* are chosen: the unit and its sub-units
(tier 0), its parent and the units it came from or became (tier 1), and central
bodies (tier 2); lower tiers win, then (with ``on``) agencies valid on that day,
then higher confidence. Without ``on``, the unit dates the name: one that has ended
(a pre-07/2025 province) puts agencies that began after it ended after the others,
a current one those not valid today ("Ủy ban nhân dân tỉnh Đồng Nai", a province's
body until the city's of 30/04/2026, read in today's Đồng Nai); with no unit either,
two equally good matches of which only one is valid today give today's. A name
found only outside the scope is accepted only if it names its own locality and
matches one agency ("Báo Đồng Nai" in a Phú Yên plan); otherwise the result is
``none`` with the candidates, never a guess in another province. Equally good matches of different agencies give ``none``.

``current=True`` follows successors to the body valid on ``on`` (default today),
see ``follow_successors``.
"""

from __future__ import annotations

import bisect
import datetime
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.db.models import QuerySet
from django.utils import timezone
from rapidfuzz import fuzz, process

from ttdn.core.text import fold_words, squash
from ttdn.directory import seed
from ttdn.directory.models import AdministrativeUnit, Agency, AgencyAlias, AgencySuccession
from ttdn.directory.selectors import tables_fingerprint

EXACT, ALIAS, FOLDED, FUZZY_MAX = 1.0, 0.95, 0.90, 0.85
EXPANSION_PENALTY = 0.02
OUT_OF_SCOPE_PENALTY = 0.05
FUZZY_CUTOFF = 80  # rapidfuzz score below which a key is not even a candidate
DROPPED_WORD_PENALTY = 0.05  # a name with one inner word left out, within a unit's scope
MAX_CANDIDATES = 5
_OUT = 9  # tier of an agency outside the unit's scope

# When an agency ended and has several successors: the one flagged ``primary``
# (for a Sở TT&TT, the Sở VHTTDL that took over TTĐN duties), else by kind.
KIND_RANK = {"renamed": 0, "merged": 1, "abolished": 2, "duties_transferred": 3, "split": 4}

_LEAD_RE = re.compile(r"^[\s\-–—•·*+>]+")
_TRAIL_RE = re.compile(r"[\s\-–—•·*+.,;:!?/]+$")
_PAREN_RE = re.compile(r"\(([^()]*)\)")
_QUOTES = str.maketrans("", "", "\"“”‘’'")
# "của" before the place a body's name ends with ("… của tỉnh", "… của huyện Thường Tín"),
# not before a party committee ("của Tỉnh ủy") nor a place that goes on after its name
_OF_PLACE_RE = re.compile(
    r"\s+của\s+(?=(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)(?!\s+ủy)(?:\s+\w[\w-]*){0,4}\s*$)",
    re.IGNORECASE,
)
_PREFIX_RE = re.compile(r"^(?:đề nghị|thường trực|lãnh đạo)\s+", re.IGNORECASE)
_COLLECTIVE_RE = re.compile(
    r"^(?:cac|nhung|moi|toan the)\b"
    r"|\bcac (?:so|ban|nganh|co quan|don vi|xa|phuong|thi tran|huyen|quan|thi xa|thanh pho|phong|dia phuong|doan the|tinh|bo|to chuc|doanh nghiep)\b"
    # (the party committees or cells directly under a committee: many by their kind, the
    # "các" of the list they were written in left behind, "các sở, ban, ngành, đảng bộ trực
    # thuộc tỉnh ủy")
    r"|^(?:dang bo|chi bo|dang bo, chi bo|to chuc co so dang) truc thuoc\b"
)


@dataclass(frozen=True)
class Resolution:
    as_written: str
    agency: Agency | None
    confidence: float  # 0..1; 0.0 when nothing was chosen
    method: str  # "exact" | "alias" | "folded" | "fuzzy" | "none"
    candidates: tuple[Agency, ...]  # alternatives considered (best first), may be empty

    @property
    def resolved(self) -> bool:
        return self.agency is not None


@dataclass(frozen=True)
class _Hit:
    agency_id: int
    method: str
    confidence: float


@dataclass(frozen=True)
class _Unit:
    id: int
    parent_id: int | None
    name: str
    word: str  # "tỉnh", "thành phố", "huyện" ...


@dataclass(frozen=True)
class _Link:
    successor_id: int
    kind: str
    effective_date: datetime.date
    primary: bool
    pk: int


def _former_provinces() -> dict[str, tuple[tuple[str, datetime.date], ...]]:
    """The provinces cities under the centre were made from, by the city's folded name, with
    the day the city began ("hue" → ("Thừa Thiên Huế", 01/01/2025); the seed's
    ``cities_under_the_centre``)."""
    out: dict[str, tuple[tuple[str, datetime.date], ...]] = defaultdict(tuple)
    for change in seed.city_changes():
        if change.former_province and fold_words(change.former_province) != fold_words(change.name):
            out[fold_words(change.name)] += ((change.former_province, change.since),)
    return dict(out)


def clean_name(text: str) -> str:
    """NFC, one space, no leading bullet and no trailing punctuation or quotes."""
    text = squash(text).translate(_QUOTES)
    return squash(_TRAIL_RE.sub("", _LEAD_RE.sub("", text)))


def name_variants(text: str) -> list[tuple[str, float]]:
    """The forms of a written name to look up, each with its confidence penalty."""
    base = clean_name(text)
    if not base:
        return []
    out: dict[str, float] = {}
    main = clean_name(_PAREN_RE.sub(" ", base))
    if main:
        out[main] = 0.0
    out.setdefault(base, 0.0)
    for inner in _PAREN_RE.findall(base):
        if inner := clean_name(inner):
            out.setdefault(inner, 0.03)
    if main and (stripped := _PREFIX_RE.sub("", main)) != main and stripped:
        out.setdefault(stripped, 0.05)
    for text in list(out):
        # "Liên hiệp các tổ chức hữu nghị của tỉnh": the body of the place, "… tỉnh"
        if (plain := _OF_PLACE_RE.sub(" ", text)) != text:
            out.setdefault(plain, out[text] + 0.02)
    return list(out.items())


_WORD_RE = re.compile(r"\w+")


def _words(folded: str) -> str:
    """``fold_words`` of a text whose ``fold`` is already known."""
    return " ".join(_WORD_RE.findall(folded))


def _fuzzy_form(folded: str) -> str:
    """Folded text without the word "và", so often left out ("Sở Kế hoạch Đầu tư")."""
    return " ".join(w for w in folded.split() if w != "va")


# One body whose name holds "các": a bloc, a union, an association or a department named by
# what it groups or works on ("Đảng ủy Khối các cơ quan tỉnh", "Liên hiệp các tổ chức hữu nghị
# …", "Hiệp hội các doanh nghiệp …", "Vụ Các tổ chức quốc tế"), and the party committee of the
# party's agencies since 2025 ("Đảng ủy các cơ quan Đảng tỉnh"). Its "các" is left out before
# the search for many bodies; a list after the name ("… và các sở, ngành") is still many.
_ONE_BODY_CAC_RE = re.compile(
    r"\b(khoi|lien hiep|hiep hoi|lien minh|lien doan|vu) cac\b"
    r"|\b(dang uy|dang bo) cac (?=co quan dang\b)"
)


def is_collective(text: str) -> bool:
    """ "Các cơ quan báo chí", "các sở, ban, ngành": many agencies, never one."""
    folded = _ONE_BODY_CAC_RE.sub(lambda m: (m.group(1) or m.group(2)) + " ", fold_words(text))
    return bool(_COLLECTIVE_RE.search(folded)) or folded in {"bao chi", "co quan bao chi"}


def _follow(start: int, on: datetime.date, agency_of: Callable, links_of: Callable) -> int:
    """Walk successions from ``start`` while the current body has ended by ``on``."""
    seen, cur = {start}, start
    while True:
        agency = agency_of(cur)
        if agency is None or agency.valid_to is None or agency.valid_to >= on:
            return cur
        links = [link for link in links_of(cur) if link.effective_date <= on]
        if not links:
            return cur
        best = min(
            links, key=lambda x: (not x.primary, KIND_RANK.get(x.kind, 9), x.effective_date, x.pk)
        )
        if best.successor_id in seen:  # a cycle in the data: stop where we are
            return cur
        seen.add(best.successor_id)
        cur = best.successor_id


def follow_successors(agency: Agency, *, on: datetime.date | None = None) -> Agency:
    """Today's body (or the one valid on ``on``) that carries on ``agency``'s work.

    An agency still valid on ``on`` is returned as is. Otherwise the succession
    effective by ``on`` is followed: the one flagged ``primary`` first (for TTĐN
    work, the body that received the external-information duties: Sở TT&TT ->
    Sở VHTTDL on 01/03/2025), else renamed > merged > abolished > duties
    transferred > split. Cycles stop the walk.
    """
    on = on or timezone.localdate()
    agencies: dict[int, Agency] = {agency.pk: agency}

    def agency_of(pk: int) -> Agency | None:
        if pk not in agencies:
            agencies[pk] = Agency.objects.filter(pk=pk).first()
        return agencies[pk]

    def links_of(pk: int) -> list[_Link]:
        return [
            _Link(s.successor_id, s.kind, s.effective_date, s.primary, s.pk)
            for s in AgencySuccession.objects.filter(predecessor_id=pk)
        ]

    return agencies[_follow(agency.pk, on, agency_of, links_of)]


class AgencyIndex:
    """Agencies, aliases and units held in memory for resolving many names.

    Build one per import or request (it does not see later changes)::

        index = AgencyIndex()
        for written in names:
            res = index.resolve(written, unit=plan.unit, on=plan.issued_on)
    """

    def __init__(self, agencies: QuerySet[Agency] | None = None) -> None:
        qs = Agency.objects.all() if agencies is None else agencies
        self._agencies: dict[int, Agency] = {a.pk: a for a in qs}
        self._exact: dict[str, set[int]] = defaultdict(set)
        self._alias: dict[str, set[int]] = defaultdict(set)
        self._folded: dict[str, set[int]] = defaultdict(set)
        # The stored folded forms (models' save() and the loaders keep them) save re-folding.
        for a in self._agencies.values():
            self._exact[a.name].add(a.pk)
            self._folded[_words(a.name_folded) or fold_words(a.name)].add(a.pk)
        aliases = (
            AgencyAlias.objects.all()
            if agencies is None
            else AgencyAlias.objects.filter(agency__in=qs)
        )
        for agency_id, alias, folded in aliases.values_list("agency_id", "alias", "alias_folded"):
            if agency_id in self._agencies:
                self._alias[alias].add(agency_id)
                self._folded[_words(folded) or fold_words(alias)].add(agency_id)
        self._links: dict[int, list[_Link]] = defaultdict(list)
        for s in AgencySuccession.objects.filter(predecessor_id__in=list(self._agencies)):
            self._links[s.predecessor_id].append(
                _Link(s.successor_id, s.kind, s.effective_date, s.primary, s.pk)
            )
        self._units: dict[int, _Unit] | None = None
        self._scopes: dict[int, dict[int, int]] = {}
        self._fuzzy_choices: dict[int | None, tuple[list[str], list[frozenset[int]]]] = {}
        self._dropped_words: dict[int | None, dict[str, frozenset[int]]] = {}
        self._sorted_keys: list[str] | None = None
        self._names: dict[int | None, list[str]] = {}

    def __len__(self) -> int:
        return len(self._agencies)

    # --- units and scope ----------------------------------------------------------------

    def _load_units(self) -> dict[int, _Unit]:
        if self._units is None:
            self._units = {}
            self._children: dict[int, list[int]] = defaultdict(list)
            self._related: dict[int, set[int]] = defaultdict(set)
            for pk, parent_id, name, division_type in AdministrativeUnit.objects.values_list(
                "pk", "parent_id", "name", "division_type"
            ):
                word = "thành phố" if division_type == "thành phố trung ương" else division_type
                self._units[pk] = _Unit(pk, parent_id, name, word)
                if parent_id:
                    self._children[parent_id].append(pk)
            through = AdministrativeUnit.successors.through
            for a, b in through.objects.values_list(
                "from_administrativeunit_id", "to_administrativeunit_id"
            ):
                self._related[a].add(b)
                self._related[b].add(a)
        return self._units

    def _ancestors(self, unit_id: int) -> list[int]:
        units, out, cur = self._load_units(), [], unit_id
        while (parent := units[cur].parent_id) and parent not in out:
            out.append(parent)
            cur = parent
        return out

    def _descendants(self, roots: Iterable[int]) -> set[int]:
        self._load_units()
        out, stack = set(), list(roots)
        while stack:
            for child in self._children.get(stack.pop(), ()):
                if child not in out:
                    out.add(child)
                    stack.append(child)
        return out

    def _scope(self, unit_id: int) -> dict[int, int]:
        """agency id -> tier (0 the unit and its sub-units, 1 related units, 2 central)."""
        if unit_id not in self._scopes:
            chain = [unit_id, *self._ancestors(unit_id)]
            tier0 = {unit_id} | self._descendants([unit_id])
            related = {r for u in chain for r in self._related.get(u, ())}
            tier1 = set(chain[1:]) | related | self._descendants(related)
            scope: dict[int, int] = {}
            for pk, a in self._agencies.items():
                if a.unit_id is None:
                    scope[pk] = 2
                elif a.unit_id in tier0:
                    scope[pk] = 0
                elif a.unit_id in tier1:
                    scope[pk] = 1
            self._scopes[unit_id] = scope
        return self._scopes[unit_id]

    def _localities(self, unit_id: int, on: datetime.date | None = None) -> list[tuple[str, str]]:
        """(name, type word) to complete a locality-less name with, nearest first. A city
        under the centre made from a province of another name has that province's too: its
        bodies were the province's ("Ban Tuyên giáo Tỉnh ủy Thừa Thiên Huế"), first for a
        day ``on`` before the city began."""
        units = self._load_units()
        chain = [unit_id, *self._ancestors(unit_id)]
        order = chain + [r for u in chain for r in sorted(self._related.get(u, ()))]
        former = _former_provinces()
        seen: dict[tuple[str, str], None] = {}
        for pk in order:
            made_from = ()
            if units[pk].word == "thành phố" and units[pk].parent_id is None:
                made_from = former.get(fold_words(units[pk].name), ())
            for name, since in made_from:
                if on is not None and on < since:
                    seen.setdefault((name, "tỉnh"), None)
            seen.setdefault((units[pk].name, units[pk].word), None)
            for name, _since in made_from:
                seen.setdefault((name, "tỉnh"), None)
        return list(seen)

    def _has_own_locality(self, agency_id: int, text: str) -> bool:
        unit_id = self._agencies[agency_id].unit_id
        if unit_id is None:
            return True
        units = self._load_units()
        folded = f" {fold_words(text)} "
        return any(
            f" {fold_words(units[u].name)} " in folded for u in [unit_id, *self._ancestors(unit_id)]
        )

    def names(self, unit_id: int | None) -> list[str]:
        """The names and aliases of the agencies in the unit's scope (without a unit: the
        central bodies), each also without its place ("Sở Ngoại vụ tỉnh Đồng Nai" →
        "Sở Ngoại vụ", "Công an tỉnh Đồng Nai" → "Công an tỉnh")."""
        if unit_id in self._names:
            return self._names[unit_id]
        scope = self._scope(unit_id) if unit_id is not None else None
        spelled: dict[int, list[str]] = defaultdict(list)
        for table in (self._exact, self._alias):
            for name, ids in table.items():
                for pk in ids:
                    in_scope = pk in scope if scope is not None else not self._agencies[pk].unit_id
                    if in_scope:
                        spelled[pk].append(name)
        units = self._load_units()
        out: list[str] = []
        for pk, names in spelled.items():
            unit = self._agencies[pk].unit_id
            chain = [unit, *self._ancestors(unit)] if unit else []
            suffixes = [
                suffix
                for v in chain
                for suffix in (f" {units[v].word} {units[v].name}", f" {units[v].name}")
            ]
            for name in names:
                out.append(name)
                out.extend(name[: -len(s)] for s in suffixes if name.endswith(s) and name != s)
        self._names[unit_id] = out
        return out

    # --- matching -----------------------------------------------------------------------

    def _lookup(self, text: str, penalty: float) -> list[_Hit]:
        hits: dict[int, _Hit] = {}
        for method, table, score in (("exact", self._exact, EXACT), ("alias", self._alias, ALIAS)):
            for pk in table.get(text, ()):
                hits.setdefault(pk, _Hit(pk, method, round(score - penalty, 4)))
        for pk in self._folded.get(fold_words(text), ()):
            hits.setdefault(pk, _Hit(pk, "folded", round(FOLDED - penalty, 4)))
        return list(hits.values())

    @staticmethod
    def _validity(
        on: datetime.date | None, unit: AdministrativeUnit | None
    ) -> Callable[[Agency], bool] | None:
        """Whether an agency fits the time of the name: valid on ``on``; without it, begun
        by the end of a ``unit`` that has ended, valid today in a current one; with neither,
        any (``None``)."""
        if on is not None:
            return lambda agency: agency.is_valid_on(on)
        if unit is not None and unit.valid_to is not None:
            end = unit.valid_to
            return lambda agency: agency.valid_from is None or agency.valid_from <= end
        if unit is not None:
            today = timezone.localdate()
            return lambda agency: agency.is_valid_on(today)
        return None

    def _rank(
        self,
        hits: Iterable[_Hit],
        tier: Callable[[int], int],
        fits: Callable[[Agency], bool] | None,
    ) -> list[_Hit]:
        best: dict[int, _Hit] = {}
        for h in hits:
            if h.agency_id not in best or h.confidence > best[h.agency_id].confidence:
                best[h.agency_id] = h

        def key(h: _Hit):
            agency = self._agencies[h.agency_id]
            invalid = fits is not None and not fits(agency)
            return (tier(h.agency_id), invalid, -h.confidence, agency.name)

        return sorted(best.values(), key=key)

    def _pick(
        self, ranked: list[_Hit], tier: Callable[[int], int], fits: Callable | None
    ) -> _Hit | None:
        """The first hit, unless the next is just as good (ambiguous). With no time to fit
        (``fits`` None), of those just as good the one valid today, if only one is."""

        def grade(h: _Hit) -> tuple:
            fit = fits(self._agencies[h.agency_id]) if fits is not None else True
            return (tier(h.agency_id), round(h.confidence, 4), fit)

        if not ranked:
            return None
        tied = [h for h in ranked if grade(h) == grade(ranked[0])]
        if len(tied) > 1 and fits is None:
            today = timezone.localdate()
            tied = [h for h in tied if self._agencies[h.agency_id].is_valid_on(today)]
        return tied[0] if len(tied) == 1 else None

    def _choices(self, unit_id: int | None) -> tuple[list[str], list[frozenset[int]]]:
        """Fuzzy choices: folded keys (all, or in scope plus their locality-less forms)."""
        if unit_id not in self._fuzzy_choices:
            grouped: dict[str, set[int]] = defaultdict(set)
            scope = self._scope(unit_id) if unit_id is not None else None
            units = self._load_units() if unit_id is not None else {}
            for key, ids in self._folded.items():
                for pk in ids:
                    if scope is not None and pk not in scope:
                        continue
                    grouped[key].add(pk)
                    if scope is None or (u := self._agencies[pk].unit_id) is None:
                        continue
                    # "so thong tin va truyen thong tinh dong nai" -> "so thong tin va truyen thong"
                    short = f" {key} "
                    for v in [u, *self._ancestors(u)]:
                        for suffix in (f"{units[v].word} {units[v].name}", units[v].name):
                            suffix = f" {fold_words(suffix)} "
                            if short.endswith(suffix):
                                short = short[: -len(suffix) + 1]
                    if short.strip() and short.strip() != key:
                        grouped[short.strip()].add(pk)
            merged: dict[str, set[int]] = defaultdict(set)
            for key, ids in grouped.items():
                merged[_fuzzy_form(key)] |= ids
            keys = list(merged)
            self._fuzzy_choices[unit_id] = (keys, [frozenset(merged[k]) for k in keys])
        return self._fuzzy_choices[unit_id]

    def _dropped(self, unit_id: int | None) -> dict[str, frozenset[int]]:
        """The fuzzy keys with one inner word left out (not the first, the kind of body, nor
        the last): "so thong truyen thong" -> the bodies of "so thong tin truyen thong"."""
        if unit_id not in self._dropped_words:
            keys, ids = self._choices(unit_id)
            dropped: dict[str, set[int]] = defaultdict(set)
            for key, pks in zip(keys, ids, strict=True):
                words = key.split()
                for i in range(1, len(words) - 1):
                    if len(words) >= 4:
                        dropped[" ".join(words[:i] + words[i + 1 :])] |= pks
            self._dropped_words[unit_id] = {k: frozenset(v) for k, v in dropped.items()}
        return self._dropped_words[unit_id]

    def _fuzzy(self, variants, unit_id: int | None, cutoff: float = FUZZY_CUTOFF) -> list[_Hit]:
        keys, ids = self._choices(unit_id)
        hits: list[_Hit] = []
        for text, penalty in variants:
            query = _fuzzy_form(fold_words(text))
            if len(query) < 6 or " " not in query:
                continue
            # a typist's dropped word ("Sở Thông và Truyền thông"): near whatever its length
            if unit_id is not None and (near := self._dropped(unit_id).get(query)):
                confidence = round(FUZZY_MAX - DROPPED_WORD_PENALTY - penalty, 4)
                hits.extend(_Hit(pk, "fuzzy", confidence) for pk in near)
            head = query.split(" ", 1)[0]  # "Sở …" is never "Bộ …": the kind of body must match
            for key, score, i in process.extract(
                query, keys, scorer=fuzz.ratio, limit=10, score_cutoff=cutoff
            ):
                if key.split(" ", 1)[0] != head:
                    continue
                confidence = round(max(0.0, FUZZY_MAX - 0.015 * (100 - score) - penalty), 4)
                hits.extend(_Hit(pk, "fuzzy", confidence) for pk in ids[i])
        return hits

    # --- public -------------------------------------------------------------------------

    def resolve(
        self,
        name: str,
        *,
        unit: AdministrativeUnit | None = None,
        on: datetime.date | None = None,
        current: bool = False,
        min_confidence: float = 0.75,
        candidates: bool = True,
    ) -> Resolution:
        """``candidates``: False when only the agency chosen matters (the importer): a name
        no agency is chosen for is then not compared again with every name of the
        directory for the alternatives a person may choose from."""
        variants = name_variants(name)
        unit_id = unit.pk if unit is not None else None
        if unit_id is not None and unit_id not in self._load_units():
            self._units = None  # a unit created after the index was built
            self._scopes.clear()
            self._fuzzy_choices.clear()
            self._dropped_words.clear()
            if unit_id not in self._load_units():
                raise ValueError(f"Unknown administrative unit {unit_id}")
        scope = self._scope(unit_id) if unit_id is not None else None
        fits = self._validity(on, unit)

        def tier(pk: int) -> int:
            return 0 if scope is None else scope.get(pk, _OUT)

        def in_scope(hits: list[_Hit]) -> list[_Hit]:
            return [h for h in hits if tier(h.agency_id) != _OUT]

        def done(hit: _Hit | None, ranked: list[_Hit]) -> Resolution:
            chosen = hit.agency_id if hit is not None else None
            order = dict.fromkeys(h.agency_id for h in ranked if h.agency_id != chosen)
            others = tuple(self._agencies[pk] for pk in order)[:MAX_CANDIDATES]
            if hit is None or hit.confidence < min_confidence:
                if hit is not None:
                    others = (self._agencies[hit.agency_id], *others)[:MAX_CANDIDATES]
                return Resolution(name, None, 0.0, "none", others)
            agency = self._agencies[hit.agency_id]
            if current:
                agency = self.follow(agency, on=on)
            return Resolution(name, agency, hit.confidence, hit.method, others[:MAX_CANDIDATES])

        if not variants:
            return Resolution(name, None, 0.0, "none", ())

        # 1. the text as written
        direct = [h for text, penalty in variants for h in self._lookup(text, penalty)]
        if ranked := self._rank(in_scope(direct), tier, fits):
            return done(self._pick(ranked, tier, fits), ranked)

        # 2. completed with the unit's locality, nearest locality first
        if unit_id is not None:
            for loc_name, loc_word in self._localities(unit_id, on):
                hits = [
                    h
                    for text, penalty in variants
                    for completed in (f"{text} {loc_name}", f"{text} {loc_word} {loc_name}")
                    for h in self._lookup(completed, penalty + EXPANSION_PENALTY)
                ]
                if ranked := self._rank(in_scope(hits), tier, fits):
                    return done(self._pick(ranked, tier, fits), ranked)

            # 3. outside the scope only when the text names the agency's own locality
            outside = [
                _Hit(h.agency_id, h.method, round(h.confidence - OUT_OF_SCOPE_PENALTY, 4))
                for h in direct
                if self._has_own_locality(h.agency_id, name)
            ]
            if len({h.agency_id for h in outside}) == 1:
                return done(max(outside, key=lambda h: h.confidence), [])

        # 4. fuzzy, never for a collective phrase
        if is_collective(variants[0][0]):
            return done(None, [])
        fuzzy = self._fuzzy(variants, unit_id)
        if unit_id is None and not _PLACE_AT_END_RE.search(name.strip()):
            # a name written with no place, where the place is not known: a body it is near
            # only by the place the directory's name adds ("Ủy ban Mặt trận Tổ quốc Việt Nam"
            # for "… thành phố Huế", the shortest place's) is no more that place's than any
            fuzzy = [
                h for h in fuzzy if not _PLACE_AT_END_RE.search(self._agencies[h.agency_id].name)
            ]
        if place := _PLACE_AT_END_RE.search(name.strip()):
            # a near name of another place is not this body ("Sở … tỉnh Quảng Bình" for the
            # "… tỉnh Quảng Ninh" written, whose bodies are not loaded)
            wanted = f" {fold_words(place.group(1))} "
            fuzzy = [
                h for h in fuzzy if wanted in f" {fold_words(self._agencies[h.agency_id].name)} "
            ]
        if ranked := self._rank(fuzzy, tier, fits):
            best = self._pick(ranked, tier, fits)
            if best is not None and best.confidence >= min_confidence:
                return done(best, ranked)

        if not candidates:
            return done(None, [])
        # nothing: offer the same name with some locality ("Sở TT&TT" -> "Sở TT&TT tỉnh …"),
        # then what looks closest, for a person to choose
        suggestions = self._with_prefix(variants) + direct + fuzzy
        if not suggestions:
            suggestions = self._fuzzy(variants, None, cutoff=70)
        return done(None, self._rank(suggestions, tier, fits))

    def _with_prefix(self, variants) -> list[_Hit]:
        """Agencies with a name or alias that starts with the text followed by more words."""
        if self._sorted_keys is None:
            self._sorted_keys = sorted(self._folded)
        hits: list[_Hit] = []
        for text, _penalty in variants:
            prefix = fold_words(text) + " "
            if len(prefix) < 3:
                continue
            i = bisect.bisect_left(self._sorted_keys, prefix)
            while i < len(self._sorted_keys) and self._sorted_keys[i].startswith(prefix):
                # ranked above weak fuzzy matches: the same name, only with a locality
                hits.extend(
                    _Hit(pk, "none", FUZZY_MAX) for pk in self._folded[self._sorted_keys[i]]
                )
                i += 1
        return hits

    def follow(self, agency: Agency, *, on: datetime.date | None = None) -> Agency:
        """As ``follow_successors``, from memory."""
        if agency.pk not in self._agencies:
            return follow_successors(agency, on=on)
        pk = _follow(
            agency.pk,
            on or timezone.localdate(),
            self._agencies.get,
            lambda p: self._links.get(p, ()),
        )
        return self._agencies[pk]


# The place a body's name ends with: "… tỉnh Quảng Ninh", "… huyện Thường Tín".
_PLACE_AT_END_RE = re.compile(
    r"\b(?:tỉnh|thành\s+phố|TP\.?|huyện|quận|thị\s+xã|xã|phường)\s+"
    # (words apart by spaces: one long word is not tried in every split of it)
    r"(\w[\w-]*(?:\s+\w[\w-]*){0,3})\s*$",
    re.IGNORECASE,
)
_SHARED: dict[str, object] = {}
SHARED_INDEX_MAX_AGE = 300.0  # seconds; a safety net for edits the fingerprint cannot see


def _fingerprint() -> tuple:
    return tables_fingerprint(
        (Agency, "COUNT(*)"),
        (Agency, "MAX(updated_at)"),
        (AgencyAlias, "COUNT(*)"),
        (AgencyAlias, "MAX(id)"),
        (AgencySuccession, "COUNT(*)"),
        (AgencySuccession, "MAX(id)"),
    )


def shared_index() -> AgencyIndex:
    """A process-wide index, rebuilt when the directory changes (checked with one query of
    aggregates) or after ``SHARED_INDEX_MAX_AGE`` seconds."""
    fingerprint = _fingerprint()
    now = time.monotonic()
    index = _SHARED.get("index")
    if (
        index is None
        or _SHARED.get("fingerprint") != fingerprint
        or now - _SHARED.get("built", 0.0) > SHARED_INDEX_MAX_AGE
    ):
        index = AgencyIndex()
        _SHARED.update(index=index, fingerprint=fingerprint, built=now)
    return index


def resolve_agency(
    name: str,
    *,
    unit: AdministrativeUnit | None = None,
    on: datetime.date | None = None,
    current: bool = False,
    min_confidence: float = 0.75,
) -> Resolution:
    """Resolve one name with the shared index (see :func:`shared_index`)."""
    return shared_index().resolve(
        name, unit=unit, on=on, current=current, min_confidence=min_confidence
    )
