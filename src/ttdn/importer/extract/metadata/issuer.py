"""Who issued the document: the header's form, the author named after a letter, a card's
issuer, the announcer of a news item and the other news forms (a meeting's organiser, a
chair, a delegation, communes' or departments' bodies holding an event, a body asking in its
own words, a digest's compiler), settled with its level and place (:func:`_settle_issuer`),
and the learned model's pick among the bodies named (:mod:`..issuer_choice`).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from ttdn.core.text import fold, same_but_tone_place, squash, traditional_tone_place
from ttdn.directory.gazetteer import MERGER_DATE, legacy_districts
from ttdn.importer.extract import issuer_choice
from ttdn.importer.extract.common import LOWER_LETTERS, PROPER_NAME, UNIT_LEVEL, UPPER_LETTERS
from ttdn.importer.extract.metadata.announcement import (
    _ANNOUNCE_RE,
    _BY_RE,
    _DECISION_ANNOUNCE_RE,
    _ISSUED_AFTER_RE,
    _OTHER_ANNOUNCE_RE,
    _notice_after_document,
    prime_minister_signs,
)
from ttdn.importer.extract.metadata.body import (
    _EVENT_RE,
    _ISSUER_RE,
    _event_before,
    _expand_org,
    _Issuer,
    _issuer_of,
)
from ttdn.importer.extract.metadata.dates import _FORMAL_HEADING_RE, _in_basis
from ttdn.importer.extract.metadata.fields import Metadata
from ttdn.importer.extract.metadata.header import _header_issuer, _mixed_case_form
from ttdn.importer.extract.metadata.places import (
    _CENTRAL_CITIES,
    _PROVINCE_WRITTEN,
    Places,
    _most_frequent_place,
    _most_frequent_province,
    _placed_body_unit,
    _province_of_city,
    _provinces_city,
    _spelt,
    central_in,
)
from ttdn.importer.extract.metadata.subject import (
    _SPEAKERS_NAME_RE,
    _according_body,
    _bare_place,
    _bodies_after,
    _known_place_prefix,
    _named_in_full,
    _place_at_end_of_org,
    _place_of_media,
    _place_without_issuer,
    _reviewing_speaker,
    _subject_body,
    _unit_of_symbol,
)
from ttdn.importer.extract.metadata.text import (
    _I,
    PAGE_LIMIT,
    _persons_name,
    _sentence_bounds,
    _zone,
)
from ttdn.importer.result import Located

# The day districts (and the Party committees of a province's cities) ended: the merger's.
DISTRICTS_ENDED = MERGER_DATE

_PARTY_OF_AGENCY_RE = re.compile(
    r"(?:Đảng\s+(?:[ủỷ]y|uỷ)|Chi\s+bộ)\s+(?:Sở|Bộ\s+Chỉ\s+huy|Công\s+an|Ban\s+Quản\s+lý|Văn\s+phòng)\b"
)
# The level a Party committee's name gives ("Huyện ủy Thường Tín" is a district's).
_PARTY_LEVEL = {
    "tỉnh ủy": "province",
    "thành ủy": "province",
    "huyện ủy": "district",
    "thị ủy": "district",
    "quận ủy": "district",
}
# A review's subject: "Năm 2022, Liên hiệp … đã chủ trì …", "4 tháng đầu năm, X đã …".
# Also the months of a year ("9 tháng năm 2020, …") and the rest of it, whose work the body
# reviewed states ("Trong những tháng cuối năm 2020, X sẽ tiếp tục …").
# (after it, a concession: "Năm 2021, dù chịu ảnh hưởng của dịch COVID-19, X vẫn …")
# (and a span: "Giai đoạn 2016-2020, X đã …", "Trong giai đoạn 2019–2024, …", "Từ đầu năm
# 2025 đến nay, …"; the months in words, or the line's first word with its capital: "Sáu
# tháng đầu năm 2024, …", "Những tháng cuối năm 2024, X sẽ …")
_MONTHS_IN_WORDS = (
    r"(?:[Mm]ột|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Ss]áu|[Bb]ảy|[Tt]ám|[Cc]hín|[Mm]ười(?:\s+một|\s+hai)?)"
)
_REVIEW_OPENING_RE = re.compile(
    r"\s*(?:[Tt]rong\s+)?(?:[Nn]ăm\s+(?:19|20)\d{2}"
    r"|(?:\d{1,2}|"
    + _MONTHS_IN_WORDS
    + r")\s+tháng(?:\s+(?:đầu|cuối))?\s+năm(?:\s+(?:19|20)\d{2})?"
    r"|(?:[Nn]hững\s+)?(?:tháng|ngày)\s+cuối\s+năm(?:\s+(?:19|20)\d{2})?"
    # (or a term, as a span: "Nhiệm kỳ 2019 - 2024, X đã …", "Thời kỳ 2016-2020, …")
    r"|(?:[Gg]iai\s+đoạn|[Nn]hiệm\s+kỳ|[Tt]hời\s+kỳ)\s+(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}"
    r"|[Tt]ừ\s+đầu\s+năm(?:\s+(?:19|20)\d{2})?\s+(?:đến|tới)\s+nay)"
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


_AUTHOR_BEFORE_RE = re.compile(r"\bcủa\s+$")


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


# A department advising another body to issue ("Sở … (đã) tham mưu (cho) UBND tỉnh ban hành …").
_ADVISES_OTHER_RE = re.compile(
    r"(?:(?:đã|vừa|tiếp\s+tục)\s+)?(?:chủ\s+động\s+)?tham\s+mưu\s+(?:cho\s+|với\s+)?", _I
)


def _advises_other(text: str, verb: int, end: int) -> bool:
    advises = _ADVISES_OTHER_RE.match(text, verb, end)
    advised = advises and _ISSUER_RE.match(text, advises.end(), end)
    return bool(advised and _ISSUED_AFTER_RE.match(text, advised.end(), end))


# A partner after the body, the two signing a joint programme ("X và Báo Nhân Dân ký kết
# Chương trình phối hợp …", "X cùng 12 cơ quan báo chí ký kết …").
_PARTNER_SIGNS_RE = re.compile(
    r"\s*,?\s*(?:và|cùng(?:\s+với)?)\s+[^.;\n]{3,120}?\s+"
    r"(?=(?:đã\s+|vừa\s+)?ký\s+kết\s+(?:chương\s+trình|kế\s+hoạch\s+phối\s+hợp))",
    _I,
)


# The joint signing after signatories listed with a comma ("Bộ Ngoại giao, Trung ương Đoàn
# … ký kết chương trình phối hợp …").
_SIGNS_RE = re.compile(
    r"\s+(?=(?:đã\s+|vừa\s+)?ký\s+kết\s+(?:chương\s+trình|kế\s+hoạch\s+phối\s+hợp))", _I
)
# (not a body a source, a document or a partner names: "Theo Sở …, UBND tỉnh và … ký kết")
_NAMED_BY_RE = re.compile(r"\b(?:[Tt]heo|của|với|giữa)\s+$")


def _listed_signatories(text: str, body: re.Match, end: int) -> int | None:
    """Where the signing verb starts when the body is the first of signatories listed with a
    comma ("X, Y ký kết …", "X, Y và Z ký kết …"), each a body; None otherwise."""
    if _NAMED_BY_RE.search(text, max(0, body.start() - 8), body.start()):
        return None
    for other in _bodies_after(text, body.end(), end):
        if signs := _SIGNS_RE.match(text, other.end(), end):
            return signs.end()
    return None


def _announcer_form(text: str, head: tuple[int, int], meta: Metadata) -> list[_Issuer]:
    """The body that issues the document a news item announces ("UBND tỉnh vừa ban hành Kế
    hoạch số …", "… do Sở … ban hành"), every one the announcement names so."""
    if not meta.announcement:
        return []
    found = []
    start, end = meta.announcement
    previous = None
    for match in _ISSUER_RE.finditer(text, start, end):
        if text[match.start() - 1 : match.start()] in ("-", "/"):
            continue  # a body's initials in a number's symbol ("Kế hoạch số 45/KH-UBND vừa …")
        tail = text[match.end() : end]
        verb = match.end() + len(tail) - len(tail.lstrip(" ,"))
        if _advises_other(text, verb, end):
            # "Sở … đã tham mưu UBND tỉnh ban hành Kế hoạch …": the plan is the body's it
            # advises, named next.
            previous = None
            continue
        advises = _ADVISES_RE.match(text, verb, end)
        partner = None if advises else _PARTNER_SIGNS_RE.match(text, match.end(), end)
        listed = None if advises or partner else _listed_signatories(text, match, end)
        if listed is not None:
            # "X, Y ký kết Chương trình phối hợp …": the first party named.
            verb = listed
        elif advises:
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
            # (not "… vừa được X ban hành": the passive's subject is the document)
            or re.match(r"\s*(?:đã|vừa|mới)\b(?!\s+được\b)", tail)
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
def _signer_form(text: str, head: tuple[int, int], meta: Metadata) -> list[_Issuer]:
    """The Prime Minister for the decision a news item announces through its signer ("Phó
    Thủ tướng X vừa ký Quyết định số 173/QĐ-TTg …"): the decision is his whoever signs."""
    if not meta.announcement:
        return []
    start, end = meta.announcement
    decision = _DECISION_ANNOUNCE_RE.search(text, start, end)
    signer = decision and prime_minister_signs(text, start, decision.start(), decision.group(1))
    if not signer:
        return []
    return [
        _Issuer(
            org="Thủ tướng Chính phủ",
            unit="",
            name="",
            start=signer.start(),
            end=signer.end(),
            name_start=None,
            confidence=0.85,
        )
    ]


_DOCUMENT_FORMS = (
    _header_form,
    _card_form,
    _author_form,
    _signer_form,
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
    # "Chủ tịch UBND tỉnh yêu cầu …": the chair speaks for the committee; not a guest
    # speaking at a meeting a body named before holds ("Sở … tổ chức hội nghị … Phát biểu
    # tại hội nghị, đồng chí …, Phó Chủ tịch UBND tỉnh đề nghị …": the host's meeting).
    return bool(
        _CHAIR_BEFORE_RE.search(text, max(0, body.start() - 12), body.start())
        and _CHAIR_ASKS_RE.match(text, body.end())
        and not _host_named_before(text, body.start())
    )


def _host_named_before(text: str, position: int) -> bool:
    """Whether a body named before ``position`` holds a meeting ("X tổ chức hội nghị …",
    "Hội nghị … do X tổ chức")."""
    previous = None
    for earlier in _ISSUER_RE.finditer(text, 0, position):
        if _holds_meeting(text, earlier, previous) or _organised_by(text, earlier, previous):
            return True
        previous = earlier
    return False


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


# The focus a body set itself, told after a headline that names it: "Đây là (một trong
# những) nhiệm vụ trọng tâm của X được đề ra tại Đại hội …".
_FOCUS_OF_RE = re.compile(
    r"\bĐây\s+là\s+(?:một\s+trong\s+(?:những|các)\s+)?(?:nhiệm\s+vụ|nội\s+dung|giải\s+pháp"
    r"|mục\s+tiêu|định\s+hướng|chủ\s+trương)\b[^.;\n]{0,60}?\bcủa\s+$",
    _I,
)
_FOCUS_SET_RE = re.compile(
    r"\s*(?:\([^)\n]{1,30}\)\s*)?(?:đã\s+)?được\s+(?:đề\s+ra|xác\s+định|thống\s+nhất|nêu\s+ra"
    r"|đặt\s+ra|thông\s+qua)\b",
    _I,
)


def _focus_of(text: str, body: re.Match, previous: re.Match | None) -> bool:
    # "Đây là nhiệm vụ trọng tâm của X được đề ra tại Đại hội …"
    start = _sentence_bounds(text, body.start())[0]
    return bool(
        _FOCUS_OF_RE.search(text, start, body.start()) and _FOCUS_SET_RE.match(text, body.end())
    )


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
    _NewsForm(_focus_of, 0.55),
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


# What is done to a body, not by it: "… được tặng Bằng khen", "… vinh dự nhận Huân chương".
_HONOURED_RE = re.compile(
    r"\s*(?:\([^)\n]{1,30}\)\s*)?(?:(?:vừa|đã|mới|vinh\s+dự)\s+)*"
    r"(?:được\s+(?:tặng|trao(?:\s+tặng)?|nhận|khen\s+thưởng|vinh\s+danh|phong\s+tặng)|nhận)\s",
    _I,
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
    # (a body the item tells of as honoured, not acting: "Sở Ngoại vụ tỉnh … được tặng Bằng
    # khen …" issues nothing)
    found = [c for c in found if not _HONOURED_RE.match(named, c.issuer.end)]
    chosen = issuer_choice.choose(found, model)
    if chosen is None or issuer_choice.same_body(chosen[0].name, meta.issuer.value):
        return
    if meta.issuer.start is not None and abs(chosen[0].issuer.start - meta.issuer.start) < 3:
        # The very body the rules read, where they read it: their reading of its name stands
        # (its place completed, "Sở Ngoại vụ Vĩnh Phúc" read "… tỉnh Vĩnh Phúc"; its head's
        # name not taken for the body's, "Thứ trưởng Bộ … Nguyễn Văn B có buổi hội đàm …").
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
            elif name and (province := _province_of_city(fold(name))):
                # "UBND tỉnh" with "Huế" named before 2025: the province its city was
                # (Thừa Thiên Huế), never a "tỉnh Huế"
                name = province
        elif not name and unit in ("huyện", "quận", "thị xã"):
            # "Tuy An: Triển khai …", "Huyện Tuy An triển khai …" above "UBND huyện ban hành
            # …": the district the headline opens with.
            name, name_start = _headline_district(text, unit)
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
        if not known and re.search(r"\s*[-–]\s*", name):
            # (the province's name written with a dash, "Thừa Thiên - Huế", "Thừa Thiên-Huế";
            # a name that has one, "Bà Rịa - Vũng Tàu", is spelt as written above)
            undashed = re.sub(r"\s*[-–]\s*", " ", name)
            known = (_spelt(places, undashed) if places else None) or _PROVINCE_WRITTEN.get(
                fold(undashed)
            )
            if known:
                name = known
        # The directory's spelling of the place ("Hoà Bình" is written Hòa Bình, "PHÚ YÊN"
        # Phú Yên); the tone marks stay as written: "PHÙ YÊN" is never Phú Yên, whatever
        # the folded lookup finds.
        if known and same_but_tone_place(known, name):
            name = known
        elif name.isupper():
            name = _mixed_case_form(text, name)
        # (a place's name as the law writes it, the tone of a final "oa", "oe", "uy" on its
        # first vowel: the division data's "Hiệp Hoà" is huyện Hiệp Hòa)
        name = traditional_tone_place(name)
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
    elif (
        best.org.startswith("Hội đồng")
        and not best.unit
        and not name
        and re.search(r"\b(?:toàn\s+quốc|[Qq]uốc\s+gia)\b", best.org)
    ):
        level = "national"  # "Hội đồng Giải thưởng toàn quốc về …", "… Báo chí Quốc gia"
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
                # (before 07/2025, a province's own city of its name: "Thành ủy Lai Châu" is
                # the city's, the province's is "Tỉnh ủy Lai Châu"; Đồng Nai named no city)
                or (
                    _before_districts_ended(year)
                    and fold(name) in _district_cities()
                    and fold(name) not in cities
                )
            )
        ):
            level = "district"  # "Thành ủy Huế" of Thừa Thiên Huế (until 2025)
    elif best.org.startswith("Sở"):
        level = "department"
    elif best.org.startswith("Đồn ") and not best.unit:
        # A border post, named by the commune it stands in ("Đồn Biên phòng Cửa khẩu Quốc tế
        # Lao Bảo"): that commune's level and place, as the corpus's border days are.
        level = "commune"
        place = re.sub(r"^Đồn Biên phòng (?:(?i:cửa khẩu)(?: (?i:quốc tế))? )?", "", best.org)
        at = text.find(place, best.start, best.end)
        found = at >= 0
        meta.locality = Located(
            place, at if found else None, at + len(place) if found else None, 0.6
        )
    elif best.unit == "thành phố" and name and _provinces_city(fold(name), cities):
        # a city of a province ("thành phố Cam Ranh"; "thành phố Bắc Ninh" until 2025), not
        # Hà Nội
        level = "district"
    else:
        level = UNIT_LEVEL.get(best.unit)
    if level:
        meta.level = Located(level, best.start, best.end, confidence)
    if level == "national" and not best.name and not best.unit:
        # A central body named with no place of its own holds its event where the text says
        # ("Ủy ban Trung ương MTTQ Việt Nam … tổ chức … tại xã Môn Sơn"): the venue is not
        # its locality (nor the place read before any body was, :func:`_place_without_issuer`).
        name = ""
        meta.locality = Located()
    if name:
        end = name_start + len(name) if name_start is not None else None
        # (a numbered ward or district is written with its unit word: "Phường 8", "Quận 5")
        locality = f"{best.unit.capitalize()} {name}" if name.isdigit() and best.unit else name
        meta.locality = Located(locality, name_start, end, confidence if name_start else 0.6)


# The district a headline opens with, bare or after its unit word, before a colon, a dash or
# the headline's verb in small letters ("Tuy An: …", "Huyện Tuy An triển khai …").
_HEADLINE_DISTRICT_RE = re.compile(
    r"\s*(?:(?:Huyện|Quận|Thị\s+xã|HUYỆN|QUẬN)\s+)?(?P<name>" + PROPER_NAME + r")"
    rf"(?=[ \t]*[:–—-]|[ \t]+[{LOWER_LETTERS}])"
)


def _headline_district(text: str, unit: str) -> tuple[str, int | None]:
    """The district of ``unit``'s kind the item's first line opens with, one the division
    data knew before 07/2025; ("", None) otherwise."""
    headline = _HEADLINE_DISTRICT_RE.match(text)
    if headline is None or "\n" in text[: headline.start("name")].strip(" \t"):
        return "", None
    # (a name runs over a dash, "Tuy An - Đẩy mạnh …": the district is before it)
    name = re.split(r"\s*[-–—]\s*", squash(headline.group("name")))[0]
    if fold(name) not in _districts_of(unit):
        return "", None
    return name, headline.start("name")


@cache
def _districts_of(unit: str) -> frozenset[str]:
    """The folded names of the districts of ``unit``'s kind before 07/2025."""
    return frozenset(fold(d.name) for d in legacy_districts() if d.type_word == unit)


@cache
def _district_cities() -> frozenset[str]:
    """The folded names of the cities at a district's level before 07/2025, from the
    division data ("lai chau", "bien hoa"; not "dong nai", which named no city then)."""
    return frozenset(fold(d.name) for d in legacy_districts() if d.type_word == "thành phố")


def _before_districts_ended(when: int | datetime.date | None) -> bool:
    """Whether a text read on ``when`` (a day, or a year) is surely from before 01/07/2025,
    when districts and their cities' Party committees ended."""
    if isinstance(when, datetime.date):
        return when < DISTRICTS_ENDED
    return when is not None and when < DISTRICTS_ENDED.year


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
