"""The period chosen among the years a text names, by a model learned from the real corpus
(issue 12; a candidate reader and its features, measured, not adopted: decision 0042).

The rules of :mod:`.metadata` read a document's period (the years a plan or a report covers)
from the forms of administrative writing. Every period the text's first :data:`LIMIT`
characters could mean is a *candidate*: a span ("giai đoạn 2021 - 2025", "nhiệm kỳ
2020-2025", "từ năm 2021 đến năm 2025", "2021 – 2025"), a period with no end ("năm 2019 và
những năm tiếp theo"), an end with no start ("đến năm 2030"), a single year ("năm 2024",
"6 tháng đầu năm 2023", a date's year), the year of the date of issue and the one after it
(a guidance letter planning the next year), the rules' own reading, and *no period* (news of
a meeting, a letter without a year). A logistic regression scores each from where it is
first written (its rank, line and offset, whether in the title), the words around it, how
it is written, how often, how it stands to the date of issue, the document's type and
whether it is the rules' reading.

It reads only the text and what the rules read (no pattern of ``metadata``), so that the
candidates of a document read by an older commit can be taken. Measured by
``period_ranker.py`` and ``period_forward.py``, it is not adopted (decision 0042: no clear
gain over the rules on batches read for the first time); it stays here, in ``benchmarks/``,
to be measured again as the corpus grows. Adopting it would move it to
``ttdn.importer.extract``, its model (``learned.model_file``) beside the issuer's, and call
:func:`choose` in ``extract()`` after the rules, as the issuer's choice is called.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ttdn.core.text import fold

LIMIT = 3000  # characters of the text in which candidates are taken

Period = tuple[int | None, int | None] | None  # (from_year, to_year), or no period

_I = re.IGNORECASE
_YEAR = r"(?:19|20)\d{2}"
_DASH = r"\s*(?:-|–|—|đến|tới)\s*"
# Spans, with the word that opens them: "giai đoạn 2021 - 2025", "từ năm 2021 đến năm 2025".
_SPAN_RE = re.compile(
    rf"(?:(?P<lead>giai\s+đoạn|nhiệm\s+kỳ|thời\s+kỳ|từ\s+năm|từ|các\s+năm|năm)\s+)?"
    rf"(?<![\d/.\-])(?P<a>{_YEAR}){_DASH}(?:năm\s+)?(?P<b>{_YEAR})(?![\d/])",
    _I,
)
_OPEN_RE = re.compile(
    rf"\bnăm\s+(?P<a>{_YEAR})\s*(?:,|và)\s*(?:những|các)\s+năm\s+tiếp\s+theo\b", _I
)
_UNTIL_RE = re.compile(rf"\bđến\s+năm\s+(?P<b>{_YEAR})(?!\d)", _I)
# (an end beyond the period: "giai đoạn 2021 - 2025, tầm nhìn đến năm 2030")
_VISION_RE = re.compile(r"(?:tầm\s+nhìn|định\s+hướng)[^.\n\d]{0,12}$", _I)
# A date, its year a single year's candidate of its own kind: "ngày 12 tháng 3 năm 2024",
# "12/3/2024", "12-03-2024".
_DATE_RE = re.compile(
    rf"\bngày\s+\d{{1,2}}\s+tháng\s+\d{{1,2}}\s+năm\s+(?P<y>{_YEAR})\b"
    rf"|(?<![\d/])\d{{1,2}}\s*[/.\-]\s*\d{{1,2}}\s*[/.\-]\s*(?P<z>{_YEAR})(?!\d)",
    _I,
)
_YEAR_RE = re.compile(rf"(?<![\d/.\-])(?P<y>{_YEAR})(?![\d/])")
# The part of a year it covers ("6 tháng đầu năm 2023", "quý I năm 2024"): that year.
_PART_RE = re.compile(r"(?:\d+\s+tháng(?:\s+(?:đầu|cuối))?|quý\s+[IV\d]+|học)\s+năm\s*$", _I)


@dataclass
class Mention:
    """A period written in the text: its value, how it is written, where."""

    value: Period
    form: str  # span, term, open, until, year, part, date, bare
    start: int
    end: int


def mentions(text: str) -> list[Mention]:
    """Every period written in ``text``, in order of place; a year inside a span or a date
    is not read again on its own."""
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    def add(value: Period, form: str, start: int, end: int) -> None:
        found.append(Mention(value, form, start, end))
        taken.append((start, end))

    for m in _OPEN_RE.finditer(text):
        add((int(m["a"]), None), "open", m.start(), m.end())
    for m in _DATE_RE.finditer(text):
        if free(m.start(), m.end()):
            add((int(m["y"] or m["z"]),) * 2, "date", m.start(), m.end())
    for m in _SPAN_RE.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if not (a < b <= a + 15) or not free(m.start("a"), m.end()):
            continue
        lead = fold(m["lead"] or "").lower()
        form = "term" if lead.startswith(("nhiem", "thoi")) else "span" if lead else "bare_span"
        add((a, b), form, m.start(), m.end())
    for m in _UNTIL_RE.finditer(text):
        if free(m.start(), m.end()):
            form = (
                "vision" if _VISION_RE.search(text, max(0, m.start() - 25), m.start()) else "until"
            )
            add((None, int(m["b"])), form, m.start(), m.end())
    for m in _YEAR_RE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        before = text[max(0, m.start() - 40) : m.start()]
        if _PART_RE.search(before):
            form = "part"
        elif re.search(r"\bnăm\s*$", before, _I):
            form = "year"
        else:
            form = "bare"
        add((int(m["y"]),) * 2, form, m.start(), m.end())
    return sorted(found, key=lambda mention: mention.start)


# The words of administrative writing that tell what a year is to the text: the plan or the
# report it names, a review, a meeting, a course, an anniversary, a strategy beyond it …
_KEYWORDS_RE = re.compile(
    r"\b(ke hoach|chuong trinh|bao cao|tong ket|so ket|hoi nghi|tap huan|boi duong|trien khai"
    r"|nhiem vu|phuong huong|ket qua|de an|chien luoc|nghi quyet|quyet dinh|huong dan"
    r"|dai hoi|hoi thao|ky niem|to chuc|thuc hien|ban hanh|hop|giao luu|doan|chi thi"
    r"|ket luan|cong van|le|thang|quy|nam hoc|dau nam|cuoi nam|tiep theo|sap toi)\b"
)


def _keywords(text: str) -> set[str]:
    return set(_KEYWORDS_RE.findall(fold(text).lower().replace("đ", "d")))


def _words(text: str) -> list[str]:
    # (figures as one word: the years differ, their place does not)
    return [
        "#" if w.isdigit() else w for w in re.findall(r"\w+|[,.;:()\n“”\"]", fold(text).lower())
    ]


@dataclass
class Candidate:
    value: Period
    features: dict[str, float] = field(default_factory=dict)


def _year_of(date: str | None) -> int | None:
    return int(date[:4]) if date and re.match(r"\d{4}", date) else None


def candidates(
    text: str,
    *,
    doc_type: str | None,
    issued_date: str | None,
    title: str | None,
    rules_pick: Period | str,
) -> list[Candidate]:
    """Each period ``text``'s first :data:`LIMIT` characters could mean, and no period, with
    its features. ``rules_pick`` is the rules' reading ((from, to) or None); ``"unknown"``
    when it is not known (no candidate is then marked as the rules')."""
    text = text[:LIMIT]
    issued = _year_of(issued_date)
    title_values = {m.value for m in mentions(title or "")}
    by_value: dict[Period, list[Mention]] = {}
    for mention in mentions(text):
        by_value.setdefault(mention.value, []).append(mention)
    values: list[Period] = list(by_value)
    extra: dict[Period, str] = {}
    if issued:
        extra.setdefault((issued, issued), "issued")
        extra.setdefault((issued + 1, issued + 1), "next")
    for mention in (m for ms in by_value.values() for m in ms):
        if mention.form in ("until", "vision") and issued and issued < mention.value[1]:
            # "… đến năm 2030" in a plan of 2021: from the year of issue to that end
            extra.setdefault((issued, mention.value[1]), "issued_until")
    if rules_pick != "unknown" and rules_pick is not None:
        extra.setdefault(tuple(rules_pick), "rules")
    values += [v for v in extra if v not in by_value]
    first_line = text.split("\n", 1)[0]
    years = [y for v in values for y in (v or ()) if y]
    latest = max(years) if years else None
    shared = {
        f"type={doc_type}": 1.0,
        f"mentions={min(len(by_value), 6)}": 1.0,
        "title_has_year": float(bool(title_values)),
        "issued_known": float(bool(issued)),
    }
    # (what the title says the text is: a plan, a review, a meeting …; else its first lines)
    heading = title or " ".join(line for line in text[:400].split("\n") if line.strip())[:200]
    for word in _keywords(heading):
        shared[f"t={word}"] = 1.0
    found: list[Candidate] = []
    for rank, value in enumerate(values):
        written = by_value.get(value, [])
        forms = {m.form for m in written}
        kind = (
            "span"
            if value[0] and value[1] and value[0] != value[1]
            else "open"
            if value[1] is None
            else "until"
            if value[0] is None
            else "year"
        )
        f: dict[str, float] = {f"kind={kind}": 1.0}
        for key, v in shared.items():
            f[f"{kind}|{key}"] = v
        for form in forms:
            f[f"form={form}"] = 1.0
        if value in extra and not written:
            f[f"only={extra[value]}"] = 1.0
        f["in_title"] = float(value in title_values)
        f[f"{kind}|in_title"] = f["in_title"]
        f[f"count={min(len(written), 4)}"] = 1.0
        if written:
            first = written[0]
            f[f"rank={min(rank, 5)}"] = 1.0
            f[f"at={min(first.start // 300, 9)}"] = 1.0
            f[f"line={min(text.count(chr(10), 0, first.start), 8)}"] = 1.0
            f["first_line"] = float(first.start < len(first_line))
            before = _words(text[max(0, first.start - 40) : first.start])[-3:]
            after = _words(text[first.end : first.end + 40])[:3]
            for k, word in enumerate(reversed(before)):
                f[f"b{k}={word}"] = 1.0
            if before:
                f[f"b01={' '.join(before[-2:])}"] = 1.0
            for k, word in enumerate(after):
                f[f"a{k}={word}"] = 1.0
            sentence = max(text.rfind(". ", 0, first.start), text.rfind("\n", 0, first.start))
            for word in _keywords(text[max(sentence, first.start - 120) : first.start]):
                f[f"s={word}"] = 1.0
            for mention in written[1:4]:
                for word in _words(text[max(0, mention.start - 25) : mention.start])[-2:]:
                    f[f"bb={word}"] = 1.0
        if issued:
            for end, year in (("from", value[0]), ("to", value[1])):
                if year:
                    f[f"{end}-issued={max(-4, min(4, year - issued))}"] = 1.0
        f["latest"] = float(bool(latest) and latest in value)
        if kind == "span":
            f[f"length={min(value[1] - value[0], 10)}"] = 1.0
        if rules_pick != "unknown":
            f["rule_pick"] = float(rules_pick is not None and tuple(rules_pick) == value)
            f[f"{kind}|rule_pick"] = f["rule_pick"]
        found.append(Candidate(value, f))
    none = {"kind=none": 1.0, **{f"none|{k}": v for k, v in shared.items()}}
    if rules_pick != "unknown":
        none["rule_pick"] = float(rules_pick is None)
        none["none|rule_pick"] = none["rule_pick"]
    found.append(Candidate(None, none))
    return found


def as_period(value) -> Period:
    """A period as a candidate's value: from a contract's ``{"from_year", "to_year"}``, a
    list, or none."""
    if value is None:
        return None
    if isinstance(value, dict):
        return (value.get("from_year"), value.get("to_year"))
    return tuple(value)


def choose(found: list[Candidate], chosen) -> tuple[Candidate, float] | None:
    """The best candidate and its probability, when it scores the model's threshold or more."""
    if not found:
        return None
    scores = [chosen.probability(c.features) for c in found]
    best = max(range(len(found)), key=scores.__getitem__)
    return (found[best], scores[best]) if scores[best] >= chosen.threshold else None
