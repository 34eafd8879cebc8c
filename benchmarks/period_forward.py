"""The period of documents neither the rules nor the model has seen: each batch as first read
(issue 12, ``period_choice.py``, decision 0042).

Every batch of the real corpus since the third was scored at first contact by a known commit
(``benchmarks/results/issuer-first-contact.json``, ``"commits"``). ``--record`` checks such
a commit out (:func:`forward.read_at`) and keeps, for each document of its batch, what the
rules of that day read: the period, the document's type, its date of issue and its title
(``"periods"`` in the same file). The chain then trains, for each batch T from the third, a
model on the development documents of the batches before T (each with its own first-contact
reading as the rules' pick) and compares, on batch T, the rules of that day with the model
over them: both reading the batch for the first time, as the importer reads an upload.

    TTDN_DEVELOPMENT=1 PYTHONPATH=src:benchmarks python benchmarks/period_forward.py [--json F]
    ... benchmarks/period_forward.py --record 19 <commit>   (a new batch's first contact)
    ... benchmarks/period_forward.py --record-all           (every batch of "commits")

Held-out documents are counted, never printed.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import forward

FIRST = 3  # the first batch scored at first contact


def _child(out: Path, upto: int) -> None:
    """Run inside an old checkout: what its rules read of each document of batch ``upto``."""
    docs = forward.old_batch(upto)  # (sets Django up in the old checkout first)
    from ttdn.importer.pipeline import analyse_file

    rows = []
    for path, gold in docs:
        contract = analyse_file(path, name=path.name).contract()
        rows.append({"file": gold["file"], **reading(contract)})
    out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


def reading(contract: dict) -> dict:
    """What the period's candidates take from the rules' reading of a document."""
    period = contract.get("period")
    return {
        "period": [period["from_year"], period["to_year"]] if period else None,
        "doc_type": contract.get("doc_type"),
        "issued_date": contract.get("issued_date"),
        "title": contract.get("title"),
    }


def record(batch: int, commit: str) -> None:
    """What the rules read of each document of ``batch`` at ``commit``, into the readings."""
    with tempfile.TemporaryDirectory() as folder:
        rows = forward.read_at(commit, batch, Path(folder), Path(__file__))
    forward.record(batch, commit, "periods", {r.pop("file"): r for r in rows})
    print(f"batch {batch}: {len(rows)} documents as read at {commit}")


def chain(rows: list[dict], threshold: float | None = None) -> dict:
    """Each batch from :data:`FIRST` read by the rules of its first contact and by a model of
    the development documents of the batches before it over them. ``rows`` are
    :func:`period_ranker.read_corpus`'s; a batch with no first-contact reading is skipped."""
    import period_ranker

    threshold = period_ranker.THRESHOLD if threshold is None else threshold
    tally = {"development": [0, 0, 0], "held out": [0, 0, 0]}  # documents, rules, model
    only = [0, 0]  # right by the model only, by the rules only
    by_batch = {}
    for batch in sorted({r["batch"] for r in rows if r["batch"] >= FIRST}):
        tested = [r for r in rows if r["batch"] == batch and r["first"] is not None]
        training = [r for r in rows if r["batch"] < batch and not r["held_out"]]
        if not tested or not training:
            continue
        model = period_ranker.model_of(training, "first", threshold)
        counts = {"development": [0, 0, 0], "held out": [0, 0, 0]}
        for row in tested:
            rules = row["first"]["period"]
            chosen = period_ranker.pick(model, row, "first")
            rules_right, model_right = rules == row["gold"], chosen == row["gold"]
            part = "held out" if row["held_out"] else "development"
            for total in (counts[part], tally[part]):
                total[0] += 1
                total[1] += rules_right
                total[2] += model_right
            only[0] += model_right and not rules_right
            only[1] += rules_right and not model_right
        by_batch[batch] = counts["development"]  # (held-out documents: in totals only)
    return {
        "by_batch": by_batch,
        "tally": tally,
        "model_only": only[0],
        "rules_only": only[1],
        "sign_test_p": forward.sign_test(*only),
        "threshold": threshold,
    }


def print_chain(result: dict) -> None:
    for batch, d in result["by_batch"].items():
        print(f"  batch {batch:2}  rules / model, development {d[1]:2} / {d[2]:2} of {d[0]:2}")
    for part, t in result["tally"].items():
        print(f"  {part:12} rules {t[1]:3}  model over the rules {t[2]:3}  of {t[0]:3}")
    print(
        f"  right by the model only {result['model_only']}, by the rules only "
        f"{result['rules_only']} (sign test p = {result['sign_test_p']:.3f}, threshold "
        f"{result['threshold']})"
    )


def main() -> None:
    args = forward.arguments(__doc__, _child, record)
    if args is None:
        return

    import period_ranker
    from importer import setup

    setup()
    result = chain(period_ranker.read_corpus())
    print("period right, each batch at first contact (rules of that day / model over them)")
    print_chain(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
