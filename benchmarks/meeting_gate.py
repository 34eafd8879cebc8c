"""Where does a meeting, review or report item state tasks? Gates measured (issue 12, othertasks).

The importer reads tasks in an ``other`` or ``report`` item only through its forms of
directions (a letter's items and requests, a review's "Phương hướng …" list, a chair's
"đề nghị các … " to bodies, a body's "Thời gian tới, … sẽ / tiếp tục …"); a meeting told as
news gives its coming work only. This script measures, without changing the importer, the
wider gates one may put in front of the prose task reader for such an item when those forms
give nothing:

* ``current``: the importer as it is;
* ``blanket``: the prose reader over the whole item (the fallback dropped in the fifteenth
  pass);
* ``marker``: the blanket reader's tasks kept only where their sentence, or the line that
  introduces their list, marks directions for the future (a request to bodies, "thời gian
  tới", "năm tới", "tháng cuối năm", "nhiệm vụ trọng tâm", a "phương hướng / nhiệm vụ /
  giải pháp …:" lead-in), never in the headline and lede, never with "đã", never a basis
  ("Căn cứ", "Thực hiện", "Theo / Xét đề nghị") or a decision's or circular's text;
* ``sentences``: the prose reader run on each such direction sentence alone (and on the
  list it opens);
* ``marker_wider``: ``marker`` with "đã" allowed before the verb by which a meeting sets
  work ("Hội nghị đã thống nhất …", "đã đề nghị …"), and also a later year opening the
  sentence or a body that "cần / phải" do something;
* ``scope``: the blanket reader's tasks from the first direction sentence to the end;
* ``sentences``: the prose reader run on each such direction sentence alone (and on the
  list it opens);
* ``review``: a meeting told as news read as a review (its "Phương hướng …" list, the
  chair's requests, the body's coming work);
* ``sections``: a formal report's sections of duties with no time named ("NHIỆM VỤ, GIẢI
  PHÁP", "KIẾN NGHỊ, ĐỀ XUẤT") read as its next period's;
* ``meeting_plan``: a meeting that disseminates a document it names ("Hội nghị quán
  triệt Kế hoạch số …") read by the blanket reader;
* ``signing``: a signing told as news ("… ký kết Chương trình phối hợp …") read by the
  blanket reader;
* ``blanket_letter`` / ``blanket_item`` / ``blanket_report``: the blanket reader on one
  part only (letters; other items such as news of meetings; reports), to see where the
  blanket's held-out gain and its noise lie.

Accept a gate only if held-out F1 rises and held-out precision does not fall (0.64 at
main a202eec). None did on 2026-12-06 (docs/benchmarks.md, the othertasks section).

It scores each on a form matrix of meeting and review items (positives in the forms above,
negatives told as narrative, praise, purposes, a training's asks to its trainees, a lede
summing up) and on the real corpus (development and held-out totals only).

    PYTHONPATH=$PWD/src:$PWD/benchmarks TTDN_DEVELOPMENT=1 .venv/bin/python \
        benchmarks/meeting_gate.py [--variants current,marker] [--no-corpus] [--show]

No sentence of the matrix is taken from a corpus document.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import re
from dataclasses import replace
from pathlib import Path

from prose_matrix import PLACES, Cell, Doc, score_cell

VARIANTS = (
    "current",
    "blanket",
    "marker",
    "marker_wider",
    "scope",
    "sentences",
    "review",
    "sections",
    "blanket_letter",
    "blanket_item",
    "blanket_report",
    "meeting_plan",
)

# ---------------------------------------------------------------------------------------
# The gates (patched over the importer's readers of letters and reports)
# ---------------------------------------------------------------------------------------

_DIRECTION_RE = re.compile(
    r"(?<!hồ\ssơ\s)(?<!Theo\s)(?<!Xét\s)(?<!theo\s)(?<!tờ\strình\s)\b(?:đề\s+nghị|yêu\s+cầu)\b"
    r"|thời\s+gian\s+tới|năm\s+tới|tháng\s+cuối\s+năm|nhiệm\s+kỳ\s+tới|giai\s+đoạn\s+tới"
    r"|nhiệm\s+vụ\s+trọng\s+tâm|(?:phương\s+hướng|nhiệm\s+vụ|giải\s+pháp)[^.:\n]{0,80}:",
    re.I,
)
_SENTENCE_RE = re.compile(
    r"(?<!hồ\ssơ\s)(?<!Theo\s)(?<!Xét\s)(?<!theo\s)(?<!tờ\strình\s)\b(?:đề\s+nghị|yêu\s+cầu)\b"
    r"|\b(?:thời\s+gian\s+tới|năm\s+tới|tháng\s+cuối\s+năm|nhiệm\s+kỳ\s+tới|giai\s+đoạn\s+tới)\b"
    r"[^.\n]{0,200}?\b(?:cần|sẽ|tiếp\s+tục|tập\s+trung)\b"
    r"|(?:phương\s+hướng|nhiệm\s+vụ|giải\s+pháp)[^.:\n]{0,80}:",
    re.I,
)
# A formal report's section of duties with no time named ("III. NHIỆM VỤ, GIẢI PHÁP",
# "IV. ĐỀ XUẤT, KIẾN NGHỊ").
_DUTY_HEADING_RE = re.compile(r"nhiệm\s+vụ|giải\s+pháp|kiến\s+nghị|đề\s+xuất", re.I)
_DISSEMINATES_RE = re.compile(
    r"\b(?:quán\s+triệt|triển\s+khai|phổ\s+biến|học\s+tập)[^.\n]{0,40}?\b(?:Kế\s+hoạch|Chỉ\s+thị"
    r"|Nghị\s+quyết|Kết\s+luận|Đề\s+án|Chương\s+trình|Quyết\s+định|Hướng\s+dẫn)\b"
)
_SIGNING_RE = re.compile(
    r"\bký\s+(?:kết\s+)?(?:các\s+)?(?:chương\s+trình|quy\s+chế|kế\s+hoạch|thỏa\s+thuận|thoả\s+thuận)"
    r"(?:\s+phối\s+hợp|\s+hợp\s+tác)?",
    re.I,
)
_BASIS_RE = re.compile(r"\s*(?:Căn\s+cứ|Thực\s+hiện|Theo|Xét)\b", re.I)


def _after_lede(text: str) -> int:
    """Where the item's body starts: after its headline and lede (two non-empty lines)."""
    lines = [m.end() for m in re.finditer(r"[^\n]*\S[^\n]*(?:\n|$)", text)]
    return lines[1] if len(lines) > 1 else len(text)


def _blanket(prose, text, meta, *reader):
    from ttdn.importer.result import Located

    reading = replace(meta, announcement=None, doc_type=Located("news_about_plan", None, None, 0.5))
    return prose.tasks_from_prose(text, reading, *reader)


def _marker(prose, text, meta, *reader):
    if meta.kind_reason in ("circular_heading", "decision_heading"):
        return []
    floor, kept = _after_lede(text), []
    for task in _blanket(prose, text, meta, *reader):
        start = task.start or 0
        s = prose._sentence_start(text, start, 0)
        above_start = text.rfind("\n", 0, max(s - 1, 0)) + 1
        context = text[above_start:start]
        if s < floor or _BASIS_RE.match(text[s:]):
            continue
        if _done(context + " " + task.text) or prose._MEETING_RE.search(context + " " + task.text):
            continue
        if (
            _DIRECTION_RE.search(context)
            or _DIRECTION_RE.search(task.text)
            or (WIDER and _wider_marks(context + " " + task.text, meta))
        ):
            kept.append(task)
    return kept


WIDER = False
# "đã" tells done work, except before the verb by which a meeting sets work ("Hội nghị đã
# thống nhất các nhiệm vụ sau:", "đồng chí … đã đề nghị các sở …").
_DONE_RE = re.compile(
    r"\bđã\b(?!\s+(?:đề\s+nghị|yêu\s+cầu|thống\s+nhất|đề\s+ra|xác\s+định|chỉ\s+đạo|giao|kết\s+luận))",
    re.I,
)
_BODY_NEEDS_RE = re.compile(
    r"\b(?:các\s+)?(?:cấp|ngành|sở|cơ\s+quan|đơn\s+vị|địa\s+phương|cấp\s+ủy|thành\s+viên)"
    r"[^.;:\n]{0,60}?\b(?:cần|phải)\s+(?!được\b|có\b)",
    re.I,
)


def _wider_marks(piece: str, meta) -> bool:
    """``marker_wider``: also a later year opening the sentence ("Năm 2025, …" after a review
    of 2024) and a body that "cần / phải" do something ("các sở, ngành cần …")."""
    return _future_year(piece, meta) or bool(_BODY_NEEDS_RE.search(piece))


def _done(piece: str) -> bool:
    return bool((_DONE_RE if WIDER else re.compile(r"\bđã\b")).search(piece))


def _future_year(piece: str, meta) -> bool:
    reviewed = meta.period.value[1] if meta.period.value else None
    m = re.search(r"(?:^|[.:;\n]\s*)(?:Trong\s+)?năm\s+((?:19|20)\d{2})\s*,", piece, re.I)
    return bool(m and reviewed and int(m.group(1)) > reviewed)


def _scope(prose, text, meta, *reader):
    """The blanket reader's tasks from the first sentence that marks directions on (the
    chair's conclusion, the coming work) to the end of the item."""
    if meta.kind_reason in ("circular_heading", "decision_heading"):
        return []
    end = meta.body_end or meta.annex_start or len(text)
    floor = _after_lede(text)
    for m in _SENTENCE_RE.finditer(text, floor, end):
        s = prose._sentence_start(text, m.start(), floor)
        if _done(text[s : m.start()]) or _BASIS_RE.match(text[s:]):
            continue
        if prose._MEETING_RE.search(text, s, m.start()):
            continue
        return [t for t in _blanket(prose, text, meta, *reader) if (t.start or 0) >= s]
    return []


def _sentences(prose, text, meta, *reader):
    from ttdn.importer.result import Located

    if meta.kind_reason in ("circular_heading", "decision_heading"):
        return []
    end = meta.body_end or meta.annex_start or len(text)
    floor = _after_lede(text)
    out, seen = [], set()
    for m in _SENTENCE_RE.finditer(text, floor, end):
        s = prose._sentence_start(text, m.start(), floor)
        if s in seen or re.search(r"\bđã\b", text[s : m.start()]) or _BASIS_RE.match(text[s:]):
            continue
        seen.add(s)
        if prose._MEETING_RE.search(text, s, m.start()):
            continue
        pieces = prose._sentences(text, s, end)
        e = pieces[0][1] if pieces else end
        line_end = text.find("\n", m.end())
        if text[s:e].rstrip().endswith(":") or (
            0 <= line_end < end and text[s:line_end].rstrip().endswith(":")
        ):
            blank = text.find("\n\n", max(line_end, s))
            e = end if blank < 0 else min(end, blank)
        reading = replace(
            meta,
            announcement=(s, s),
            body_end=e,
            doc_type=Located("news_about_plan", None, None, 0.5),
        )
        spans = {(t.start, t.end) for t in out}
        out += [
            t
            for t in prose.tasks_from_prose(text, reading, *reader)
            if (t.start or 0) >= s and (t.start, t.end) not in spans
        ]
    return out


def install(variant: str) -> None:
    """Patch the importer's readers of ``other`` and ``report`` items for ``variant``."""
    from ttdn.importer.extract import prose

    letter_reader = getattr(prose, "_original_letter", prose.tasks_from_letter)
    report_reader = getattr(prose, "_original_report", prose.tasks_from_report)
    prose._original_letter, prose._original_report = letter_reader, report_reader
    prose.tasks_from_letter, prose.tasks_from_report = letter_reader, report_reader
    if variant == "current":
        return
    if variant in ("blanket_letter", "blanket_item", "blanket_report"):
        # the blanket reader on one part only: letters (and guidance, notices read as
        # letters), other items (news of meetings, items naming no document), reports

        def letter(text, meta, *reader, letter=True):
            found = letter_reader(text, meta, *reader, letter=letter)
            wanted = variant == ("blanket_letter" if letter else "blanket_item")
            return found or (_blanket(prose, text, meta, *reader) if wanted else [])

        def report(text, meta, *reader):
            found = report_reader(text, meta, *reader)
            wanted = variant == "blanket_report"
            return found or (_blanket(prose, text, meta, *reader) if wanted else [])

        prose.tasks_from_letter, prose.tasks_from_report = letter, report
        return
    if variant == "meeting_plan":
        # a meeting that disseminates a document it names ("Hội nghị quán triệt, triển khai
        # Kế hoạch số …"): the duties it tells of that document, read as news of a plan

        def letter(text, meta, *reader, letter=True):
            found = letter_reader(text, meta, *reader, letter=letter)
            if found or letter or not prose._tells_meeting(text, meta):
                return found
            if not _DISSEMINATES_RE.search(text, 0, min(len(text), 700)):
                return found
            return _blanket(prose, text, meta, *reader)

        prose.tasks_from_letter = letter
        return
    if variant == "signing":
        # a signing told as news ("… ký kết Chương trình phối hợp …"): the programme's or
        # regulation's contents it tells, read by the blanket reader

        def letter(text, meta, *reader, letter=True):
            found = letter_reader(text, meta, *reader, letter=letter)
            if found or letter or not _SIGNING_RE.search(text, 0, min(len(text), 700)):
                return found
            return _blanket(prose, text, meta, *reader)

        def report(text, meta, *reader):
            found = report_reader(text, meta, *reader)
            if found or not _SIGNING_RE.search(text, 0, min(len(text), 700)):
                return found
            return _blanket(prose, text, meta, *reader)

        prose.tasks_from_letter, prose.tasks_from_report = letter, report
        return
    if variant == "sections":

        def report(text, meta, *reader):
            found = report_reader(text, meta, *reader)
            if found or not meta.sections:
                return found
            from ttdn.importer.result import Section

            duties = [
                Section(kind="tasks", heading=sec.heading, body="", start=sec.start, end=sec.end)
                for sec in meta.sections
                if _DUTY_HEADING_RE.search(sec.heading)
                and not prose._RESULTS_RE.search(sec.heading)
            ]
            if not duties:
                return []
            return prose.tasks_from_plan_body(text, meta, *reader, sections=duties)

        prose.tasks_from_report = report
        return
    if variant == "review":

        def letter(text, meta, *reader, letter=True):
            heading = (meta.kind_reason or "").endswith("_heading")
            if not letter and not heading and prose._tells_meeting(text, meta):
                return report_reader(text, meta, *reader)
            return letter_reader(text, meta, *reader, letter=letter)

        prose.tasks_from_letter = letter
        return
    global WIDER
    WIDER = variant == "marker_wider"
    wider = {
        "blanket": _blanket,
        "marker": _marker,
        "marker_wider": _marker,
        "sentences": _sentences,
        "scope": _scope,
    }[variant]

    def letter(text, meta, *reader, letter=True):
        return letter_reader(text, meta, *reader, letter=letter) or wider(
            prose, text, meta, *reader
        )

    def report(text, meta, *reader):
        return report_reader(text, meta, *reader) or wider(prose, text, meta, *reader)

    prose.tasks_from_letter, prose.tasks_from_report = letter, report


# ---------------------------------------------------------------------------------------
# The form matrix
# ---------------------------------------------------------------------------------------

CHAIRS = ["đồng chí Phó Bí thư Thường trực Tỉnh ủy", "đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy"]


def _opening(d: Doc, place, meeting: str) -> None:
    p, unit, y, dept, short = place
    d.add(f"{meeting} công tác thông tin đối ngoại năm {y} tại {p}")
    d.add(
        f"Ngày 20/12/{y}, Ban Chỉ đạo công tác thông tin đối ngoại {unit} {p} tổ chức {meeting.lower()} "
        f"công tác thông tin đối ngoại năm {y}, triển khai nhiệm vụ năm {y + 1}."
    )


NARRATIVE = [
    lambda p, y: (
        f"Năm {y}, các thành viên Ban Chỉ đạo đã chủ động phối hợp, tổ chức nhiều hoạt động "
        "quảng bá hình ảnh địa phương; các cơ quan báo chí đã đăng tải hơn 1.200 tin, bài."
    ),
    lambda p, y: (
        "Phát biểu tại hội nghị, đồng chí Chủ tịch UBND tỉnh đánh giá cao, ghi nhận những kết "
        "quả các sở, ngành đạt được trong thời gian qua."
    ),
    lambda p, y: (
        "Hội nghị nhằm đánh giá kết quả, rút kinh nghiệm trong chỉ đạo, tổ chức thực hiện công "
        "tác thông tin đối ngoại."
    ),
    lambda p, y: (
        "Các đại biểu đã tập trung thảo luận, làm rõ những hạn chế, nguyên nhân và đề ra giải "
        "pháp thực hiện tốt hơn trong thời gian tới."
    ),
]


def chair_requests(place, glued, k) -> Cell:
    """The chair's conclusion: "đề nghị các sở, ngành … thời gian tới cần …; …"."""
    p, unit, y, dept, short = place
    d = Doc()
    _opening(d, place, "Hội nghị tổng kết")
    for make in NARRATIVE[: 2 + k % 3]:
        d.add(make(p, y))
    d.add(
        f"Kết luận hội nghị, {CHAIRS[k % 2]} đề nghị các sở, ban, ngành, địa phương trong thời "
        "gian tới cần tập trung đổi mới nội dung, hình thức thông tin đối ngoại; chủ động "
        "cung cấp thông tin cho báo chí nước ngoài.",
        (f"Kết luận hội nghị, {CHAIRS[k % 2]} đề nghị", None),
        ("chủ động cung cấp thông tin", None),
    )
    return Cell("chair_requests", f"{p} {glued}", *d.render(glued))


def meeting_agrees(place, glued, k) -> Cell:
    """ "Hội nghị thống nhất một số nhiệm vụ trọng tâm …: A; B." closing a meeting."""
    p, unit, y, dept, short = place
    d = Doc()
    _opening(d, place, "Hội nghị giao ban")
    for make in NARRATIVE[: 1 + k % 3]:
        d.add(make(p, y))
    d.add(
        f"Hội nghị thống nhất một số nhiệm vụ trọng tâm năm {y + 1}: nâng cao chất lượng "
        "chuyên mục thông tin đối ngoại trên báo, đài địa phương; tăng cường quảng bá hình ảnh "
        "tỉnh trên mạng xã hội.",
        ("nâng cao chất lượng chuyên mục", None),
        ("tăng cường quảng bá hình ảnh", None),
    )
    return Cell("meeting_agrees", f"{p} {glued}", *d.render(glued))


def body_coming_work(place, glued, k) -> Cell:
    """ "Thời gian tới, Sở … tiếp tục …" in a meeting's news."""
    p, unit, y, dept, short = place
    d = Doc()
    _opening(d, place, "Hội nghị sơ kết")
    for make in NARRATIVE[k % 2 : 3]:
        d.add(make(p, y))
    d.add(
        f"Thời gian tới, {dept} tiếp tục phối hợp với các cơ quan báo chí xây dựng chuyên mục "
        "về thông tin đối ngoại.",
        (f"Thời gian tới, {dept} tiếp tục", None),
    )
    return Cell("body_coming_work", f"{p} {glued}", *d.render(glued))


def heading_list(place, glued, k) -> Cell:
    """A review's "Phương hướng, nhiệm vụ năm …:" over its items."""
    p, unit, y, dept, short = place
    d = Doc()
    _opening(d, place, "Hội nghị tổng kết")
    for make in NARRATIVE[:2]:
        d.add(make(p, y))
    d.add(f"Phương hướng, nhiệm vụ năm {y + 1}:", keep_line=True)
    d.add(
        "- Tổ chức tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ cấp huyện;",
        ("Tổ chức tập huấn nghiệp vụ", None),
        keep_line=True,
    )
    d.add(
        "- Xây dựng bộ tài liệu giới thiệu tỉnh bằng tiếng Anh.",
        ("Xây dựng bộ tài liệu", None),
        keep_line=True,
    )
    return Cell("heading_list", f"{p} {glued}", *d.render(glued))


def focus_do_la(place, glued, k) -> Cell:
    """ "Năm …, ngành đặt ra 3 nhiệm vụ trọng tâm, đó là: A; B; C."."""
    p, unit, y, dept, short = place
    d = Doc()
    _opening(d, place, "Hội nghị tổng kết")
    d.add(NARRATIVE[0](p, y))
    d.add(
        f"Năm {y + 1}, Ban Chỉ đạo đặt ra 3 nhiệm vụ trọng tâm, đó là: đổi mới phương thức "
        "thông tin đối ngoại; nâng cao năng lực đội ngũ làm công tác thông tin đối ngoại; "
        "tăng cường kiểm tra, giám sát.",
        ("đổi mới phương thức", None),
        ("nâng cao năng lực đội ngũ", None),
        ("tăng cường kiểm tra", None),
    )
    return Cell("focus_do_la", f"{p} {glued}", *d.render(glued))


def narrative_only(place, glued, k) -> Cell:
    """A review told as results, praise and purposes: no task."""
    p, unit, y, dept, short = place
    d = Doc()
    _opening(d, place, "Hội nghị tổng kết")
    for make in NARRATIVE:
        d.add(make(p, y))
    return Cell("NEG_narrative", f"{p} {glued}", *d.render(glued))


def training_asks(place, glued, k) -> Cell:
    """A training whose leader asks the trainees to apply what they learnt: no task."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"Tập huấn nghiệp vụ thông tin đối ngoại năm {y}")
    d.add(
        f"Ngày 12/6/{y}, {dept} {unit} {p} tổ chức lớp tập huấn nghiệp vụ thông tin đối ngoại "
        "cho 120 học viên."
    )
    d.add(NARRATIVE[2](p, y))
    d.add(
        "Phát biểu bế mạc, đồng chí Giám đốc Sở đề nghị các học viên vận dụng kiến thức vào "
        "thực tiễn công tác tại cơ quan, đơn vị."
    )
    return Cell("NEG_training", f"{p} {glued}", *d.render(glued))


def lede_sums_up(place, glued, k) -> Cell:
    """A lede that sums the meeting up ("Hội nghị thống nhất trong thời gian tới … cần …"),
    the article's paragraphs telling only results: no task."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"Hội nghị Ban Thường vụ Liên hiệp các tổ chức hữu nghị {unit} {p}")
    d.add(
        f"Hội nghị thống nhất trong thời gian tới, Liên hiệp các tổ chức hữu nghị {unit} cần "
        "tập trung mở rộng quan hệ với các đối tác nước ngoài."
    )
    d.add(
        f"Ngày 26/6/{y}, Liên hiệp các tổ chức hữu nghị {unit} {p} tổ chức hội nghị Ban "
        "Thường vụ nhằm đánh giá công tác 6 tháng đầu năm."
    )
    d.add(NARRATIVE[0](p, y))
    return Cell("NEG_lede", f"{p} {glued}", *d.render(glued))


def visit_asks_province(place, glued, k) -> Cell:
    """A visiting leader's wish for the host province: no task of the host."""
    p, unit, y, dept, short = place
    d = Doc()
    d.add(f"Đoàn công tác Liên hiệp các tổ chức hữu nghị Việt Nam làm việc tại {p}")
    d.add(
        f"Ngày 8/4/{y}, Đoàn công tác Liên hiệp các tổ chức hữu nghị Việt Nam có buổi làm việc "
        f"với lãnh đạo {unit} {p}."
    )
    d.add(NARRATIVE[1](p, y))
    d.add(
        f"Chủ tịch Liên hiệp đề nghị {p} đẩy mạnh giao lưu nhân dân với các địa phương nước "
        "láng giềng."
    )
    return Cell("NEG_visit", f"{p} {glued}", *d.render(glued))


FORMS = [
    chair_requests,
    meeting_agrees,
    body_coming_work,
    heading_list,
    focus_do_la,
    narrative_only,
    training_asks,
    lede_sums_up,
    visit_asks_province,
]


def cells() -> list[Cell]:
    return [
        form(place, glued, k)
        for form in FORMS
        for k, place in enumerate(PLACES)
        for glued in (False, True)
    ]


def matrix(show: bool) -> dict:
    from ttdn.documents.source import SourceDocument
    from ttdn.importer.extract import extract

    totals: dict = {}
    for cell in cells():
        result = extract(SourceDocument(name="van-ban.txt", text=cell.text, format="txt"))
        one = score_cell(cell, result.contract()["tasks"])
        for key in (cell.form, "ALL"):
            t = totals.setdefault(
                key, {"cells": 0, "ok": 0, "expected": 0, "found": 0, "matched": 0}
            )
            t["cells"] += 1
            t["ok"] += one["matched"] == one["expected"] == one["found"]
            for k in ("expected", "found", "matched"):
                t[k] += one[k]
        if show and not one["matched"] == one["expected"] == one["found"]:
            print(f"   {cell.form} {cell.variant}: misses {one['misses']} extras {one['extras']}")
    return totals


def corpus() -> dict:
    import importer as bench

    from ttdn.importer.pipeline import analyse_file
    from ttdn.importer.scoring import score

    docs = bench.real_documents(None)
    bench.load_real_provinces(docs)
    out = {
        part: {"matched": 0, "found": 0, "gold": 0, "docs_with_tasks": 0}
        for part in ("development", "held_out")
    }
    for path, gold in docs:
        one = score(analyse_file(path, name=path.name).contract(), gold)
        part = out["held_out" if gold.get("held_out") else "development"]
        part["matched"] += one.matched
        part["found"] += one.predicted_tasks
        part["gold"] += one.gold_tasks
        part["docs_with_tasks"] += bool(one.predicted_tasks)
    for part in out.values():
        m, f, g = part["matched"], part["found"], part["gold"]
        part["precision"] = round(m / f, 3) if f else 1.0
        part["f1"] = round(2 * m / (f + g), 3) if f + g else 1.0
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--no-corpus", action="store_true")
    parser.add_argument("--show", action="store_true", help="list the failing matrix cells")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    from importer import setup

    setup()
    from ttdn.directory.services import agencies_load

    for place in PLACES:
        with contextlib.suppress(ValueError):
            agencies_load(provinces=[place[0]])
    report = {}
    for variant in args.variants.split(","):
        install(variant)
        print(f"== {variant}")
        totals = matrix(args.show)
        for form, t in sorted(totals.items(), key=lambda kv: (kv[0] == "ALL", kv[0])):
            print(
                f"   {form:18} cells {t['cells']:3} right {t['ok']:3}  tasks "
                f"{t['matched']}/{t['found']}/{t['expected']} (matched/found/expected)"
            )
        report[variant] = {"matrix": totals}
        if not args.no_corpus:
            real = corpus()
            for part, t in real.items():
                print(
                    f"   real {part:12} tasks {t['matched']}/{t['found']}/{t['gold']} "
                    f"P {t['precision']:.3f} F1 {t['f1']:.3f} (documents with tasks "
                    f"{t['docs_with_tasks']})"
                )
            report[variant]["real"] = real
    install("current")
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
