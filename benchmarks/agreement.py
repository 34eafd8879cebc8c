#!/usr/bin/env python
"""How far two readers of the real corpus agree (issue 12: the ceiling of its targets).

    python benchmarks/agreement.py [--json benchmarks/results/agreement-2026-12-07.json]
                                   [--record-before] [--show-dev]

A sample of 40 documents of tests/fixtures/importer/real (benchmarks/agreement/sample.json:
the 24 held-out and 16 development files whose ``sha256("<name>.txt")`` come first) was read
a second time, blind, from the text and the written conventions alone
(benchmarks/agreement/second/<name>.gold.json). This script scores that second reading
against the first (the corpus gold) with :func:`ttdn.importer.scoring.score`, the scorer the
importer meets: metadata fields right or wrong, tasks matched by text (ratio ≥ 90) giving
precision, recall and F1, then lead, coordinating bodies and timeframe on matched tasks. The
development and held-out parts are kept apart, as the benchmark does.

No importer runs here: both readings are human. ``--json`` writes the figures under
``current`` (what the committed files give now, checked by
src/ttdn/importer/tests/test_agreement.py); ``--record-before`` also stores them under
``before_adjudication`` (done once, before any first gold was mended, so that the
human-vs-human figure stays on record after the mending). ``--show-dev`` lists the
development disagreements; held-out ones are never printed (see benchmarks/agreement/
adjudication-held-out.md, written by the one session allowed to read them).
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import REAL, ROOT  # noqa: E402

sys.path.insert(0, str(ROOT / "src"))

from ttdn.importer.scoring import METADATA_FIELDS, score, summarise  # noqa: E402

AGREEMENT = ROOT / "benchmarks" / "agreement"
SECOND = AGREEMENT / "second"
SAMPLE = AGREEMENT / "sample.json"


def sample() -> dict[str, list[str]]:
    data = json.loads(SAMPLE.read_text(encoding="utf-8"))
    return {"development": data["development"], "held_out": data["held_out"]}


def pairs(part: list[str]) -> list[tuple[str, dict, dict]]:
    """(name, first reading, second reading) of each document of a part."""
    out = []
    for name in part:
        first = json.loads((REAL / f"{name}.gold.json").read_text(encoding="utf-8"))
        second = json.loads((SECOND / f"{name}.gold.json").read_text(encoding="utf-8"))
        out.append((name, first, second))
    return out


def part_figures(docs: list[tuple[str, dict, dict]]) -> dict:
    scores = [score(second, first) for _name, first, second in docs]
    summary = summarise(scores)
    matched = sum(s.matched for s in scores)
    return {
        "documents": len(scores),
        "fields": {name: round(summary.field_accuracy[name], 4) for name in METADATA_FIELDS},
        "fields_disagreeing": {
            name: sum(not s.fields[name] for s in scores) for name in METADATA_FIELDS
        },
        "legal_bases": {
            "precision": round(summary.legal_precision, 4),
            "recall": round(summary.legal_recall, 4),
            "f1": round(summary.legal_f1, 4),
        },
        "tasks": {
            "first": sum(s.gold_tasks for s in scores),
            "second": sum(s.predicted_tasks for s in scores),
            "matched": matched,
            "precision": round(summary.precision, 4),
            "recall": round(summary.recall, 4),
            "f1": round(summary.f1, 4),
            "exact_text": [sum(s.exact_text for s in scores), matched],
            "lead_written": [sum(s.lead_written_right for s in scores), matched],
            "lead_resolved": [sum(s.lead_right for s in scores), matched],
            "coordinating": [sum(s.coordinating_right for s in scores), matched],
            "timeframe": [sum(s.timeframe_right for s in scores), matched],
        },
        "documents_in_full_agreement": sum(
            all(s.fields.values())
            and s.matched == s.gold_tasks == s.predicted_tasks
            and not s.wrong
            for s in scores
        ),
    }


def figures() -> dict:
    parts = sample()
    out = {name: part_figures(pairs(names)) for name, names in parts.items()}
    out["all"] = part_figures(pairs(parts["development"] + parts["held_out"]))
    return out


def disagreements(name: str, first: dict, second: dict) -> list[str]:
    """What the two readings of one document disagree on, one line each."""
    result = score(second, first)
    lines = [
        f"{field}: first {first.get(field)!r} / second {second.get(field)!r}"
        for field, ok in result.fields.items()
        if not ok
    ]
    lines += [f"task only in first: {text}" for text in result.misses]
    lines += [f"task only in second: {text}" for text in result.extras]
    lines += [f"on a matched task, {line}" for line in result.wrong]
    return lines


def print_figures(report: dict) -> None:
    for part in ("development", "held_out", "all"):
        data = report[part]
        tasks = data["tasks"]
        print(f"\n{part} ({data['documents']} documents)")
        for name in METADATA_FIELDS:
            print(f"  {name:16} {data['fields'][name]:.2f}")
        print(
            f"  tasks: first {tasks['first']}, second {tasks['second']}, matched "
            f"{tasks['matched']}; P {tasks['precision']:.2f} R {tasks['recall']:.2f} "
            f"F1 {tasks['f1']:.2f}"
        )
        for key in ("exact_text", "lead_written", "lead_resolved", "coordinating", "timeframe"):
            right, of = tasks[key]
            print(f"  {key:16} {right}/{of}")
        print(f"  documents in full agreement: {data['documents_in_full_agreement']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument(
        "--record-before",
        action="store_true",
        help="also store the figures as those before adjudication (once)",
    )
    parser.add_argument("--show-dev", action="store_true", help="list development disagreements")
    args = parser.parse_args(argv)

    report = figures()
    print_figures(report)
    if args.show_dev:
        for name, first, second in pairs(sample()["development"]):
            lines = disagreements(name, first, second)
            if lines:
                print(f"\n{name}")
                for line in lines:
                    print(f"  {line}")
    if args.json:
        previous = {}
        if args.json.exists():
            previous = json.loads(args.json.read_text(encoding="utf-8"))
        data = {
            "what": "second blind reading of 40 real documents scored against the corpus gold",
            "sample": str(SAMPLE.relative_to(ROOT)),
            "scorer": "ttdn.importer.scoring.score(second, first)",
            "written": datetime.date.today().isoformat(),
            "before_adjudication": report
            if args.record_before
            else previous.get("before_adjudication"),
            "current": report,
        }
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(
            json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
        )
        print(f"\nwritten to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
