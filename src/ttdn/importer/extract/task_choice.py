"""Sentences the reader did not take as tasks but may be ones: offered on the review page.

On documents nobody wrote rules for, the rules of :mod:`.prose` find about half the tasks a
person would list (``docs/benchmarks.md``); most of the others are plain sentences or
clauses of the text (as "Hai bên sẽ cùng nhau chuẩn bị …" and "đề nghị, các cơ quan báo chí
cần …" were, read by rules since 07/12/2026). Every line of the text is cut into sentences, and a sentence holding ";" or ":" into its
clauses too; each piece, with and without its leading connector ("Theo đó,", "Đồng thời,"),
is a *candidate*. A logistic regression scores each from its first words and the words it
holds, the words just before it, the heading it stands under, its list mark, its length
and place in the text, and the document's type. The pieces scoring :data:`Model.threshold`
or more that overlap no task the rules read are offered (the best :data:`OFFERED`, in
reading order) for the reviewer to add with one click; they are never added by
themselves (measured: taken as tasks, they read fewer tasks right than the rules do).

The model is data (``importer/data/task_model.json``), trained by
``benchmarks/task_ranker.py --train`` on the development part of the real corpus only (a
piece is a task when it matches a gold task as the scorer matches them); a test checks that
the committed model is the one the corpus trains.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import accumulate
from pathlib import Path

from ttdn.importer.extract import prose
from ttdn.importer.extract.common import is_title_line
from ttdn.importer.extract.learned import Model, load

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "task_model.json"
OFFERED = 5  # suggestions shown at most
MIN_LENGTH = 15  # characters: shorter pieces are headings, labels or fragments
MAX_TEXT = 400_000  # characters read; a longer text is read up to here

_MARK_RE = re.compile(
    r"^[ \t]*(?:[-–—•+*▪●○◦·]+|\(?\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ][.)]|[IVX]{1,4}[.)])[ \t]*"
)
# A sentence ends at ". ", "! ", "? ", "… " before a capital or an opening quote.
_SENTENCE_END_RE = re.compile(r"(?<=[.!?…])\s+(?=[A-ZĐÀ-Ỹ\"“])")
_CONNECTOR_RE = re.compile(
    r"(?:Theo\s+đó|Đồng\s+thời|Bên\s+cạnh\s+đó|Cùng\s+với\s+đó|Ngoài\s+ra|Trong\s+đó|Cụ\s+thể"
    r"|Mặt\s+khác|Do\s+đó|Tiếp\s+theo|Thứ\s+\w+|Trước\s+hết|Cuối\s+cùng|Bên\s+cạnh"
    r"|Song\s+song\s+với\s+đó|Thêm\s+vào\s+đó|Để\s+[^,]{0,80}|Nhằm\s+[^,]{0,80}"
    r"|Theo\s+[^,]{0,60}|Tại\s+[^,]{0,60}|Trong\s+[^,]{0,40}|Với\s+[^,]{0,60}"
    r"|Thực\s+hiện\s+[^,]{0,200}|Triển\s+khai\s+[^,]{0,200})\s*,\s*",
    re.IGNORECASE,
)
_CLAUSE_CUT_RE = re.compile(r"[;:]")  # where a sentence's clauses part
_HEADING_RE = re.compile(r"(?:[IVX]{1,4}|[A-D])[.)]\s")
_WORD_RE = re.compile(r"\w+")
# Words whose presence, in the piece or just before it, the model weighs on their own.
KEYWORDS = (
    "sẽ", "cần", "đề nghị", "yêu cầu", "giao", "chủ trì", "phối hợp", "đã", "được", "tổ chức",
    "triển khai", "tăng cường", "đẩy mạnh", "tiếp tục", "nhằm", "mục đích", "kết quả",
    "chỉ đạo", "tham mưu", "thực hiện", "tuyên truyền", "xây dựng", "đảm bảo", "bảo đảm",
    "nâng cao", "hướng dẫn", "theo dõi", "báo cáo", "phấn đấu", "tập trung", "chủ động",
    "các sở", "ubnd", "ủy ban", "kế hoạch", "ban hành", "hội nghị", "phát biểu", "nhấn mạnh",
    "cho biết", "ảnh", "nguồn", "tin liên quan", "đồng chí", "ông", "bà", "năm 20",
    "trong năm", "thời gian tới", "%", "đạt", "góp phần", "giúp", "tạo",
)  # fmt: skip


@dataclass
class Candidate:
    text: str
    start: int
    end: int
    features: dict[str, float] = field(default_factory=dict)


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(text.lower())


def _features(
    piece: str, form: str, mark: str, before: str, heading: str, after_colon: bool, place: dict
) -> dict[str, float]:
    words = _words(piece)
    lowered = piece.lower()
    features: dict[str, float] = {}
    for i, word in enumerate(words[:3]):
        features[f"w{i}={word}"] = 1.0
    if len(words) >= 2:
        features[f"b01={words[0]}_{words[1]}"] = 1.0
    for word in set(words[:25]):
        features[f"bag={word}"] = 1.0
    before = before.lower()
    for word in KEYWORDS:
        if word in lowered:
            features[f"has={word}"] = 1.0
        if word in before:
            features[f"bef={word}"] = 1.0
    doc_type = place["doc_type"]
    features[f"vk={form}"] = 1.0
    features[f"mark={mark}"] = 1.0
    features[f"doc={doc_type}"] = 1.0
    features[f"kind={place['kind']}"] = 1.0
    features[f"vk_doc={form}_{doc_type}"] = 1.0
    features[f"mark_doc={mark}_{doc_type}"] = 1.0
    for word in _words(heading)[:6]:
        features[f"head={word}"] = 1.0
    features["prev_colon"] = float(place["previous_line"].endswith(":"))
    features["before_colon"] = float(after_colon)
    features["first_upper"] = float(piece[:1].isupper())
    features[f"len={min(len(words) // 5, 12)}"] = 1.0
    features[f"rel={int(place['offset'] * 5)}"] = 1.0
    features[f"sent_i={min(place['sentence'], 3)}"] = 1.0
    features["upper_line"] = float(piece.upper() == piece)
    # a clause keeps the opening of its sentence ("Nhằm …; mở rộng …": a purpose's clause)
    for i, word in enumerate(_words(place["sentence_opening"])[:2]):
        features[f"s{i}={word}"] = 1.0
    return features


def _pieces(sentence: str) -> list[tuple[int, int, str]]:
    """The sentence, and its clauses when ";" or ":" divides it (offsets in the sentence)."""
    pieces = [(0, len(sentence), "sent")]
    if ";" in sentence or ":" in sentence:
        edges = [0, *(cut.end() for cut in _CLAUSE_CUT_RE.finditer(sentence)), len(sentence)]
        pieces += [(a, b, "clause") for a, b in zip(edges, edges[1:], strict=False)]
    return pieces


def candidates(
    text: str, doc_type: str = "other", kind: str = "", leaving: Sequence[tuple[int, int]] = ()
) -> list[Candidate]:
    """Every sentence and clause of ``text`` that could be a task, with its features; none
    that overlaps one of the ``leaving`` spans (their features are never worked out)."""
    text = text[:MAX_TEXT]
    # the spans by start, and the furthest end of each run of them from the first: a piece
    # overlaps one when a span starting before its end reaches past its start
    spans = sorted(leaving)
    starts = [start for start, _end in spans]
    reach = list(accumulate((end for _start, end in spans), max))
    found: list[Candidate] = []
    size = max(len(text), 1)
    heading = previous_line = ""
    offset = 0
    for line in text.split("\n"):
        line_start, offset = offset, offset + len(line) + 1
        stripped = line.strip()
        if stripped and (
            (stripped.upper() == stripped and sum(ch.isalpha() for ch in stripped) > 5)
            or _HEADING_RE.match(stripped)
        ):
            heading = stripped[:60]
        mark_match = _MARK_RE.match(line)
        mark = mark_match.group(0).strip()[:1] if mark_match else ""
        body_start = mark_match.end() if mark_match else 0
        body = line[body_start:]
        if len(body.strip()) < MIN_LENGTH:
            previous_line = stripped or previous_line
            continue
        # a line one of the spans holds whole: each of its pieces would overlap it
        k = bisect_right(starts, line_start + body_start)
        if k and reach[k - 1] >= line_start + len(line):
            previous_line = stripped
            continue
        edges, at = [], 0
        for end in _SENTENCE_END_RE.finditer(body):
            edges.append((at, end.start()))
            at = end.end()
        edges.append((at, len(body)))
        for number, (a, b) in enumerate(edges):
            for x, y, form in _pieces(body[a:b]):
                x, y = a + x, a + y
                raw = body[x:y]
                lead = len(raw) - len(raw.lstrip(" \t\u00a0-–•+*"))
                piece = raw.strip(" \t\u00a0-–•+*.;:")
                if len(piece) < MIN_LENGTH:
                    continue
                start = line_start + body_start + x + lead
                variants = [(piece, start, form)]
                connector = _CONNECTOR_RE.match(piece)
                if connector and len(piece) - connector.end() >= MIN_LENGTH:
                    rest = piece[connector.end() :]
                    trimmed = rest.lstrip(" ,")
                    variants.append(
                        (
                            trimmed,
                            start + connector.end() + len(rest) - len(trimmed),
                            form + "-conn",
                        )
                    )
                before = body[max(0, x - 60) : x]
                for value, value_start, value_form in variants:
                    value_end = value_start + len(value)
                    if (k := bisect_left(starts, value_end)) and reach[k - 1] > value_start:
                        continue
                    place = {
                        "sentence_opening": body[a : a + 40],
                        "doc_type": doc_type,
                        "kind": kind,
                        "previous_line": previous_line,
                        "offset": value_start / size,
                        "sentence": number,
                    }
                    found.append(
                        Candidate(
                            value,
                            value_start,
                            value_end,
                            _features(
                                value,
                                value_form,
                                mark,
                                before,
                                heading,
                                before.rstrip().endswith(":"),
                                place,
                            ),
                        )
                    )
        previous_line = stripped
    return found


def model() -> Model | None:
    """The committed model, or none when its file is missing."""
    return load(MODEL_PATH)


def _overlaps(candidate: Candidate, spans: list[tuple[int, int]]) -> bool:
    return any(candidate.start < end and start < candidate.end for start, end in spans)


def suggestions(
    text: str,
    taken: list[tuple[int, int]],
    doc_type: str = "other",
    kind: str = "",
    chosen: Model | None = None,
) -> list[dict]:
    """The pieces of ``text`` most likely to be tasks that overlap none of the ``taken``
    spans (the tasks already read, the tables) nor each other and lie on no title line
    (:func:`.common.is_title_line`): the best :data:`OFFERED` scoring the
    model's threshold or more, in reading order, each ``{"text", "start", "end", "score"}``."""
    chosen = chosen or model()
    if chosen is None or not text:
        return []
    # (a piece overlapping a task read or a table is never offered: it is left out before
    # its features are made and scored, the costliest step of reading a text)
    found = candidates(text, doc_type=doc_type, kind=kind, leaving=taken)
    scored = [(chosen.probability(c.features), c) for c in found]
    offered: list[Candidate] = []
    picked: list[tuple[float, Candidate]] = []
    for score, candidate in sorted(scored, key=lambda pair: (-pair[0], pair[1].start)):
        if score < chosen.threshold or len(picked) >= OFFERED:
            break
        if _overlaps(candidate, [(c.start, c.end) for c in offered]):
            continue
        if is_title_line(text, candidate.start, candidate.end):
            continue
        offered.append(candidate)
        picked.append((score, candidate))
    offered = []
    for score, c in sorted(picked, key=lambda pair: pair[1].start):
        # the text as the rules take a task's (the connector that opens it dropped)
        start, end = prose.clause_span(text, c.start, c.end)
        if end - start < MIN_LENGTH:
            start, end = c.start, c.end
        offered.append(
            {"text": text[start:end], "start": start, "end": end, "score": round(score, 3)}
        )
    return offered
