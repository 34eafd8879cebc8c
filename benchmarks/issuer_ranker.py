"""The learned choice of a document's issuer (issue 12, :mod:`ttdn.importer.extract.issuer_choice`):
train the committed model, and measure it beside the rules.

Every body the text names is a candidate; a logistic regression scores each from its place,
its neighbours' words, its kind, how often it is named, the document's type and whether the
rules chose it. The rules' pick of a training document is the one they read at its batch's
first contact (``benchmarks/results/issuer-first-contact.json``), before any rule was written
for it: the model learns how far to trust the rules on a document they were not written for.
Only the development part of the corpus is read for training; the held-out quarter is scored
in totals.

    TTDN_DEVELOPMENT=1 PYTHONPATH=src:benchmarks python benchmarks/issuer_ranker.py --train
    TTDN_DEVELOPMENT=1 PYTHONPATH=src:benchmarks python benchmarks/issuer_ranker.py [--json F]

``--grid`` reads the development part alone, each batch by a model of the other batches, for
a grid of ``C`` and thresholds (a check of the committed pair; the forward chain is the
fairer judge, as today's rules were written from these documents).

``--train`` writes ``src/ttdn/importer/data/issuer_model.json``; without it, each development
batch is read by a model of the other batches and the held-out quarter by a model of every
development document, the rules alone beside them. An issuer counts as right when it names
the gold's body (:func:`issuer_choice.same_body`: the place written or not is set aside, the
locality being scored on its own). ``benchmarks/issuer_forward.py`` measures both on each
batch as it was first read, the fairest figure.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import learned
from importer import load_real_provinces, real_documents, setup

FIRST_CONTACT = Path(__file__).parent / "results" / "issuer-first-contact.json"
C = 0.5  # the regression's inverse regularisation
THRESHOLD = (
    0.6  # (the forward chain reads the same at 0.5 and 0.6; 0.6 keeps a formal letter's rules)
)


def first_contact() -> dict[str, str | None]:
    return json.loads(FIRST_CONTACT.read_text(encoding="utf-8"))["issuers"]


def read_corpus(picks: dict[str, str | None] | None = None) -> list[dict]:
    """Each document's candidates, read with the rules alone; the rules' pick feature from
    ``picks`` (the first-contact readings) where a document has one, else none."""
    from ttdn.importer.extract.issuer_choice import candidates, rules_only, same_body
    from ttdn.importer.extract.metadata import names_text
    from ttdn.importer.pipeline import analyse_file

    picks = first_contact() if picks is None else picks
    docs = real_documents(None)
    load_real_provinces(docs)
    rows = []
    with rules_only():
        for path, gold in docs:
            result = analyse_file(path, name=path.name)
            contract = result.contract()
            found = candidates(
                names_text(result.text),
                doc_type=contract["doc_type"],
                rules_pick=picks.get(gold["file"]),
            )
            rows.append(
                {
                    "file": gold["file"],
                    "batch": gold.get("batch") or 1,
                    "held_out": bool(gold.get("held_out")),
                    "gold": gold.get("issuer"),
                    "rules": contract.get("issuer"),
                    "candidates": [
                        {
                            "name": c.name,
                            "features": c.features,
                            "label": same_body(c.name, gold.get("issuer")),
                        }
                        for c in found
                    ],
                }
            )
    return rows


def model_of(rows: list[dict]):
    """The model of ``rows``, as the importer scores with it."""
    return learned.model_of(rows, C, THRESHOLD)


def pick(model, row: dict) -> str | None:
    """The model's issuer of a read row, else the rules' (as the importer reads)."""
    from ttdn.importer.extract.issuer_choice import rules_pick_speaks

    if not row["candidates"] or rules_pick_speaks(c["features"] for c in row["candidates"]):
        return row["rules"]
    scores = [model.probability(c["features"]) for c in row["candidates"]]
    best = max(range(len(scores)), key=scores.__getitem__)
    return row["candidates"][best]["name"] if scores[best] >= model.threshold else row["rules"]


def train(rows: list[dict]) -> dict:
    """The model of every development document, as the file the importer loads."""
    return learned.model_file(
        rows,
        C,
        THRESHOLD,
        about=(
            "Learned issuer choice (ttdn.importer.extract.issuer_choice), trained by "
            "benchmarks/issuer_ranker.py --train on the development part of the real corpus."
        ),
    )


GRID_C = (0.1, 0.2, 0.3, 0.5, 1.0, 2.0)
GRID_THRESHOLD = (0.5, 0.55, 0.6, 0.65, 0.7)


def grid(dev: list[dict]) -> dict:
    """Development documents read right (the gold's body), each batch by a model of the
    others, for each ``C`` and threshold of the grid; the rules alone beside them."""
    from dataclasses import replace

    from ttdn.importer.extract.issuer_choice import same_body

    batches = sorted({r["batch"] for r in dev})
    report = {"documents": len(dev), "rules": sum(same_body(r["rules"], r["gold"]) for r in dev)}
    for c in GRID_C:
        models = {b: learned.model_of([r for r in dev if r["batch"] != b], c, 0) for b in batches}
        for threshold in GRID_THRESHOLD:
            right = sum(
                same_body(pick(replace(models[r["batch"]], threshold=threshold), r), r["gold"])
                for r in dev
            )
            report[f"C={c} threshold={threshold}"] = right
            print(f"  C {c:4}  threshold {threshold:4}: {right} of {len(dev)}")
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", action="store_true", help="write the committed model")
    parser.add_argument("--grid", action="store_true", help="C and threshold, development only")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    setup()
    from ttdn.importer.extract.issuer_choice import MODEL_PATH, same_body

    rows = read_corpus()
    if args.train:
        learned.write(MODEL_PATH, train(rows))
        return
    dev = [r for r in rows if not r["held_out"]]
    held = [r for r in rows if r["held_out"]]
    if args.grid:
        report = grid(dev)
        if args.json:
            args.json.write_text(json.dumps(report, indent=1), encoding="utf-8")
        return
    picks = {}
    for batch in sorted({r["batch"] for r in dev}):
        model = model_of([r for r in dev if r["batch"] != batch])
        picks.update({r["file"]: pick(model, r) for r in dev if r["batch"] == batch})
    model = model_of(dev)
    picks.update({r["file"]: pick(model, r) for r in held})
    report = {}
    for part, part_rows in (("development, each batch by the others", dev), ("held out", held)):
        report[part] = {
            "documents": len(part_rows),
            "rules_same_body": sum(same_body(r["rules"], r["gold"]) for r in part_rows),
            "model_same_body": sum(same_body(picks[r["file"]], r["gold"]) for r in part_rows),
        }
    print("issuer right as the gold's body (rules: the importer's rules as they are now)")
    for name, t in report.items():
        print(
            f"  {name:40} rules {t['rules_same_body']:3}  model {t['model_same_body']:3}"
            f"  of {t['documents']:3}"
        )
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
