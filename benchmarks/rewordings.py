#!/usr/bin/env python
"""Score the importer on the rewordings: short texts written by hand in the forms of the corpus.

    python benchmarks/rewordings.py [--set rewordings|rewordings2|training/formal] [--json F] [--show]

``--set training/formal`` reads a flat folder of training texts for the task model (no
metadata part; training data, never a test: see its README).

``benchmarks/rewordings/`` holds short texts written fresh (not copied from any document) in
the forms of Vietnamese administrative writing that the real corpus holds, each with a gold
file in the corpus's contract (see its README). They are a standing test of how far the rules
carry to a new wording of a form they were written for, like the held-out quarter of the
corpus: **whoever writes rules does not read that folder**, nor the misses ``--show`` prints.

Two parts, each read through the same pipeline and scorer as ``benchmarks/importer.py
--real`` (its ``real_accuracy`` with ``folder=``):

* ``tasks/``: sections of plans, letters' asks, news of plans, meetings' conclusions,
  reviews' coming years, party guidances, regulations' duties, with sentences that are not
  tasks mixed in. Reported: tasks F1 (matched/found/gold) and the lead as written on the
  matched tasks.
* ``metadata/``: the tops of documents and news items (type, number, date, period, issuer,
  level, locality). Reported: the accuracy of each field (and the few tasks they hold).

``--show`` prints each text's misses; it is for the maintainers of this set, never for
choosing or writing rules.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import importer as bench  # noqa: E402  (sets up Django's settings and the throw-away database)

HERE = Path(__file__).resolve().parent
SETS = ("rewordings", "rewordings2", "training/formal", "training/narrative")
PARTS = ("tasks", "metadata")
# A folder of training texts (``benchmarks/training/*``) holds task texts only, with no parts:
# the whole folder is read as the tasks part (training data for the task model, never a test).
FIELDS = bench.FIELD_NAMES


def measure(show: bool = False, name: str = SETS[0]) -> dict:
    report = {}
    folders = {part: HERE / name / part for part in PARTS}
    if not any(f.is_dir() for f in folders.values()):  # a flat folder of task texts
        folders = {"tasks": HERE / name}
    for part, folder in folders.items():
        one = bench.real_accuracy(show_dev=show, folder=folder)
        report[part] = one["development"]  # no gold file of the set is held out: all of it
        if show:
            report[part]["files"] = one["development_files"]
    return report


def print_report(report: dict, show: bool = False) -> None:
    meta, tasks = report.get("metadata"), report["tasks"]
    print(
        f"Rewordings: {meta['documents'] if meta else 0} metadata texts, "
        f"{tasks['documents']} task texts ({tasks['tasks']['gold']} gold tasks)"
    )
    if meta:
        print(f"  {'field (metadata texts)':34} {'accuracy':>9}")
        for key, label in FIELDS.items():
            print(f"  {label:34} {meta['fields'][key]:9.2f}")
        print(f"  {'legal bases F1':34} {meta['legal_bases']['f1']:9.2f}")
    for label, part in (("task texts", tasks), ("metadata texts", meta)):
        if part is None:
            continue
        t = part["tasks"]
        print(
            f"  tasks F1, {label:23} {t['f1']:9.2f}  "
            f"(matched/found/gold {t['matched']}/{t['found']}/{t['gold']}; "
            f"precision {t['precision']:.2f}, recall {t['recall']:.2f})"
        )
        right, matched = part["lead_written"]
        print(f"  {'  lead as written right':34} {right:>4}/{matched}")
    if show:
        for part in PARTS:
            for file in report.get(part, {}).get("files", []):
                bench.print_misses(file, f"{part}/{file['file']:40}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", type=Path, help="write the figures to this file")
    parser.add_argument("--show", action="store_true", help="print each text's misses")
    parser.add_argument(
        "--set", choices=SETS, default=SETS[0], help="which set of texts (a folder of benchmarks/)"
    )
    args = parser.parse_args()
    bench.setup()
    report = measure(args.show, args.set)
    print_report(report, args.show)
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
