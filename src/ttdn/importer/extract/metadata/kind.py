"""The kind of document: its doc_type (a plan, a report, a news item about a plan, another
document) from the heading, the lede and the account a text gives, the finer kind behind it
(:func:`_kind_of`: a letter, a decision, a relayed letter), and a coordination regulation
signed (told as news: a regulation, not a plan).
"""

from __future__ import annotations

import itertools
import re

from ttdn.core.text import fold
from ttdn.importer.extract.common import (
    LOWER_LETTERS,
    NOUN_LIKE,
    VERB_RE,
    VERB_START_RE,
    is_upper_heading,
    starts_with_head,
)
from ttdn.importer.extract.metadata.body import _ISSUER_RE
from ttdn.importer.extract.metadata.dates import _CARD_NUMBER_RE, _FORMAL_HEADING_RE
from ttdn.importer.extract.metadata.fields import Metadata
from ttdn.importer.extract.metadata.issuer import _digest
from ttdn.importer.extract.metadata.subject import (
    _MEETING_AIM_REVIEW,
    _REVIEW_RE,
    review_outside_captions,
)
from ttdn.importer.extract.metadata.text import (
    _I,
    _PROGRAMME_WORDS,
    PAGE_LIMIT,
    _decision_for_plan,
    _sentence_bounds,
    _zone,
    annex_heading_end,
)
from ttdn.importer.extract.metadata.title import (
    _LETTER_RE,
    _PERIOD_DONE_RE,
    _PLAN_HEADING,
    _REPORT_HEADING_RE,
    _introduces_own_plan,
    _period_of,
    span_reviewed,
)
from ttdn.importer.result import Located

_PROGRAMME_HEADING_RE = re.compile(rf"(?m)^\s*({_PROGRAMME_WORDS})\s*$")
# The cased heading of such a copy, its subject in capitals on the next line.
_DECISION_CASED_HEADING_RE = re.compile(
    rf"(?m)^[ \t]*Quyết[ \t]+định[ \t]*\n[ \t]*(?:BAN\s+HÀNH|PHÊ\s+DUYỆT|VỀ\s+VIỆC)\s[^{LOWER_LETTERS}\n]+$"
)
_MEETING_AIM_REVIEW_RE = re.compile(_MEETING_AIM_REVIEW, _I)
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


# A regulation issued by a decision, pasted without the decision: its heading ("QUY CHẾ",
# "QUY ĐỊNH", or the name as a line "Quy chế …"), its name, then the line attaching it ("(Ban
# hành kèm theo Quyết định số …)"), also run together on one line by a page's copy. A
# regulation, not a plan: typed other, as the decision issuing it is (qd_quang_ngai_2018).
_ATTACHED_REGULATION_RE = re.compile(
    r"(?:^|(?<=\s))(?:QUY\s+CHẾ|QUY\s+ĐỊNH|(?<![^\n])[ \t]*Quy\s+(?:chế|định))\b"
    r"[^()]{0,300}?\(\s*(?i:(?:ban\s+hành\s+)?kèm\s+theo\s+quyết\s+định\s+số)\b"
)
ATTACHED_REGULATION_LIMIT = 2000  # characters: the regulation's heading, after a page's marks


_CARD_KIND_RE = re.compile(r"(?m)^[ \t|]*Loại\s+văn\s+bản\s*[:|]\s*(\w+(?:[ \t]+\w+)?)")


# A plan told by its aims or contents in a news item's voice: "Theo đó, mục đích của kế hoạch
# nhằm …", "Mục tiêu của kế hoạch là …" (a copy that begins after the plan's naming).
_PLAN_DESCRIBED_RE = re.compile(
    r"(?:^|(?<=[.\n]))[ \t]*(?:Theo\s+đó\s*,\s*)?(?:mục\s+đích|mục\s+tiêu|nội\s+dung|yêu\s+cầu)"
    r"(?:\s+(?:chính|chung))?\s+của\s+kế\s+hoạch\b",
    _I,
)
PLAN_DESCRIBED_LIMIT = 1500  # characters: the item's headline and lede


# A Party directive or conclusion, its heading alone on a line under a Party symbol of its
# kind ("Số 05-CT/TU … / CHỈ THỊ", "Số 310-KL/TU … / KẾT LUẬN"): typed other, as its news is
# (a resolution or a guidance, set out in sections as a plan is, is read as before).
_PARTY_KIND_HEADING_RE = re.compile(r"(?m)^[ \t]*(?:CHỈ[ \t]+THỊ|KẾT[ \t]+LUẬN)[ \t]*$")
_PARTY_SYMBOL_RE = re.compile(r"\bSố\s*:?\s*\d+\s*-\s*(?:CT|KL)/")


def _find_doc_type(text: str, head: tuple[int, int], meta: Metadata) -> None:
    zone = _zone(text, head)
    formal = (
        _FORMAL_HEADING_RE.search(zone)
        or _DECISION_CASED_HEADING_RE.search(zone)
        or (_PARTY_SYMBOL_RE.search(zone) and _PARTY_KIND_HEADING_RE.search(zone))
    )
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
    elif _ATTACHED_REGULATION_RE.search(text, 0, min(len(text), ATTACHED_REGULATION_LIMIT)):
        meta.doc_type = Located("other", None, None, 0.8)
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
    elif not meta.announcement and pasted_letter_body(text):
        # A letter's body pasted without its header, opening with its ask over the items
        # ("Thực hiện Kế hoạch …, Sở … đề nghị UBND các xã, phường:"): the letter.
        meta.doc_type = Located("other", None, None, 0.55)
    elif duties_fragment(text, meta):
        # A plan's duties pasted alone, with no header ("II. NHIỆM VỤ …", "1. Sở … chủ trì
        # …", "- Tuyên truyền …"): the plan, read from its duties.
        meta.doc_type = Located("plan", None, None, 0.55)
    elif meta.other_document:
        # (a copy damaged past its announcement may name the other document and no sentence)
        meta.doc_type = Located("other", *(meta.announcement or (None, None)), 0.7)
    elif meta.own_voice and not meta.announcement:
        meta.doc_type = Located("other", *meta.own_voice, 0.6)
    elif not meta.announcement and _digest(text):
        # A site's digest of the week's events, compiled by the site: a report of them.
        meta.doc_type = Located("report", None, None, 0.6)
    elif not meta.announcement and _lede_event(text):
        # News of a meeting or of a letter (its lede tells it, and it reviews no work):
        # neither a report nor a year's plan, whatever its speakers recall.
        meta.doc_type = Located("other", None, None, 0.6)
    elif not meta.announcement and span_reviewed(text):
        # A review article of a written span ("Sau 10 năm thực hiện Chiến lược, …" after "…
        # giai đoạn 2011 – 2020"; a headline "Thành tựu năm 2019 và định hướng năm 2020"): a
        # report of that span.
        meta.doc_type = Located("report", None, None, 0.6)
    elif not meta.announcement and review_outside_captions(text):
        # No plan is announced and the text reviews work done: a report (or news of one).
        # (not a review a photo's caption shows: "… chủ trì Hội nghị tổng kết công tác năm
        # 2021 … (Nguồn: …)")
        meta.doc_type = Located("report", None, None, 0.6)
    elif not meta.announcement and _year_done_lede(text):
        # The item's lede opens with a year's work told as done by a body ("(HG) - Năm 2021,
        # Mặt trận và các tổ chức thành viên trong tỉnh đã lồng ghép tuyên truyền …"): that
        # year's results, a report.
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
    elif not meta.meeting and _tells_done_work(text) and not _feature(text):
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


# The pasted duties of a plan (:func:`duties_fragment`). A line's mark: a number, a bullet, a
# letter, an ordinal word ("Một là,", "Thứ hai,").
_FRAGMENT_MARK_RE = re.compile(
    r"[ \t]*(?:(?:\d{1,2}(?:\.\d{1,2})*|[IVX]{1,4}|[a-zđ])[.)]|[-–—+•*]"
    r"|(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười)\s+là\s*,"
    r"|Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)\s*,)?[ \t]*"
)
# A line that gives an item's time ("Thời gian: Quý II/2026") or opens with one ("Định kỳ 6
# tháng, …", "Trước ngày 15/12/2026, …").
_FRAGMENT_TIME_RE = re.compile(
    r"(?:Thời\s+gian|Thời\s+hạn|Tiến\s+độ)[^:\n]{0,20}:"
    r"|(?:Định\s+kỳ|Hằng|Hàng|Trước\s+ngày|Trong|Năm|Quý|Tháng)\b[^,\n]{0,40},\s*",
    _I,
)
_BODY_ASKS_RE = re.compile(r"\s(?:đề\s+nghị|yêu\s+cầu|giao)\s", _I)
_ASK_OPENING_RE = re.compile(r"(?:Giao|Đề\s+nghị|Yêu\s+cầu)\s+", _I)
# What is no duty: work told as done or just done ("… vừa ban hành …"), a meeting at work
# ("Hội nghị quán triệt …"), a document told ("Hướng dẫn cũng nêu rõ …"); or a heading's
# purposes, requirements or results.
_DONE_RE = re.compile(
    r"\b(?:đã|đang|vừa|mới\s+đây)\s|^(?:Hội\s+(?:nghị|thảo)|Tọa\s+đàm)\b"
    r"|^[^,.;:]{0,40}?\b(?:nêu\s+rõ|chỉ\s+rõ)\b"
    r"|^(?:Hướng\s+dẫn|Kế\s+hoạch|Công\s+văn|Văn\s+bản|Chỉ\s+thị|Chương\s+trình|Đề\s+án"
    r"|Nghị\s+quyết|Thông\s+báo)\s+(?:cũng\s+|còn\s+)?(?:nêu|yêu\s+cầu|đề\s+nghị|đề\s+ra"
    r"|xác\s+định|nhấn\s+mạnh|giao)\b",
    _I,
)
# A page's marks, no pasted section's: a time of posting ("14:00 | 18/07/2025 GMT+7", "Cập nhật
# ngày: …"), a news dateline ("(QNO) - "), a photo's or a source's credit, the tags.
_PAGE_MARK_RE = re.compile(
    r"\bGMT\b|\b\d{1,2}:\d{2}\b|Cập\s+nhật\s+(?:ngày|lúc)|Lượt\s+xem|Ngày\s+đăng"
    r"|^[ \t]*\([A-ZĐa-z.]{2,20}\)\s*[–—-]|\b(?:Ảnh|Nguồn)\s*:|^[ \t]*TAGS\b",
    re.M,
)
_NOT_DUTIES_HEADING_RE = re.compile(
    r"mục\s+đích|mục\s+tiêu|yêu\s+cầu|quan\s+điểm|kết\s+quả|tình\s+hình|đánh\s+giá", _I
)
# A news item's lede telling a body issuing a document ("UBND xã … ban hành kế hoạch …", "Ban
# Thường vụ Tỉnh ủy … ban hành Chỉ thị về …", "… vừa ban hành hướng dẫn …"): the news of the
# document, never a pasted duty, when it opens the text with no list mark.
_ISSUES_DOCUMENT_RE = re.compile(
    r"\b(?:(?:đã|vừa|mới)\s+)?ban\s+hành\s+(?:kế\s+hoạch|chỉ\s+thị|hướng\s+dẫn|chương\s+trình"
    r"|đề\s+án|quy\s+chế|nghị\s+quyết|kết\s+luận|công\s+văn|văn\s+bản|quyết\s+định)\b",
    _I,
)
FRAGMENT_LIMIT = 6000  # characters: a section pasted alone, not a page
FRAGMENT_DUTIES = 2  # duty lines, at least


# A duty opened by how it is done ("Kịp thời cung cấp …", "Thường xuyên cập nhật …"), by the
# work as a verb before what it is about ("Thông tin về chủ trương …", "Thông tin kịp thời
# cho …"), or carried by a role ("Người phát ngôn của UBND tỉnh chủ trì …", "Thủ trưởng các
# cơ quan … chỉ đạo …").
_MANNER_OPENING_RE = re.compile(
    r"(?:Kịp\s+thời|Thường\s+xuyên|Tích\s+cực|Khẩn\s+trương|Chủ\s+động)\s+(?=\w)", _I
)
_WORK_ABOUT_RE = re.compile(r"Thông\s+tin\s+(?:về|cho|đến|tới|kịp\s+thời)\s", _I)
_ROLE_AT_WORK_RE = re.compile(
    r"(?:Người\s+(?:phát\s+ngôn|đứng\s+đầu)|Lãnh\s+đạo|Thủ\s+trưởng)\s", _I
)


def _duty_line(line: str) -> bool:
    """Whether a line (its mark taken off) states a duty: it opens with a duty verb (after a
    word of manner), with the work it is about ("Thông tin về …"), with a body asked ("Giao
    Sở …") or with a body or a role at work ("Sở … chủ trì …", "Người phát ngôn … chủ trì
    …"), and tells nothing done."""
    if len(line.split()) < 6 or line.rstrip().endswith(":") or _DONE_RE.search(line):
        return False
    manner = _MANNER_OPENING_RE.match(line)
    opening = VERB_START_RE.match(line[manner.end() :] if manner else line)
    if opening and opening.group(0).lower() not in NOUN_LIKE or _WORK_ABOUT_RE.match(line):
        return True
    asked = _ASK_OPENING_RE.match(line)
    rest = line[asked.end() :] if asked else line
    return (starts_with_head(rest) or bool(_ROLE_AT_WORK_RE.match(rest))) and bool(
        VERB_RE.search(rest, 0, 200)
    )


def _asks_over_items(line: str) -> bool:
    """A letter's ask over its items, its body opening the line or after its ground's comma
    ("Thực hiện Kế hoạch …, Sở … đề nghị UBND các xã:", "Để chuẩn bị …, Bộ … đề nghị …:")."""
    if not (line.endswith(":") and _BODY_ASKS_RE.search(line)):
        return False
    return any(
        starts_with_head(line[m.end() :]) for m in re.finditer(r"^|,\s*", line)
    ) and not _ASK_OPENING_RE.match(line)


def pasted_letter_body(text: str) -> bool:
    """A letter's body pasted without its header: its first line is its ask over the items."""
    return _asks_over_items(text.lstrip().split("\n", 1)[0].strip())


def duties_fragment(text: str, meta: Metadata) -> bool:
    """Whether ``text`` is a plan's duties pasted alone: no header, number, date or letter's
    marks, at most a heading line or two, and lines of which the first and most state duties
    (:func:`_duty_line`; a line giving a time is neither). A fragment of purposes,
    requirements or past results, a news item's lede, a site's menus, a letter's body (a body
    asking in its own words, a document retold: "Hướng dẫn cũng yêu cầu …") are not."""
    if len(text) > FRAGMENT_LIMIT or meta.issued_date.value or meta.plan_number.confidence >= 0.9:
        return False
    if meta.own_voice or _relayed_letter(text):
        return False  # a letter's body, a body asking in its own words: the letter reader's
    if re.search(r"(?m)^[ \t]*(?:Kính\s+gửi|V/v\b|Nơi\s+nhận)", text) or _PAGE_MARK_RE.search(text):
        return False
    duties = others = headings = 0
    unmarked = 0  # heading lines with no number: one at most, the fragment's own
    skipping = False  # under a heading of purposes, requirements or results
    for raw in text.split("\n"):
        if not raw.strip():
            continue
        mark = _FRAGMENT_MARK_RE.match(raw)
        line = raw[mark.end() :].strip()
        if not line:
            continue
        words = len(line.split())
        stopped = re.search(r"[.;:…]$", line)
        if (is_upper_heading(line) or words <= 12 and not stopped) and not (
            line.endswith(":") and starts_with_head(line)
        ):
            # (a body named as a heading over its duties, "1. Công an tỉnh", is their lead,
            # not a heading of the text's)
            headings += not (starts_with_head(line) and not is_upper_heading(line))
            unmarked += mark.end() == 0 or not raw[: mark.end()].strip()
            if unmarked > 1:
                return False  # a page's lines (a menu, a headline, a date), not a section
            skipping = bool(_NOT_DUTIES_HEADING_RE.search(line))
            continue
        if not stopped and not raw[: mark.end()].strip():
            # a long line with no mark nor stop: a headline (a pasted item has its mark)
            if duties == 0:
                return False
            others += 1
            continue
        if _asks_over_items(line):
            return False  # "Sở … đề nghị các đơn vị … thực hiện:": a letter's ask, its items after
        if skipping or line.endswith(":"):
            continue
        time = _FRAGMENT_TIME_RE.match(line)
        if time and not _duty_line(line[time.end() :]):
            continue
        if (
            duties == 0
            and not raw[: mark.end()].strip()
            and starts_with_head(line)
            and _ISSUES_DOCUMENT_RE.search(line, 0, 200)
        ):
            return False  # a news item's lede: a body issuing a document
        if _duty_line(line):
            duties += 1
        elif duties == 0:
            return False  # the first sentence (a lede, a basis, an account) states no duty
        else:
            others += 1
    return duties >= FRAGMENT_DUTIES and duties > others and headings <= duties


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
    r"(?:hội\s+nghị|hội\s+thảo|t[oọ]a\s+đàm|diễn\s+đàn|(?:cuộc|phiên)\s+họp|buổi\s+làm\s+việc"
    # (a day held, "… tổ chức Ngày hội Biên phòng toàn dân", whatever review it also holds)
    r"|(?-i:Ngày\s+hội))"
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


# A lede opening with a year's work told as done ("(HG) - Năm 2021, Mặt trận … đã …"; not what
# is to come, "… sẽ …").
_YEAR_DONE_RE = re.compile(
    r"[ \t]*(?:\([^)\n]{1,15}\)\s*[-–]\s*)?(?:Trong\s+)?năm\s+((?:19|20)\d{2})\s*,"
    r"(?:(?!\bsẽ\b)[^.\n]){0,200}?\bđã\b",
    _I,
)


def _year_done_lede(text: str) -> bool:
    """The item's lede (its first paragraph of a sentence's length after the headline) opens
    with a year's work told as done."""
    paragraphs = list(itertools.islice(_LONG_PARAGRAPH_RE.finditer(text), LEDE_PARAGRAPHS))
    return any(_YEAR_DONE_RE.match(text, p.start(), p.end()) for p in paragraphs)


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


# Done work told over an unbounded time, no year of it written: "nhiều năm nay, tỉnh … đã
# …", "… được duy trì hiệu quả trong hơn 10 năm", "Những kết quả … thời gian qua", "trong
# những năm qua".
_UNBOUNDED_TIME_RE = re.compile(
    r"\b(?:nhiều\s+năm\s+(?:nay|qua)|(?:trong\s+)?hơn\s+\d{1,2}\s+năm(?!\s+(?:19|20)\d{2})"
    r"|thời\s+gian\s+qua|(?:những|các)\s+năm\s+(?:qua|gần\s+đây))\b",
    _I,
)
_YEAR_OF_WORK_RE = re.compile(
    r"\bnăm\s+(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}\b", _I
)


def _feature(text: str) -> bool:
    """Whether an account of done work is a feature, not a report: its work told over an
    unbounded time ("nhiều năm nay", "hơn 10 năm", "thời gian qua") and no year or span of
    work written in it (a date of an event is no year of work)."""
    zone = text[:ACCOUNT_LIMIT]
    return bool(_UNBOUNDED_TIME_RE.search(zone)) and not _YEAR_OF_WORK_RE.search(zone)


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
