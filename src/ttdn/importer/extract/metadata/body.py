"""A body as the metadata reader reads one (:class:`_Issuer`): a match of the body pattern
(:data:`_ISSUER_RE`: "Ủy ban nhân dân tỉnh …", "Sở …", "Ban Thường vụ Tỉnh ủy …") with its
organisation, unit and place, an abbreviated organisation written out (:func:`_expand_org`),
and whether a body holds a meeting before a position (:func:`_event_before`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ttdn.core.patterns import guarded
from ttdn.core.text import squash, traditional_tone_place
from ttdn.importer.extract.common import PROPER_NAME, UPPER_LETTERS
from ttdn.importer.extract.metadata.places import _HCM, _NOT_AN_EVENT
from ttdn.importer.extract.metadata.text import _I

# The rest of a ministry's or department's name: words up to a verb or a unit word
# ("Bộ Ngoại giao vừa …", "Sở Văn hóa, Thể thao và Du lịch tỉnh …").
# (a part after a comma opens with a capital, "Sở Văn hóa, Thể thao …": not "Bộ Ngoại giao,
# công tác …"; a dash only inside the culture and information departments' names, "Sở Văn
# hóa - Thể thao …"; not another body after "và", "Bộ … và Báo Nhân Dân"; up to ten words, "Cục Thông tin cơ sở và Thông tin đối ngoại", "Sở Văn hóa,
# Thể thao và Du lịch Lào Cai")
_NAME_WORDS = (
    # (a comma, not before a second body listed with it: "Bộ Ngoại giao, Trung ương Đoàn …")
    r"(?:(?:,\s+(?!(?:Bộ|Sở|Ban|Cục|Vụ|Ủy|Uỷ|UBND|Liên|Hội|Đảng|Tỉnh|Huyện|Thành|Thị|Đài|Báo"
    r"|Trung\s+ương|Đoàn|Công\s+an|Văn\s+phòng|Viện|Học\s+viện|Trung\s+tâm|Thông\s+tấn"
    r"|Hiệp\s+hội|Mặt\s+trận)\b)"
    # (and inside the one province's name written with a dash: "… Bà Rịa - Vũng Tàu")
    rf"(?=[{UPPER_LETTERS}])|\s+-\s+(?=Thể\s+thao|Truyền\s+thông|(?<=Rịa\s-\s)Vũng\s+Tàu)|\s+)"
    r"(?!(?:vừa|đã|mới|đang|ban\s+hành|xây\s+dựng|triển\s+khai|phê\s+duyệt|tỉnh|thành\s+phố"
    r"|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn|về|năm|kế\s+hoạch|đề\s+ra|(?<!Ngoại\s)giao|chủ\s+trì|thuộc"
    r"|Thành\s+phố"
    r"|tổ\s+chức|khai\s+mạc|phối\s+hợp|của|TP|TPHCM|HCM|đề\s+nghị|yêu\s+cầu|hướng\s+dẫn"
    # (a body reviewing its work: "Sở Ngoại vụ Hà Nội tổng kết công tác …")
    r"|tổng\s+kết|sơ\s+kết"
    r"|định\s+hướng|tham\s+mưu|chủ\s+động|tiếp\s+tục|sẽ|có|cùng|báo\s+cáo|trân\s+trọng|chưa|không"
    # (a body's notice: "Sở Ngoại vụ thông báo các Sở, ban, ngành … được biết")
    r"|thông\s+báo"
    # (a body receiving guests: "Sở Ngoại vụ đón tiếp đoàn …", "… tiếp xã giao đoàn …")
    r"|đón|tiếp\s+(?:xã\s+giao|(?:các\s+)?đoàn))\b"
    r"|và\s+(?:Bộ|Sở|Ban|Cục|Vụ|Ủy|Uỷ|UBND|Liên|Hội|Báo|Đài|Thông\s+tấn)\b)\w+){0,10}"
)
# The boards of a Party committee, written with either capital ("Tuyên Giáo").
_PARTY_BOARDS = (
    r"(?:[Tt]uyên\s+[gG]iáo(?:\s+(?:và|-|–)\s+[dD]ân\s+[vV]ận)?|[Dd]ân\s+[vV]ận|[Tt]ổ\s+[cC]hức"
    r"|[Đđ]ối\s+[nN]goại|[Kk]inh\s+[tT]ế|[Nn]ội\s+[cC]hính)"
)
# The other bodies of a commune listed after its Party committee, its unit word at the end
# ("Đảng ủy, HĐND, UBND và Ủy ban MTTQ Việt Nam xã …").
_COMMUNE_BODIES = (
    r"(?:\s*(?:,|và)\s*(?:HĐND|Hội\s+đồng\s+nhân\s+dân|UBND|[ỦU][yỷ]\s+ban\s+nhân\s+dân"
    r"|(?:[ỦU][yỷ]\s+ban\s+)?(?:MTTQ|Mặt\s+trận\s+Tổ\s+quốc)(?:\s*VN\b|\s+Việt\s+Nam)?))*"
)
_CULTURE_INITIALS = r"VH\s*[,&-]?\s*TT\s*(?:[,&-]|và)?\s*DL\b"
_CULTURE_SPORTS_INITIALS = r"VH\s*(?:[&-]|và)?\s*TT\b(?!\s*[,&-]?\s*DL\b)"
_BAN = r"(?:Ban|(?<=Trưởng\s)ban)"
# The Party committee of a province's agency, before the agency's name ("Đảng ủy Sở Tư pháp
# tỉnh …", "Đảng ủy Ban Quản lý Khu kinh tế tỉnh", "Đảng ủy Công an tỉnh …"): the body is
# the committee, at the agency's level.
_PARTY_OF_AGENCY = r"(?:Đảng\s+(?:[ủỷ]y|uỷ)|Chi\s+bộ)\s+(?=(?:Sở|Bộ\s+Chỉ\s+huy|Công\s+an|Ban\s+Quản\s+lý|Văn\s+phòng)\s)"
# A management board of economic or industrial zones ("Ban Quản lý Khu kinh tế tỉnh …",
# "Ban Quản lý các khu công nghiệp tỉnh …"), a provincial agency.
_ZONE_BOARD = (
    r"Ban\s+[Qq]uản\s+lý\s+(?:các\s+)?[Kk]hu\s+(?:kinh\s+tế|công\s+nghiệp|công\s+nghệ\s+cao)"
    r"(?:\s+(?:cửa\s+khẩu|[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*)*))?"
    r"(?:\s+và\s+(?:các\s+)?[Kk]hu\s+(?:kinh\s+tế|công\s+nghiệp|công\s+nghệ\s+cao))?"
)
_ORG = (
    # (also with capitals, as legal libraries write it: "Ủy ban Nhân dân tỉnh …")
    r"(?P<org>(?:"
    + _PARTY_OF_AGENCY
    + r")?(?:[ỦU][yỷ]\s+[Bb]an\s+[Nn]hân\s+[Dd]ân|Uỷ\s+ban\s+nhân\s+dân|UBND|Hội\s+đồng\s+nhân\s+dân|HĐND"
    # (a board's head writes its "ban" small: "Trưởng ban Tuyên giáo Tỉnh ủy …", "Phó Trưởng
    # ban Chỉ đạo …")
    r"|(?:"
    + _BAN
    + r"\s+[Cc]hỉ\s+đạo|BCĐ)(?:\s+(?!(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã|xã|phường|thị\s+trấn"
    r"|vừa|đã|mới|ban\s+hành|xây\s+dựng|triển\s+khai|tổ\s+chức|Ban|[Tt]rung\s+ương|TW|đề\s+nghị"
    r"|yêu\s+cầu|hướng\s+dẫn|tổng\s+kết|sơ\s+kết)\b|T\.?\s?Ư)(?:\w+|(?<=Rịa\s)-(?=\s+Vũng\s+Tàu))){0,8}"
    # A Party committee's board ("Ban Tuyên giáo Huyện ủy", "Ban Tuyên Giáo Huyện uỷ"); a
    # central board is "Ban … Trung ương" (the centre is read after the name).
    r"|(?:"
    + _BAN
    + r"\s+(?:"
    + _PARTY_BOARDS
    + r")|BTG(?:\s*&\s*DV|DV)?|Ban\s+TG(?:\s*(?:&|-|và)?\s*DV)?)\s+(?:Tỉnh|Huyện|Thành|Thị|Quận)\s+(?:[ủỷỦỶ]y|uỷ)"
    # (the province's propaganda board by its initials: "BTGTU Bình Định"; the central one,
    # "Ban TGTW")
    r"|BTGTU\b|(?:Ban\s+TG|BTG)TW\b"
    # (a province's or a district's Party committee by its formal name: "Ban Chấp hành Đảng
    # bộ tỉnh …")
    r"|Ban\s+Chấp\s+hành\s+Đảng\s+bộ(?=\s+(?:tỉnh|thành\s+phố|huyện|quận|thị\s+xã)\s+[A-ZĐ])"
    r"|" + _BAN + r"\s+(?:" + _PARTY_BOARDS + r")(?=\s+(?:[Tt]rung\s+ương|T\.?\s?Ư|TW)(?!\w))"
    # (the friendship union also by its short name: "Liên hiệp hữu nghị tỉnh …"; and as its
    # standing board writes for it: "Tờ trình của Ban Thường vụ Liên hiệp … tỉnh")
    r"|(?:Ban\s+Thường\s+vụ\s+)?(?:Liên\s+hiệp\s+(?:[Cc]ác\s+tổ\s+chức\s+)?hữu\s+nghị|LHHN"
    # (by the initials of its middle words: "Liên hiệp các TCHN tỉnh …")
    r"|Liên\s+hiệp\s+(?:các\s+)?TCHN\b)"
    r"|Đảng\s+ủy\s+Khối(?:\s+các\s+cơ\s+quan)?"
    # a commune's or a ward's Party committee ("Đảng ủy xã Vĩnh Điều", since 2025)
    # (also first of the commune's bodies listed: "Đảng ủy, HĐND, UBND và Ủy ban MTTQ xã …")
    r"|Đảng\s+(?:[ủỷ]y|uỷ)(?=" + _COMMUNE_BODIES + r"\s+(?:xã|phường|thị\s+trấn|đặc\s+khu)\s)"
    # The Fatherland Front's committee, also as its standing board writes for it ("Ban
    # Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban MTTQVN tỉnh").
    r"|(?:Ban\s+Thường\s+trực\s+)?[ỦU][yỷ]\s+ban\s+(?:(?:Trung\s+ương|TƯ|TW)\s+)?"
    r"(?:Mặt\s+trận\s+Tổ\s+quốc|MTTQ)(?:\s*VN\b|\s+Việt\s+Nam)?"
    # (by its initials: "UBMTTQ tỉnh …", "UBMTTQVN tỉnh …")
    r"|(?:Ban\s+Thường\s+trực\s+)?UBMTTQ(?:\s*VN\b|\s+Việt\s+Nam)?"
    # (an association's standing board writes for it: "Ban Thường vụ Hội Nông dân tỉnh …")
    r"|Ban\s+Thường\s+vụ\s+Hội\s+[A-ZĐ]\w*" + _NAME_WORDS + r"|Ban\s+Thường\s+vụ|Ban\s+Tuyên\s+giáo"
    # the ethnic affairs committee (a ministry's rank, until 2025)
    r"|[ỦU][yỷ]\s+ban\s+Dân\s+tộc"
    # the State committee for overseas Vietnamese (of the foreign ministry)
    r"|[ỦU][yỷ]\s+ban\s+Nhà\s+nước\s+về\s+người\s+Việt\s+Nam\s+ở\s+nước\s+ngoài"
    # The office that writes for a committee ("Văn phòng UBND tỉnh …"); the Government and
    # its head; a department written by its initials ("Sở TT&TT", "Sở TT-TT").
    # (also "VP UBND tỉnh …")
    r"|(?:Văn\s+phòng|VP)\s+(?:UBND|[ỦU][yỷ]\s+ban\s+nhân\s+dân|HĐND|Hội\s+đồng\s+nhân\s+dân|Tỉnh\s+[ủỷ]y"
    r"|Huyện\s+[ủỷ]y|Thành\s+[ủỷ]y)"
    r"|Văn\s+phòng\s+Chính\s+phủ|Thủ\s+tướng\s+Chính\s+phủ|Chính\s+phủ"
    # (the Government's office by its initials, never inside a symbol: "…/VPCP-QHQT")
    r"|(?<![/\w-])VPCP(?![/\w-])"
    # (the planning, and the science ministries and departments by their initials: "Bộ
    # KH&ĐT", "Sở KH-CN", "Bộ KHCN")
    r"|(?:Sở|Bộ)\s+KH\s*(?:&|-|và)?\s*(?:ĐT|CN)\b"
    r"|(?:Sở|Bộ)\s+TT\s*(?:&|-|và)\s*TT\b|(?:Sở|Bộ)\s+TTTT\b"
    # the culture department and ministry by their initials ("Sở VHTTDL", "Sở VH,TT&DL",
    # "Bộ VH-TT&DL"), a city's culture and sports department ("Sở VH&TT", "Sở VHTT")
    r"|(?:Sở|Bộ)\s+"
    + _CULTURE_INITIALS
    + r"|Sở\s+"
    + _CULTURE_SPORTS_INITIALS
    + r"|Bộ\s+đội\s+Biên\s+phòng|Công\s+an"
    # a border post, by its place ("Đồn Biên phòng Vĩnh Xương", "Đồn BP Bờ Y", "Đồn Biên
    # phòng Cửa khẩu Quốc tế Lao Bảo")
    # (its command after it in brackets: "Đồn Biên phòng … (Bộ Chỉ huy BĐBP tỉnh …)")
    r"|Đồn\s+(?:[Bb]iên\s+[Pp]hòng|BP)(?:\s+[Cc]ửa\s+[Kk]hẩu(?:\s+[Qq]uốc\s+[Tt]ế)?)?\s+"
    + PROPER_NAME
    + r"(?:\s*\((?:Bộ\s+Chỉ\s+huy\s+|BCH\s+)?(?:Bộ\s+đội\s+Biên\s+phòng|BĐBP)[^()\n]{0,40}\))?"
    # a province's border guard command by its initials ("BCH BĐBP tỉnh …")
    + r"|BCH\s+(?:BĐBP|Bộ\s+đội\s+Biên\s+phòng)"
    # (a ministry's department too: "Vụ Thông tin Báo chí")
    r"|(?:Sở|Bộ|Cục|Vụ|Hội(?!\s+(?:Nghị|Thảo|Thi|Chợ|Đồng|Diễn)\b))\s+[A-ZĐ]\w*"
    + _NAME_WORDS
    + r"|"
    + _ZONE_BOARD
    # a command of the border guard or the military at a province or a district ("Ban Chỉ
    # huy Bộ đội Biên phòng tỉnh", "Ban Chỉ huy Quân sự huyện"); a district's school of
    # politics ("Trung tâm Bồi dưỡng chính trị huyện", "Trung tâm Chính trị quận")
    + r"|Ban\s+Chỉ\s+huy\s+(?:Bộ\s+đội\s+[Bb]iên\s+phòng|BĐBP|[Qq]uân\s+sự)"
    + r"|Trung\s+tâm\s+(?:[Bb]ồi\s+dưỡng\s+[Cc]hính\s+trị|[Cc]hính\s+trị)"
    # (an urban district's Party committee too: "Quận ủy Hai Bà Trưng")
    + r"|Tỉnh\s+[ủỷỦỶ]y|Huyện\s+[ủỷỦỶ]y|Thành\s+[ủỷỦỶ]y|Thị\s+[ủỷỦỶ]y|Quận\s+[ủỷỦỶ]y))"
)
_UNIT = (
    # (the unit word written twice by a slip: "Ban Chỉ đạo … tỉnh tỉnh Lâm Đồng")
    r"(?P<unit>tỉnh(?:\s+tỉnh(?=\s+[A-ZĐ]))?|[Tt]hành\s+phố|TP\.?(?=\s*[A-ZĐ]|\s+(?:vừa|đã|mới|ban\s+hành)\b)"
    r"|(?:huyện|quận|thị\s+xã|thị\s+trấn|xã|phường|đặc\s+khu)(?P<lower>))"
)
# The bodies a province's name may follow with no unit word, by the way their name ends:
# the people's committee and council, the Front's committee, a department by its initials,
# the police.
_BARE_AFTER = (
    r"(?<=UBND)|(?<=HĐND)|(?<=[Nn]hân\s[Dd]ân)|(?<=MTTQ)|(?<=Tổ\squốc)|(?<=TT)|(?<=DL)"
    r"|(?<=Công\san)"
)
# (not a unit word written with its capital, a document or the country)
_BARE_NOT = (
    r"(?:Tỉnh|Thành|Huyện|Quận|Thị|Xã|Phường|Việt\s+Nam|Trung\s+ương|Kế|Quyết|Công|Chương"
    r"|Hướng|Báo|Thông|Chỉ|Nghị|Đề)\b"
)
_ISSUER_RE = re.compile(
    _ORG
    + r"(?:\s+"
    + _HCM
    # (the Party's central boards written with the Party: "Ban Đối ngoại TW Đảng")
    + r"|\s+(?P<centre>[Tt]rung\s+ương|T\.?\s?Ư|TW)(?:\s+Đảng(?:\s+Cộng\s+sản\s+Việt\s+Nam)?)?(?!\w)"
    + r"|(?:\s+của)?\s+"
    + _UNIT
    + r"(?:\s*(?P<name>"
    + _NOT_AN_EVENT
    + PROPER_NAME
    # (a commune's name may end with its numeral: "UBND xã Sơn Kim 2, huyện Hương Sơn"; not
    # a count after it: "xã Tân Lập 15 năm qua")
    + r"(?(lower)(?:[ \t]+\d{1,2}(?![\w/-]|[.,]\d)(?![ \t]*(?:năm|tháng|ngày|tuổi|người|hộ|đoàn|lần"
    r"|suất|triệu|tỷ|%)(?!\w)))?)"
    # (a commune's or a district's province after it: "UBND xã Bản Lầu, tỉnh Lào Cai")
    + r"))?(?(lower)(?:\s*,\s*(?:tỉnh|thành\s+phố)\s+"
    + PROPER_NAME
    + r")?)|(?:(?<=[ủỷỦỶ]y)|(?<=uỷ)|(?<=nghị)|(?<=TCHN)|(?<=BTGTU))\s+(?P<pname>"
    + PROPER_NAME
    # A province or a city named with no unit word after a body that takes one ("UBND Hải
    # Phòng", "HĐND Quảng Ninh", "Ủy ban MTTQ Lạng Sơn", "Sở VHTTDL Đồng Nai", "Sở TT&TT Bắc
    # Giang", "Công an Nghệ An"): a place only when the directory knows it as a province
    # (:func:`_bare_place`).
    + r")|(?:"
    + _BARE_AFTER
    + r")\s+(?!"
    + _BARE_NOT
    + r")(?P<bare>"
    + PROPER_NAME
    + r"))?"
)
_ISSUER_RE = guarded(_ISSUER_RE)  # see ttdn.core.patterns
# The body that holds a meeting a news item reports ("Sở … tổ chức Hội nghị tập huấn …",
# "Cục … thuộc Bộ … khai mạc hội nghị …", "Ban … phối hợp với … tổ chức “Hội nghị …”").
_EVENT_RE = re.compile(
    r"(?:\s+thuộc\s+[^,.;\n]{3,60}?)?(?:\s*\([^)\n]{1,20}\))?"
    # (a partner named with it: "… đã phối hợp với …", "… phối hợp cùng …", "… phối hợp
    # Ban …"; its province after a district's name: "UBND huyện X, tỉnh Y phối hợp …")
    r"(?:\s*,\s*(?:tỉnh|thành\s+phố)\s+" + PROPER_NAME + r")?"
    r"(?:\s+chủ\s+trì\s*,?)?(?:\s*,?\s+(?:(?:(?:đã|vừa|mới)\s+)?phối\s+hợp(?:\s+(?:với|cùng))?"
    # (the partner a city written "TP.": "… phối hợp UBND TP. Tuy Hòa tổ chức …")
    r"|cùng(?:\s+với)?|và)\s+(?:[^.;\n]|(?<=\bTP)\.){3,200}?)?"
    r"\s+(?:đã\s+|vừa\s+)?(?:(?:tổ\s+chức|khai\s+mạc)\s+[“\"]?\s*"
    r"(?:hội\s+nghị|hội\s+thảo|lớp|buổi|gặp\s+mặt|họp\s+báo|t[oọ]a\s+đàm|diễn\s+đàn|lễ"
    # (a signing: "… tổ chức chương trình ký kết quy chế phối hợp …")
    r"|chương\s+trình\s+(?:kết\s+nối|giao\s+lưu|gặp\s+mặt|Xuân|ký\s+kết)|ký\s+kết"
    r"|tập\s+huấn|bồi\s+dưỡng|sơ\s+kết|tổng\s+kết|giao\s+ban|hội\s+thi|cuộc\s+thi|triển\s+lãm"
    r"|(?:phiên|cuộc)\s+họp|họp|điểm\s+cầu|đón\s+tiếp|khai\s+mạc|tuần\s+lễ"
    # (a festival day: "Đồn Biên phòng … tổ chức Ngày hội Biên phòng toàn dân")
    r"|ngày\s+hội)\b"
    # (or reviews with its partners, no "tổ chức": "Cục … phối hợp Ban Tuyên giáo Tỉnh ủy …
    # sơ kết công tác phối hợp …")
    r"|(?:sơ|tổng)\s+kết\s+(?:công\s+tác|hoạt\s+động|chương\s+trình|kế\s+hoạch|quy\s+chế"
    r"|việc|năm|giai\s+đoạn|\d))"
    # or meets itself: "Ban Chỉ đạo … họp phiên thứ nhất …"
    r"|\s+(?:đã\s+|vừa\s+)?họp\s+(?:phiên|định\s+kỳ|triển\s+khai|sơ\s+kết|tổng\s+kết|để)\b",
    _I,
)


@dataclass
class _Issuer:
    """One reading of the issuing body: organisation, unit word, place name, where."""

    org: str
    unit: str
    name: str
    start: int
    end: int
    name_start: int | None
    confidence: float
    # the grassroots unit of the body that writes for it ("Công đoàn cơ sở" of "Sở …")
    within: str = ""
    # the name was read with no unit word before it ("UBND Hải Phòng"): a place only if the
    # directory knows it as a province (:func:`_bare_place`)
    bare: bool = False


# The Party committee of a unit, by the unit's word.
_COMMITTEE_OF_UNIT = {
    "tỉnh": "Tỉnh ủy",
    "thành phố": "Thành ủy",
    "huyện": "Huyện ủy",
    "quận": "Quận ủy",
    "thị xã": "Thị ủy",
}


def _issuer_of(match: re.Match, confidence: float) -> _Issuer:
    """An ``_ISSUER_RE`` match in running text ("Ủy ban nhân dân tỉnh Đồng Nai",
    "UBND TP. Hà Nội", "Huyện ủy Thường Tín")."""
    group = "name" if match.group("name") else "bare" if match.group("bare") else "pname"
    name = squash(match.group(group) or "")
    unit = squash(match.group("unit") or "").lower()
    if unit == "tỉnh tỉnh":
        unit = "tỉnh"
    if unit.startswith("tp"):
        unit = "thành phố"
    if match.group("hcm"):
        unit, name, group = "thành phố", "Hồ Chí Minh", "hcm"
    org = _expand_org(squash(match.group("org")))
    if match.group("centre"):
        # "Ban Tuyên giáo Trung ương", "Ban Chỉ đạo T.Ư": a central body, no place.
        org, name, group = org + " Trung ương", "", "centre"
    elif match.group("pname") and name == "Việt Nam":
        # "Liên hiệp các tổ chức hữu nghị Việt Nam": the country's body, no place.
        org, name, group = org + " Việt Nam", "", "pname"
    elif match.group("pname") and org.startswith("Liên hiệp") and name:
        unit = "tỉnh"  # "Liên hiệp các tổ chức hữu nghị Vĩnh Phúc": a province's union
    if org == "Ban Chấp hành Đảng bộ" and unit in _COMMITTEE_OF_UNIT:
        # "Ban Chấp hành Đảng bộ tỉnh X" is the province's Party committee, "Tỉnh ủy X"
        # (Hồ Chí Minh City's is written with its unit word: "Thành ủy Thành phố Hồ Chí Minh")
        org, unit = _COMMITTEE_OF_UNIT[unit], unit if name == "Hồ Chí Minh" else ""
    return _Issuer(
        org=org,
        unit=unit,
        name=name,
        start=match.start(),
        end=match.end(),
        name_start=match.start(group) if name else None,
        confidence=confidence,
        bare=group == "bare",
    )


def _event_before(text: str, position: int) -> bool:
    """Whether a body holds a meeting in a sentence before ``position``."""
    return any(
        _EVENT_RE.match(text, match.end()) for match in _ISSUER_RE.finditer(text, 0, position)
    )


def _expand_org(org: str) -> str:
    org = traditional_tone_place(org)  # a body's name as it is written in law: "Văn hóa"
    org = re.sub(r"^(Sở|Bộ) (?:TT ?[&-] ?TT|TT và TT|TTTT)$", r"\1 Thông tin và Truyền thông", org)
    org = re.sub(rf"^(Sở|Bộ) {_CULTURE_INITIALS}$", r"\1 Văn hóa, Thể thao và Du lịch", org)
    org = re.sub(rf"^Sở {_CULTURE_SPORTS_INITIALS}$", "Sở Văn hóa và Thể thao", org)
    org = re.sub(r"^BCĐ\b", "Ban Chỉ đạo", org)
    # (a dash for the comma or the "và": "Sở Văn hóa - Thể thao và Du lịch", "Sở Thông tin -
    # Truyền thông")
    org = re.sub(
        r"^(Sở|Bộ) Văn hóa - Thể thao và Du lịch$", r"\1 Văn hóa, Thể thao và Du lịch", org
    )
    org = re.sub(r"^(Sở|Bộ) Thông tin - Truyền thông$", r"\1 Thông tin và Truyền thông", org)
    org = re.sub(r"^ban\b", "Ban", org)
    org = re.sub(r"^Ban Thường vụ (?=Hội )", "", org)
    # A mass organisation by the initials of its middle words, written out: "Hội LHPN",
    # "Hội LHTN Việt Nam", "Hội CCB", "Hội ND" (as its own name reads).
    org = re.sub(r"^Hội LHPN\b", "Hội Liên hiệp Phụ nữ", org)
    org = re.sub(r"^Hội LHTN\b", "Hội Liên hiệp Thanh niên", org)
    org = re.sub(r"^Hội CCB\b", "Hội Cựu chiến binh", org)
    org = re.sub(r"^Hội ND\b", "Hội Nông dân", org)
    org = re.sub(r"^BCH (?=BĐBP|Bộ đội)", "Bộ Chỉ huy ", org)
    org = re.sub(r"\bBĐBP$", "Bộ đội Biên phòng", org)
    org = re.sub(r"^VP (?=UBND|HĐND|Ủy|Uỷ|Hội|Tỉnh|Huyện|Thành)", "Văn phòng ", org)
    org = re.sub(r"^Đồn BP\b", "Đồn Biên phòng", org)
    org = re.sub(r"^(Đồn .*?) ?\(.*\)$", r"\1", org)
    org = re.sub(
        r"^(?:BTG ?& ?DV|BTGDV|Ban TG ?(?:&|-|và)? ?DV)\b", "Ban Tuyên giáo và Dân vận", org
    )
    org = re.sub(r"^BTG\b", "Ban Tuyên giáo", org)
    org = re.sub(r"^VPCP$", "Văn phòng Chính phủ", org)
    org = re.sub(r"^(Sở|Bộ) KH ?(?:&|-|và)? ?ĐT$", r"\1 Kế hoạch và Đầu tư", org)
    org = re.sub(r"^(Sở|Bộ) KH ?(?:&|-|và)? ?CN$", r"\1 Khoa học và Công nghệ", org)
    org = re.sub(r"^BTGTU$", "Ban Tuyên giáo Tỉnh ủy", org)
    org = re.sub(r"^(?:Ban TG|BTG)TW$", "Ban Tuyên giáo Trung ương", org)
    org = re.sub(r"^Ban TG(?= )", "Ban Tuyên giáo", org)
    org = re.sub(r"^(Ban Thường trực )?UBMTTQ(?:\s*VN| Việt Nam)?$", r"\1Ủy ban MTTQ", org)
    # The friendship union in full; its standing board writes for it.
    org = re.sub(r"^Ban Thường vụ (?=Liên hiệp|LHHN)", "", org)
    org = re.sub(
        r"^(?:LHHN|Liên hiệp hữu nghị)$|^Liên hiệp Các tổ chức hữu nghị|^Liên hiệp (?:các )?TCHN$",
        "Liên hiệp các tổ chức hữu nghị",
        org,
    )
    org = re.sub(r"^Văn phòng UBND\b", "Văn phòng Ủy ban nhân dân", org)
    org = re.sub(r"^Văn phòng HĐND\b", "Văn phòng Hội đồng nhân dân", org)
    # (the steering committee by its initials is the one of its official name: "BCĐ TTĐN")
    org = re.sub(r"^Ban Chỉ đạo TTĐN$", "Ban Chỉ đạo công tác TTĐN", org)
    org = re.sub(r"\bTTĐN\b", "thông tin đối ngoại", org)
    # The Front's committee in full; its standing board writes for it.
    org = re.sub(r"^Ban Thường trực (?=[ỦU][yỷ] ban)", "", org)
    org = re.sub(
        r"^[ỦU][yỷ] ban ((?:Trung ương|TƯ|TW) )?(?:Mặt trận Tổ quốc|MTTQ)(?:\s*VN| Việt Nam)?$",
        lambda m: "Ủy ban " + ("Trung ương " if m.group(1) else "") + "Mặt trận Tổ quốc Việt Nam",
        org,
    )
    org = re.sub(r"^(Tỉnh|Huyện|Thành|Thị) [ỷỦỶ]y$", r"\1 ủy", org)
    # A board's name in sentence case, its committee with "ủy" ("Ban Tuyên Giáo Huyện uỷ").
    org = re.sub(
        r"^Ban (" + _PARTY_BOARDS + r")",
        lambda m: "Ban " + m.group(1)[0].upper() + m.group(1)[1:].lower(),
        org,
    )
    # (the board formed in 2025 keeps the capital of its second part: "Ban Tuyên giáo và Dân
    # vận Tỉnh ủy …")
    org = re.sub(r"^Ban Tuyên giáo và dân vận\b", "Ban Tuyên giáo và Dân vận", org)
    org = re.sub(r"^Ban Tuyên giáo [-–] [dD]ân vận\b", "Ban Tuyên giáo và Dân vận", org)
    org = re.sub(r"\b(Tỉnh|Huyện|Thành|Thị|Quận) (?:[ỷỦỶ]y|uỷ)$", r"\1 ủy", org)
    org = re.sub(r"^UBND\b", "Ủy ban nhân dân", org)
    org = re.sub(r"^[ỦU][yỷ] [Bb]an [Nn]hân [Dd]ân$", "Ủy ban nhân dân", org)
    org = re.sub(r"^HĐND\b", "Hội đồng nhân dân", org)
    org = re.sub(r"^Ban chỉ đạo", "Ban Chỉ đạo", org)
    return re.sub(r"^Ban Chỉ đạo Công tác\b", "Ban Chỉ đạo công tác", org)
