"""Score an extraction against a hand-checked gold file (same JSON contract).

Used by ``benchmarks/importer.py`` and by the tests that hold the importer to its targets.

* Metadata: each field right or wrong (``legal_bases`` compares the set of
  identifier/kind/date; ``period`` and ``report_deadline`` compare whole objects).
* Tasks: a predicted task matches a gold task when their texts, whitespace-normalised,
  are at least :data:`TEXT_MATCH` similar (rapidfuzz ratio, 0–100); pairs are taken
  best first, one-to-one. Precision, recall and F1 follow.
* On matched tasks: lead and coordinating agencies (the list of as-written names and
  resolved agencies, in order), timeframe (wording, deadlines, recurrence) and group.
  The lead is also compared by the names as written only (``lead_written_right``): on
  documents from provinces whose directory is not loaded, the resolved name says more
  about the deployment than about the reading.
* Legal bases also count one by one (identifier, kind, date), giving their own
  precision, recall and F1 over a set of documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from rapidfuzz import fuzz

from ttdn.core.text import squash

TEXT_MATCH = 90.0
METADATA_FIELDS = (
    "doc_type",
    "issuer",
    "level",
    "locality",
    "plan_number",
    "issued_date",
    "title",
    "period",
    "legal_bases",
    "report_deadline",
)


@dataclass
class Score:
    file: str
    fields: dict[str, bool] = field(default_factory=dict)
    gold_tasks: int = 0
    predicted_tasks: int = 0
    matched: int = 0
    exact_text: int = 0
    lead_right: int = 0
    coordinating_right: int = 0
    timeframe_right: int = 0
    group_right: int = 0
    lead_written_right: int = 0
    legal_gold: int = 0
    legal_predicted: int = 0
    legal_matched: int = 0
    misses: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return (
            self.matched / self.predicted_tasks
            if self.predicted_tasks
            else float(not self.gold_tasks)
        )

    @property
    def recall(self) -> float:
        return self.matched / self.gold_tasks if self.gold_tasks else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _legal(entries) -> set:
    return {(b["identifier"], b["kind"], b.get("date")) for b in entries or []}


def _deadline(value):
    if not value:
        return None
    return {k: value.get(k) for k in ("as_written", "month", "day", "recurrence")}


def _agencies(entries) -> list:
    return [(squash(e["as_written"]), e.get("agency")) for e in entries or []]


def _timeframe(value):
    if not value:
        return None
    return (
        squash(value["as_written"]),
        tuple(value.get("deadlines") or ()),
        value.get("recurrence"),
    )


def match_texts(gold: list[str], got: list[str]) -> list[tuple[int, int]]:
    """The pairs (gold index, found index) of task texts that match: whitespace-normalised
    texts at least :data:`TEXT_MATCH` similar, taken best first, one to one."""
    wanted, found = [squash(t) for t in gold], [squash(t) for t in got]
    candidates = []
    for i, want in enumerate(wanted):
        for j, text in enumerate(found):
            ratio = fuzz.ratio(want, text)
            if ratio >= TEXT_MATCH:
                candidates.append((ratio, i, j))
    used_gold, used_got, pairs = set(), set(), []
    for _ratio, i, j in sorted(candidates, reverse=True):
        if i not in used_gold and j not in used_got:
            used_gold.add(i)
            used_got.add(j)
            pairs.append((i, j))
    return pairs


def score(predicted: dict, gold: dict) -> Score:
    result = Score(file=gold.get("file") or predicted.get("file", ""))
    for name in METADATA_FIELDS:
        got, want = predicted.get(name), gold.get(name)
        if name == "legal_bases":
            ok = _legal(got) == _legal(want)
            result.legal_gold, result.legal_predicted = len(_legal(want)), len(_legal(got))
            result.legal_matched = len(_legal(want) & _legal(got))
        elif name == "report_deadline":
            ok = _deadline(got) == _deadline(want)
        else:
            ok = got == want
        result.fields[name] = ok
    gold_tasks, got_tasks = gold.get("tasks", []), predicted.get("tasks", [])
    result.gold_tasks, result.predicted_tasks = len(gold_tasks), len(got_tasks)
    pairs = match_texts([t["text"] for t in gold_tasks], [t["text"] for t in got_tasks])
    used_gold = {i for i, _j in pairs}
    used_got = {j for _i, j in pairs}
    for i, j in pairs:
        want, got = gold_tasks[i], got_tasks[j]
        result.matched += 1
        result.exact_text += squash(want["text"]) == squash(got["text"])
        checks = {
            "lead": _agencies(want.get("lead")) == _agencies(got.get("lead")),
            "coordinating": _agencies(want.get("coordinating"))
            == _agencies(got.get("coordinating")),
            "timeframe": _timeframe(want.get("timeframe")) == _timeframe(got.get("timeframe")),
            "group": want.get("group") == got.get("group"),
        }
        result.lead_right += checks["lead"]
        result.coordinating_right += checks["coordinating"]
        result.timeframe_right += checks["timeframe"]
        result.group_right += checks["group"]
        result.lead_written_right += [a for a, _agency in _agencies(want.get("lead"))] == [
            a for a, _agency in _agencies(got.get("lead"))
        ]
        for name, ok in checks.items():
            if not ok and name != "group":
                result.wrong.append(f"{name}: {want['text'][:60]}")
    result.misses = [t["text"][:80] for i, t in enumerate(gold_tasks) if i not in used_gold]
    result.extras = [t["text"][:80] for j, t in enumerate(got_tasks) if j not in used_got]
    return result


@dataclass
class Summary:
    documents: int
    field_accuracy: dict[str, float]
    precision: float
    recall: float
    f1: float
    exact_text: float
    lead: float
    coordinating: float
    timeframe: float
    group: float
    lead_written: float = 0.0
    legal_precision: float = 0.0
    legal_recall: float = 0.0
    legal_f1: float = 0.0


def _prf(matched: int, got: int, gold: int) -> tuple[float, float, float]:
    precision = matched / got if got else float(not gold)
    recall = matched / gold if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def summarise(scores: list[Score]) -> Summary:
    gold = sum(s.gold_tasks for s in scores)
    got = sum(s.predicted_tasks for s in scores)
    matched = sum(s.matched for s in scores)
    precision = matched / got if got else 0.0
    recall = matched / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def rate(attr: str) -> float:
        return sum(getattr(s, attr) for s in scores) / matched if matched else 0.0

    legal = _prf(
        sum(s.legal_matched for s in scores),
        sum(s.legal_predicted for s in scores),
        sum(s.legal_gold for s in scores),
    )
    return Summary(
        documents=len(scores),
        field_accuracy={
            name: sum(s.fields[name] for s in scores) / len(scores) for name in METADATA_FIELDS
        }
        if scores
        else {},
        precision=precision,
        recall=recall,
        f1=f1,
        exact_text=rate("exact_text"),
        lead=rate("lead_right"),
        coordinating=rate("coordinating_right"),
        timeframe=rate("timeframe_right"),
        group=rate("group_right"),
        lead_written=rate("lead_written_right"),
        legal_precision=legal[0],
        legal_recall=legal[1],
        legal_f1=legal[2],
    )


@dataclass
class ReviewedSummary:
    """How the reader did on confirmed imports, the reviewer's version taken as the gold."""

    imports: int
    summary: Summary | None
    suggestions_offered: int = 0
    suggestions_added: int = 0
    tasks_added_by_hand: int = 0


def reviewed_summary(pairs) -> ReviewedSummary:
    """``pairs`` of (read, reviewed) extractions (``ExtractionResult``): each read contract
    scored against its reviewed contract; the suggestions offered and how many the reviewers
    added, and the tasks they typed themselves."""
    scores, offered, added, by_hand = [], 0, 0, 0
    for read, reviewed in pairs:
        scores.append(score(read.contract(), reviewed.contract()))
        offered += len(read.suggestions)
        added += sum(t.source == "suggested" for t in reviewed.tasks)
        by_hand += sum(t.source == "manual" for t in reviewed.tasks)
    return ReviewedSummary(
        imports=len(scores),
        summary=summarise(scores) if scores else None,
        suggestions_offered=offered,
        suggestions_added=added,
        tasks_added_by_hand=by_hand,
    )
