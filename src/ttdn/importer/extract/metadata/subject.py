"""The body a text is about when its header names none: the body the headline or the first
lines open with, doing what a document's author does (:func:`_subject_body`), the first body
of the lede that acts, a reviewing speaker, the body an account is given according to, a body
named in full after its short name, the place after a body written without a unit word, a
ministry's department writing under the ministry's name, and the place of a text naming no
issuer (a portal's summary of results).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from ttdn.core.text import fold, squash
from ttdn.importer.extract.common import LOWER_LETTERS, PROPER_NAME, UNIT_LEVEL, UPPER_LETTERS
from ttdn.importer.extract.metadata.announcement import _OTHER_KINDS, _PLAN_KINDS
from ttdn.importer.extract.metadata.body import _EVENT_RE, _ISSUER_RE, _Issuer, _issuer_of
from ttdn.importer.extract.metadata.fields import Metadata
from ttdn.importer.extract.metadata.places import (
    _UNIT_NAME_RE,
    Places,
    _bare_unit,
    _provinces_city,
    _single_place,
    _spelt,
)
from ttdn.importer.extract.metadata.text import _I, _NUMBER, _compact_number, _sentence_bounds
from ttdn.importer.result import Located
from ttdn.legal.parsing import type_code

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


# What a news item's subject does in its headline or first sentence: the acts of a body
# that writes, holds or reviews (not what it is told or thanked for).
_SUBJECT_ACTS_RE = re.compile(
    r"\s*(?:\([^)\n]{1,20}\)\s*)?,?\s*(?:(?:vừa|đã|mới|sẽ|tiếp\s+tục|chính\s+thức|bắt\s+đầu|chủ\s+động)\s+)*"
    # (a body drafting a regulation: "Bộ … đang dự thảo Thông tư …", "… đang lấy ý kiến góp ý
    # đối với dự thảo Nghị định …")
    r"(?:đang\s+(?:dự\s+thảo|soạn\s+thảo|xây\s+dựng\s+dự\s+thảo|lấy\s+ý\s+kiến)|"
    r"ban\s+hành|triển\s+khai|tổ\s+chức|tổng\s+kết|sơ\s+kết|hướng\s+dẫn|xây\s+dựng"
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
# Two bodies acting together as the subject ("Hội Nhà báo tỉnh và Liên hiệp … ký kết thỏa
# thuận phối hợp …", "Sở … cùng Hội … phối hợp tổ chức …"): the first named holds.
# (also listed with a comma before their verb: "Bộ Ngoại giao, Trung ương Đoàn Thanh niên
# Cộng sản Hồ Chí Minh ký kết chương trình phối hợp …")
_JOINED_RE = re.compile(r"\s*(?:,\s*)?(?:và|cùng(?:\s+với)?)\s+|\s*,\s*", _I)
# A mass organisation's central body signing with a ministry, by its name ("Trung ương Đoàn
# Thanh niên Cộng sản Hồ Chí Minh", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam", "Đoàn Thanh
# niên …").
_CENTRAL_MASS_BODY_RE = re.compile(
    r"(?:(?:Trung\s+ương|TW|TƯ)\s+(?=Đoàn\b|Hội\b)|(?=Đoàn\s+Thanh\s+niên\b))"
    # (its name's words, each capitalised one with at most two small ones after it: "Đoàn
    # Thanh niên Cộng sản Hồ Chí Minh", "Hội Liên hiệp Phụ nữ Việt Nam", "Hội Cựu chiến binh")
    rf"(?:[{UPPER_LETTERS}]\w*(?:\s+[{LOWER_LETTERS}]\w*){{0,2}}(?:\s+|(?=[,\s]))){{1,9}}?"
    r"(?<=\S)(?=\s*,|\s+(?:và|cùng)\s|\s+(?:(?:đã|vừa|mới|chính\s+thức)\s+)*(?:ký|phối\s+hợp|đồng|tổ)\b)"
)
_JOINT_ACTS_RE = re.compile(
    r"\s*(?:\([^)\n]{1,20}\)\s*)?,?\s*(?:(?:vừa|đã|mới|chính\s+thức)\s+)*"
    r"(?:ký\s+kết|ký|phối\s+hợp\s+tổ\s+chức|đồng\s+tổ\s+chức|tổ\s+chức)\b",
    _I,
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
    if len(words) < 3 or words[-1].isdigit() or _spelt(places, name):
        # (a commune named with its numeral, "Sơn Kim 2": the numeral is its name's)
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


# A council opening the item with its request ("Hội đồng Giải thưởng toàn quốc về thông tin
# đối ngoại năm 2016 đề nghị …", "Hội đồng Lý luận Trung ương kêu gọi …"): its name as
# written up to the verb, small words and the award's year in it (not the people's council,
# which _ISSUER_RE reads with its place).
_COUNCIL_ASKS_RE = re.compile(
    rf"Hội\s+đồng\s+(?!nhân\s+dân\b)[{UPPER_LETTERS}]\w*"
    r"(?:[ \t]+(?!(?:vừa|đã|mới|đang|sẽ|tiếp)\b)[\w-]+){0,14}?"
    r"(?=[ \t]+(?:(?:vừa|đã|mới|tiếp\s+tục)\s+)?(?:đề\s+nghị|yêu\s+cầu|kêu\s+gọi|phát\s+động)\b)"
)


def _bodies_after(text: str, at: int, end: int) -> Iterator[re.Match]:
    """Each other body listed after the one ending at ``at`` ("và Y", ", Y", ", Y và Z"; four
    at the most), in turn, as its match."""
    for _ in range(4):
        joined = _JOINED_RE.match(text, at, end)
        other = joined and (
            _ISSUER_RE.match(text, joined.end(), end)
            or _CENTRAL_MASS_BODY_RE.match(text, joined.end(), end)
        )
        if not other:
            return
        yield other
        at = other.end()


def _joint_act(text: str, at: int, end: int) -> bool:
    """Other bodies listed after the one ending at ``at`` ("và Y", ", Y", ", Y và Z"), then
    the act they do together ("ký kết …", "phối hợp tổ chức …")."""
    return any(
        _JOINT_ACTS_RE.match(text, other.end(), end) for other in _bodies_after(text, at, end)
    )


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
                    and not _STRATEGY_RECALLED_RE.match(text, match.end(), end)
                ):
                    # (not a strategy's author, the strategy recalled: "Ngày 14/2/2011, Thủ
                    # tướng Chính phủ đã ban hành Chiến lược …")
                    return _issuer_of(match, 0.5)
                if match and _joint_act(text, match.end(), end):
                    # "X và Y ký kết thỏa thuận phối hợp …", "X, Y ký kết …": the body named
                    # first.
                    return _issuer_of(match, 0.5)
                council = None if match else _COUNCIL_ASKS_RE.match(text, at, end)
                if council:
                    # "Hội đồng Giải thưởng … năm 2016 đề nghị …": the council that asks.
                    return _Issuer(
                        org=squash(council.group(0)),
                        unit="",
                        name="",
                        start=council.start(),
                        end=council.end(),
                        name_start=None,
                        confidence=0.5,
                    )
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


# A strategy recalled as issued ("Ngày 14/2/2011, Thủ tướng Chính phủ đã ban hành Chiến lược
# …", "Vừa qua, Thủ tướng Chính phủ đã ban hành Chiến lược …", "… đã phê duyệt Chiến lược
# …"): its author is no author of the item telling of it.
_STRATEGY_RECALLED_RE = re.compile(
    r"\s*,?\s*(?:(?:vừa|đã|mới)\s+)*(?:ban\s+hành|phê\s+duyệt|ký\s+ban\s+hành)\s+"
    r"(?:(?:Quyết\s+định|Nghị\s+quyết)\s+(?:số\s+)?\S+\s+(?:phê\s+duyệt|ban\s+hành|về)\s+)?"
    r"(?-i:Chiến\s+lược)\b",
    _I,
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
        if _STRATEGY_RECALLED_RE.match(after):
            continue  # the author of a strategy the item recalls, not the item's
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
# Its bodies or places "trong tỉnh", the whole "toàn tỉnh" ("cấp ủy, chính quyền các cấp
# trong tỉnh …", "Năm 2023, toàn tỉnh đã tổ chức …"; not "tỉnh táo"), "trong huyện", "toàn
# huyện" (a district's only: "trong xã" is mostly "trong xã hội"): the text's own unit when
# it names no body nor place.
_WITHIN_UNIT_RE = re.compile(
    r"\b(?:trong|toàn)\s+(?P<unit>(?-i:tỉnh|huyện|quận|thị\s+xã))(?!\s*(?:[ủỷ]y|uỷ)\b)"
    rf"(?!\s+(?:táo|thức|ngộ|hội)\b)(?!\s+(?-i:[{UPPER_LETTERS}\d]))",
    _I,
)
# The writer's own district or commune named by its unit word alone: "trên địa bàn huyện",
# "trên địa bàn xã" (no name after it, nor its committee "huyện ủy").
_OWN_LOWER_UNIT_RE = re.compile(
    r"\btrên\s+địa\s+bàn\s+(?P<unit>(?-i:huyện|quận|thị\s+xã|xã|phường|thị\s+trấn))"
    rf"(?!\s*(?:[ủỷ]y|uỷ)\b)(?!\s+(?-i:[{UPPER_LETTERS}\d]))",
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
# (or all the provinces at once, no one of them named: "… đối ngoại của các tỉnh, thành phố
# trực thuộc Trung ương")
_NATIONAL_ADDRESSEES_RE = re.compile(
    r"\bcác\s+bộ\s*,\s*cơ\s+quan\s+ngang\s+bộ\s*,\s*cơ\s+quan\s+thuộc\s+Chính\s+phủ\b"
    r"|\bcác\s+tỉnh\s*,\s*thành(?:\s+phố)?\s+trực\s+thuộc\s+Trung\s+ương\b"
    # (or the country's strategy it tells of: "Thủ tướng Chính phủ đã ban hành Chiến lược …")
    r"|\b(?:Thủ\s+tướng\s+Chính\s+phủ|Chính\s+phủ|Bộ\s+Chính\s+trị)\s+(?:(?:vừa|đã)\s+)*"
    r"(?:ban\s+hành|phê\s+duyệt)\s+(?-i:Chiến\s+lược)\b",
    _I,
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


# A photo's caption, a line closed by its credit (its photographer or source): "Thành phố Hà Nội - điểm đến hòa bình, …
# tháng 2-2019_Ảnh: THX", "… tại lễ ký kết (Ảnh: Minh Anh)", "… ký kết. Ảnh: Thanh Hải".
_CAPTION_CREDIT_RE = re.compile(
    r"(?:[_.]\s*Ảnh\s*:[^.()\n]{1,40}|\(\s*(?:Ảnh|Nguồn)\s*:[^()\n]{1,80}\)"
    r"|\s[-–]\s*(?:Ảnh|Nguồn)\s*:\s*[^\s()\n]{2,40})[ \t|]*$",
    _I,
)


def _in_photo_caption(text: str, pos: int) -> bool:
    """Whether ``pos`` is on a photo's caption line (the place a photo shows is not the
    text's)."""
    line_end = text.find("\n", pos)
    line_end = len(text) if line_end < 0 else line_end
    line_start = text.rfind("\n", 0, pos) + 1
    return line_end - line_start <= 400 and bool(
        _CAPTION_CREDIT_RE.search(text, line_start, line_end)
    )


def review_outside_captions(text: str) -> re.Match | None:
    """The first review form (:data:`_REVIEW_RE`) not on a photo's caption line (a caption's
    "Hội nghị tổng kết …" shows an event, the related-news box's, not the text's review)."""
    return next(
        (m for m in _REVIEW_RE.finditer(text) if not _in_photo_caption(text, m.start())), None
    )


# A commune's own party committee, written "Đảng ủy" alone as its actor ("Ban Thường vụ Đảng
# ủy tổ chức …", "Thường trực Đảng ủy, Thường trực HĐND …"): the text is below the district.
_COMMUNE_PARTY_RE = re.compile(
    r"\bĐảng\s+(?:ủy|uỷ)(?=\s*[,;.]|\s+(?:xã|phường|thị\s+trấn|tổ\s+chức|đã|vừa|chỉ\s+đạo"
    r"|triển\s+khai)\b)"
)


def _within_unit(text: str, meta: Metadata) -> re.Match | None:
    """The first "trong / toàn <unit>" (:data:`_WITHIN_UNIT_RE`) of a text that is not a
    commune's (its own party committee written "Đảng ủy")."""
    end = meta.body_end or len(text)
    if _COMMUNE_PARTY_RE.search(text, 0, end):
        return None
    return _WITHIN_UNIT_RE.search(text, 0, end)


def _place_without_issuer(text: str, meta: Metadata, places: Places | None = None) -> None:
    """A text that names no issuing body (a summary of results on a portal) is still
    about a place: the one named most often after a unit word ("tỉnh Bình Thuận"); a
    province's own city ("thành phố Bắc Kạn") at a district's level. Naming none, it is
    still a province's when it speaks of its province as its own ("tỉnh ta", "công tác đối
    ngoại của tỉnh"), and a national conference's when it tells one with no holder."""
    counts: Counter[tuple[str, str]] = Counter()
    first: dict[tuple[str, str], int] = {}
    for match in _UNIT_NAME_RE.finditer(text):
        if not _single_place(text, match) or _in_photo_caption(text, match.start()):
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
        own = None if under else _OWN_LOWER_UNIT_RE.search(text, 0, meta.body_end or len(text))
        if under:
            meta.level = Located("province", under.start(), under.end(), 0.35)
        elif own and not _OWN_PROVINCE_RE.search(text, 0, meta.body_end or len(text)):
            # "… trên địa bàn huyện" with no place named: the district's (the commune's)
            # own text
            level = UNIT_LEVEL.get(squash(own.group("unit")).lower())
            meta.level = Located(level, own.start("unit"), own.end("unit"), 0.35)
        elif within := _within_unit(text, meta):
            level = UNIT_LEVEL.get(squash(within.group("unit")).lower())
            meta.level = Located(level, within.start("unit"), within.end("unit"), 0.35)
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
