"""Places: what the directory knows of them (:class:`Places`), the cities under the centre
in a year (:func:`central_in`), a unit written without its level ("UBND Hải Phòng"), a
province's city, a place spelt in capitals or without tones, and the place or province a
text names most often (read when no form gives the issuer's place).
"""

from __future__ import annotations

import datetime
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection
from typing import Protocol

from ttdn.core.text import fold, squash
from ttdn.directory.seed import central_since
from ttdn.importer.extract.common import PROPER_NAME
from ttdn.importer.extract.metadata.text import _I, _persons_name

# (a unit below the province marks itself, "lower": its province may follow its name)
# A headline running into its text puts an event's word, capitalised, after a body's unit
# word ("Chi bộ Sở Ngoại vụ tỉnh Đại hội lần thứ IV …"): the event, not a place's name
# ("huyện Đại Lộc" is a place: both its words capitalised).
_NOT_AN_EVENT = (
    r"(?!(?:Đại\s+hội|Hội\s+nghị|Hội\s+thảo|Tổng\s+kết|Sơ\s+kết|Tổ\s+chức|Triển\s+khai"
    r"|Ký\s+kết|Tập\s+huấn|Họp\s+(?:báo|mặt))(?!\w))"
)
# "TPHCM", "TP.HCM", "TP HCM": the city written as one abbreviation.
_HCM = r"(?P<hcm>TP\.?\s*HCM|TPHCM)\b"
# A place name read whole: not followed by an apostrophe and a letter.
_NOT_CUT_AT_APOSTROPHE = r"(?![’'ʼ‘]\w)"
_UNIT_NAME_RE = re.compile(
    # (Also opening a sentence: "Tỉnh Phú Yên vừa ban hành …".)
    r"\b([Tt]ỉnh|[Tt]hành\s+phố|[Hh]uyện|[Qq]uận|[Tt]hị\s+xã|[Xx]ã|[Pp]hường|[Tt]hị\s+trấn)[ \u00a0]+"
    r"(?!(?:Ủy|Uỷ|ỦY|Đoàn|Đội)\b)"
    + _NOT_AN_EVENT
    + r"((?>"
    + PROPER_NAME
    + r"))"
    # (not a name cut at an apostrophe: "Phó Chủ tịch UBND tỉnh H’Liên Niê" is a person, the
    # names of the Central Highlands peoples written so; a district so written, "huyện
    # M’Đrắk", is not read cut short either)
    + _NOT_CUT_AT_APOSTROPHE
)


# The cities governed by the centre (a province's level); every other city belongs to a
# province, at a district's level (before July 2025).
_CENTRAL_CITIES = frozenset(
    {
        "ha noi",
        "ho chi minh",
        "hai phong",
        "da nang",
        "can tho",
        "hue",
        "thua thien hue",
        "dong nai",
        "quang ninh",
        "bac ninh",
    }
)
# The year each city came under the centre, where the division data does not tell it (its
# units are dated by generation: those before July 2025 call Huế a city under the centre
# with no start, today's call Đồng Nai one from July 2025). Before that year the city is a
# province's (Huế, Bắc Ninh) or the province itself (Đồng Nai, Quảng Ninh). Hà Nội, Hồ Chí
# Minh and Hải Phòng were before any document read. The days and the resolutions are the
# directory's (``cities_under_the_centre`` in its data, ``ttdn.directory.seed.central_since``:
# Đà Nẵng 1997, Cần Thơ 2004, Huế and the province Thừa Thiên Huế it was made from 2025,
# Đồng Nai, Quảng Ninh, Bắc Ninh 2026), which names their bodies by the same days.
_CENTRAL_SINCE = {name: day.year for name, day in central_since().items()}
# Those whose name was a province's own city (a district's level) before, with the province
# it belonged to: "thành phố Huế" of Thừa Thiên Huế, "thành phố Bắc Ninh" of Bắc Ninh
# province (until 2025). "Thành phố Đồng Nai" or "thành phố Quảng Ninh" named no city
# before its establishment: a text that writes it was written after, whatever older year
# it names.
_PROVINCES_CITY_BEFORE = {
    "da nang": "quang nam - da nang",
    "can tho": "can tho",
    "hue": "thua thien hue",
    "bac ninh": "bac ninh",
}


# (and the days themselves: a text dated 10/02/2026 is read before Đồng Nai's 30/04/2026)
_CENTRAL_SINCE_DAY = central_since()


# The provinces of :data:`_PROVINCES_CITY_BEFORE` named otherwise than their city, as written.
_PROVINCE_WRITTEN = {
    "thua thien hue": "Thừa Thiên Huế",
    "quang nam - da nang": "Quảng Nam - Đà Nẵng",
}


def _province_of_city(folded: str) -> str | None:
    """The province whose own city ``folded`` was before it came under the centre, as it
    is written ("hue": "Thừa Thiên Huế"), when that is another name."""
    return _PROVINCE_WRITTEN.get(_PROVINCES_CITY_BEFORE.get(folded, ""))


def central_in(names: frozenset[str], year: int | datetime.date | None) -> frozenset[str]:
    """Those of ``names`` (folded, cities under the centre today) that were so in ``year``,
    or on that day when a day is given (the document's date of issue: a city is under the
    centre from its resolution's day, not from the first of its year); all of them when
    neither is known (today's status)."""
    if year is None:
        return names
    if isinstance(year, datetime.date):
        return frozenset(
            name for name in names if _CENTRAL_SINCE_DAY.get(name, datetime.date.min) <= year
        )
    return frozenset(name for name in names if _CENTRAL_SINCE.get(name, 0) <= year)


def year_of(when: int | datetime.date | None) -> int | None:
    """The year of a day or a year the places are read in."""
    return when.year if isinstance(when, datetime.date) else when


def _bare_unit(folded: str, cities: frozenset[str]) -> str:
    """The unit word of a province-level place named with none after a body ("UBND Bắc
    Ninh"), in the year read (``cities``: the cities under the centre then): "thành phố"
    for one of those, or for a province's own city that no province was named after ("UBND
    Huế" in 2020: Thừa Thiên Huế's city); else "tỉnh" ("UBND Bắc Ninh" in 2019)."""
    if folded in cities:
        return "thành phố"
    province = _PROVINCES_CITY_BEFORE.get(folded)
    return "thành phố" if province and province != folded else "tỉnh"


def _provinces_city(folded: str, cities: frozenset[str], *, party: bool = False) -> bool:
    """Whether "thành phố X" (``folded``: "bac ninh") names a province's own city, at a
    district's level, in the year the text is read in (``cities``: the cities under the
    centre then): not one of those, and not a city that only ever was one (after its
    establishment). A city's Party committee ("Thành ủy Bắc Ninh", ``party``) is read so
    only for the cities the reader knows changed (any other "Thành ủy X" is a province's,
    as before)."""
    if folded in cities:
        return False
    if party:
        return folded in _PROVINCES_CITY_BEFORE
    return folded in _PROVINCES_CITY_BEFORE or folded not in _CENTRAL_SINCE


class Places(Protocol):
    """What the reader asks the directory about places, for the document being read. The
    directory's side keeps its answers for the document, so a question costs one query at
    most, and the names a step asks about together are asked in one."""

    def spelling(self, folded_names: Collection[str]) -> dict[str, str]:
        """The names among ``folded_names`` ("hoa binh", "binh phuoc nguyen van") that are
        units, as the directory spells them ({"hoa binh": "Hòa Bình"})."""
        ...

    def provinces(self) -> frozenset[str]:
        """The folded names of the provinces and centrally governed cities, those of before
        the 2025 merger too ("binh dinh", "thua thien hue", "ha noi")."""
        ...

    def central_cities(self, year: int | datetime.date | None = None) -> frozenset[str]:
        """The folded names of the cities governed by the centre in ``year`` (today's when
        ``None``; the reader's own list until the directory's city data is checked)."""
        return central_in(_CENTRAL_CITIES, year)


def _spelt(places: Places, name: str) -> str | None:
    """The directory's spelling of the unit called ``name``, if it knows one."""
    folded = fold(name)
    return places.spelling((folded,)).get(folded)


# Foreign countries a place may be written with ("thành phố Kobe - Nhật Bản", "các tỉnh
# Nam Lào", "Khu tự trị … Quảng Tây (Trung Quốc)"): a partner's place, not the body's.
_FOREIGN = (
    "Lào|Campuchia|Cam-pu-chia|Trung\\s+Quốc|Nhật\\s+Bản|Hàn\\s+Quốc|Thái\\s+Lan|Hoa\\s+Kỳ|Mỹ|Nga"
    "|Pháp|Đức|Anh|Ấn\\s+Độ|Australia|Úc|Singapore|Malaysia|Indonesia|Philippines|Myanmar|Cuba"
    "|Triều\\s+Tiên|Đài\\s+Loan|Mông\\s+Cổ|Ba\\s+Lan|Séc|Hungary|Bỉ|Ý|Italia|Canada"
)
# (A name ending in a country: "Nam Lào"; not "Nga Sơn", "Mỹ Tho", which open with one.)
_FOREIGN_PLACE_RE = re.compile(rf"(?<!\w)(?:{_FOREIGN})$")
_COUNTRY_STYLE = (
    r"(?:(?i:cộng\s+h[òo]a)(?:\s+(?i:dân\s+chủ|nhân\s+dân|xã\s+hội\s+chủ\s+nghĩa|liên\s+bang))*"
    r"|CHDCND|CHND|CHLB)\s+"
)
_PLACE_AFTER_RE = re.compile(
    rf"\s*(?:[-–(]\s*)?(?:{_FOREIGN})(?!\w)"
    # (its country after a comma or "thuộc", with "nước" or the country's style: "tỉnh Hủa
    # Phăn, nước Cộng hòa Dân chủ Nhân dân Lào", "…, nước CHDCND Lào", "… thuộc nước bạn
    # Lào")
    rf"|\s*(?:,\s*(?:nước\s+(?:bạn\s+)?(?:{_COUNTRY_STYLE})?|{_COUNTRY_STYLE})"
    rf"|\s(?:thuộc|của)\s+(?:nước\s+(?:bạn\s+)?)?(?:{_COUNTRY_STYLE})?)(?:{_FOREIGN})(?!\w)"
    # (a country bare after a comma only when its clause ends there: "…, Lào,")
    rf"|\s*,\s*(?:{_FOREIGN})(?=\s*[,.;)\n]|\s*$)"
)
# "4 tỉnh Quảng Ninh, Lạng Sơn, Cao Bằng, Hà Giang", "các tỉnh …": several places listed.
_PLACES_BEFORE_RE = re.compile(r"(?:\b\d{1,2}|\bcác|\bnhững|\bmột\s+số|\bhai|\bba|\bbốn)\s+$", _I)
_PLACES_LIST_RE = re.compile(rf"\s*,\s*{PROPER_NAME}\s*(?:,|\bvà\b)")


_TRANSLITERATED_RE = re.compile(r"-[a-zà-ỹđ]")


def _single_place(text: str, match: re.Match) -> bool:
    """Whether a "<unit word> <name>" match names one place of this country: not a list
    ("4 tỉnh A, B, C", "các tỉnh …") nor a foreign partner's place."""
    name = match.group(2)
    if _FOREIGN_PLACE_RE.search(name) or _PLACE_AFTER_RE.match(text, match.end(2)):
        return False
    if _TRANSLITERATED_RE.match(text, match.end(2)):
        return False  # "tỉnh U-li-a-nốp": a foreign name written syllable by syllable
    if _PLACES_BEFORE_RE.search(text, max(0, match.start() - 12), match.start()):
        return False
    if _WELCOMED_BEFORE_RE.search(text, max(0, match.start() - WELCOMED_LIMIT), match.start()):
        return False  # a delegation received: its place is the guests', not the host's
    return not _PLACES_LIST_RE.match(text, match.end(2))


# A delegation received, named before its place in the same clause: "… đón đoàn công tác của
# tỉnh …", "… tiếp đoàn khách Lào và đoàn doanh nghiệp thành phố …".
_WELCOMED_BEFORE_RE = re.compile(
    r"\b(?:đón(?:\s+tiếp)?|tiếp(?:\s+xã\s+giao)?)\s+(?:[^.;\n]{0,80}?\s)?đoàn\b"
    # (not the place they visit, the host's: "Đón đoàn … đến thăm Quảng Bình")
    r"(?:(?!\b(?:thăm|tại|đến|sang|với)\b)[^.;\n]){0,60}$",
    _I,
)
WELCOMED_LIMIT = 160  # characters: the clause from the welcome to the guests' place


_HCM_RE = re.compile(r"(?<!\w)" + _HCM)
# A Party committee names its place ("Ban Thường vụ Tỉnh ủy Kon Tum", "Huyện ủy Bảo Lâm").
_COMMITTEE_PLACE_RE = re.compile(
    r"\b(Tỉnh|Thành|Huyện|Thị)[ \u00a0]+(?:[ủỷỦỶ]y|uỷ)[ \u00a0]+((?>"
    + PROPER_NAME
    + r"))"
    + _NOT_CUT_AT_APOSTROPHE
)
_COMMITTEE_UNIT = {"tỉnh": "tỉnh", "thành": "thành phố", "huyện": "huyện", "thị": "thị xã"}


def _placed_body_unit(org: str) -> str:
    """The unit word of the place a province's or a district's body is named with, when it
    is written without it: a department ("Sở …") or a Party committee and its boards."""
    if org.startswith("Sở "):
        return "tỉnh"
    committee = re.search(r"\b(Tỉnh|Thành|Huyện|Thị)\s+(?:[ủỷ]y|uỷ)$", org, _I)
    return _COMMITTEE_UNIT[committee.group(1).lower()] if committee else ""


def _letters(name: str) -> str:
    """A place's name folded to its letters alone ("Bà Rịa - Vũng Tàu": "bariavungtau")."""
    return re.sub(r"[\W_]", "", fold(name).lower())


def _most_frequent_place(
    text: str, unit_word: str, places: Places | None = None
) -> tuple[str, int | None]:
    """The place the text names most often after ``unit_word`` ("tỉnh Hà Tĩnh") or as the
    committee of that unit ("Tỉnh ủy Kon Tum"); never a chair's name ("UBND tỉnh Nguyễn Văn
    A"): with the directory at hand, a person's name is counted only if it is a place."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    if unit_word == "thành phố":  # "TPHCM", "TP.HCM"
        for match in _HCM_RE.finditer(text):
            counts["Hồ Chí Minh"] += 1
            first.setdefault("Hồ Chí Minh", match.start())
    named = [
        *(m for m in _UNIT_NAME_RE.finditer(text) if squash(m.group(1)).lower() == unit_word),
        *(
            m
            for m in _COMMITTEE_PLACE_RE.finditer(text)
            if _COMMITTEE_UNIT[m.group(1).lower()] == unit_word
        ),
    ]
    # (a partner's place the text once names with its country, "tỉnh Hủa Phăn, nước Cộng hòa
    # Dân chủ Nhân dân Lào", is the partner's wherever it is named bare)
    foreign = {
        fold(squash(m.group(2)))
        for m in named
        if m.re is _UNIT_NAME_RE and _PLACE_AFTER_RE.match(text, m.end(2))
    }
    named = [
        match
        for match in named
        if _single_place(text, match) and fold(squash(match.group(2))) not in foreign
    ]
    # (every name asked at once: the persons' names are checked, and the place found is
    # spelt next)
    known = places.spelling({fold(squash(m.group(2))) for m in named}) if places else {}
    provinces = (
        {_letters(p) for p in places.provinces()} if places and unit_word == "tỉnh" else set()
    )
    for match in named:
        name = squash(match.group(2))
        if places and _persons_name(name) and fold(name) not in known:
            continue
        if (
            provinces
            and match.re is _COMMITTEE_PLACE_RE
            and not any(_letters(name).startswith(p) for p in provinces)
        ):
            # "Phó Trưởng ban … Ban Tuyên giáo Tỉnh ủy Tân Văn Ngữ đề nghị …": the words after
            # a province's committee that begin with no province's name are a speaker's name
            continue
        counts[name] += 1
        first.setdefault(name, match.start(2))
    if not counts:
        return "", None
    name, _count = counts.most_common(1)[0]
    return name, first[name]


_SENTENCE_LINE_END_RE = re.compile(r"[.;:!?][”\"')]?[ \t]*$")


class _Lines:
    """Whether a name stands in the item's headline or in a line of its prose, not in a
    portal's list of other headlines or teasers ("Sức sống nghệ thuật đường phố Hải
    Phòng", "… nở rộ,…"): each line judged once, however many names it holds (a page pasted
    as one long line holds thousands)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]
        first = re.search(r"\S", text)
        self.headline_until = first.start() if first else len(text)
        self.judged: dict[int, bool] = {}

    def in_a_sentence(self, match: re.Match) -> bool:
        line = bisect_right(self.starts, match.start()) - 1
        if line not in self.judged:
            start = self.starts[line]
            end = self.starts[line + 1] - 1 if line + 1 < len(self.starts) else len(self.text)
            text = self.text[start:end]
            self.judged[line] = start <= self.headline_until or (
                bool(_SENTENCE_LINE_END_RE.search(text)) and not text.rstrip().endswith("…")
            )
        return self.judged[line]


def _province_at_end(words: str, provinces: frozenset[str]) -> str:
    """The province the last words of a name are ("Sở Ngoại vụ Vĩnh Phúc": Vĩnh Phúc)."""
    split = words.split()
    for size in range(min(len(split), 4), 0, -1):
        name = " ".join(split[-size:])
        if fold(name) in provinces:
            return name
    return ""


def _most_frequent_province(text: str, provinces: frozenset[str]) -> tuple[str, int | None]:
    """The province the text names most often by its bare name (the last words of a run of
    capitalised words: "Báo Hà Nam", "Năm Du lịch quốc gia Bình Thuận")."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    lines = _Lines(text)
    for match in re.finditer(PROPER_NAME, text):
        if _TRANSLITERATED_RE.match(text, match.end()) or not lines.in_a_sentence(match):
            continue
        if _WELCOMED_BEFORE_RE.search(text, max(0, match.start() - WELCOMED_LIMIT), match.start()):
            continue  # a delegation received: the guests' place
        run = match.group(0)
        # ("Bà Rịa - Vũng Tàu" is one name; "“Bình Thuận - Hội tụ xanh”" two)
        for piece in (run, *re.split(r"\s*-\s*", run)) if "-" in run else (run,):
            name = _province_at_end(piece, provinces)
            if name:
                counts[name] += 1
                first.setdefault(name, match.start() + run.find(name))
                break
    if not counts:
        return "", None
    name, _count = counts.most_common(1)[0]
    return name, first[name]
