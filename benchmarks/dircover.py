#!/usr/bin/env python
"""Coverage of the issuers and places of every province: bodies x provinces x eras x forms.

    python benchmarks/dircover.py [--show] [--part reader|directory] [--body KEY] [--json F]

The corpus's unseen documents read the issuer worse than its development part; part of that
gap may be bodies or places the reader or the directory does not know, which no document's
wording decides. This matrix asks it of every province instead: the 63 provinces before
01/07/2025 (on 10/05/2024) and the 34 after (on 15/09/2025), each with the bodies that issue
external-information (TTĐN) documents as that era named them (the people's committee and
council and the committee's office, the party committee and its standing board, the
propaganda board (merged with mass mobilisation in 2025), the TTĐN steering committee, the
external-relations, information-and-communications and culture departments, the Front, the
friendship union, the border guard command), and the central bodies (the ministries before
and after the 2025 mergers, the Party's central boards, the Government's office, the
Front's central committee). Districts before 2025 are taken from the administrative-unit
data (every tenth district, their people's and party committees).

Two parts, each calling what the importer calls:

* ``reader``: a short text (a formal header in capitals, or a news lede "Ngày …, <body> ban
  hành Kế hoạch số …") read by :func:`ttdn.importer.extract.extract`; the cell passes when
  the issuer, level and locality are those the corpus's gold conventions write
  (tests/fixtures/importer/real/README.md: the official name with its place, a standing
  board read as its committee). It runs first, with the directory the corpus's benchmark
  loads (six provinces), since a body the directory holds is named as it names it.
* ``directory``: the name in full, abbreviated and without diacritics resolved by the
  directory's index (:meth:`ttdn.directory.resolver.AgencyIndex.resolve`, as the importer's
  :class:`~ttdn.importer.extract.agencies.Resolver` does) on the era's day, with every
  province loaded; the cell passes when it finds the body the directory names for it.

No corpus sentence is used: the texts are made from the forms below.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import importer as bench  # noqa: E402  (Django's settings and the throw-away database)

PRE = datetime.date(2024, 5, 10)
POST = datetime.date(2025, 9, 15)
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
PARTY_MOTTO = "ĐẢNG CỘNG SẢN VIỆT NAM"


@dataclass(frozen=True)
class Place:
    name: str
    unit: str  # "tỉnh" / "thành phố" on the era's day

    @property
    def written(self) -> str:  # the unit word as the gold writes it before the name
        return "Thành phố" if self.name == "Hồ Chí Minh" else self.unit

    @property
    def loc(self) -> str:
        return f"{self.written} {self.name}"

    @property
    def party(self) -> str:
        return "Thành ủy" if self.unit == "thành phố" else "Tỉnh ủy"

    @property
    def pname(self) -> str:  # the name after the party committee
        return "Thành phố Hồ Chí Minh" if self.name == "Hồ Chí Minh" else self.name


def provinces(era: str) -> list[Place]:
    from ttdn.core.text import fold, traditional_tone_place
    from ttdn.directory import gazetteer, seed

    day = PRE if era == "pre" else POST
    units = gazetteer.legacy_provinces() if era == "pre" else gazetteer.current_provinces()
    out = []
    for p in units:
        unit, name = p.type_word, p.name
        for change in seed.city_changes():
            if change.former_province and fold(change.name) == fold(name) and day < change.since:
                unit, name = "tỉnh", change.former_province
        # (the place as the gold writes it, the tone on the vowel the law puts it: Hòa Bình)
        out.append(Place(traditional_tone_place(name), unit))
    return out


@dataclass(frozen=True)
class Body:
    """A province's body in one era: its expected issuer and level, its forms in running
    text (label, words), its header lines in capitals, and its name in the directory."""

    key: str
    issuer: str
    level: str
    running: tuple[tuple[str, str], ...]
    header: str | None
    directory: str | None  # the directory's canonical name (None: not a directory body)
    names: tuple[tuple[str, str], ...] = ()  # forms resolved by the directory


def _no_marks(text: str) -> str:
    import unicodedata

    text = text.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def province_bodies(p: Place, era: str) -> list[Body]:
    L, N, P, PN, U = p.loc, p.name, p.party, p.pname, p.unit
    caps = f"{U} {N}".upper()
    out = [
        Body(
            "ubnd",
            f"Ủy ban nhân dân {L}",
            "province",
            (("full", f"Ủy ban nhân dân {U} {N}"), ("UBND", f"UBND {U} {N}")),
            f"ỦY BAN NHÂN DÂN\n{caps}",
            f"Ủy ban nhân dân {L}",
            (("full", f"Ủy ban nhân dân {L}"), ("UBND", f"UBND {U} {N}")),
        ),
        Body(
            "hdnd",
            f"Hội đồng nhân dân {L}",
            "province",
            (("full", f"Hội đồng nhân dân {U} {N}"), ("HĐND", f"HĐND {U} {N}")),
            f"HỘI ĐỒNG NHÂN DÂN\n{caps}",
            f"Hội đồng nhân dân {L}",
            (("full", f"Hội đồng nhân dân {L}"), ("HĐND", f"HĐND {U} {N}")),
        ),
        Body(
            "vp_ubnd",
            f"Văn phòng Ủy ban nhân dân {L}",
            "province",
            (
                ("full", f"Văn phòng Ủy ban nhân dân {U} {N}"),
                ("VP UBND", f"Văn phòng UBND {U} {N}"),
            ),
            f"ỦY BAN NHÂN DÂN {caps}\nVĂN PHÒNG",
            f"Văn phòng Ủy ban nhân dân {L}",
            (("full", f"Văn phòng Ủy ban nhân dân {L}"), ("VP UBND", f"VP UBND {U} {N}")),
        ),
        Body(
            "tinh_uy",
            f"{P} {PN}",
            "province",
            (("full", f"{P} {PN}"), ("BTV", f"Ban Thường vụ {P} {PN}")),
            f"ĐẢNG BỘ {caps}\n{P.upper()}",
            f"{P} {PN}",
            (("full", f"{P} {PN}"), ("BTV", f"Ban Thường vụ {P} {PN}")),
        ),
        Body(
            "ban_tuyen_giao" if era == "pre" else "ban_tgdv",
            f"Ban Tuyên giáo {P} {PN}" if era == "pre" else f"Ban Tuyên giáo và Dân vận {P} {PN}",
            "province",
            (
                ("full", f"Ban Tuyên giáo {P} {PN}"),
                ("BTG", f"BTG {P} {PN}"),
            )
            if era == "pre"
            else (
                ("full", f"Ban Tuyên giáo và Dân vận {P} {PN}"),
                ("Ban TG&DV", f"Ban TG&DV {P} {PN}"),
            ),
            f"{P.upper()} {N.upper()}\nBAN TUYÊN GIÁO"
            if era == "pre"
            else f"{P.upper()} {N.upper()}\nBAN TUYÊN GIÁO VÀ DÂN VẬN",
            f"Ban Tuyên giáo {P} {PN}" if era == "pre" else f"Ban Tuyên giáo và Dân vận {P} {PN}",
            (("full", f"Ban Tuyên giáo {P} {PN}"), ("BTG", f"BTG {P} {PN}"))
            if era == "pre"
            else (
                ("full", f"Ban Tuyên giáo và Dân vận {P} {PN}"),
                ("Ban TG&DV", f"Ban TG&DV {P} {PN}"),
            ),
        ),
        Body(
            "mttq",
            f"Ủy ban Mặt trận Tổ quốc Việt Nam {L}",
            "province",
            (
                ("full", f"Ủy ban Mặt trận Tổ quốc Việt Nam {U} {N}"),
                ("Ủy ban MTTQ", f"Ủy ban MTTQ Việt Nam {U} {N}"),
            ),
            f"ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\n{caps}",
            f"Ủy ban Mặt trận Tổ quốc Việt Nam {L}",
            (
                ("full", f"Ủy ban Mặt trận Tổ quốc Việt Nam {L}"),
                ("UBMTTQ", f"UBMTTQ {U} {N}"),
            ),
        ),
        Body(
            "lhhn",
            f"Liên hiệp các tổ chức hữu nghị {L}",
            "province",
            (
                ("full", f"Liên hiệp các tổ chức hữu nghị {U} {N}"),
                ("TCHN", f"Liên hiệp các TCHN {U} {N}"),
            ),
            f"LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ\n{caps}",
            f"Liên hiệp các tổ chức hữu nghị {L}",
            (
                ("full", f"Liên hiệp các tổ chức hữu nghị {L}"),
                ("TCHN", f"Liên hiệp các TCHN {U} {N}"),
            ),
        ),
        Body(
            "bdbp",
            f"Bộ Chỉ huy Bộ đội Biên phòng {L}",
            "province",
            (
                ("full", f"Bộ Chỉ huy Bộ đội Biên phòng {U} {N}"),
                ("BĐBP", f"Bộ Chỉ huy BĐBP {U} {N}"),
            ),
            f"BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG\nBỘ CHỈ HUY BĐBP {caps}",
            f"Bộ Chỉ huy Bộ đội Biên phòng {L}",
            (
                ("full", f"Bộ Chỉ huy Bộ đội Biên phòng {L}"),
                ("BĐBP", f"Bộ Chỉ huy BĐBP {U} {N}"),
            ),
        ),
        Body(
            "bcd_ttdn",
            f"Ban Chỉ đạo công tác thông tin đối ngoại {L}",
            "province",
            (
                ("full", f"Ban Chỉ đạo công tác thông tin đối ngoại {U} {N}"),
                ("TTĐN", f"Ban Chỉ đạo công tác TTĐN {U} {N}"),
            ),
            f"ỦY BAN NHÂN DÂN {caps}\nBAN CHỈ ĐẠO CÔNG TÁC\nTHÔNG TIN ĐỐI NGOẠI",
            f"Ban Chỉ đạo công tác thông tin đối ngoại {L}",
            (
                ("full", f"Ban Chỉ đạo công tác thông tin đối ngoại {L}"),
                ("BCĐ TTĐN", f"BCĐ TTĐN {U} {N}"),
            ),
        ),
        Body(
            "vhttdl",
            f"Sở Văn hóa, Thể thao và Du lịch {L}",
            "department",
            (
                ("full", f"Sở Văn hóa, Thể thao và Du lịch {U} {N}"),
                ("VHTTDL", f"Sở VHTTDL {U} {N}"),
            ),
            f"UBND {caps}\nSỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
            None,  # (the culture department of a province that has one by another name)
            (
                ("full", f"Sở Văn hóa, Thể thao và Du lịch {L}"),
                ("VHTTDL", f"Sở VHTTDL {U} {N}"),
            ),
        ),
        Body(
            "vhtt",
            f"Sở Văn hóa và Thể thao {L}",
            "department",
            (
                ("full", f"Sở Văn hóa và Thể thao {U} {N}"),
                ("VH&TT", f"Sở VH&TT {U} {N}"),
            ),
            f"UBND {caps}\nSỞ VĂN HÓA VÀ THỂ THAO",
            None,
            (
                ("full", f"Sở Văn hóa và Thể thao {L}"),
                ("VH&TT", f"Sở VH&TT {U} {N}"),
            ),
        ),
    ]
    if era == "pre" or p.name == "Hồ Chí Minh":
        out.append(
            Body(
                "ngoai_vu",
                f"Sở Ngoại vụ {L}",
                "department",
                (("full", f"Sở Ngoại vụ {U} {N}"),),
                f"UBND {caps}\nSỞ NGOẠI VỤ",
                f"Sở Ngoại vụ {L}",
                (("full", f"Sở Ngoại vụ {L}"),),
            )
        )
    if era == "pre":
        out.append(
            Body(
                "tttt",
                f"Sở Thông tin và Truyền thông {L}",
                "department",
                (
                    ("full", f"Sở Thông tin và Truyền thông {U} {N}"),
                    ("TT&TT", f"Sở TT&TT {U} {N}"),
                ),
                f"UBND {caps}\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG",
                f"Sở Thông tin và Truyền thông {L}",
                (
                    ("full", f"Sở Thông tin và Truyền thông {L}"),
                    ("TT&TT", f"Sở TT&TT {U} {N}"),
                ),
            )
        )
    return out


def central_bodies(era: str) -> list[Body]:
    def body(key, name, forms, header, names=None):
        return Body(key, name, "national", forms, header, name, names or forms)

    out = [
        body(
            "ttg", "Thủ tướng Chính phủ", (("full", "Thủ tướng Chính phủ"),), "THỦ TƯỚNG CHÍNH PHỦ"
        ),
        body(
            "vpcp",
            "Văn phòng Chính phủ",
            (("full", "Văn phòng Chính phủ"), ("VPCP", "VPCP")),
            "VĂN PHÒNG CHÍNH PHỦ",
        ),
        body("bng", "Bộ Ngoại giao", (("full", "Bộ Ngoại giao"),), "BỘ NGOẠI GIAO"),
        body("bqp", "Bộ Quốc phòng", (("full", "Bộ Quốc phòng"),), "BỘ QUỐC PHÒNG"),
        body(
            "bdntw",
            "Ban Đối ngoại Trung ương",
            (("full", "Ban Đối ngoại Trung ương"), ("TW", "Ban Đối ngoại TW")),
            "BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN ĐỐI NGOẠI",
        ),
        body(
            "bcd_tw",
            "Ban Chỉ đạo công tác thông tin đối ngoại Trung ương",
            (
                ("full", "Ban Chỉ đạo công tác thông tin đối ngoại Trung ương"),
                ("TTĐN", "Ban Chỉ đạo công tác TTĐN Trung ương"),
            ),
            "BAN CHỈ ĐẠO CÔNG TÁC\nTHÔNG TIN ĐỐI NGOẠI TRUNG ƯƠNG",
        ),
        body(
            "mttq_tw",
            "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
            (
                ("full", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"),
                ("MTTQ", "Ủy ban Trung ương MTTQ Việt Nam"),
            ),
            "ỦY BAN TRUNG ƯƠNG\nMẶT TRẬN TỔ QUỐC VIỆT NAM",
        ),
        body(
            "vufo",
            "Liên hiệp các tổ chức hữu nghị Việt Nam",
            (
                ("full", "Liên hiệp các tổ chức hữu nghị Việt Nam"),
                ("TCHN", "Liên hiệp các TCHN Việt Nam"),
            ),
            "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ VIỆT NAM",
        ),
    ]
    if era == "pre":
        out += [
            body(
                "bo_tttt",
                "Bộ Thông tin và Truyền thông",
                (("full", "Bộ Thông tin và Truyền thông"), ("TT&TT", "Bộ TT&TT")),
                "BỘ THÔNG TIN VÀ TRUYỀN THÔNG",
            ),
            body(
                "ban_tgtw",
                "Ban Tuyên giáo Trung ương",
                (("full", "Ban Tuyên giáo Trung ương"), ("TW", "Ban Tuyên giáo TW")),
                "BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TUYÊN GIÁO",
            ),
            body(
                "bo_vhttdl",
                "Bộ Văn hóa, Thể thao và Du lịch",
                (("full", "Bộ Văn hóa, Thể thao và Du lịch"), ("VHTTDL", "Bộ VHTTDL")),
                "BỘ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH",
            ),
            body(
                "bo_khdt",
                "Bộ Kế hoạch và Đầu tư",
                (("full", "Bộ Kế hoạch và Đầu tư"), ("KH&ĐT", "Bộ KH&ĐT")),
                "BỘ KẾ HOẠCH VÀ ĐẦU TƯ",
            ),
        ]
    else:
        out += [
            body(
                "bo_vhttdl",
                "Bộ Văn hóa, Thể thao và Du lịch",
                (("full", "Bộ Văn hóa, Thể thao và Du lịch"), ("VHTTDL", "Bộ VHTTDL")),
                "BỘ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH",
            ),
            body(
                "ban_tgdvtw",
                "Ban Tuyên giáo và Dân vận Trung ương",
                (
                    ("full", "Ban Tuyên giáo và Dân vận Trung ương"),
                    ("TW", "Ban Tuyên giáo và Dân vận TW"),
                ),
                "BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TUYÊN GIÁO VÀ DÂN VẬN",
            ),
            body(
                "bo_khcn",
                "Bộ Khoa học và Công nghệ",
                (("full", "Bộ Khoa học và Công nghệ"), ("KH&CN", "Bộ KH&CN")),
                "BỘ KHOA HỌC VÀ CÔNG NGHỆ",
            ),
        ]
    return out


def district_bodies(step: int = 10) -> list[tuple[Place, Body]]:
    """Every ``step``-th district before 2025: its people's and party committees."""
    from ttdn.directory import gazetteer

    party_word = {
        "huyện": "Huyện ủy",
        "quận": "Quận ủy",
        "thị xã": "Thị ủy",
        "thành phố": "Thành ủy",
    }
    shared = gazetteer.ambiguous_localities()
    from ttdn.core.text import fold_words, traditional_tone_place

    out = []
    for d in gazetteer.legacy_districts()[::step]:
        if d.name.isdigit() or fold_words(d.locality) in shared:
            continue  # (numbered districts and shared names are read with their province)
        party = party_word[d.type_word]
        place = Place(traditional_tone_place(d.name), d.type_word)
        level = "district"
        out.append(
            (
                place,
                Body(
                    "d_ubnd",
                    f"Ủy ban nhân dân {d.type_word} {place.name}",
                    level,
                    (("UBND", f"UBND {d.type_word} {place.name}"),),
                    f"ỦY BAN NHÂN DÂN\n{d.type_word.upper()} {place.name.upper()}",
                    f"Ủy ban nhân dân {d.type_word} {d.name}",
                    (("UBND", f"UBND {d.type_word} {d.name}"),),
                ),
            )
        )
        out.append(
            (
                place,
                Body(
                    "d_party",
                    f"{party} {place.name}",
                    level,
                    (("full", f"{party} {place.name}"),),
                    None,
                    f"{party} {d.name}",
                    (("full", f"{party} {d.name}"),),
                ),
            )
        )
    return out


def _dateline(place: Place | None) -> str:
    return place.name if place else "Hà Nội"


def header_text(b: Body, place: Place | None, day: datetime.date) -> str | None:
    if b.header is None:
        return None
    party = b.key in ("tinh_uy", "ban_tuyen_giao", "ban_tgdv", "bdntw", "ban_tgtw", "ban_tgdvtw")
    number = "45-KH/TU" if party else "45/KH-UBND"
    return (
        f"{b.header}\n-------\n{PARTY_MOTTO if party else MOTTO}\n---------------\n"
        f"Số: {number}\n{_dateline(place)}, ngày {day.day} tháng {day.month} năm {day.year}\n"
        f"KẾ HOẠCH\nThông tin đối ngoại năm {day.year}\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao hiệu quả công tác thông tin đối ngoại.\n"
    )


def lede_text(words: str, day: datetime.date) -> str:
    return (
        f"Ngày {day.day}/{day.month}/{day.year}, {words} ban hành Kế hoạch số 45/KH-UBND về "
        f"công tác thông tin đối ngoại năm {day.year}.\n"
        "Kế hoạch nhằm nâng cao hiệu quả công tác thông tin đối ngoại, quảng bá hình ảnh "
        "con người, đất nước Việt Nam.\n"
    )


def all_bodies() -> list[tuple[str, Place | None, Body]]:
    out = []
    for era in ("pre", "post"):
        for p in provinces(era):
            out += [(era, p, b) for b in province_bodies(p, era)]
        out += [(era, None, b) for b in central_bodies(era)]
    out += [("pre", p, b) for p, b in district_bodies()]
    return out


def reader_cells(body_filter: str | None = None):
    """(era, body key, form, text, expected triple)."""
    for era, place, b in all_bodies():
        if body_filter and body_filter != b.key:
            continue
        day = PRE if era == "pre" else POST
        want = (b.issuer, b.level, place.name if place else None)
        text = header_text(b, place, day)
        if text:
            yield era, b.key, "header", text, want
        for label, words in b.running:
            yield era, b.key, f"lede {label}", lede_text(words, day), want
        for label, words in _more_running(place, b):
            yield era, b.key, f"lede {label}", lede_text(words, day), want
        for label, header in _more_headers(place, b):
            yield era, b.key, label, header_text(replace(b, header=header), place, day), want
        if place is not None and place.unit == "thành phố" and b.key == "ubnd":
            words = f"UBND TP. {place.name}"
            yield era, b.key, "lede UBND TP.", lede_text(words, day), want


# More initials and short forms of each body, in running text ({U} the unit word, {N} the
# place, {P} the party committee, {PN} the name after it).
MORE_RUNNING = {
    "ubnd": [("UB nhân dân", "UB nhân dân {U} {N}")],
    "vp_ubnd": [("VP UBND", "VP UBND {U} {N}")],
    "tinh_uy": [("BTV", "BTV {P} {PN}"), ("BCH Đảng bộ", "Ban Chấp hành Đảng bộ {U} {N}")],
    "ban_tuyen_giao": [("Ban TG", "Ban TG {P} {PN}")],
    "ban_tgdv": [("BTGDV", "BTGDV {P} {PN}"), ("dash", "Ban Tuyên giáo - Dân vận {P} {PN}")],
    "mttq": [("UBMTTQ", "UBMTTQ {U} {N}"), ("MTTQVN", "Ủy ban MTTQVN {U} {N}")],
    "lhhn": [("LHHN", "LHHN {U} {N}"), ("hữu nghị", "Liên hiệp hữu nghị {U} {N}")],
    "bdbp": [("BCH BĐBP", "BCH BĐBP {U} {N}")],
    "bcd_ttdn": [("BCĐ TTĐN", "BCĐ TTĐN {U} {N}"), ("BCĐ công tác", "BCĐ công tác TTĐN {U} {N}")],
    "vhttdl": [("VH-TT-DL", "Sở VH-TT-DL {U} {N}"), ("VH,TT&DL", "Sở VH,TT&DL {U} {N}")],
    "vhtt": [("VHTT", "Sở VHTT {U} {N}")],
    "tttt": [("TT-TT", "Sở TT-TT {U} {N}"), ("TTTT", "Sở TTTT {U} {N}")],
    "bo_tttt": [("BTTTT", "Bộ TTTT")],
    "ban_tgtw": [("Ban TGTW", "Ban TGTW")],
    "bcd_tw": [("BCĐ TW", "Ban Chỉ đạo công tác TTĐN TW")],
    "mttq_tw": [("UBTƯ", "Ủy ban TƯ MTTQ Việt Nam")],
    "bo_vhttdl": [("VH,TT&DL", "Bộ VH,TT&DL")],
    "d_ubnd": [("full", "Ủy ban nhân dân {U} {N}")],
}


def _filled(forms: list[tuple[str, str]], place: Place | None) -> list[tuple[str, str]]:
    """The forms with the place's unit, name, party committee and its place name put in."""
    if place is None:
        return forms
    values = {"U": place.unit, "N": place.name, "P": place.party, "PN": place.pname}
    return [(label, words.format(**values)) for label, words in forms]


def _more_running(place: Place | None, b: Body) -> list[tuple[str, str]]:
    return _filled(MORE_RUNNING.get(b.key, []), place)


_DEPARTMENTS = ("tttt", "vhttdl", "vhtt", "ngoai_vu")


def _more_headers(place: Place | None, b: Body) -> list[tuple[str, str]]:
    """The other header layouts of a body: the committee on one line ("UBND TỈNH X"), the
    party committee alone ("TỈNH ỦY X"), a department under its committee on three lines."""
    if place is None or b.header is None:
        return []
    caps = f"{place.unit} {place.name}".upper()
    if b.key == "ubnd":
        return [("header one line", f"UBND {caps}")]
    if b.key == "tinh_uy":
        return [("header alone", f"{place.party.upper()} {place.pname.upper()}")]
    if b.key in _DEPARTMENTS:
        department = b.header.split("\n")[-1]
        return [("header three lines", f"ỦY BAN NHÂN DÂN\n{caps}\n{department}")]
    return []


def directory_cells(body_filter: str | None = None):
    """(era, body key, form, name, day, expected directory name)."""
    for era, _place, b in all_bodies():
        if b.directory is None or (body_filter and body_filter != b.key):
            continue
        day = PRE if era == "pre" else POST
        want = b.directory
        if b.key == "bdbp" and _place is not None and _place.name not in _border(era):
            # (a province with no border guard: the name finds no body of that day; today's
            # command of the province of that name, which has one since 07/2025, may be
            # offered)
            want = None
        for label, words in [*b.names, *_more_names(_place, b)]:
            yield era, b.key, label, words, day, want
            if label == "full":
                yield era, b.key, "no marks", _no_marks(words), day, want


# More names each body is found by in the directory (placeholders as in MORE_RUNNING).
MORE_NAMES = {
    "tinh_uy": [("BCH Đảng bộ", "Ban Chấp hành Đảng bộ {U} {N}")],
    "ban_tgdv": [("dash", "Ban Tuyên giáo - Dân vận {P} {PN}"), ("BTGDV", "BTGDV {P} {PN}")],
    "bcd_ttdn": [("Ban Chỉ đạo TTĐN", "Ban Chỉ đạo TTĐN {U} {N}")],
    "mttq": [("Ủy ban MTTQ", "Ủy ban MTTQ {U} {N}")],
    "vhttdl": [("VH-TT-DL", "Sở VH-TT-DL {U} {N}")],
    "tttt": [("TTTT", "Sở TTTT {U} {N}")],
    "ban_tgtw": [("Ban TGTW", "Ban TGTW")],
    "mttq_tw": [("UBTƯ", "UBTƯ MTTQ Việt Nam")],
    "bo_tttt": [("BTTTT", "Bộ TTTT")],
    "bcd_tw": [("BCĐ TTĐN TW", "BCĐ TTĐN TW")],
}


def _more_names(place: Place | None, b: Body) -> list[tuple[str, str]]:
    return _filled(MORE_NAMES.get(b.key, []), place)


def _border(era: str) -> frozenset[str]:
    """The provinces with a border guard command (a land border or a coast), as the
    directory's data lists them (geography, not a reading)."""
    from ttdn.directory.services import agencies_seed_data

    [body] = [t for t in agencies_seed_data()["province_bodies"] if t["key"] == "bdbp"]
    names = set(body["only"][era])
    return frozenset(names | ({"Thừa Thiên Huế"} if "Huế" in names and era == "pre" else set()))


def read(text: str) -> dict:
    from ttdn.documents.source import SourceDocument
    from ttdn.importer.extract import extract

    return extract(SourceDocument(name="van-ban.txt", text=text, format="txt")).contract()


def load_all() -> None:
    """The directory of every province (the importer's benchmark loads six)."""
    from ttdn.directory import gazetteer
    from ttdn.directory.services import agencies_load

    agencies_load(provinces=[p.name for p in gazetteer.current_provinces()])


def run_reader(body_filter=None):
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    failing = []
    for era, key, form, text, want in reader_cells(body_filter):
        got = read(text)
        triple = (got["issuer"], got["level"], got["locality"])
        ok = triple == want
        tally[(era, key)][0] += ok
        tally[(era, key)][1] += 1
        if not ok:
            failing.append({"era": era, "body": key, "form": form, "want": want, "got": triple})
    return tally, failing


def run_directory(body_filter=None):
    from ttdn.core.text import same_but_tone_place
    from ttdn.directory.resolver import AgencyIndex

    index = AgencyIndex()
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    failing = []
    for era, key, form, name, day, want in directory_cells(body_filter):
        res = index.resolve(name, on=day, candidates=False)
        got = res.agency.name if res.agency else None
        # (the directory keeps the division data's spelling of a place, "Hoà Bình")
        later = res.agency is not None and (res.agency.valid_from or day) > day
        ok = (
            (want is None and later)
            or got == want
            or bool(got and want and same_but_tone_place(got, want, ignore_case=False))
        )
        tally[(era, key)][0] += ok
        tally[(era, key)][1] += 1
        if not ok:
            failing.append(
                {"era": era, "body": key, "form": form, "name": name, "want": want, "got": got}
            )
    return tally, failing


def print_tally(title: str, tally) -> None:
    total = sum(n for _ok, n in tally.values())
    passed = sum(ok for ok, _n in tally.values())
    print(f"{title}: {passed}/{total} cells pass ({total - passed} fail)")
    for (era, key), (ok, n) in sorted(tally.items()):
        mark = "" if ok == n else "  <--"
        print(f"  {era:5} {key:16} {ok:4}/{n:<4}{mark}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print every failing cell")
    parser.add_argument("--part", choices=("reader", "directory"), help="only this part")
    parser.add_argument("--body", help="only this body key")
    parser.add_argument("--json", help="write the figures and the failing cells here")
    args = parser.parse_args()
    bench.setup()
    report = {}
    # The reader first, with the directory the corpus's benchmark loads (its six provinces:
    # a body the directory holds is named as the directory names it), then the directory
    # with every province.
    if args.part in (None, "reader"):
        tally, failing = run_reader(args.body)
        print_tally("reader", tally)
        report["reader"] = {
            "tally": {f"{e} {k}": v for (e, k), v in tally.items()},
            "failing": failing,
        }
        if args.show:
            for f in failing:
                print("   ", f)
        forms = Counter(f["form"] for f in failing)
        print("  failing by form:", dict(forms))
    if args.part in (None, "directory"):
        load_all()
        tally, failing = run_directory(args.body)
        print_tally("directory", tally)
        report["directory"] = {
            "tally": {f"{e} {k}": v for (e, k), v in tally.items()},
            "failing": failing,
        }
        if args.show:
            for f in failing:
                print("   ", f)
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
