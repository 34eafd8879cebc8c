"""The tasks of documents neither the rules nor the model has seen: each batch as first read
(issue 12, :mod:`ttdn.importer.extract.task_choice`, decision 0041).

``--record`` checks out the commit that scored a batch at first contact
(:func:`forward.read_at`) and keeps, for each document of the batch, the tasks its rules read
(text and place) and its document type (``"tasks"`` in
``benchmarks/results/issuer-first-contact.json``). The chain then takes, for each batch T
from the third, the task model trained on the development documents of the batches before T
and asks, on batch T as its rules first read it, what two uses of the model would have done
that the review page does not do:

- **add**: the suggestions scoring a threshold or more taken as tasks beside the rules'
  (every document; or only those where the rules read none);
- **drop**: the rules' tasks whose piece of text the model scores under a floor left out.

Both are scored as the corpus is (tasks matched one to one, ``scoring.match_texts``). The
review page only offers; this says what adding or dropping would have cost or gained.

    TTDN_DEVELOPMENT=1 PYTHONPATH=src:benchmarks python benchmarks/task_forward.py [--json F]
    ... benchmarks/task_forward.py --record 19 <commit>   (a new batch's first contact)
    ... benchmarks/task_forward.py --record-all           (every batch of "commits")
    ... benchmarks/task_forward.py --train-also benchmarks/rewordings/tasks   (and more folders)

``--train-also FOLDER`` adds a folder of hand-written texts with gold (the open first
rewordings set, ``benchmarks/training/*``) to every batch's training: texts written before
or apart from the batch, so the chain still reads each batch before anything was fitted to it.

Held-out documents are counted, never printed.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import forward

FIRST = 3  # the first batch scored at first contact
ADD = (0.35, 0.5, 0.6, 0.7, 0.8, 0.9)  # thresholds for suggestions taken as tasks
DROP = (0.02, 0.05, 0.1, 0.2, 0.3)  # floors under which a rules' task would be left out
OVERLAP = 0.6  # a rules' task is the candidate covering this share of both


def _child(out: Path, upto: int) -> None:
    """Run inside an old checkout: the tasks its rules read in each document of ``upto``."""
    docs = forward.old_batch(upto)  # (sets Django up in the old checkout first)
    from ttdn.importer.pipeline import analyse_file

    rows = []
    for path, gold in docs:
        result = analyse_file(path, name=path.name)
        kind = getattr(result, "kind", None)  # (older readers had no kind)
        rows.append(
            {
                "file": gold["file"],
                "doc_type": result.doc_type.value or "other",
                "kind": (kind.value if kind is not None else "") or "",
                "tasks": [[t.text, t.start, t.end] for t in result.tasks],
            }
        )
    out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


def record(batch: int, commit: str) -> None:
    """The tasks the rules read in each document of ``batch`` at ``commit``, into the
    readings."""
    with tempfile.TemporaryDirectory() as folder:
        rows = forward.read_at(commit, batch, Path(folder), Path(__file__))
    forward.record(batch, commit, "tasks", {r.pop("file"): r for r in rows})
    print(f"batch {batch}: {len(rows)} documents as read at {commit}")


def _f1(matched: int, found: int, gold: int) -> float:
    precision = matched / found if found else 0.0
    recall = matched / gold if gold else 0.0
    return round(2 * precision * recall / (precision + recall), 3) if precision + recall else 0.0


def _piece_score(model, pieces, start, end) -> float | None:
    """The model's score of the candidate that is the rules' task at ``start:end``."""
    if start is None or not end:
        return None
    best, share = None, OVERLAP
    for piece in pieces:
        shared = min(end, piece.end) - max(start, piece.start)
        ratio = shared / max(end - start, piece.end - piece.start, 1)
        if ratio > share:
            best, share = piece, ratio
    return model.probability(best.features) if best else None


def chain(also: list[Path] = ()) -> dict:
    import task_ranker

    from ttdn.core.text import squash
    from ttdn.importer.extract.task_choice import candidates, suggestions
    from ttdn.importer.scoring import match_texts

    readings = forward.readings().get("tasks", {})
    rows = {r["file"]: r for r in task_ranker.read_corpus()}
    development = [r for r in rows.values() if not r["held_out"]]
    written = [row for folder in also for row in task_ranker.read_corpus(folder)]
    tally: dict[str, dict] = {}

    def count(part: str, key: str, gold: list[str], got: list[str]) -> None:
        one = tally.setdefault(part, {}).setdefault(key, [0, 0, 0])
        one[0] += len(match_texts(gold, got))
        one[1] += len(got)
        one[2] += len(gold)

    for batch in sorted(b for b in forward.commits() if b >= FIRST):
        model = task_ranker.model_of([r for r in development if r["batch"] < batch] + written)
        for name, read in readings.items():
            row = rows.get(name)
            if row is None or row["batch"] != batch:
                continue
            part = "held out" if row["held_out"] else "development"
            gold, text = row["gold"], row["text"]
            ruled = [squash(t[0]) for t in read["tasks"]]
            count(part, "rules", gold, ruled)
            spans = [(s, e) for _t, s, e in read["tasks"] if s is not None and e]
            offered = suggestions(
                text, spans, doc_type=read["doc_type"], kind=read["kind"], chosen=model
            )
            for threshold in ADD:
                taken = [squash(s["text"]) for s in offered if s["score"] >= threshold]
                count(part, f"add {threshold}", gold, ruled + taken)
                count(part, f"add {threshold} where none", gold, ruled or taken)
            pieces = candidates(text, doc_type=read["doc_type"], kind=read["kind"])
            scored = [(squash(t), _piece_score(model, pieces, s, e)) for t, s, e in read["tasks"]]
            for floor in DROP:
                kept = [t for t, p in scored if p is None or p >= floor]
                count(part, f"drop under {floor}", gold, kept)
    return {
        part: {key: {"matched_found_gold": v, "f1": _f1(*v)} for key, v in keys.items()}
        for part, keys in tally.items()
    }


def _more(parser) -> None:
    parser.add_argument(
        "--train-also",
        type=Path,
        action="append",
        default=[],
        metavar="FOLDER",
        help="a folder of hand-written texts with gold added to every batch's training",
    )


def main() -> None:
    args = forward.arguments(__doc__, _child, record, first=FIRST, more=_more)
    if args is None:
        return
    from importer import setup

    setup()
    report = chain(args.train_also)
    for part, keys in report.items():
        print(part)
        for key, value in keys.items():
            print(
                f"  {key:24} F1 {value['f1']:.3f}  ({'/'.join(map(str, value['matched_found_gold']))})"
            )
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
