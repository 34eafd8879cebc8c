"""Read-only adapter over the maintained administrative-division package.

Administrative units are never typed by hand: they come from ``vietnam_provinces``
(today's 34 provinces and their ~3,300 communes/wards; ``vietnam_provinces.legacy``
for the 63 provinces and ~700 districts before 07/2025) and its 2025 conversion
tables. This module turns that data into plain records; ``services.units_load``
writes them, ``seed`` names agencies after them.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass
from functools import cache

from ttdn.core.text import fold_words

#: Provinces merged and districts abolished on 01/07/2025 (Nghị quyết 202/2025/QH15).
MERGER_DATE = datetime.date(2025, 7, 1)
LEGACY_END = MERGER_DATE - datetime.timedelta(days=1)

# "Thành phố Hồ Chí Minh" -> "Hồ Chí Minh"; longest prefixes first.
_TYPE_PREFIXES = (
    "thành phố trung ương",
    "thành phố",
    "thị trấn",
    "thị xã",
    "đặc khu",
    "phường",
    "huyện",
    "quận",
    "tỉnh",
    "xã",
)
_PREFIX_RE = re.compile(r"^(" + "|".join(_TYPE_PREFIXES) + r")\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Division:
    """One unit as the package describes it."""

    level: str  # UnitLevel value
    code: str  # zero-padded official code: 2 digits province, 3 district, 5 commune
    full_name: str  # "Tỉnh Đồng Nai", "Huyện Dầu Tiếng"
    name: str  # "Đồng Nai", "Dầu Tiếng"
    division_type: str  # "tỉnh", "thành phố trung ương", "huyện", "xã", ...
    parent_code: str | None  # province code of a district or commune
    legacy: bool  # True for the pre-07/2025 generation

    @property
    def type_word(self) -> str:
        """The word written before the name in titles: "tỉnh", "thành phố", "huyện"."""
        return "thành phố" if self.division_type == "thành phố trung ương" else self.division_type

    @property
    def locality(self) -> str:
        return f"{self.type_word} {self.name}"


def bare_name(full_name: str) -> str:
    """Strip the division type: "Thành phố Hồ Chí Minh" -> "Hồ Chí Minh"; "Quận 1" keeps "1"."""
    return _PREFIX_RE.sub("", full_name, count=1).strip()


def _pcode(code: int) -> str:
    return f"{int(code):02d}"


@cache
def current_provinces() -> tuple[Division, ...]:
    from vietnam_provinces import Province

    return tuple(
        Division(
            "province", _pcode(p.code), p.name, bare_name(p.name), str(p.division_type), None, False
        )
        for p in sorted(Province.iter_all(), key=lambda p: int(p.code))
    )


@cache
def current_communes() -> tuple[Division, ...]:
    from vietnam_provinces import Ward

    return tuple(
        Division(
            "commune",
            f"{int(w.code):05d}",
            w.name,
            bare_name(w.name),
            str(w.division_type),
            _pcode(w.province_code),
            False,
        )
        for w in sorted(Ward.iter_all(), key=lambda w: int(w.code))
    )


@cache
def legacy_provinces() -> tuple[Division, ...]:
    from vietnam_provinces.legacy import Province

    return tuple(
        Division(
            "province", _pcode(p.code), p.name, bare_name(p.name), str(p.division_type), None, True
        )
        for p in sorted(Province.iter_all(), key=lambda p: int(p.code))
    )


@cache
def legacy_districts() -> tuple[Division, ...]:
    from vietnam_provinces.legacy import District

    return tuple(
        Division(
            "district",
            f"{int(d.code):03d}",
            d.name,
            bare_name(d.name),
            str(d.division_type),
            _pcode(d.province_code),
            True,
        )
        for d in sorted(District.iter_all(), key=lambda d: int(d.code))
    )


@cache
def province_successor_codes() -> dict[str, str]:
    """Legacy province code -> the code of the province it became part of on 01/07/2025.

    The package's province table lists every new province that received any of an
    old province's wards (Tiền Giang lists Tây Ninh for one partly-moved ward), so the
    successor is the province that received most of its wards, counted from the
    package's ward conversion table.
    """
    from vietnam_provinces._province_conversion_2025 import OLD_TO_NEW
    from vietnam_provinces._ward_conversion_2025 import OLD_TO_NEW as WARDS_OLD_TO_NEW

    received: Counter[tuple[int, int]] = Counter()
    for entry in WARDS_OLD_TO_NEW.values():
        for new in entry.new_wards:
            received[(entry.old_ward.province_code, new.province_code)] += 1
    result: dict[str, str] = {}
    for old_code, entry in OLD_TO_NEW.items():
        targets = [ref.code for ref in entry.new_provinces]
        best = max(targets, key=lambda new: (received[(old_code, new)], -new))
        result[_pcode(old_code)] = _pcode(best)
    return result


@cache
def legacy_sources(current_code: str) -> tuple[Division, ...]:
    """The legacy provinces whose successor is this current province."""
    succ = province_successor_codes()
    return tuple(p for p in legacy_provinces() if succ.get(p.code) == current_code)


def _by_folded_name(divisions: tuple[Division, ...]) -> dict[str, Division]:
    out: dict[str, Division] = {}
    for d in divisions:
        out.setdefault(fold_words(d.name), d)
        out.setdefault(fold_words(d.full_name), d)
    return out


def find_province(name: str) -> Division | None:
    """A province by name, current generation first: "Đồng Nai", "Tỉnh Phú Yên", "phu yen"."""
    key = fold_words(name)
    return _by_folded_name(current_provinces()).get(key) or _by_folded_name(legacy_provinces()).get(
        key
    )


@cache
def ambiguous_localities() -> frozenset[str]:
    """Folded "type name" localities that several units share ("huyen chau thanh").

    District bodies named after such a locality get the province appended so
    canonical names stay unique nationally.
    """
    counts = Counter(fold_words(d.locality) for d in legacy_districts())
    # A province that kept its name across 07/2025 is one locality, not two.
    counts.update({fold_words(p.locality) for p in (*legacy_provinces(), *current_provinces())})
    return frozenset(k for k, n in counts.items() if n > 1)
