#!/usr/bin/env python
"""A task reader that weighs the rules' reading with the task model, at each batch's first
contact (issue 12): does a model that knows what the rules took beat the rules where neither
was fitted?

    TTDN_DEVELOPMENT=1 PYTHONPATH=src:benchmarks python benchmarks/task_combined.py [--json F]

For each batch T from the third, a logistic regression is trained on the development documents
of the batches before T. Its pieces are those of the suggestions model (every sentence and
clause, :func:`task_choice.candidates`), with one more group of features: whether the rules
took the piece **as they read its document at first contact** (``task_forward.py``'s records),
alone and crossed with the document's type and kind. Batch T is then read from its first
contact: a rules' task is kept unless the piece it is scores under a floor; a piece the rules
did not take is added when it scores a threshold or more. Printed as counts (matched / found /
gold), development and held out apart; no text is printed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import forward
import importer as bench

FIRST = 4  # (batch 3 is the first read at first contact: the first to train on)
FLOORS = (0.0, 0.1, 0.2, 0.3)
ADDS = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
C = 0.3


def _ruled(text: str, rules: list[str]) -> str:
    """How a piece stands to the rules' tasks: "same", "holds" (a task inside it), "inside"
    (it lies inside a task) or "none"."""
    from rapidfuzz import fuzz

    from ttdn.importer.scoring import TEXT_MATCH

    best = "none"
    for rule in rules:
        if fuzz.ratio(text, rule) >= TEXT_MATCH:
            return "same"
        if len(rule) >= 20 and rule in text:
            best = "holds"
        elif len(text) >= 20 and text in rule and best == "none":
            best = "inside"
    return best


def _rows():
    import task_ranker

    from ttdn.core.text import squash

    readings = forward.readings().get("tasks", {})
    rows = []
    for row in task_ranker.read_corpus():
        read = readings.get(row["file"])
        if read is None:
            continue
        first = [squash(t[0]) for t in read["tasks"]]
        row["first"] = first
        for cand in row["candidates"]:
            stand = _ruled(squash(cand["text"]), first)
            cand["stand"] = stand
            cand["features"] = dict(cand["features"])
            cand["features"][f"ruled={stand}"] = 1.0
            cand["features"][f"ruled_doc={stand}_{row['doc_type']}"] = 1.0
            cand["features"][f"ruled_kind={stand}_{row['kind']}"] = 1.0
        rows.append(row)
    return rows


def _read(row: dict, model, floor: float, add: float) -> list[str]:
    from ttdn.core.text import squash

    kept = []
    scores = {}
    for cand in row["candidates"]:
        if cand["stand"] == "same":
            key = squash(cand["text"])
            scores[key] = max(scores.get(key, 0.0), model.probability(cand["features"]))
    for rule in row["first"]:
        score = scores.get(rule)
        if score is None or score >= floor:
            kept.append(rule)
    taken: list[tuple[int, int]] = []
    ranked = sorted(
        ((model.probability(c["features"]), c) for c in row["candidates"] if c["stand"] == "none"),
        key=lambda pair: (-pair[0], pair[1]["start"]),
    )
    for score, cand in ranked:
        if score < add:
            break
        if any(cand["start"] < e and s < cand["end"] for s, e in taken):
            continue
        taken.append((cand["start"], cand["end"]))
        kept.append(squash(cand["text"]))
    return kept


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    bench.setup()
    import learned
    import task_ranker

    from ttdn.importer.scoring import match_texts

    rows = _rows()
    dev = [r for r in rows if not r["held_out"]]
    tally: dict[str, dict[str, list[int]]] = {}
    for batch in sorted({r["batch"] for r in rows if r["batch"] >= FIRST}):
        model = learned.model_of([r for r in dev if r["batch"] < batch], C, 0.5)
        for row in (r for r in rows if r["batch"] == batch):
            part = "held out" if row["held_out"] else "development"
            for key, got in [("rules", row["first"])] + [
                (f"floor {f} add {a}", _read(row, model, f, a)) for f in FLOORS for a in ADDS
            ]:
                one = tally.setdefault(part, {}).setdefault(key, [0, 0, 0])
                one[0] += len(match_texts(row["gold"], got))
                one[1] += len(got)
                one[2] += len(row["gold"])
    report = {}
    for part, keys in tally.items():
        print(part)
        for key, (m, f, g) in keys.items():
            f1 = task_ranker._f1(m, f, g)
            report.setdefault(part, {})[key] = {"matched_found_gold": [m, f, g], "f1": f1}
            print(f"  {key:22} F1 {f1:.3f} ({m}/{f}/{g})")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
