"""The sentence of a news item that announces the document ("<body> (đã|vừa) ban hành Kế
hoạch số … về …"), and the other forms an item tells of a document in: a letter told before
("Thực hiện Công văn số … của …"), a review held before, a notice after a document, a letter
opening the item, a conclusion announced, a plan told in the passive ("Kế hoạch … được ban
hành …"); a plan only told of in a review is dropped.
"""

from __future__ import annotations

import re

from ttdn.core.patterns import guarded
from ttdn.core.text import squash
from ttdn.importer.extract.common import UPPER_LETTERS
from ttdn.importer.extract.metadata.body import _EVENT_RE, _ISSUER_RE, _event_before
from ttdn.importer.extract.metadata.fields import Metadata
from ttdn.importer.extract.metadata.text import (
    _I,
    _NUMBER,
    _PARTY_NUMBER,
    _compact_number,
    _iso,
    _sentence_bounds,
)
from ttdn.importer.result import Located

# The plan-like documents a news item announces: a plan, an action or joint programme
# ("Chương trình phối hợp công tác số 5115/CTr-BTTTT-BTLBP"), a scheme (Đề án).
_PLAN_KINDS = r"kế\s+hoạch|chương\s+trình\s+(?:hành\s+động|phối\s+hợp)(?:\s+công\s+tác)?|đề\s+án"
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
    # (or a joint plan, told through its signing as a programme is: "X và Y (vừa) ký kết kế
    # hoạch phối hợp …", "… tổ chức hội nghị / lễ ký kết kế hoạch phối hợp giữa …"; not a
    # signing told as done in an account, "… đã ký kết kế hoạch phối hợp với 5 đơn vị")
    r"|ký\s+kết\s+chương\s+trình\s+phối\s+hợp"
    r"|(?<!đã\s)(?<!sẽ\s)ký\s+kết\s+kế\s+hoạch\s+phối\s+hợp)",
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
# "Kế hoạch số 516/KH-UBND (vừa được) ban hành …": a plan named by its number, the body
# that issued it left to its symbol.
_NUMBERED_ISSUED_RE = re.compile(
    r"\b(?:" + _PLAN_KINDS + r")\s+số\s*:?\s*(" + _NUMBER + r")(?:\s*,?\s*ngày\s+[\d/.-]+)?"
    r"\s+(?:(?:vừa|đã|mới)\s+)?(?:được\s+)?ban\s+hành\b",
    _I,
)


# A sentence that opens with the plan and its body, then what the plan does: "Kế hoạch của UBND
# tỉnh … nhằm …", "Kế hoạch số 45/KH-UBND ngày 5/3/2024 của Ủy ban nhân dân tỉnh … đặt mục tiêu
# …" (news of that plan; not "Thực hiện / Theo Kế hoạch … của X, Sở … đã …", a plan carried out).
_BODY_PLAN_RE = re.compile(
    r"(?:^|(?<=[.\n]))[ \t]*Kế\s+hoạch(?:\s+số\s*:?\s*(" + _NUMBER + r"))?"
    r"(?:\s*,?\s*ngày\s+[\d/.-]+)?\s+của\s+",
)
_PLAN_DOES_RE = re.compile(
    r"(?:\s*(?:ngày\s+[\d/.-]+|\([^)\n]{1,40}\)))?\s*,?\s*(?:được\s+ban\s+hành[^.;\n]{0,40}?\s+)?"
    r"(?:nhằm|đặt\s+(?:ra\s+)?mục\s+tiêu|đề\s+ra|xác\s+định|nêu\s+rõ|gồm|tập\s+trung|hướng\s+tới)\b",
    _I,
)


def _describe_body_plan(text: str, meta: Metadata) -> bool:
    """ "Kế hoạch (số …) của <body> nhằm / đặt mục tiêu / nêu rõ …" opening a sentence: the
    sentence announces the body's plan (its number when written)."""
    for match in _BODY_PLAN_RE.finditer(text, 0, min(len(text), 3000)):
        body = _ISSUER_RE.match(text, match.end())
        if body and _PLAN_DOES_RE.match(text, body.end()):
            meta.announcement = _sentence_bounds(text, body.start())
            meta.author = (body.start(), body.end())
            if match.group(1):
                meta.plan_number = Located(
                    _compact_number(match.group(1)), match.start(1), match.end(1), 0.85
                )
            return True
    return False


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
        if (
            _ISSUER_RE.search(text, start, decision.start())
            or prime_minister_signs(text, start, decision.start(), decision.group(1))
        ) and not _letter_told_before(text, start):
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
    draft = _DRAFT_TOLD_RE.search(text)
    for match in _ANNOUNCE_RE.finditer(text):
        start, end = _sentence_bounds(text, match.start())
        if draft and draft.start() < match.start() and not _ISSUE_WORD_RE.search(match.group(0)):
            # "Bộ … đang dự thảo Thông tư …. Dự thảo nêu rõ, các bộ có trách nhiệm xây dựng
            # kế hoạch …": the plans a draft regulation gives bodies to make are its contents,
            # not a plan the item announces.
            continue
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
    if meta.announcement is None and _describe_body_plan(text, meta):
        return
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


# A draft regulation the item tells of ("Bộ … đang dự thảo Thông tư …", "… đang lấy ý kiến
# góp ý đối với dự thảo Nghị định …", "Dự thảo Quy chế …").
_DRAFT_TOLD_RE = re.compile(
    r"\b(?:đang\s+(?:xây\s+dựng\s+|lấy\s+ý\s+kiến(?:\s+góp\s+ý)?(?:\s+(?:đối\s+với|về|cho))?\s+)?"
    r"|(?<!\w))(?:[Dd]ự|soạn)\s+thảo\s+"
    r"(?=(?:Thông\s+tư|Nghị\s+định|Quy\s+chế|Quy\s+định|Luật|Nghị\s+quyết)\b)"
)


# A (deputy) Prime Minister signing, by title and name, before the decision: "Phó Thủ tướng
# Mai Văn Chính vừa ký Quyết định số 173/QĐ-TTg …", "Thủ tướng Phạm Minh Chính ký …".
_PM_SIGNER_RE = re.compile(
    rf"\b(?:Phó\s+)?Thủ\s+tướng(?:\s+Chính\s+phủ)?(?:\s+[{UPPER_LETTERS}]\w*){{2,4}}"
    r"(?:\s+(?:đã|vừa|mới))?\s*$"
)


def prime_minister_signs(text: str, start: int, end: int, number: str) -> re.Match | None:
    """The Prime Minister or a deputy named as signing, just before ``end``, a decision
    whose symbol is the Prime Minister's ("…/QĐ-TTg"): whoever signs, the Prime Minister
    issues it."""
    if not re.search(r"-\s*TTg$", number.strip(), _I):
        return None
    return _PM_SIGNER_RE.search(text, max(start, end - 80), end)


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
