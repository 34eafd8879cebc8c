"""The document's title and period: under the heading ("KẾ HOẠCH / Triển khai … năm 2024"),
a letter's subject ("V/v …"), a decision approving a plan, the headline or a sentence of a
news item, capitals restored to ordinary case; the period from the title ("giai đoạn
2021 - 2025", "đến năm 2030") and, without one, from the years a text names.
"""

from __future__ import annotations

import re
from collections import Counter

from ttdn.core.text import squash
from ttdn.importer.extract.common import UPPER_LETTERS, is_upper_heading
from ttdn.importer.extract.metadata.announcement import (
    _DECISION_ANNOUNCE_RE,
    _LETTER_ASKS_RE,
    _LETTER_KINDS,
    _URGENT,
)
from ttdn.importer.extract.metadata.dates import (
    _BARE_YEAR_END_RE,
    _BRACKETED_DOCUMENT_RE,
    _CARD_NUMBER_RE,
    LETTER_MARK,
    _in_basis,
    _posting_date,
)
from ttdn.importer.extract.metadata.fields import Metadata
from ttdn.importer.extract.metadata.header import _MOTTO_RE
from ttdn.importer.extract.metadata.subject import _MONTHS, _REVIEW_RE
from ttdn.importer.extract.metadata.text import (
    _I,
    _NUMBER,
    _PROGRAMME_WORDS,
    _REPORT_WORDS,
    DECISION_LIMIT,
    HEAD_LIMIT,
    PAGE_LIMIT,
    _decision_for_plan,
    _zone,
)
from ttdn.importer.result import Located

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
_PROGRAMME_TITLE_RE = re.compile(rf"(?m)^\s*({_PROGRAMME_WORDS})[ \t]*\n+\s*([^\n]{{10,200}})$")
_REPORT_HEADING_RE = re.compile(rf"(?m)^\s*{_REPORT_WORDS}\s*$")
# A circular's heading on its own line ("THÔNG TƯ", "THÔNG TƯ LIÊN TỊCH"), its subject below.
_CIRCULAR_HEADING_RE = re.compile(r"(?m)^[ \t]*THÔNG[ \t]+TƯ(?:[ \t]+LIÊN[ \t]+TỊCH)?(?=[ \t]*$)")
# A letter told by its subject with no "về": "Văn bản số … hướng dẫn xây dựng kế hoạch …".
_LETTER_SUBJECT_RE = re.compile(
    r"\b(?:" + _LETTER_KINDS + r")" + _URGENT + r"\s+(?:số\s*:?\s*)?" + _NUMBER, _I
)
_PERIOD_RE = re.compile(
    r"(?:giai\s+đoạn|thời\s+kỳ)\s+((?:19|20)\d{2})\s*(?:-|–|—|đến|tới)\s*(?:năm\s+)?((?:19|20)\d{2})"
    r"|\bnăm\s+((?:19|20)\d{2})(?:\s*(?:-|–|—|đến)\s*(?:năm\s+)?((?:19|20)\d{2}))?"
    r"|\b((?:19|20)\d{2})\s*(?:-|–|—)\s*((?:19|20)\d{2})\b",
    _I,
)
# A body's account of a period opening a paragraph: "Giai đoạn 2016-2020, Sở … đã chủ động …".
# (also a term, after a dateline tag, its body named after a concession: "(HG) - Nhiệm kỳ
# 2017-2022, mặc dù …, nhưng với tinh thần … của … Liên hiệp … đã tổ chức …")
_PERIOD_DONE_RE = re.compile(
    r"(?:^|(?<=[.\n]))[ \t]*(?:\([^)\n]{1,15}\)\s*[-–]\s*)?(?:Trong\s+)?"
    r"(?:giai\s+đoạn|thời\s+kỳ|nhiệm\s+kỳ)\s+((?:19|20)\d{2})\s*[-–—]\s*"
    r"((?:19|20)\d{2})\s*,(?:(?!\bsẽ\b)[^.\n]){0,300}?\bđã\b",
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


# ---------------------------------------------------------------------------------------
# Zones
# ---------------------------------------------------------------------------------------


# A plan's heading on its own line: "KẾ HOẠCH", or a Party committee's "KẾ HOẠCH HÀNH ĐỘNG"
# (its subject on the lines below).
_PLAN_HEADING = r"(?m)^\s*KẾ\s+HOẠCH(\s+HÀNH\s+ĐỘNG)?\s*$"
# A card's subject: "Trích yếu: V/v tuyên truyền …", "Trích yếu nội dung | Kế hoạch …".
_CARD_SUBJECT_RE = re.compile(
    r"(?m)^[ \t|]*Trích\s+yếu(?:\s+nội\s+dung)?\s*[:|]\s*(?:V/[vV]\s*:?\s*)?([^\n|]{8,300}?)[ \t|]*$"
)


_REVIEWED_PERIOD_RE = re.compile(
    r"(?:\b(?:sơ|tổng)\s+kết|(?:^|(?<=[.\n]))\s*qua\s+\d{1,2}\s+năm\s+(?:thực\s+hiện|triển\s+khai))\b(?:(?!\s*,?\s*(?:và\s+)?triển\s+khai)[^.;\n]){0,200}?"
    # (a range after "giai đoạn", "nhiệm kỳ", or alone: "tổng kết … 2021–2025")
    r"(?:(?:(?:giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ)\s+|(?<![\d/.\-–(])(?<!\( ))((?:19|20)\d{2})\s*[-–—]\s*"
    r"((?:19|20)\d{2})(?![\d/\-–])|\bnăm\s+((?:19|20)\d{2})\b)",
    _I,
)


# A review of a number of years, told in the item's lede ("sơ kết 15 năm kết nghĩa …",
# "tổng kết 10 năm thực hiện …").
_YEARS_REVIEWED_RE = re.compile(r"\b(?:sơ|tổng)\s+kết\s+\d{1,2}\s+năm\b", _I)
YEARS_REVIEWED_LIMIT = 600  # characters: the item's headline and lede


# A review article of a written span. (1) Years of carrying a strategy, a programme or a
# resolution out, opening a sentence: "Sau 10 năm thực hiện Chiến lược, …", "Qua 5 năm triển
# khai Nghị quyết …", its span written in that sentence or the one before ("… trong giai đoạn
# 2011 – 2020."). (2) A headline of a year's results and the next year's course: "…: Thành
# tựu năm 2019 và định hướng năm 2020", "Kết quả công tác năm 2023 và phương hướng năm 2024".
_YEARS_CARRIED_OUT_RE = re.compile(
    r"(?:^|(?<=[.\n])|(?<=\.[ \t]))[ \t]*(?:Sau|Qua)\s+(?:\d{1,2}|mười|năm|ba)\s+năm\s+"
    r"(?:thực\s+hiện|triển\s+khai(?:\s+thực\s+hiện)?)\s+[^.\n]{0,200}",
    _I,
)
_SPAN_RE = re.compile(
    r"\b(?:giai\s+đoạn|thời\s+kỳ)\s+((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?![\d/\-–])", _I
)
_RESULTS_HEADLINE_RE = re.compile(
    r"\b(?:Thành\s+tựu|Kết\s+quả)(?:\s+(?:công\s+tác|nổi\s+bật|hoạt\s+động))?\s+năm\s+"
    r"((?:19|20)\d{2})\s+và\s+(?:định\s+hướng|phương\s+hướng|nhiệm\s+vụ)\b[^\n]{0,60}?"
    r"\bnăm\s+((?:19|20)\d{2})\b",
    _I,
)


_LEDE_PARAGRAPH_RE = re.compile(r"(?m)^[^\n]{60,}$")


def span_reviewed(text: str) -> tuple[int, int, int, int] | None:
    """The span a review article reviews, as (first year, last year, start, end) of where it is
    written: years of carrying something out told with the span in their sentence or the one
    before, or a headline (the item's first line) of a year's results and the next year's
    course, the next year following the reviewed one. None for any other item (results told
    of "thời gian qua" with no span, such a headline in a related-news box below)."""
    # (the article's headline and lede, its first two paragraphs of a sentence's length: a
    # speaker's "Sau 10 năm thực hiện …" further in a meeting's news is what he recalls)
    lede = [m.end() for m in _LEDE_PARAGRAPH_RE.finditer(text, 0, min(len(text), 6000))][:2]
    for told in _YEARS_CARRIED_OUT_RE.finditer(text, 0, lede[-1] if lede else 0):
        # (the sentence before: back from the stop that closes it to the one before it)
        closed = len(text[: told.start()].rstrip(" \t\n.")) - 1
        zone_start = max(text.rfind(".", 0, closed), text.rfind("\n", 0, closed)) + 1
        span = _SPAN_RE.search(text, told.start(), told.end()) or _SPAN_RE.search(
            text, zone_start, told.start()
        )
        if span and int(span.group(1)) < int(span.group(2)):
            return int(span.group(1)), int(span.group(2)), span.start(), span.end()
    stripped = text.lstrip()
    headline = stripped.split("\n", 1)[0]
    results = _RESULTS_HEADLINE_RE.search(headline)
    if results and int(results.group(2)) == int(results.group(1)) + 1:
        offset = len(text) - len(stripped)
        year = int(results.group(1))
        return year, year, offset + results.start(1), offset + results.end(1)
    return None


_NAMED_YEAR_RE = re.compile(r"[“\"][^”\"\n]{3,120}?\b((?:19|20)\d{2})\s*[”\"]")


# A law, convention or constitution named with its year: "Công ước Liên hợp quốc về Luật
# Biển năm 1982", "Hiến pháp năm 2013", "Luật Biên phòng Việt Nam năm 2020".
_LAW_NAMED_BEFORE_RE = re.compile(
    r"(?-i:\b(?:Luật|Bộ\s+luật|Công\s+ước|Hiến\s+pháp|Hiệp\s+định|Hiệp\s+ước|Nghị\s+định\s+thư))"
    r"(?:\s+[^\s,.;:“”\"]+){0,6}\s*$"
)

# A strategy named before a span ("… đẩy mạnh triển khai Chiến lược Văn hóa đối ngoại của
# Việt Nam giai đoạn 2022 – 2026"): the strategy's span, not the period of a letter about it.
_STRATEGY_NAMED_BEFORE_RE = re.compile(
    r"(?-i:\bChiến\s+lược)\b(?:(?!\s(?:và|năm)\s)[^.;,\n“”\"]){0,120}?(?:\bgiai\s+đoạn)?\s*$", _I
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
            strategy = year and _STRATEGY_NAMED_BEFORE_RE.search(subject.group(1)[: year.start()])
            if until:
                pass  # "đến năm 2030": the end of what it carries out, not its year
            elif strategy:
                pass  # "… triển khai Chiến lược … giai đoạn 2022 – 2026": the strategy's span
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
        if reviewed_span := span_reviewed(text):
            # A review article of a written span: that span ("Sau 10 năm thực hiện Chiến
            # lược, …" after "… giai đoạn 2011 – 2020"; "Thành tựu năm 2019 và định hướng …").
            meta.period = Located(list(reviewed_span[:2]), *reviewed_span[2:], 0.55)
            return
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
        if _YEARS_REVIEWED_RE.search(text, 0, min(len(text), YEARS_REVIEWED_LIMIT)):
            # A review of N years whose span is not written ("Hội nghị sơ kết 15 năm kết
            # nghĩa giữa bản …"): no period, not a background year it recalls ("Năm 2007,
            # … đã tổ chức kết nghĩa").
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
    elif (
        meta.doc_type.value == "news_about_plan"
        and meta.issued_date.value
        and re.search(r"\bnăm\s+nay\b", text, _I)
    ):
        # News of a dated plan naming no year but "năm nay" ("Theo Kế hoạch số … ban hành
        # ngày 24/02/2026, năm nay tỉnh sẽ …"): the year of the plan's date.
        year = int(meta.issued_date.value[:4])
        meta.period = Located([year, year], None, None, 0.45)
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
    circular = None if block or report else _CIRCULAR_HEADING_RE.search(_zone(text, head))
    if circular and title is None:
        # A circular's subject under its heading: "THÔNG TƯ / Quy định chức năng, nhiệm vụ
        # …" -> "Thông tư quy định chức năng, nhiệm vụ …".
        word = squash(circular.group(0)).capitalize() + " "
        title = _title_under_heading(text, circular.end(), word, meta, 0.85)
    subject = None if block or report or circular else _letter_subject(text, head)
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
# A plan named, then the body that issued it ("Kế hoạch tổ chức Ngày hội … do UBND tỉnh (vừa)
# ban hành …"): the name ends at "do".
_HOLDER_AFTER_NAME_RE = re.compile(
    r"(?<=\w)\s+do\s+(?:UBND|Ủy\s+ban|Uỷ\s+ban|Ban|Sở|Bộ|Tỉnh\s+ủy|Huyện\s+ủy|Thành\s+ủy"
    r"|Chủ\s+tịch|Thủ\s+tướng|Thường\s+trực|Ban\s+Thường\s+vụ)\b[^.;:\n]{0,80}?"
    r"\s(?:vừa\s+|đã\s+|mới\s+)?ban\s+hành\b"
)
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
            held = _HOLDER_AFTER_NAME_RE.search(rest)
            if held and (not stop or held.start() < stop.start()):
                # "Kế hoạch tổ chức Ngày hội … do UBND tỉnh ban hành …": the name before its holder
                stop = re.match(r"[\s\S]*?(?=\s+do\s)", rest)
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
            if (
                cleaned.startswith("Chiến lược")
                and re.search(r"\bphê\s+duyệt\s+$", text[start:phrase_start], _I)
                and _approved_by_the_decision(text, start, end, phrase_start)
            ):
                # A strategy a decision approves is titled as the decision is ("Phê duyệt
                # Chiến lược … giai đoạn 2026-2030, tầm nhìn đến năm 2045", as the Prime
                # Minister's decision 837/QĐ-TTg is).
                cleaned = "Phê duyệt " + cleaned
                # (with its vision after its span: "…, tầm nhìn đến năm 2045")
                vision = _VISION_AFTER_RE.match(rest, len(phrase))
                if vision:
                    phrase = rest[: vision.end()]
                    cleaned += squash(vision.group(0))
            return Located(cleaned, phrase_start, phrase_start + len(phrase), 0.8)
    return None


_VISION_AFTER_RE = re.compile(r",\s*tầm\s+nhìn\s+(?:đến|tới)\s+năm\s+(?:19|20)\d{2}\b", _I)


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
