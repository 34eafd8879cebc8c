"""The issuer of documents neither the rules nor the model has seen: each batch as first read
(issue 12, :mod:`ttdn.importer.extract.issuer_choice`).

Every batch of the real corpus since the tenth was scored at first contact by the importer of
a known commit (``benchmarks/results/issuer-first-contact.json``: the commit of each batch's
``importer-real-*-batchN-before.json``). For each such batch T this checks that commit out
(a ``git worktree`` in a temporary folder), reads every document of batches 1..T there with
the rules of that day, takes the candidates of each (the current feature code over the old
reader's body pattern), trains the model on the development documents of the batches before
T, and compares, on batch T, the rules of that day with the model over them: both reading
the batch for the first time, as the importer reads a document a province uploads.
The old checkout is read by ``forward.py`` (shared with ``period_forward.py``).

    TTDN_DEVELOPMENT=1 PYTHONPATH=src:benchmarks python benchmarks/issuer_forward.py [--json F]
    ... benchmarks/issuer_forward.py --record 18 <commit>   (a new batch's first contact)

Held-out documents are counted, never printed.
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

import forward

ROOT = Path(__file__).resolve().parent.parent
FIRST = 10  # the earliest batch whose commit's reader has every part the features read
CHOICE = ROOT / "src" / "ttdn" / "importer" / "extract" / "issuer_choice.py"


def _child(out: Path, upto: int) -> None:
    """Run inside an old checkout: each document of batches 1..``upto`` read by its code."""
    _bench, docs = forward.old_corpus(upto)
    # (the current learned-model code, which older checkouts lack, then the current features)
    forward.load_current("ttdn.importer.extract.learned", forward.EXTRACT / "learned.py")
    choice = forward.load_current("issuer_choice_now", CHOICE)
    picks = forward.readings()
    from ttdn.importer.extract import metadata
    from ttdn.importer.pipeline import analyse_file

    if not hasattr(metadata, "__path__"):  # (a checkout from before the reader was a package)
        # the current feature code imports the reader's parts from the modules they are in
        # since (``metadata.body``, ``metadata.issuer``, ``metadata.text``): the one module
        for part in ("body", "issuer", "text"):
            sys.modules[f"{metadata.__name__}.{part}"] = metadata
        if not hasattr(metadata._Issuer, "within"):
            metadata._Issuer.within = ""  # (a field added later)
        if not hasattr(metadata, "_VENUE_BEFORE_RE"):  # (a pattern added later)
            import re

            metadata._VENUE_BEFORE_RE = re.compile(r"\btại\s+[^,.;\n]{0,30}$", re.IGNORECASE)
        if not hasattr(metadata, "_header_form"):  # (the header's reading, as it was then)

            def _header_form(text, head, meta):
                zone = " " * head[0] + text[head[0] : head[1]]
                header = metadata._header_issuer(zone, limit=head[0] + 700)
                if header is None and metadata._FORMAL_HEADING_RE.search(text, 0, head[1] + 1):
                    header = metadata._header_issuer(text[: min(len(text), 2000)], limit=2000)
                return [header] if header else []

            metadata._header_form = _header_form
    # (the text names are read in, as the importer prepares it; older readers only blanked
    # bracketed initials)
    names_text = getattr(metadata, "names_text", None) or metadata._mask_initials
    rows = []
    for path, gold in docs:
        batch = gold.get("batch") or 1
        result = analyse_file(path, name=path.name)
        contract = result.contract()
        found = choice.candidates(
            names_text(result.text),
            doc_type=contract["doc_type"],
            rules_pick=picks["issuers"].get(gold["file"]),
        )
        rows.append(
            {
                "file": gold["file"],
                "batch": batch,
                "rules": contract.get("issuer"),
                "candidates": [{"name": c.name, "features": c.features} for c in found],
            }
        )
    out.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")


def _read_at(commit: str, upto: int, folder: Path) -> list[dict]:
    return forward.read_at(commit, upto, folder, Path(__file__))


def _record(batch: int, commit: str) -> None:
    """The issuer each document of ``batch`` was read with at ``commit``, into the readings."""
    with tempfile.TemporaryDirectory() as folder:
        rows = _read_at(commit, batch, Path(folder))
    forward.record(
        batch, commit, "issuers", {r["file"]: r["rules"] for r in rows if r["batch"] == batch}
    )
    print(f"batch {batch}: {sum(r['batch'] == batch for r in rows)} documents as read at {commit}")


def main() -> None:
    args = forward.arguments(__doc__, _child, _record)
    if args is None:
        return

    import django
    from issuer_ranker import THRESHOLD, model_of

    django.setup()

    from ttdn.importer.extract.issuer_choice import rules_pick_speaks, same_body

    gold = forward.gold()
    commits = {str(batch): commit for batch, commit in forward.commits().items()}
    tally = {"development": [0, 0, 0], "held out": [0, 0, 0]}  # documents, rules, model
    only = [0, 0]  # right by the model only, by the rules only
    by_batch = {}
    with tempfile.TemporaryDirectory() as folder:
        for batch in sorted(int(b) for b in commits if int(b) >= FIRST):
            rows = _read_at(commits[str(batch)], batch, Path(folder))
            for row in rows:
                want = gold[row["file"]].get("issuer")
                for c in row["candidates"]:
                    c["label"] = same_body(c["name"], want)
            training = [
                r for r in rows if r["batch"] < batch and not gold[r["file"]].get("held_out")
            ]
            model = model_of(training)
            counts = {"development": [0, 0, 0], "held out": [0, 0, 0]}
            for row in (r for r in rows if r["batch"] == batch):
                want = gold[row["file"]].get("issuer")
                scores = [model.probability(c["features"]) for c in row["candidates"]]
                best = max(range(len(scores)), key=scores.__getitem__) if scores else None
                own_voice = rules_pick_speaks(c["features"] for c in row["candidates"])
                chosen = (
                    row["candidates"][best]["name"]
                    if best is not None and scores[best] >= THRESHOLD and not own_voice
                    else row["rules"]
                )
                rules_right, model_right = same_body(row["rules"], want), same_body(chosen, want)
                part = "held out" if gold[row["file"]].get("held_out") else "development"
                for total in (counts[part], tally[part]):
                    total[0] += 1
                    total[1] += rules_right
                    total[2] += model_right
                only[0] += model_right and not rules_right
                only[1] += rules_right and not model_right
            by_batch[batch] = counts
            print(
                f"  batch {batch:2}  rules / model, development {counts['development'][1]:2} / "
                f"{counts['development'][2]:2} of {counts['development'][0]:2}, held out "
                f"{counts['held out'][1]} / {counts['held out'][2]} of {counts['held out'][0]}"
            )
    p = forward.sign_test(*only)
    documents = sum(t[0] for t in tally.values())
    rules, learned = (sum(t[k] for t in tally.values()) for k in (1, 2))
    print(
        f"  all {documents}: rules {rules}, model over the rules {learned}; right by the model "
        f"only {only[0]}, by the rules only {only[1]} (sign test p = {p:.3f})"
    )
    if args.json:
        args.json.write_text(
            json.dumps(
                {
                    "by_batch": by_batch,
                    "tally": tally,
                    "model_only": only[0],
                    "rules_only": only[1],
                    "sign_test_p": p,
                    "threshold": THRESHOLD,
                },
                indent=1,
            ),
            encoding="utf-8",
        )


if __name__ == "__main__":
    main()
