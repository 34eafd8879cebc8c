"""The issuer chosen among the bodies a text names, by a model learned from the real corpus.

The rules of :mod:`.metadata` read the issuer from the forms of administrative writing;
written from sixteen batches of real documents, they read each new batch's issuer right
about half the time at first contact (``docs/benchmarks.md``). Every body the text names
is a *candidate* (a match of the reader's own body pattern in the text's first
:data:`LIMIT` characters), and a logistic regression scores each from where it stands
(its rank, line and offset, whether it opens a line or a sentence, whether the first line
names it), its neighbours' words (three each side, figures as one word), its kind of body,
how often the text names that body, the document's type, and whether it is the body the
rules chose. The best candidate scoring :data:`Model.threshold` or more is the issuer;
below it, the rules' reading stands.

The model is data (``importer/data/issuer_model.json``: a weight per feature), trained by
``benchmarks/issuer_ranker.py --train`` on the development part of the real corpus only
(the held-out quarter is never read), with the rules' pick of each training document taken
as the rules read it at its batch's first contact, so the model learns how far to trust the
rules on a document they were not written for. A test checks that the committed model is
the one the corpus trains.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ttdn.core.text import fold
from ttdn.importer.extract.learned import Model, load

LIMIT = 3000  # characters of the text in which candidates are taken
MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "issuer_model.json"

_ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "ubmttq": "uy ban mat tran to quoc",
    "mttq": "mat tran to quoc",
    "tp": "thanh pho",
    "tw": "trung uong",
    "vhttdl": "van hoa the thao va du lich",
    "bcd": "ban chi dao",
}
_ABBREVIATION_RE = re.compile(rf"\b(?:{'|'.join(_ABBREVIATIONS)})\b")
# (a place's unit word, not a committee's: "Ban Thường vụ Tỉnh ủy" names no place)
_PLACE_RE = re.compile(r"\s+(?:tinh|thanh pho|huyen|xa|phuong|quan|thi xa)\b(?!\s+uy\b).*$")
# (the place written after a party committee, "Ban Tuyên giáo Tỉnh ủy Bình Định", as after a unit)
_COMMITTEE_PLACE_RE = re.compile(r"\b((?:tinh|thanh|huyen|quan|thi|dang) uy)\s.*$")
_OPENS_SENTENCE_RE = re.compile(
    r"(?:[^.;\n]*?\b(?:ngày|sáng|chiều|tối)\s+[\d/.\-]+\s*,?\s*(?:tại\s+[^,]{1,60},\s*)?)?",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def normalise(name: str | None) -> str:
    """A body's name with diacritics, case, punctuation and common abbreviations set aside."""
    words = re.sub(r"[^\w\s]", " ", fold(name or "").lower().replace("đ", "d"))
    words = _ABBREVIATION_RE.sub(lambda m: _ABBREVIATIONS[m.group(0)], words)
    return " ".join(words.split())


def same_body(got: str | None, want: str | None) -> bool:
    """Whether two names name one body: the same words once :func:`normalise`\\ d, the place
    written in one and not the other ("Ủy ban nhân dân tỉnh" and "UBND tỉnh Bình Định", "Ban
    Tuyên giáo Tỉnh ủy" and "Ban Tuyên giáo Tỉnh ủy Bình Định")."""
    if not got or not want:
        return not got and not want
    a, b = normalise(got), normalise(want)
    if a == b:
        return True
    stem_a, stem_b = (_COMMITTEE_PLACE_RE.sub(r"\1", _PLACE_RE.sub("", n)) for n in (a, b))
    return stem_a == stem_b and (a.startswith(b) or b.startswith(a))


def _words(text: str) -> list[str]:
    # (figures as one word: dates and numbers differ, their place does not)
    return [
        "#" if w.isdigit() else w for w in re.findall(r"\w+|[,.;:()\n“”\"]", fold(text).lower())
    ]


@dataclass
class Candidate:
    """A body the text names, read as the rules read a body (:func:`metadata.body._issuer_of`)."""

    issuer: object  # metadata.body._Issuer
    name: str
    org: str
    features: dict[str, float]


# A body that attends what it tells of, not holding it ("Thủ tướng Chính phủ dự và chỉ đạo Hội
# nghị …", "… đã đến tham dự"): no candidate holder, unless it also chairs ("dự và chủ trì").
_ATTENDS_RE = re.compile(
    r"\s*,?\s*(?:đã\s+|cũng\s+|vừa\s+)?(?:đến\s+|về\s+)?(?:tham\s+)?dự\b"
    # (not a word of its own: "dự kiến", "dự thảo", "dự án", "dự toán" …)
    r"(?!\s+(?:và\s+chủ\s+trì|kiến|thảo|án|báo|toán|định|phòng|trữ|bị|thi|tuyển)\b)",
    re.IGNORECASE,
)

# A body asking the bodies it names ("… đề nghị các cơ quan, đơn vị …", "… yêu cầu những …").
_ASKS_RE = re.compile(
    r"[ \t]*,?[ \t]+(?:(?:cũng|tiếp\s+tục)\s+)?(?:đề\s+nghị|yêu\s+cầu)\s+"
    r"(?:các|những|toàn\s+thể|Quý)\s",
    re.IGNORECASE,
)

# A Party committee's or an association's standing board, named before its committee ("Ban
# Thường vụ Tỉnh ủy …"): the committee is the body (the convention of the corpus's gold).
_BOARDS = ("Ban Thường vụ", "Ban Thường trực", "Ban Chấp hành")


def _bodies(named: str) -> list[tuple[object, bool]]:
    """The bodies ``named`` names, in order, each with whether the document's header names it:
    every match of the reader's body pattern but those inside a number's symbol ("KH-UBND"),
    named as a venue ("tại hội trường UBND tỉnh") or attending ("… dự và chỉ đạo Hội nghị"),
    a standing board written before its committee (the committee stands for it), and the
    header's body as the header reader reads it (in capitals, over two lines)."""
    # (the reader's own patterns and readings; imported here, as the reader calls this)
    from ttdn.importer.extract.metadata import Metadata
    from ttdn.importer.extract.metadata.body import _ISSUER_RE, _issuer_of
    from ttdn.importer.extract.metadata.issuer import _VENUE_BEFORE_RE, _header_form
    from ttdn.importer.extract.metadata.text import _head_zone

    found = [
        _issuer_of(m, 0.5)
        for m in _ISSUER_RE.finditer(named)
        if not (m.start() and named[m.start() - 1] in "-/")
        and not _VENUE_BEFORE_RE.search(named, max(0, m.start() - 40), m.start())
        and not _ATTENDS_RE.match(named, m.end())
    ]
    found = [
        issuer
        for issuer, after in zip(found, [*found[1:], None][: len(found)], strict=True)
        if not (issuer.org in _BOARDS and after is not None and after.start - issuer.end <= 2)
    ]
    bodies = [(issuer, False) for issuer in found]
    head = _head_zone(named)
    for header in _header_form(named, head, Metadata()):
        if header.end > len(named):
            continue
        # the lines above the header's body name the body it belongs to ("UBND TỈNH QUẢNG
        # TRỊ" above "SỞ NGOẠI VỤ"): no candidate of their own
        bodies = [
            (issuer, h) for issuer, h in bodies if not head[0] <= issuer.start < header.start - 2
        ]
        same = [i for i, (issuer, _h) in enumerate(bodies) if abs(issuer.start - header.start) < 3]
        if same:
            bodies[same[0]] = (bodies[same[0]][0], True)
        else:
            bodies.append((header, True))
    return sorted(bodies, key=lambda body: body[0].start)


def candidates(named: str, *, doc_type: str | None, rules_pick: str | None) -> list[Candidate]:
    """Each body named in ``named``'s first :data:`LIMIT` characters, with its features.
    ``named`` is the text as names are read in it (:func:`metadata.names_text`)."""
    from ttdn.importer.extract.metadata.body import _EVENT_RE
    from ttdn.importer.extract.metadata.issuer import _OWN_VOICE_RE

    named = named[:LIMIT]
    found: list[Candidate] = []
    for index, (issuer, in_header) in enumerate(_bodies(named)):
        name = " ".join(p for p in (issuer.within, issuer.org, issuer.unit, issuer.name) if p)
        before = _words(named[max(0, issuer.start - 40) : issuer.start])[-3:]
        after = _words(named[issuer.end : issuer.end + 40])[:3]
        line_start = named.rfind("\n", 0, issuer.start) + 1
        org_words = _words(issuer.org)
        sentence = named[max(named.rfind(".", 0, issuer.start), line_start) : issuer.start]
        features = {
            f"index={min(index, 6)}": 1.0,
            f"at={min(issuer.start // 250, 8)}": 1.0,
            f"line={min(named.count(chr(10), 0, issuer.start), 6)}": 1.0,
            "opens_line": float(not named[line_start : issuer.start].strip()),
            "header": float(in_header),
            f"org={' '.join(org_words[:3])}": 1.0,
            f"head={org_words[0] if org_words else ''}": 1.0,
            "unit": float(bool(issuer.unit)),
            "name": float(bool(issuer.name)),
            "event": float(bool(_EVENT_RE.match(named, issuer.end))),
            # asking in its own words ("X đề nghị các cơ quan … như sau:", "X đề nghị các cơ
            # quan, đơn vị nghiên cứu, áp dụng …"): a letter's or a notice's author
            "own_voice": float(
                bool(_OWN_VOICE_RE.match(named, issuer.end) or _ASKS_RE.match(named, issuer.end))
            ),
            # the first words of its sentence (after a day: "Ngày 16/11, X …")
            "opens_sentence": float(bool(_OPENS_SENTENCE_RE.fullmatch(sentence.lstrip(". \t")))),
            f"type={doc_type}": 1.0,
            "rule_pick": float(bool(rules_pick) and same_body(name, rules_pick)),
        }
        for k, word in enumerate(reversed(before)):
            features[f"b{k}={word}"] = 1.0
        if before:
            features[f"b01={' '.join(before[-2:])}"] = 1.0
        for k, word in enumerate(after):
            features[f"a{k}={word}"] = 1.0
        if after:
            features[f"a01={' '.join(after[:2])}"] = 1.0
        found.append(Candidate(issuer, name, normalise(issuer.org), features))
    first_line = normalise(named.split("\n", 1)[0])
    counts = Counter(c.org for c in found)
    firsts: dict[str, Candidate] = {}
    for c in found:
        firsts.setdefault(c.org, c)
        c.features["in_first_line"] = float(bool(c.org) and c.org in first_line)
        c.features[f"count={min(counts[c.org], 4)}"] = 1.0
        c.features["first_of_org"] = float(firsts[c.org] is c)
    return found


# Set by :func:`rules_only` for the reading in progress only (a context variable: another
# thread or task reading at the same time keeps the model).
_RULES_ONLY: ContextVar[bool] = ContextVar("issuer_rules_only", default=False)


def model() -> Model | None:
    """The committed model, or none (no file, or :func:`rules_only` in force)."""
    return None if _RULES_ONLY.get() else load(MODEL_PATH)


@contextmanager
def rules_only() -> Iterator[None]:
    """Read with the rules alone (to measure them, and to train the model)."""
    token = _RULES_ONLY.set(True)
    try:
        yield
    finally:
        _RULES_ONLY.reset(token)


def rules_pick_speaks(features: Iterable[Mapping[str, float]]) -> bool:
    """Whether the body the rules chose asks or guides the bodies it names in its own words
    ("Sở … đề nghị các cơ quan …"): it is the author, whoever the text cites first, and the
    model is not consulted. ``features`` are the candidates' (the importer's and the training
    scripts' alike)."""
    return any(f["rule_pick"] and f["own_voice"] for f in features)


def choose(found: list[Candidate], chosen: Model) -> tuple[Candidate, float] | None:
    """The best candidate and its probability, when it scores the model's threshold or more."""
    if not found:
        return None
    scores = [chosen.probability(c.features) for c in found]
    best = max(range(len(found)), key=scores.__getitem__)
    return (found[best], scores[best]) if scores[best] >= chosen.threshold else None
