#!/usr/bin/env python
"""Would a trained model choose the tasks of prose better than the rules? (issue 12)

    python benchmarks/importer_learned.py [--no-rule-verdicts] [--held-out] [--c 0.3]

The hand-written rules of ``ttdn.importer.extract.prose`` read their development documents
at 0.95–1.00 and each new batch at about 0.5 (docs/benchmarks.md). This script tries the
other way: logistic regression (scikit-learn, class weights balanced) choosing, among the
clauses the prose reader splits a text into, those that are tasks, trained on the hand-made
gold of the real corpus's development documents.

* Features of a clause: its folded words and word pairs, its first three words by
  position, the kind of document, the words of the heading it sits under, where it lies,
  its length, list and colon marks, a body's name in it, the first words of the clauses
  around it, and (unless ``--no-rule-verdicts``) the verdicts of the prose reader's forms.
* Each batch is read by a model trained on the other batches (what an unseen batch would
  read). The rule verdicts were written from all batches, so with them the figure flatters.
* ``--held-out`` also trains on all development documents and reads the held-out quarter,
  beside what the rules read there (totals only; its misses are never printed).

Result (04/12/2026, docs/benchmarks.md): not better than the rules on the held-out
quarter, so the importer does not use it.
"""

from __future__ import annotations

import argparse
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import importer as bench  # noqa: E402  (sets up the throw-away database)

THRESHOLD = 0.5
MIN_WORDS = 3
RULE_VERDICTS = True


def _imports():
    global HIDDEN_PREFIX, fold_words, squash, prose
    from ttdn.core.text import fold_words, squash
    from ttdn.importer.extract import prose

    HIDDEN_PREFIX = "§"


# A body's name (the head word of Vietnamese agency names), anywhere in a clause.
_AGENCY_RE = re.compile(
    r"\b(?:Sở|Ban|Ủy\s+ban|Uỷ\s+ban|UBND|Bộ|Hội|Đoàn|Công\s+an|Đài|Báo|Phòng|Văn\s+phòng"
    r"|Trung\s+tâm|Cục|Vụ|các\s+cơ\s+quan|các\s+đơn\s+vị|các\s+sở|các\s+địa\s+phương"
    r"|các\s+huyện)\b"
)
# A heading line: numbered ("II. NHIỆM VỤ", "3) Tổ chức thực hiện") or in capitals.
_HEADING_RE = re.compile(r"^\s*(?:[IVX]{1,4}|\d{1,2}|[A-Z])\s*[.)]\s*\S")
_BULLET_RE = re.compile(r"\s*(?:[-–•+*]|\d{1,2}(?:\.\d)*[.)]|[a-zđ]\))\s")


@dataclass
class Candidate:
    start: int
    end: int
    text: str
    clause: object
    features: set[str]
    probability: float = 0.0


def _heading_words(text: str, pos: int) -> list[str]:
    """The folded words of the nearest heading line above ``pos`` (up to 40 lines up)."""
    i = pos
    for _ in range(40):
        j = text.rfind("\n", 0, max(i - 1, 0))
        if j < 0:
            break
        line = text[j + 1 : i].strip()
        i = j + 1
        if not line:
            continue
        letters = [c for c in line if c.isalpha()]
        if len(line) < 90 and (
            _HEADING_RE.match(line) or (letters and all(c.isupper() for c in letters))
        ):
            return fold_words(line).split()[:8]
    return []


def _rule_verdicts(text: str, s: int, e: int, clause, meta, aims, region) -> set[str]:
    piece = text[s:e]
    checks = {
        "requirement": prose._REQUIREMENT_RE.match(piece),
        "not_task": prose._NOT_TASK_RE.match(piece),
        "outcome": prose._states_outcome(piece),
        "narrative": prose._NARRATIVE_RE.match(text, s, e),
        "assigns": prose._assigns(text, s, e),
        "purpose": prose._PURPOSE_RE.match(text, s, e),
        "courtesy": prose._COURTESY_RE.search(text, s, e) or prose._POINTER_RE.search(text, s, e),
        "planned": prose._PLANNED_RE.search(text, s, e),
        "aims": any(a <= s < b for a, b in aims),
        "may_be_task": prose._may_be_task(text, s, e, meta, item=clause.item),
        "region": region[0] <= s < region[1],
    }
    return {f"{HIDDEN_PREFIX}rule:{name}" for name, hit in checks.items() if hit}


def candidates(text: str, meta) -> list[Candidate]:
    """Every clause of ``text`` of at least :data:`MIN_WORDS` words, with its features."""
    found: list[Candidate] = []
    length = len(text) or 1
    aims = prose._aim_spans(text, 0, len(text))
    region = prose._region(text, meta)
    kind = meta.kind.value or "?"
    for clause in prose._clauses(text, 0, len(text)):
        s, e = prose._clean(text, clause.start, clause.end)
        body = squash(text[s:e])
        words = fold_words(body).split()
        if len(words) < MIN_WORDS:
            continue
        f = {f"w:{w}" for w in words}
        f.update(f"b:{a}_{b}" for a, b in zip(words, words[1:], strict=False))
        f.update(f"h{i}:{w}" for i, w in enumerate(words[:3]))
        f.add(f"hb:{words[0]}_{words[1]}")
        f.update((f"kind:{kind}", f"dt:{meta.doc_type.value or '?'}", f"kh:{kind}:{words[0]}"))
        f.update(f"sec:{w}" for w in _heading_words(text, s))
        f.update(
            (
                f"pos:{int(10 * s / length)}",
                f"len:{min(len(words) // 8, 6)}",
                f"sent:{min(clause.sentence, 3)}",
                f"para:{min(clause.paragraph, 5)}",
            )
        )
        before = text[: clause.start].rstrip()
        line_start = text.rfind("\n", 0, s) + 1
        flags = {
            "item": clause.item,
            "listed": clause.listed,
            "carries": clause.carries_over,
            "after_colon": before.endswith(":"),
            "after_semi": before.endswith(";"),
            "bullet": _BULLET_RE.match(text[line_start : s + 2]),
            "line_start": not text[line_start:s].strip(" -–•+*.)0123456789abcdđ\t"),
            "ends_colon": body.rstrip().endswith(":"),
            "agency_start": _AGENCY_RE.search(body[:80]),
            "agency_any": _AGENCY_RE.search(body),
            "year": re.search(r"\b(?:19|20)\d{2}\b", body),
        }
        f.update(name for name, hit in flags.items() if hit)
        if RULE_VERDICTS:
            f.update(_rule_verdicts(text, s, e, clause, meta, aims, region))
        found.append(Candidate(s, e, body, clause, f))
    for k, cand in enumerate(found):  # the clauses around it
        if k:
            cand.features.update(f"p0:{w}" for w in fold_words(found[k - 1].text).split()[:2])
            if found[k - 1].text.rstrip().endswith(":"):
                cand.features.add("prev_colon")
        else:
            cand.features.add("first")
        if k + 1 < len(found):
            cand.features.update(f"n0:{w}" for w in fold_words(found[k + 1].text).split()[:1])
    return found


def examples(*, held_out: bool = False) -> list[dict]:
    from rapidfuzz import fuzz

    from ttdn.documents.readers import read_document
    from ttdn.importer.extract import DocumentPlaces
    from ttdn.importer.extract.metadata import read_metadata
    from ttdn.importer.scoring import TEXT_MATCH

    found = []
    for path, gold in bench.real_documents():
        if bool(gold.get("held_out")) != held_out:
            continue
        document = read_document(path, name=path.name)
        meta = read_metadata(document.text, places=DocumentPlaces())
        cands = candidates(document.text, meta)
        texts = [squash(t["text"]) for t in gold.get("tasks", [])]
        labels = [int(any(fuzz.ratio(t, c.text) >= TEXT_MATCH for t in texts)) for c in cands]
        found.append(
            {
                "path": path,
                "batch": gold.get("batch") or 1,
                "gold": texts,
                "candidates": cands,
                "labels": labels,
            }
        )
    return found


def fit(train: list[dict], c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(
        [dict.fromkeys(x.features, 1) for e in train for x in e["candidates"]]
    )
    labels = [label for e in train for label in e["labels"]]
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(matrix, labels)

    def choose(example) -> list[str]:
        if not example["candidates"]:
            return []
        rows = vectorizer.transform([dict.fromkeys(x.features, 1) for x in example["candidates"]])
        return [
            x.text
            for x, p in zip(example["candidates"], model.predict_proba(rows)[:, 1], strict=True)
            if p >= THRESHOLD
        ]

    return choose


def text_scores(chosen: list[list[str]], gold: list[list[str]]) -> str:
    from ttdn.importer.scoring import score

    matched = found = wanted = 0
    for got, want in zip(chosen, gold, strict=True):
        one = score({"tasks": [{"text": t} for t in got]}, {"tasks": [{"text": t} for t in want]})
        matched, found, wanted = matched + one.matched, found + len(got), wanted + len(want)
    p = matched / found if found else 0.0
    r = matched / wanted if wanted else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return f"F1 {f1:.2f} ({matched}/{found}/{wanted})"


def main() -> None:
    global RULE_VERDICTS
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-rule-verdicts", action="store_true")
    parser.add_argument("--held-out", action="store_true")
    parser.add_argument("--c", type=float, default=0.3, help="regularisation (smaller: simpler)")
    args = parser.parse_args()
    RULE_VERDICTS = not args.no_rule_verdicts
    bench.setup()
    _imports()
    data = examples()
    print(
        f"development: {len(data)} documents, {sum(len(e['candidates']) for e in data)} "
        f"clauses, {sum(sum(e['labels']) for e in data)} of them tasks"
    )
    got, want = [], []
    for batch in sorted({e["batch"] for e in data}):
        choose = fit([e for e in data if e["batch"] != batch], args.c)
        tested = [e for e in data if e["batch"] == batch]
        chosen = [choose(e) for e in tested]
        print(
            f"  batch {batch} read by a model of the other batches: "
            + text_scores(chosen, [e["gold"] for e in tested])
        )
        got, want = got + chosen, want + [e["gold"] for e in tested]
    print("  pooled: " + text_scores(got, want))
    if args.held_out:
        from ttdn.importer.pipeline import analyse_file

        held = examples(held_out=True)
        choose = fit(data, args.c)
        print(
            "held out: model " + text_scores([choose(e) for e in held], [e["gold"] for e in held])
        )
        ruled = [[t.text for t in analyse_file(e["path"], name=e["path"].name).tasks] for e in held]
        print("held out: rules " + text_scores(ruled, [e["gold"] for e in held]))


if __name__ == "__main__":
    main()
