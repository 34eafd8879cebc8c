"""The assignments of a notice of conclusions ("Thông báo kết luận của …").

A notice of conclusions is titled by its form: "THÔNG BÁO / Kết luận của Chủ tịch UBND tỉnh
tại cuộc họp …", "Thông báo kết luận của Thường trực Tỉnh ủy tại buổi làm việc …", "KẾT LUẬN
CỦA PHÓ CHỦ TỊCH UBND TỈNH TẠI CUỘC HỌP …", "Kết luận của Ban Thường vụ …". After its
opening ("Sau khi nghe …, Chủ tịch UBND tỉnh kết luận như sau:"), its items, numbered, dashed
or as sentences, are of two kinds:

- **assignments**, each a task led by the body it assigns: "Giao Sở X …", "Sở X chủ trì …",
  "Yêu cầu các sở, ban, ngành …", "Đề nghị Báo … ", "UBND phường chỉ đạo …"; and an item that
  opens with a duty's verb and names no body ("Tiếp tục đẩy mạnh …"), a task with no lead;
- **assessments**, no task: the past told ("Thời gian qua, … đã …"), praise and agreement
  ("Chủ tịch UBND tỉnh đánh giá cao …", "Thường trực ghi nhận …", "Cơ bản thống nhất với báo
  cáo …"), shortcomings ("Tuy nhiên, … còn hạn chế").

The notice's text is read here alone: the other readers' tasks inside it are dropped by the
caller (:func:`ttdn.importer.extract._find_tasks`).
"""

from __future__ import annotations

import re
from dataclasses import replace

from ttdn.importer.extract import prose
from ttdn.importer.extract.common import NOUN_LIKE, SIGNATURE_OPENING, VERB_START_RE
from ttdn.importer.result import AgencyMention, ExtractedTask

_I = re.IGNORECASE

# The notice's title, a line of its own (in capitals or not), among the document's first lines.
_TITLE_RE = re.compile(
    r"(?m)^[ \t]*(?:Thông\s+báo\s+)?(?:ý\s+kiến\s+)?kết\s+luận\s+(?:và\s+chỉ\s+đạo\s+)?"
    r"(?:của\s+)(?:đồng\s+chí\s+)?(?:Phó\s+)?(?:Chủ\s+tịch|Thường\s+trực|Ban\s+Thường\s+vụ"
    r"|Bí\s+thư|Phó\s+Bí\s+thư|Trưởng\s+ban|Ban\s+Chỉ\s+đạo|Thủ\s+tướng|Bộ\s+trưởng|Giám\s+đốc"
    r"|Lãnh\s+đạo)\b[^\n]*$",
    _I,
)
_TITLE_ZONE = 900  # characters from the start: the header and the title
# The opening that gives the conclusions: "… kết luận (và chỉ đạo) (như sau):".
_FRAME_RE = re.compile(
    r"\bkết\s+luận(?:\s+và\s+chỉ\s+đạo|,\s*chỉ\s+đạo)?(?:\s+(?:như\s+sau|một\s+số\s+nội\s+dung"
    r"(?:\s+như\s+sau)?))?\s*:",
    _I,
)
_END_RE = re.compile(rf"(?m)^[ \t]*(?:{SIGNATURE_OPENING})|\./\.")
# An assessment: praise, agreement, what was noted ("Chủ tịch UBND tỉnh đánh giá cao …",
# "Cơ bản thống nhất với báo cáo …", "Thường trực Tỉnh ủy ghi nhận …").
_ASSESSES_RE = re.compile(
    r"(?:[^.;:\n]{0,80}?\s)?(?:đánh\s+giá\s+cao|ghi\s+nhận|biểu\s+dương|hoan\s+nghênh|khen\s+ngợi"
    r"|(?:cơ\s+bản\s+)?(?:thống\s+nhất|nhất\s+trí|đồng\s+ý)(?:\s+cao)?\s+(?:với|về|thông\s+qua)"
    r"|đánh\s+giá\s+(?:công\s+tác|kết\s+quả|những|các)|nhận\s+thấy|nhận\s+định)\b",
    _I,
)
_ITEM_MARK_RE = re.compile(
    r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\s*[.)]|[a-zđ]\s*[.)]|[-–—+•·*▪●○◦]+)[ \t]*(?=\S)"
)


def find(text: str) -> tuple[int, int, int] | None:
    """Where a notice of conclusions is: (its title's start, where its conclusions start,
    where they end), or None."""
    title = _TITLE_RE.search(text, 0, _TITLE_ZONE)
    if title is None:
        return None
    end_mark = _END_RE.search(text, title.end())
    end = end_mark.start() if end_mark else len(text)
    stop = prose._END_RE.search(text, title.end(), end)
    if stop:
        end = stop.start()
    frame = _FRAME_RE.search(text, title.end(), end)
    start = frame.end() if frame else title.end()
    return title.start(), start, end


def _assesses(piece: str) -> bool:
    match = _ASSESSES_RE.match(piece)
    return bool(match) and prose._assignment(piece, 0, match.start() or 1) is None


def tasks_from_conclusions(
    text, meta, found: tuple[int, int, int], resolver, schedule, classify
) -> list[ExtractedTask]:
    """The assignments among the conclusions at ``found`` (see :func:`find`)."""
    _title, start, end = found
    tasks: list[ExtractedTask] = []
    mentioned: list[AgencyMention] = []
    unreported = replace(meta, report_deadline=None)
    frame_lead: list[AgencyMention] = []  # an item ending with ":" that names its bodies
    pos = start
    for line in text[start:end].split("\n"):
        line_start, pos = pos, pos + len(line) + 1
        if not line.strip():
            continue
        mark = _ITEM_MARK_RE.match(line)
        s, e = prose._clean(text, line_start + (mark.end() if mark else 0), line_start + len(line))
        if s >= e:
            continue
        if line.rstrip().endswith(":"):
            frame = prose.Clause(s, e, 0, 0)
            prose._read_agencies(text, s, e, frame, resolver, mentioned)
            frame_lead = frame.lead if mark is None or frame.lead else frame_lead
            continue
        if mark is None:
            frame_lead = []
        carried: list[AgencyMention] | None = None
        for ss, se in prose._sentences(text, s, e):
            for ps, pe in prose._split_duties(text, ss, se):
                ps, pe = prose._clean(text, ps, pe)
                piece = text[ps:pe]
                if pe - ps < 12 or not prose._may_be_task(text, ps, pe, unreported):
                    continue
                if (
                    _assesses(piece)
                    or prose._tells_done(piece)
                    or prose._tells_shortcoming(piece)
                    or prose._NOT_TASK_RE.match(piece)
                    or (
                        (
                            prose._NARRATIVE_RE.match(piece)
                            or prose._NARRATION_RE.match(piece)
                            or prose._BACKGROUND_RE.match(piece)
                        )
                        and not prose._assigns(text, ps, pe)
                    )
                ):
                    carried = None
                    continue
                clause = prose.Clause(ps, pe, 0, 0)
                prose._read_agencies(text, ps, pe, clause, resolver, mentioned)
                opening = VERB_START_RE.match(piece)
                opens_duty = bool(opening and opening.group(0).lower() not in NOUN_LIKE)
                if clause.own_lead and opens_duty and clause.lead[0].start == ps:
                    clause.lead, clause.own_lead = [], False  # "Báo cáo …": a verb
                if clause.own_lead:
                    carried = clause.lead
                elif carried or frame_lead:
                    clause.lead = [prose._copy(m) for m in (carried or frame_lead)]
                elif not (mark and opens_duty):
                    continue  # a sentence naming no body, not an item of work: no assignment
                mentioned.extend(clause.lead + clause.coordinating)
                timeframe = prose._timeframe_in(text, ps, pe, schedule)
                confidence = 0.7 if clause.lead else 0.5
                tasks.append(
                    prose._prose_task(text, ps, pe, clause, timeframe, confidence, classify)
                )
    return tasks
