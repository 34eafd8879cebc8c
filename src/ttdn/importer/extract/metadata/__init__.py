"""The plan's identity: what kind of document, who issued it, number, date, title, period.

Two kinds of source are read the same way:

* the plan itself, laid out by Nghị định 30/2020/NĐ-CP: the issuing body and "Số: …/KH-…"
  at the top left, "<place>, ngày … tháng … năm …" at the top right, the word KẾ HOẠCH and
  the title below, "Căn cứ …" lines, numbered sections, the signature, and annexes whose
  caption repeats "Kèm theo Kế hoạch số … ngày … của …";
* a news item about a plan, where the same facts sit in one sentence: "<body> (đã|vừa)
  ban hành Kế hoạch số … về …" and the headline.

Each finder returns :class:`~ttdn.importer.result.Located` values with the offsets of the
words it read and a confidence reflecting how direct the evidence was.
"""

from __future__ import annotations

import datetime
import re
from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import Protocol

from ttdn.core.patterns import guarded
from ttdn.core.text import fold, same_but_tone_place, squash, traditional_tone_place
from ttdn.directory.seed import central_since
from ttdn.importer.extract import issuer_choice
from ttdn.importer.extract.common import (
    LOWER_LETTERS,
    PROPER_NAME,
    UNIT_LEVEL,
    UPPER_LETTERS,
    is_upper_heading,
)
from ttdn.importer.extract.ocrlegal import repair_references
from ttdn.importer.result import LegalBasis, Located, ReportDeadline, Section
from ttdn.legal.parsing import (
    DATE_PATTERN,
    KIND_LABELS,
    SECRET_MARK,
    find_legal_refs,
    type_code,
)

_I = re.IGNORECASE

# "Số: 45/KH-UBND", "Số 12773 /KH-UBND"; a Party document puts the number first and the
# symbol after a hyphen: "242-KH/HU", "164-KH/TU", "16-KL/TW".
# A symbol part may end in one small letter: "01/CTr-UBND" (Chương trình), "…/QĐ-TTg".
# (A small letter may also sit inside a part before a capital: "…/SNgV-VP", Sở Ngoại vụ.)
_STATE_NUMBER = (
    # (or two: "06/Ctr-MTTQ-BTT", a programme)
    r"\d{1,6}\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐ](?:[A-ZĐ0-9&.]|[a-z](?=[A-ZĐ]))*(?:(?<=[A-ZĐ])[a-z]{1,2}(?!\w))?"
    # (a small letter inside a later part too: "30/KH-SNgV")
    r"(?:\s*[-–]\s*[A-ZĐ0-9&.](?:[A-ZĐ0-9&.]|[a-z](?=[A-ZĐ]))*(?:(?<=[A-ZĐ])[a-z]{1,2}(?!\w))?)*"
    # (a secret document's mark after the last hyphen: "15/QĐ-UBND-m")
    + SECRET_MARK
)
_PARTY_NUMBER = (
    r"\d{1,6}\s*[-–]\s*[A-ZĐ]{1,6}(?:[a-z]{1,2}(?=\s*/))?\s*/\s*[A-ZĐ]{1,10}(?:\s*-\s*[A-ZĐ0-9]+)?"
    + SECRET_MARK
)
# (its case kept inside patterns that ignore case: a symbol is written in capitals, and a
# small letter matched by both of a part's branches would make a long run of letters after
# "số 12/" try every split of them - a 400,000-character copy hung the reader)
_NUMBER = rf"(?-i:{_PARTY_NUMBER}|{_STATE_NUMBER})"
_NUMBER_LINE_RE = re.compile(r"(?m)^[^\n]{0,80}?\bSố\s*:?\s*(" + _NUMBER + r")")
# A header flattened onto one line (a PDF's text layer): "… Số: 190/KH-UBND An Giang, ngày 18
# tháng 4 năm 2019 KẾ HOẠCH …" - the number and the place and date that follow it.
_INLINE_NUMBER_RE = re.compile(
    r"\bSố\s*:\s*("
    + _NUMBER
    + r")(?:\s+["
    + UPPER_LETTERS
    + r"]\w*(?:\s+["
    + UPPER_LETTERS
    + r"]\w*){0,3},\s*(ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d{2}))?"
)
_INLINE_NUMBER_RE = guarded(_INLINE_NUMBER_RE)  # see ttdn.core.patterns
# "kế hoạch số 12/KH-UBND", and the glued "kế hoạchsố 12/KH-UBND" of a hasty copy.
# (also without "số" before what it is about: "… vừa ban hành Kế hoạch 472 về …", never a
# year: "Kế hoạch 2024")
_BARE_PLAN_NUMBER_RE = re.compile(
    r"\bkế\s+hoạch\s+(?:số\s*:?\s*(?=\d)|(?!(?:19|20)\d{2}\b)(?=\d{1,5}\s+(?:về|ngày|của)\b))"
    r"(\d{1,5})(?![\d/\-])",
    _I,
)
# (also "Kế hoạch 45/KH-UBND" without "số", and "KH số 45/KH-UBND"; a symbol must follow)
_PLAN_NUMBER_RE = re.compile(
    r"\b(?:kế\s+hoạch|(?-i:KH))\s*(?:số\s*:?\s*|(?=\d{1,6}\s*[/-]))(" + _NUMBER + r")", _I
)
# The plan-like documents a news item announces: a plan, an action or joint programme
# ("Chương trình phối hợp công tác số 5115/CTr-BTTTT-BTLBP"), a scheme (Đề án).
_PLAN_KINDS = r"kế\s+hoạch|chương\s+trình\s+(?:hành\s+động|phối\s+hợp)(?:\s+công\s+tác)?|đề\s+án"
# (also without "số" before a number with its symbol: "… ban hành Đề án 12/ĐA-UBND …")
_PROGRAMME_NUMBER_RE = re.compile(
    r"\b(?:chương\s+trình\s+(?:hành\s+động|phối\s+hợp)(?:\s+công\s+tác)?|đề\s+án)\s+(?:số\s*:?\s*)?("
    + _NUMBER
    + r")",
    _I,
)
_DATE_WORDS_RE = re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})", _I)
_DATE_NUM_RE = re.compile(
    r"(?<![\d/])(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d{2})(?!\d)"
)
# "… ------- Hà Nội, ngày 19 tháng 10 năm 2016 |": the place and date in a cell of a
# header flattened onto one line.
_CELL_DATE_RE = re.compile(
    r"(?:^|[|\-]\s|Hạnh\s+phúc\s)\s*[A-ZĐ]\w+(?:\s+[A-ZĐ]\w+){0,3}[ \t]?,\s*(ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d{2})",
    re.MULTILINE,
)
# The heading of a formal document that is not a KẾ HOẠCH: a decision (issuing or
# approving a plan, or not), a programme, a circular, or a letter ("Kính gửi:").
# A letter's marks: the salutation "Kính gửi:" (a scraped copy may lose its letters:
# "Kính gi:"; a copy may drop the colon: "Kính gửi các sở, …") and the subject line under
# the number ("V/v hướng dẫn …", "V/v: …", "V/V …").
LETTER_MARK = r"^[ \t]*(?:Kính\s+g\S{0,3}\s*:|Kính\s+gửi\s|V/[vV]\s*:?\s)"
_LETTER_RE = re.compile("(?m)" + LETTER_MARK)
# A guidance's heading on its line, its subject on the next ones: "HƯỚNG DẪN / Công tác đối
# ngoại nhân dân … năm 2020".
# (the subject may run over the next lines, up to a blank line or the first section)
_HEADING_SUBJECT = (
    r"[ \t]*\n(?:[ \t]*\n){0,3}[ \t]*(\S[^\n]{0,250}"
    r"(?:\n(?![ \t]*(?:[IVX]{1,4}\s*[.)]|\d{1,2}\s*[.)]|Căn\s+cứ|Thực\s+hiện|[-–*]))[ \t]*\S[^\n]{0,250}){0,2})"
)
_GUIDANCE_HEADING_RE = re.compile(r"(?m)^[ \t]*HƯỚNG[ \t]+DẪN" + _HEADING_SUBJECT)
# The other numbered documents whose subject stands under their heading: a directive, a
# notice, a Party committee's conclusion ("CHỈ THỊ / Về tăng cường … năm 2025").
_SUBJECT_HEADING_RE = re.compile(
    r"(?m)^[ \t]*(?:CHỈ[ \t]+THỊ|THÔNG[ \t]+BÁO|KẾT[ \t]+LUẬN)" + _HEADING_SUBJECT
)
# A programme's or a scheme's heading: "CHƯƠNG TRÌNH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "ĐỀ ÁN".
_PROGRAMME_WORDS = r"CHƯƠNG\s+TRÌNH(?:\s+(?:HÀNH\s+ĐỘNG|PHỐI\s+HỢP(?:\s+CÔNG\s+TÁC)?))?|ĐỀ\s+ÁN"
_PROGRAMME_HEADING_RE = re.compile(rf"(?m)^\s*({_PROGRAMME_WORDS})\s*$")
_PROGRAMME_TITLE_RE = re.compile(rf"(?m)^\s*({_PROGRAMME_WORDS})[ \t]*\n+\s*([^\n]{{10,200}})$")
# A report's heading: "BÁO CÁO", "BÁO CÁO TÓM TẮT", "BÁO CÁO SƠ KẾT".
_REPORT_WORDS = r"BÁO\s+CÁO(?:\s+(?:TÓM\s+TẮT|SƠ\s+KẾT|TỔNG\s+KẾT|KẾT\s+QUẢ))?"
_REPORT_HEADING_RE = re.compile(rf"(?m)^\s*{_REPORT_WORDS}\s*$")
_FORMAL_HEADING_RE = re.compile(
    rf"(?m)^\s*(?:QUYẾT\s+ĐỊNH|{_PROGRAMME_WORDS}|THÔNG\s+TƯ|CÔNG\s+ĐIỆN)\s*$|" + LETTER_MARK
)
# "QUYẾT ĐỊNH / BAN HÀNH KẾ HOẠCH …", "QUYẾT ĐỊNH / PHÊ DUYỆT CHƯƠNG TRÌNH HÀNH ĐỘNG …":
# the decision is the plan's cover; the plan is its attachment.
# (a legal site's copy may set the heading in ordinary case on its own line, its subject in
# capitals under it: "Quyết định / PHÊ DUYỆT CHIẾN LƯỢC … ĐẾN NĂM 2030 / THỦ TƯỚNG CHÍNH PHỦ";
# a strategy approved is read as a scheme approved, the corpus's convention)
_DECISION_FOR_PLAN_RE = re.compile(
    r"(?:QUYẾT\s+ĐỊNH\s+|(?m:^)[ \t]*Quyết[ \t]+định[ \t]*\n[ \t]*)(?:VỀ\s+VIỆC\s+)?"
    r"(?:BAN\s+HÀNH|PHÊ\s+DUYỆT)\s+"
    rf"(?P<plan>(?:KẾ\s+HOẠCH|CHƯƠNG\s+TRÌNH|ĐỀ\s+ÁN|CHIẾN\s+LƯỢC)[^{LOWER_LETTERS}]{{10,300}}?)"
    rf"(?=\n\s*\n|\n[^\n]*[{LOWER_LETTERS}]|\n\s*(?:ỦY|UỶ|UBND|BỘ\s+TRƯỞNG|QUYẾT|CHỦ\s+TỊCH"
    r"|THỦ\s+TƯỚNG|CHÍNH\s+PHỦ))"
)
# The cased heading of such a copy, its subject in capitals on the next line.
_DECISION_CASED_HEADING_RE = re.compile(
    rf"(?m)^[ \t]*Quyết[ \t]+định[ \t]*\n[ \t]*(?:BAN\s+HÀNH|PHÊ\s+DUYỆT|VỀ\s+VIỆC)\s[^{LOWER_LETTERS}\n]+$"
)
# … and its subject written as a sentence under the heading (Nghị định 30/2020/NĐ-CP sets
# the subject in ordinary case): "QUYẾT ĐỊNH / Về việc ban hành Kế hoạch … năm 2025",
# "QUYẾT ĐỊNH / Phê duyệt Đề án … đến năm 2030" (the subject may run onto a second line
# opening in small letters).
_DECISION_FOR_PLAN_CASED_RE = re.compile(
    r"(?m)^[ \t]*QUYẾT[ \t]+ĐỊNH[ \t]*\n(?:[ \t]*\n)?[ \t]*(?:[Vv]ề[ \t]+việc[ \t]+)?"
    r"(?:[Bb]an[ \t]+hành|[Pp]hê[ \t]+duyệt)[ \t]+"
    rf"(?P<plan>(?:Kế[ \t]+hoạch|Chương[ \t]+trình|Đề[ \t]+án|Chiến[ \t]+lược)\b[^\n]{{5,250}}"
    rf"(?:\n[ \t]*[{LOWER_LETTERS}\d][^\n]{{0,250}})?)"
)
DECISION_LIMIT = 2500  # characters: where a decision's heading and subject may stand


def _decision_for_plan(text: str, limit: int | None = None) -> re.Match | None:
    """The subject of a decision that issues or approves a plan, a programme or a scheme
    (its group "plan"), in capitals or as a sentence under the heading."""
    end = len(text) if limit is None else min(len(text), limit)
    return _DECISION_FOR_PLAN_RE.search(text, 0, end) or _DECISION_FOR_PLAN_CASED_RE.search(
        text, 0, min(end, DECISION_LIMIT)
    )


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
_PLACE_NUMERIC_DATE_RE = re.compile(
    # (not a symbol's last part: "… Hướng dẫn số 11-HD/BTGHU, ngày 10/3/2017 …")
    r"(?m)^[^\n]{0,60}?(?:(?<![/\-])\b["
    + UPPER_LETTERS
    + r"]\w*|\))[ \t]?,\s*ngày\s+(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d{2})\b"
)
# (the word before the comma is the place's, capitalised: not "… Công văn số 146, ngày …")
_PLACE_DATE_RE = re.compile(
    r"(?m)^[^\n]{0,60}?(?:\b["
    + UPPER_LETTERS
    + r"]\w*|\))[ \t]?,\s*(ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d{2})"
)

# The rest of a ministry's or department's name: words up to a verb or a unit word
# ("Bộ Ngoại giao vừa …", "Sở Văn hóa, Thể thao và Du lịch tỉnh …").
# (a part after a comma opens with a capital, "Sở Văn hóa, Thể thao …": not "Bộ Ngoại giao,
# công tác …"; a dash only inside the culture and information departments' names, "Sở Văn
# hóa - Thể thao …"; not another body after "và", "Bộ … và Báo Nhân Dân"; up to ten words, "Cục Thông tin cơ sở và Thông tin đối ngoại", "Sở Văn hóa,
# Thể thao và Du lịch Lào Cai")
_NAME_WORDS = (
    r"(?:(?:,\s+(?!(?:Bộ|Sở|Ban|Cục|Vụ|Ủy|Uỷ|UBND|Liên|Hội|Đảng|Tỉnh|Huyện|Thành|Thị|Đài|Báo)\b)"
    # (and inside the one province's name written with a dash: "… Bà Rịa - Vũng Tàu")
    rf"(?=[{UPPER_LETTERS}])|\s+-\s+(?=Thể\s+thao|Truyền\s+thông|(?<=Rịa\s-\s)Vũng\s+Tàu)|\s+)"
    r"(?!(?:vừa|đã|mới|ban\s+hành|xây\s+dựng|triển\s+khai|phê\s+duyệt|tỉnh|thành\s+phố"
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
    r"(?:[Tt]uyên\s+[gG]iáo(?:\s+và\s+[dD]ân\s+[vV]ận)?|[Dd]ân\s+[vV]ận|[Tt]ổ\s+[cC]hức"
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
_PARTY_OF_AGENCY_RE = re.compile(
    r"(?:Đảng\s+(?:[ủỷ]y|uỷ)|Chi\s+bộ)\s+(?:Sở|Bộ\s+Chỉ\s+huy|Công\s+an|Ban\s+Quản\s+lý|Văn\s+phòng)\b"
)
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
    + r")|BTG)\s+(?:Tỉnh|Huyện|Thành|Thị|Quận)\s+(?:[ủỷỦỶ]y|uỷ)"
    # (the province's propaganda board by its initials: "BTGTU Bình Định")
    r"|BTGTU\b"
    r"|" + _BAN + r"\s+(?:" + _PARTY_BOARDS + r")(?=\s+(?:[Tt]rung\s+ương|T\.?\s?Ư|TW)(?!\w))"
    # (the friendship union also by its short name: "Liên hiệp hữu nghị tỉnh …"; and as its
    # standing board writes for it: "Tờ trình của Ban Thường vụ Liên hiệp … tỉnh")
    r"|(?:Ban\s+Thường\s+vụ\s+)?(?:Liên\s+hiệp\s+(?:[Cc]ác\s+tổ\s+chức\s+)?hữu\s+nghị|LHHN)"
    r"|Đảng\s+ủy\s+Khối(?:\s+các\s+cơ\s+quan)?"
    # a commune's or a ward's Party committee ("Đảng ủy xã Vĩnh Điều", since 2025)
    # (also first of the commune's bodies listed: "Đảng ủy, HĐND, UBND và Ủy ban MTTQ xã …")
    r"|Đảng\s+(?:[ủỷ]y|uỷ)(?=" + _COMMUNE_BODIES + r"\s+(?:xã|phường|thị\s+trấn|đặc\s+khu)\s)"
    # The Fatherland Front's committee, also as its standing board writes for it ("Ban
    # Thường trực Ủy ban MTTQ Việt Nam tỉnh", "Ủy ban MTTQVN tỉnh").
    r"|(?:Ban\s+Thường\s+trực\s+)?[ỦU][yỷ]\s+ban\s+(?:Trung\s+ương\s+)?"
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
    r"|Văn\s+phòng\s+(?:UBND|[ỦU][yỷ]\s+ban\s+nhân\s+dân|HĐND|Hội\s+đồng\s+nhân\s+dân|Tỉnh\s+[ủỷ]y"
    r"|Huyện\s+[ủỷ]y|Thành\s+[ủỷ]y)"
    r"|Văn\s+phòng\s+Chính\s+phủ|Thủ\s+tướng\s+Chính\s+phủ|Chính\s+phủ"
    r"|(?:Sở|Bộ)\s+TT\s*(?:&|-|và)\s*TT\b|(?:Sở|Bộ)\s+TTTT\b"
    # the culture department and ministry by their initials ("Sở VHTTDL", "Sở VH,TT&DL",
    # "Bộ VH-TT&DL"), a city's culture and sports department ("Sở VH&TT", "Sở VHTT")
    r"|(?:Sở|Bộ)\s+"
    + _CULTURE_INITIALS
    + r"|Sở\s+"
    + _CULTURE_SPORTS_INITIALS
    + r"|Bộ\s+đội\s+Biên\s+phòng|Công\s+an"
    # a province's border guard command by its initials ("BCH BĐBP tỉnh …")
    r"|BCH\s+(?:BĐBP|Bộ\s+đội\s+Biên\s+phòng)"
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
# (a unit below the province marks itself, "lower": its province may follow its name)
# A headline running into its text puts an event's word, capitalised, after a body's unit
# word ("Chi bộ Sở Ngoại vụ tỉnh Đại hội lần thứ IV …"): the event, not a place's name
# ("huyện Đại Lộc" is a place: both its words capitalised).
_NOT_AN_EVENT = (
    r"(?!(?:Đại\s+hội|Hội\s+nghị|Hội\s+thảo|Tổng\s+kết|Sơ\s+kết|Tổ\s+chức|Triển\s+khai"
    r"|Ký\s+kết|Tập\s+huấn|Họp\s+(?:báo|mặt))(?!\w))"
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
# "TPHCM", "TP.HCM", "TP HCM": the city written as one abbreviation.
_HCM = r"(?P<hcm>TP\.?\s*HCM|TPHCM)\b"
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
    # (a commune's or a district's province after it: "UBND xã Bản Lầu, tỉnh Lào Cai")
    + r"))?(?(lower)(?:\s*,\s*(?:tỉnh|thành\s+phố)\s+"
    + PROPER_NAME
    + r")?)|(?:(?<=[ủỷỦỶ]y)|(?<=uỷ)|(?<=nghị)|(?<=BTGTU))\s+(?P<pname>"
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
# The level a Party committee's name gives ("Huyện ủy Thường Tín" is a district's).
_PARTY_LEVEL = {
    "tỉnh ủy": "province",
    "thành ủy": "province",
    "huyện ủy": "district",
    "thị ủy": "district",
    "quận ủy": "district",
}
_ANNOUNCE_RE = re.compile(
    r"(?:đã\s+|vừa\s+|mới\s+)?(?:ban\s+hành|xây\s+dựng|triển\s+khai|phê\s+duyệt|đề\s+ra|(?<=\w\s)có"
    # a chair signs it for the committee ("Chủ tịch UBND tỉnh … vừa ký Kế hoạch số …")
    r"|(?:(?<=đã\s)|(?<=vừa\s)|(?<=mới\s))ký)"
    r"\s+(?:kế\s+hoạch|(?-i:KH)(?=\s+số\b))"
    # A programme or a scheme is announced when a body issues it ("… đã ban hành Chương
    # trình phối hợp công tác số …"), not when a document it cites approved one.
    # (a joint programme is also told through its signing: "… và 12 cơ quan báo chí ký kết
    # Chương trình phối hợp …")
    r"|(?<!về\sviệc\s)(?:đã\s+|vừa\s+|mới\s+)?(?:ban\s+hành\s+(?:chương\s+trình\s+(?:hành\s+động|phối\s+hợp)|đề\s+án)"
    # (or a joint plan told through the meeting that signs it: "… tổ chức hội nghị ký kết kế
    # hoạch phối hợp giữa …", "… tổ chức lễ ký kết kế hoạch phối hợp …")
    r"|ký\s+kết\s+chương\s+trình\s+phối\s+hợp"
    r"|(?:(?<=hội\snghị\s)|(?<=lễ\s))ký\s+kết\s+kế\s+hoạch\s+phối\s+hợp)",
    _I,
)
_ANNOUNCE_RE = guarded(_ANNOUNCE_RE)  # see ttdn.core.patterns
# The passive form: "Hướng dẫn số 36-HD/BTGTU … vừa được Ban Tuyên giáo Tỉnh ủy … ban hành",
# "kế hoạch … năm 2023 do UBND tỉnh ban hành ngày 23/2/2022": the body after "được" / "do".
_BY_RE = re.compile(r"\b(?:do|được)\s+$", _I)
_ISSUED_AFTER_RE = re.compile(r"\s*(?:(?:vừa|đã|mới)\s+)?ban\s+hành\b", _I)
# A news item about another kind of document: "UBND tỉnh vừa ban hành Công văn số 348/UBND-GD
# ngày 13/01/2021 về việc …" - the item is about that document, which is not a plan.
# (Not a resolution, decree or conclusion: news of a plan tells first that the Politburo or
# the Government issued the one the plan implements - "Ngày 15/6/2023, Bộ Chính trị ban
# hành Kết luận số 57-KL/TW …" - which is background, not the item's subject.)
# ("CV" is the letter's abbreviation in news: "… ban hành CV số 888/UBND-KGVX …".)
_OTHER_KINDS = (
    r"công\s+văn|văn\s+bản|công\s+điện|quyết\s+định|thông\s+tư|chỉ\s+thị|hướng\s+dẫn|thông\s+báo"
    r"|(?-i:CV)"
)
# The letters: "Công văn", "Văn bản", "Công điện", "Thông báo"; an urgent one says so after
# its kind ("Công văn hỏa tốc số …", "Công điện khẩn số …").
_LETTER_KINDS = r"công\s+văn|văn\s+bản|công\s+điện|thông\s+báo|(?-i:CV)"
_URGENT = r"(?:\s+(?:hỏa|hoả)\s+tốc|\s+khẩn)?"
# How a body puts a document out, told: "ban hành", "ký", "có" ("… Ban Chỉ đạo … có Công văn
# số 1261-CV/TTĐN gửi …": a body that "has" a letter), "gửi", "ra", "phát hành".
_PUTS_OUT = r"(?:ban\s+hành|ký|(?<=\w\s)có|gửi|(?<=\w\s)ra|phát\s+hành)"
_OTHER_ANNOUNCE_RE = re.compile(
    # (the word "số" may be left out before a number with its symbol: "văn bản
    # 1033/UBND-KTTH"; also sent or put out: "… đã gửi Công văn số …", "… vừa ra Công văn
    # hỏa tốc số …")
    r"(?:đã\s+|vừa\s+|mới\s+)?"
    + _PUTS_OUT
    + r"\s+(?:"
    + _OTHER_KINDS
    + r")"
    + _URGENT
    + r"\s+(?:số\s*:?\s*)?("
    + _NUMBER
    + ")"
    # … or named by its title, without a number: "Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn
    # Tuyên truyền về …" (the kind written with its capital, as a document's name).
    r"|(?:đã\s+|vừa\s+|mới\s+)?ban\s+hành\s+(?-i:Hướng\s+dẫn|Công\s+văn|Thông\s+báo)\s+\w"
    # (or in running case, by the work it guides: "… vừa ban hành hướng dẫn công tác tuyên
    # truyền biển, đảo năm 2022 …")
    r"|(?:đã\s+|vừa\s+|mới\s+)?ban\s+hành\s+hướng\s+dẫn\s+(?=(?:công\s+tác|tuyên\s+truyền)\b)"
    # … or told by what it asks, without a number: "UBND tỉnh vừa có văn bản yêu cầu …",
    # "Sở … có công văn hướng dẫn …".
    r"|(?:đã\s+|vừa\s+|mới\s+)?(?:ban\s+hành|(?<=\w\s)có)\s+(?:công\s+văn|văn\s+bản|công\s+điện)"
    + _URGENT
    + r"\s+(?=(?:hướng\s+dẫn|định\s+hướng|đề\s+nghị|yêu\s+cầu|chỉ\s+đạo|về\s+việc|truyền\s+đạt)\b)",
    _I,
)
_OTHER_ANNOUNCE_RE = guarded(_OTHER_ANNOUNCE_RE)  # see ttdn.core.patterns
# A news item about a Party committee's conclusion: "Ban Thường vụ Tỉnh ủy … ban hành Kết
# luận số 12-KL/TU (ngày …) về …" (not the Politburo's or the Secretariat's, "…-KL/TW", which
# a plan carries out; read only when no plan is told).
_CONCLUSION_ANNOUNCE_RE = re.compile(
    r"(?:đã\s+|vừa\s+|mới\s+)?(?:ban\s+hành|ký|(?<=\w\s)có)\s+kết\s+luận\s+(?:số\s*:?\s*)?("
    + _PARTY_NUMBER
    + r")(?:\s*,?\s*ngày\s+(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d{2})(?!\d)"
    r"|\s*,?\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2}))?",
    _I,
)
_CONCLUSION_ANNOUNCE_RE = guarded(_CONCLUSION_ANNOUNCE_RE)  # see ttdn.core.patterns
_CENTRAL_SYMBOL_RE = re.compile(r"/\s*(?:TW|TƯ|T\.Ư)$", _I)
# A news item opening with the letter it is about, its author after it: "Tại Công văn số
# 1234/UBND-VX ngày 5/3/2021, UBND tỉnh … yêu cầu …", "Công văn số 456/UBND-KGVX ngày … của
# UBND tỉnh … về việc …".
_LETTER_FIRST_RE = re.compile(
    r"(?P<lead>(?:Tại|Theo)\s+)?(?:"
    + _LETTER_KINDS
    + r")"
    + _URGENT
    + r"\s+(?:số\s*:?\s*)?(?P<number>"
    + _NUMBER
    + r")(?:\s*,?\s*ngày\s+(?:\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*(?:19|20)\d{2}"
    r"|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d{2}))?"
    r"(?P<gap>\s*,\s*(?:(?:Phó\s+)?Chủ\s+tịch\s+)?|\s+của\s+(?:(?:Phó\s+)?Chủ\s+tịch\s+)?)",
    _I,
)
_LETTER_FIRST_RE = guarded(_LETTER_FIRST_RE)  # see ttdn.core.patterns
# A letter told by its subject with no "về": "Văn bản số … hướng dẫn xây dựng kế hoạch …".
_LETTER_SUBJECT_RE = re.compile(
    r"\b(?:" + _LETTER_KINDS + r")" + _URGENT + r"\s+(?:số\s*:?\s*)?" + _NUMBER, _I
)
# What the author of a letter named first does: asks, proposes, directs, guides, orients.
_LETTER_ASKS_RE = re.compile(
    r"\s*(?:(?:đã|vừa)\s+)?(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao|hướng\s+dẫn|định\s+hướng|nêu\s+rõ)\b",
    _I,
)
# A news item about a decision that issues or approves a plan: "UBND tỉnh ban hành Quyết định
# số 1036/QĐ-UBND về việc ban hành Kế hoạch …" - the plan's number and date are the decision's.
_DECISION_ANNOUNCE_RE = re.compile(
    # (The word "số" may be left out: "… ban hành Quyết định 837/QĐ-TTg về việc phê duyệt …".)
    # (or has it: "UBND tỉnh vừa có Quyết định số … phê duyệt Kế hoạch …")
    r"(?:đã\s+|vừa\s+|mới\s+)?(?:ban\s+hành|ký|có(?<=\w\scó))\s+(?:quyết\s+định|nghị\s+quyết)\s+(?:số\s*:?\s*)?("
    + _NUMBER
    # ("… Quyết định số 474/QĐ-UBND về Kế hoạch …": a decision about a plan issues it.)
    + r")[^.;\n]{0,40}?\s+(?:(?:về\s+việc\s+|về\s+)?(?:ban\s+hành|phê\s+duyệt)\s+|về\s+)"
    # (a strategy approved is a plan too: "… Quyết định số 950/QĐ-TTg phê duyệt Chiến lược …")
    r"(?:kế\s+hoạch|chương\s+trình|đề\s+án|chiến\s+lược)\b",
    _I,
)
_DECISION_ANNOUNCE_RE = guarded(_DECISION_ANNOUNCE_RE)  # see ttdn.core.patterns
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
    r"|(?:phiên|cuộc)\s+họp|họp|điểm\s+cầu|đón\s+tiếp|khai\s+mạc|tuần\s+lễ)\b"
    # (or reviews with its partners, no "tổ chức": "Cục … phối hợp Ban Tuyên giáo Tỉnh ủy …
    # sơ kết công tác phối hợp …")
    r"|(?:sơ|tổng)\s+kết\s+(?:công\s+tác|hoạt\s+động|chương\s+trình|kế\s+hoạch|quy\s+chế"
    r"|việc|năm|giai\s+đoạn|\d))"
    # or meets itself: "Ban Chỉ đạo … họp phiên thứ nhất …"
    r"|\s+(?:đã\s+|vừa\s+)?họp\s+(?:phiên|định\s+kỳ|triển\s+khai|sơ\s+kết|tổng\s+kết|để)\b",
    _I,
)
# A review's subject: "Năm 2022, Liên hiệp … đã chủ trì …", "4 tháng đầu năm, X đã …".
# Also the months of a year ("9 tháng năm 2020, …") and the rest of it, whose work the body
# reviewed states ("Trong những tháng cuối năm 2020, X sẽ tiếp tục …").
# (after it, a concession: "Năm 2021, dù chịu ảnh hưởng của dịch COVID-19, X vẫn …")
_REVIEW_OPENING_RE = re.compile(
    r"\s*(?:Trong\s+)?(?:[Nn]ăm\s+(?:19|20)\d{2}|\d{1,2}\s+tháng(?:\s+(?:đầu|cuối))?\s+năm(?:\s+(?:19|20)\d{2})?"
    r"|(?:những\s+)?(?:tháng|ngày)\s+cuối\s+năm(?:\s+(?:19|20)\d{2})?)"
    r"\s*,\s*(?:(?:mặc\s+)?dù\b[^,.;\n]{3,120},\s*)?"
)
_DONE_RE = re.compile(
    r"\s*(?:\([^)\n]{1,30}\)\s*)?(?:đã|tiếp\s+tục(?:\s+phát\s+huy|\s+tham\s+mưu)?|sẽ|vẫn)\b"
)
# "Hội nghị toàn quốc … lần đầu tiên của X": the body whose meeting it is (not the author
# of a document the meeting is about: "Hội nghị … Kết luận số 57 của Bộ Chính trị").
_MEETING_OF_RE = re.compile(
    r"\b(?:hội\s+nghị|hội\s+thảo|lớp\s+tập\s+huấn|lớp\s+bồi\s+dưỡng|t[oọ]a\s+đàm|diễn\s+đàn)\b"
    r"(?:(?!\b(?:số|kết\s+luận|nghị\s+quyết|chỉ\s+thị|quyết\s+định|kế\s+hoạch|đề\s+án|thông\s+tư"
    r"|luật|chương\s+trình|hướng\s+dẫn)\b)[^.;\n]){0,150}?\bcủa\s+$",
    _I,
)
# The organiser in the passive: "Hội nghị … được Ban Tuyên giáo Tỉnh ủy tổ chức chiều 11/8",
# "Hội nghị do Sở … tổ chức".
_MEETING_BY_RE = re.compile(
    r"\b(?:hội\s+nghị|hội\s+thảo|lớp\s+tập\s+huấn|lớp|buổi|t[oọ]a\s+đàm|diễn\s+đàn|tập\s+huấn"
    r"|chương\s+trình)\b[^.;\n]{0,200}?\b(?:được|do)\s+$",
    _I,
)
_ORGANISED_RE = re.compile(
    r"\s+(?:tổ\s+chức|chủ\s+trì|phối\s+hợp(?:\s+(?:với|cùng))?\s[^.;\n]{3,120}?\btổ\s+chức)\b", _I
)
# A body asking or guiding others in its own words, the list of what it asks following
# its colon: "Sở … đề nghị các cơ quan … thực hiện một số nội dung … sau:", "Ban Thường
# trực … hướng dẫn công tác … năm 2021 … như sau:".
_OWN_VOICE_RE = re.compile(
    r"[ \t]*,?[ \t]+(?:đề\s+nghị|yêu\s+cầu|hướng\s+dẫn)\s[^:\n]{0,300}?\bsau\s*:[ \t]*(?:\n|$)"
    # (a notice to the bodies it names: "Sở Ngoại vụ thông báo (đến) các Sở, ban, ngành, …
    # được biết, áp dụng …")
    r"|[ \t]*,?[ \t]+(?:(?:trân\s+trọng|xin)\s+)?thông\s+báo\s+(?:đến\s+|tới\s+|cho\s+)?"
    r"(?:các|toàn\s+thể|Quý)\s[^.:\n]{0,300}?\b(?:được\s+)?biết\b",
    _I,
)
# "Kế hoạch số 516/KH-UBND (vừa được) ban hành …": a plan named by its number, the body
# that issued it left to its symbol.
_NUMBERED_ISSUED_RE = re.compile(
    r"\b(?:" + _PLAN_KINDS + r")\s+số\s*:?\s*(" + _NUMBER + r")(?:\s*,?\s*ngày\s+[\d/.-]+)?"
    r"\s+(?:(?:vừa|đã|mới)\s+)?(?:được\s+)?ban\s+hành\b",
    _I,
)
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
_PERIOD_RE = re.compile(
    r"(?:giai\s+đoạn|thời\s+kỳ)\s+((?:19|20)\d{2})\s*(?:-|–|—|đến|tới)\s*(?:năm\s+)?((?:19|20)\d{2})"
    r"|\bnăm\s+((?:19|20)\d{2})(?:\s*(?:-|–|—|đến)\s*(?:năm\s+)?((?:19|20)\d{2}))?"
    r"|\b((?:19|20)\d{2})\s*(?:-|–|—)\s*((?:19|20)\d{2})\b",
    _I,
)
_REPORT_RE = re.compile(
    r"((?:trước|chậm\s+nhất(?:\s+là)?|không\s+muộn\s+hơn)\s+ngày\s+(\d{1,2})"
    r"(?:\s+tháng\s+(\d{1,2})|\s*/\s*(\d{1,2}))"
    r"(?:\s+(hàng|hằng)\s+(năm|quý|tháng)|\s+năm\s+(?:19|20)\d{2}|\s*/\s*(?:19|20)\d{2})?)",
    _I,
)
_SECTION_RE = re.compile(r"(?m)^[ \t]*([IVX]{1,4}|\d{1,2})\s*[.)-]\s*(\S[^\n]{1,160})$")
_SECTION_KINDS = (
    ("mục đích", "purpose"),
    ("mục tiêu", "purpose"),
    ("quan điểm", "purpose"),
    ("nguyên tắc", "purpose"),
    ("yêu cầu", "purpose"),
    ("nhiệm vụ", "tasks"),
    ("giải pháp", "tasks"),
    ("nội dung", "tasks"),
    ("tổ chức thực hiện", "organisation"),
    ("kinh phí", "funding"),
)
# A meeting's aim told after its lede, to share a period's results ("Hội nghị nhằm chia sẻ
# thông tin … về kết quả công tác 6 tháng đầu năm 2025 …", "Hội nghị đánh giá kết quả công
# tác năm 2023 …"): a review.
_MEETING_AIM_REVIEW = (
    # (its opening read after the space that follows a full stop too, as the review forms
    # are searched from a word's boundary)
    r"(?:^|(?<=[.\n])|(?<=\.[ \t]))[ \t]*(?:Hội\s+nghị|Buổi\s+gặp\s+mặt|Cuộc\s+gặp)\s+(?:này\s+)?"
    # (or set to it by its own verb: "Hội nghị đánh giá kết quả công tác năm 2023 và …")
    r"(?:nhằm|(?:đã\s+)?(?:đánh\s+giá|nhìn\s+lại|thông\s+tin)(?:\s+về)?(?=\s+kết\s+quả))\b"
    r"[^.\n]{0,150}?\bkết\s+quả\s+(?:công\s+tác|hoạt\s+động)\b[^.\n]{0,40}?\bnăm\s+(?:19|20)\d{2}"
)
_MEETING_AIM_REVIEW_RE = re.compile(_MEETING_AIM_REVIEW, _I)
# A body's account of a period opening a paragraph: "Giai đoạn 2016-2020, Sở … đã chủ động …".
# (also a term, after a dateline tag, its body named after a concession: "(HG) - Nhiệm kỳ
# 2017-2022, mặc dù …, nhưng với tinh thần … của … Liên hiệp … đã tổ chức …")
_PERIOD_DONE_RE = re.compile(
    r"(?:^|(?<=[.\n]))[ \t]*(?:\([^)\n]{1,15}\)\s*[-–]\s*)?(?:Trong\s+)?"
    r"(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ)\s+((?:19|20)\d{2})\s*[-–—]\s*"
    r"((?:19|20)\d{2})\s*,(?:(?!\bsẽ\b)[^.\n]){0,300}?\bđã\b",
    _I,
)
# The months of a year counted in figures or in words: "6 tháng đầu", "Sáu tháng đầu", "chín
# tháng", "những tháng đầu".
_MONTHS = r"(?:\d{1,2}|ba|sáu|chín|những)\s+tháng(?:\s+đầu)?"
# The forms of a review of work done: "sơ kết", "tổng kết", "kết quả đạt được",
# "đánh giá công tác … năm 2021", "Trong năm 2022, … đã …".
_REVIEW_RE = re.compile(
    r"\b(?:sơ\s+kết|tổng\s+kết|kết\s+quả\s+(?:đạt\s+được|thực\s+hiện)|là\s+những\s+kết\s+quả"
    r"|đánh\s+giá\s+(?:công\s+tác|kết\s+quả)[^.\n]{0,80}?năm\s+(?:19|20)\d{2}"
    r"|Trong\s+năm\s+(?:19|20)\d{2}\s*,[^.\n]{0,200}?\bđã\b|Qua\s+đó\s*,?\s*đã\b|Nhìn\s+chung\s*,"
    # (no comma, a place's year told by the place: "trong năm 2021 tỉnh ta đã triển khai …")
    r"|Trong\s+năm\s+(?:19|20)\d{2}\s+(?:toàn\s+)?(?:tỉnh|thành\s+phố|huyện|thị\s+xã|xã|phường)\b"
    r"(?:(?!\bsẽ\b)[^.;\n]){0,80}?\bđã\b"
    r"|(?:^|(?<=[.\n]))\s*Năm\s+(?:19|20)\d{2}\s*,[^.\n]{0,200}?\b(?:đã|đạt\s+(?:được\s+)?(?:nhiều|những|kết\s+quả))\b"
    # (the year's work told without "đã", no "sẽ" in it: "Năm 2015, tỉnh … tổ chức và tham
    # gia nhiều sự kiện …")
    r"|(?:^|(?<=[.\n]))\s*Năm\s+(?:19|20)\d{2}\s*,(?:(?!\bsẽ\b)[^.\n]){0,200}?"
    r"\b(?:tổ\s+chức\s+và\s+tham\s+gia|tổ\s+chức\s+thành\s+công|đón\s+tiếp)\b"
    r"|hội\s+nghị\s+giao\s+ban|giao\s+ban\s+công\s+tác[^.\n]{0,120}?\bnăm\s+(?:19|20)\d{2}"
    # A year's results given out to the press: "… tổ chức họp báo thông tin về kết quả công
    # tác năm 2021 và định hướng năm 2022", "… gặp mặt báo chí về kết quả hoạt động năm …".
    r"|\b(?:họp\s+báo|báo\s+chí)\b[^.\n]{0,60}?\bkết\s+quả\s+(?:công\s+tác|hoạt\s+động|thực\s+hiện)\b"
    r"[^.\n]{0,80}?\bnăm\s+(?:19|20)\d{2}"
    # A report quoted: "Báo cáo của UBND tỉnh … cho biết, năm 2022 …".
    # (also at a meeting, its author not named, and the year it tells: "Báo cáo tại hội
    # nghị nêu rõ, năm 2024, …")
    # (or the year told by the opening speech of the meeting: "Phát biểu khai mạc Hội nghị, ông
    # …, cho biết, năm 2024 Liên hiệp … đã …")
    r"|(?:^|(?<=[.\n]))[ \t]*Phát\s+biểu\s+khai\s+mạc\b[^.\n]{0,150}?\bcho\s+biết\s*[,:]?\s*"
    r"(?:trong\s+)?năm\s+(?:19|20)\d{2}\b\s*,?(?:(?!\bsẽ\b)[^.\n]){0,200}?\bđã\b"
    # (or by a speech at a meeting that looks back on the year: "Phát biểu tại cuộc gặp, Bộ
    # trưởng … điểm lại một số thành tựu nổi bật của ngành … trong năm 2022")
    r"|(?:^|(?<=[.\n]))[ \t]*Phát\s+biểu\s+(?:tại|khai\s+mạc)\b[^.\n]{0,200}?"
    r"\b(?:điểm\s+lại|nhìn\s+lại|đánh\s+giá|tổng\s+kết)\b[^.\n]{0,150}?\bnăm\s+(?:19|20)\d{2}\b"
    r"|\bbáo\s+cáo\s+(?:của|tại)\s+[^.\n]{3,80}?\b(?:cho\s+biết|nêu\s+rõ|cho\s+thấy)\b"
    r"(?:\s*[,:]?\s*(?:trong\s+)?năm\s+(?:19|20)\d{2}\b)?"
    # (or its draft, its author not named: "Theo dự thảo báo cáo, năm 2025, …")
    r"|\btheo\s+(?:dự\s+thảo\s+)?báo\s+cáo(?:\s+của\s+[^.\n]{3,80}?)?,\s+(?:trong\s+)?(?:năm\s+(?:19|20)\d{2}|\d{1,2}\s+tháng)"
    # The months of a year opening a paragraph: "9 tháng năm 2020, công tác … được …".
    # (or with no year: "Trong 6 tháng đầu năm, toàn tỉnh có …"; "Từ đầu năm 2025 đến nay, …")
    r"|(?:^|(?<=[.\n]))[ \t]*(?:Trong\s+)?" + _MONTHS + r"\s+năm(?:\s+(?:19|20)\d{2})?\s*,"
    r"|(?:^|(?<=[.\n]))[ \t]*Từ\s+đầu\s+năm(?:\s+(?:19|20)\d{2})?\s+(?:đến|tới)\s+nay\s*,"
    # Results told in a sentence: "… đã đạt được nhiều kết quả quan trọng"; years carrying
    # out a programme: "Qua 5 năm thực hiện Đề án …".
    # (a sentence opening so, not a quoted document's: "Kết luận … nêu rõ: Qua 10 năm …")
    r"|\bđạt\s+được\s+(?:nhiều|những)\s+kết\s+quả"
    r"|(?:^|(?<=[.\n]))\s*Qua\s+\d{1,2}\s+năm\s+(?:thực\s+hiện|triển\s+khai)\b"
    # A meeting set to share a period's results: "Hội nghị nhằm chia sẻ thông tin … về kết
    # quả công tác 6 tháng đầu năm 2025 và …".
    r"|"
    + _MEETING_AIM_REVIEW
    # A year's work told as continuing in spite of something: "Năm 2021, dù …, X vẫn duy
    # trì …".
    + r"|(?:^|(?<=[.\n]))\s*Năm\s+(?:19|20)\d{2}\s*,\s*(?:mặc\s+)?dù\b[^.\n]{0,200}?\bvẫn\b)",
    _I,
)
# News of a year's planned work with no document named: "năm 2025 Nghệ An sẽ tiếp tục …",
# "triển khai nhiệm vụ thông tin đối ngoại năm 2025" (a review of work done is read first).
_PLANNED_YEAR_RE = re.compile(
    r"\bnăm\s+(?:19|20)\d{2}\b[^.\n]{0,80}?\bsẽ\s+(?:tiếp\s+tục\s+)?\w"
    r"|\bnhiệm\s+vụ\b[^.\n]{0,60}?\bnăm\s+(?:19|20)\d{2}\b"
    # (the plan told in the province's voice: "Theo kế hoạch, Cà Mau sẽ …"; its duties set
    # out for the year: "Để triển khai kế hoạch đối ngoại năm 2025, UBND tỉnh … đề ra …")
    r"|(?:^|(?<=[.\n]))[ \t]*Theo\s+kế\s+hoạch\s*,[^.\n]{0,80}?\bsẽ\s+\w"
    r"|\bkế\s+hoạch\b[^.\n]{0,60}?\bnăm\s+(?:19|20)\d{2}\s*,[^.\n]{0,80}?\bđề\s+ra\b",
    _I,
)
_NEWS_MARKS_RE = re.compile(
    r"lượt\s+xem|cập\s+nhật\s+\d|in\s+bài\s+viết|chia\s+sẻ|bài\s+viết|tin\s+khác|"
    r"truy\s+cập|đang\s+online|nguồn\s*:",
    _I,
)
# (a period with no end: "năm 2019 và những năm tiếp theo")
_OPEN_END = r"\s*(?:,|và)\s*(?:những|các)\s+năm\s+tiếp\s+theo\b"
_OPEN_END_RE = re.compile(_OPEN_END, _I)
# (also a term, "nhiệm kỳ 2025 - 2030", and a range written alone, "… biển, đảo 2025–2030")
_TITLE_END_RE = re.compile(
    r"(?:năm\s+(?:19|20)\d{2}(?:\s*(?:-|–|—|đến)\s*(?:năm\s+)?(?:19|20)\d{2}|" + _OPEN_END + r")?"
    r"|(?:giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ)\s+(?:19|20)\d{2}\s*(?:-|–|—|đến)\s*(?:năm\s+)?(?:19|20)\d{2}"
    r"|(?<![\d/.\-–(])(?<!\( )(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}(?![\d/\-–]))",
    _I,
)


@dataclass
class Metadata:
    doc_type: Located = field(default_factory=Located)
    issuer: Located = field(default_factory=Located)
    level: Located = field(default_factory=Located)
    locality: Located = field(default_factory=Located)
    plan_number: Located = field(default_factory=Located)
    issued_date: Located = field(default_factory=Located)
    title: Located = field(default_factory=Located)
    period: Located = field(default_factory=Located)
    signer: Located = field(default_factory=Located)
    legal_bases: list[LegalBasis] = field(default_factory=list)
    report_deadline: ReportDeadline | None = None
    sections: list[Section] = field(default_factory=list)
    announcement: tuple[int, int] | None = None  # the sentence of a news item naming the plan
    other_document: bool = False  # the announced document is a letter, decision, circular…
    # The sentence in which a body asks or guides others in its own words ("Sở … đề nghị
    # các cơ quan … thực hiện … sau:"): the text is that body's letter or guidance.
    own_voice: tuple[int, int] | None = None
    # The body named right after the letter an item opens with ("Tại Công văn số …, UBND
    # tỉnh … yêu cầu …"): the letter's author.
    author: tuple[int, int] | None = None
    meeting: bool = False  # the issuer is the body holding a meeting the text reports
    annex_start: int | None = None
    body_end: int | None = None  # where the signature / "Nơi nhận" block starts
    unit_name_forms: list[str] = field(default_factory=list)
    # The year the places are read in (which cities were under the centre): the date of
    # issue's, else the period's; None, unknown: today's.
    places_year: int | None = None
    # The kind of document read (one of KINDS) and the form it was recognised by (a code
    # of KIND_REASONS), or "chosen" when the reviewer picked it.
    kind: Located = field(default_factory=Located)
    kind_reason: str = ""
    # The day the item was posted (:func:`posted_day`), ISO, read when the document has
    # neither a date of issue nor a period's first year (the day whose names it uses is then
    # that one: ``ExtractionResult.names_date``); "" when it names none, None when not read.
    posted_on: str | None = None


# The kinds a reviewer can choose, and the contract's doc_type each is read as.
KINDS = ("plan", "report", "letter", "decision", "news", "other")
KIND_DOC_TYPE = {
    "plan": "plan",
    "report": "report",
    "letter": "other",
    "decision": "other",
    "news": "news_about_plan",
    "other": "other",
}


def _iso(day: int, month: int, year: int) -> str | None:
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _compact_number(raw: str) -> str:
    return re.sub(r"\s+", "", raw).replace("–", "-").rstrip(".-")


# A full stop that ends an abbreviation, not a sentence: "TP. Hà Nội", "TX. Sơn Tây".
_ABBREVIATION_DOT_RE = re.compile(r"\b(?:TP|Tp|TX|TT|P|Q)\.(?= )")


def _is_abbreviation_dot(text: str, index: int) -> bool:
    match = _ABBREVIATION_DOT_RE.search(text, max(0, index - 2), index + 2)
    return bool(match and match.end() == index + 1)


def _full_stop(text: str, pos: int, *, before: bool) -> int:
    """The nearest ". " before (or from) ``pos`` that ends a sentence, not an abbreviation."""
    find = text.rfind if before else text.find
    index = find(". ", 0, pos) if before else find(". ", pos)
    while index >= 0 and _is_abbreviation_dot(text, index):
        index = find(". ", 0, index) if before else find(". ", index + 1)
    return index


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = max(
        _full_stop(text, pos, before=True), text.rfind("\n", 0, pos), text.rfind(": ", 0, pos)
    )
    start = 0 if start < 0 else start + 1
    ends = [i for i in (_full_stop(text, pos, before=False), text.find("\n", pos)) if i >= 0]
    end = min(ends) if ends else len(text)
    return start, end


def read_metadata(
    text: str,
    *,
    places: Places | None = None,
    kind: str | None = None,
    ocr: bool = False,
) -> Metadata:
    """Everything but the tasks. ``places`` answers what the directory knows of places (see
    :class:`Places`; without it, the text alone is read). ``kind`` (one of :data:`KINDS`),
    when given, is the kind the reviewer chose: the rest is read as that. ``ocr``: the text
    was read by OCR (its legal references are mended, :mod:`.ocrlegal`).

    Which cities were under the centre is read in the year of the date of issue; without
    one, in the period's, when the place read is one whose status that year differs from
    today's (the text is read again in that year: "thành phố Huế" in an undated plan for
    2020 is Thừa Thiên Huế's city); else today's."""
    meta = _read_metadata(text, places=places, kind=kind, ocr=ocr, year=None)
    if meta.issued_date.value is None and meta.period.value and meta.locality.value:
        year = meta.period.value[0] or meta.period.value[1]
        if year and fold(meta.locality.value) in _status_changed(places, year):
            meta = _read_metadata(text, places=places, kind=kind, ocr=ocr, year=year)
    if meta.issued_date.value is None and not (meta.period.value or [None])[0]:
        posted = posted_day(text)
        meta.posted_on = posted.isoformat() if posted else ""
    return meta


def _status_changed(places: Places | None, year: int) -> frozenset[str]:
    """The cities whose status in ``year`` (under the centre or not) is not today's."""
    if places is None:
        return central_in(_CENTRAL_CITIES, None) ^ central_in(_CENTRAL_CITIES, year)
    return places.central_cities(None) ^ places.central_cities(year)


def _read_metadata(
    text: str, *, places: Places | None, kind: str | None, ocr: bool, year: int | None
) -> Metadata:
    """:func:`read_metadata`, its places read in the date of issue's year, else ``year``."""
    meta = Metadata()
    head = _head_zone(text)
    meta.annex_start = _annex_start(text)
    meta.body_end = _body_end(text, meta.annex_start)
    named = names_text(text)
    _find_announcement(named, meta)
    _drop_plan_told_in_review(named, meta)
    _find_number_and_date(text, head, meta)
    issued = meta.issued_date.value
    meta.places_year = int(issued[:4]) if issued else year
    # An annex read alone (a spreadsheet, a scan of the annex): its issuer and place are
    # those its heading names, never a place named in a task's cell.
    heading = annex_heading_end(text)
    issuer_text = named if heading is None else named[:heading]
    issuer_head = (head[0], min(head[1], len(issuer_text)))
    _find_issuer(issuer_text, issuer_head, meta, places)
    _issuer_from_symbol(meta, text if heading is None else text[:heading])
    _find_title_and_period(text, head, meta)
    _find_doc_type(text, head, meta)
    _regulation_signed(text, meta)
    _kind_of(text, head, meta)
    if meta.issuer.value is None and meta.doc_type.value != "report" and heading is None:
        # no form read an issuer: the body the item opens with, when it is not an account
        # of results (a report told by its broadcaster names many bodies, none its author)
        first = _first_named_body(named, meta.body_end or len(text))
        if first is not None:
            _settle_issuer(first, named, meta, places)
    if heading is None:
        _issuer_by_model(issuer_text, issuer_head, meta, places)
        _provinces_roundup(named, meta)
    if kind in KINDS:
        meta.kind = Located(kind, None, None, 1.0)
        meta.kind_reason = "chosen"
        if meta.doc_type.value != KIND_DOC_TYPE[kind]:
            meta.doc_type = Located(KIND_DOC_TYPE[kind], None, None, 1.0)
            if kind != "plan" and meta.title.value and meta.title.confidence < 0.9:
                meta.period = Located()  # a period read for another kind is read again
    _fallback_period(text, meta)
    _find_sections(text, meta)
    _find_legal_bases(text, meta, ocr=ocr)
    _find_report_deadline(text, meta)
    _find_signer(text, meta)
    return meta


# The signing of a coordination regulation told as news ("… tổ chức chương trình ký kết quy chế
# phối hợp tuyên truyền biển đảo năm 2022", "Các bên ký kết Quy chế phối hợp thực hiện công tác
# đối ngoại nhân dân giai đoạn 2024 - 2028"): a regulation, not a plan (batch 15).
_REGULATION_SIGNED_RE = re.compile(
    r"\bký\s+kết\s+(?:bản\s+)?quy\s+chế\s+phối\s+hợp\b([^.;\n]{0,160})"
    # (an agreement or a coordination signed for the years it names: "… ký kết thỏa thuận hợp
    # tác truyền thông với 18 cơ quan báo chí năm 2025", "… ký kết công tác phối hợp tuyên
    # truyền …; vận động …, giai đoạn 2026 - 2030", its clauses between semicolons)
    r"|\bký\s+kết\s+(?:bản\s+)?(?:th(?:ỏa|oả)\s+thuận|công\s+tác\s+phối\s+hợp)\b([^.\n]{0,300})",
    _I,
)
REGULATION_SIGNED_LIMIT = 1500  # characters of the item in which the signing is told


def _regulation_signed(text: str, meta: Metadata) -> None:
    """An item that tells the signing of a coordination regulation (no document of its own: no
    number, no heading) has for its period the years the regulation names ("… năm 2022", "…
    giai đoạn 2024 - 2028"). (Its type, other by the corpus's convention, is left as read: the
    letter reader that reads an item typed other does not read the duties such an item lists.)"""
    if meta.plan_number.value or meta.doc_type.value not in ("news_about_plan", "other"):
        return
    limit = min(len(text), REGULATION_SIGNED_LIMIT)
    for signed in _REGULATION_SIGNED_RE.finditer(text, 0, limit):
        group = 1 if signed.group(1) is not None else 2
        if (period := _period_of(signed.group(group))) and period[0]:
            meta.period = Located(list(period), signed.start(group), signed.end(group), 0.6)
            return


# A round-up of several provinces' bodies, their subject opening a clause: "…, năm 2025, Liên
# hiệp các tổ chức hữu nghị các tỉnh Nghệ An, An Giang, Hải Phòng đã triển khai …".
_PLACE_NAME = rf"[{UPPER_LETTERS}][^\W\d_]*(?:[ \t]+[{UPPER_LETTERS}][^\W\d_]*){{0,3}}"
_ROUNDUP_RE = re.compile(
    r"(?:^|(?<=[.,:\n]))[ \t]*(?:Liên\s+hiệp|Sở|Ban|Hội|[ỦU][yỷ]\s+ban|UBND|Công\s+an|Bộ\s+Chỉ\s+huy"
    r"|Đài|Báo)\b[^,.;:\n]{0,80}?\s+các\s+(?:tỉnh(?:\s*,\s*thành(?:\s+phố)?)?|thành\s+phố)\s+"
    rf"(?P<places>{_PLACE_NAME}(?:\s*,\s*{_PLACE_NAME})*\s*(?:,|\bvà)\s*{_PLACE_NAME})"
    r"\s+(?:đã|đang|đều|cùng|tiếp\s+tục|luôn)\b",
    re.MULTILINE,
)


def _provinces_roundup(text: str, meta: Metadata) -> None:
    """A paper's round-up of several provinces' bodies has no issuer and no place (it keeps
    the level of the bodies it tells of): read otherwise, the first province's body, named
    again in its own section, is taken for the author."""
    if meta.doc_type.value not in ("report", "news_about_plan", "other") or meta.plan_number.value:
        return
    roundup = _ROUNDUP_RE.search(text, 0, min(len(text), 1500))
    if roundup is None:
        return
    places = {fold(p) for p in re.split(r"\s*,\s*|\s+và\s+", roundup.group("places"))}
    if meta.issuer.value and fold(meta.locality.value or "") not in places:
        return  # a body of another place tells of them
    meta.issuer, meta.locality = Located(), Located()
    meta.unit_name_forms = []


# The caption of the photo a page opens with, its source or photographer at its end: "Hội Chữ
# thập đỏ (CTĐ) tỉnh … tổ chức … (Nguồn: Tạp chí Nhân đạo) |", "… (Ảnh: Minh Anh)", "… Ảnh:
# Thanh Hải". Its first line of text, at most 400 characters.
_OPENING_CAPTION_RE = re.compile(
    r"\A\s*[^\n]{20,400}?(?:\((?:Nguồn|Ảnh)\s*:[^()\n]{1,80}\)|[.!]\s*Ảnh\s*:[^.()\n]{1,40})"
    r"[ \t|]*(?=\n)"
)


# A site's banner, its first line: "Website UBND Phường Thảo Điền", "Cổng thông tin điện tử xã
# …", "Trang thông tin điện tử phường …".
_SITE_BANNER_RE = re.compile(
    r"\A\s*(?:Website|Cổng\s+thông\s+tin\s+điện\s+tử|Trang\s+(?:thông\s+)?tin\s+điện\s+tử)"
    r"[ \t]+[^\n]{3,120}(?=\n)",
    _I,
)


# Initials a body's name carries in brackets once it is first written in full: "Ban Chỉ đạo
# (BCĐ) Công tác thông tin đối ngoại (TTĐN) tỉnh", "Liên hiệp các tổ chức hữu nghị Việt
# Nam (VUFO)". Blanked out (same length, offsets kept) before names are read, so the name
# reads on across them.
_INITIALS_RE = re.compile(rf"\((?:[{UPPER_LETTERS}][{UPPER_LETTERS}&.\-]{{1,9}})\)")


def _blank(pattern: re.Pattern, text: str, count: int = 0) -> str:
    """``text`` with what ``pattern`` matches blanked out (same length, offsets kept)."""
    return pattern.sub(lambda m: " " * len(m.group(0)), text, count=count)


def names_text(text: str) -> str:
    """The text bodies' names are read in, the same length (offsets kept): bracketed initials
    blanked, so a name reads on across them, and the page's furniture above the text (the
    caption of an opening photo names the body it shows, not the author; the site's banner
    is not the body's place). The issuer's model is trained on the same text
    (``benchmarks/issuer_ranker.py``)."""
    text = _blank(_INITIALS_RE, text)
    text = _blank(_OPENING_CAPTION_RE, text, count=1)
    return _blank(_SITE_BANNER_RE, text, count=1)


# ---------------------------------------------------------------------------------------
# Zones
# ---------------------------------------------------------------------------------------


# A plan's heading on its own line: "KẾ HOẠCH", or a Party committee's "KẾ HOẠCH HÀNH ĐỘNG"
# (its subject on the lines below).
_PLAN_HEADING = r"(?m)^\s*KẾ\s+HOẠCH(\s+HÀNH\s+ĐỘNG)?\s*$"


HEAD_LIMIT = 1500  # characters: a formal document's header and title block, at most
PAGE_LIMIT = 8000  # characters: how far a page's menus may push the document down
_NUMBER_AT_LINE_RE = re.compile(r"(?m)^[^\n]{0,80}?\bSố\s*:\s*" + _NUMBER)
# The first line of a formal document's header: its issuing body or the national motto.
_DOCUMENT_TOP_RE = re.compile(
    r"(?m)^[ \t]*(?:[ỦU][YỶ][ \t]+BAN|UBND|BỘ|SỞ|BAN|CỤC|VĂN[ \t]+PHÒNG|ĐẢNG[ \t]+BỘ"
    r"|(?:TỈNH|HUYỆN|THÀNH|THỊ|QUẬN)[ \t]+(?:[ỦỶ]Y|UỶ)|CỘNG[ \t]+H[ÒO]A)\b"
)


def _document_top(text: str) -> int:
    """Where a formal document starts on a page whose menus and links come first: the
    header above the first "Số: …" line, when no such line is in the first 1,500
    characters (0 when it is, or when there is none)."""
    if _NUMBER_AT_LINE_RE.search(text, 0, min(len(text), HEAD_LIMIT)):
        return 0
    number = _NUMBER_AT_LINE_RE.search(text, 0, min(len(text), PAGE_LIMIT))
    if number is None:
        return 0
    line = text.rfind("\n", 0, number.start()) + 1
    top = _DOCUMENT_TOP_RE.search(text, max(0, line - 600), line)
    return top.start() if top else line


def _head_zone(text: str) -> tuple[int, int]:
    """The top of a formal document: up to the title block, at most 1,500 characters."""
    start = _document_top(text)
    limit = min(len(text), start + HEAD_LIMIT)
    match = re.compile(
        r"(?m)^\s*(?:KẾ\s+HOẠCH(?:\s+HÀNH\s+ĐỘNG)?|"
        + _REPORT_WORDS
        + r"|QUYẾT\s+ĐỊNH|"
        + _PROGRAMME_WORDS
        + r"|THÔNG\s+TƯ"
        r"|CÔNG\s+ĐIỆN)\s*$"
    ).search(text, start, limit)
    return start, match.end() if match else limit


def _zone(text: str, head: tuple[int, int]) -> str:
    """The head zone with the page above it blanked to line ends: offsets are the text's."""
    return "\n" * head[0] + text[head[0] : head[1]]


def _annex_start(text: str) -> int | None:
    match = re.search(r"(?m)^[ \t]*PH[ỤU]\s+L[ỤU]C\b[^\n]*$", text)
    if match:
        return match.start()
    # (one run of spaces before it, as :data:`.common._CAPTION_RE`: linear on a page of blanks)
    match = re.search(r"(?m)^[ \t]*(?:\(\s*)?(?:Kèm|Ban\s+hành\s+kèm)\s+theo\s+Kế\s+hoạch", text)
    return match.start() if match else None


# The header row of an annex table (folded): "STT | Nội dung nhiệm vụ | Cơ quan chủ trì".
_ANNEX_HEADER_RE = re.compile(
    r"^(?:stt|tt|so tt)\b.*\b(?:nhiem vu|noi dung|cong viec|hoat dong)\b.*"
    r"\b(?:chu tri|thuc hien|phoi hop|thoi gian)\b"
)
# What only a document of its own has above its text: a formal heading, its legal bases.
_OWN_DOCUMENT_RE = re.compile(
    r"(?m)^\s*(?:KẾ\s+HOẠCH|QUYẾT\s+ĐỊNH|BÁO\s+CÁO|CHƯƠNG\s+TRÌNH|THÔNG\s+BÁO|CÔNG\s+VĂN)\s*$"
    r"|\bCăn\s+cứ\b|\bKính\s+gửi\b"
)
ANNEX_HEADING_LIMIT = 1500  # characters: an annex's title and caption, at most


def annex_heading_end(text: str) -> int | None:
    """Where the heading of an annex read on its own ends: the header row of its table,
    when only the annex's title and caption ("PHỤ LỤC", "PHÂN CÔNG NHIỆM VỤ …", "(Kèm
    theo Kế hoạch số … của …)") come before it; None for any other document."""
    pos = 0
    while pos < min(len(text), ANNEX_HEADING_LIMIT):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if _ANNEX_HEADER_RE.match(fold(text[pos:end].replace("\t", " ")).strip()):
            return None if _OWN_DOCUMENT_RE.search(text, 0, pos) else pos
        pos = end + 1
    return None


def _body_end(text: str, annex: int | None) -> int | None:
    """Where the body stops: "Nơi nhận:" or the signature block ("TM. ỦY BAN NHÂN DÂN",
    "KT. CHỦ TỊCH"), whichever comes first."""
    stop = annex if annex is not None else len(text)
    found = [
        m.start()
        for m in (
            re.search(r"(?m)^\s*Nơi\s+nhận\s*:", text[:stop]),
            re.search(r"(?m)^[ \t]*(?:TM|KT|TL|TUQ|Q)\.\s*[A-ZĐỦ]{2,}", text[:stop]),
        )
        if m
    ]
    return min(found) if found else None


# ---------------------------------------------------------------------------------------
# Finders
# ---------------------------------------------------------------------------------------


def _find_announcement(text: str, meta: Metadata) -> None:
    """The sentence saying who issued the plan: the first one with a body before the verb
    (a headline such as "Ban hành Kế hoạch …" only if there is no such sentence). A news
    item that announces another kind of document (a letter, a decision) is about that one."""
    decision = _DECISION_ANNOUNCE_RE.search(text)
    if decision:
        start, end = _sentence_bounds(text, decision.start())
        if _ISSUER_RE.search(text, start, decision.start()) and not _letter_told_before(
            text, start
        ):
            meta.announcement = (start, end)
            meta.plan_number = Located(
                _compact_number(decision.group(1)), decision.start(1), decision.end(1), 0.9
            )
            return
    if _find_passive_announcement(text, meta):
        return
    plan = _first_plan_told(text)
    other = _OTHER_ANNOUNCE_RE.search(text)
    if other and (plan is None or other.start() < plan.start()):
        start, end = _sentence_bounds(text, other.start())
        if re.match(r"(?:đã\s+|vừa\s+|mới\s+)?có\b", other.group(0), _I) and (
            (
                _LATER_VOICE_RE.search(text, other.end(), end)
                # (not the letter's addressees, parted by semicolons, before its own request:
                # "… có Công văn số … gửi A; B; C yêu cầu …")
                and not _SENT_TO_LIST_RE.match(text, other.end())
            )
            or _notice_follows(text, start, other.start(), end)
        ):
            # "Ngày …, Bộ … có Văn bản …; Ban … có Hướng dẫn số …; Sở … đề nghị …": the
            # documents a body "has" are the background of its own request, not the subject;
            # so is a decision told so before another body's notice in the next sentence
            # ("Ngày …, Bộ Ngoại giao có Quyết định số …. Sở Ngoại vụ thông báo các Sở …").
            other = None
    if other and (plan is None or other.start() < plan.start()):
        start, end = _sentence_bounds(text, other.start())
        if _ISSUER_RE.search(text, start, other.start()):
            meta.announcement = (start, end)
            meta.other_document = True
            return
    if _find_letter_first(text, meta, before=plan.start() if plan else len(text)):
        return
    if plan is None and other is None and _find_conclusion(text, meta):
        return
    headline = None
    for match in _ANNOUNCE_RE.finditer(text):
        start, end = _sentence_bounds(text, match.start())
        if _YEARLY_RE.match(text, start):
            continue  # "Hằng năm, Ban Chỉ đạo … ban hành kế hoạch …": a practice, not news
        if meta.announcement is None:
            meta.announcement = (start, end)
        if _ISSUER_RE.search(text, start, match.start()):
            full = text[end : end + 1] == "." or text[start:end].rstrip().endswith(".")
            if full or headline is not None:
                # A sentence (ended by its full stop) carries the number and the date; a
                # headline naming the same body is used only when no sentence does.
                meta.announcement = (start, end) if full else headline
                return
            headline = (start, end)
    if headline is not None:
        meta.announcement = headline
    if meta.announcement is None:
        numbered = _NUMBERED_ISSUED_RE.search(text)
        if numbered:
            meta.announcement = _sentence_bounds(text, numbered.start())
            meta.plan_number = Located(
                _compact_number(numbered.group(1)), numbered.start(1), numbered.end(1), 0.8
            )


_LETTER_ANNOUNCE_RE = re.compile(
    _PUTS_OUT + r"\s+(?:" + _LETTER_KINDS + r")" + _URGENT + r"\s+(?:số\s*:?\s*)?" + _NUMBER, _I
)


def _letter_told_before(text: str, sentence_start: int) -> bool:
    """Whether a body's letter is told in a sentence before ``sentence_start`` ("Ngày 10/02,
    Bộ … có Công văn số … hướng dẫn …. Ngày 30/11/2021, Thủ tướng … đã ký ban hành Quyết định
    số … phê duyệt Chiến lược …"): the item is news of the letter, the decision its
    background."""
    for letter in _LETTER_ANNOUNCE_RE.finditer(text, 0, sentence_start):
        start, _end = _sentence_bounds(text, letter.start())
        if _ISSUER_RE.search(text, start, letter.start()):
            return True
    return False


# What a body does every year, told in a review ("Hằng năm, Ban Chỉ đạo … ban hành kế hoạch
# triển khai hoạt động, như: …"): its practice over the years reviewed.
_YEARLY_RE = re.compile(r"\s*(?:Hàng|Hằng|Mỗi)\s+năm\b(?!\s+(?:19|20)\d{2})")


_REVIEW_WORDS_RE = re.compile(r"\b(?:sơ\s+kết|tổng\s+kết|giao\s+ban)\b", _I)


def _review_held_before(text: str, position: int) -> int | None:
    """Where a body holds a review before ``position`` ("Ban Chỉ đạo … tổ chức hội nghị
    tổng kết công tác năm 2022"): the start of that body's name, or None."""
    for match in _ISSUER_RE.finditer(text, 0, position):
        event = _EVENT_RE.match(text, match.end())
        if event and _REVIEW_WORDS_RE.search(
            text, match.end(), _sentence_bounds(text, match.start())[1]
        ):
            return match.start()
    return None


# The item's headline (a line among its first, under the page's menu) opening a review:
# "Tổng kết công tác … năm 2017", "Sơ kết 6 tháng đầu năm …".
HEADLINE_LIMIT = 300  # characters
_REVIEW_HEADLINE_RE = re.compile(
    r"(?m)^[ \t]*(?:Hội\s+nghị\s+)?(?:sơ|tổng)\s+kết\b[^\n]{0,200}?\bnăm\b", _I
)
# What issues a plan, or names it by its number.
_ISSUED_VERB_RE = re.compile(r"\b(?:ban\s+hành|phê\s+duyệt|ký)\b|\bsố\s*:?\s*\d", _I)


_ISSUE_WORD_RE = re.compile(r"\b(?:ban\s+hành|phê\s+duyệt|ký)\b", _I)
_MEETING_ON_RE = re.compile(r"\b(?:hội\s+nghị|buổi|lớp|tập\s+huấn|cuộc\s+họp)\b[^.;\n]{0,40}$", _I)


def _drop_plan_told_in_review(text: str, meta: Metadata) -> None:
    """A plan named in a review is not the item's subject: the next year's plan the review
    meeting rolls out in the same sentence ("… tổ chức hội nghị tổng kết công tác năm 2023,
    triển khai kế hoạch công tác năm 2024"), or one issued in the year reviewed, told after
    it as done work ("Năm 2022, Ban Chỉ đạo đã ban hành Kế hoạch số …")."""
    if meta.announcement is None or meta.other_document:
        return
    start, end = meta.announcement
    verb = _ANNOUNCE_RE.search(text, start, end)
    if verb is None:
        return
    if not _ISSUE_WORD_RE.search(verb.group(0)) and _MEETING_ON_RE.search(
        text[max(start, verb.start() - 60) : verb.start()]
    ):
        # A meeting rolling a plan out ("… tổ chức hội nghị quán triệt, triển khai Kế hoạch
        # số …"): the item is the meeting's, the plan its content (no number of its own).
        meta.announcement = None
        if meta.plan_number.start is not None and start <= meta.plan_number.start < end:
            meta.plan_number = Located()
        return
    if _event_before(text, start) and not re.search(
        r"\b(?:ban\s+hành|phê\s+duyệt)\b", text[start:end], _I
    ):
        # A plan made in passing ("các thành viên đã xây dựng kế hoạch …") after the item
        # has told of a meeting: the item is the meeting's (its number is not read).
        review = start
    else:
        review = _review_held_before(text, verb.start())
    if (
        review is None
        and _REVIEW_HEADLINE_RE.search(text, 0, min(len(text), HEADLINE_LIMIT))
        and not _ISSUED_VERB_RE.search(text, start, end)
    ):
        # A headline reviewing a period ("Tổng kết công tác … năm 2017, phương hướng …"):
        # a plan made in passing, not issued ("… hướng dẫn các địa phương xây dựng kế
        # hoạch …"), is work reviewed.
        review = start
    if review is None:
        return
    done = re.search(r"\bđã\s+$", text[max(0, verb.start() - 8) : verb.start()]) or (
        re.match(r"\s*đã\b", verb.group(0))
    )
    if review >= start or done:
        meta.announcement = None
        if meta.plan_number.start is not None and start <= meta.plan_number.start < end:
            meta.plan_number = Located()


def _first_plan_told(text: str) -> re.Match | None:
    """The first plan a body is said to issue ("UBND tỉnh ban hành Kế hoạch …"), or the
    first plan named when no body issues one: a headline with no body ("Triển khai kế
    hoạch …") does not come before the letter the item's sentence announces."""
    first = None
    for match in _ANNOUNCE_RE.finditer(text):
        first = first or match
        start, _end = _sentence_bounds(text, match.start())
        if _ISSUER_RE.search(text, start, match.start()):
            return match
    return first


_LATER_VOICE_RE = re.compile(r";[^;]{0,120}?\b(?:đề\s+nghị|yêu\s+cầu)\b", _I)
# A letter sent to a list of addressees parted by semicolons, its request after the last:
# "… có Công văn số 594-CV/BTGTU gửi các sở, ban, ngành; Báo …; Đài … yêu cầu …".
_SENT_TO_LIST_RE = re.compile(
    r"\s+gửi\s+[^.;\n]{3,160}(?:;[^.;\n]{3,160}){1,12}?\s(?:đề\s+nghị|yêu\s+cầu)\b", _I
)
_NOTICE_VERB_RE = re.compile(
    r"\s(?:(?:đã|vừa)\s+)?(?:(?:trân\s+trọng|xin)\s+)?(?:thông\s+báo|đề\s+nghị|yêu\s+cầu|hướng\s+dẫn)\s",
    _I,
)


def _notice_follows(text: str, start: int, told: int, end: int) -> bool:
    """Whether the sentence after the one telling a document (``start``…``end``, the
    document at ``told``) opens with another body's own notice or request ("Sở Ngoại vụ
    thông báo các Sở, ban, ngành …", "Sở … đề nghị …")."""
    holder = _ISSUER_RE.search(text, start, told)
    following = re.compile(r"[.\s]*").match(text, end).end()
    verb = _NOTICE_VERB_RE.search(text, following, following + 120)
    if holder is None or verb is None:
        return False
    body = text[following : verb.start()]
    named = _ISSUER_RE.match(body)
    if named is None or named.end() < len(body.rstrip()) or re.search(r"[.;:\n]", body):
        return False
    return squash(body).lower() != squash(holder.group(0)).lower()


def _notice_after_document(text: str, body: re.Match, previous: re.Match | None) -> bool:
    # "Ngày …, Bộ … có Quyết định số …. Sở … thông báo / đề nghị các …": the body whose
    # notice follows the document told as an event
    start = _sentence_bounds(text, body.start())[0]
    if text[start : body.start()].strip():
        return False
    before = len(text[:start].rstrip(" \t\n.")) - 1
    if before < 0:
        return False
    ps, pe = _sentence_bounds(text, before)
    told = _OTHER_ANNOUNCE_RE.search(text, ps, pe)
    return bool(
        told
        and re.match(r"(?:đã\s+|vừa\s+|mới\s+)?có\b", told.group(0), _I)
        and _notice_follows(text, ps, told.start(), pe)
    )


# What may come before a sentence's first word: a dateline tag ("(PYTV) – ", "PV - ").
_DATELINE_RE = re.compile(r"[ \t]*(?:\(?[\w.]{1,15}\)?\s*[-–]\s*)?")


def _find_letter_first(text: str, meta: Metadata, *, before: int) -> bool:
    """A sentence opening with the letter the item is about, its author next: "Tại Công
    văn số … ngày …, UBND tỉnh … yêu cầu …" or "Công văn số … của UBND tỉnh … về việc …"
    (not "Theo Công văn số … của Bộ …, UBND tỉnh …": a letter cited, another body's)."""
    for match in _LETTER_FIRST_RE.finditer(text, 0, before):
        start, end = _sentence_bounds(text, match.start())
        opening = _DATELINE_RE.match(text, start, match.start())
        if opening.end() != match.start():
            continue
        body = _ISSUER_RE.match(text, match.end())
        if body is None:
            continue
        if "của" in match.group("gap"):
            if match.group("lead"):
                continue  # "Theo Công văn số … của Bộ …": a document cited
        elif not _LETTER_ASKS_RE.match(text, body.end()):
            continue
        meta.announcement = (start, end)
        meta.other_document = True
        meta.author = (body.start(), body.end())
        meta.plan_number = Located(
            _compact_number(match.group("number")), match.start("number"), match.end("number"), 0.85
        )
        return True
    return False


def _find_conclusion(text: str, meta: Metadata) -> bool:
    """News of a Party committee's conclusion (its number and the date after it), when the
    item tells of no plan and no letter."""
    for match in _CONCLUSION_ANNOUNCE_RE.finditer(text):
        number = _compact_number(match.group(1))
        if _CENTRAL_SYMBOL_RE.search(number):
            continue
        start, end = _sentence_bounds(text, match.start())
        if not _ISSUER_RE.search(text, start, match.start()):
            continue
        meta.announcement = (start, end)
        meta.other_document = True
        meta.plan_number = Located(number, match.start(1), match.end(1), 0.85)
        first = 2 if match.group(2) else 5
        if match.group(first):
            iso = _iso(*(int(match.group(first + i)) for i in (0, 1, 2)))
            if iso:
                meta.issued_date = Located(iso, match.start(first), match.end(first + 2), 0.8)
        return True
    return False


def _find_passive_announcement(text: str, meta: Metadata) -> bool:
    """ "<document> (số …) … (vừa) được / do <body> ban hành": the sentence, the number,
    and whether the document is a plan."""
    for match in _ISSUER_RE.finditer(text):
        if not _ISSUED_AFTER_RE.match(text, match.end()):
            continue
        start, end = _sentence_bounds(text, match.start())
        if not _BY_RE.search(text, start, match.start()):
            continue
        kinds = list(
            re.finditer(
                r"\b("
                + _PLAN_KINDS
                + "|"
                + _OTHER_KINDS
                + r")\b(?:\s+số\s*:?\s*("
                + _NUMBER
                + r"))?",
                text[start : match.start()],
                _I,
            )
        )
        if not kinds:
            continue
        kind = kinds[-1]
        meta.announcement = (start, end)
        meta.other_document = re.fullmatch(_OTHER_KINDS, kind.group(1), _I) is not None
        if kind.group(2):
            meta.plan_number = Located(
                _compact_number(kind.group(2)), start + kind.start(2), start + kind.end(2), 0.85
            )
        return True
    return False


# A place and a date in words anywhere on a line: "… Hà Nội, ngày 20 tháng 9 năm 2024".
_PLACED_DATE_RE = re.compile(
    rf"\b[{UPPER_LETTERS}]\w*(?:\s+[{UPPER_LETTERS}]\w*){{0,3}}[ \t]?,\s*"
    r"(ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d{2})"
)
_DATE_LINE_RE = re.compile(
    r"(?m)^[ \t|]*(ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d{2})[ \t|.]*$", _I
)
# A header's number on its line without "Số": "45/KH-UBND", "| 1234/UBND-KGVX |".
_NUMBER_ALONE_RE = re.compile(r"(?m)^[ \t|]*(" + _NUMBER + r")[ \t|]*$")


def _find_number_and_date(text: str, head: tuple[int, int], meta: Metadata) -> None:
    zone = _zone(text, head)
    match = (
        _NUMBER_LINE_RE.search(zone)
        or _INLINE_NUMBER_RE.search(zone)
        or _NUMBER_ALONE_RE.search(zone)
    )
    if match and (
        "KH" in match.group(1).upper()
        or _FORMAL_HEADING_RE.search(zone)
        or type_code(match.group(1)) is not None
        or _PLACE_DATE_RE.search(zone)
        or _CELL_DATE_RE.search(zone)
        or re.search(r"\sV/[vV]\s|\bKính\s+gửi\b", zone)
    ):
        # A plan's "Số: …/KH-…"; a decision, programme, circular or letter carries its
        # own number in the same place ("Số: 22/2016/TT-BTTTT", "Số: 01/CTr-UBND"), across
        # from its place and date ("Phú Yên, ngày … tháng … năm …").
        meta.plan_number = Located(
            _compact_number(match.group(1)), match.start(1), match.end(1), 0.95
        )
    if meta.plan_number.value is None:
        card = _CARD_NUMBER_RE.search(text, 0, min(len(text), PAGE_LIMIT))
        if card:
            # A legal library's card: "Số hiệu: 1234/UBND-VX", "Ngày ban hành: 05/03/2021".
            meta.plan_number = Located(
                _compact_number(card.group(1)), card.start(1), card.end(1), 0.9
            )
    date_match = _PLACE_DATE_RE.search(zone) or _CELL_DATE_RE.search(zone)
    inline = _INLINE_NUMBER_RE.search(zone)
    group = 1
    if date_match is None and inline and inline.group(2):
        date_match, group = inline, 2
    if date_match:
        words = _DATE_WORDS_RE.search(date_match.group(group))
        iso = _iso(int(words.group(1)), int(words.group(2)), int(words.group(3)))
        if iso:
            meta.issued_date = Located(iso, date_match.start(group), date_match.end(group), 0.95)
    elif inline and (
        placed := _PLACED_DATE_RE.search(
            zone, inline.end(), (zone.find("\n", inline.end()) + 1 or len(zone) + 1) - 1
        )
    ):
        # A header flattened onto one line, its subject between the number and the place:
        # "… Số: 3837/BTTTT-TTĐN V/v hướng dẫn … Hà Nội, ngày 20 tháng 9 năm 2024".
        words = _DATE_WORDS_RE.search(placed.group(1))
        iso = _iso(int(words.group(1)), int(words.group(2)), int(words.group(3)))
        if iso:
            meta.issued_date = Located(iso, placed.start(1), placed.end(1), 0.85)
    elif numeric := _PLACE_NUMERIC_DATE_RE.search(zone):
        # "Phú Yên, ngày 13/01/2021": the place and date written in figures.
        iso = _iso(*(int(numeric.group(i)) for i in (1, 2, 3)))
        if iso:
            meta.issued_date = Located(iso, numeric.start(1), numeric.end(3), 0.9)
    elif (
        meta.plan_number.value
        and meta.announcement is None
        and (alone := _DATE_LINE_RE.search(zone))
    ):
        # (not a news item's posting line "Ngày 06 tháng 3 năm 2025" above the sentence
        # that numbers what it announces)
        # A numbered header whose date line lost its place: "ngày 03 tháng 10 năm 2023".
        words = _DATE_WORDS_RE.search(alone.group(1))
        iso = _iso(int(words.group(1)), int(words.group(2)), int(words.group(3)))
        if iso:
            meta.issued_date = Located(iso, alone.start(1), alone.end(1), 0.85)
    # The annex caption repeats number and date: "Kèm theo Kế hoạch số 12773/KH-UBND ngày 08/12/2017".
    caption = re.compile(
        r"(?:Kèm|kèm)\s+theo\s+(?:Kế\s+hoạch|Quyết\s+định)\s+số\s*:?\s*(" + _NUMBER + r")"
        r"(?:\s+ngày\s+(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d{2})"
        r"|\s+ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2}))?"
    )
    match = caption.search(text)
    if match:
        if meta.plan_number.value is None:
            meta.plan_number = Located(
                _compact_number(match.group(1)), match.start(1), match.end(1), 0.9
            )
        groups = match.groups()
        parts = groups[1:4] if groups[1] else groups[4:7]
        if meta.issued_date.value is None and parts[0]:
            iso = _iso(int(parts[0]), int(parts[1]), int(parts[2]))
            if iso:
                meta.issued_date = Located(
                    iso, match.start(2 if groups[1] else 5), match.end(), 0.85
                )
    if meta.plan_number.value is None and meta.other_document:
        start, end = meta.announcement
        match = _OTHER_ANNOUNCE_RE.search(text, start, end)
        if match and match.group(1):
            meta.plan_number = Located(
                _compact_number(match.group(1)), match.start(1), match.end(1), 0.85
            )
        elif match and (bracket := _BRACKETED_LETTER_RE.search(text, match.end(), end + 2)):
            # "… có văn bản truyền đạt ý kiến …, (Công văn số 554/VP-NC, ngày 15/02/2019).":
            # the letter told by what it does, its number in a parenthesis at the end.
            meta.plan_number = Located(
                _compact_number(bracket.group(1)), bracket.start(1), bracket.end(1), 0.8
            )
    if meta.plan_number.value is None and meta.announcement:
        # "… ban hành Chương trình phối hợp công tác số 5115/CTr-BTTTT-BTLBP ngày …"
        match = _PROGRAMME_NUMBER_RE.search(text, *meta.announcement)
        if match and not _IMPLEMENTED_RE.search(text, max(0, match.start() - 24), match.start()):
            # (not the programme the plan carries out: "… ký kết kế hoạch phối hợp … thực
            # hiện chương trình hành động số 06/CTr-… ngày 5/9/2012 …")
            meta.plan_number = Located(
                _compact_number(match.group(1)), match.start(1), match.end(1), 0.85
            )
    if meta.plan_number.value is None:
        # A news item: "… ban hành kế hoạch số 501/KH-UBND …" (the announcing sentence first).
        zones = [meta.announcement] if meta.announcement else []
        zones.append((0, len(text)))
        for start, end in zones:
            # (a number the line break cut from its "Kế hoạch số" still belongs to it)
            # (the first of the zone's numbers that is the plan's own: "Thực hiện Kế hoạch
            # số 20-KH/TU của Tỉnh ủy, Công an tỉnh ban hành Kế hoạch số 88/KH-CAT …")
            match = next(
                (
                    found
                    for found in _PLAN_NUMBER_RE.finditer(text, start, min(len(text), end + 40))
                    if (start, end) != meta.announcement
                    or found.start() >= end
                    or not (
                        _in_basis(text, found.start())
                        or _IMPLEMENTED_RE.search(text, max(0, found.start() - 40), found.start())
                    )
                ),
                None,
            )
            if (
                match
                and match.start() < end
                # (in the announcing sentence, a plan's number whatever its symbol: "ban hành
                # Kế hoạch số 1033/UBND-KTTH")
                and ("KH" in match.group(1).upper() or (start, end) == meta.announcement)
                and not _in_basis(text, match.start())
                and not _IMPLEMENTED_RE.search(text, max(0, match.start() - 40), match.start())
                # (a plan a review tells of is not the review's number)
                and not (
                    (start, end) != meta.announcement
                    and _review_held_before(text, match.start()) is not None
                )
            ):
                confidence = 0.9 if (start, end) == meta.announcement else 0.6
                meta.plan_number = Located(
                    _compact_number(match.group(1)), match.start(1), match.end(1), confidence
                )
                break
    if meta.plan_number.value is None and meta.announcement and not meta.other_document:
        # "Tỉnh ủy … vừa ban hành Kế hoạch số 53 triển khai …": a number without its symbol.
        match = _BARE_PLAN_NUMBER_RE.search(text, *meta.announcement)
        if match:
            meta.plan_number = Located(match.group(1), match.start(1), match.end(1), 0.7)
    if meta.plan_number.value is None and meta.issued_date.value is None:
        bracketed = _BRACKETED_DOCUMENT_RE.search(text, 0, min(len(text), 3000))
        if bracketed and not _in_basis(text, bracketed.start()):
            iso = _iso(*(int(bracketed.group(i)) for i in (2, 3, 4)))
            if iso:
                meta.plan_number = Located(
                    _compact_number(bracketed.group(1)), bracketed.start(1), bracketed.end(1), 0.8
                )
                meta.issued_date = Located(iso, bracketed.start(2), bracketed.end(4), 0.8)
    if meta.issued_date.value is None and meta.plan_number.start is not None:
        card = _CARD_DATE_RE.search(text, 0, min(len(text), PAGE_LIMIT))
        if card and _CARD_NUMBER_RE.search(text, 0, min(len(text), PAGE_LIMIT)):
            iso = _iso(*(int(card.group(i)) for i in (1, 2, 3)))
            if iso:
                meta.issued_date = Located(iso, card.start(1), card.end(3), 0.85)
    if meta.issued_date.value is None and meta.plan_number.value is None:
        # A site's card giving only the day of signing ("Ngày ký: 26/02/2018"), on its own
        # line above the document's heading ("HƯỚNG DẪN"), the document having no dated
        # header: the day it was signed.
        card = _CARD_SIGNED_LINE_RE.search(text, 0, min(len(text), CARD_LINE_LIMIT))
        if card and _CARD_DOCUMENT_HEADING_RE.search(
            text, card.end(), min(len(text), card.end() + CARD_LINE_LIMIT)
        ):
            iso = _iso(*(int(card.group(i)) for i in (1, 2, 3)))
            if iso:
                meta.issued_date = Located(iso, card.start(1), card.end(3), 0.7)
    if meta.issued_date.value is None and meta.announcement:
        start, end = meta.announcement
        sentence = text[start:end]
        # "Ngày 15/01/2019, Ủy ban nhân dân tỉnh ban hành …" or "… Kế hoạch số … ngày …";
        # a date of a document cited first ("Thực hiện Kết luận … ngày 15/6/2023 …, ngày
        # 5/3/2024, UBND tỉnh ban hành …") is passed over for the next one.
        found = sorted(
            (m for regex in (_DATE_NUM_RE, _DATE_WORDS_RE) for m in regex.finditer(sentence)),
            key=lambda m: m.start(),
        )
        for index, match in enumerate(found):
            if _date_belongs_to_plan(sentence, match, cited_before=index > 0):
                iso = _iso(int(match.group(1)), int(match.group(2)), int(match.group(3)))
                if iso:
                    meta.issued_date = Located(iso, start + match.start(), start + match.end(), 0.8)
                    break
    if meta.issued_date.value is None and meta.announcement:
        _date_without_year(text, meta)


# "… triển khai thực hiện Kế hoạch số 164-KH/TU …": the plan a document implements, whose
# number is not the document's own.
# (also how it is carried out: "… thực hiện triển khai có hiệu quả Kế hoạch số …", "… thực
# hiện tốt Kế hoạch số …")
_IMPLEMENTED_RE = re.compile(
    r"(?:thực\s+hiện|triển\s+khai|theo|của|tại)"
    r"(?:\s+(?:có\s+hiệu\s+quả|hiệu\s+quả|tốt|nghiêm\s+túc|nghiêm|đồng\s+bộ))?\s*$",
    _I,
)
# (also at a time of day: "Sáng 3/10, …", "Chiều ngày 3/10, …")
_SHORT_DATE_RE = re.compile(
    r"\b(?:(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối)(?:\s+ngày)?|[Nn]gày)\s+(\d{1,2})(?:\s*[-/.]\s*|\s+tháng\s+)(\d{1,2})"
    # (also in words: "Ngày 28 tháng 2, …", not "… tháng 2 năm 2025")
    r"(?!\s*[-/.]?\s*\d)(?!\s+năm\b)"
)


# A year the announcing sentence names: "năm 2018", or closing a quoted name ("… Lào 2022”").
_YEAR_NAMED_RE = re.compile(r"\bnăm\s+((?:19|20)\d{2})\b|\b((?:19|20)\d{2})\s*[”\"]", _I)


def _date_without_year(text: str, meta: Metadata) -> None:
    """ "Ngày 22-11, Huyện ủy … có Kế hoạch …": a news item leaves out the year; it is the
    year of the item's own date (the first full date on the page), or the year before
    when that day would fall after the item was posted."""
    start, end = meta.announcement
    sentence = text[start:end]
    match = _SHORT_DATE_RE.search(sentence)
    if not match or not _date_belongs_to_plan(sentence, match):
        return
    day, month = int(match.group(1)), int(match.group(2))
    posted = _posting_date(text)
    if posted:
        p_day, p_month, year = int(posted.group(1)), int(posted.group(2)), int(posted.group(3))
        if (month, day) > (p_month, p_day):
            year -= 1
    else:
        # No posting date: the document the plan implements, dated in the same sentence
        # ("Thực hiện Quyết định số … ngày 13-7-2021 …, ngày 31-8 Bộ … ban hành Kế hoạch
        # …", or the day first: "Ngày 31-8, thực hiện Quyết định số … ngày 13-7-2021 …");
        # the plan follows it, in its year or the next.
        cited = list(_DATE_NUM_RE.finditer(sentence))
        if not cited:
            # Or the document it implements, dated where the item names it next: "Ngày 23/5,
            # UBND tỉnh ban hành Kế hoạch … triển khai thực hiện Bản ghi nhớ …. Kế hoạch …
            # Bản ghi nhớ … ký ngày 24/2/2018 …".
            cited = [
                m
                for m in _DATE_NUM_RE.finditer(text, end, min(len(text), end + 600))
                if _SIGNED_DATE_RE.search(text[max(0, m.start() - 30) : m.start()])
            ][:1]
        if cited:
            c_day, c_month, year = (int(cited[-1].group(i)) for i in (1, 2, 3))
            if (month, day) < (c_month, c_day):
                year += 1
            # (not a document of years before the plan's own: "Ngày 4/11, … ký kết kế hoạch
            # … thực hiện chương trình … ngày 5/9/2012 … giai đoạn 2017-2019")
            undated = _DATE_NUM_RE.sub(" ", sentence)
            own = [int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", undated)]
            if own and min(own) > year + 1:
                return
        else:
            # Or the year of what it issues, named in the same sentence: "Ngày 21.6, Ban …
            # ban hành Hướng dẫn tuyên truyền về “Năm … Việt Nam - Lào 2022”".
            # (or closing the sentence unquoted: "… Việt Nam - Lào 2022.")
            named = _YEAR_NAMED_RE.search(sentence, match.end()) or _BARE_YEAR_END_RE.search(
                sentence, match.end()
            )
            if named is None:
                return
            year = int(next(g for g in named.groups() if g))
    iso = _iso(day, month, year)
    if iso:
        meta.issued_date = Located(iso, start + match.start(), start + match.end(), 0.7)


# A page's date written year first ("date 2025-11-13"), not inside a longer code; its groups
# are day, month, year as in _DATE_NUM_RE.
_ISO_DATE_RE = re.compile(
    r"(?<![\w/%:.-])(?=(?:19|20)\d{2}-\d{2}-(\d{2})(?![\d-]))(?=\d{4}-(\d{2}))((?:19|20)\d{2})-\d{2}-\d{2}"
)


# A page's date with the month as a word and no "năm": "Thứ Năm, 05 Tháng 10 2023 08:30",
# "05 tháng 10, 2023" (groups day, month, year).
_MONTH_WORD_DATE_RE = re.compile(
    r"(?<![\d/])(\d{1,2})\s+[Tt]háng\s+(\d{1,2})\s*,?\s+((?:19|20)\d{2})(?![\d/])"
)


# A site's banner, the day the page was read, on a line of its own ("Thứ Bảy, 30/11/2024"),
# and the item's posting line under it, its time of day after the date ("Thứ Hai, 20/1/2014
# 17:25'(GMT+7)"; groups day, month, year).
_WEEKDAY = r"(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|Chủ\s+[Nn]hật)"
_BANNER_DAY_RE = re.compile(
    rf"[ \t]*{_WEEKDAY}\s*,\s*\d{{1,2}}/\d{{1,2}}/(?:19|20)\d{{2}}[ \t]*(?:\n|$)"
)
_POSTED_AT_RE = re.compile(
    rf"(?m)^[ \t]*{_WEEKDAY}\s*,\s*(\d{{1,2}})/(\d{{1,2}})/((?:19|20)\d{{2}})\s+\d{{1,2}}:\d{{2}}"
)
POSTED_AT_LIMIT = 300  # characters: the posting line's place under the banner


def _posting_date(text: str) -> re.Match | None:
    """The item's own date: the first full date that dates no document cited (or, when
    there is none, a date written year first); under a site's banner date, the posting
    line's."""
    first = next(
        (
            m
            for m in _DATE_NUM_RE.finditer(text)
            if not _DOCUMENT_DATE_RE.search(text[max(0, m.start() - 60) : m.start()])
            and not _SIGNED_DATE_RE.search(text[max(0, m.start() - 30) : m.start()])
        ),
        None,
    )
    if first is not None and _BANNER_DAY_RE.match(text, text.rfind("\n", 0, first.start()) + 1):
        posted = _POSTED_AT_RE.search(
            text, first.end(), min(len(text), first.end() + POSTED_AT_LIMIT)
        )
        if posted is not None:
            return posted
    return first or (
        _MONTH_WORD_DATE_RE.search(text, 0, min(len(text), PAGE_LIMIT))
        or _ISO_DATE_RE.search(text, 0, min(len(text), PAGE_LIMIT))
    )


def posted_day(text: str) -> datetime.date | None:
    """The day the item was posted (:func:`_posting_date`); None when it names none."""
    posted = _posting_date(text)
    if posted is None:
        return None
    try:
        return datetime.date(int(posted.group(3)), int(posted.group(2)), int(posted.group(1)))
    except ValueError:  # "31/02/2020" is no day
        return None


# The document a plan implements, dated after its number (a bare one too): "… triển khai
# thực hiện Chỉ thị số 12 ngày 5/1/2022 của Ban Bí thư …".
_IMPLEMENTED_DATE_RE = re.compile(
    # (or followed: "… xây dựng kế hoạch … theo Hướng dẫn số 25, ngày 16/02/2017 của …")
    r"\b(?:thực\s+hiện|triển\s+khai|theo)\s+(?:"
    + _OTHER_KINDS
    # (and a programme: "… thực hiện chương trình hành động số 06/CTr-… ngày 5/9/2012")
    + r"|nghị\s+quyết|kết\s+luận|nghị\s+định|chương\s+trình(?:\s+hành\s+động)?|đề\s+án)"
    r"\s+số\s*:?\s*(?:" + _NUMBER + r"|\d{1,5})\s*,?\s*ngày\s*$",
    _I,
)
# A plan carried out, dated after its number: "… thực hiện (triển khai) có hiệu quả Kế hoạch
# số 217/KH-UBND ngày …" (not "UBND tỉnh triển khai Kế hoạch số … ngày …", its own).
_PLAN_CARRIED_OUT_DATE_RE = re.compile(
    r"(?:thực\s+hiện(?:\s+triển\s+khai)?(?:\s+(?:có\s+hiệu\s+quả|hiệu\s+quả|tốt|nghiêm\s+túc))?"
    r"|triển\s+khai\s+(?:có\s+hiệu\s+quả|hiệu\s+quả|tốt|nghiêm\s+túc))\s+(?:"
    + _PLAN_KINDS
    + r")\s+số\s*:?\s*(?:"
    + _NUMBER
    + r"|\d{1,5})\s*,?\s*ngày\s*$",
    _I,
)
# A document's day written where it was signed or issued ("Bản ghi nhớ … ký ngày 24/2/2018",
# "… ban hành ngày …"): a date of that document, never the page's posting date.
_SIGNED_DATE_RE = re.compile(
    r"\b(?:ký(?:\s+kết)?|ban\s+hành|thông\s+qua)\s+(?:vào\s+)?ngày\s*$", _I
)
# A date that dates a cited document: "… số 1160/QĐ-TTg ngày " just before it.
_DOCUMENT_DATE_RE = re.compile(r"số\s*:?\s*" + _NUMBER + r"\s*,?\s*ngày\s*\Z", _I)


# "… ban hành Hướng dẫn số 111-HD/BTGTW ngày": the date of the document the body issues.
_ISSUED_NUMBER_DATE_RE = re.compile(
    r"\bban\s+hành\s+(?:"
    + _PLAN_KINDS
    + "|"
    + _OTHER_KINDS
    + r")\s+số\s*:?\s*"
    + _NUMBER
    + r"\s*,?\s*ngày\s*$",
    _I,
)
# What a body issues, told by its subject, its number and date in brackets after it:
# "… vừa ban hành hướng dẫn công tác tuyên truyền … năm 2022 (Hướng dẫn số 78/HD-MTTW-BTT
# ngày 25/01/2022)".
_BRACKETED_DOCUMENT_RE = re.compile(
    r"\bban\s+hành\s[^.()\n]{3,200}?\(\s*(?:"
    + _PLAN_KINDS
    + "|"
    + _OTHER_KINDS
    + r")\s+số\s*:?\s*("
    + _NUMBER
    + r")\s*,?\s*ngày\s+(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d{2})\s*\)",
    _I,
)
_BRACKETED_DOCUMENT_RE = guarded(_BRACKETED_DOCUMENT_RE)  # see ttdn.core.patterns


_BRACKETED_LETTER_RE = re.compile(
    r"\(\s*(?:" + _LETTER_KINDS + r")\s+số\s*:?\s*(" + _NUMBER + r")\s*(?:[,;)]|ngày\b)", _I
)


# A leader's title before the body he heads, signing for it: "Chủ tịch UBND tỉnh …".
_SIGNER_TITLE_RE = re.compile(
    r"(?-i:(?:Phó\s+)?(?:Chủ\s+tịch|Giám\s+đốc|Trưởng\s+[Bb]an|Bí\s+thư|Bộ\s+trưởng"
    r"|Chánh\s+Văn\s+phòng))(?:\s+Thường\s+trực)?\s+"
)
# (his name: two to five words with a capital)
_PERSON_AFTER = rf"(?-i:(?:\s+[{UPPER_LETTERS}][{LOWER_LETTERS}]+){{2,5}})?"


def _date_belongs_to_plan(sentence: str, match: re.Match, *, cited_before: bool = False) -> bool:
    """A date in the announcing sentence is the plan's when it opens the sentence, follows
    the plan's number or "ban hành", or comes just before the body that issues it ("…,
    ngày 31-8 Bộ VHTTDL đã ban hành …"), not when it dates a legal document cited there.
    After an earlier date, only a plan's own number ("Kế hoạch số … ngày") or the body
    that issues it makes a date the plan's (a letter cited later keeps its own)."""
    after = sentence[match.end() :]
    # (a date in words opens with its "ngày": "… số 12/UBND-VX ngày 05 tháng 3 năm 2021")
    tail = " ngày " if match.group(0)[:4].lower() == "ngày" else ""
    lead = re.match(r"\s*\)?\s*,?\s*", after).end()  # (also "Mới đây (ngày 3/10), UBND …")
    # (or the leader who signs for it, his name after its name: "…, ngày 04 tháng 7 năm
    # 2018, Chủ tịch UBND tỉnh <name> đã có Công văn số …")
    signer = _SIGNER_TITLE_RE.match(after, lead)
    body = _ISSUER_RE.match(after, signer.end() if signer else lead)
    verb = body and re.match(
        (_PERSON_AFTER if signer else "")
        + r"\s*,?\s*(?:(?:đã|vừa|mới)\s+)?(?:ban\s+hành|ký|phê\s+duyệt|có)\b",
        after[body.end() :],
        _I,
    )
    if verb and not (
        signer and not re.search(r"\bsố\b", after[body.end() + verb.end() :][:40], _I)
    ):
        return True
    before = sentence[: match.start()] + tail
    if re.search(r"\bban\s+hành\s+(?:vào\s+)?ngày\s*$", before, _I):
        return True
    if _ISSUED_NUMBER_DATE_RE.search(before):
        return True  # "… ban hành Hướng dẫn số 111-HD/BTGTW ngày …": the one it issues
    if _IMPLEMENTED_DATE_RE.search(before) or _PLAN_CARRIED_OUT_DATE_RE.search(before):
        return False  # "… triển khai thực hiện Chỉ thị số 12 ngày 5/1/2022 …": that one's
    # A dateline tag may open the item: "HNP - Ngày 22-11, …", "(HCM CityWeb) – …",
    # "(kontumtv.vn) – …".
    before = re.sub(r"^\s*\(?[\w][\w. ]{0,15}\)?\s*[-–]\s*", "", before)
    if re.match(r"\s*(?:Thực\s+hiện|Căn\s+cứ|Triển\s+khai|Theo)\b", before, _I) and not re.search(
        r"\bban\s+hành\b", before, _I
    ):
        return False  # the date of the document the plan implements
    if not before.strip(" ,\t") or re.search(r"^\s*(?:Ngày|Vào\s+ngày)\s*$", before, _I):
        return True
    return bool(
        re.search(
            r"(?:"
            + _PLAN_KINDS
            + ("" if cited_before else "|" + _OTHER_KINDS)
            # ("Kế hoạch số 45/KH-UBND ngày", "Kế hoạch 45/KH-UBND ngày", "KH số … (ngày")
            + r"|(?-i:KH))\s+(?:số\s*:?\s*(?:"
            + _NUMBER
            + r"|\S+(?:\s+/\S+)?)|"
            + _NUMBER
            # (also "… 56/KH-UBND ký ngày 15/3/2024", "… 56/KH-UBND (15/3/2024)")
            + r")\s*(?:[,(]?\s*(?:(?:được\s+)?ký\s+)?ngày|\()\s*$",
            before,
            _I,
        )
    )


def _in_basis(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a "Căn cứ …" paragraph (the legal bases of the plan)."""
    line_start = text.rfind("\n", 0, pos) + 1
    if text[line_start : line_start + 12].strip().lower().startswith("căn cứ"):
        return True
    paragraph = max(text.rfind("\n\n", 0, pos), text.rfind(";\n", 0, pos))
    return paragraph >= 0 and text[paragraph : paragraph + 14].strip(";\n ").lower().startswith(
        "căn cứ"
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


_AUTHOR_BEFORE_RE = re.compile(r"\bcủa\s+$")


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


# A report quoted by a news item: "Báo cáo của UBND tỉnh … cho biết …".
_REPORT_OF_RE = re.compile(r"\bbáo\s+cáo\s+của\s+$", _I)
# The head of a body chairing a meeting: "…, Trưởng Ban Chỉ đạo … chủ trì hội nghị".
# (also a ministry's, a department's, a Party committee's, an office's and a command's head:
# "Thứ trưởng Bộ …", "Cục trưởng Cục …", "Bí thư Tỉnh ủy …", "Chánh Văn phòng UBND …",
# "Chỉ huy trưởng Bộ Chỉ huy …", "Tư lệnh Bộ Tư lệnh …"; the standing vice chair: "Phó Chủ
# tịch Thường trực UBND …")
_HEAD_OF_RE = re.compile(
    r"\b(?:Trưởng|Chủ\s+tịch(?:\s+Thường\s+trực)?|Trưởng\s+ban\s+Thường\s+trực|Chủ\s+nhiệm"
    r"|Giám\s+đốc|Bộ\s+trưởng"
    r"|Thứ\s+trưởng|Cục\s+trưởng|Vụ\s+trưởng|Bí\s+thư|Chánh|Chỉ\s+huy\s+trưởng|Tư\s+lệnh)\s+$"
)
HEAD_TITLE_LIMIT = 30  # characters: the longest title, "Chủ tịch Thường trực "
# (also "dự và chủ trì Hội nghị", "Hội nghị do … chủ trì.", and the head asking in the
# meeting: "Giám đốc Sở … đề nghị các đơn vị …")
_CHAIRS_RE = re.compile(
    # (the head's name after the body: "Chủ nhiệm Ủy ban … Lê Thị Thu Hằng đã chủ trì …")
    r"(?:\s+(?-i:[A-ZĐ]\w*)(?:\s+(?-i:[A-ZĐ]\w*)){1,3}"
    r"(?=\s+(?:đã\s+)?(?:dự|chủ|có\s+buổi|hội\s+đàm|làm\s+việc)\b))?"
    r"\s*,?\s*(?:đã\s+)?(?:dự\s+và\s+)?(?:chủ\s+trì(?:\s+và\s+điều\s+hành)?"
    r"(?:\s+(?:hội\s+nghị|buổi|cuộc|phiên)\b|\s*[.;,]|\s*$)|đề\s+nghị|yêu\s+cầu|chỉ\s+đạo"
    # (a working session the head holds with a body: "đồng chí …, Phó Chủ tịch UBND tỉnh làm
    # việc với Sở Ngoại vụ về kết quả …", held by the body the head serves, batch 15)
    r"|(?:có\s+buổi\s+)?làm\s+việc\s+với\s"
    # (or a briefing or talks the head gives: "Phó Trưởng ban Thường trực Ban Tuyên giáo
    # Trung ương … có buổi thông tin về …", "Thứ trưởng Bộ … có buổi hội đàm với …")
    r"|(?:có\s+buổi\s+)?(?:thông\s+tin|hội\s+đàm)\s+(?:về|với)\s)",
    _I,
)
# A delegation's visit: "Đoàn công tác của Liên hiệp … (VUFO) do Chủ tịch … làm trưởng đoàn
# đã có buổi làm việc với lãnh đạo tỉnh …", "Đoàn đại biểu Bộ … đến thăm và làm việc tại …".
_CHAIR_BEFORE_RE = re.compile(r"\bChủ\s+tịch\s+$")
_CHAIR_ASKS_RE = re.compile(
    r"\s*,?\s+(?:đã\s+|vừa\s+)?(?:yêu\s+cầu|chỉ\s+đạo|giao|đề\s+nghị)\b", _I
)
_DELEGATION_RE = re.compile(
    r"\bĐoàn\s+(?:công\s+tác|đại\s+biểu)(?:\s+và\s+\w+(?:\s+\w+)?)?(?:\s+của)?\s+$", _I
)
_VISIT_RE = re.compile(
    r"[^.;\n]{0,120}?\b(?:(?:đã\s+)?có\s+buổi\s+làm\s+việc|(?:đã\s+)?(?:đến\s+)?(?:thăm|làm\s+việc)"
    r"\s+(?:và\s+làm\s+việc\s+)?(?:với|tại)|(?:sang|đến)\s+tham\s+dự)\b",
    _I,
)


_VENUE_BEFORE_RE = re.compile(r"\btại\s+[^,.;\n]{0,30}$", _I)


def _event_before(text: str, position: int) -> bool:
    """Whether a body holds a meeting in a sentence before ``position``."""
    return any(
        _EVENT_RE.match(text, match.end()) for match in _ISSUER_RE.finditer(text, 0, position)
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


def central_in(names: frozenset[str], year: int | None) -> frozenset[str]:
    """Those of ``names`` (folded, cities under the centre today) that were so in ``year``;
    all of them when the year is unknown (today's status)."""
    if year is None:
        return names
    return frozenset(name for name in names if _CENTRAL_SINCE.get(name, 0) <= year)


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

    def central_cities(self, year: int | None = None) -> frozenset[str]:
        """The folded names of the cities governed by the centre in ``year`` (today's when
        ``None``; the reader's own list until the directory's city data is checked)."""
        return central_in(_CENTRAL_CITIES, year)


def _spelt(places: Places, name: str) -> str | None:
    """The directory's spelling of the unit called ``name``, if it knows one."""
    folded = fold(name)
    return places.spelling((folded,)).get(folded)


# --- The issuer's forms -----------------------------------------------------------------
#
# Two tables of forms of writing that name the issuing body, walked in this order by
# :func:`_find_issuer`. A form reads the text and names a body; its confidence says how
# directly the form tells that the body wrote the text.


def _header_form(text: str, head: tuple[int, int], meta: Metadata) -> list[_Issuer]:
    """The body in the document's header ("ỦY BAN NHÂN DÂN / TỈNH ĐỒNG NAI" above "Số:")."""
    header = _header_issuer(_zone(text, head), limit=head[0] + 700)
    if header is None and _FORMAL_HEADING_RE.search(text, 0, head[1] + 1):
        # A decision names its authority on a line of its own under the title
        # ("QUYẾT ĐỊNH / BAN HÀNH … / ỦY BAN NHÂN DÂN TỈNH …"), below the head zone.
        header = _header_issuer(text[: min(len(text), 2000)], limit=2000)
    return [header] if header else []


def _author_form(text: str, head: tuple[int, int], meta: Metadata) -> list[_Issuer]:
    """The author a news item names for the document it tells of ("Công văn số … của UBND
    tỉnh …", read with the announcement)."""
    if not meta.author:
        return []
    author = _ISSUER_RE.match(text, meta.author[0], meta.author[1])
    return [_issuer_of(author, 0.85)] if author else []


# A portal's or a legal library's card above the text: "Cơ quan ban hành: UBND tỉnh …" (on a
# line, or in a table's cells: "Cơ quan ban hành | Ủy ban Nhân dân tỉnh … |").
_CARD_ISSUER_RE = re.compile(r"(?m)^[ \t|]*Cơ\s+quan\s+ban\s+hành\s*[:|][ \t|]*")


def _card_form(text: str, head: tuple[int, int], meta: Metadata) -> list[_Issuer]:
    """The body a card above the text names as the issuing body (its first card only: a
    page may list other documents' cards below)."""
    card = _CARD_ISSUER_RE.search(text, 0, min(len(text), PAGE_LIMIT))
    if card is None:
        return []
    line_end = text.find("\n", card.end())
    line_end = len(text) if line_end < 0 else min(line_end, card.end() + 200)
    body = _ISSUER_RE.match(text, card.end(), line_end)
    return [_issuer_of(body, 0.85)] if body else []


# A department advising the issue of a document ("Sở … (đã) tham mưu ban hành …").
_ADVISES_RE = re.compile(
    r"(?:(?:đã|vừa|tiếp\s+tục)\s+)?tham\s+mưu\s+(?=(?:đã\s+)?ban\s+hành\b)", _I
)


# A partner after the body, the two signing a joint programme ("X và Báo Nhân Dân ký kết
# Chương trình phối hợp …", "X cùng 12 cơ quan báo chí ký kết …").
_PARTNER_SIGNS_RE = re.compile(
    r"\s*,?\s*(?:và|cùng(?:\s+với)?)\s+[^.;\n]{3,120}?\s+(?=(?:đã\s+|vừa\s+)?ký\s+kết\s+chương\s+trình)",
    _I,
)


def _announcer_form(text: str, head: tuple[int, int], meta: Metadata) -> list[_Issuer]:
    """The body that issues the document a news item announces ("UBND tỉnh vừa ban hành Kế
    hoạch số …", "… do Sở … ban hành"), every one the announcement names so."""
    if not meta.announcement:
        return []
    found = []
    start, end = meta.announcement
    previous = None
    for match in _ISSUER_RE.finditer(text, start, end):
        tail = text[match.end() : end]
        verb = match.end() + len(tail) - len(tail.lstrip(" ,"))
        advises = _ADVISES_RE.match(text, verb, end)
        partner = None if advises else _PARTNER_SIGNS_RE.match(text, match.end(), end)
        if advises:
            # "Sở … tham mưu ban hành văn bản hướng dẫn …": the department that advises
            # the issue, no other body named before the verb.
            verb = advises.end()
        elif partner:
            # "X và Báo … ký kết Chương trình phối hợp …": the first party named.
            verb = partner.end()
        if (
            _ANNOUNCE_RE.match(text, verb)
            or _OTHER_ANNOUNCE_RE.match(text, verb)
            or _DECISION_ANNOUNCE_RE.match(text, verb)
            or re.match(r"\s*(?:đã|vừa|mới)\b", tail)
            or _ISSUED_AFTER_RE.match(tail)
            and _BY_RE.search(text, start, match.start())
        ):
            if (
                previous is not None
                and re.fullmatch(r"\s*(?:,|và|cùng)\s*", text[previous.end() : match.start()])
                and not _AUTHOR_BEFORE_RE.search(
                    text, max(0, previous.start() - 12), previous.start()
                )
            ):
                # "X và Y đã ban hành …": the first body named (not the author of a
                # document cited before: "Căn cứ Kết luận … của Bộ Chính trị, UBND …").
                match = previous
            found.append(_issuer_of(match, 0.85))
        previous = match
    return found


def _plan_of_form(text: str, head: tuple[int, int], meta: Metadata) -> list[_Issuer]:
    """The body a plan is said to be of ("Kế hoạch số 45/KH-UBND ngày … của UBND tỉnh …"),
    not a plan the text carries out or cites as its basis."""
    found = []
    for match in re.finditer(r"Kế\s+hoạch\s+số\s*\S+(?:\s+ngày\s+\S+)?\s+của\s+", text):
        issuer = _ISSUER_RE.match(text, match.end())
        opening = text[_sentence_bounds(text, match.start())[0] : match.start()]
        if (
            issuer
            and not _in_basis(text, match.start())
            # "Thực hiện Kế hoạch số … của UBND tỉnh …, Sở … đã …": the plan implemented,
            # not the item's own document.
            and not re.fullmatch(
                r"\s*(?:Thực\s+hiện|Triển\s+khai(?:\s+thực\s+hiện)?|Căn\s+cứ|Theo)\s*", opening, _I
            )
        ):
            found.append(_issuer_of(issuer, 0.8))
    return found


def _plan_maker_form(text: str, head: tuple[int, int], meta: Metadata) -> list[_Issuer]:
    """A body that makes a plan ("Sở … xây dựng kế hoạch …", "UBND huyện ban hành chương
    trình …"), anywhere in the body of the text."""
    return [
        _issuer_of(match, 0.85)
        for match in _ISSUER_RE.finditer(text, 0, meta.body_end or len(text))
        if re.match(
            r"\s+(?:xây\s+dựng|ban\s+hành)\s+(?:kế\s+hoạch|chương\s+trình)",
            text[match.end() : match.end() + 40],
            _I,
        )
    ]


# The forms of a document and of a news item that tells of one: every one is read, and the
# best reading wins (by confidence, a named place adding 0.1; a tie goes to the earlier).
_DOCUMENT_FORMS = (
    _header_form,
    _card_form,
    _author_form,
    _announcer_form,
    _plan_of_form,
    _plan_maker_form,
)


def _asks_in_own_words(text: str, body: re.Match, previous: re.Match | None) -> bool:
    # "Sở … đề nghị các cơ quan … thực hiện một số nội dung sau:" (a letter, a guidance)
    return bool(_OWN_VOICE_RE.match(text, body.end()))


# A body reporting in its own words, the report's parts following its colon: "Sở … báo cáo
# kết quả hoạt động đối ngoại năm 2022 …, như sau:", "…, Sở Y tế trân trọng báo cáo như sau:".
_REPORTS_RE = re.compile(
    r"[ \t]*,?[ \t]+(?:trân\s+trọng\s+)?báo\s+cáo\b[^:\n]{0,300}?\bsau\s*:[ \t]*(?:\n|$)", _I
)


def _reports_in_own_words(text: str, body: re.Match, previous: re.Match | None) -> bool:
    return bool(_REPORTS_RE.match(text, body.end()))


def _chair_speaks_for(text: str, body: re.Match, previous: re.Match | None) -> bool:
    # "Chủ tịch UBND tỉnh yêu cầu …": the chair speaks for the committee.
    return bool(
        _CHAIR_BEFORE_RE.search(text, max(0, body.start() - 12), body.start())
        and _CHAIR_ASKS_RE.match(text, body.end())
    )


def _delegation_visits(text: str, body: re.Match) -> bool:
    # "Đoàn công tác của X … đã có buổi làm việc với …": the body whose delegation visits
    # holds the meeting, not the place it visits.
    return bool(
        _DELEGATION_RE.search(text, max(0, body.start() - 40), body.start())
        and _VISIT_RE.match(text, body.end())
    )


def _holds_meeting(text: str, body: re.Match, previous: re.Match | None) -> bool:
    # "Sở … tổ chức Hội nghị tập huấn …", or a delegation's visit (above); whichever the
    # text names first.
    return _delegation_visits(text, body) or bool(_EVENT_RE.match(text, body.end()))


def _meeting_organiser(
    text: str, body: re.Match, previous: re.Match | None, confidence: float
) -> _Issuer:
    """The body that :func:`_holds_meeting`, or the first of the organisers listed."""
    issuer = _issuer_of(body, confidence)
    if _delegation_visits(text, body):
        return issuer
    if (
        previous is not None
        and not text[previous.end() : body.start()].strip()
        and issuer.org.endswith(" Trung ương")
        and _issuer_of(previous, confidence).org.startswith(issuer.org[: -len(" Trung ương")])
    ):
        # "Ban Chỉ đạo công tác thông tin đối ngoại Ban Chỉ đạo T.Ư": the committee named
        # in full, then as the central one.
        issuer.org = _issuer_of(previous, confidence).org + " Trung ương"
        issuer.start = previous.start()
    elif (
        previous is not None
        and re.fullmatch(r"\s*,\s*", text[previous.end() : body.start()])
        and not _AUTHOR_BEFORE_RE.search(text, max(0, previous.start() - 12), previous.start())
        # (not the venue: "tại Hội trường UBND tỉnh, Ban Chỉ đạo … tổ chức …")
        and not _VENUE_BEFORE_RE.search(text, max(0, previous.start() - 40), previous.start())
    ):
        # "X, Y tổ chức hội nghị …": the organisers listed, the first named.
        issuer = _issuer_of(previous, confidence)
    return issuer


# "Đảng ủy, HĐND, UBND và Ủy ban MTTQ Việt Nam xã Đồng Văn tổ chức …": the commune's
# bodies listed, the unit word (and the name, when written) after the last.
_COMMUNE_LIST_RE = re.compile(
    r"Đảng\s+(?:[ủỷ]y|uỷ)(?:\s*(?:,|và)\s*(?:HĐND|Hội\s+đồng\s+nhân\s+dân|UBND"
    r"|[ỦU][yỷ]\s+ban\s+nhân\s+dân|(?:[ỦU][yỷ]\s+ban\s+)?(?:MTTQ|Mặt\s+trận\s+Tổ\s+quốc)"
    r"(?:\s*VN\b|\s+Việt\s+Nam)?)){1,4}"
    r"\s+(?P<unit>xã|phường|thị\s+trấn|đặc\s+khu)(?:\s+(?P<name>" + PROPER_NAME + r"))?"
)


def _commune_bodies_hold(text: str, body: re.Match, previous: re.Match | None) -> bool:
    # "Đảng ủy, HĐND, UBND và Ủy ban MTTQ Việt Nam xã (…) đã tổ chức đón tiếp …"
    bodies = _COMMUNE_LIST_RE.match(text, body.start())
    return bool(bodies and _EVENT_RE.match(text, bodies.end()))


def _first_commune_body(
    text: str, body: re.Match, previous: re.Match | None, confidence: float
) -> _Issuer:
    """The first of the commune's bodies listed, with the unit word written after the last
    (an event held by several bodies of one place is issued by the first named)."""
    bodies = _COMMUNE_LIST_RE.match(text, body.start())
    name = bodies.group("name") or ""
    return _Issuer(
        org="Đảng ủy",
        unit=bodies.group("unit"),
        name=name,
        start=bodies.start(),
        end=bodies.end(),
        name_start=bodies.start("name") if name else None,
        confidence=confidence,
    )


# A place's bodies joined by dashes, their place written once after the last, holding an event
# together ("Ủy ban nhân dân – Mặt trận Tổ quốc – Hội Cựu chiến binh – Đoàn thanh niên phường 8
# phối hợp tổ chức …"), the place possibly after a partner named with "cùng với …"; a numbered
# ward or district ("phường 8", "quận 5") has its number for a name.
_DASHED_BODY = (
    rf"(?-i:[{UPPER_LETTERS}])\w*(?:\s+(?!(?:cùng|với|xã|phường|thị|quận|huyện|phối|tổ|đã|vừa)\b)"
    r"\w+){0,5}"
)
_DASHED_BODIES_RE = re.compile(
    r"(?P<org>[ỦU][yỷ]\s+ban\s+nhân\s+dân|UBND|Đảng\s+(?:[ủỷ]y|uỷ)|HĐND|Hội\s+đồng\s+nhân\s+dân"
    r"|(?:[ỦU][yỷ]\s+ban\s+)?(?:MTTQ|Mặt\s+trận\s+Tổ\s+quốc)(?:\s*VN\b|\s+Việt\s+Nam)?)"
    rf"(?:[ \t]*[–—-][ \t]*{_DASHED_BODY}){{1,8}}"
    r"(?:\s*,?\s+cùng(?:\s+với)?\s+[^.;\n]{3,120}?)?"
    r"\s+(?P<unit>xã|phường|thị\s+trấn|đặc\s+khu|quận|huyện|thị\s+xã)\s+"
    rf"(?P<name>{PROPER_NAME}|\d{{1,2}}\b)"
    r"(?=\s+(?:đã\s+|vừa\s+)?(?:phối\s+hợp\s+)?(?:tổ\s+chức|khai\s+mạc)\b)"
)


# (a Party committee first, which the body pattern reads only before its place: "Đảng ủy -
# Ủy ban nhân dân - … xã …")
_DASHED_PARTY_BEFORE_RE = re.compile(r"Đảng\s+(?:[ủỷ]y|uỷ)[ \t]*[–—-][ \t]*$")


def _dashed_start(text: str, body: re.Match) -> int:
    before = _DASHED_PARTY_BEFORE_RE.search(text, max(0, body.start() - 16), body.start())
    return before.start() if before else body.start()


def _dashed_bodies_hold(text: str, body: re.Match, previous: re.Match | None) -> bool:
    return bool(_DASHED_BODIES_RE.match(text, _dashed_start(text, body)))


def _first_dashed_body(
    text: str, body: re.Match, previous: re.Match | None, confidence: float
) -> _Issuer:
    """The first of the place's bodies joined by dashes, with the place written after the last
    (an event held by several bodies of one place is issued by the first named)."""
    bodies = _DASHED_BODIES_RE.match(text, _dashed_start(text, body))
    return _Issuer(
        org=_expand_org(squash(bodies.group("org"))),
        unit=squash(bodies.group("unit")),
        name=bodies.group("name"),
        start=bodies.start(),
        end=bodies.end(),
        name_start=bodies.start("name"),
        confidence=confidence,
    )


# The departments of several provinces holding a meeting together ("Sở Ngoại vụ 7 tỉnh,
# thành phố thuộc Cụm thi đua số 3 tổ chức …", "các Sở Ngoại vụ cụm thi đua … tổ chức …").
_DEPARTMENTS_GROUP_RE = re.compile(
    # (the departments' own name only: not "Sở … tỉnh X phối hợp với các tỉnh …")
    r"Sở\s+(?:(?!(?:tỉnh|thành\s+phố|phối\s+hợp|với|cùng|và\s+các)\b)[^.;:\n]){2,60}?"
    r"\s+(?:\d+\s+(?:tỉnh|địa\s+phương)|các\s+(?:tỉnh|địa\s+phương)"
    r"|(?:thuộc\s+)?(?:[Cc]ụm|[Kk]hối)\s+thi\s+đua)\b[^.;:\n]{0,150}?\s"
    r"(?:đã\s+|vừa\s+)?(?:tổ\s+chức|khai\s+mạc)\s"
)


_CLUSTER_OF_RE = re.compile(
    r"\b(?:[Cc]ụm|[Kk]hối)\s+thi\s+đua(?:\s+số\s+\d+)?(?:\s+của)?\s+các\s+$"
)


def _departments_group_hold(text: str, body: re.Match, previous: re.Match | None) -> bool:
    # "Sở Ngoại vụ 7 tỉnh, thành phố thuộc Cụm thi đua số 3 (Bộ Ngoại giao) tổ chức Hội nghị
    # tổng kết …": several departments, none the issuer alone.
    # Also the cluster named first: "Cụm thi đua các Sở Ngoại vụ … tổ chức hội nghị …".
    return bool(
        _DEPARTMENTS_GROUP_RE.match(text, body.start())
        or _CLUSTER_OF_RE.search(text, max(0, body.start() - 40), body.start())
        and _EVENT_RE.match(text, body.end())
    )


def _no_single_body(
    text: str, body: re.Match, previous: re.Match | None, confidence: float
) -> _Issuer:
    """No issuer: the event is held by departments of several places (at the department
    level, of no one place)."""
    return _Issuer("", "", "", body.start(), body.end(), None, confidence)


def _organised_by(text: str, body: re.Match, previous: re.Match | None) -> bool:
    # "Hội nghị … do X tổ chức", "Hội nghị … được X tổ chức chiều 11/8"
    start = _sentence_bounds(text, body.start())[0]
    return bool(
        _MEETING_BY_RE.search(text, start, body.start()) and _ORGANISED_RE.match(text, body.end())
    )


def _meeting_of(text: str, body: re.Match, previous: re.Match | None) -> bool:
    # "Hội nghị toàn quốc … lần đầu tiên của X"
    start = _sentence_bounds(text, body.start())[0]
    return bool(_MEETING_OF_RE.search(text, start, body.start()))


def _reviews_own_work(text: str, body: re.Match, previous: re.Match | None) -> bool:
    # "Năm 2022, Liên hiệp … đã chủ trì …", "9 tháng năm 2020, X đã …"
    opening = text[_sentence_bounds(text, body.start())[0] : body.start()]
    return bool(_REVIEW_OPENING_RE.fullmatch(opening) and _DONE_RE.match(text, body.end()))


def _reported_by(text: str, body: re.Match, previous: re.Match | None) -> bool:
    # "Báo cáo của X cho biết …"
    return bool(_REPORT_OF_RE.search(text, max(0, body.start() - 20), body.start()))


def _head_chairs(text: str, body: re.Match, previous: re.Match | None) -> bool:
    # "Đồng chí …, Trưởng Ban Chỉ đạo … tỉnh X chủ trì hội nghị": the body its head chairs
    # the meeting for.
    return bool(
        _HEAD_OF_RE.search(text, max(0, body.start() - HEAD_TITLE_LIMIT), body.start())
        and _CHAIRS_RE.match(text, body.end())
    )


def _the_body(text: str, body: re.Match, previous: re.Match | None, confidence: float) -> _Issuer:
    return _issuer_of(body, confidence)


def _body_of_the_head(
    text: str, body: re.Match, previous: re.Match | None, confidence: float
) -> _Issuer:
    """The body a head serves, its name ending before the head's own ("Thứ trưởng Bộ Thông
    tin và Truyền thông Nguyễn Văn B có buổi hội đàm …": the capitalised words read on with
    the ministry's are the person's)."""
    person = _SPEAKERS_NAME_RE.search(text, body.start(), min(len(text), body.end() + 30))
    if person and person.end() == body.end() and _persons_name(squash(person.group(0))):
        # (the name's words, "Nguyễn Thanh Lâm"; its match opens with the space before it)
        cut = _ISSUER_RE.match(text, body.start(), person.start())
        if cut and cut.end() == person.start():
            return _issuer_of(cut, confidence)
    return _issuer_of(body, confidence)


# A body writing as the standing body of another ("Ban Tuyên giáo Tỉnh ủy … – Cơ quan
# Thường trực của Ban Chỉ đạo … đề nghị …"): the words between the two bodies.
# (a place's name may run over a hyphen, "Hà Nội - Cơ": the board is read again up to it)
_STANDING_BODY_OF_RE = re.compile(
    r"\s*(?:[–—\-,(]|\blà\b)\s*(?:là\s+)?[Cc]ơ\s+quan\s+[Tt]hường\s+trực\s+(?:của\s+)?$"
)


def _asking_body(
    text: str, body: re.Match, previous: re.Match | None, confidence: float
) -> _Issuer:
    """The body asking, or the board that writes as its standing body, named before it."""
    if previous is not None:
        standing = _STANDING_BODY_OF_RE.search(text, previous.start(), body.start())
        board = standing and _ISSUER_RE.match(text, previous.start(), standing.start())
        if board and not re.search(r"[.;:\n]", text[board.end() : standing.start()]):
            return _issuer_of(board, confidence)
    return _issuer_of(body, confidence)


@dataclass(frozen=True)
class _NewsForm:
    """A form in which a body named in running text is the item's issuer: ``reads(text,
    body, previous)`` tells whether ``body`` (an ``_ISSUER_RE`` match; ``previous`` the one
    before it) is written so; ``names`` gives the reading (the body itself by default)."""

    reads: Callable[[str, re.Match, re.Match | None], bool]
    confidence: float
    meeting: bool = False  # the item reports a meeting the body holds
    own_voice: bool = False  # the item is the body's own letter or guidance
    names: Callable[[str, re.Match, re.Match | None, float], _Issuer] = _the_body


# The forms of an item that announces no document: a letter or guidance in the body's own
# words, a meeting, a review of work done, a report. The first form that reads a body wins,
# with the first body it reads; the order goes from the body speaking for itself (a letter,
# its chair asking, it holding the meeting) to the body told of by others (the meeting
# named as its, its report quoted, its head chairing).
_NEWS_FORMS = (
    _NewsForm(_asks_in_own_words, 0.6, own_voice=True, names=_asking_body),
    _NewsForm(_notice_after_document, 0.6, own_voice=True),
    _NewsForm(_reports_in_own_words, 0.6),
    _NewsForm(_chair_speaks_for, 0.6),
    _NewsForm(_departments_group_hold, 0.6, meeting=True, names=_no_single_body),
    _NewsForm(_commune_bodies_hold, 0.6, meeting=True, names=_first_commune_body),
    _NewsForm(_dashed_bodies_hold, 0.6, meeting=True, names=_first_dashed_body),
    _NewsForm(_holds_meeting, 0.6, meeting=True, names=_meeting_organiser),
    _NewsForm(_organised_by, 0.6, meeting=True),
    _NewsForm(_meeting_of, 0.55, meeting=True),
    _NewsForm(_reviews_own_work, 0.55),
    _NewsForm(_reported_by, 0.55),
    _NewsForm(_head_chairs, 0.55, meeting=True, names=_body_of_the_head),
)


def _news_issuer(text: str, meta: Metadata) -> _Issuer | None:
    """The body the first of :data:`_NEWS_FORMS` reads, in the body of the text (its first
    3000 characters when its end is not known)."""
    limit = meta.body_end or min(len(text), 3000)
    bodies = list(_ISSUER_RE.finditer(text, 0, limit))
    for form in _NEWS_FORMS:
        previous = None
        for body in bodies:
            if form.reads(text, body, previous):
                if form.meeting:
                    meta.meeting = True
                if form.own_voice:
                    meta.own_voice = _sentence_bounds(text, body.start())
                return form.names(text, body, previous, form.confidence)
            previous = body
    return None


def _find_issuer(text: str, head: tuple[int, int], meta: Metadata, places: Places | None) -> None:
    """The issuing body, its level and its place, read from the forms in this order:

    1. the forms of a document and of news of one (:data:`_DOCUMENT_FORMS`: the header, the
       author named with the document, the body announcing it, "Kế hoạch số … của X", a
       body making a plan): all are read and the best reading wins;
    2. when no document is announced and none of those named a body, the forms of an item
       about a letter, a meeting or a review (:data:`_NEWS_FORMS`): the first that reads;
    3. then the body the headline or the first lines open with (:func:`_subject_body`);
    4. with no body at all, the place the text names most (:func:`_place_without_issuer`).

    A document's own forms come first because they are its author's own words; the news
    forms only read an item that tells of no document, each weaker than the one before.
    """
    if (
        meta.announcement
        and _event_before(text, meta.announcement[0])
        and not re.search(r"\b(?:ban\s+hành|phê\s+duyệt)\b", text[slice(*meta.announcement)], _I)
    ):
        # A plan made in passing ("các thành viên đã xây dựng kế hoạch …") after the item
        # has told of a meeting: the item is the meeting's.
        meta.announcement = None
    candidates = [issuer for form in _DOCUMENT_FORMS for issuer in form(text, head, meta)]
    if candidates == [] and meta.announcement and _event_before(text, meta.announcement[0]):
        # A plan named in passing after the item has told of a meeting ("Ngày 24-12, Ban
        # Chỉ đạo … tổ chức hội nghị tổng kết …. … các thành viên … xây dựng kế hoạch …"),
        # by no body that issues it: the item is the meeting's, not news of a plan.
        meta.announcement = None
    if not meta.announcement and not candidates:
        digest = _digest_compiler(text)
        if digest is not None:
            candidates.append(digest)
    if not meta.announcement and not candidates:
        news = _news_issuer(text, meta)
        if news is not None:
            candidates.append(news)
    if not candidates:
        subject = _subject_body(text, meta.body_end or len(text))
        if subject is None:
            subject = _according_body(text, meta.body_end or len(text))
        if subject is None:
            subject = _reviewing_speaker(text, meta.body_end or len(text))
        if subject is not None:
            candidates.append(subject)
    if not candidates:
        _place_without_issuer(text, meta, places)
        return
    for candidate in candidates:
        if candidate.bare:
            _bare_place(candidate, places, meta.places_year)
    best = max(candidates, key=lambda c: c.confidence + (0.1 if c.name else 0))
    _settle_issuer(best, text, meta, places)


# A site's digest of the week's events, naming who compiled it: "Sau đây là những sự kiện,
# hoạt động do Cổng thông tin điện tử thành phố Đà Nẵng tổng hợp." (a report, its compiler
# the issuer).
_DIGEST_RE = re.compile(
    r"\b(?:sự\s+kiện|hoạt\s+động|tin\s+tức|thông\s+tin)\b[^.\n]{0,60}?\bdo\s+"
    r"(?P<org>(?:Cổng|Trang)\s+thông\s+tin\s+điện\s+tử)\s+"
    r"(?P<unit>tỉnh|thành\s+phố|huyện|quận|thị\s+xã)\s+(?P<name>" + PROPER_NAME + r")"
    r"\s+tổng\s+hợp\b",
    _I,
)
DIGEST_LIMIT = 1000  # characters: the item's headline and lede


def _digest(text: str) -> re.Match | None:
    return _DIGEST_RE.search(text, 0, min(len(text), DIGEST_LIMIT))


def _digest_compiler(text: str) -> _Issuer | None:
    """The site that compiled a digest of the week's events, as its lede names it."""
    match = _digest(text)
    if match is None:
        return None
    return _Issuer(
        org=match.group("org").split()[0].capitalize() + " thông tin điện tử",
        unit=squash(match.group("unit")).lower(),
        name=squash(match.group("name")),
        start=match.start("org"),
        end=match.end("name"),
        name_start=match.start("name"),
        confidence=0.6,
    )


def _issuer_by_model(
    named: str, head: tuple[int, int], meta: Metadata, places: Places | None
) -> None:
    """The body the learned model chooses among those the text names, where it is sure of
    one and the rules read another (:mod:`.issuer_choice`); its place, level and locality
    are then settled as the rules settle theirs. A document whose own header names its body
    ("ỦY BAN NHÂN DÂN / TỈNH …" above "Số: …") is its author's word and is not second-guessed:
    the model learned where the rules go wrong on pages with no header."""
    model = issuer_choice.model()
    if model is None or _header_form(named, head, meta):
        return
    found = issuer_choice.candidates(
        named, doc_type=meta.doc_type.value, rules_pick=meta.issuer.value
    )
    if issuer_choice.rules_pick_speaks(c.features for c in found):
        return
    chosen = issuer_choice.choose(found, model)
    if chosen is None or issuer_choice.same_body(chosen[0].name, meta.issuer.value):
        return
    best, probability = chosen
    best.issuer.confidence = min(round(probability, 2), 0.8)
    if best.issuer.bare:
        _bare_place(best.issuer, places, meta.places_year)
    meta.issuer, meta.level, meta.locality = Located(), Located(), Located()
    meta.unit_name_forms = []
    _settle_issuer(best.issuer, named, meta, places)


def _settle_issuer(best: _Issuer, text: str, meta: Metadata, places: Places | None) -> None:
    """The issuer read, its place completed from the text, and its level and locality."""
    if not best.org:  # departments of several places (:func:`_no_single_body`)
        meta.level = Located("department", best.start, best.end, best.confidence)
        return
    if best.org.startswith("Bộ Chỉ huy") and not best.unit:
        # "Bộ Chỉ huy Bộ đội Biên phòng (BĐBP)", "Bộ Chỉ huy Quân sự": a province's command,
        # not a ministry; its province is the one the text names.
        best.unit = "tỉnh"
    if not best.unit and not best.name:
        _named_in_full(best, text, meta.body_end or len(text))
    if best.org.startswith("Bộ ") and meta.plan_number.value:
        _unit_of_symbol(best, text, meta.plan_number.value)
    if not best.unit and not best.name and places:
        _place_at_end_of_org(best, text, places, meta.places_year)
    if not best.unit and not best.name and places and best.org.startswith("Sở "):
        _place_of_media(best, text, places, meta.places_year)
    year = meta.places_year
    cities = places.central_cities(year) if places else central_in(_CENTRAL_CITIES, year)
    name, name_start, confidence = best.name, best.name_start, best.confidence
    if name and places and _chairs_name(name, text, best, places):
        name, name_start = "", None  # the place is the one the text names

    if not name and (unit := best.unit or _placed_body_unit(best.org)):
        # A body named without its place ("UBND tỉnh", "Sở Thông tin và Truyền thông", "Ban
        # Tuyên giáo Tỉnh ủy"), or with its chair's name: the place the text names most.
        name, name_start = _most_frequent_place(text, unit, places)
        if not name and unit == "tỉnh":  # "… tuyên truyền về Bình Định", "Báo Hà Nam"
            known = places.provinces() if places else frozenset()
            name, name_start = _most_frequent_province(text, known)
            if name and fold(name) in cities:
                unit = "thành phố"
        elif not name and unit == "thành phố" and places:
            # "Đà Nẵng: …" above "UBND thành phố ban hành …": a city under the centre the
            # text names bare (a province's own city would be named after its unit word).
            name, name_start = _most_frequent_province(text, places.provinces() & cities)
        if name and not best.unit and best.org.startswith("Sở"):
            best.unit = unit  # "Sở … tỉnh Hà Tĩnh"; a committee is "Tỉnh ủy Hà Tĩnh"
        confidence -= 0.1
    if name and places and not name.isupper():
        name = _known_place_prefix(name, places)
    if name:
        known = _spelt(places, name) if places else None
        # The directory's spelling of the place ("Hoà Bình" is written Hòa Bình, "PHÚ YÊN"
        # Phú Yên); the tone marks stay as written: "PHÙ YÊN" is never Phú Yên, whatever
        # the folded lookup finds.
        if known and same_but_tone_place(known, name):
            name = known
        elif name.isupper():
            name = _mixed_case_form(text, name)
    meta.unit_name_forms = [name] if name else []
    # (Hồ Chí Minh City's unit word is part of its name: "… Thành phố Hồ Chí Minh")
    unit_written = (
        "Thành phố" if best.unit == "thành phố" and fold(name) == "ho chi minh" else best.unit
    )
    if name.isdigit() and best.unit:
        # (a numbered district or ward, its unit word as the text writes it inside a sentence,
        # "Ủy ban … Quận 5", "… phường 8"; not a headline's or a sentence's capital)
        unit_written = next(
            (
                m.group(1)
                for m in re.finditer(rf"(?<=\w[ \t])({re.escape(best.unit)})\s+{name}\b", text, _I)
                if not m.group(1).isupper()
            ),
            best.unit,
        )
    # ("Ban chỉ đạo 106 của tỉnh": the committee's own place, written "Ban Chỉ đạo 106 tỉnh")
    org = best.org.removesuffix(" của") if unit_written else best.org
    issuer = " ".join(p for p in (best.within, org, unit_written, name) if p)
    meta.issuer = Located(issuer, best.start, best.end, confidence)
    central = (
        best.org.startswith(("Bộ", "Cục", "Vụ "))
        and not best.org.startswith(("Bộ Chỉ huy", "Bộ đội"))
        and not best.unit
    ) or best.org in ("Chính phủ", "Thủ tướng Chính phủ", "Văn phòng Chính phủ")
    central = central or (
        best.org.startswith(("Ủy ban Nhà nước", "Uỷ ban Nhà nước", "Ủy ban Dân tộc")) and not name
    )
    if _PARTY_OF_AGENCY_RE.match(best.org):
        level = "department"  # a province's agency's Party committee, as the agency
    elif central or best.org.endswith("Trung ương") or " Trung ương " in best.org:
        level = "national"
    elif best.org.endswith(" Việt Nam") and not best.unit and not best.org.startswith("Ủy ban Mặt"):
        level = "national"  # "Liên hiệp các tổ chức hữu nghị Việt Nam"
    elif best.org.startswith("Ban Chỉ đạo") and not best.unit and not name:
        # A steering committee named with no place is the central one ("Ban Chỉ đạo công
        # tác thông tin đối ngoại tổ chức Hội nghị toàn quốc …"); a province's names it.
        level = "national"
    elif not best.unit and any(fold(best.org).endswith(fold(k)) for k in _PARTY_LEVEL):
        # A committee ("Huyện ủy Thường Tín") or one of its boards ("Ban Tuyên giáo Huyện ủy").
        level = next(v for k, v in _PARTY_LEVEL.items() if fold(best.org).endswith(fold(k)))
        if (
            fold(best.org).endswith("thanh uy")
            and name
            and (
                _provinces_city(fold(name), cities, party=True)
                # (a city that is no province: "Thành ủy Móng Cái")
                or (places and fold(name) not in places.provinces())
            )
        ):
            level = "district"  # "Thành ủy Huế" of Thừa Thiên Huế (until 2025)
    elif best.org.startswith("Sở"):
        level = "department"
    elif best.unit == "thành phố" and name and _provinces_city(fold(name), cities):
        # a city of a province ("thành phố Cam Ranh"; "thành phố Bắc Ninh" until 2025), not
        # Hà Nội
        level = "district"
    else:
        level = UNIT_LEVEL.get(best.unit)
    if level:
        meta.level = Located(level, best.start, best.end, confidence)
    if name:
        end = name_start + len(name) if name_start is not None else None
        # (a numbered ward or district is written with its unit word: "Phường 8", "Quận 5")
        locality = f"{best.unit.capitalize()} {name}" if name.isdigit() and best.unit else name
        meta.locality = Located(locality, name_start, end, confidence if name_start else 0.6)


def _chairs_name(name: str, text: str, issuer: _Issuer, places: Places) -> bool:
    """Whether the words read after a body's unit word are its chair's (or its head's) name,
    not a place: "Chủ tịch UBND tỉnh Nguyễn Văn A ký …", "Thứ trưởng Bộ … Nguyễn Văn B có buổi
    hội đàm …" (a place followed by the name, "… tỉnh Quảng Ninh Nguyễn Văn A", is cut by
    :func:`_known_place_prefix`)."""
    return (
        _persons_name(name)
        and bool(_HEAD_OF_RE.search(text, max(0, issuer.start - HEAD_TITLE_LIMIT), issuer.start))
        and not _spelt(places, name)
    )


# The commonest family names: a name of three words or more that opens with one, and that
# the directory does not know as a place, is a person's ("Nguyễn Văn An").
_FAMILY_NAMES = frozenset(
    [
        "nguyen",
        "tran",
        "le",
        "pham",
        "hoang",
        "huynh",
        "phan",
        "vu",
        "vo",
        "dang",
        "bui",
        "do",
        "ho",
        "ngo",
        "duong",
        "ly",
        "dao",
        "doan",
        "dinh",
        "lam",
        "mai",
        "trinh",
        "truong",
        "luong",
        "cao",
        "ha",
        "ta",
        "to",
        "chu",
        "luu",
        "quach",
        "thai",
        "lo",
        "hua",
        "vuong",
        "giang",
        "kieu",
    ]
)


def _persons_name(name: str) -> bool:
    words = name.split()
    return len(words) >= 3 and fold(words[0]) in _FAMILY_NAMES


# What a news item's subject does in its headline or first sentence: the acts of a body
# that writes, holds or reviews (not what it is told or thanked for).
_SUBJECT_ACTS_RE = re.compile(
    r"\s*(?:\([^)\n]{1,20}\)\s*)?,?\s*(?:(?:vừa|đã|mới|sẽ|tiếp\s+tục|chính\s+thức|bắt\s+đầu|chủ\s+động)\s+)*"
    r"(?:ban\s+hành|triển\s+khai|tổ\s+chức|tổng\s+kết|sơ\s+kết|hướng\s+dẫn|xây\s+dựng"
    r"|phê\s+duyệt|chỉ\s+đạo|đề\s+nghị|yêu\s+cầu|phát\s+động|công\s+bố|khai\s+mạc|họp"
    r"|ký|gửi|giao|thông\s+báo|kiện\s+toàn|thành\s+lập|đề\s+ra"
    # (a document it has out: "… có văn bản …", "… có thông báo kết luận …")
    r"|có\s+(?:văn\s+bản|công\s+văn|thông\s+báo|kế\s+hoạch|hướng\s+dẫn|công\s+điện)"
    # (a department advising its committee: "Sở … tham mưu ban hành …", "… lập kế hoạch …")
    r"|tham\s+mưu|lập\s+kế\s+hoạch"
    # (an office passing on its chair's directions: "Văn phòng UBND tỉnh truyền đạt ý kiến …")
    r"|truyền\s+đạt"
    # (a host receiving guests: "Sở Ngoại vụ đón tiếp đoàn …", "… tiếp xã giao đoàn …")
    r"|đón(?:\s+tiếp)?|tiếp\s+(?:xã\s+giao|(?:các\s+)?đoàn))\b",
    _I,
)
# What may open the sentence before its subject: a day, a time of day, "Năm 2022,", "Vừa qua,".
# A news item's credit before its lede: the paper or agency, its initials or the place
# ("(TUFO) – ", "PV - ", "(Báo Quảng Ngãi) - ", "(HQ Online) – ", "TTXVN/Vietnam+ – ", "Hà
# Giang - ").
# (a credit of two or three words with a space after its dash, not a name's initials with
# theirs: "Sở VH-TT&DL")
_CREDIT = (
    r"(?:(?:\([^()\n]{1,30}\)|[A-ZĐ][\w.+/]{0,20}(?:(?:[ \t]+[A-ZĐ][\w.]*){1,2}(?=\s*[-–]\s))?)?"
    r"\s*[-–]\s*)?"
)
_SUBJECT_OPENING_RE = re.compile(
    r"[ \t]*"
    + _CREDIT
    + r"(?:(?:(?:Sáng|Chiều|Tối|Trưa)\s+)?(?:(?:thứ\s+\w+|hôm\s+nay)\s*(?:\([^)\n]{1,12}\))?\s*,?\s*)?"
    # (and the venue after the day: "Chiều 5-6, tại Hà Nội, …"; the day in words: "Ngày 15
    # tháng 3 năm 2024, …"; "… vừa qua, …")
    r"(?:[Nn]gày\s+)?\d{1,2}(?:\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?"
    r"|\s+tháng\s+\d{1,2}(?:\s+năm\s+\d{4})?)(?:\s+vừa\s+qua)?\s*,\s*"
    r"(?:tại\s+[^,.;\n]{1,80}?,\s*)?"
    # ("Sáng nay (15/3), …", "Hôm qua (14/3), …")
    r"|(?:(?:Sáng|Chiều|Tối|Trưa)\s+nay|[Hh]ôm\s+(?:nay|qua))\s*\([^)\n]{1,12}\)\s*,\s*"
    r"|(?:Trong\s+)?[Nn]ăm\s+(?:19|20)\d{2}\s*,\s*|(?:Vừa\s+qua|Mới\s+đây|Thời\s+gian\s+qua)\s*,\s*)?",
)
_IMPLEMENTING_RE = re.compile(
    # (a dateline tag before it is masked to spaces as initials are: "(PYTV) – ")
    # (the leading blanks taken whole, never given back to the "\s*" after them: a line of
    # 50,000 tabs was tried in every split between the two, 14 s)
    r"[ \t]*+(?:(?:\(?[\w.]{1,15}\)?)?\s*[-–]\s*)?(?:Thực\s+hiện|Triển\s+khai)\s",
    _I,
)
# "Tại Hội nghị tổng kết … diễn ra ngày …, Ban Chỉ đạo … đề ra …": the subject after it.
_AT_MEETING_RE = re.compile(r"[ \t]*Tại\s+(?:hội\s+nghị|buổi|phiên|cuộc\s+họp)\b", _I)
# A place that issues: "Thành phố Cam Ranh vừa ban hành …", "Tỉnh Phú Yên đã ban hành …".
_PLACE_SUBJECT_RE = re.compile(
    rf"(?P<unit>Tỉnh|Thành\s+phố|Huyện|Thị\s+xã|Quận)\s+(?P<name>{PROPER_NAME})"
    r"\s+(?:(?:vừa|đã|mới)\s+)?ban\s+hành\b"
)
# A province, a city or a district holding an event as the subject ("Ngày 8/6, tỉnh Quảng Ninh
# (Việt Nam) phối hợp với tỉnh Phúc Kiến (Trung Quốc) tổ chức hội nghị trực tuyến …"): its
# people's committee, as for a place's own events.
_PLACE_HOLDER_RE = re.compile(
    rf"(?P<unit>[Tt]ỉnh|[Tt]hành\s+phố|[Hh]uyện|[Tt]hị\s+xã|[Qq]uận)\s+(?P<name>{PROPER_NAME})"
)
SUBJECT_LINES = 8  # the headline and the first lines of the item


def _named_in_full(issuer: _Issuer, text: str, limit: int) -> None:
    """A body read by its short name ("Ban Chỉ đạo tổ chức Hội nghị …") that the text names
    in full with its place elsewhere ("Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Nghệ
    An", in the headline): that body (not the central one a placeless name would be)."""
    if issuer.org.startswith(("Bộ ", "Cục ", "Vụ ")) or issuer.org.endswith(
        ("Trung ương", "Việt Nam", "Chính phủ")
    ):
        return
    for match in _ISSUER_RE.finditer(text, 0, limit):
        full = _issuer_of(match, issuer.confidence)
        if (
            full.unit
            and full.name
            and (full.org == issuer.org or full.org.startswith(issuer.org + " "))
        ):
            issuer.org, issuer.unit, issuer.name = full.org, full.unit, full.name
            issuer.name_start = full.name_start
            return


def _bare_place(issuer: _Issuer, places: Places | None, year: int | None) -> None:
    """A name read after a body with no unit word ("UBND Hải Phòng", "Sở VHTTDL Đồng Nai
    Nguyễn Văn A"): its longest opening the directory knows as a province or a city under
    the centre is the body's place, with that unit word; any other name (a person's) is
    none."""
    issuer.bare = False
    words = issuer.name.split()
    openings = [" ".join(words[:size]) for size in range(len(words), 0, -1)]
    known = places.spelling([fold(o) for o in openings]) if places and openings else {}
    provinces = places.provinces() if places else frozenset()
    for opening in openings:
        folded = fold(opening)
        if folded in known and folded in provinces:
            issuer.name = opening
            issuer.unit = _bare_unit(folded, places.central_cities(year))
            return
    issuer.name, issuer.name_start = "", None


def _known_place_prefix(name: str, places: Places) -> str:
    """A place name read on into the words after it ("Bình Phước Nguyễn Văn A", the vice
    chair's name after the province): the longest opening the directory knows (the
    openings asked together, when the name itself is not a place)."""
    words = name.split()
    if len(words) < 3 or _spelt(places, name):
        return name
    openings = [" ".join(words[:size]) for size in range(len(words) - 1, 1, -1)]
    known = places.spelling([fold(opening) for opening in openings])
    return next((opening for opening in openings if fold(opening) in known), name)


def _place_at_end_of_org(issuer: _Issuer, text: str, places: Places, year: int | None) -> None:
    """A province's department or steering committee named with its province and no unit
    word ("Sở Ngoại vụ Vĩnh Phúc", "Ban Chỉ đạo … Hưng Yên"): the place the directory knows
    in the name's last words is its place, a province's (a city's, for the cities under the
    centre)."""
    if not issuer.org.startswith(("Sở ", "Ban Chỉ đạo ")):
        return
    words = issuer.org.split()
    tails = [
        words[-size:]
        # (the longest first; "Bà Rịa - Vũng Tàu" with its dash)
        for size in (5, 3, 2)
        if len(words) - size >= 2
        and all(
            w[:1].isupper() or (w == "-" and 0 < i < size - 1) for i, w in enumerate(words[-size:])
        )
        and (size != 5 or words[-3] == "-")
    ]
    if len(words) >= 4 and words[-1][:1].isupper() and fold(words[-1]) in places.provinces():
        tails.append(words[-1:])  # a city of one word: "Sở Văn hóa và Thể thao Huế"
    known = places.spelling([fold(" ".join(tail)) for tail in tails]) if tails else {}
    for tail in tails:
        place = " ".join(tail)
        spelt = known.get(fold(place))
        if not spelt or fold(spelt) != fold(place):
            continue
        issuer.org = " ".join(words[: -len(tail)])
        issuer.unit = _bare_unit(fold(place), places.central_cities(year))
        issuer.name = place
        at = text.find(place, issuer.start, issuer.end)
        issuer.name_start = at if at >= 0 else None
        return


_MINISTRY_UNIT_RE = re.compile(rf"\b(?:Cục|Vụ)(?:\s+[{UPPER_LETTERS}{LOWER_LETTERS}]+){{1,6}}")


def _unit_of_symbol(issuer: _Issuer, text: str, number: str) -> None:
    """A ministry's department writing under the ministry's name: its symbol opens with the
    department's initials ("344/CNV-VP", the Cục Ngoại vụ the text names: "Cục Ngoại vụ -
    Bộ Ngoại giao xin trân trọng …")."""
    parts = re.split(r"[-/]", number)
    if len(parts) < 3 or type_code(number) is not None:
        return
    code = fold(parts[1])
    for match in _MINISTRY_UNIT_RE.finditer(text):
        words = match.group(0).split()
        for size in range(len(words), 1, -1):
            if fold("".join(w[0] for w in words[:size])) == code:
                issuer.org = " ".join(words[:size])
                issuer.start, issuer.end = match.start(), match.start() + len(issuer.org)
                return


# A legal library's card above the text: "Số hiệu: 1234/UBND-VX", "Ngày ban hành: 05/03/2021"
# (on lines, or in the cells of a table: "Số hiệu | 1234/UBND-VX |").
# (a portal's card: "Số ký hiệu: …", "Số hiệu văn bản: …", "Số/Ký hiệu | …", "Ký hiệu: …";
# "Ngày ký: …", "Ngày văn bản: …")
_CARD_NUMBER_RE = re.compile(
    r"(?m)^[ \t|]*(?:Số\s+(?:ký\s+)?hiệu(?:\s+văn\s+bản)?|Số\s*/\s*[Kk]ý\s+hiệu|Ký\s+hiệu)\s*[:|]\s*("
    + _NUMBER
    + r")"
)
_CARD_DATE_RE = re.compile(
    r"\bNgày\s+(?:ban\s+hành|ký|văn\s+bản)\s*[:|]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*((?:19|20)\d{2})"
)
# (the day of signing on a line of its own, "Ngày ký: 26/02/2018", and a document's heading
# on a line of its own after it)
_CARD_SIGNED_LINE_RE = re.compile(
    r"(?m)^[ \t|]*Ngày\s+(?:ký|ban\s+hành)\s*[:|]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*"
    r"((?:19|20)\d{2})[ \t|]*$"
)
_CARD_DOCUMENT_HEADING_RE = re.compile(
    r"(?m)^[ \t]*(?:HƯỚNG\s+DẪN|KẾ\s+HOẠCH|BÁO\s+CÁO|CHƯƠNG\s+TRÌNH|CHỈ\s+THỊ|KẾT\s+LUẬN"
    r"|THÔNG\s+BÁO|QUYẾT\s+ĐỊNH)[ \t]*$"
)
CARD_LINE_LIMIT = 400  # characters: the card's place above the text, the heading's after it
_CARD_KIND_RE = re.compile(r"(?m)^[ \t|]*Loại\s+văn\s+bản\s*[:|]\s*(\w+(?:[ \t]+\w+)?)")
# A card's subject: "Trích yếu: V/v tuyên truyền …", "Trích yếu nội dung | Kế hoạch …".
_CARD_SUBJECT_RE = re.compile(
    r"(?m)^[ \t|]*Trích\s+yếu(?:\s+nội\s+dung)?\s*[:|]\s*(?:V/[vV]\s*:?\s*)?([^\n|]{8,300}?)[ \t|]*$"
)
# A province's paper and broadcaster, named by its place: "Báo Hà Nam", "Đài Phát thanh và
# Truyền hình Hà Nam".
_MEDIA_PLACE_RE = re.compile(
    r"\b(?:Báo|Đài\s+Phát\s+thanh\s*(?:và|-|,)?\s*Truyền\s+hình|Đài\s+PT\s*-?\s*TH)\s+("
    + PROPER_NAME
    + r")"
)


def _place_of_media(issuer: _Issuer, text: str, places: Places, year: int | None) -> None:
    """A department that names no place, writing to its province's paper and broadcaster
    ("Sở … đề nghị Báo Hà Nam, Đài Phát thanh và Truyền hình Hà Nam …"): that province, when
    the text names one place so."""
    media = list(_MEDIA_PLACE_RE.finditer(text))
    known = places.spelling({fold(match.group(1)) for match in media}) if media else {}
    named = {}
    for match in media:
        spelt = known.get(fold(match.group(1)))
        if spelt and fold(spelt) == fold(match.group(1)):
            named.setdefault(spelt, match.start(1))
    if len(named) != 1:
        return
    ((name, start),) = named.items()
    issuer.unit = _bare_unit(fold(name), places.central_cities(year))
    issuer.name, issuer.name_start = name, start
    issuer.confidence -= 0.1


def _subject_body(text: str, limit: int) -> _Issuer | None:
    """The body that the headline or one of the first lines opens with, doing what a
    body that writes, holds or reviews does ("Ban Đối ngoại Trung ương tổng kết công tác
    năm 2022 …", "Ngày 14/10, UBND tỉnh ban hành Quyết định số …", "Ban Tuyên giáo Huyện
    ủy … vừa triển khai kế hoạch …"): the item's subject is its issuer, when no form
    above named one."""
    position, seen = 0, 0
    while position < limit and seen < SUBJECT_LINES:
        end = text.find("\n", position)
        end = limit if end < 0 or end > limit else end
        if text[position:end].strip():
            seen += 1
            starts = [position]
            if _IMPLEMENTING_RE.match(text, position, end) or _AT_MEETING_RE.match(
                text, position, end
            ):
                # "Thực hiện Công văn số … của …, vừa qua, UBND tỉnh đã có công văn …": the
                # subject after the document it carries out.
                stop = min(end, position + 400)
                starts += [position + m.end() for m in re.finditer(r",\s*", text[position:stop])]
                # "Thực hiện Kế hoạch số … trên địa bàn tỉnh …. Sở … đã xây dựng …": the
                # subject opening the next sentence.
                full_stop = text.find(". ", position, end)
                if full_stop > 0:
                    starts.append(full_stop + 2)
            for start in starts:
                opening = _SUBJECT_OPENING_RE.match(text, start, end)
                at = opening.end() if opening else start
                match = _ISSUER_RE.match(text, at, end)
                if (
                    match
                    and _SUBJECT_ACTS_RE.match(text, match.end(), end)
                    and not _issues_disseminated(text, match.end(), end)
                ):
                    return _issuer_of(match, 0.5)
                place = _PLACE_SUBJECT_RE.match(text, at, end)
                held = _PLACE_HOLDER_RE.match(text, at, end)
                if held and _EVENT_RE.match(text, held.end(), end):
                    place = held  # "tỉnh Quảng Ninh (Việt Nam) phối hợp với … tổ chức hội nghị"
                if place:
                    # "Thành phố Cam Ranh vừa ban hành Kế hoạch …": its people's committee.
                    return _Issuer(
                        org="Ủy ban nhân dân",
                        unit=squash(place.group("unit")).lower(),
                        name=place.group("name"),
                        start=place.start(),
                        end=place.end("name"),
                        name_start=place.start("name"),
                        confidence=0.5,
                    )
        position = end + 1
    return None


# A body issuing a numbered document: "Bộ Chính trị đã ban hành Kết luận số 57-KL/TW …".
_ISSUES_NUMBERED_RE = re.compile(
    r"\s*(?:(?:vừa|đã|mới)\s+)?ban\s+hành\s+(?:"
    + _PLAN_KINDS
    + "|"
    + _OTHER_KINDS
    + r"|nghị\s+quyết|kết\s+luận|quy\s+định)\s+(?:số\s*:?\s*)?("
    + _NUMBER
    + ")",
    _I,
)


def _issues_disseminated(text: str, position: int, end: int) -> bool:
    """Whether the body ending at ``position`` issues a document that the text tells a
    meeting disseminates ("Ngày …, Bộ Chính trị ban hành Kết luận số 57-KL/TW …. Hội nghị
    đã quán triệt, triển khai Kết luận số 57-KL/TW"): the document's author, background to
    the meeting, not the item's subject."""
    issued = _ISSUES_NUMBERED_RE.match(text, position, end)
    if issued is None:
        return False
    number = re.escape(_compact_number(issued.group(1)))
    return bool(
        re.search(rf"\bquán\s+triệt\b[^.;\n]{{0,80}}?\bsố\s*:?\s*{number}(?![\w/-])", text, _I)
    )


FIRST_BODY_LIMIT = 1500  # characters: the item's headline and lede
# What a body holding an event or leading joint work does, besides what a subject does
# (:data:`_SUBJECT_ACTS_RE`): "… chủ trì hội nghị", "… sẽ cùng …", "… phối hợp với …".
_HOLDER_ACTS_RE = re.compile(
    r"\s*(?:\([^)\n]{1,40}\)\s*)?,?\s*(?:(?:vừa|đã|mới|sẽ)\s+)*(?:chủ\s+trì|cùng|phối\s+hợp)\b",
    _I,
)
# A body named as another's ("Kết luận … của Bộ Chính trị", "do Sở … tổ chức", "với Ban …"):
# not the one acting.
_NOT_SUBJECT_BEFORE_RE = re.compile(r"\b(?:của|do|với|cho|về|và|tại)\s+$", _I)
# A meeting's guests listed before the body: "… tham dự có …", "Dự hội nghị có …".
_GUESTS_BEFORE_RE = re.compile(
    r"\b(?:tham\s+)?dự(?:\s+(?:hội\s+nghị|hội\s+thảo|t[oọ]a\s+đàm|buổi\s+lễ|lễ))?\s+có\b", _I
)


def _first_named_body(text: str, limit: int) -> _Issuer | None:
    """The first body of the item's headline or lede that acts ("Ngày 7/1, tại Hà Nội, Ủy
    ban Nhà nước … (Bộ Ngoại giao) đã tổ chức …", "Đồng chí …, Phó trưởng ban Thường trực
    Ban Đối ngoại Trung ương chủ trì hội nghị", "Liên hiệp … sẽ cùng … thực hiện …"), in
    whatever place of its sentence: when no form reads an issuer, the body an item opens
    with doing something is most often the one it is about. The weakest reading."""
    stop = min(limit, FIRST_BODY_LIMIT)
    for match in _ISSUER_RE.finditer(text, 0, stop):
        if _NOT_SUBJECT_BEFORE_RE.search(text, max(0, match.start() - 8), match.start()):
            continue
        if _GUESTS_BEFORE_RE.search(text, _sentence_bounds(text, match.start())[0], match.start()):
            continue  # a guest ("Tại điểm cầu …, tham dự có bà …, Trưởng Ban … cùng …")
        if _issues_disseminated(text, match.end(), min(len(text), match.end() + 200)):
            continue  # the author of the document a meeting disseminates
        after = text[match.end() : match.end() + 80]
        if _SUBJECT_ACTS_RE.match(after) or _HOLDER_ACTS_RE.match(after):
            return _issuer_of(match, 0.35)
    return None


# A speech at a meeting that looks back on a year, its speaker's title and body opening it:
# "Phát biểu tại cuộc gặp, Bộ trưởng Bộ Ngoại giao … điểm lại … trong năm 2022".
_REVIEWING_SPEAKER_RE = re.compile(
    r"(?:^|(?<=[.\n]))[ \t]*Phát\s+biểu\s+(?:tại|khai\s+mạc)\b[^,.\n]{0,80},\s*"
    r"(?:(?:ông|bà|đồng\s+chí)\s+)?(?:Phó\s+)?(?:Bộ\s+trưởng|Thứ\s+trưởng|Chủ\s+tịch|Giám\s+đốc"
    r"|Trưởng\s+ban|Chủ\s+nhiệm|Tổng\s+Biên\s+tập)\s+(?=[A-ZĐỦ])",
)
SPEAKER_LIMIT = 1500  # characters: the item's headline and lede
# A person's name of two to four capitalised words after a lower-case word, before a
# lower-case verb: " Bùi Thanh Sơn điểm lại".
_SPEAKERS_NAME_RE = re.compile(
    rf"(?<=[{LOWER_LETTERS}])\s+(?-i:[{UPPER_LETTERS}]\w*(?:\s+[{UPPER_LETTERS}]\w*){{1,3}})"
    rf"(?=\s*,?\s+[{LOWER_LETTERS}])"
)


def _reviewing_speaker(text: str, limit: int) -> _Issuer | None:
    """The body of the speaker whose speech at a meeting looks back on a year (the review
    form of :data:`_REVIEW_RE`): the meeting's holder, when no form named one."""
    for match in _REVIEWING_SPEAKER_RE.finditer(text, 0, min(limit, SPEAKER_LIMIT)):
        sentence_end = _sentence_bounds(text, match.start())[1]
        if not _REVIEW_RE.match(text, match.start(), sentence_end):
            continue
        # (the body's name ends before its head's name, the capitalised words before the
        # verb: "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn điểm lại …")
        person = _SPEAKERS_NAME_RE.search(text, match.end(), sentence_end)
        body = person and _ISSUER_RE.match(text, match.end(), person.start())
        if body and body.end() == person.start():
            return _issuer_of(body, 0.45)
    return None


# "Theo Sở …, năm 2024 …", "Theo báo cáo của UBND tỉnh …, …", "Theo thông tin từ …, …": at
# the opening of a sentence, the body whose account the item gives.
_ACCORDING_RE = re.compile(
    r"(?:^|(?<=[.!?]\s))[ \t]*" + _CREDIT + r"Theo\s+"
    r"(?:(?:báo\s+cáo|thông\s+tin|đánh\s+giá|số\s+liệu)\s+(?:của|từ)\s+)?",
    re.M,
)
ACCORDING_LIMIT = 1500  # characters: the item's headline and lede


def _according_body(text: str, limit: int) -> _Issuer | None:
    """The body an item names as the source of its account at the opening of a sentence of
    its lede ("Theo Sở Ngoại vụ tỉnh …, năm 2024 công tác … đạt …"): the account is that
    body's, when nothing in the item names an issuer in a stronger form."""
    for opening in _ACCORDING_RE.finditer(text, 0, min(limit, ACCORDING_LIMIT)):
        body = _ISSUER_RE.match(text, opening.end(), min(len(text), opening.end() + 160))
        if body and re.match(r"\s*(?:\([^)\n]{1,20}\)\s*)?,", text[body.end() : body.end() + 30]):
            return _issuer_of(body, 0.45)
    return None


_UNDER_PROVINCE_COMMITTEE_RE = re.compile(
    r"\b(?:đảng\s+bộ|đảng\s+ủy|tổ\s+chức\s+đảng)\s+trực\s+thuộc\s+tỉnh\s+(?:ủy|uỷ)", _I
)


# The writer's own province named by its unit word alone: "tỉnh ta", "tỉnh nhà" (a paper's
# or a portal's "our province"), "công tác đối ngoại của tỉnh", "trên địa bàn tỉnh" (no name
# after it, nor the committee "tỉnh ủy").
# (also its departments asked, "các sở, ban ngành … của TP", "các sở … của thành phố": only a
# province or a city under the centre has departments)
_OWN_PROVINCE_RE = re.compile(
    r"\btỉnh\s+(?:ta|nhà)\b|\b(?:của|trên\s+địa\s+bàn)\s+(?-i:tỉnh)(?!\s*(?:[ủỷ]y|uỷ)\b)"
    rf"(?!\s+(?-i:[{UPPER_LETTERS}\d]))"
    r"|\bcác\s+sở\b[^.;\n]{0,60}?\bcủa\s+(?-i:TP|tỉnh|thành\s+phố)\b"
    rf"(?!\.?\s*(?-i:[{UPPER_LETTERS}\d]))",
    _I,
)
# A conference told with no holder, national by its name ("Hội nghị Ngoại vụ toàn quốc lần
# thứ 21", "Hội nghị toàn quốc …") or by the national leader who chairs, attends or speaks at
# it in the same sentence ("Thủ tướng Chính phủ … dự và chỉ đạo Hội nghị tổng kết …", "Tại
# Hội nghị tổng kết …, Thường trực Ban Bí thư … nhấn mạnh").
_NATIONAL_LEADER = (
    r"(?:Phó\s+)?Thủ\s+tướng|Tổng\s+Bí\s+thư|Thường\s+trực\s+Ban\s+Bí\s+thư|Chủ\s+tịch\s+nước"
    r"|Chủ\s+tịch\s+Quốc\s+hội"
)
# A central document's addressees, the ministries and the Government's agencies ("Nghị quyết
# giao các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, UBND các tỉnh, thành phố trực thuộc
# Trung ương …"): a text naming no body nor place that tells such a document is national.
_NATIONAL_ADDRESSEES_RE = re.compile(
    r"\bcác\s+bộ\s*,\s*cơ\s+quan\s+ngang\s+bộ\s*,\s*cơ\s+quan\s+thuộc\s+Chính\s+phủ\b", _I
)
_NATIONAL_MEETING_RE = re.compile(
    r"\bHội\s+nghị\b[^.;\n]{0,80}?\btoàn\s+quốc\b"
    rf"|\b(?-i:{_NATIONAL_LEADER})\b[^.;\n]{{0,120}}?\b(?:dự|chủ\s+trì|chỉ\s+đạo|phát\s+biểu)\b"
    r"[^.;\n]{0,60}?\bHội\s+nghị\b"
    rf"|\bTại\s+Hội\s+nghị\b[^.;\n]{{0,160}}?,\s*(?-i:{_NATIONAL_LEADER})\b"
    # (an online conference followed at a province's bridge point, no holder written: "Tại
    # điểm cầu Bình Định, tham dự có …")
    rf"|\btại\s+điểm\s+cầu\s+(?-i:[{UPPER_LETTERS}])",
    _I,
)


def _place_without_issuer(text: str, meta: Metadata, places: Places | None = None) -> None:
    """A text that names no issuing body (a summary of results on a portal) is still
    about a place: the one named most often after a unit word ("tỉnh Bình Thuận"); a
    province's own city ("thành phố Bắc Kạn") at a district's level. Naming none, it is
    still a province's when it speaks of its province as its own ("tỉnh ta", "công tác đối
    ngoại của tỉnh"), and a national conference's when it tells one with no holder."""
    counts: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], int] = {}
    for match in _UNIT_NAME_RE.finditer(text):
        if not _single_place(text, match):
            continue
        key = (squash(match.group(1)).lower(), squash(match.group(2)))
        counts[key] += 1
        first.setdefault(key, match.start(2))
    if not counts:
        # Its addressees a province's, party organisations directly under the province's
        # committee ("… các sở, ban, ngành, đảng bộ trực thuộc tỉnh ủy, …"): a province's
        # text, its place unnamed.
        under = _UNDER_PROVINCE_COMMITTEE_RE.search(text) or _OWN_PROVINCE_RE.search(
            text, 0, meta.body_end or len(text)
        )
        if under:
            meta.level = Located("province", under.start(), under.end(), 0.35)
        elif national := (
            _NATIONAL_MEETING_RE.search(text, 0, meta.body_end or len(text))
            or _NATIONAL_ADDRESSEES_RE.search(text, 0, meta.body_end or len(text))
        ):
            meta.level = Located("national", national.start(), national.end(), 0.35)
        return
    (unit, name), _count = counts.most_common(1)[0]
    start = first[(unit, name)]
    meta.locality = Located(name, start, start + len(name), 0.4)
    level = UNIT_LEVEL.get(unit)
    if level and unit == "thành phố" and places:
        # a province's own city ("Thành phố Bắc Kạn nghe báo cáo …"), as a body's place is read
        cities = places.central_cities(meta.places_year)
        if _provinces_city(fold(name), cities):
            level = "district"
    if level:
        meta.level = Located(level, start, start + len(name), 0.4)


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
# motto beside it is "ĐẢNG CỘNG SẢN VIỆT NAM").
_PARTY_HEADER_RE = re.compile(
    rf"(?m)^[ \t]*(?:ĐẢNG[ \t]+BỘ[ \t]+(?:TỈNH|THÀNH[ \t]+PHỐ|HUYỆN|QUẬN|THỊ[ \t]+XÃ)[ \t]+"
    rf"(?P<name>{_UP}+(?:[ \t]+{_UP}+){{0,4}})[ \t]*\n[ \t]*)?"
    # (the board and its committee on one line: "ĐẢNG BỘ TỈNH X / BAN TUYÊN GIÁO TỈNH ỦY")
    r"(?:BAN[ \t]+(?P<board>TUYÊN[ \t]+GIÁO(?:[ \t]+VÀ[ \t]+DÂN[ \t]+VẬN)?|DÂN[ \t]+VẬN"
    r"|TỔ[ \t]+CHỨC|ĐỐI[ \t]+NGOẠI|KINH[ \t]+TẾ|NỘI[ \t]+CHÍNH)[ \t]+)?"
    r"(?P<committee>TỈNH|THÀNH|HUYỆN|QUẬN|THỊ)[ \t]+(?:[ỦỶ]Y|UỶ)"
    rf"(?:[ \t]+(?P<name2>{_UP}+(?:[ \t]+{_UP}+){{0,4}}))?[ \t]*$"
)
_MOTTO_RE = re.compile(
    r"CỘNG\s+H[ÒO]A\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*-\s*Tự\s+do\s*-\s*Hạnh\s+phúc"
    r"|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM"
    r"|[|]"
)


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
        group = "name" if party.group("name") else "name2"
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
            unit="",
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
    front = _FRONT_HEADER_RE.search(head)
    if front:
        # "ỦY BAN MTTQ VIỆT NAM / TỈNH KHÁNH HÒA / BAN THƯỜNG TRỰC": the Front's committee
        # (its standing board writes for it).
        return _header_body(front, "Ủy ban Mặt trận Tổ quốc Việt Nam")
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
    org = re.sub(r"^BCH (?=BĐBP|Bộ đội)", "Bộ Chỉ huy ", org)
    org = re.sub(r"\bBĐBP$", "Bộ đội Biên phòng", org)
    org = re.sub(r"^BTG\b", "Ban Tuyên giáo", org)
    org = re.sub(r"^BTGTU$", "Ban Tuyên giáo Tỉnh ủy", org)
    org = re.sub(r"^(Ban Thường trực )?UBMTTQ(?:\s*VN| Việt Nam)?$", r"\1Ủy ban MTTQ", org)
    # The friendship union in full; its standing board writes for it.
    org = re.sub(r"^Ban Thường vụ (?=Liên hiệp|LHHN)", "", org)
    org = re.sub(
        r"^(?:LHHN|Liên hiệp hữu nghị)$|^Liên hiệp Các tổ chức hữu nghị",
        "Liên hiệp các tổ chức hữu nghị",
        org,
    )
    org = re.sub(r"^Văn phòng UBND\b", "Văn phòng Ủy ban nhân dân", org)
    org = re.sub(r"^Văn phòng HĐND\b", "Văn phòng Hội đồng nhân dân", org)
    org = re.sub(r"\bTTĐN\b", "thông tin đối ngoại", org)
    # The Front's committee in full; its standing board writes for it.
    org = re.sub(r"^Ban Thường trực (?=[ỦU][yỷ] ban)", "", org)
    org = re.sub(
        r"^[ỦU][yỷ] ban (Trung ương )?(?:Mặt trận Tổ quốc|MTTQ)(?:\s*VN| Việt Nam)?$",
        lambda m: "Ủy ban " + (m.group(1) or "") + "Mặt trận Tổ quốc Việt Nam",
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
    org = re.sub(r"\b(Tỉnh|Huyện|Thành|Thị|Quận) (?:[ỷỦỶ]y|uỷ)$", r"\1 ủy", org)
    org = re.sub(r"^UBND\b", "Ủy ban nhân dân", org)
    org = re.sub(r"^[ỦU][yỷ] [Bb]an [Nn]hân [Dd]ân$", "Ủy ban nhân dân", org)
    org = re.sub(r"^HĐND\b", "Hội đồng nhân dân", org)
    org = re.sub(r"^Ban chỉ đạo", "Ban Chỉ đạo", org)
    return re.sub(r"^Ban Chỉ đạo Công tác\b", "Ban Chỉ đạo công tác", org)


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


def _in_a_sentence(text: str, match: re.Match) -> bool:
    """Whether a name stands in the item's headline or in a line of its prose, not in a
    portal's list of other headlines or teasers ("Sức sống nghệ thuật đường phố Hải
    Phòng", "… nở rộ,…")."""
    start = text.rfind("\n", 0, match.start()) + 1
    if not text[:start].strip():
        return True  # the item's headline
    end = text.find("\n", match.end())
    line = text[start : len(text) if end < 0 else end]
    return bool(_SENTENCE_LINE_END_RE.search(line)) and not line.rstrip().endswith("…")


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
    for match in re.finditer(PROPER_NAME, text):
        if _TRANSLITERATED_RE.match(text, match.end()) or not _in_a_sentence(text, match):
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


_REVIEWED_PERIOD_RE = re.compile(
    r"(?:\b(?:sơ|tổng)\s+kết|(?:^|(?<=[.\n]))\s*qua\s+\d{1,2}\s+năm\s+(?:thực\s+hiện|triển\s+khai))\b(?:(?!\s*,?\s*(?:và\s+)?triển\s+khai)[^.;\n]){0,200}?"
    # (a range after "giai đoạn", "nhiệm kỳ", or alone: "tổng kết … 2021–2025")
    r"(?:(?:(?:giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ)\s+|(?<![\d/.\-–(])(?<!\( ))((?:19|20)\d{2})\s*[-–—]\s*"
    r"((?:19|20)\d{2})(?![\d/\-–])|\bnăm\s+((?:19|20)\d{2})\b)",
    _I,
)


_NAMED_YEAR_RE = re.compile(r"[“\"][^”\"\n]{3,120}?\b((?:19|20)\d{2})\s*[”\"]")


# A law, convention or constitution named with its year: "Công ước Liên hợp quốc về Luật
# Biển năm 1982", "Hiến pháp năm 2013", "Luật Biên phòng Việt Nam năm 2020".
_LAW_NAMED_BEFORE_RE = re.compile(
    r"(?-i:\b(?:Luật|Bộ\s+luật|Công\s+ước|Hiến\s+pháp|Hiệp\s+định|Hiệp\s+ước|Nghị\s+định\s+thư))"
    r"(?:\s+[^\s,.;:“”\"]+){0,6}\s*$"
)

# A contest named with its year: "Cuộc thi: Tìm hiểu … năm 2022", "Hội thi … năm 2023" (the
# contest's edition, not a year's work).
_CONTEST_NAMED_BEFORE_RE = re.compile(r"(?-i:\b(?:Cuộc|Hội)\s+thi)\b[^.;\n]{0,160}$")

# A guidance's title as a line of its own near the top of a page: "Hướng dẫn công tác tuyên
# truyền biển đảo năm 2019".
# (a full stop may close it: "Hướng dẫn tuyên truyền … năm 2020.")
_GUIDANCE_HEADLINE_RE = re.compile(r"(?m)^[ \t]*(Hướng\s+dẫn\s+[^\n.]{5,200}?)[ \t]*\.?[ \t]*$")


def _fallback_period(text: str, meta: Metadata) -> None:
    """Without a period in the title: a plan or a news item is about the year it names
    most; a guidance letter guides the plans of the year after it was written; a
    circular, a decision or another letter has no period of its own."""
    if meta.period.value is not None:
        return
    if meta.doc_type.value == "other":
        issued = meta.issued_date.value
        if issued and _LETTER_RE.search(text):
            following = int(issued[:4]) + 1
            if re.search(rf"\bnăm\s+{following}\b", text, _I):
                meta.period = Located([following, following], None, None, 0.5)
        elif meta.own_voice:
            # A body's own guidance or request: the year its sentence names ("hướng dẫn
            # công tác … năm 2021 … như sau:"), or else its headline.
            start, end = meta.own_voice
            first_line = text.lstrip()[:300].split("\n", 1)[0]
            for zone in (text[start:end], first_line):
                year = _PERIOD_RE.search(zone)
                if year and year.group(3):
                    value = int(year.group(3))
                    meta.period = Located([value, value], None, None, 0.5)
                    break
            else:
                # (a letter relayed on a site under the guidance's title: "Hướng dẫn tuyên
                # truyền … năm 2020." above "Thực hiện …, Sở … đề nghị …")
                headline = _GUIDANCE_HEADLINE_RE.search(text, 0, min(len(text), 600))
                if headline and (years := _subject_period(headline.group(1))):
                    meta.period = Located(list(years), headline.start(1), headline.end(1), 0.45)
        elif (
            guidance := _GUIDANCE_HEADING_RE.search(text, 0, min(len(text), 2500))
            or (
                meta.plan_number.confidence >= 0.9
                and _SUBJECT_HEADING_RE.search(text, 0, min(len(text), 2500))
            )
        ) and (years := _subject_period(guidance.group(1))):
            # A guidance is for the year its subject names ("HƯỚNG DẪN / Công tác … năm
            # 2020", "… Năm hữu nghị Việt Nam - Campuchia 2017"), or the years ("… giai
            # đoạn 2025 - 2030").
            meta.period = Located(list(years), guidance.start(1), guidance.end(1), 0.55)
        elif (bracketed := _BRACKETED_DOCUMENT_RE.search(text, 0, min(len(text), 3000))) and (
            year := re.search(r"\bnăm\s+((?:19|20)\d{2})\b", bracketed.group(0), _I)
        ):
            # What a body issues told by its subject, its number in brackets: the year its
            # subject names ("ban hành hướng dẫn … biển, đảo năm 2022 (Hướng dẫn số …)").
            value = int(year.group(1))
            meta.period = Located([value, value], None, None, 0.5)
        elif meta.other_document and meta.announcement:
            # News of a letter: the year its subject names ("… về việc “Triển khai các
            # nhiệm vụ … năm 2019”"), as a letter's "V/v" line gives it.
            start, end = meta.announcement
            subject = re.search(r"\bvề(?:\s+việc)?\b([^\n]{0,250})", text[start:end], _I)
            if subject is None:
                # … or what it asks, after its number: "… có Công văn số … đề nghị các sở
                # triển khai công tác … năm 2024".
                subject = _LETTER_ASKS_RE.search(text[start:end]) or _LETTER_SUBJECT_RE.search(
                    text[start:end]
                )
                subject = subject and re.match(r"([^\n]{0,250})", text[start:end][subject.end() :])
            year = subject and _PERIOD_RE.search(subject.group(1))
            until = year and re.search(
                r"\b(?:đến|tới)\s+$", subject.group(1)[max(0, year.start() - 8) : year.start()], _I
            )
            law = year and (
                _LAW_NAMED_BEFORE_RE.search(subject.group(1)[: year.start()])
                # (the contest named before the subject read: "… Cuộc thi: Tìm hiểu về …")
                # (``subject`` may be matched on a later slice of the sentence: found again)
                or _CONTEST_NAMED_BEFORE_RE.search(
                    text, start, text.find(subject.group(1), start, end) + year.start()
                )
            )
            if until:
                pass  # "đến năm 2030": the end of what it carries out, not its year
            elif law:
                pass  # "… Luật Biển năm 1982", "Hiến pháp năm 2013": the law's (or contest's) name
            elif (
                year
                and not subject.group(1)[: year.start()].rstrip().endswith("(")
                and (years := _period_of(subject.group(1)[year.start() : year.end() + 30]))
            ):
                # "… năm 2025", a range ("… giai đoạn 2025 - 2030"), an open end ("… năm
                # 2025 và những năm tiếp theo")
                meta.period = Located(list(years), None, None, 0.5)
            elif subject and issued and _NEXT_YEAR_RE.search(subject.group(1)):
                # "… về việc xây dựng kế hoạch … năm tới": the year after the letter's
                value = int(issued[:4]) + 1
                meta.period = Located([value, value], None, None, 0.5)
            elif subject:
                # … or the year that closes the name of the event or year it is about:
                # "về việc tuyên truyền “Năm Đoàn kết hữu nghị Việt Nam - Lào 2022”".
                # (or ends it without "năm": "… công tác thông tin đối ngoại 2025.")
                named = _NAMED_YEAR_RE.search(subject.group(1)) or _BARE_YEAR_END_RE.search(
                    subject.group(1)
                )
                if named:
                    value = int(named.group(1))
                    meta.period = Located([value, value], None, None, 0.5)
        elif (headline := _GUIDANCE_HEADLINE_RE.search(text, 0, min(len(text), 600))) and (
            years := _subject_period(headline.group(1))
        ):
            # A guidance summarised on a site, its year only in its title line ("Hướng dẫn
            # công tác tuyên truyền biển đảo năm 2019"): the year it guides.
            meta.period = Located(list(years), headline.start(1), headline.end(1), 0.45)
        return
    # The years named "năm …" that name a period (see _years_named), read once.
    named_years = _years_named(text)
    if meta.doc_type.value == "report":
        # A review is about the year (or part of it) whose work it reviews: "tổng kết
        # Chương trình … giai đoạn 2012 - 2020, triển khai …" (before the next period's).
        named = _REVIEWED_PERIOD_RE.search(text) or _PERIOD_DONE_RE.search(text)
        if named:
            years = [int(y) for y in named.groups() if y]
            meta.period = Located([years[0], years[-1]], named.start(), named.end(), 0.55)
            return
        review = _REVIEW_RE.search(text)
        year = review and re.search(r"(?:19|20)\d{2}", review.group(0))
        if year:
            value = int(year.group(0))
            meta.period = Located([value, value], None, None, 0.5)
            return
        # The years a review names for the coming work ("triển khai nhiệm vụ … năm 2020",
        # "phương hướng … năm 2025") are not the one it reviews: the most named of the
        # others, when there are others.
        reviewed = Counter(
            year for year, before in named_years if not _COMING_YEAR_BEFORE_RE.search(before)
        )
        if reviewed and len(reviewed) < len({year for year, _before in named_years}):
            value = reviewed.most_common(1)[0][0]
            meta.period = Located([value, value], None, None, 0.45)
            return
    # (A year that ends a full date, "ngày 24 tháng 8 năm 2022", dates a document; it does
    # not name the period: see _years_named.)
    years = Counter(year for year, _before in named_years)
    # (not the horizon of a strategy named, "… đến năm 2030, tầm nhìn đến năm 2045", when
    # the item names those years nowhere else)
    horizon = Counter(int(y) for m in _HORIZON_RE.finditer(text) for y in m.groups())
    years = Counter({y: n for y, n in years.items() if n > horizon[y]})
    if years:
        year = years.most_common(1)[0][0]
        first = year
        issued = meta.issued_date.value
        written = [
            text[max(0, m.start() - 30) : m.start()]
            for m in re.finditer(rf"\bnăm\s+{year}\b", text, _I)
        ]
        if issued and all(re.search(r"\b(?:đến|tới)\s+$", w, _I) for w in written):
            # Only ever "đến năm 2030": the end of what runs from the year it was issued
            # (for a scheme issued in December, the next), as in a title.
            # (with no title, a scheme told as approved, "… phê duyệt Đề án “… đến năm
            # 2030”", starts the year after, as its title would give it: _until_start)
            title = meta.title.value or ""
            approved = not title and re.search(
                rf"\bphê\s+duyệt\s+(?:đề\s+án|chiến\s+lược)\b[^.\n]{{0,250}}?\b(?:đến|tới)\s+năm\s+{year}\b",
                text,
                _I,
            )
            first = min(year, int(issued[:4]) + 1 if approved else _until_start(title, issued))
        meta.period = Located([first, year], None, None, 0.5)
    elif meta.doc_type.value == "report" and _UNDATED_REVIEW_RE.search(text):
        # "… sơ kết công tác 6 tháng đầu năm, …" with no year written: the year of the
        # item's own date.
        posted = _posting_date(text)
        if posted:
            year = int(posted.group(3))
            meta.period = Located([year, year], posted.start(3), posted.end(3), 0.4)


# A strategy's span and horizon: "… đến năm 2030, tầm nhìn đến năm 2045".
_HORIZON_RE = re.compile(
    r"\b(?:đến|tới)\s+năm\s+((?:19|20)\d{2})\s*,?\s*(?:và\s+)?tầm\s+nhìn\s+(?:đến|tới)\s+năm\s+"
    r"((?:19|20)\d{2})\b",
    _I,
)
_COMING_YEAR_BEFORE_RE = re.compile(
    r"\b(?:phương\s+hướng|nhiệm\s+vụ|định\s+hướng)\b(?:(?!\bđã\b)[^.;\n]){0,50}$", _I
)


def _years_named(text: str) -> list[tuple[int, str]]:
    """The years named "năm …" that name a period, each with the 60 characters before it:
    not a full date's ("ngày 24 tháng 8 năm 2022"), nor a date left blank in a draft
    ("ngày    tháng    năm 2022"), nor a numbered document's ("Kế hoạch 157/KH-UBND năm
    2020 về …", a library's title: the year it was issued), nor one in a "Căn cứ …" basis."""
    return [
        (int(m.group(1)), text[max(0, m.start() - 60) : m.start()])
        for m in re.finditer(
            r"(?<!tháng\s\d\s)(?<!tháng\s\d\d\s)\bnăm\s+((?:19|20)\d{2})\b", text, _I
        )
        if not re.search(
            r"tháng\s+\d{1,2}\s*$|ngày\s+tháng\s*$", text[max(0, m.start() - 24) : m.start()], _I
        )
        and not re.search(_NUMBER + r"\s*$", text[max(0, m.start() - 40) : m.start()])
        and not _in_basis(text, m.start())
    ]


# A review of a year or part of it, the year not written: "sơ kết 6 tháng đầu năm",
# "tổng kết công tác năm".
# (also an account opening so: "Trong 6 tháng đầu năm, …", "Từ đầu năm đến nay, …")
_UNDATED_REVIEW_RE = re.compile(
    r"\b(?:sơ|tổng)\s+kết\b[^.;\n]{0,120}?\b(?:" + _MONTHS + r"\s+)?năm\b(?!\s+(?:19|20)\d{2})"
    r"|(?:^|(?<=[.\n]))[ \t]*(?:Trong\s+"
    + _MONTHS
    + r"\s+năm|Từ\s+đầu\s+năm\s+(?:đến|tới)\s+nay)\s*,",
    _I,
)


# The heading of a plan's first section, which never continues its title: "I. MỤC ĐÍCH,
# YÊU CẦU", "I- MỤC TIÊU", "1. Mục đích", "Phần I", "A. MỤC ĐÍCH" (a capital letter and a
# full stop before a capital word).
_SECTION_START_RE = re.compile(
    r"[ \t]*(?:[IVX]{1,4}\s*[.\-–)]|\d{1,2}\s*[.)]|Phần\s+(?:[IVX]{1,4}|\d{1,2})\b"
    rf"|PHẦN\s+(?:[IVX]{{1,4}}|\d{{1,2}})\b|(?:[A-E]|Đ)\.(?=\s*[{UPPER_LETTERS}]{{2}}))"
)


def _find_title_and_period(text: str, head: tuple[int, int], meta: Metadata) -> None:
    title = None
    decision = _decision_for_plan(text, DECISION_LIMIT)
    if decision:
        raw = decision.group("plan")
        raw = _restore_case(raw, meta) if is_upper_heading(raw) else squash(raw)
        title = Located(
            raw[:1].upper() + raw[1:], decision.start("plan"), decision.end("plan"), 0.8
        )
    # (the head zone stops at the heading: its title is on the lines below)
    programme = _PROGRAMME_TITLE_RE.search(text, head[0], min(len(text), head[1] + 400))
    if title is None and programme:
        # "CHƯƠNG TRÌNH / THÔNG TIN ĐỐI NGOẠI …", "ĐỀ ÁN / Quảng bá hình ảnh …"
        raw = programme.group(2)
        if is_upper_heading(raw):
            raw = _restore_case(raw, meta)
        elif raw[:1].isupper() and not raw[:2].isupper():
            raw = raw[0].lower() + raw[1:]
        word = squash(programme.group(1)).capitalize() + " "
        title = Located(word + raw, programme.start(2), programme.end(2), 0.8)
    block = re.search(_PLAN_HEADING, _zone(text, head))
    if block and title is None:
        word = "Kế hoạch hành động " if block.group(1) else "Kế hoạch "
        title = _title_under_heading(text, block.end(), word, meta, 0.9)
    report = None if block else _REPORT_HEADING_RE.search(_zone(text, head))
    if report and title is None:
        # A report's subject under its heading: "BÁO CÁO / Kết quả thực hiện công tác thông
        # tin đối ngoại năm 2023" -> "Báo cáo kết quả …" (its period is the year reported
        # on, read with the report's other forms, not the years its subject names).
        word = squash(report.group(0)).capitalize() + " "
        title = _title_under_heading(text, report.end(), word, meta, 0.85)
    subject = None if block or report else _letter_subject(text, head)
    letter = False  # the title is a letter's subject line
    if title is None and subject:
        # A letter's subject line is its title: "V/v hướng dẫn xây dựng Kế hoạch … năm 2020"
        # names the year it guides (not the periods of the documents it cites).
        title = subject
        letter = True
    card = title is None and _CARD_SUBJECT_RE.search(text, 0, min(len(text), PAGE_LIMIT))
    if card and _CARD_NUMBER_RE.search(text, 0, min(len(text), PAGE_LIMIT)):
        # A portal's card: its "Trích yếu" is the document's subject.
        raw = squash(card.group(1))
        title = Located(raw[:1].upper() + raw[1:], card.start(1), card.end(1), 0.8)
    if title is None and re.search(r"\bSố\s*:?\s*\d+\s*/\s*KH-", _zone(text, head)):
        title = _title_from_capitals(text, head, meta)
    if title is None:
        title = _title_from_prose(text, meta)
    if title is None:
        title = _title_from_headline(text)
    if title is not None:
        meta.title = title
        period = _period_of(title.value)
        until = _UNTIL_RE.search(title.value)
        issued = meta.issued_date.value
        if letter and period and until and period == (int(until.group(1)),) * 2:
            # A letter carrying out what runs "đến năm 2030": not its own period.
            period = None
        elif period and until and period == (int(until.group(1)),) * 2 and issued:
            # "Đề án … đến năm 2030" names only its end: it runs from the year it is issued
            # (a scheme approved in December from the next one; a plan from its year of
            # issue even when dated 31 December).
            first = _until_start(title.value, issued)
            if first <= period[1]:
                period = (first, period[1])
        elif period and until and period == (int(until.group(1)),) * 2:
            period = (None, period[1])  # an end and no year of issue: no start
        if period is None and issued and _NEXT_YEAR_RE.search(title.value):
            period = (int(issued[:4]) + 1,) * 2
        if period and _programme_years(title.value, period):
            # "Kế hoạch … triển khai thực hiện Nghị quyết số …/NQ-CP … ban hành Chương trình
            # hành động …, giai đoạn 2021-2026": the years of the programme the cited document
            # issues (or the scheme it approves), not the plan's.
            period = None
        if period and not report:
            meta.period = Located(list(period), title.start, title.end, title.confidence)


_PERIOD_LINE_RE = re.compile(
    r"^(?-i:Giai\s+đoạn|Năm|Nhiệm\s+kỳ|Đến\s+năm|Tầm\s+nhìn|Định\s+hướng)(?=\s+(?:\d|đến))"
)


def _title_under_heading(
    text: str, after: int, word: str, meta: Metadata, confidence: float
) -> Located | None:
    """The lines under a formal heading ("KẾ HOẠCH", "BÁO CÁO"), up to a blank line, a
    "Căn cứ", the salutation or the first section, after the heading's word: "Kế hoạch
    thông tin đối ngoại …"."""
    lines, pos = [], after
    for line in text[after:].split("\n")[1:6]:
        pos_line = text.find(line, pos)
        if not line.strip():
            if lines:
                break
            continue
        if re.match(r"\s*(?:Căn\s+cứ|[-–]{3,}|\(|Thực\s+hiện|Kính\b)", line):
            break
        if _SECTION_START_RE.match(line):
            break  # the first section: a PDF's text has no blank line before it
        lines.append((line, pos_line))
        pos = pos_line + len(line)
    if not lines:
        return None
    raw = " ".join(
        # (a title in sentence case over lines: a later line's period opens with the capital
        # of its line, not of a name: "… các tỉnh Savannakhet, Salavan / Giai đoạn 2020 – 2022")
        _PERIOD_LINE_RE.sub(lambda m: m.group(0).lower(), squash(line)) if index else squash(line)
        for index, (line, _p) in enumerate(lines)
    )
    start, end = lines[0][1], lines[-1][1] + len(lines[-1][0])
    if is_upper_heading(raw):
        raw = _restore_case(raw, meta)
    elif raw[:1].isupper() and not raw[:2].isupper():
        raw = raw[0].lower() + raw[1:]
    return Located(word + raw, start, end, confidence)


# A letter's subject under its number: "V/v triển khai …", "V/v: …", "Về việc …" (the
# long form on the line under the number, or after it on its line), its words running on
# over the next lines of the header's column ("V/v triển khai công tác thông tin / đối
# ngoại năm 2024").
_SUBJECT_START_RE = re.compile(
    r"(?m)^[ \t]*(?:Số\s*:?\s*\S+[ \t]+)?V/[vV]\s*:?\s+(?=\S)"
    r"|^[ \t]*Số\s*:?\s*\S+(?:[ \t]+|[^\n]*\n[ \t]*)Về\s+việc\s*:?\s+(?=\S)"
)
# What ends a subject's line: the other column of the header read on the same line, after
# a tab, a "|" or a wide gap ("… năm 2024   Quảng Trị, ngày 12 tháng 3 năm 2024"), or else
# after one space (a place and a date, the motto).
_PLACE_DATE = (
    rf"(?:[{UPPER_LETTERS}]\w*\.?\s*){{1,4}},\s*ngày\s+\d|CỘNG\s+H[ÒO]A\b|Độc\s+lập\s*[-–]"
)
_COLUMN_GAP_RE = re.compile(rf"\t|\s*\|\s*|[ ]{{2,}}(?={_PLACE_DATE})")
_SUBJECT_CUT_RE = re.compile(rf"\s+(?={_PLACE_DATE})")
# A line of the header or the letter that never continues its subject.
_SUBJECT_STOP_RE = re.compile(
    r"[ \t]*(?:Kính\b|Số\s*:|CỘNG\s+H[ÒO]A|Độc\s+lập|Căn\s+cứ|Thực\s+hiện|Triển\s+khai"
    r"|Nơi\s+nhận|[-–_*=]{2,}|[^\n,]{0,40},\s*ngày\s+\d)"
)
LETTER_SUBJECT_LINES = (
    3  # lines a letter's subject runs over in the header's narrow column, at most
)


def _letter_subject(text: str, head: tuple[int, int]) -> Located | None:
    start = _SUBJECT_START_RE.search(text, head[0], head[1])
    if start is None:
        return None
    pieces, pos = [], start.end()
    for n in range(LETTER_SUBJECT_LINES):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        cut = _COLUMN_GAP_RE.search(line) or _SUBJECT_CUT_RE.search(line)
        piece = line[: cut.start()] if cut else line
        if n and (
            not piece.strip()
            or _SUBJECT_STOP_RE.match(piece)
            or _SECTION_START_RE.match(piece)
            or is_upper_heading(piece)
            or re.search(r"[.;:]\s*$", pieces[-1][0])
        ):
            break
        if piece.strip():
            pieces.append((piece, pos + len(piece) - len(piece.lstrip())))
        if not piece.strip():
            break
        # (the rest of a line cut is the other column's: the subject may run on below)
        pos = end + 1
    raw = squash(" ".join(p for p, _s in pieces)).rstrip(" .;")
    if len(raw) < 8 or len(raw) > 300:
        return None
    first = pieces[0][1]
    last = pieces[-1][1] + len(pieces[-1][0].strip())
    return Located(raw[:1].upper() + raw[1:], first, last, 0.85)


_UNTIL_RE = re.compile(r"\b(?:đến|tới)\s+năm\s+((?:19|20)\d{2})\b", _I)
_SCHEME_RE = re.compile(r"\bđề\s+án\b", _I)
_APPROVED_SCHEME_RE = re.compile(
    r"\s*(?:(?:Quyết\s+định\s+(?:về\s+việc\s+)?)?phê\s+duyệt\s+)?(?:đề\s+án|chiến\s+lược)\b", _I
)


# A plan carrying out a document (its number, if any, left out of a title read from prose) that
# issues or approves a programme, a scheme, a plan or a strategy: "… (triển khai) thực hiện
# Nghị quyết số 169/NQ-CP … ban hành Chương trình hành động …", "… triển khai Quyết định số
# 930/QĐ-TTg … phê duyệt Đề án …".
_ISSUED_PROGRAMME_RE = re.compile(
    r"\b(?:thực\s+hiện|triển\s+khai)\s+(?:thực\s+hiện\s+)?(?:Nghị\s+quyết|Quyết\s+định|Chỉ\s+thị"
    r"|Kết\s+luận|Thông\s+tư|Nghị\s+định)\b(?:\s+(?:số\s*:?\s*)?" + _NUMBER + r")?[^.;\n]{0,200}?"
    r"\b(?:ban\s+hành|phê\s+duyệt)\s+(?:Chương\s+trình|Đề\s+án|Kế\s+hoạch|Chiến\s+lược)\b",
    _I,
)


def _programme_years(title: str, period: tuple) -> bool:
    """Whether the years ``period`` are read from a title only after the programme (or
    scheme) a document it carries out issues or approves, and so are that programme's."""
    cited = _ISSUED_PROGRAMME_RE.search(title)
    return (
        bool(cited)
        and _period_of(title[: cited.start()]) is None
        and (_period_of(title[cited.end() :]) == period)
    )


def _until_start(title: str, issued: str) -> int:
    """The first year of what runs "đến năm …" from its day of issue: that year; for a
    scheme approved ("(Phê duyệt) Đề án …": the title is the scheme itself) the next, as a
    scheme starts once approved (the corpus's convention read on 05/12/2026); for another
    title naming a scheme, the next when issued in December."""
    if _APPROVED_SCHEME_RE.match(title):
        return int(issued[:4]) + 1
    return int(issued[:4]) + (issued[5:7] == "12" and bool(_SCHEME_RE.search(title)))


_LINE_RE = re.compile(r"(?m)^[ \t]*([^\n|]{12,200}?)[ \t|]*$")


def _title_from_capitals(text: str, head: tuple[int, int], meta: Metadata) -> Located | None:
    """A plan whose word KẾ HOẠCH was lost (a scrape, a scan): the line in capitals
    under the header that names the period is its title."""
    for match in _LINE_RE.finditer(text, head[0], min(len(text), head[0] + HEAD_LIMIT)):
        line = match.group(1)
        if is_upper_heading(line) and _TITLE_END_RE.search(line) and not _MOTTO_RE.search(line):
            return Located(
                "Kế hoạch " + _restore_case(line, meta), match.start(1), match.end(1), 0.7
            )
    return None


# What keeps its capitals when a title written in capitals is set in sentence case (the
# forms of Decree 30 and of the Party's documents): a document's symbol ("27/NQ-CP",
# "12-CT/TW", the Prime Minister's "25/CT-TTg"), the kind of a document cited by its number
# ("Nghị quyết số 27/…", "Kế hoạch 120-KH/TU"), a Party congress's term ("khóa IX"), and the
# names of the bodies of state and Party and of the country.
_SYMBOL_CASE_RE = re.compile(r"(?<![\w/-])\d+(?:[/-][\w.]+)*[/-]\w*[^\W\d_]\w*(?:[/-][\w.]+)*")
_CITED_KIND_CASE_RE = re.compile(
    r"\b(?:nghị\s+quyết|nghị\s+định|chỉ\s+thị|kết\s+luận|kế\s+hoạch|quyết\s+định|thông\s+tư"
    r"|hướng\s+dẫn|chương\s+trình|đề\s+án|công\s+văn|thông\s+báo|quy\s+định|luật)"
    r"(?=\s+(?:số\s*:?\s*)?\d+\s*[/-])"
)
# the kind of a document carried out or approved, cited by its name ("triển khai Chiến lược văn
# hóa đối ngoại …", "thực hiện Đề án tuyên truyền …", "phê duyệt Chương trình …")
_NAMED_KIND_CASE_RE = re.compile(
    r"(\b(?:triển\s+khai|thực\s+hiện|phê\s+duyệt|ban\s+hành)\s+(?:thực\s+hiện\s+)?)"
    r"(chiến\s+lược|đề\s+án|chương\s+trình)\b(?!\s+(?:số\s+)?\d)"
)
_TERM_CASE_RE = re.compile(r"\b(khóa|khoá)\s+([ivxl]+)\b")
_NAMES_CASE = [
    ("ban chấp hành trung ương", "Ban Chấp hành Trung ương"),
    ("bộ chính trị", "Bộ Chính trị"),
    ("ban bí thư", "Ban Bí thư"),
    ("trung ương đảng", "Trung ương Đảng"),
    ("thủ tướng chính phủ", "Thủ tướng Chính phủ"),
    ("chính phủ", "Chính phủ"),
    ("quốc hội", "Quốc hội"),
    ("ban thường vụ", "Ban Thường vụ"),
    ("tỉnh ủy", "Tỉnh ủy"),
    ("tỉnh uỷ", "Tỉnh uỷ"),
    ("thành ủy", "Thành ủy"),
    ("thành uỷ", "Thành uỷ"),
    ("mặt trận tổ quốc", "Mặt trận Tổ quốc"),
    ("việt nam", "Việt Nam"),
]
_PARTY_CASE_RE = re.compile(r"\bđảng\b(?!\s+(?:viên|bộ|ủy|uỷ|phí|đoàn))")


def _restore_case(upper: str, meta: Metadata) -> str:
    text = squash(upper).lower()
    for name in meta.unit_name_forms:
        text = re.sub(re.escape(name.lower()), name, text)
    # Other places named after a unit word keep capitals: "tỉnh Quảng Trị".
    text = _SYMBOL_CASE_RE.sub(lambda m: m.group(0).upper().replace("-TTG", "-TTg"), text)
    text = _CITED_KIND_CASE_RE.sub(lambda m: m.group(0)[0].upper() + m.group(0)[1:], text)
    text = _NAMED_KIND_CASE_RE.sub(
        lambda m: m.group(1) + m.group(2)[0].upper() + m.group(2)[1:], text
    )
    text = _TERM_CASE_RE.sub(lambda m: f"{m.group(1)} {m.group(2).upper()}", text)
    for lower, name in _NAMES_CASE:
        text = re.sub(rf"\b{lower}\b", name, text)
    # (Hồ Chí Minh City's unit word is part of its name, as the issuer writes it)
    text = re.sub(r"\bthành phố (?=hồ chí minh\b|Hồ Chí Minh\b)", "Thành phố ", text)
    return _PARTY_CASE_RE.sub("Đảng", text)


# A vision or an orientation beyond the period ("… đến năm 2020, tầm nhìn đến năm 2030",
# "giai đoạn 2021 - 2025, định hướng đến năm 2030") is not the period.
_VISION_RE = re.compile(r"\b(?:tầm\s+nhìn|định\s+hướng)(?:\s+(?:đến|tới))?\s+$", _I)


# A year closing a title or a subject without "năm": "Thông tin đối ngoại 2024", "… Năm
# hữu nghị Việt Nam - Lào 2022”" (after a word, not a number's or a date's).
_BARE_YEAR_END_RE = re.compile(r"(?<=[^\W\d_])[ \t\n]+[“\"]?((?:19|20)\d{2})[”\")]?[ \t.;]*$")
_NUMBER_BEFORE_RE = re.compile(_NUMBER + r"\s*$")
# "… kế hoạch … năm tới": the year after the one it was written in.
_NEXT_YEAR_RE = re.compile(r"\bnăm\s+(?:tới|sau)\b(?!\s+(?:19|20)\d{2})", _I)


def _period_of(title: str) -> tuple[int, int | None] | None:
    found = None
    for match in _PERIOD_RE.finditer(title):
        before = title[max(0, match.start() - 30) : match.start()]
        if (
            (found and _VISION_RE.search(before))
            or _DATE_YEAR_BEFORE_RE.search(before)
            or _NUMBER_BEFORE_RE.search(before)
            # (nor the years of an anniversary in brackets: "… 80 năm … (1945 - 2025)")
            or (match.group(5) and before.rstrip().endswith("("))
        ):
            # (nor the year of a date, "… ngày 02 tháng 3 năm 2023 …", nor the year a
            # library's title gives after the number: "Kế hoạch 716/KH-UBND năm 2022 …")
            continue
        groups = [g for g in match.groups() if g]
        years = [int(g) for g in groups]
        first, last = years[0], years[-1] if len(years) > 1 else years[0]
        if len(years) == 1 and _OPEN_END_RE.match(title, match.end()):
            found = (first, None)  # "năm 2019 và các năm tiếp theo": no end
        elif last >= first:
            found = (first, last)
    if found is None and (bare := _BARE_YEAR_END_RE.search(title)):
        found = (int(bare.group(1)),) * 2
    return found


def _subject_period(subject: str) -> tuple[int, int | None] | None:
    """The period a letter's, a guidance's or another document's subject names ("… năm
    2025", "… giai đoạn 2025 - 2030", "… 2025–2030"); not the end of what it carries out
    ("… Chiến lược … đến năm 2030"), which is not its own period."""
    period = _period_of(subject)
    until = _UNTIL_RE.search(subject)
    if period and until and period == (int(until.group(1)),) * 2:
        return None
    return period


# "… Kế hoạch … về hoạt động thông tin đối ngoại 2024." - a year without "năm" ending it
_BARE_YEAR_STOP_RE = re.compile(r"(?<=[^\W\d_])[ \t]+(?:19|20)\d{2}(?=[ \t]*(?:[.;]|$))", re.M)
_DATE_IN_WORDS = r"\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d{2}"
_DATE_YEAR_BEFORE_RE = re.compile(r"\btháng\s+\d{1,2}\s+$", _I)


def _title_from_prose(text: str, meta: Metadata) -> Located | None:
    """ "… ban hành Kế hoạch số 64/KH-UBND về công tác … năm 2022." -> the title."""
    zones = [meta.announcement] if meta.announcement else []
    for start, end in zones:
        for match in re.finditer(
            r"[Kk]ế\s+hoạch\b|[Cc]hương\s+trình\s+(?:hành\s+động|phối\s+hợp)|[Đđ]ề\s+án\b"
            r"|[Cc]hiến\s+lược\b",
            text[start:end],
        ):
            phrase_start = start + match.start()
            rest = text[phrase_start:end]
            # (not the year of a date in words: "Kế hoạch số … ngày 15 tháng 3 năm 2024 về …")
            stop = next(
                (
                    m
                    for m in _TITLE_END_RE.finditer(rest)
                    if not _DATE_YEAR_BEFORE_RE.search(rest, 0, m.start())
                ),
                None,
            ) or _BARE_YEAR_STOP_RE.search(rest)
            if not stop:
                continue
            phrase = rest[: stop.end()]
            if re.search(r"[.;:]\s", phrase):
                continue
            opened = phrase.count("“") > phrase.count("”") or phrase.count('"') % 2 == 1
            if opened and re.match(r"[”\"]", rest[stop.end() :]):
                phrase = rest[: stop.end() + 1]  # the quoted name closed after its year
            if not match.group(0).lower().startswith("kế") and not (
                re.search(r"(?:ban\s+hành|ký\s+kết)\s+$", text[start:phrase_start], _I)
                or _approved_by_the_decision(text, start, end, phrase_start)
            ):
                continue  # a programme cited, not the one the item announces
            cleaned = re.sub(
                r"^[Kk]ế\s+hoạch\s+số\s*:?\s*"
                + _NUMBER
                + r"(?:\s+ngày\s+(?:"
                + _DATE_IN_WORDS
                + r"|\S+))?\s*",
                "Kế hoạch ",
                phrase,
            )
            # "Chương trình phối hợp công tác số 5115/CTr-… ngày 09/12/2021 giữa …"
            cleaned = re.sub(
                r"\s+số\s*:?\s*" + _NUMBER + r"(?:\s+ngày\s+\S+)?(?=\s)", "", cleaned, count=1
            )
            cleaned = squash(cleaned)
            cleaned = cleaned[:1].upper() + cleaned[1:]
            return Located(cleaned, phrase_start, phrase_start + len(phrase), 0.8)
    return None


def _approved_by_the_decision(text: str, start: int, end: int, phrase_start: int) -> bool:
    """Whether the programme, scheme or strategy at ``phrase_start`` is the one the decision
    announced in ``text[start:end]`` issues or approves ("… ban hành Quyết định số … phê
    duyệt Chiến lược … giai đoạn 2021 - 2025"), not one a basis cites."""
    decision = _DECISION_ANNOUNCE_RE.search(text, start, end)
    return decision is not None and decision.start() < phrase_start < decision.end()


_HEADLINE_PLAN_RE = re.compile(
    rf"(?m)^[ \t]*(?:[{UPPER_LETTERS}][^\n:.]{{1,30}}:[ \t]*)?(Kế\s+hoạch\b[^\n]{{5,200}})$"
)


def _title_from_headline(text: str) -> Located | None:
    # (after the place it is of: "Phú Yên: Kế hoạch thông tin đối ngoại giai đoạn …")
    for match in _HEADLINE_PLAN_RE.finditer(text):
        line = squash(match.group(1))
        if _TITLE_END_RE.search(line) and not line.endswith("."):
            return Located(line, match.start(1), match.end(1), 0.6)
    return None


# A body introducing its own plan at the end of its line: "… xây dựng kế hoạch tổ chức thực
# hiện như sau:", "… ban hành kế hoạch triển khai thực hiện như sau:", then a section heading.
_OWN_PLAN_INTRO_RE = re.compile(
    r"[^\n]*?\b(?:xây\s+dựng|ban\s+hành)\s+kế\s+hoạch\b[^.\n]{0,80}?\bnhư\s+sau\s*:[ \t]*\n\s*"
    r"(?:[IVX]{1,4}\s*[.\-–)]|1\s*[.)]|A\s*\.|Phần\s+(?:I|1)\b)",
    _I,
)


def _introduces_own_plan(text: str, start: int) -> bool:
    """Whether the line of ``start`` is a body introducing its own plan, its sections after."""
    return bool(_OWN_PLAN_INTRO_RE.match(text, text.rfind("\n", 0, start) + 1))


# A plan told by its aims or contents in a news item's voice: "Theo đó, mục đích của kế hoạch
# nhằm …", "Mục tiêu của kế hoạch là …" (a copy that begins after the plan's naming).
_PLAN_DESCRIBED_RE = re.compile(
    r"(?:^|(?<=[.\n]))[ \t]*(?:Theo\s+đó\s*,\s*)?(?:mục\s+đích|mục\s+tiêu|nội\s+dung|yêu\s+cầu)"
    r"(?:\s+(?:chính|chung))?\s+của\s+kế\s+hoạch\b",
    _I,
)
PLAN_DESCRIBED_LIMIT = 1500  # characters: the item's headline and lede


def _find_doc_type(text: str, head: tuple[int, int], meta: Metadata) -> None:
    zone = _zone(text, head)
    formal = _FORMAL_HEADING_RE.search(zone) or _DECISION_CASED_HEADING_RE.search(zone)
    if not meta.announcement and annex_heading_end(text) is not None:
        # An annex read on its own (its spreadsheet, its scan): "PHỤ LỤC", its title, the
        # caption naming its plan, then its table. It is the plan's annex, whatever year
        # its title names.
        meta.doc_type = Located("plan", None, None, 0.8)
    elif formal and not re.search(_PLAN_HEADING, zone):
        # A programme, or a decision that issues or approves a plan, is the plan; a
        # circular, a letter or another decision is not.
        plan = _PROGRAMME_HEADING_RE.search(zone) or _decision_for_plan(text)
        meta.doc_type = Located("plan" if plan else "other", None, None, 0.8)
    elif re.search(_PLAN_HEADING, zone) or re.search(r"\bSố\s*:?\s*\d+\s*/\s*KH-", zone):
        meta.doc_type = Located("plan", None, None, 0.9)
    elif _REPORT_HEADING_RE.search(zone) or re.search(r"\bSố\s*:?\s*\d+\s*/\s*BC-", zone):
        meta.doc_type = Located("report", None, None, 0.85)
    elif (card := _CARD_KIND_RE.search(text, 0, min(len(text), PAGE_LIMIT))) and (
        _CARD_NUMBER_RE.search(text, 0, min(len(text), PAGE_LIMIT))
    ):
        # A portal's card names the kind: "Loại văn bản: Công văn" (a plan, programme or
        # scheme is the plan, a report the report, any other kind is not).
        kind = fold(card.group(1))
        doc_type = (
            "plan"
            if re.match(r"ke hoach|chuong trinh|de an", kind)
            else "report"
            if kind.startswith("bao cao")
            else "other"
        )
        meta.doc_type = Located(doc_type, card.start(1), card.end(1), 0.8)
    elif meta.other_document:
        meta.doc_type = Located("other", *meta.announcement, 0.7)
    elif meta.own_voice and not meta.announcement:
        meta.doc_type = Located("other", *meta.own_voice, 0.6)
    elif not meta.announcement and _digest(text):
        # A site's digest of the week's events, compiled by the site: a report of them.
        meta.doc_type = Located("report", None, None, 0.6)
    elif not meta.announcement and _lede_event(text):
        # News of a meeting or of a letter (its lede tells it, and it reviews no work):
        # neither a report nor a year's plan, whatever its speakers recall.
        meta.doc_type = Located("other", None, None, 0.6)
    elif not meta.announcement and _REVIEW_RE.search(text):
        # No plan is announced and the text reviews work done: a report (or news of one).
        meta.doc_type = Located("report", None, None, 0.6)
    elif not meta.announcement and _PERIOD_DONE_RE.search(text, 0, _lede_end(text)):
        # The item opens with a period's or a term's work told as done ("Giai đoạn 2016 -
        # 2020, Sở … đã tổ chức …"): an account of that period, a report. (Told after the
        # lede of an event, it is what a speaker or the item recalls.)
        meta.doc_type = Located("report", None, None, 0.6)
    elif meta.meeting and not meta.announcement:
        # News of a meeting that sets out a year's work ("… tổ chức hội nghị triển khai
        # nhiệm vụ năm 2024") is news of the meeting, not of a year's plan.
        meta.doc_type = Located("other", None, None, 0.6)
    elif (
        meta.announcement
        and meta.plan_number.value is None
        and _introduces_own_plan(text, meta.announcement[0])
    ):
        # A body introducing its own plan, its sections after ("Ban Thường vụ Đảng ủy
        # phường xây dựng kế hoạch tổ chức thực hiện như sau: / I. Mục đích, yêu cầu"): the
        # plan itself, posted with no header.
        meta.doc_type = Located("plan", *meta.announcement, 0.7)
    elif (
        meta.announcement
        or (meta.title.value and _NEWS_MARKS_RE.search(text))
        or _PLANNED_YEAR_RE.search(text)
        or _PLAN_DESCRIBED_RE.search(text, 0, min(len(text), PLAN_DESCRIBED_LIMIT))
    ):
        meta.doc_type = Located("news_about_plan", *meta.announcement or (None, None), 0.8)
    elif meta.title.value:
        meta.doc_type = Located("plan", None, None, 0.5)
    elif not meta.meeting and _tells_done_work(text):
        # A body's or a province's account of its work, no year written ("Tỉnh … đã chủ
        # động …", "… đã duy trì …"): a report.
        meta.doc_type = Located("report", None, None, 0.5)
    else:
        meta.doc_type = Located("other", None, None, 0.6)
    if (
        meta.doc_type.value == "other"
        and not meta.announcement
        and meta.plan_number.start is not None
        and meta.plan_number.confidence <= 0.6
    ):
        # A plan named further in a text that announces none (a meeting disseminating it:
        # "… tổ chức hội nghị quán triệt Kế hoạch số 05/KH-UBND …") is its content, not
        # its number.
        meta.plan_number = Located()


# The item's own event told in its lede: a meeting it is held at or about ("… phát biểu
# tại hội nghị, …", "… tổ chức hội nghị trực tuyến kỷ niệm …", "đã diễn ra Hội nghị …"), or
# a letter a body sends ("… vừa ra văn bản truyền đạt …"). Its clause runs to the sentence's
# end, or to a speaker's reporting verb (what he says, an earlier review he recalls, is not
# the item's event).
LEDE_EVENT_LIMIT = 1000  # characters: the item's headline and lede
# (the meeting named or qualified after its noun, not a caption's bare "… tại Hội nghị" or
# "Các đại biểu dự hội nghị.")
_LEDE_EVENT_RE = re.compile(
    r"\b(?:(?:tổ\s+chức|diễn\s+ra|khai\s+mạc|tại|dự)\s+"
    r"(?:hội\s+nghị|hội\s+thảo|t[oọ]a\s+đàm|diễn\s+đàn|(?:cuộc|phiên)\s+họp|buổi\s+làm\s+việc)"
    r"\b(?![ \t]*(?:[.;:]|\n|$))"
    r"|(?:vừa|đã|mới)\s+(?:ra|gửi)\s+(?:văn\s+bản|công\s+văn)\b"
    # (the meeting its sentence's subject: "Hội nghị Ngoại vụ toàn quốc lần thứ 22 diễn ra
    # tại Hà Nội", "Sáng 20/12, Hội thảo … đã khai mạc …")
    r"|(?-i:Hội\s+nghị|Hội\s+thảo|T[oọ]a\s+đàm|Diễn\s+đàn)\b[^.;\n]{0,150}?"
    r"\b(?:đã\s+)?(?:diễn\s+ra|khai\s+mạc|bế\s+mạc)\b"
    # (an online conference told from one of its bridge points: "Tại điểm cầu tỉnh …, tham
    # dự có …")
    r"|\btại\s+điểm\s+cầu\b)",
    _I,
)
# A meeting's guests, "Tham dự Hội nghị có …", or its opening speech's frame, "Phát biểu khai
# mạc Hội nghị, …": the sentence's opening up to the event word.
_GUESTS_OR_SPEECH_RE = re.compile(
    r"(?:^|(?<=[.\n]))[ \t]*(?:(?:Tham\s+)?dự\s+(?:hội\s+nghị|hội\s+thảo|t[oọ]a\s+đàm)\s+có\b"
    r"|Phát\s+biểu\s+khai\s+mạc\s+(?:hội\s+nghị|hội\s+thảo|t[oọ]a\s+đàm)\W)[^\n]{0,3}$",
    _I,
)
_REPORTED_SPEECH_RE = re.compile(
    r"\b(?:nêu\s+rõ|cho\s+biết|khẳng\s+định|nhấn\s+mạnh|phát\s+biểu\s+rằng)\b|:", _I
)
# (a meeting that reviews work, looks back, or sets out a year's work after reviewing it:
# its headline or its own clause says so)
_EVENT_REVIEWS_RE = re.compile(
    r"\b(?:sơ\s+kết|tổng\s+kết|giao\s+ban|kết\s+quả|đánh\s+giá|nhìn\s+lại|báo\s+cáo"
    r"|triển\s+khai\s+(?:nhiệm\s+vụ|công\s+tác|phương\s+hướng)"
    # (a year's direction or tasks: "… hội nghị bàn phương hướng công tác năm 2026")
    r"|(?:phương\s+hướng|nhiệm\s+vụ)(?:\s+[^\s.,;:]+){0,6}?\s+năm\s+(?:19|20)\d{2})\b",
    _I,
)


def _lede_event(text: str) -> bool:
    """Whether the item's lede tells a meeting or a letter, and nothing up to the end of
    its clause reviews work: news of that event, whatever reviews its speakers recall or
    its last paragraphs name."""
    # (the guests a meeting's story lists, "Tham dự Hội nghị có …", and the frame of its
    # opening speech, "Phát biểu khai mạc Hội nghị, ông …", are not the event the lede tells)
    event = next(
        (
            m
            for m in _LEDE_EVENT_RE.finditer(text, 0, min(len(text), LEDE_EVENT_LIMIT))
            if not _GUESTS_OR_SPEECH_RE.search(text[: m.end()] + text[m.end() : m.end() + 4])
        ),
        None,
    )
    if event is None:
        return False
    _start, end = _sentence_bounds(text, event.start())
    speech = _REPORTED_SPEECH_RE.search(text, event.end(), end)
    told = text[: speech.start() if speech else end]
    if _MEETING_AIM_REVIEW_RE.search(text, end, min(len(text), end + LEDE_EVENT_LIMIT)):
        return False  # the meeting's aim, told after its lede, is to share a period's results
    return not (_EVENT_REVIEWS_RE.search(told) or _REVIEW_RE.search(told))


LEDE_PARAGRAPHS = 2  # paragraphs of a sentence's length that open an item: headline and lede
_LONG_PARAGRAPH_RE = re.compile(r"(?m)^[^\n]{60,}$")


def _lede_end(text: str) -> int:
    """Where the item's headline and lede end: after its first two paragraphs of a
    sentence's length (the short lines of a site's menus and dates before them skipped)."""
    end = 0
    for count, paragraph in enumerate(_LONG_PARAGRAPH_RE.finditer(text), 1):
        end = paragraph.end()
        if count == LEDE_PARAGRAPHS:
            break
    return end


ACCOUNT_LIMIT = 4000  # characters: the part of an item read for an account of work
ACCOUNT_SENTENCES = 3  # sentences telling done work, at least
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+|\n")
_DONE_WORD_RE = re.compile(r"\bđã\b", _I)
_WILL_WORD_RE = re.compile(r"\bsẽ\b", _I)


def _tells_done_work(text: str) -> bool:
    """Whether the text tells done work ("… đã …", no "sẽ") in three sentences or more."""
    done = 0
    for sentence in _SENTENCE_SPLIT_RE.split(text[:ACCOUNT_LIMIT]):
        if _DONE_WORD_RE.search(sentence) and not _WILL_WORD_RE.search(sentence):
            done += 1
            if done >= ACCOUNT_SENTENCES:
                return True
    return False


def _kind_of(text: str, head: tuple[int, int], meta: Metadata) -> None:
    """The finer kind behind the doc_type, and the form that gave it away."""
    zone = _zone(text, head)
    doc_type = meta.doc_type.value
    if doc_type == "plan":
        if not meta.announcement and annex_heading_end(text) is not None:
            kind, reason = "plan", "annex_heading"
        elif _decision_for_plan(text):
            kind, reason = "plan", "decision_for_plan"
        elif _PROGRAMME_HEADING_RE.search(zone):
            kind, reason = "plan", "programme_heading"
        elif (
            meta.title.value
            and meta.title.confidence <= 0.5
            or not (re.search(_PLAN_HEADING, zone) or re.search(r"\bSố\s*:?\s*\d+\s*/\s*KH-", zone))
        ):
            kind, reason = "plan", "plan_title"
        else:
            kind, reason = "plan", "plan_heading"
    elif doc_type == "report":
        heading = _REPORT_HEADING_RE.search(zone) or re.search(r"\bSố\s*:?\s*\d+\s*/\s*BC-", zone)
        kind, reason = "report", "report_heading" if heading else "review_wording"
    elif doc_type == "news_about_plan":
        kind, reason = "news", "announcement" if meta.announcement else "planned_year"
    elif _LETTER_RE.search(zone):
        kind, reason = "letter", "letter_marks"
    elif meta.own_voice:
        kind, reason = "letter", "own_voice"
    elif re.search(r"(?m)^\s*QUYẾT\s+ĐỊNH\s*$", zone):
        kind, reason = "decision", "decision_heading"
    elif re.search(r"(?m)^\s*THÔNG\s+TƯ\s*$", zone):
        kind, reason = "other", "circular_heading"
    elif meta.other_document:
        kind, reason = "news", "other_document"
    else:
        kind, reason = "other", "nothing_recognised"
    meta.kind = Located(kind, None, None, meta.doc_type.confidence)
    meta.kind_reason = reason


_PREAMBLE_RE = re.compile(
    r"(?m)^[ \t]*(?:Thực\s+hiện|Triển\s+khai(?:\s+thực\s+hiện)?)\s[\s\S]{0,3000}?"
    r"(?:như\s+sau\s*:|\n[ \t]*(?:[IVX]{1,4}|1)\s*[.)]\s|\s*\Z)"
)


# A letter's body relayed on a site without its header, from its opening sentence: "Thực
# hiện công văn số …, ngày … của …, Sở … đề nghị các đơn vị … thực hiện … với nội dung
# sau:" - what it carries out, then the body asking for what follows.
_RELAYED_OPENING_RE = re.compile(
    r"(?m)^[ \t]*Thực\s+hiện\s[^\n]{0,800}?(?:như\s+sau|nội\s+dung\s+sau|sau\s+đây)\s*:"
)
_RELAYED_ASKS_RE = re.compile(r"\s*(?:đề\s+nghị|yêu\s+cầu|hướng\s+dẫn)\s")


def _relayed_letter(text: str) -> bool:
    """Whether ``text`` opens as a letter relayed without its header
    (:data:`_RELAYED_OPENING_RE`): after one of its commas, a body that asks for what
    follows."""
    for match in _RELAYED_OPENING_RE.finditer(text, 0, min(len(text), 2500)):
        for comma in re.finditer(r",\s*(?=[A-ZĐỦ])", text[: match.end()]):
            if comma.start() < match.start():
                continue
            body = _ISSUER_RE.match(text, comma.end())
            if body and body.group("org") and _RELAYED_ASKS_RE.match(text, body.end()):
                return True
    return False


def _preamble(text: str, meta: Metadata) -> list[tuple[int, int]]:
    """The bases written as one opening paragraph instead of "Căn cứ" lines: "Thực hiện
    Nghị định …; Thông tư …, Ủy ban nhân dân tỉnh … ban hành Kế hoạch … như sau:"."""
    first_section = meta.sections[0].start if meta.sections else min(len(text), 4000)
    match = _PREAMBLE_RE.search(text, 0, min(len(text), first_section + 8))
    if match is None:
        return []
    end = match.end()
    # The plan itself is not its own basis: the passage stops at the last "ban hành /
    # xây dựng Kế hoạch" (earlier ones describe the bases: "… hướng dẫn xây dựng kế hoạch …").
    found = list(
        re.finditer(r"(?:ban\s+hành|xây\s+dựng)\s+[Kk]ế\s+hoạch", text[match.start() : end])
    )
    plan_words = found[-1] if found else None
    if plan_words:
        end = match.start() + plan_words.start()
    return [(match.start(), end)]


# A basis ends at ";" or "." and a line break, a blank line, the next "Căn cứ" (on its
# own line, or after "; " in a paragraph that runs them together), or the ":" that opens
# the body; a "," at a line's end does not end it when its date follows ("57-KL/TW,\nngày").
_BASIS_END_RE = re.compile(
    r"[;.:][ \t]*(?:\n|$)|,[ \t]*(?:\n(?![ \t]*ngày\b)|$)|\n[ \t]*\n|;[ \t]*(?=Căn\s+cứ\b)"
    r"|\n(?=[ \t]*(?:Căn\s+cứ|Xét|Theo\s+đề\s+nghị|QUYẾT|Thực\s+hiện))"
)
# "Căn cứ" opening a line, or written with its capital inside a paragraph that runs the
# bases together ("…; Căn cứ …") or follows a flattened title ("… năm 2019 Căn cứ …").
_BASIS_START_RE = re.compile(r"(?m)^[ \t]*Căn\s+cứ\b|(?<=[;\s])Căn\s+cứ\b")
# A space inside a symbol, left by a PDF's text layer or a typist: "21/CT -TTg",
# "22/2016/TT- BTTTT". Closed (the spaces moved after it) before the references are read.
_SYMBOL_GAP_RE = re.compile(
    r"(\d{1,6}\s*/\s*(?:\d{4}\s*/\s*)?[A-ZĐ]{1,8})([ \t]*)-([ \t]*)([A-ZĐ][A-Za-zĐđ0-9]*)"
)


def _close_symbol_gaps(text: str) -> str:
    """``text`` with the gaps inside symbols closed (the spaces moved behind the symbol):
    same length, so offsets still hold."""

    def close(match: re.Match) -> str:
        gap = len(match.group(2)) + len(match.group(3))
        return match.group(1) + "-" + match.group(4) + " " * gap

    return _SYMBOL_GAP_RE.sub(close, text)


# What sets a further reference apart as a basis of its own inside one "Căn cứ" or
# "Thực hiện" passage: ";", ",", "và" - not "… của Chính phủ thực hiện Nghị quyết số …".
_BASIS_SEPARATOR_RE = re.compile(r"(?:[;,]|\bvà|^)\s*$")
# A kind word the reference parser does not read stays before it: "; Quy chế số 07-QC/TU".
_KIND_BEFORE_RE = re.compile(r"(?:\S{1,80}\s+){0,2}số\s*:?\s*$")
# What is read before a reference to tell a basis from a description: its end only (a
# copy whose line ends were lost is one zone; from the zone's start, each reference cost
# the zone's length).
_BEFORE_REF = 300
_SPACES_RE = re.compile(r"\s*")


# Where a basis ends inside a line: the sentence's full stop ("… của Chính phủ, UBND tỉnh
# vừa ban hành Kế hoạch … năm 2024. Kế hoạch đề ra …"; not "TP. Hà Nội"), or the body that
# issues the document on the bases it cited ("…, Ủy ban nhân dân tỉnh ban hành …").
_BASIS_SENTENCE_END_RE = re.compile(
    r"(?<!\bTP)(?<!\bTX)(?<!\bTT)\.[ \t]+(?=[" + UPPER_LETTERS + r"])"
)
_BASIS_ISSUER_VERB_RE = re.compile(
    r"[^,;.\n]{0,80}?\s(?:(?:vừa|đã|mới)\s+)?(?:ban\s+hành|xây\s+dựng|đề\s+nghị|yêu\s+cầu"
    r"|hướng\s+dẫn|triển\s+khai|tổ\s+chức)\b",
    _I,
)
# The body of a document, where a "Căn cứ" no longer cites the document's own bases ("III.
# TỔ CHỨC THỰC HIỆN / 1. Căn cứ Kế hoạch này và Quyết định số …, các sở …").
_BODY_START_RE = re.compile(r"(?m)^[ \t]*(?:QUYẾT\s+ĐỊNH\s*:|Điều\s+1\s*[.:])")


def _basis_zones(text: str, stop: int) -> list[tuple[int, int]]:
    """Each "Căn cứ …" basis, over the lines it wraps onto, up to its ";" - or up to the
    end of its sentence, or the body that issues on it, when it runs on in a paragraph."""
    zones = []
    for match in _BASIS_START_RE.finditer(text[:stop]):
        end = _BASIS_END_RE.search(text, match.end(), min(stop, match.end() + 1500))
        end = end.start() if end else min(stop, match.end() + 600)
        sentence = _BASIS_SENTENCE_END_RE.search(text, match.end(), end)
        if sentence:
            end = sentence.start()
        for body in _ISSUER_RE.finditer(text, match.end(), end):
            if re.fullmatch(
                r"\s*,\s*", text[max(match.end(), body.start() - 3) : body.start()]
            ) and (_BASIS_ISSUER_VERB_RE.match(text, body.end())):
                end = body.start()
                break
        zones.append((match.start(), end))
    return zones


# An account's first paragraph, under its headline, opening "Thực hiện …".
ACCOUNT_OPENING_LIMIT = 400  # characters: the headline and the paragraph's first words
_ACCOUNT_OPENING_RE = re.compile(
    r"\s*(?:[^\n]{1,200}\n\s*)?(Thực\s+hiện\s)(?=[^.\n]{0,300}?\bđã\b)", _I
)


# A basis cited behind a phrase, the document it was given in after "tại": "Căn cứ ý kiến của
# Thủ tướng Chính phủ về kết quả …, thành phố … năm 2021 tại Văn bản số 225/VPCP-QHQT …".
_CITED_AT_RE = re.compile(
    r"[^.;:\n]\s+tại\s+(?:(?:Văn\s+bản|Công\s+văn|Thông\s+báo|Kết\s+luận|Quyết\s+định)\s+)?"
    r"(?:số\s*:?\s*)?$"
)


# A document followed or carried out (the sentence opening so), cited by its number alone,
# then its day and its author: "… theo Hướng dẫn số 25, ngày 16/02/2017 của Ban Tuyên giáo Trung ương", "Thực hiện Công văn
# số 146, ngày 15 tháng 3 năm 2021 của Ban Thường vụ Tỉnh ủy …" (a number with no symbol is
# told a document's only by its kind before it and its day and author after it).
_BARE_CITED_RE = re.compile(
    r"\b(?P<lead>thực\s+hiện|triển\s+khai|theo|căn\s+cứ)\s+"
    r"(?P<kind>công\s+văn|văn\s+bản|hướng\s+dẫn|chỉ\s+thị|thông\s+báo|kế\s+hoạch|quyết\s+định)"
    r"\s+số\s*:?\s*(?P<number>\d{1,5})(?![\w/-])\s*,?\s*ngày\s+"
    rf"(?:{DATE_PATTERN})"
    r"(?=\s*,?\s*của\s)",
    _I,
)
_BARE_KINDS = {fold(label).lower(): kind for kind, label in KIND_LABELS.items()}


def _bare_cited_bases(text: str, start: int, end: int, seen: set[str]) -> list[LegalBasis]:
    """The documents cited by number alone in ``text[start:end]`` (:data:`_BARE_CITED_RE`)."""
    bases = []
    for match in _BARE_CITED_RE.finditer(text, start, end):
        number = match.group("number")
        day = [match.group(g) or match.group(g + "2") for g in ("d", "m", "y")]
        iso = _iso(int(day[0]), int(day[1]), int(day[2]))
        kind = _BARE_KINDS.get(fold(squash(match.group("kind"))).lower())
        if number in seen or iso is None or kind is None:
            continue
        if not match.group("lead").lower().startswith("theo"):
            # (carried out, only when the sentence opens so: "Thực hiện Công văn số 146, ngày
            # … của …, UBND tỉnh …"; not the subject a plan's title names, "… ban hành Kế
            # hoạch số 53 triển khai thực hiện Chỉ thị số 12 ngày … của …")
            opening = _sentence_bounds(text, match.start())[0]
            if _DATELINE_RE.match(text, opening, match.start()).end() != match.start():
                continue
        seen.add(number)
        bases.append(
            LegalBasis(
                identifier=number,
                kind=kind,
                date=iso,
                as_written=squash(text[match.start("kind") : match.end()]),
                start=match.start("kind"),
                end=match.end(),
            )
        )
    return bases


def _find_legal_bases(text: str, meta: Metadata, *, ocr: bool = False) -> None:
    """The documents the document is issued on; in text read by OCR, its references are
    first set right where OCR misread them (:func:`.ocrlegal.repair_references`; the same
    length, so every offset holds)."""
    if ocr:
        text = repair_references(text)
    stop = meta.annex_start or len(text)
    body = _BODY_START_RE.search(text, 0, stop)
    if body:
        stop = body.start()
    if meta.sections:
        stop = min(stop, meta.sections[0].start)
    zones: list[tuple[int, int]] = _basis_zones(text, stop)
    if meta.announcement and meta.doc_type.value == "news_about_plan":
        start, end = meta.announcement
        zones.append((start, end))
        # The item's opening "Thực hiện …" sentence just before it ("Thực hiện Quyết định
        # số … . Ngày 28/9/2018, UBND tỉnh … đã ban hành Kế hoạch …").
        line_start = text.rfind("\n", 0, start) + 1
        if line_start < start and re.match(
            r"[ \t]*(?:Thực\s+hiện|Triển\s+khai)\s", text[line_start:start]
        ):
            zones.append((line_start, start))
    if meta.doc_type.value == "plan" or (
        meta.doc_type.value == "other"
        and (
            _LETTER_RE.search(text, 0, min(len(text), 2500))
            or _GUIDANCE_HEADING_RE.search(text, 0, min(len(text), 2500))
            or _relayed_letter(text)
        )
    ):
        # A plan's or a letter's opening "Thực hiện / Triển khai …" passage.
        zones.extend(_preamble(text, meta))
    elif meta.doc_type.value == "report" and _REPORT_HEADING_RE.search(
        text, 0, min(len(text), 2500)
    ):
        # A formal report's ("BÁO CÁO" as its heading) opening "Thực hiện Chỉ thị số …,
        # … báo cáo như sau:": what it reports on (not a news item telling of a review).
        zones.extend(_preamble(text, meta))
    elif meta.doc_type.value == "report" and (
        opening := _ACCOUNT_OPENING_RE.match(text, 0, min(len(text), ACCOUNT_OPENING_LIMIT))
    ):
        # An account of a year opening with what it carries out: "Thực hiện … theo Quyết
        # định số 609-QĐ/TU …, trong năm 2021 tỉnh ta đã …" (that sentence only).
        start = opening.start(1)
        zones.append((start, _sentence_bounds(text, start)[1]))
    elif meta.other_document:
        # A news item about a letter quotes its opening: "Thực hiện Quyết định số …, UBND
        # tỉnh yêu cầu …" (that paragraph only; a headline "Triển khai Đề án …" cites none).
        # (after a dateline tag too: "(kontumtv.vn) – Thực hiện Công văn số …")
        for match in re.finditer(rf"(?m)^{_DATELINE_RE.pattern}Thực\s+hiện\s", text):
            end = text.find("\n", match.end())
            zones.append((match.start(), len(text) if end < 0 else end))
            break
    own = meta.plan_number
    seen: set[str] = set()
    scan = _close_symbol_gaps(text)
    for start, end in zones:
        refs = find_legal_refs(scan[start:end])
        if (
            refs
            and re.match(r"Căn\s+cứ\b[^,.;:]*[,.;:]", scan[start : start + refs[0].start])
            and not _CITED_AT_RE.search(scan, start, start + refs[0].start)
        ):
            continue  # "Căn cứ tình hình thực tế, …": no document cited at its head
        described = False  # the previous reference belongs to a description
        for index, ref in enumerate(refs):
            window = max(start, start + ref.start - _BEFORE_REF)
            before = _KIND_BEFORE_RE.sub("", scan[window : start + ref.start])
            if _SPACES_RE.match(scan, start, window).end() < window:
                before = "…" + before  # words before the window: not the zone's head
            if index and not _BASIS_SEPARATOR_RE.search(before):
                described = True
                continue  # "… ban hành chương trình … thực hiện Nghị quyết số …"
            if described and re.search(r"(?:,|\bvà)\s*$", before):
                continue  # "… thực hiện Kết luận số … và Nghị quyết số …": the same description
            described = False
            if "/TTR-" in ref.identifier.upper():
                continue  # a Tờ trình is the proposal the plan answers, not its basis
            if (
                ref.identifier in seen
                or ref.kind == "plan"
                and meta.plan_number.value == ref.identifier
            ):
                continue
            if ref.identifier == meta.plan_number.value or (
                own.start is not None
                and start + ref.start < (own.end or 0)
                and own.start < start + ref.end
            ):
                continue  # the document's own number (a reader may cut "29/KH – UBND")
            seen.add(ref.identifier)
            meta.legal_bases.append(
                LegalBasis(
                    identifier=ref.identifier,
                    kind=ref.kind,
                    date=ref.issued_date.isoformat() if ref.issued_date else None,
                    as_written=squash(ref.as_written),
                    start=start + ref.start,
                    end=start + ref.end,
                )
            )
        # (and the documents it cites by number alone; never its own number)
        meta.legal_bases.extend(
            _bare_cited_bases(text, start, end, seen | {meta.plan_number.value or ""})
        )


def _find_report_deadline(text: str, meta: Metadata) -> None:
    for match in _REPORT_RE.finditer(text, 0, meta.annex_start or len(text)):
        sentence_start, _e = _sentence_bounds(text, match.start())
        before = fold(text[max(sentence_start, match.start() - 400) : match.start()])
        if "bao cao" not in before:
            continue
        day = int(match.group(2))
        month = int(match.group(3) or match.group(4))
        if not (1 <= month <= 12 and 1 <= day <= 31):
            continue
        every = (match.group(6) or "").lower()
        recurrence = {"năm": "yearly", "quý": "quarterly", "tháng": "monthly"}.get(every)
        meta.report_deadline = ReportDeadline(
            as_written=squash(match.group(1)),
            month=month,
            day=day,
            recurrence=recurrence,
            start=match.start(1),
            end=match.end(1),
            confidence=0.85,
        )
        return


def _find_sections(text: str, meta: Metadata) -> None:
    stop = meta.body_end or meta.annex_start or len(text)
    heads = [m for m in _SECTION_RE.finditer(text, 0, stop) if is_upper_heading(m.group(2))]
    for index, match in enumerate(heads):
        end = heads[index + 1].start() if index + 1 < len(heads) else stop
        heading = squash(match.group(0))
        body = text[match.end() : end].strip()
        if index + 1 == len(heads):
            body = re.split(r"\n\s*\n(?=[^\n]*\n?\s*Nơi\s+nhận)", body)[0].strip()
        kind = next((k for word, k in _SECTION_KINDS if word in heading.lower()), "other")
        meta.sections.append(
            Section(kind=kind, heading=heading, body=body, start=match.start(), end=end)
        )


_WORD_CAP = f"[{UPPER_LETTERS}][{LOWER_LETTERS}]+"
_NAME_LINE_RE = re.compile(rf"^[ \t]*({_WORD_CAP}(?:[ ]+{_WORD_CAP}){{1,4}})[ \t]*$")
_NOT_PERSON = re.compile(
    r"^(?:Sở|Ban|Bộ|Phòng|Ủy|Uỷ|Văn|Công|Đài|Báo|Cổng|Nơi|Lưu|Kế|Trung|Hội|Chủ|Phó)\b"
)


def _find_signer(text: str, meta: Metadata) -> None:
    if meta.body_end is None and meta.annex_start is None:
        return
    start = meta.body_end if meta.body_end is not None else max(0, meta.annex_start - 600)
    end = meta.annex_start or len(text)
    candidates = []
    for match in re.finditer(r"(?m)^[^\n]*$", text[start:end]):
        name = _NAME_LINE_RE.match(match.group(0))
        if name and not _NOT_PERSON.match(name.group(1)):
            candidates.append((name.group(1), start + match.start() + name.start(1)))
    if candidates:
        name, pos = candidates[-1]
        meta.signer = Located(name, pos, pos + len(name), 0.7)
