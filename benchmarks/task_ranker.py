"""The sentences offered as possible tasks on the review page (issue 12,
:mod:`ttdn.importer.extract.task_choice`): train the committed model, and measure it.

Every sentence and clause of a text is a candidate; a logistic regression scores each. A
candidate is a task when it matches a gold task as the scorer matches them (rapidfuzz ratio
of the whitespace-normalised texts ≥ ``scoring.TEXT_MATCH``). Only the development part of
the corpus is read for training; the held-out quarter is scored in totals.

    TTDN_DEVELOPMENT=1 PYTHONPATH=src:benchmarks python benchmarks/task_ranker.py --train
    TTDN_DEVELOPMENT=1 PYTHONPATH=src:benchmarks python benchmarks/task_ranker.py [--json F]

    ... benchmarks/task_ranker.py --forward 18   (batch 18 as first met: a model of the batches
                                                  before it; both parts, in totals)

``--train`` writes ``src/ttdn/importer/data/task_model.json``. Without it, each development
batch is scored by a model of the other batches and the held-out quarter by a model of every
development document, and two figures are printed for each part: of the gold tasks the
rules missed, how many are offered (and how many suggestions that costs), and what the
model's pieces would score if they were taken as the tasks (the reason they are only
offered).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import learned
from importer import load_real_provinces, real_documents, setup

C = 0.3  # the regression's inverse regularisation
THRESHOLD = (
    0.35  # a piece scoring this or more may be offered (held out: 15 of 49 missed offered in 88)
)


def read_corpus() -> list[dict]:
    """Each document's candidates, labelled, and the spans of the tasks the rules read."""
    from rapidfuzz import fuzz

    from ttdn.core.text import squash
    from ttdn.documents.readers import read_document
    from ttdn.importer.extract import not_offered
    from ttdn.importer.extract.task_choice import candidates
    from ttdn.importer.pipeline import analyse_document
    from ttdn.importer.scoring import TEXT_MATCH

    docs = real_documents(None)
    load_real_provinces(docs)
    rows = []
    for path, gold in docs:
        document = read_document(path, name=path.name)
        result = analyse_document(document)
        wanted = [squash(t["text"]) for t in gold.get("tasks") or []]
        found = candidates(result.text, doc_type=result.doc_type.value, kind=result.kind.value)
        rows.append(
            {
                "file": gold["file"],
                "batch": gold.get("batch") or 1,
                "held_out": bool(gold.get("held_out")),
                "gold": wanted,
                "rules": [squash(t.text) for t in result.tasks],
                "taken": not_offered(document, result),
                "text": result.text,
                "doc_type": result.doc_type.value,
                "kind": result.kind.value,
                "candidates": [
                    {
                        "text": c.text,
                        "start": c.start,
                        "end": c.end,
                        "features": c.features,
                        "label": any(fuzz.ratio(squash(c.text), g) >= TEXT_MATCH for g in wanted),
                    }
                    for c in found
                ],
            }
        )
    return rows


def model_of(rows: list[dict]):
    """The model of ``rows``, as the importer scores with it."""
    return learned.model_of(rows, C, THRESHOLD)


def train(rows: list[dict]) -> dict:
    """The model of every development document, as the file the importer loads."""
    return learned.model_file(
        rows,
        C,
        THRESHOLD,
        about=(
            "Possible tasks offered on the review page (ttdn.importer.extract.task_choice), "
            "trained by benchmarks/task_ranker.py --train on the development part of the real "
            "corpus."
        ),
    )


def _matched(gold: list[str], got: list[str]) -> int:
    """Gold tasks matched one to one, as the scorer matches them."""
    from ttdn.importer.scoring import match_texts

    return len(match_texts(gold, got))


def measure(row: dict, model) -> dict:
    """What the model offers on ``row`` beside the rules, and its pieces taken as tasks."""
    from rapidfuzz import fuzz

    from ttdn.core.text import squash
    from ttdn.importer.extract.task_choice import Candidate, suggestions
    from ttdn.importer.scoring import TEXT_MATCH

    missed = [
        g for g in row["gold"] if not any(fuzz.ratio(g, r) >= TEXT_MATCH for r in row["rules"])
    ]
    offered = [
        squash(s["text"])
        for s in suggestions(
            row["text"], row["taken"], doc_type=row["doc_type"], kind=row["kind"], chosen=model
        )
    ]
    # the model alone: every piece at its threshold or more, overlapping none chosen before
    scored = sorted(
        ((model.probability(c["features"]), c) for c in row["candidates"]),
        key=lambda pair: -pair[0],
    )
    alone: list[Candidate] = []
    for score, c in scored:
        if score < model.threshold:
            break
        if not any(c["start"] < o.end and o.start < c["end"] for o in alone):
            alone.append(Candidate(c["text"], c["start"], c["end"]))
    return {
        "missed": len(missed),
        "offered_right": _matched(missed, offered),
        "offered": len(offered),
        "alone_matched": _matched(row["gold"], [squash(c.text) for c in alone]),
        "alone_found": len(alone),
        "rules_matched": _matched(row["gold"], row["rules"]),
        "rules_found": len(row["rules"]),
        "gold": len(row["gold"]),
    }


def _f1(matched: int, found: int, gold: int) -> float:
    precision = matched / found if found else 0.0
    recall = matched / gold if gold else 0.0
    return round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", action="store_true", help="write the committed model")
    parser.add_argument(
        "--forward", type=int, metavar="N", help="score batch N by a model of the batches before"
    )
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    setup()
    from ttdn.importer.extract.task_choice import MODEL_PATH

    rows = read_corpus()
    if args.train:
        learned.write(MODEL_PATH, train(rows))
        return
    dev = [r for r in rows if not r["held_out"]]
    held = [r for r in rows if r["held_out"]]
    if args.forward:
        # both parts of the batch, as first met: neither the model nor its threshold saw it
        model = model_of([r for r in dev if r["batch"] < args.forward])
        parts = {
            f"batch {args.forward}, development": [r for r in dev if r["batch"] == args.forward],
            f"batch {args.forward}, held out": [r for r in held if r["batch"] == args.forward],
        }
        measured = {r["file"]: measure(r, model) for rows_ in parts.values() for r in rows_}
        _report(parts, measured, args.json)
        return
    measured = {}
    for batch in sorted({r["batch"] for r in dev}):
        model = model_of([r for r in dev if r["batch"] != batch])
        measured.update({r["file"]: measure(r, model) for r in dev if r["batch"] == batch})
    model = model_of(dev)
    measured.update({r["file"]: measure(r, model) for r in held})
    _report({"development, each batch by the others": dev, "held out": held}, measured, args.json)


def _report(parts: dict[str, list[dict]], measured: dict, json_path: Path | None) -> None:
    report = {}
    keys = next(iter(measured.values()))
    for part, part_rows in parts.items():
        total = {k: sum(measured[r["file"]][k] for r in part_rows) for k in keys}
        total["documents"] = len(part_rows)
        total["rules_f1"] = _f1(total["rules_matched"], total["rules_found"], total["gold"])
        total["alone_f1"] = _f1(total["alone_matched"], total["alone_found"], total["gold"])
        report[part] = total
    for name, t in report.items():
        print(
            f"{name} ({t['documents']} documents): of {t['missed']} gold tasks the rules missed, "
            f"{t['offered_right']} offered among {t['offered']} suggestions; taken as the tasks, "
            f"the model's pieces read F1 {t['alone_f1']} ({t['alone_matched']}/{t['alone_found']}"
            f"/{t['gold']}), the rules {t['rules_f1']} ({t['rules_matched']}/{t['rules_found']}"
            f"/{t['gold']})"
        )
    if json_path:
        json_path.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
