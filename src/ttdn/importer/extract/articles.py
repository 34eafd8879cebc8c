"""Duties written in the articles of a legal or formal document (regulation, circular,
decision).

A regulation, a circular or the decision issuing one is divided into articles, "Điều N.",
each under a heading that says what it holds. Only an **article of duties** holds tasks:

- "Điều 5. Trách nhiệm của Sở Văn hóa, Thể thao và Du lịch", "Điều 6. Trách nhiệm của các
  sở, ban, ngành", "Điều 7. Nhiệm vụ, quyền hạn của Ủy ban nhân dân cấp xã": each numbered,
  lettered or dashed clause under it (or each sentence of its paragraph) is a task, led by
  the body of the heading unless the clause names its own subject;
- "Điều 9. Tổ chức thực hiện", "Điều 9. Phân công trách nhiệm": the bodies introduced by
  its clauses ("1. Sở X có trách nhiệm:", "2. Công an tỉnh:") lead the items under them; a
  clause with its own subject is its own task.

Articles of scope, subjects, principles, definitions, contents, forms, funding, rewards or
effect hold no task, whatever duty verbs their clauses use. A decision's own articles, written
as sentences after "Điều N." (issuing the plan or regulation, "Giao Sở X chủ trì … theo dõi,
đôn đốc thực hiện Kế hoạch này", "… chịu trách nhiệm thi hành Quyết định này"), are the
decision's execution clauses: by the corpus's conventions (fifth and ninth batches, and the
decisions' gold) they are not tasks of the plan it issues. Nor is a clause of a duties article
whose work is executing the document itself ("hướng dẫn, kiểm tra việc thực hiện Quy chế này",
"chịu trách nhiệm thi hành").

The articles' text is read here alone: the other readers' tasks inside it are dropped by the
caller (:func:`ttdn.importer.extract._find_tasks`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ttdn.importer.extract import prose
from ttdn.importer.extract.common import (
    NOUN_LIKE,
    SIGNATURE_OPENING,
    UPPER_LETTERS,
    VERB_START_RE,
    is_upper_heading,
    starts_with_head,
)
from ttdn.importer.result import AgencyMention, ExtractedTask

_I = re.IGNORECASE
_UP = f"[{UPPER_LETTERS}]"

# "Điều 5. Trách nhiệm …", "Điều 12: …", "Điều 1.\nBan hành …" (a copy that broke the line).
_ARTICLE_RE = re.compile(
    rf"(?m)^[ \t]*Điều[ \t]+(\d{{1,3}})[ \t]*[.:]?[ \t]*(?:\n[ \t]*)?(?={_UP})([^\n]*)$"
)

# The heading of an article of duties; ``body`` is who bears them.
_DUTY_HEADING_RE = re.compile(
    r"(?:Trách\s+nhiệm|Nhiệm\s+vụ)"
    r"(?:(?:\s*,\s*|\s+và\s+)(?:quyền\s+hạn|nhiệm\s+vụ|trách\s+nhiệm|quyền\s+hạn))*"
    r"(?:\s+(?:thực\s+hiện|tổ\s+chức\s+thực\s+hiện|phối\s+hợp))?"
    r"\s+của\s+(?P<body>[^.:;\n]{3,160}?)"
    r"|Tổ\s+chức\s+thực\s+hiện"
    r"|Phân\s+công\s+(?:trách\s+nhiệm|nhiệm\s+vụ|thực\s+hiện)(?:\s+thực\s+hiện)?"
    r"|Trách\s+nhiệm\s+(?:tổ\s+chức\s+)?thực\s+hiện",
    _I,
)
# What closes the articles: the signature, "Nơi nhận", a chapter or section heading, a
# heading in capitals (the plan or regulation the decision issues), an annex.
_BOUNDARY_RE = re.compile(
    rf"(?m)^[ \t]*(?:{SIGNATURE_OPENING}|Chương\s+[IVXLC\d]+\b|Mục\s+\d+\s*[.:]|PHỤ\s+LỤC)"
)
# A clause whose work is executing the document itself.
_EXECUTES_RE = re.compile(
    r"\b(?:chịu|có)\s+trách\s+nhiệm\s+thi\s+hành\b"
    r"|\b(?:thi\s+hành|thực\s+hiện|triển\s+khai)\s+(?:Quyết\s+định|Thông\s+tư|Quy\s+chế|Quy\s+định"
    r"|Kế\s+hoạch|Chương\s+trình|Đề\s+án|Nghị\s+quyết)\s+này\b",
    _I,
)
# A clause after ";" opened by its recurrence, then its verb ("…; hằng năm xây dựng kế hoạch
# …", "…; định kỳ tổng hợp, báo cáo …"): a duty of its own.
_RECURRING_RE = re.compile(
    r"(?:(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)|định\s+kỳ(?:\s+(?:hằng|hàng)\s+(?:năm|quý|tháng))?)"
    r"\s*,?\s+",
    _I,
)
# Marks of a clause, by depth: "1." / "1)" (1), "a)" / "a." (2), "-" / "+" / "•" (3).
_NUMBER_MARK_RE = re.compile(r"[ \t]*\d{1,2}(?:\.\d{1,2})*\s*[.)][ \t]+(?=\S)")
_LETTER_MARK_RE = re.compile(r"[ \t]*[a-zđ]\s*[.)][ \t]+(?=\S)")
_DASH_MARK_RE = re.compile(r"[ \t]*[-–—+•·*▪●○◦]+[ \t]*(?=\S)")


@dataclass
class Article:
    number: int
    start: int  # of its "Điều N." line
    heading_start: int
    heading_end: int
    body_start: int  # after its heading line
    end: int
    heading: str
    duties: re.Match | None  # its heading read as an article of duties

    @property
    def titled(self) -> bool:
        return _is_title(self.heading)


def _is_title(heading: str) -> bool:
    """A heading, not a sentence: short, not closed by a stop."""
    words = heading.strip().rstrip(":").split()
    return 0 < len(words) <= 24 and not re.search(r"[.;]\s*$", heading.strip())


def _boundary(text: str, start: int, end: int) -> int:
    """Where the articles' text stops before ``end``: a closing mark, or a line in capitals
    (two words or more) that is not the article's own heading."""
    found = _BOUNDARY_RE.search(text, start, end)
    stop = found.start() if found else end
    pos = start
    while pos < stop:
        line_end = text.find("\n", pos, stop)
        line_end = stop if line_end < 0 else line_end
        line = text[pos:line_end].strip()
        if len(line.split()) >= 2 and is_upper_heading(line) and not line.startswith("ĐIỀU"):
            return pos
        pos = line_end + 1
    return stop


def find(text: str) -> list[Article]:
    """The articles of ``text``: two or more "Điều N." lines opening a line, each running to
    the next or to what closes them."""
    matches = list(_ARTICLE_RE.finditer(text))
    if len({m.group(1) for m in matches}) < 2:
        return []
    articles = []
    for index, match in enumerate(matches):
        nxt = matches[index + 1].start() if index + 1 < len(matches) else len(text)
        line_end = match.end(2)
        heading = match.group(2).strip()
        end = _boundary(text, line_end, nxt)
        duties = _DUTY_HEADING_RE.fullmatch(heading.rstrip(" \t.:"))
        if index + 1 == len(matches) and not (duties and _is_title(heading)):
            # The last article written as a sentence (a decision's): its paragraph alone.
            para = re.search(r"\n[ \t]*\n", text[line_end:end])
            if para:
                end = line_end + para.start()
        articles.append(
            Article(
                number=int(match.group(1)),
                start=match.start(),
                heading_start=match.start(2),
                heading_end=match.end(2),
                body_start=min(line_end + 1, end),
                end=end,
                heading=heading,
                duties=duties,
            )
        )
    return articles


def span(articles: list[Article]) -> tuple[int, int] | None:
    return (articles[0].start, max(a.end for a in articles)) if articles else None


def _level(line: str) -> tuple[int, int]:
    """A line's depth (0: a paragraph) and the length of its mark."""
    for depth, regex in ((1, _NUMBER_MARK_RE), (2, _LETTER_MARK_RE), (3, _DASH_MARK_RE)):
        mark = regex.match(line)
        if mark:
            return depth, mark.end()
    return 0, 0


def _mentions(text, start, end, resolver, mentioned) -> list[AgencyMention]:
    found = [
        prose._refer_back(m, resolver, mentioned) for m in resolver.mentions(text[start:end], start)
    ]
    mentioned.extend(found)
    return found


def _duties(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence split into its duties (:func:`prose._split_duties`), and also before a
    clause opened by its recurrence and a verb."""
    out = []
    for s, e in prose._split_duties(text, start, end):
        for semicolon in re.finditer(r";\s*", text[s:e]):
            rest = s + semicolon.end()
            recurring = _RECURRING_RE.match(text, rest, e)
            if recurring and VERB_START_RE.match(text[recurring.end() : e]):
                out.append((s, s + semicolon.start()))
                s = rest
        out.append((s, e))
    return out


def tasks_from_articles(
    text, meta, articles: list[Article], resolver, schedule, classify
) -> list[ExtractedTask]:
    """The tasks of the articles of duties among ``articles``."""
    tasks: list[ExtractedTask] = []
    mentioned: list[AgencyMention] = []
    for article in articles:
        if article.duties is None or not article.titled:
            continue
        heading_lead: list[AgencyMention] = []
        if article.duties.group("body"):
            bs, be = (
                article.heading_start + article.duties.start("body"),
                article.heading_start + article.duties.end("body"),
            )
            phrase = prose._noun_phrase(text, bs, be) or (bs, be)
            heading_lead = _mentions(text, *phrase, resolver, mentioned)
        tasks.extend(
            _duties_of(text, meta, article, heading_lead, resolver, schedule, classify, mentioned)
        )
    return tasks


def _duties_of(text, meta, article, heading_lead, resolver, schedule, classify, mentioned):
    tasks: list[ExtractedTask] = []
    unreported = replace(meta, report_deadline=None)
    frames: list[tuple[int, list[AgencyMention], list[AgencyMention]]] = []  # (depth, lead, coord)
    lines = text[article.body_start : article.end].split("\n")
    pos = article.body_start
    for index, line in enumerate(lines):
        line_start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        depth, mark = _level(line)
        frames = [f for f in frames if f[0] < depth or (depth == 0 and f[0] == 0)]
        s, e = prose._clean(text, line_start + mark, line_start + len(line))
        if s >= e:
            continue
        following = next((x for x in lines[index + 1 :] if x.strip()), "")
        deeper = following and _level(following)[0] > depth
        rest = text[s:e]
        if line.rstrip().endswith(":") or (deeper and _is_title(rest) and depth > 0):
            # "1. Sở X có trách nhiệm:", "a) Công an tỉnh", "Về công tác tuyên truyền:":
            # the bodies it names lead the clauses below it; it is no task.
            frame = prose.Clause(s, e, 0, 0)
            if starts_with_head(rest):
                prose._read_agencies(text, s, e, frame, resolver, mentioned)
            frames.append((depth, frame.lead, frame.coordinating))
            continue
        lead = next((f[1] for f in reversed(frames) if f[1]), heading_lead)
        coordinating = next((f[2] for f in reversed(frames) if f[1]), [])
        carried: list[AgencyMention] | None = None  # a subject of this line goes on
        for ss, se in prose._sentences(text, s, e):
            for ps, pe in _duties(text, ss, se):
                ps, pe = prose._clean(text, ps, pe)
                # (a reporting duty is one of the body's duties here, not a plan's regime)
                if pe - ps < 12 or not prose._may_be_task(text, ps, pe, unreported):
                    continue
                if _EXECUTES_RE.search(text, ps, pe) or prose._NOT_TASK_RE.match(text[ps:pe]):
                    continue
                clause = prose.Clause(ps, pe, 0, 0)
                prose._read_agencies(text, ps, pe, clause, resolver, mentioned)
                opening = VERB_START_RE.match(text[ps:pe])
                if (
                    clause.own_lead
                    and opening
                    and opening.group(0).lower() not in NOUN_LIKE
                    and clause.lead[0].start == ps
                ):
                    # "Báo cáo kết quả …": the duty's verb, not a newspaper ("Báo …")
                    clause.lead, clause.own_lead = [], False
                if clause.own_lead:
                    carried = clause.lead
                else:
                    clause.lead = [prose._copy(m) for m in (carried or lead)]
                    if not clause.coordinating and not carried:
                        clause.coordinating = [prose._copy(m) for m in coordinating]
                mentioned.extend(clause.lead + clause.coordinating)
                timeframe = prose._timeframe_in(text, ps, pe, schedule)
                tasks.append(
                    prose._prose_task(
                        text, ps, pe, clause, timeframe, 0.7, classify, article.heading
                    )
                )
    return tasks
