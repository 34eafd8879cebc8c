#!/usr/bin/env python
"""The issuer, level and locality read from generated texts: bodies x writings x frames.

    python benchmarks/issuer_matrix.py [--show] [--frame NAME] [--body NAME] [--json F]

The corpus's development part reads the issuer almost perfectly, so its misses no longer
say what to write next; this matrix says it from the forms instead. Each cell is one
synthetic text: a body that issues external-information (TTĐN) documents (the ministries
before and after the 2025 reorganisation, the Party's boards, the steering committees, the
people's committees of provinces, cities, districts, communes, wards and special zones,
their departments and offices, the Front, the friendship unions, the border guard …),
written one way (in full, by its initials, with its place after it or named elsewhere,
"tỉnh" / "TP." / "thành phố", a province merged in 2025, a new commune or ward), in one
frame of writing (a formal header, a letter's header with "V/v", a news lede "Ngày …, X
ban hành Kế hoạch số …", "X vừa có văn bản …", "Theo X, …", a headline, a meeting its
head chairs). Its expected reading is the body's official name with its place, the
contract's level and the place's name, as the gold conventions of
tests/fixtures/importer/real write them.

A cell passes when the issuer, the level and the locality are all right (read whole).
No corpus sentence is used: the texts are made from the templates below.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import importer as bench  # noqa: E402  (Django's settings and the throw-away database)


@dataclass(frozen=True)
class Place:
    name: str
    unit: str  # "tỉnh", "thành phố" (a city under the centre), "huyện", "xã", "phường", "đặc khu"

    @property
    def issuer_unit(self) -> str:
        # The gold writes Hồ Chí Minh City's unit word with its capital.
        return "Thành phố" if self.name == "Hồ Chí Minh" else self.unit

    @property
    def caps(self) -> str:
        return f"{self.unit} {self.name}".upper()

    @property
    def level(self) -> str:
        return {
            "huyện": "district",
            "xã": "commune",
            "phường": "commune",
            "đặc khu": "commune",
        }.get(self.unit, "province")


PROVINCES = [
    Place("Lào Cai", "tỉnh"),
    Place("Gia Lai", "tỉnh"),
    Place("Nghệ An", "tỉnh"),
    Place("Khánh Hòa", "tỉnh"),
    Place("Đắk Lắk", "tỉnh"),
    Place("Hà Tĩnh", "tỉnh"),
    Place("An Giang", "tỉnh"),
    Place("Thanh Hóa", "tỉnh"),
]
CITIES = [
    Place("Hải Phòng", "thành phố"),
    Place("Huế", "thành phố"),
    Place("Đà Nẵng", "thành phố"),
    Place("Cần Thơ", "thành phố"),
    Place("Hà Nội", "thành phố"),
]
COMMUNES = [
    Place("Bản Lầu", "xã"),
    Place("Hoàn Kiếm", "phường"),
    Place("Phú Quốc", "đặc khu"),
    Place("Ia Grai", "xã"),
    Place("Pleiku", "phường"),
    Place("Côn Đảo", "đặc khu"),
]
DISTRICTS = [Place("Thường Xuân", "huyện"), Place("Mường Lát", "huyện")]


@dataclass(frozen=True)
class Writing:
    """One way a body is written: in running text, in a header (lines in capitals, or None
    when the body has no header form of its own), its head's title (for a meeting it
    chairs), and the expected issuer, level and locality."""

    body: str  # the body's family, for grouping
    way: str  # how it is written, for grouping
    running: str
    header: str | None
    head: str
    issuer: str | None
    level: str | None
    locality: str | None
    place: Place | None = None  # the place the text names elsewhere (a body written without it)
    in_headline: bool = False  # that place named in a headline above ("Gia Lai: …"), not after


def _unit_ways(place: Place) -> list[tuple[str, str]]:
    """The ways a place's unit word is written before its name, with a label."""
    if place.unit == "thành phố":
        return [("thành phố", "thành phố"), ("TP.", "TP."), ("Thành phố", "Thành phố")]
    return [(place.unit, place.unit)]


def writings() -> list[Writing]:
    out: list[Writing] = []

    def add(body, way, running, header, head, issuer, level, locality, place=None):
        out.append(Writing(body, way, running, header, head, issuer, level, locality, place))

    # People's committees of provinces and cities under the centre.
    for i, p in enumerate(PROVINCES[:4] + CITIES):
        full = f"Ủy ban nhân dân {p.issuer_unit} {p.name}"
        add(
            "UBND province",
            "Ủy ban nhân dân (UBND) unit X",
            f"Ủy ban nhân dân (UBND) {p.unit} {p.name}",
            None,
            "Chủ tịch",
            full,
            "province",
            p.name,
        )
        for written, label in _unit_ways(p):
            add(
                "UBND province",
                f"UBND {label} X",
                f"UBND {written} {p.name}",
                f"ỦY BAN NHÂN DÂN\n{p.caps}",
                "Chủ tịch",
                full,
                "province",
                p.name,
            )
        add(
            "UBND province",
            "Ủy ban nhân dân unit X",
            f"Ủy ban nhân dân {p.unit} {p.name}",
            f"UBND {p.caps}",
            "Phó Chủ tịch",
            full,
            "province",
            p.name,
        )
        if i % 2 == 0:
            add(
                "UBND province",
                "UBND unit, place elsewhere",
                f"UBND {p.unit}",
                None,
                "Phó Chủ tịch",
                full,
                "province",
                p.name,
                place=p,
            )
    # Communes, wards and special zones (since 07/2025), and districts (before).
    for p in COMMUNES + DISTRICTS:
        full = f"Ủy ban nhân dân {p.unit} {p.name}"
        add(
            "UBND commune",
            f"UBND {p.unit} X, tỉnh Y",
            f"UBND {p.unit} {p.name}, tỉnh Gia Lai",
            None,
            "Chủ tịch",
            full,
            p.level,
            p.name,
        )
        add(
            "UBND commune",
            f"UBND {p.unit} X",
            f"UBND {p.unit} {p.name}",
            f"ỦY BAN NHÂN DÂN\n{p.caps}",
            "Chủ tịch",
            full,
            p.level,
            p.name,
        )
        add(
            "UBND commune",
            f"Ủy ban nhân dân {p.unit} X",
            f"Ủy ban nhân dân {p.unit} {p.name}",
            f"UBND {p.caps}",
            "Phó Chủ tịch",
            full,
            p.level,
            p.name,
        )
    # People's councils and the committee's office.
    for p in PROVINCES[4:6] + CITIES[:1]:
        add(
            "HĐND",
            "HĐND unit X",
            f"HĐND {p.unit} {p.name}",
            f"HỘI ĐỒNG NHÂN DÂN\n{p.caps}",
            "Chủ tịch",
            f"Hội đồng nhân dân {p.issuer_unit} {p.name}",
            "province",
            p.name,
        )
        add(
            "Văn phòng UBND",
            "Văn phòng UBND unit X",
            f"Văn phòng UBND {p.unit} {p.name}",
            f"UBND {p.caps}\nVĂN PHÒNG",
            "Chánh",
            f"Văn phòng Ủy ban nhân dân {p.issuer_unit} {p.name}",
            "province",
            p.name,
        )
    # Departments: the culture department (TTĐN since 2025), the foreign affairs one, the
    # information one (before 2025), a city's culture and sports department.
    departments = [
        (
            "Sở VHTTDL",
            "Sở Văn hóa, Thể thao và Du lịch",
            ["Sở VHTTDL", "Sở VH,TT&DL", "Sở VH-TT&DL"],
            "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
        ),
        ("Sở Ngoại vụ", "Sở Ngoại vụ", [], "SỞ NGOẠI VỤ"),
        (
            "Sở TT&TT",
            "Sở Thông tin và Truyền thông",
            ["Sở TT&TT", "Sở TTTT"],
            "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
        ),
        ("Sở VH&TT", "Sở Văn hóa và Thể thao", ["Sở VH&TT", "Sở VHTT"], "SỞ VĂN HÓA VÀ THỂ THAO"),
    ]
    for j, (family, name, short, caps) in enumerate(departments):
        places = CITIES[:2] if family == "Sở VH&TT" else [PROVINCES[j % 8], PROVINCES[(j + 3) % 8]]
        for p in places:
            full = f"{name} {p.issuer_unit} {p.name}"
            header = f"UBND {p.caps}\n{caps}"
            add(
                family,
                "full unit X",
                f"{name} {p.unit} {p.name}",
                header,
                "Giám đốc",
                full,
                "department",
                p.name,
            )
            add(
                family,
                "full X (no unit)",
                f"{name} {p.name}",
                header,
                "Giám đốc",
                full,
                "department",
                p.name,
            )
            for s in short:
                add(
                    family,
                    f"{s} unit X",
                    f"{s} {p.unit} {p.name}",
                    header,
                    "Phó Giám đốc",
                    full,
                    "department",
                    p.name,
                )
            for s in short[:1]:
                add(
                    family,
                    "full (initials) unit X",
                    f"{name} ({s.split()[-1]}) {p.unit} {p.name}",
                    None,
                    "Giám đốc",
                    full,
                    "department",
                    p.name,
                )
            add(
                family,
                "short, place elsewhere",
                (short or [name])[0],
                None,
                "Giám đốc",
                full,
                "department",
                p.name,
                place=p,
            )
    # The Party: the province's committee and its boards (the propaganda board merged with
    # the mass mobilisation board in 2025), the commune's and ward's Party committee.
    for p in PROVINCES[2:5] + CITIES[:1] + CITIES[4:5]:
        committee = "Thành ủy" if p.unit == "thành phố" else "Tỉnh ủy"
        caps_committee = committee.upper().replace("Ủ", "Ủ")
        add(
            "Tỉnh ủy",
            f"{committee} X",
            f"{committee} {p.name}",
            f"ĐẢNG BỘ {p.caps}\n{caps_committee.upper()}",
            "Bí thư",
            f"{committee} {p.name}",
            "province",
            p.name,
        )
        for board, caps_board in (
            ("Ban Tuyên giáo", "BAN TUYÊN GIÁO"),
            ("Ban Tuyên giáo và Dân vận", "BAN TUYÊN GIÁO VÀ DÂN VẬN"),
        ):
            full = f"{board} {committee} {p.name}"
            header = f"{caps_committee.upper()} {p.name.upper()}\n{caps_board}"
            add(
                "Ban Tuyên giáo (và Dân vận)",
                f"{board} {committee} X",
                full,
                header,
                "Trưởng",
                full,
                "province",
                p.name,
            )
        add(
            "Ban Tuyên giáo (và Dân vận)",
            f"BTG {committee} X",
            f"BTG {committee} {p.name}",
            None,
            "Trưởng",
            f"Ban Tuyên giáo {committee} {p.name}",
            "province",
            p.name,
        )
    for p in COMMUNES[:4]:
        full = f"Đảng ủy {p.unit} {p.name}"
        add(
            "Đảng ủy xã",
            f"Đảng ủy {p.unit} X",
            full,
            f"ĐẢNG BỘ TỈNH GIA LAI\nĐẢNG ỦY {p.caps}",
            "Bí thư",
            full,
            "commune",
            p.name,
        )
    # The steering committees for TTĐN: under the Party committee, under the people's
    # committee, or alone with their place.
    for p in PROVINCES[:3] + CITIES[2:3]:
        full = f"Ban Chỉ đạo công tác thông tin đối ngoại {p.issuer_unit} {p.name}"
        committee = "TỈNH ỦY" if p.unit == "tỉnh" else "THÀNH ỦY"
        headers = (
            f"{committee} {p.name.upper()}\nBAN CHỈ ĐẠO CÔNG TÁC\nTHÔNG TIN ĐỐI NGOẠI",
            f"UBND {p.caps}\nBAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI",
            f"BAN CHỈ ĐẠO CÔNG TÁC\nTHÔNG TIN ĐỐI NGOẠI {p.caps}",
        )
        ways = (
            ("full unit X", full, "Trưởng"),
            ("BCĐ công tác TTĐN unit X", f"BCĐ công tác TTĐN {p.unit} {p.name}", "Trưởng"),
            (
                "Ban Chỉ đạo công tác TTĐN unit X",
                f"Ban Chỉ đạo công tác TTĐN {p.unit} {p.name}",
                "Phó Trưởng",
            ),
        )
        for (way, running, head), header in zip(ways, headers, strict=True):
            add("BCĐ TTĐN", way, running, header, head, full, "province", p.name)
    # The Front's committees and the friendship unions.
    for p in PROVINCES[5:8] + COMMUNES[4:5]:
        full = f"Ủy ban Mặt trận Tổ quốc Việt Nam {p.issuer_unit} {p.name}"
        for written in ("Ủy ban MTTQ Việt Nam", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Ủy ban MTTQ"):
            add(
                "MTTQ",
                f"{written} unit X",
                f"{written} {p.unit} {p.name}",
                f"ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\n{p.caps}",
                "Chủ tịch",
                full,
                p.level,
                p.name,
            )
    for p in PROVINCES[1:4]:
        full = f"Liên hiệp các tổ chức hữu nghị {p.unit} {p.name}"
        header = f"LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ\n{p.caps}"
        for written in ("Liên hiệp các tổ chức hữu nghị", "Liên hiệp hữu nghị", "LHHN"):
            add(
                "Liên hiệp hữu nghị",
                f"{written} unit X",
                f"{written} {p.unit} {p.name}",
                header,
                "Chủ tịch",
                full,
                "province",
                p.name,
            )
    # Border guard commands of a province.
    for p in PROVINCES[:2]:
        full = f"Bộ Chỉ huy Bộ đội Biên phòng {p.unit} {p.name}"
        add(
            "Biên phòng",
            "Bộ Chỉ huy BĐBP unit X",
            full,
            None,
            "Chỉ huy trưởng",
            full,
            "province",
            p.name,
        )
        add(
            "Biên phòng",
            "Bộ Chỉ huy BĐBP (abbr.) unit X",
            f"Bộ Chỉ huy BĐBP {p.unit} {p.name}",
            None,
            "Chỉ huy trưởng",
            full,
            "province",
            p.name,
        )
    # Hồ Chí Minh City by its abbreviations.
    hcm = "Thành phố Hồ Chí Minh"
    for written, expected, level, head in (
        ("UBND TP.HCM", f"Ủy ban nhân dân {hcm}", "province", "Chủ tịch"),
        ("UBND TPHCM", f"Ủy ban nhân dân {hcm}", "province", "Phó Chủ tịch"),
        ("Sở Ngoại vụ TP.HCM", f"Sở Ngoại vụ {hcm}", "department", "Giám đốc"),
        (
            "Sở Văn hóa và Thể thao TP.HCM",
            f"Sở Văn hóa và Thể thao {hcm}",
            "department",
            "Giám đốc",
        ),
        ("Thành ủy TP.HCM", f"Thành ủy {hcm}", "province", "Bí thư"),
        (
            "Ban Tuyên giáo và Dân vận Thành ủy TP.HCM",
            f"Ban Tuyên giáo và Dân vận Thành ủy {hcm}",
            "province",
            "Trưởng",
        ),
    ):
        add("TP.HCM", written, written, None, head, expected, level, "Hồ Chí Minh")
    # Other bodies of a province: the Party committee's office, the
    # police, the mass organisations (a standing board writes for its association).
    for p in PROVINCES[3:6]:
        # (not "Ban Thường vụ Tỉnh ủy X": the gold reads it as the committee's in some
        # documents and as the standing board's in another)
        add(
            "Văn phòng Tỉnh ủy",
            "Văn phòng Tỉnh ủy X",
            f"Văn phòng Tỉnh ủy {p.name}",
            f"TỈNH ỦY {p.name.upper()}\nVĂN PHÒNG",
            "Chánh",
            f"Văn phòng Tỉnh ủy {p.name}",
            "province",
            p.name,
        )
        add(
            "Công an",
            "Công an tỉnh X",
            f"Công an tỉnh {p.name}",
            f"BỘ CÔNG AN\nCÔNG AN {p.caps}",
            "Giám đốc",
            f"Công an tỉnh {p.name}",
            "province",
            p.name,
        )
        for written, full in (
            ("Hội Nông dân", "Hội Nông dân"),
            ("Ban Thường vụ Hội Nông dân", "Hội Nông dân"),
            ("Hội Liên hiệp Phụ nữ", "Hội Liên hiệp Phụ nữ"),
            ("Hội Nhà báo", "Hội Nhà báo"),
        ):
            add(
                "Hội",
                f"{written} tỉnh X",
                f"{written} tỉnh {p.name}",
                None,
                "Chủ tịch",
                f"{full} tỉnh {p.name}",
                "province",
                p.name,
            )
    # Mass organisations with their headers ("HỘI NÔNG DÂN VIỆT NAM / BCH HỘI NÔNG DÂN TỈNH
    # …"), of a province or a city under the centre, the city by its abbreviation too.
    for p, written_place in (
        (PROVINCES[6], f"tỉnh {PROVINCES[6].name}"),
        (CITIES[0], f"thành phố {CITIES[0].name}"),
        (CITIES[1], f"TP. {CITIES[1].name}"),
        (Place("Hồ Chí Minh", "thành phố"), "TP.HCM"),
        (Place("Hồ Chí Minh", "thành phố"), "Thành phố Hồ Chí Minh"),
    ):
        for org, caps, parent in (
            ("Hội Nông dân", "HỘI NÔNG DÂN", "HỘI NÔNG DÂN VIỆT NAM\nBCH "),
            (
                "Hội Liên hiệp Phụ nữ",
                "HỘI LIÊN HIỆP PHỤ NỮ",
                "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\nBAN CHẤP HÀNH ",
            ),
        ):
            add(
                "Hội",
                f"{org} {written_place.split()[0]} X (with header)",
                f"{org} {written_place}",
                f"{parent}{caps} {p.caps}",
                "Chủ tịch",
                f"{org} {p.issuer_unit} {p.name}",
                "province",
                p.name,
            )
    # Districts' other units (before 07/2025).
    for p in [Place("Ba Đình", "quận"), Place("Sơn Tây", "thị xã")]:
        add(
            "UBND commune",
            f"UBND {p.unit} X",
            f"UBND {p.unit} {p.name}",
            f"ỦY BAN NHÂN DÂN\n{p.caps}",
            "Chủ tịch",
            f"Ủy ban nhân dân {p.unit} {p.name}",
            "district",
            p.name,
        )
    # Central bodies: no place.
    central = [
        ("Bộ Ngoại giao", "Bộ Ngoại giao", "BỘ NGOẠI GIAO", "Thứ trưởng"),
        (
            "Bộ VHTTDL",
            "Bộ Văn hóa, Thể thao và Du lịch",
            "BỘ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH",
            "Thứ trưởng",
        ),
        ("Bộ VHTTDL", "Bộ VHTTDL", "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Bộ trưởng"),
        ("Bộ VHTTDL", "Bộ VH,TT&DL", None, "Thứ trưởng"),
        ("Bộ TT&TT", "Bộ Thông tin và Truyền thông", "BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "Thứ trưởng"),
        ("Bộ TT&TT", "Bộ TT&TT", None, "Bộ trưởng"),
        ("Ban Tuyên giáo TW", "Ban Tuyên giáo Trung ương", None, "Phó Trưởng"),
        ("Ban Tuyên giáo TW", "Ban Tuyên giáo và Dân vận Trung ương", None, "Phó Trưởng"),
        ("Ban Tuyên giáo TW", "Ban Tuyên giáo và Dân vận TW", None, "Trưởng"),
        ("Ban Đối ngoại TW", "Ban Đối ngoại Trung ương", None, "Trưởng"),
        ("BCĐ TTĐN TW", "Ban Chỉ đạo công tác thông tin đối ngoại Trung ương", None, "Trưởng"),
        (
            "Ủy ban Nhà nước NVNONN",
            "Ủy ban Nhà nước về người Việt Nam ở nước ngoài",
            None,
            "Chủ nhiệm",
        ),
        (
            "Liên hiệp hữu nghị VN",
            "Liên hiệp các tổ chức hữu nghị Việt Nam",
            "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ VIỆT NAM",
            "Chủ tịch",
        ),
        ("MTTQ TW", "Ủy ban Trung ương MTTQ Việt Nam", None, "Chủ tịch"),
        ("Biên phòng TW", "Bộ Tư lệnh Bộ đội Biên phòng", None, "Tư lệnh"),
        ("Vụ TTBC", "Vụ Thông tin Báo chí", "BỘ NGOẠI GIAO\nVỤ THÔNG TIN BÁO CHÍ", "Vụ trưởng"),
        (
            "Cục TTĐN",
            "Cục Thông tin đối ngoại",
            "BỘ THÔNG TIN VÀ TRUYỀN THÔNG\nCỤC THÔNG TIN ĐỐI NGOẠI",
            "Cục trưởng",
        ),
        (
            "Bộ Dân tộc và Tôn giáo",
            "Bộ Dân tộc và Tôn giáo",
            "BỘ DÂN TỘC VÀ TÔN GIÁO",
            "Thứ trưởng",
        ),
        ("Ủy ban Dân tộc", "Ủy ban Dân tộc", "ỦY BAN DÂN TỘC", "Thứ trưởng, Phó Chủ nhiệm"),
        (
            "Cục TTCS&TTĐN",
            "Cục Thông tin cơ sở và Thông tin đối ngoại",
            "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nCỤC THÔNG TIN CƠ SỞ VÀ THÔNG TIN ĐỐI NGOẠI",
            "Cục trưởng",
        ),
    ]
    canonical = {
        "Bộ VHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
        "Bộ VH,TT&DL": "Bộ Văn hóa, Thể thao và Du lịch",
        "Bộ TT&TT": "Bộ Thông tin và Truyền thông",
        "Ban Tuyên giáo và Dân vận TW": "Ban Tuyên giáo và Dân vận Trung ương",
        "Ủy ban Trung ương MTTQ Việt Nam": "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    }
    for family, written, header, head in central:
        add(
            family,
            written,
            written,
            header,
            head,
            canonical.get(written, written),
            "national",
            None,
        )
    return out


# --- Frames --------------------------------------------------------------------------

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def _where(w: Writing) -> str:
    """The words that name the place elsewhere, for a body written without it."""
    if w.place is None or w.in_headline:
        return ""
    return f" trên địa bàn {w.place.unit} {w.place.name}"


def _dateline(w: Writing) -> str:
    place = w.place or _place_of(w)
    return place.name if place else "Hà Nội"


def _place_of(w: Writing) -> Place | None:
    for p in PROVINCES + CITIES + COMMUNES + DISTRICTS:
        if w.locality == p.name:
            return p
    return None


def frame_header(w: Writing) -> str | None:
    if w.header is None:
        return None
    return (
        f"{w.header}\n-------\n{MOTTO}\n---------------\n"
        f"Số: 45/KH-UBND\n{_dateline(w)}, ngày 12 tháng 3 năm 2025\n"
        "KẾ HOẠCH\nThông tin đối ngoại năm 2025\n"
        "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt "
        "động thông tin đối ngoại;\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao hiệu quả công tác thông tin đối ngoại.\n"
    )


def frame_letter(w: Writing) -> str | None:
    if w.header is None:
        return None
    return (
        f"{w.header}\n-------\nSố: 118/VHTTDL-TTĐN\n"
        "V/v triển khai công tác thông tin đối ngoại năm 2025\n"
        f"{MOTTO}\n{_dateline(w)}, ngày 05 tháng 3 năm 2025\n"
        "Kính gửi: Các cơ quan, đơn vị liên quan.\n"
        "Thực hiện Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ, đề nghị các cơ "
        "quan, đơn vị triển khai các nội dung sau:\n"
        "1. Tuyên truyền về thành tựu của đất nước.\n"
    )


def frame_lede(w: Writing) -> str:
    return (
        f"Ngày 12/3/2025, {w.running} ban hành Kế hoạch số 45/KH-UBND về công tác thông tin "
        f"đối ngoại năm 2025{_where(w)}.\n"
        "Kế hoạch nhằm nâng cao hiệu quả công tác thông tin đối ngoại, quảng bá hình ảnh "
        "con người, đất nước Việt Nam.\n"
    )


def frame_letter_news(w: Writing) -> str:
    return (
        f"{w.running} vừa có văn bản đề nghị các cơ quan, đơn vị tăng cường công tác thông "
        f"tin đối ngoại{_where(w)} trong năm 2025.\n"
        "Theo đó, các cơ quan, đơn vị chủ động cung cấp thông tin cho báo chí.\n"
    )


def frame_according(w: Writing) -> str:
    return (
        f"Theo {w.running}, năm 2024, công tác thông tin đối ngoại{_where(w)} đạt nhiều "
        "kết quả tích cực.\n"
        "Nhiều hoạt động quảng bá hình ảnh được tổ chức thành công.\n"
    )


def frame_headline(w: Writing) -> str:
    return (
        f"{w.running[0].upper()}{w.running[1:]} triển khai công tác thông tin đối ngoại năm "
        "2025\n"
        "(10:15 14/03/2025)\n"
        f"Nhằm nâng cao hiệu quả công tác thông tin đối ngoại{_where(w)}, các hoạt động "
        "quảng bá hình ảnh sẽ được đẩy mạnh trong năm.\n"
    )


def frame_chaired_by_board_head(w: Writing) -> str | None:
    # "Trưởng ban Tuyên giáo Tỉnh ủy …": the head's title takes the board's "ban"
    if not w.running.startswith("Ban ") or w.head not in ("Trưởng", "Phó Trưởng"):
        return None
    return (
        "Sáng 5/8, Hội nghị tập huấn công tác thông tin đối ngoại năm 2025 đã diễn ra"
        f"{_where(w)}.\nĐồng chí Nguyễn Văn Hùng, {w.head} ban {w.running[4:]} chủ trì hội nghị.\n"
    )


def frame_chaired(w: Writing) -> str:
    return (
        "Sáng 5/8, Hội nghị tập huấn công tác thông tin đối ngoại năm 2025 đã diễn ra tại "
        f"hội trường lớn{_where(w)}.\n"
        f"Đồng chí Nguyễn Văn Hùng, {w.head} {w.running} chủ trì hội nghị.\n"
        "Tham dự có đại diện các cơ quan, đơn vị liên quan.\n"
    )


def frame_holds(w: Writing) -> str:
    return (
        f"Chiều 20/6, {w.running} tổ chức Hội nghị tập huấn nghiệp vụ thông tin đối ngoại năm "
        f"2025{_where(w)}.\n"
        "Hơn 100 cán bộ, công chức tham dự lớp tập huấn.\n"
    )


def frame_issued_by(w: Writing) -> str:
    return (
        "Kế hoạch thông tin đối ngoại năm 2025 vừa được "
        f"{w.running} ban hành{_where(w)} với nhiều nội dung mới.\n"
        "Kế hoạch tập trung quảng bá hình ảnh, con người Việt Nam.\n"
    )


def frame_plan_of(w: Writing) -> str:
    return (
        f"Kế hoạch số 45/KH-UBND ngày 12/3/2025 của {w.running} về công tác thông tin đối "
        f"ngoại năm 2025{_where(w)} đặt ra nhiều nhiệm vụ trọng tâm.\n"
        "Kế hoạch nhằm nâng cao hiệu quả công tác thông tin đối ngoại.\n"
    )


def frame_card(w: Writing) -> str:
    return (
        "Số ký hiệu: 45/KH-UBND\nNgày ban hành: 12/03/2025\nLoại văn bản: Kế hoạch\n"
        f"Cơ quan ban hành: {w.running}\n"
        "Trích yếu: Kế hoạch thông tin đối ngoại năm 2025\n"
        "Nhằm nâng cao hiệu quả công tác thông tin đối ngoại, quảng bá hình ảnh đất nước"
        f"{_where(w)}.\n"
    )


def frame_implementing(w: Writing) -> str:
    return (
        "Thực hiện Quyết định số 1191/QĐ-TTg ngày 10/10/2025 của Thủ tướng Chính phủ, "
        f"{w.running} đã ban hành Kế hoạch số 45/KH-UBND về công tác thông tin đối ngoại năm "
        f"2025{_where(w)}.\nKế hoạch nhằm quảng bá hình ảnh đất nước.\n"
    )


def frame_signed(w: Writing) -> str:
    return (
        f"Đồng chí Nguyễn Văn Hùng, {w.head} {w.running} vừa ký ban hành Kế hoạch số "
        f"45/KH-UBND về công tác thông tin đối ngoại năm 2025{_where(w)}.\n"
        "Kế hoạch nhằm quảng bá hình ảnh đất nước.\n"
    )


def frame_two_columns(w: Writing) -> str | None:
    if w.header is None or "\n" not in w.header:
        return None
    first, rest = w.header.split("\n", 1)
    rest_first, _, rest_more = rest.partition("\n")
    lines = [
        f"{first}\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        f"{rest_first}\t\tĐộc lập - Tự do - Hạnh phúc",
        *([rest_more] if rest_more else []),
        f"Số: 45/KH-UBND\t\t{_dateline(w)}, ngày 12 tháng 3 năm 2025",
        "KẾ HOẠCH",
        "Thông tin đối ngoại năm 2025",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "1. Nâng cao hiệu quả công tác thông tin đối ngoại.",
    ]
    return "\n".join(lines) + "\n"


def frame_signing(w: Writing) -> str:
    return (
        f"Sáng 12/3, {w.running} và Báo Nhân Dân ký kết Chương trình phối hợp tuyên truyền "
        f"thông tin đối ngoại giai đoạn 2025 - 2030{_where(w)}.\n"
        "Chương trình nhằm quảng bá hình ảnh đất nước.\n"
    )


def _other(w: Writing) -> str:
    """Another body of a province (of the writing's own, when the text names it elsewhere)."""
    return "UBND tỉnh" if w.place else "UBND tỉnh Hà Tĩnh"


def frame_implementing_province(w: Writing) -> str:
    return (
        f"Thực hiện Kế hoạch số 10/KH-UBND ngày 05/01/2025 của {_other(w)} về công tác "
        f"thông tin đối ngoại, {w.running} đã ban hành Kế hoạch số 45/KH-UBND triển khai "
        f"nhiệm vụ năm 2025{_where(w)}.\nKế hoạch nhằm quảng bá hình ảnh đất nước.\n"
    )


def frame_dateline(w: Writing) -> str:
    return (
        f"GLO- Ngày 12/3/2025, {w.running} ban hành Kế hoạch số 45/KH-UBND về công tác "
        f"thông tin đối ngoại năm 2025{_where(w)}.\nKế hoạch nhằm quảng bá hình ảnh.\n"
    )


def frame_guests_first(w: Writing) -> str:
    return (
        f"Dự hội nghị có đồng chí Trần Văn Nam, Phó Chủ tịch {_other(w)}. Hội nghị tập "
        f"huấn công tác thông tin đối ngoại năm 2025 do {w.running} tổ chức{_where(w)}.\n"
        "Hơn 100 cán bộ tham dự.\n"
    )


def frame_two_titles(w: Writing) -> str:
    return (
        "Sáng 5/8, Hội nghị sơ kết công tác thông tin đối ngoại 6 tháng đầu năm 2025 đã "
        f"diễn ra{_where(w)}.\nĐồng chí Nguyễn Văn Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, "
        f"{w.head} {w.running} chủ trì hội nghị.\n"
    )


FRAMES = {
    "header": frame_header,
    "letter header V/v": frame_letter,
    "lede 'ban hành Kế hoạch'": frame_lede,
    "'vừa có văn bản'": frame_letter_news,
    "'Theo X,'": frame_according,
    "headline": frame_headline,
    "meeting its head chairs": frame_chaired,
    "'X tổ chức Hội nghị'": frame_holds,
    "'được X ban hành'": frame_issued_by,
    "'Kế hoạch số … của X'": frame_plan_of,
    "portal card 'Cơ quan ban hành'": frame_card,
    "'Thực hiện …, X đã ban hành'": frame_implementing,
    "head 'vừa ký ban hành'": frame_signed,
    "header in two columns": frame_two_columns,
    "'X và Y ký kết Chương trình'": frame_signing,
    "'Thực hiện Kế hoạch … của UBND tỉnh, X đã ban hành'": frame_implementing_province,
    "dateline 'GLO- Ngày …, X ban hành'": frame_dateline,
    "guests first, 'Hội nghị … do X tổ chức'": frame_guests_first,
    "head with two titles chairs": frame_two_titles,
    "'Trưởng ban …' chairs": frame_chaired_by_board_head,
}


def cells(frame_filter: str | None = None, body_filter: str | None = None):
    for w in writings():
        if body_filter and body_filter.lower() not in w.body.lower():
            continue
        for name, frame in FRAMES.items():
            if frame_filter and frame_filter.lower() not in name.lower():
                continue
            text = frame(w)
            if text is not None:
                yield name, w, text
            if text is not None and w.place is not None and w.header is None:
                # the same body with its place named before it, in a headline of its own
                placed = replace(w, in_headline=True, way=w.way + " (place in headline)")
                text = f"{w.place.name}: đẩy mạnh thông tin đối ngoại\n" + frame(placed)
                yield name, placed, text


def read(text: str) -> dict:
    from ttdn.documents.source import SourceDocument
    from ttdn.importer.extract import extract

    return extract(SourceDocument(name="van-ban.txt", text=text, format="txt")).contract()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--show", action="store_true", help="print every failing cell")
    parser.add_argument("--frame", help="only the frames whose name contains this")
    parser.add_argument("--body", help="only the bodies whose family contains this")
    parser.add_argument("--text", action="store_true", help="with --show, print the texts too")
    parser.add_argument("--json", help="write the figures and the failing cells here")
    args = parser.parse_args()
    bench.setup()

    total = passed = 0
    fields = Counter()
    by_frame: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_body: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    by_way: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    failing = []
    for frame, w, text in cells(args.frame, args.body):
        got = read(text)
        triple = (got["issuer"], got["level"], got["locality"])
        want = (w.issuer, w.level, w.locality)
        ok = triple == want
        total += 1
        passed += ok
        for index, field in enumerate(("issuer", "level", "locality")):
            fields[field] += triple[index] == want[index]
        for table, key in ((by_frame, frame), (by_body, w.body), (by_way, (w.body, w.way))):
            table[key][0] += ok
            table[key][1] += 1
        if not ok:
            failing.append(
                {
                    "frame": frame,
                    "body": w.body,
                    "way": w.way,
                    "want": want,
                    "got": triple,
                    "text": text,
                }
            )

    print(f"Issuer matrix: {passed}/{total} cells read whole ({passed / total:.2f})")
    print("  " + ", ".join(f"{f} {fields[f] / total:.2f}" for f in ("issuer", "level", "locality")))
    print("\nBy frame (failing / cells):")
    for key, (ok, n) in sorted(by_frame.items(), key=lambda kv: kv[1][0] - kv[1][1]):
        print(f"  {n - ok:4d} / {n:4d}  {key}")
    print("\nBy body (failing / cells):")
    for key, (ok, n) in sorted(by_body.items(), key=lambda kv: kv[1][0] - kv[1][1]):
        print(f"  {n - ok:4d} / {n:4d}  {key}")
    if args.show:
        print("\nFailing cells:")
        for cell in failing:
            print(f"- [{cell['frame']}] {cell['body']} / {cell['way']}")
            print(f"    want {cell['want']}")
            print(f"    got  {cell['got']}")
            if args.text:
                print("    | " + cell["text"].replace("\n", "\n    | "))
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "cells": total,
                    "passed": passed,
                    "fields": {f: fields[f] / total for f in ("issuer", "level", "locality")},
                    "by_frame": {k: v for k, v in by_frame.items()},
                    "failing": failing,
                },
                ensure_ascii=False,
                indent=1,
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
