"""The learned choice of a document's period (issue 12, ``period_choice.py``, decision 0042),
measured beside the rules.

Every period the text's opening could mean, and no period, is a candidate; a logistic
regression scores each from where it is first written, the words around it, how it is
written, how it stands to the date of issue, the document's type and whether the rules read
it. The rules' reading of a training document (its period, type, date of issue and title) is
the one of its batch's first contact (``"periods"`` of ``benchmarks/results/
issuer-first-contact.json``, kept by ``period_forward.py --record``), so the model learns
how far to trust the rules on a document they were not written for; a document with no
first-contact reading (batches 1 and 2) is read with today's rules, its rules' pick unknown.
Only the development part of the corpus is trained on; the held-out quarter is scored in
totals.

    TTDN_DEVELOPMENT=1 PYTHONPATH=src:benchmarks python benchmarks/period_ranker.py [--json F]

It prints the forward chain (``period_forward.py``); each development batch read by a model
of the other batches over today's rules; the model of every development document over
today's rules on the development part (what ``importer.py --real`` would read were it
adopted) and on the held-out quarter (totals only). Not adopted (decision 0042): there is
no ``--train`` and no model file; adopting it would add both as ``issuer_ranker.py`` has
them (``learned.model_file``, ``learned.write``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import forward
import learned
from importer import load_real_provinces, real_documents, setup

C = 1.0  # the regression's inverse regularisation (the best forward chain of 0.1, 0.3, 1, 3, 10)
THRESHOLD = 0.5  # (0.5, 0.7, 0.8, 0.9 tried: none gives a clear gain)


def read_corpus() -> list[dict]:
    """Each real document's text opening, gold period, today's rules' reading and its
    first-contact reading (or none)."""
    import period_choice
    from period_forward import reading

    from ttdn.importer.pipeline import analyse_file

    first = forward.readings().get("periods", {})
    docs = real_documents(None)
    load_real_provinces(docs)
    rows = []
    for path, gold in docs:
        result = analyse_file(path, name=path.name)
        period = period_choice.as_period(gold.get("period"))
        rows.append(
            {
                "file": gold["file"],
                "batch": gold.get("batch") or 1,
                "held_out": bool(gold.get("held_out")),
                "gold": list(period) if period else None,
                "now": reading(result.contract()),
                "first": first.get(gold["file"]),
                "text": result.text[: period_choice.LIMIT],
            }
        )
    return rows


def candidates(row: dict, setting: str) -> list:
    """The candidates of ``row`` as the rules of ``setting`` ("first" contact, or "now")
    read it; a row with no first-contact reading is read by today's rules, pick unknown."""
    from period_choice import candidates as read

    seen = row[setting] or row["now"]
    return read(
        row["text"],
        doc_type=seen["doc_type"],
        issued_date=seen["issued_date"],
        title=seen["title"],
        rules_pick=(
            (tuple(seen["period"]) if seen["period"] else None) if row[setting] else "unknown"
        ),
    )


def _labelled(rows: list[dict], setting: str) -> list[dict]:
    return [
        {
            "held_out": r["held_out"],
            "candidates": [
                {"features": c.features, "label": (list(c.value) if c.value else None) == r["gold"]}
                for c in candidates(r, setting)
            ],
        }
        for r in rows
    ]


def model_of(rows: list[dict], setting: str = "first", threshold: float = THRESHOLD):
    """The model of ``rows`` (their candidates as read in ``setting``)."""
    return learned.model_of(_labelled(rows, setting), C, threshold)


def pick(model, row: dict, setting: str) -> list | None:
    """The model's period of ``row`` when it is sure of one, else the rules'."""
    from period_choice import choose

    chosen = choose(candidates(row, setting), model)
    if chosen is None:
        return (row[setting] or row["now"])["period"]
    value = chosen[0].value
    return list(value) if value else None


def measure(rows: list[dict]) -> dict:
    """Today's rules and the model over them: each development batch by a model of the other
    batches, and the development part and the held-out quarter by the model of every
    development document."""
    dev = [r for r in rows if not r["held_out"]]
    held = [r for r in rows if r["held_out"]]
    others = {}
    for batch in sorted({r["batch"] for r in dev}):
        model = model_of([r for r in dev if r["batch"] != batch])
        others.update({r["file"]: pick(model, r, "now") for r in dev if r["batch"] == batch})
    model = model_of(dev)
    whole = {r["file"]: pick(model, r, "now") for r in rows}
    report = {}
    for part, part_rows, picks in (
        ("development, each batch by the others", dev, others),
        ("development, by the model of all", dev, whole),
        ("held out, by the model of all", held, whole),
    ):
        right_rules = [r["now"]["period"] == r["gold"] for r in part_rows]
        right_model = [picks[r["file"]] == r["gold"] for r in part_rows]
        report[part] = {
            "documents": len(part_rows),
            "rules": sum(right_rules),
            "model": sum(right_model),
            "model_only": sum(m and not r for r, m in zip(right_rules, right_model, strict=True)),
            "rules_only": sum(r and not m for r, m in zip(right_rules, right_model, strict=True)),
        }
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    setup()
    from period_forward import chain, print_chain

    rows = read_corpus()
    result = chain(rows)
    print("period right, each batch at first contact (rules of that day / model over them)")
    print_chain(result)
    report = measure(rows)
    print("period right, today's rules / the model over them")
    for name, t in report.items():
        print(
            f"  {name:40} rules {t['rules']:3}  model {t['model']:3}  of {t['documents']:3}"
            f"  (model only {t['model_only']}, rules only {t['rules_only']})"
        )
    if args.json:
        args.json.write_text(
            json.dumps({"forward": result, "today": report}, indent=1) + "\n", encoding="utf-8"
        )


if __name__ == "__main__":
    main()
