"""What the real corpus's batches read at first contact, field by field, grouped by batch.

Each batch since the third was scored by the commit that met it before any rule was written for
it (``benchmarks/results/issuer-first-contact.json``, recorded by the three forward chains).
Grouping the batches by when they came shows whether the rules generalise: whether a later
batch, of kinds the rules were not written for, reads better at first contact than an early one.
Held-out documents are counted, never named.

    PYTHONPATH=src:benchmarks python benchmarks/first_contact.py [--groups 3-8,9-14,15-20,21-26] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import forward
import period_forward


def tally(groups: list[tuple[int, int]]) -> list[dict]:
    """One row per group of batches and part (development, held out)."""
    from ttdn.importer.scoring import match_texts

    kept, gold = forward.readings(), forward.gold()
    rows = []
    for first, last in groups:
        for held in (False, True):
            row = {"batches": f"{first}-{last}", "part": "held out" if held else "development"}
            counts = dict.fromkeys(("documents", "type", "date", "period", "issuer"), 0)
            matched = found = wanted = 0
            for name, reading in kept["periods"].items():
                want = gold.get(name)
                if not want or not first <= want.get("batch", 1) <= last:
                    continue
                if bool(want.get("held_out")) != held:
                    continue
                counts["documents"] += 1
                counts["type"] += reading["doc_type"] == want.get("doc_type")
                counts["date"] += reading["issued_date"] == want.get("issued_date")
                # (the gold in the form the readings were recorded in)
                counts["period"] += reading["period"] == period_forward.reading(want)["period"]
                counts["issuer"] += kept["issuers"].get(name) == want.get("issuer")
                tasks = [t[0] for t in kept["tasks"].get(name, {}).get("tasks", [])]
                gold_tasks = [t["text"] for t in want.get("tasks", [])]
                matched += len(match_texts(gold_tasks, tasks))
                found, wanted = found + len(tasks), wanted + len(gold_tasks)
            n = counts.pop("documents")
            if not n:
                continue
            row["documents"] = n
            row.update({field: round(right / n, 3) for field, right in counts.items()})
            row["tasks_f1"] = round(2 * matched / (found + wanted), 3) if found + wanted else 1.0
            row["tasks"] = [matched, found, wanted]
            rows.append(row)
    return rows


def _groups(text: str) -> list[tuple[int, int]]:
    return [tuple(int(x) for x in part.split("-")) for part in text.split(",")]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--groups", type=_groups, default=_groups("3-8,9-14,15-20,21-26"))
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    rows = tally(args.groups)
    for row in rows:
        print(
            f"batches {row['batches']:>6} {row['part']:<11} ({row['documents']:>3}): "
            f"type {row['type']:.2f}  date {row['date']:.2f}  period {row['period']:.2f}  "
            f"issuer {row['issuer']:.2f}  tasks F1 {row['tasks_f1']:.2f} "
            f"({'/'.join(map(str, row['tasks']))})"
        )
    if args.json:
        args.json.write_text(json.dumps(rows, ensure_ascii=False, indent=1) + "\n")


if __name__ == "__main__":
    sys.exit(main())
