#!/usr/bin/env python
"""How far the task model carries to texts the rules were not written from, beside the rules.

    python benchmarks/task_transfer.py [--json F]

The model of ``task_ranker.py`` (the importer's suggestions on the review page) is trained on
the corpus's development part, then on that part with the first rewordings set (open to rule
writers since the eleventh session), then also with the training texts of
``benchmarks/training/*`` (written as training data, never a test), and read on the two parts nobody writes rules from: the
second rewordings set (``benchmarks/rewordings2/tasks``) and the corpus's held-out quarter.
Printed for each training and threshold, as counts only (no text, no miss): the rules'
matched/found/gold; the model alone (its pieces at the threshold taken as the tasks); and the
union, the rules' tasks with the suggestions (pieces overlapping no task read) taken as tasks.

The thresholds are a grid, **not chosen on these parts**: a threshold picked from this table
would be picked on the test. A fair choice needs a part where the rules were not fitted either
(the batches' first contact, ``task_forward.py``'s records).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import importer as bench  # noqa: E402  (sets up Django's settings and the throw-away database)
import task_ranker  # noqa: E402

HERE = Path(__file__).resolve().parent
THRESHOLDS = (0.35, 0.5, 0.65, 0.8, 0.9)


def rows_of(folder: Path | None) -> list[dict]:
    """``task_ranker.read_corpus``'s rows of the corpus (None) or of a folder of texts."""
    return task_ranker.read_corpus(folder)


def counts(rows: list[dict], model) -> dict:
    from ttdn.core.text import squash
    from ttdn.importer.extract.task_choice import suggestions

    total = dict.fromkeys(("gold", "rules", "rules_found", "alone", "alone_found"), 0)
    total |= {"union": 0, "union_found": 0, "missed": 0, "offered_right": 0, "offered": 0}
    for row in rows:
        one = task_ranker.measure(row, model)
        offered = [
            squash(s["text"])
            for s in suggestions(
                row["text"], row["taken"], doc_type=row["doc_type"], kind=row["kind"], chosen=model
            )
        ]
        union = row["rules"] + offered
        for name in ("gold", "missed", "offered_right", "offered"):
            total[name] += one[name]
        total["rules"] += one["rules_matched"]
        total["rules_found"] += one["rules_found"]
        total["alone"] += one["alone_matched"]
        total["alone_found"] += one["alone_found"]
        total["union"] += task_ranker._matched(row["gold"], union)
        total["union_found"] += len(union)
    for name in ("rules", "alone", "union"):
        total[f"{name}_f1"] = task_ranker._f1(total[name], total[f"{name}_found"], total["gold"])
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    bench.setup()
    corpus = rows_of(None)
    development = [r for r in corpus if not r["held_out"]]
    tests = {
        "second set": rows_of(HERE / "rewordings2" / "tasks"),
        "held out": [r for r in corpus if r["held_out"]],
    }
    first = development + rows_of(HERE / "rewordings" / "tasks")
    trainings = {"corpus development": development, "+ first set": first}
    written = sorted(p.parent for p in (HERE / "training").glob("*/*.gold.json"))
    if written:  # hand-written training texts (benchmarks/training/*)
        trainings["+ first set + training"] = first + [
            row for folder in dict.fromkeys(written) for row in rows_of(folder)
        ]
    report = {}
    print(
        f"{'trained on':24} {'thr':>5} {'read':11} {'rules':>16} {'model alone':>16} {'union':>16}"
        f" {'missed offered':>16}"
    )
    for train_name, train in trainings.items():
        for threshold in THRESHOLDS:
            model = task_ranker.learned.model_of(train, task_ranker.C, threshold)
            for test_name, rows in tests.items():
                t = counts(rows, model)
                report[f"{train_name} | {threshold} | {test_name}"] = t
                cells = [
                    f"{t[f'{n}_f1']:.2f} {t[n]}/{t[f'{n}_found']}"
                    for n in ("rules", "alone", "union")
                ]
                cells.append(f"{t['offered_right']}/{t['missed']} in {t['offered']}")
                print(
                    f"{train_name:24} {threshold:5.2f} {test_name:11} "
                    + " ".join(f"{c:>16}" for c in cells)
                )
    if args.json:
        args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
