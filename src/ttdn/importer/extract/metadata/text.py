"""Low-level helpers and zones of a document's text, read by every finder of the metadata:
sentence bounds (a full stop that is not an abbreviation's), the document's top and the head
zone (the header down to the title), where the annexes start and where an annex read alone
names its issuer (its heading), where the body ends (the signature, "Nơi nhận"), the text as
names are read in it (:func:`names_text`: bracketed initials, an opening photo's caption and
the site's banner blanked), a decision's subject that issues a plan, ISO dates, compact
numbers and persons' names.
"""

from __future__ import annotations

import datetime
import re

from ttdn.core.text import fold
from ttdn.importer.extract.common import LOWER_LETTERS, UPPER_LETTERS
from ttdn.legal.parsing import SECRET_MARK

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
# A programme's or a scheme's heading: "CHƯƠNG TRÌNH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "ĐỀ ÁN".
_PROGRAMME_WORDS = r"CHƯƠNG\s+TRÌNH(?:\s+(?:HÀNH\s+ĐỘNG|PHỐI\s+HỢP(?:\s+CÔNG\s+TÁC)?))?|ĐỀ\s+ÁN"
# A report's heading: "BÁO CÁO", "BÁO CÁO TÓM TẮT", "BÁO CÁO SƠ KẾT".
_REPORT_WORDS = r"BÁO\s+CÁO(?:\s+(?:TÓM\s+TẮT|SƠ\s+KẾT|TỔNG\s+KẾT|KẾT\s+QUẢ))?"
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
    text = _blank(_SITE_BANNER_RE, text, count=1)
    box = _news_box(text)
    return text if box is None else text[:box] + " " * (len(text) - box)


# The heading of the box of other items a news page ends with, on a line of its own: "Tin
# liên quan", "Các tin khác", "Tin cùng chuyên mục", "Bài viết liên quan:", "Xem thêm >>",
# "Có thể bạn quan tâm". The headlines under it name other bodies' acts.
_NEWS_BOX_RE = re.compile(
    r"(?im)^[ \t|>•*-]*(?:(?:các\s+)?(?:tin|bài)(?:\s+(?:bài|viết|tức))?\s+(?:liên\s+quan|khác"
    r"|cùng\s+(?:chuyên\s+mục|loại|chủ\s+đề)|đã\s+đưa|mới\s+hơn|cũ\s+hơn)"
    r"|xem\s+thêm|đọc\s+thêm|có\s+thể\s+bạn\s+quan\s+tâm)[ \t]*(?:[:»>]+[ \t]*)?$"
)
# A line of the item's own prose, a sentence ending it (the box comes after the item).
_PROSE_LINE_RE = re.compile(r"(?m)^[^\n]{60,}[.!?…][ \t\"”]*$")


def _news_box(text: str) -> int | None:
    """Where the box of other items starts, when a line of the item's prose comes before it
    (a sidebar's "Tin khác" above the item is a menu, not its end); None when there is none."""
    for box in _NEWS_BOX_RE.finditer(text):
        if _PROSE_LINE_RE.search(text, 0, box.start()):
            return box.start()
    return None


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
