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
    ... benchmarks/task_ranker.py --reader [--json F]   (the model as a reader, each batch
                                                  at first contact; development only)

``--train`` writes ``src/ttdn/importer/data/task_model.json``. Without it, each development
batch is scored by a model of the other batches and the held-out quarter by a model of every
development document, and two figures are printed for each part: of the gold tasks the
rules missed, how many are offered (and how many suggestions that costs), and what the
model's pieces would score if they were taken as the tasks (the reason they are only
offered).

``--reader`` asks whether the model should read tasks itself, beside the rules, on
documents neither has seen: each development document of batch b from the third, as the
rules read it at b's first contact (``"tasks"`` in ``results/issuer-first-contact.json``),
gets the model's pieces (trained on the development documents of the batches before b) that
score ``t`` or more and overlap none of the rules' tasks nor each other, the best ``cap`` of
them (all documents, or only those where the rules read none), for a grid of ``t``, caps,
``C`` and feature sets. Each setting is scored pooled over the batches, by batch group, by
a sign test by document (a document's F1 against the rules'), and with the setting chosen
afresh before each batch on the chain of the batches before it (no choice sees its batch).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import learned
from importer import load_real_provinces, real_documents, setup

HERE = Path(__file__).resolve().parent
C = 0.3  # the regression's inverse regularisation
THRESHOLD = (
    0.35  # a piece scoring this or more may be offered (held out: 15 of 49 missed offered in 88)
)


def read_corpus(folder: Path | None = None) -> list[dict]:
    """Each document's candidates, labelled, and the spans of the tasks the rules read: of the
    real corpus, or of another ``folder`` of texts with gold (:data:`WRITTEN`)."""
    from rapidfuzz import fuzz

    from ttdn.core.text import squash
    from ttdn.documents.readers import read_document
    from ttdn.importer.extract import not_offered
    from ttdn.importer.extract.task_choice import candidates
    from ttdn.importer.pipeline import analyse_document
    from ttdn.importer.scoring import TEXT_MATCH

    docs = real_documents(None, folder)
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


def written_folders() -> list[Path]:
    """The hand-written texts with gold the committed model trains on beside the corpus: the
    first rewordings set (open to rule writers since the eleventh session) and the training
    texts of ``benchmarks/training/*``. Never the second rewordings set, a test."""
    training = HERE / "training"
    folders = sorted(f for f in training.iterdir() if f.is_dir()) if training.is_dir() else []
    return [HERE / "rewordings" / "tasks", *folders]


def read_written() -> list[dict]:
    """The rows of :func:`written_folders`, as :func:`read_corpus` makes them."""
    return [row for folder in written_folders() for row in read_corpus(folder)]


def model_of(rows: list[dict]):
    """The model of ``rows``, as the importer scores with it."""
    return learned.model_of(rows, C, THRESHOLD)


def train(rows: list[dict], written: list[dict]) -> dict:
    """The model of every development document and every hand-written text (``written``,
    :func:`read_written`), as the file the importer loads."""
    return learned.model_file(
        rows + written,
        C,
        THRESHOLD,
        about=(
            "Possible tasks offered on the review page (ttdn.importer.extract.task_choice), "
            "trained by benchmarks/task_ranker.py --train on the development part of the real "
            "corpus and the hand-written texts of benchmarks/rewordings/tasks and "
            "benchmarks/training/* (decision 0041)."
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


READER_T = (0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)
READER_CAPS = (1, 2, 3, 5, 99)
READER_C = (0.1, 0.3, 1.0)
# feature sets: every feature, or without those naming the piece's own words
READER_FEATURES = {
    "all": (),
    "no-bag": ("bag=",),
    "no-lex": ("bag=", "w2=", "b01=", "head="),
}
READER_GROUPS = {"3-9": range(3, 10), "10-16": range(10, 17), "17-": range(17, 1000)}


def _kept(features: dict, drop: tuple[str, ...]) -> dict:
    return {k: v for k, v in features.items() if not k.startswith(drop)} if drop else features


def reader(rows: list[dict]) -> dict:
    """The model's pieces taken as tasks beside the rules' at first contact (``--reader``):
    matched/found/gold of each development document, by setting."""
    import forward

    from ttdn.core.text import squash
    from ttdn.importer.extract import prose
    from ttdn.importer.extract.common import is_title_line
    from ttdn.importer.extract.task_choice import MIN_LENGTH, candidates
    from ttdn.importer.scoring import match_texts

    dev = {r["file"]: r for r in rows if not r["held_out"]}
    docs = []
    for name, read in forward.readings().get("tasks", {}).items():
        row = dev.get(name)
        if row is None or row["batch"] < 3:
            continue
        spans = [(s, e) for _t, s, e in read["tasks"] if s is not None and e]
        found = candidates(row["text"], doc_type=read["doc_type"], kind=read["kind"], leaving=spans)
        docs.append(
            {
                "row": row,
                "ruled": [squash(t[0]) for t in read["tasks"]],
                "found": [c for c in found if not is_title_line(row["text"], c.start, c.end)],
            }
        )
    counts: dict[str, dict[str, list[int]]] = {}

    def count(key: str, doc: dict, got: list[str]) -> None:
        gold = doc["row"]["gold"]
        counts.setdefault(key, {})[doc["row"]["file"]] = [
            len(match_texts(gold, got)),
            len(got),
            len(gold),
        ]

    for doc in docs:
        count("rules", doc, doc["ruled"])
    for variant, drop in READER_FEATURES.items():
        for c in READER_C:
            for batch in sorted({d["row"]["batch"] for d in docs}):
                training = [
                    dict(
                        r,
                        candidates=[
                            dict(one, features=_kept(one["features"], drop))
                            for one in r["candidates"]
                        ],
                    )
                    for r in dev.values()
                    if r["batch"] < batch
                ]
                model = learned.model_of(training, c, THRESHOLD)
                for doc in (d for d in docs if d["row"]["batch"] == batch):
                    text = doc["row"]["text"]
                    scored = sorted(
                        ((model.probability(_kept(p.features, drop)), p) for p in doc["found"]),
                        key=lambda pair: (-pair[0], pair[1].start),
                    )
                    chosen: list[tuple[float, str]] = []
                    taken: list = []
                    for score, piece in scored:
                        if score < READER_T[0]:
                            break
                        if any(piece.start < o.end and o.start < piece.end for o in taken):
                            continue
                        taken.append(piece)
                        start, end = prose.clause_span(text, piece.start, piece.end)
                        if end - start < MIN_LENGTH:
                            start, end = piece.start, piece.end
                        chosen.append((score, squash(text[start:end])))
                    for t in READER_T:
                        above = [piece for score, piece in chosen if score >= t]
                        for cap in READER_CAPS:
                            key = f"{variant} C={c} t={t} cap={cap}"
                            count(key, doc, doc["ruled"] + above[:cap])
                            count(f"{key} where none", doc, doc["ruled"] or above[:cap])
    return {"batch": {d["row"]["file"]: d["row"]["batch"] for d in docs}, "counts": counts}


def reader_report(read: dict, shown: int = 15) -> dict:
    """Each setting pooled, by batch group, by document against the rules; and the chain's
    own choice (before each batch from the sixth, the setting best on the batches before)."""
    from forward import sign_test

    batch, counts = read["batch"], read["counts"]
    files = sorted(batch)

    def pooled(key: str, part: list[str]) -> tuple[float, list[int]]:
        total = [sum(counts[key][f][k] for f in part) for k in range(3)]
        return _f1(*total), total

    def doc_f1(matched: int, found: int, gold: int) -> float:
        return 1.0 if not gold and not found else _f1(matched, found, gold)

    def against_rules(key: str, part: list[str]) -> tuple[int, int]:
        better = sum(doc_f1(*counts[key][f]) > doc_f1(*counts["rules"][f]) for f in part)
        worse = sum(doc_f1(*counts[key][f]) < doc_f1(*counts["rules"][f]) for f in part)
        return better, worse

    settings = {}
    for key in counts:
        f1, total = pooled(key, files)
        better, worse = against_rules(key, files)
        settings[key] = {
            "f1": f1,
            "matched_found_gold": total,
            "documents_better_worse": [better, worse],
            "sign_test_p": round(sign_test(better, worse), 3),
            "groups": {
                g: pooled(key, [f for f in files if batch[f] in r])[0]
                for g, r in READER_GROUPS.items()
            },
        }
    nested = {"rules": [0, 0, 0], "chosen": [0, 0, 0], "better_worse": [0, 0], "by_batch": {}}
    for b in sorted(set(batch.values())):
        if b < 6:
            continue
        past = [f for f in files if batch[f] < b]
        now = [f for f in files if batch[f] == b]
        best = max(counts, key=lambda key: pooled(key, past)[0])
        nested["by_batch"][b] = best
        for k in range(3):
            nested["rules"][k] += pooled("rules", now)[1][k]
            nested["chosen"][k] += pooled(best, now)[1][k]
        better, worse = against_rules(best, now)
        nested["better_worse"][0] += better
        nested["better_worse"][1] += worse
    nested["rules_f1"], nested["chosen_f1"] = _f1(*nested["rules"]), _f1(*nested["chosen"])
    nested["sign_test_p"] = round(sign_test(*nested["better_worse"]), 3)
    ranked = sorted(settings, key=lambda key: -settings[key]["f1"])
    for key in [*ranked[:shown], "rules"]:
        one = settings[key]
        print(
            f"  {key:34} F1 {one['f1']:.3f} ({'/'.join(map(str, one['matched_found_gold']))})"
            f"  documents +{one['documents_better_worse'][0]}/-"
            f"{one['documents_better_worse'][1]} (p {one['sign_test_p']:.3f})  {one['groups']}"
        )
    print(
        f"  chosen before each batch (6-): F1 {nested['chosen_f1']:.3f} against the rules' "
        f"{nested['rules_f1']:.3f}; documents +{nested['better_worse'][0]}/-"
        f"{nested['better_worse'][1]} (p {nested['sign_test_p']:.3f})"
    )
    return {"documents": len(files), "settings": settings, "chosen_before_each_batch": nested}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--train", action="store_true", help="write the committed model")
    parser.add_argument(
        "--forward", type=int, metavar="N", help="score batch N by a model of the batches before"
    )
    parser.add_argument(
        "--reader", action="store_true", help="the model's pieces as tasks, at first contact"
    )
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    setup()
    from ttdn.importer.extract.task_choice import MODEL_PATH

    rows = read_corpus()
    if args.train:
        learned.write(MODEL_PATH, train(rows, read_written()))
        return
    if args.reader:
        report = reader_report(reader(rows))
        if args.json:
            args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), "utf-8")
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
