"""The document's number and date of issue: "Số: 45/KH-UBND" at the top left and
"<place>, ngày … tháng … năm …" at the top right (or flattened onto one line), the number
and date a news item's announcing sentence gives, a date without its year, and the day an
item was posted (:func:`posted_day`, as a site prints it: "Thứ Hai, 09/06/2022 20:24", …).
"""

from __future__ import annotations

import datetime
import re

from ttdn.core.patterns import guarded
from ttdn.importer.extract.common import LOWER_LETTERS, UPPER_LETTERS
from ttdn.importer.extract.metadata.announcement import (
    _LETTER_KINDS,
    _OTHER_ANNOUNCE_RE,
    _OTHER_KINDS,
    _PLAN_KINDS,
    _review_held_before,
)
from ttdn.importer.extract.metadata.body import _ISSUER_RE
from ttdn.importer.extract.metadata.fields import Metadata
from ttdn.importer.extract.metadata.text import (
    _I,
    _NUMBER,
    _PROGRAMME_WORDS,
    PAGE_LIMIT,
    _compact_number,
    _iso,
    _zone,
)
from ttdn.importer.result import Located
from ttdn.legal.parsing import find_legal_refs, type_code, year_of_identifier

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
_FORMAL_HEADING_RE = re.compile(
    rf"(?m)^\s*(?:QUYẾT\s+ĐỊNH|{_PROGRAMME_WORDS}|THÔNG\s+TƯ|CÔNG\s+ĐIỆN)\s*$|" + LETTER_MARK
)
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


# A place and a date in words anywhere on a line: "… Hà Nội, ngày 20 tháng 9 năm 2024".
_PLACED_DATE_RE = re.compile(
    rf"\b[{UPPER_LETTERS}]\w*(?:\s+[{UPPER_LETTERS}]\w*){{0,3}}[ \t]?,\s*"
    r"(ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d{2})"
)
_DATE_LINE_RE = re.compile(
    r"(?m)^[ \t|]*(ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+(?:19|20)\d{2})[ \t|.]*$", _I
)
# A page's clock, the site's furniture and not a document's place and date: a weekday for
# its place and the time of day after the date ("Thứ Sáu, ngày 23 tháng 08 năm 2019,
# 09:25:27", "Chủ nhật, 05/03/2023 14:10").
_PAGE_CLOCK_BEFORE_RE = re.compile(
    r"(?:Thứ\s+(?:Hai|Ba|Tư|Năm|Sáu|Bảy|[2-7])|Chủ\s+[Nn]hật)[ \t]*,\s*(?:ngày\s*)?\Z"
)
_PAGE_CLOCK_AFTER_RE = re.compile(r"[ \t]*[,|-]?[ \t]*\d{1,2}\s*[:hH]\s*\d{2}\b")


def _page_clock(zone: str, start: int, end: int) -> bool:
    """Whether the date at ``start``–``end`` in ``zone`` is a page's clock."""
    return bool(
        _PAGE_CLOCK_BEFORE_RE.search(zone, max(0, start - 30), start)
        and _PAGE_CLOCK_AFTER_RE.match(zone, end)
    )


def _not_a_clock(
    pattern: re.Pattern, zone: str, first: int, last: int | None = None
) -> re.Match | None:
    """The first match of ``pattern`` in ``zone`` whose date (groups ``first`` to ``last``)
    is no page clock."""
    for match in pattern.finditer(zone):
        if not _page_clock(zone, match.start(first), match.end(last or first)):
            return match
    return None


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
    date_match = _not_a_clock(_PLACE_DATE_RE, zone, 1) or _not_a_clock(_CELL_DATE_RE, zone, 1)
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
    elif numeric := _not_a_clock(_PLACE_NUMERIC_DATE_RE, zone, 1, 3):
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


# The kinds of legal document whose symbol holds its year, named by their word: "Nghị định số
# 148/2026/NĐ-CP", "Thông tư số 03/2025/TT-BVHTTDL", "Quyết định 12/2024/QĐ-UBND".
_YEAR_IN_SYMBOL_KIND_RE = re.compile(
    r"(?:nghị\s+định|thông\s+tư|quyết\s+định|nghị\s+quyết|luật)\s", _I
)


def _symbol_year(sentence: str, start: int) -> int | None:
    """The year in the symbol of the first law, decree, circular, decision or resolution
    the sentence names by its word after ``start``."""
    for ref in find_legal_refs(sentence[start:]):
        year = year_of_identifier(ref.identifier)
        if year and _YEAR_IN_SYMBOL_KIND_RE.match(ref.as_written):
            return year
    return None


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
            # (or the year in the symbol of the law it carries out, named there: "… ban hành
            # Kế hoạch số 540/KH-UBND triển khai Nghị định số 148/2026/NĐ-CP …")
            named = _YEAR_NAMED_RE.search(sentence, match.end()) or _BARE_YEAR_END_RE.search(
                sentence, match.end()
            )
            if named is not None:
                year = int(next(g for g in named.groups() if g))
            else:
                year = _symbol_year(sentence, match.end())
                if year is None:
                    return
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


# The day a law or rule takes effect ("Nghị định có hiệu lực từ ngày 01/7/2026", "… áp dụng
# kể từ ngày …"): the law's, never the item's own date.
_IN_FORCE_FROM_RE = re.compile(
    r"\b(?:hiệu\s+lực(?:\s+thi\s+hành)?|áp\s+dụng)\s+(?:kể\s+)?từ\s+(?:ngày\s*)?$", _I
)


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
            and not _IN_FORCE_FROM_RE.search(text[max(0, m.start() - 40) : m.start()])
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


# A site's tag in brackets and a dash after a posting line's day: "07/06/2023
# (sotttt.angiang.gov.vn) - …", "22/8/2022 (DNO) – …".
_POSTING_TAG_AFTER_RE = re.compile(r"[ \t]*\([^()\n]{2,40}\)[ \t]*[-–—][ \t]")


def _date_belongs_to_plan(sentence: str, match: re.Match, *, cited_before: bool = False) -> bool:
    """A date in the announcing sentence is the plan's when it opens the sentence, follows
    the plan's number or "ban hành", or comes just before the body that issues it ("…,
    ngày 31-8 Bộ VHTTDL đã ban hành …"), not when it dates a legal document cited there.
    After an earlier date, only a plan's own number ("Kế hoạch số … ngày") or the body
    that issues it makes a date the plan's (a letter cited later keeps its own)."""
    after = sentence[match.end() :]
    if _POSTING_TAG_AFTER_RE.match(after):
        # "07/06/2023 (sotttt.angiang.gov.vn) - Sở … vừa có công văn …": the site's posting
        # line, its tag in brackets and a dash after the day, not the document's day.
        return False
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


# A year closing a title or a subject without "năm": "Thông tin đối ngoại 2024", "… Năm
# hữu nghị Việt Nam - Lào 2022”" (after a word, not a number's or a date's).
_BARE_YEAR_END_RE = re.compile(r"(?<=[^\W\d_])[ \t\n]+[“\"]?((?:19|20)\d{2})[”\")]?[ \t.;]*$")
