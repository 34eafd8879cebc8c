"""The issuing body written in the header, in capitals at the top left ("ỦY BAN NHÂN DÂN /
TỈNH QUẢNG TRỊ"; a Party committee's, a front's, a union's, an association's, the police's,
a ministry's department under its ministry), an organisation read from capitals or mixed
case, and the ministry a symbol names ("…/TT-BTTTT").
"""

from __future__ import annotations

import re
from collections import Counter

from ttdn.core.text import fold, squash
from ttdn.importer.extract.common import PROPER_NAME, UNIT_LEVEL, UPPER_LETTERS
from ttdn.importer.extract.metadata.body import _Issuer
from ttdn.importer.extract.metadata.fields import Metadata
from ttdn.importer.extract.metadata.places import _COMMITTEE_UNIT, _UNIT_NAME_RE, _single_place
from ttdn.importer.extract.metadata.text import _blank
from ttdn.importer.result import Located

# The ministry a symbol names as issuer: "…/TT-BTTTT", "…/BTTTT-TTĐN", "…/KH-BNG".
_MINISTRY_CODES = {
    "BTTTT": "Bộ Thông tin và Truyền thông",
    "BNG": "Bộ Ngoại giao",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
    "BCA": "Bộ Công an",
    "BQP": "Bộ Quốc phòng",
    "BNV": "Bộ Nội vụ",
    "BTC": "Bộ Tài chính",
    "BKHCN": "Bộ Khoa học và Công nghệ",
}


_UP = f"[{UPPER_LETTERS}]"
# A ministry, department or board written alone on its line(s) at the top.
_HEADER_BODY_RE = re.compile(
    # (not a report's heading "BÁO CÁO" under the header; an office alone on its line,
    # "VĂN PHÒNG", under its committee: "UBND TỈNH LẠNG SƠN / VĂN PHÒNG")
    rf"(?m)^[ \t]*(?P<org>(?:BỘ|SỞ|BAN(?![ \t]+HÀNH\b)|CỤC|VỤ|ĐÀI|BÁO(?![ \t]+CÁO\b)|VĂN[ \t]+PHÒNG)[ \t]+{_UP}+(?:[ \t,]+(?:VÀ[ \t]+)?{_UP}+)*"
    rf"|ỦY[ \t]+BAN[ \t]+DÂN[ \t]+TỘC"
    rf"|VĂN[ \t]+PHÒNG)[ \t]*$"
)
_HEADLINE_VERBS = (
    r"(?:BAN[ \t]+HÀNH|TRIỂN[ \t]+KHAI|TỔ[ \t]+CHỨC|VỪA|ĐÃ|XÂY[ \t]+DỰNG|PHÊ[ \t]+DUYỆT|TỔNG[ \t]+KẾT"
    r"|SƠ[ \t]+KẾT|HƯỚNG[ \t]+DẪN|KÝ|CHỈ[ \t]+ĐẠO|ĐỀ[ \t]+NGHỊ|YÊU[ \t]+CẦU|KHAI[ \t]+MẠC|TĂNG[ \t]+CƯỜNG"
    r"|ĐẨY[ \t]+MẠNH|VỀ|NĂM[ \t]+\d)\b"
)
_HEADER_RE = re.compile(
    r"(?P<org>[ỦU][YỶ]\s+BAN\s+NHÂN(?:\s+DÂN)?|UBND|HỘI\s+ĐỒNG\s+NHÂN\s+DÂN"
    rf"|BAN\s+CHỈ\s+ĐẠO(?:\s+{_UP}+)*?|SỞ(?:\s+[{UPPER_LETTERS},]+)+?|BỘ(?:\s+[{UPPER_LETTERS},]+)+?)"
    r"\s+(?P<unit>TỈNH|THÀNH\s+PHỐ|HUYỆN|QUẬN|THỊ\s+XÃ|THỊ\s+TRẤN|XÃ|PHƯỜNG|ĐẶC\s+KHU)"
    # (the place ends before a verb: a headline in capitals, "UBND TỈNH X BAN HÀNH …")
    rf"\s+(?P<name>{_UP}+(?:[ \t\-]+(?!{_HEADLINE_VERBS}){_UP}+){{0,4}})"
)


# A Party document's header: "ĐẢNG BỘ TỈNH PHÚ YÊN / TỈNH ỦY", "HUYỆN ỦY SƠN HÒA" (the
# motto beside it is "ĐẢNG CỘNG SẢN VIỆT NAM"). Under a province's or a city's organisation
# the committee of a district names its own place ("ĐẢNG BỘ TỈNH X / HUYỆN ỦY Y": Huyện ủy Y).
_EXECUTIVE = r"(?:(?:BAN[ \t]+CHẤP[ \t]+HÀNH|BCH)[ \t]+)"
_PARTY_HEADER_RE = re.compile(
    # (the organisation's executive committee may be written above it: "BCH ĐẢNG BỘ TỈNH X")
    rf"(?m)^[ \t]*(?:{_EXECUTIVE}?ĐẢNG[ \t]+BỘ[ \t]+(?:TỈNH|THÀNH[ \t]+PHỐ|HUYỆN|QUẬN|THỊ[ \t]+XÃ)[ \t]+"
    rf"(?P<name>{_UP}+(?:[ \t]*-[ \t]*{_UP}+|[ \t]+{_UP}+){{0,4}})[ \t]*\n[ \t]*)?"
    # (the board and its committee on one line: "ĐẢNG BỘ TỈNH X / BAN TUYÊN GIÁO TỈNH ỦY")
    r"(?:BAN[ \t]+(?P<board>TUYÊN[ \t]+GIÁO(?:[ \t]+VÀ[ \t]+DÂN[ \t]+VẬN)?|DÂN[ \t]+VẬN"
    r"|TỔ[ \t]+CHỨC|ĐỐI[ \t]+NGOẠI|KINH[ \t]+TẾ|NỘI[ \t]+CHÍNH)[ \t]+)?"
    r"(?P<committee>TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)[ \t]+(?:[ỦỶ]Y|UỶ)"
    # (a name with a dash, "BÀ RỊA - VŨNG TÀU"; a city's committee may write its unit word,
    # "THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH", which is not its name)
    r"(?:[ \t]+(?:THÀNH[ \t]+PHỐ[ \t]+|TP\.?[ \t]*)?"
    rf"(?P<name2>{_UP}+(?:[ \t]*-[ \t]*{_UP}+|[ \t]+{_UP}+){{0,4}}))?[ \t]*$"
)
_MOTTO_RE = re.compile(
    r"CỘNG\s+H[ÒO]A\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*-\s*Tự\s+do\s*-\s*Hạnh\s+phúc"
    r"|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM"
    r"|[|]"
)


# A Party organisation's executive committee writing as the organisation's committee, with no
# committee's line under it: "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH X" alone, "ĐẢNG BỘ TỈNH X / BAN CHẤP
# HÀNH" (a province's resolution): the province's committee, "Tỉnh ủy X".
_PARTY_EXECUTIVE_RE = re.compile(
    rf"(?m)^[ \t]*(?:{_EXECUTIVE}ĐẢNG|ĐẢNG(?=[^\n]*\n[ \t]*BAN[ \t]+CHẤP[ \t]+HÀNH[ \t]*$))[ \t]+BỘ"
    r"[ \t]+(?P<unit>TỈNH|THÀNH[ \t]+PHỐ|HUYỆN|QUẬN|THỊ[ \t]+XÃ)[ \t]+"
    rf"(?P<name>{_UP}+(?:[ \t]*-[ \t]*{_UP}+|[ \t]+{_UP}+){{0,4}})[ \t]*"
    r"(?:\n[ \t]*BAN[ \t]+CHẤP[ \t]+HÀNH[ \t]*)?$"
)
_EXECUTIVE_OF_UNIT = {"tinh": "Tỉnh", "thanh pho": "Thành", "huyen": "Huyện", "quan": "Quận"}
# A commune's or a ward's Party committee under its province's Party organisation ("ĐẢNG BỘ
# TỈNH LẠNG SƠN / ĐẢNG ỦY XÃ ĐỒNG ĐĂNG", since 2025).
_COMMUNE_PARTY_HEADER_RE = re.compile(
    r"(?m)^[ \t]*ĐẢNG[ \t]+(?:ỦY|UỶ)[ \t]+(?P<unit>XÃ|PHƯỜNG|THỊ[ \t]+TRẤN|ĐẶC[ \t]+KHU)[ \t]+"
    rf"(?P<name>{_UP}+(?:[ \t\-]+{_UP}+){{0,4}})[ \t]*$"
)
# A friendship union's header, its standing board above it writing for it ("BAN THƯỜNG VỤ /
# LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ TỈNH …"; the national union "… VIỆT NAM").
_UNION_HEADER_RE = re.compile(
    r"(?m)^[ \t]*(?:BAN[ \t]+THƯỜNG[ \t]+VỤ[ \t]*\n[ \t]*)?LIÊN[ \t]+HIỆP[ \t]+CÁC[ \t]+TỔ[ \t]+CHỨC"
    r"[ \t]+HỮU[ \t]+NGHỊ(?:[ \t]+(?P<vn>VIỆT[ \t]+NAM)|[ \t]*\n?[ \t]*"
    r"(?P<unit>TỈNH|THÀNH[ \t]+PHỐ)[ \t]+"
    rf"(?P<name>{_UP}+(?:[ \t\-]+{_UP}+){{0,4}}))?[ \t]*$"
)
_FRONT_HEADER_RE = re.compile(
    r"(?m)^[ \t]*(?:ỦY|UỶ)[ \t]+BAN[ \t]+(?:MTTQ|MẶT[ \t]+TRẬN[ \t]+TỔ[ \t]+QUỐC)(?:[ \t]*VN|[ \t]+VIỆT[ \t]+NAM)?"
    # (a commune's, a ward's or a special zone's committee since 2025: "… / PHƯỜNG PLEIKU")
    r"(?:[ \t]*\n\s*(?P<unit>TỈNH|THÀNH[ \t]+PHỐ|HUYỆN|QUẬN|THỊ[ \t]+XÃ|THỊ[ \t]+TRẤN|XÃ|PHƯỜNG"
    r"|ĐẶC[ \t]+KHU)[ \t]+"
    rf"(?P<name>{_UP}+(?:[ \t\-]+{_UP}+){{0,4}}"
    # (a numbered district or ward, the city it is of after it: "QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH")
    rf"|\d{{1,2}}(?=(?:[ \t]*[-–,][ \t]*(?:TỈNH|THÀNH[ \t]+PHỐ|TP\.?)[ \t]+{_UP}+(?:[ \t]+{_UP}+){{0,4}})?[ \t]*$)))?"
    rf"(?:(?<=\d)[ \t]*[-–,][ \t]*(?:TỈNH|THÀNH[ \t]+PHỐ|TP\.?)[ \t]+{_UP}+(?:[ \t]+{_UP}+){{0,4}})?[ \t]*$"
)
# An association of a province or a city under its executive or standing committee ("BCH HỘI
# NÔNG DÂN TỈNH X", "BAN CHẤP HÀNH HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ X").
_ASSOCIATION_HEADER_RE = re.compile(
    r"(?m)^[ \t]*(?:(?:BCH|BAN[ \t]+CHẤP[ \t]+HÀNH|BAN[ \t]+THƯỜNG[ \t]+VỤ)[ \t]+)?"
    rf"(?P<org>HỘI(?:[ \t]+(?!TỈNH\b|THÀNH\b|TP\b){_UP}+){{1,5}})[ \t]*\n?[ \t]*"
    r"(?P<unit>TỈNH|THÀNH[ \t]+PHỐ)[ \t]+"
    rf"(?P<name>{_UP}+(?:[ \t\-]+{_UP}+){{0,4}})[ \t]*$"
)
# A province's border guard or military command, under the force's or the region's command
# above it ("BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG / BỘ CHỈ HUY BĐBP TỈNH X", "QUÂN KHU 4 / BỘ CHỈ HUY
# QUÂN SỰ TỈNH X"): the command of the province writes.
_COMMAND_HEADER_RE = re.compile(
    r"(?m)^[ \t]*BỘ[ \t]+CHỈ[ \t]+HUY[ \t]+(?P<force>BĐBP|BỘ[ \t]+ĐỘI[ \t]+BIÊN[ \t]+PHÒNG"
    r"|QUÂN[ \t]+SỰ)[ \t]*\n?[ \t]*(?P<unit>TỈNH|THÀNH[ \t]+PHỐ)[ \t]+"
    rf"(?P<name>{_UP}+(?:[ \t]*-[ \t]*{_UP}+|[ \t]+{_UP}+){{0,4}})[ \t]*$"
)
# The Front's central committee ("ỦY BAN TRUNG ƯƠNG / MẶT TRẬN TỔ QUỐC VIỆT NAM").
_CENTRAL_FRONT_HEADER_RE = re.compile(
    r"(?m)^[ \t]*(?:ỦY|UỶ)[ \t]+BAN[ \t]+TRUNG[ \t]+ƯƠNG[ \t]*\n?[ \t]*"
    r"(?:MẶT[ \t]+TRẬN[ \t]+TỔ[ \t]+QUỐC|MTTQ)[ \t]+VIỆT[ \t]+NAM[ \t]*$"
)
# A committee's office heading with its committee's name and place, on one line or two.
_COMMITTEE_OFFICE_RE = re.compile(
    r"(?m)^[ \t]*(?:VĂN[ \t]+PHÒNG|VP)[ \t]+(?P<of>UBND|HĐND|[ỦU][YỶ][ \t]+BAN[ \t]+NHÂN[ \t]+DÂN"
    r"|HỘI[ \t]+ĐỒNG[ \t]+NHÂN[ \t]+DÂN)(?:[ \t]*\n[ \t]*|[ \t]+)"
    r"(?P<unit>TỈNH|THÀNH[ \t]+PHỐ|HUYỆN|QUẬN|THỊ[ \t]+XÃ)[ \t]+(?P<name>[^\n]+)"
)
_OFFICE_LINE_RE = re.compile(r"[ \t]*VĂN[ \t]+PHÒNG[ \t]*$", re.MULTILINE)
_POLICE_HEADER_RE = re.compile(
    r"(?m)^[ \t]*CÔNG[ \t]+AN[ \t]+(?P<unit>TỈNH|THÀNH[ \t]+PHỐ|XÃ|PHƯỜNG|ĐẶC[ \t]+KHU)[ \t]+"
    rf"(?P<name>{_UP}+(?:[ \t\-]+{_UP}+){{0,4}})[ \t]*$"
)
_BROKEN_HEADER_RE = re.compile(r"(?m)^[ \t]*(?:[ỦU][YỶ]|UỶ)[ \t]*\n(?=[ \t]*BAN\b)")


# The Government's or its head's header, the first thing on the page (a copied table's
# cell marks and rules before it): "THỦ TƯỚNG CHÍNH PHỦ", "THỦ / TƯỚNG CHÍNH PHỦ", "CHÍNH PHỦ".
_GOVERNMENT_HEADER_RE = re.compile(
    r"[\s|\-]*(?P<org>(?P<head>THỦ\s+TƯỚNG[ \t]+)?CHÍNH[ \t]+PHỦ)[ \t]*(?=\n|$)"
)
# The same cell in a copy that flattened the header table, in any case, its line running on
# into the number cell ("Thủ tướng Chính phủ Số: 1021/QĐ-TTg |"), under the copy's own title
# lines.
_GOVERNMENT_NUMBER_LINE_RE = re.compile(
    r"(?m)^[ \t|\-]*(?P<org>(?P<head>(?i:thủ[ \t]+tướng)[ \t]+)?(?i:chính[ \t]+phủ))"
    r"[ \t|]+(?i:số)[ \t]*:"
)
_CENTRAL_COMMITTEE_RE = re.compile(
    r"(?m)^[ \t]*BAN[ \t]+CHẤP[ \t]+HÀNH[ \t]+TRUNG[ \t]+ƯƠNG[ \t]*$"
)
# A Party committee's board on the line under the committee (not its standing board, which
# writes for the committee).
_BOARD_LINE_RE = re.compile(
    r"[ \t]*BAN[ \t]+(?P<board>TUYÊN[ \t]+GIÁO(?:[ \t]+VÀ[ \t]+DÂN[ \t]+VẬN)?|DÂN[ \t]+VẬN|TỔ[ \t]+CHỨC|ĐỐI[ \t]+NGOẠI|KINH[ \t]+TẾ"
    r"|NỘI[ \t]+CHÍNH)[ \t]*$",
    re.MULTILINE,
)


# A steering committee on the line under its Party committee ("TỈNH ỦY X / BAN CHỈ ĐẠO CÔNG
# TÁC / THÔNG TIN ĐỐI NGOẠI").
_STEERING_LINE_RE = re.compile(
    rf"[ \t]*(BAN[ \t]+CHỈ[ \t]+ĐẠO(?:[ \t]+{_UP}+){{0,8}})[ \t]*$", re.MULTILINE
)
_CONTINUED_LINE_RE = re.compile(
    rf"[ \t]*((?:VÀ[ \t]+)?{_UP}+(?:[ \t,]+{_UP}+){{0,6}})[ \t]*$", re.M
)


# The last part of a body's name one syllable long: the name goes on to the next line (each
# part of a body's name has two syllables or more: "Văn hóa, Thể thao và Du lịch").
_CUT_PART_RE = re.compile(rf"(?:^\S+|,|\sVÀ)\s+{_UP}+$")
_BODY_WORD_RE = re.compile(
    r"(?:BỘ|SỞ|BAN|CỤC|VỤ|CHI\s+CỤC|PHÒNG|VĂN\s+PHÒNG|TRUNG\s+TÂM|ĐÀI|BÁO|CÔNG\s+ĐOÀN"
    r"|ĐOÀN|HỘI|CHI\s+BỘ|ĐẢNG|TRƯỜNG|VIỆN|ỦY|UỶ|UBND|TỈNH|THÀNH|HUYỆN)\b"
)


# A body's grassroots union or party cell on the line above its name: the lowest unit of a
# header in three lines ("CÔNG ĐOÀN VIÊN CHỨC TỈNH / CÔNG ĐOÀN CƠ SỞ / SỞ …").
_UNIT_ABOVE_RE = re.compile(
    r"(?m)^[ \t]*(CÔNG[ \t]+ĐOÀN[ \t]+CƠ[ \t]+SỞ|CHI[ \t]+BỘ|CHI[ \t]+ĐOÀN|ĐOÀN[ \t]+CƠ[ \t]+SỞ)"
    r"[ \t]*\n\s*\Z"
)


def _board_name(board: re.Match) -> str:
    """ "TUYÊN GIÁO" -> "Ban Tuyên giáo", "TUYÊN GIÁO VÀ DÂN VẬN" -> "Ban Tuyên giáo và Dân
    vận" (the board formed in 2025)."""
    return "Ban " + squash(board.group("board")).capitalize().replace(" và dân ", " và Dân ")


def _header_issuer(zone: str, limit: int = 700) -> _Issuer | None:
    """The issuing body at the top left, in capitals: "ỦY BAN NHÂN DÂN / TỈNH QUẢNG TRỊ",
    "BỘ NGOẠI GIAO", "UBND TỈNH … / SỞ VĂN HÓA, …". The national motto stands beside it
    at the top right; in text from two columns (OCR, PDF) both are interleaved, so the
    motto is blanked out (same length, offsets kept) before reading."""
    head = _blank(_MOTTO_RE, zone[:limit])
    # A header cell broken inside a name ("ỦY / BAN NHÂN DÂN" in a copied table) is one
    # line again (a space for the line end: offsets kept).
    head = _BROKEN_HEADER_RE.sub(lambda m: m.group(0).replace("\n", " "), head)
    government = _GOVERNMENT_HEADER_RE.match(head) or _GOVERNMENT_NUMBER_LINE_RE.search(head)
    if government:
        # "THỦ TƯỚNG CHÍNH PHỦ" (a legal site's copy breaks it after "THỦ") or "CHÍNH PHỦ"
        # at the top: the Prime Minister or the Government (not the ministry whose
        # minister proposed the decision, "Theo đề nghị của Bộ trưởng Bộ …").
        return _Issuer(
            org="Thủ tướng Chính phủ" if government.group("head") else "Chính phủ",
            unit="",
            name="",
            start=government.start("org"),
            end=government.end("org"),
            name_start=None,
            confidence=0.95,
        )
    central = _CENTRAL_COMMITTEE_RE.search(head)
    board = central and _BOARD_LINE_RE.match(head, central.end() + 1)
    if board:
        # "BAN CHẤP HÀNH TRUNG ƯƠNG / BAN TUYÊN GIÁO": the central committee's board.
        return _Issuer(
            org=_board_name(board) + " Trung ương",
            unit="",
            name="",
            start=board.start(),
            end=board.end(),
            name_start=None,
            confidence=0.9,
        )
    party = _PARTY_HEADER_RE.search(head)
    if party:
        # "ĐẢNG BỘ TỈNH X / TỈNH ỦY", "HUYỆN ỦY X": the Party committee issues the document;
        # "TỈNH ỦY X / BAN TUYÊN GIÁO": one of its boards.
        # (the committee's own place first: "ĐẢNG BỘ TỈNH X / HUYỆN ỦY Y" is Y's committee)
        group = "name2" if party.group("name2") else "name"
        name = re.split(r"[\t]|\s{2,}", party.group(group) or "")[0].strip()
        board = party if party.group("board") else _BOARD_LINE_RE.match(head, party.end() + 1)
        steering = None if board else _STEERING_LINE_RE.match(head, party.end() + 1)
        if not board and not steering and _OFFICE_LINE_RE.match(head, party.end() + 1):
            # "TỈNH ỦY X / VĂN PHÒNG": the committee's office writes.
            return _Issuer(
                org="Văn phòng " + party.group("committee").capitalize() + " ủy",
                unit="",
                name=name,
                start=party.start(),
                end=party.end(),
                name_start=party.start(group) if name else None,
                confidence=0.9,
            )
        if steering:
            # "TỈNH ỦY X / BAN CHỈ ĐẠO CÔNG TÁC / THÔNG TIN ĐỐI NGOẠI": the committee's
            # steering committee, of its place.
            caps = squash(steering.group(1))
            more = _CONTINUED_LINE_RE.match(head, steering.end() + 1)
            if more and not _MOTTO_RE.match(more.group(1)) and caps.endswith(" CÔNG TÁC"):
                caps += " " + squash(more.group(1))
            return _Issuer(
                org=_org_from_capitals(caps),
                unit=_COMMITTEE_UNIT.get(party.group("committee").lower(), "quận"),
                name=name,
                start=steering.start(),
                end=steering.end(),
                name_start=party.start(group) if name else None,
                confidence=0.9,
            )
        return _Issuer(
            org=(_board_name(board) + " " if board else "")
            + party.group("committee").capitalize()
            + " ủy",
            # (Hồ Chí Minh City's committee is written with its unit word: "Thành ủy Thành
            # phố Hồ Chí Minh")
            unit="thành phố" if fold(name) == "ho chi minh" else "",
            name=name,
            start=party.start(),
            end=party.end(),
            name_start=party.start(group) if name else None,
            confidence=0.9,
        )
    commune = _COMMUNE_PARTY_HEADER_RE.search(head)
    if commune:
        # "ĐẢNG BỘ TỈNH … / ĐẢNG ỦY XÃ …": the commune's Party committee.
        return _header_body(commune, "Đảng ủy")
    executive = _PARTY_EXECUTIVE_RE.search(head)
    if executive:
        # "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH X": the province's committee ("Tỉnh ủy X"), or one of
        # its boards on the line under it ("… / BAN TUYÊN GIÁO").
        board = _BOARD_LINE_RE.match(head, executive.end() + 1)
        committee = _EXECUTIVE_OF_UNIT.get(fold(squash(executive.group("unit"))), "Thị")
        issuer = _header_body(
            executive, (_board_name(board) + " " if board else "") + committee + " ủy"
        )
        issuer.unit = "thành phố" if fold(issuer.name) == "ho chi minh" else ""
        return issuer
    union = _UNION_HEADER_RE.search(head)
    if union and (union.group("vn") or union.group("name")):
        # "BAN THƯỜNG VỤ / LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ TỈNH …": the union.
        return _header_body(
            union, "Liên hiệp các tổ chức hữu nghị" + (" Việt Nam" if union.group("vn") else "")
        )
    association = _ASSOCIATION_HEADER_RE.search(head)
    if association:
        # "HỘI NÔNG DÂN VIỆT NAM / BCH HỘI NÔNG DÂN TỈNH X": the province's association (its
        # executive committee writes for it).
        return _header_body(association, _org_from_capitals(squash(association.group("org"))))
    police = _POLICE_HEADER_RE.search(head)
    if police:
        # "BỘ CÔNG AN / CÔNG AN TỈNH X": the province's police, not the ministry.
        return _header_body(police, "Công an")
    command = _COMMAND_HEADER_RE.search(head)
    if command:
        # "BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG / BỘ CHỈ HUY BĐBP TỈNH X": the province's command.
        force = "Quân sự" if fold(command.group("force")) == "quan su" else "Bộ đội Biên phòng"
        return _header_body(command, "Bộ Chỉ huy " + force)
    central_front = _CENTRAL_FRONT_HEADER_RE.search(head)
    if central_front:
        return _Issuer(
            org="Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
            unit="",
            name="",
            start=central_front.start(),
            end=central_front.end(),
            name_start=None,
            confidence=0.9,
        )
    front = _FRONT_HEADER_RE.search(head)
    if front:
        # "ỦY BAN MTTQ VIỆT NAM / TỈNH KHÁNH HÒA / BAN THƯỜNG TRỰC": the Front's committee
        # (its standing board writes for it).
        return _header_body(front, "Ủy ban Mặt trận Tổ quốc Việt Nam")
    office = _COMMITTEE_OFFICE_RE.search(head)
    if office:
        # "VĂN PHÒNG UBND TỈNH X", "VP UBND TỈNH X", "VĂN PHÒNG ỦY BAN NHÂN DÂN / TỈNH X":
        # the committee's office writes, of the committee's place.
        return _header_body(office, "Văn phòng " + _org_from_capitals(squash(office.group("of"))))
    match = _HEADER_RE.search(head)
    body = _HEADER_BODY_RE.search(head)
    office = body is not None and fold(body.group("org")) == "van phong"
    if office and (match is None or match.end() > body.start()):
        body = None  # an office named by no committee above it
    if body and (match is None or body.start() < match.start() or body.start() > match.end()):
        caps = squash(body.group("org"))
        more = _CONTINUED_LINE_RE.match(head, body.end() + 1)
        if more and (
            caps.endswith((" CÔNG TÁC", ",", " VÀ"))
            or more.group(1).startswith("VÀ ")
            or (not office and _CUT_PART_RE.search(caps) and not _BODY_WORD_RE.match(more.group(1)))
        ):
            # A name broken over two lines: "BAN CHỈ ĐẠO CÔNG TÁC / THÔNG TIN ĐỐI NGOẠI",
            # "SỞ VĂN HÓA, THỂ THAO / VÀ DU LỊCH", "SỞ KẾ HOẠCH VÀ / ĐẦU TƯ", or inside a
            # part of it, which leaves one syllable on the first line ("BỘ VĂN HÓA, THỂ /
            # THAO VÀ DU LỊCH", "BỘ THÔNG / TIN VÀ TRUYỀN THÔNG").
            caps += " " + squash(more.group(1))
        org = _org_from_capitals(caps)
        if office:
            # "UBND TỈNH X / VĂN PHÒNG": the office of the committee above it.
            org = "Văn phòng " + _org_from_capitals(squash(match.group("org")))
        issuer = _Issuer(
            org=org,
            unit="",
            name="",
            start=body.start(),
            end=body.end(),
            name_start=None,
            confidence=0.9,
        )
        below = _HEADER_BODY_RE.match(head, body.end() + 1) if org.startswith("Bộ ") else None
        if below and re.match(r"(?:CỤC|VỤ)\b", below.group("org")):
            # "BỘ NGOẠI GIAO / CỤC NGOẠI VỤ": the ministry's department writes.
            issuer.org = _org_from_capitals(squash(below.group("org")))
            issuer.start, issuer.end = below.start(), below.end()
        unit = _UNIT_ABOVE_RE.search(head, max(0, body.start() - 80), body.start())
        if unit and not office:
            # "CÔNG ĐOÀN VIÊN CHỨC TỈNH / CÔNG ĐOÀN CƠ SỞ / SỞ KẾ HOẠCH VÀ ĐẦU TƯ": the
            # grassroots unit of the body under it writes.
            issuer.within = squash(unit.group(1)).capitalize()
        if match and match.end() <= body.start():  # "UBND TỈNH X" above "SỞ …"
            issuer.unit = match.group("unit").lower()
            issuer.name = _header_name(match)
            issuer.name_start = match.start("name")
        return issuer
    if not match:
        return None
    return _Issuer(
        org=_org_from_capitals(squash(match.group("org"))),
        unit=match.group("unit").lower(),
        name=_header_name(match),
        start=match.start(),
        end=match.end(),
        name_start=match.start("name"),
        confidence=0.95,
    )


def _header_name(match: re.Match) -> str:
    """The place name of a header, up to the tab or wide gap before the other column."""
    return re.split(r"[\t]|\s{2,}", match.group("name"))[0].strip()


def _header_body(match: re.Match, org: str) -> _Issuer:
    """``org`` placed by a header's ``unit`` and ``name`` groups ("ĐẢNG ỦY XÃ / VĨNH ĐIỀU"),
    either of which may be missing."""
    named = bool(match.group("name"))
    return _Issuer(
        org=org,
        unit=squash(match.group("unit")).lower() if match.group("unit") else "",
        name=_header_name(match) if named else "",
        start=match.start(),
        end=match.end(),
        name_start=match.start("name") if named else None,
        confidence=0.9,
    )


_ORG_FORMS = {
    "van phong chinh phu": "Văn phòng Chính phủ",
    "uy ban nhan dan": "Ủy ban nhân dân",
    "ubnd": "Ủy ban nhân dân",
    "hoi dong nhan dan": "Hội đồng nhân dân",
    # (the central bodies whose names keep more than their first word's capital)
    "vu thong tin bao chi": "Vụ Thông tin Báo chí",
    "cuc thong tin co so va thong tin doi ngoai": "Cục Thông tin cơ sở và Thông tin đối ngoại",
    "uy ban dan toc": "Ủy ban Dân tộc",
    "hoi lien hiep phu nu": "Hội Liên hiệp Phụ nữ",
}


def _org_from_capitals(org: str) -> str:
    """ "ỦY BAN NHÂN DÂN" -> "Ủy ban nhân dân"; "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH" ->
    "Sở Văn hóa, Thể thao và Du lịch" (each part of the name opens with a capital)."""
    if re.fullmatch(r"[ỦU][YỶ]\s+BAN\s+NHÂN", org):  # a copy that lost "DÂN"
        org = "ỦY BAN NHÂN DÂN"
    known = _ORG_FORMS.get(fold(org))
    if known:
        return known
    parts = re.split(r"(,\s*|\s+VÀ\s+)", org)
    out = []
    for index, part in enumerate(parts):
        if index % 2:
            out.append(part.lower())
            continue
        words = part.lower().split()
        if words:
            words[0] = words[0].capitalize()
            if index == 0 and len(words) > 1:  # "Sở Văn hóa", "Ban Chỉ đạo", "Bộ Ngoại giao"
                words[1] = words[1].capitalize()
        out.append(" ".join(words))
    # "BAN CHỈ ĐẠO … TRUNG ƯƠNG": the centre keeps its capital, as in running text.
    return re.sub(r" trung ương$", " Trung ương", "".join(out))


def _mixed_case_form(text: str, upper_name: str) -> str:
    wanted = fold(upper_name)
    for match in re.finditer(PROPER_NAME, text):
        candidate = match.group(0)
        if not candidate.isupper() and fold(candidate) == wanted:
            return candidate
    return " ".join(w.capitalize() for w in upper_name.lower().split())


def _issuer_from_symbol(meta: Metadata, text: str = "") -> None:
    """A ministry's document names the ministry in its symbol ("22/2016/TT-BTTTT",
    "3837/BTTTT-TTĐN"): that is the issuer when the header gave none, or a name cut at a
    table cell ("Bộ Thông tin và")."""
    number = meta.plan_number.value or ""
    codes = [c for c in re.split(r"[-/]", number.upper()) if c in _MINISTRY_CODES]
    current = meta.issuer.value or ""
    if not current and meta.announcement and number.upper().endswith("-UBND") and text:
        # A plan named only by its number ("Kế hoạch số 516/KH-UBND ban hành …"): the
        # people's committee of the place the text names most.
        places = Counter(
            (squash(m.group(1)).lower(), squash(m.group(2)))
            for m in _UNIT_NAME_RE.finditer(text)
            if _single_place(text, m)
        )
        if places:
            (unit, name), _count = places.most_common(1)[0]
            if UNIT_LEVEL.get(unit):
                meta.issuer = Located(f"Ủy ban nhân dân {unit} {name}", None, None, 0.5)
                meta.level = Located(UNIT_LEVEL[unit], None, None, 0.5)
                meta.locality = Located(name, None, None, 0.5)
        return
    if not codes or (current and not re.search(r"\s(?:và|,)$", current)):
        return
    name = _MINISTRY_CODES[codes[0]]
    meta.issuer = Located(name, meta.plan_number.start, meta.plan_number.end, 0.8)
    meta.level = Located("national", meta.plan_number.start, meta.plan_number.end, 0.8)
    meta.locality = Located()
