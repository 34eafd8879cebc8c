"""Reading the real corpus with the importer of an older commit, shared by the forward chains
of the learned choices (``issuer_forward.py``, ``period_forward.py``).

Each batch of the real corpus since the third was scored at first contact by a known commit
(``benchmarks/results/issuer-first-contact.json``, ``"commits"``). :func:`read_at` checks
such a commit out in a temporary ``git worktree`` and runs the calling script there with
``--child OUT UPTO``; the script's child reads the documents with the old code
(:func:`old_corpus`) and writes its rows to ``OUT`` as JSON.
"""

from __future__ import annotations

import argparse
import importlib.util
import inspect
import json
import subprocess
import sys
from math import comb
from pathlib import Path

from corpus import ROOT, real_documents

FIRST_CONTACT = Path(__file__).parent / "results" / "issuer-first-contact.json"
EXTRACT = ROOT / "src" / "ttdn" / "importer" / "extract"


def read_at(commit: str, upto: int, folder: Path, script: Path) -> list[dict]:
    """The rows ``script --child OUT upto`` writes when run in a checkout of ``commit``."""
    tree, out = folder / f"at-{upto}", folder / f"rows-{upto}.json"
    subprocess.run(
        ["git", "worktree", "add", "-f", "--detach", str(tree), commit],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    try:
        (tree / "var").mkdir(exist_ok=True)
        env = {
            "PYTHONPATH": f"{tree / 'src'}:{tree / 'benchmarks'}",
            "TTDN_DEVELOPMENT": "1",
            "PATH": "/usr/bin:/bin",
        }
        child = subprocess.run(
            [sys.executable, str(script), "--child", str(out), str(upto)],
            cwd=tree,
            env=env,
            capture_output=True,
            text=True,
        )
        if child.returncode:
            raise SystemExit(f"reading at {commit} failed:\n{child.stderr[-3000:]}")
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(tree)], cwd=ROOT, check=False)
    return json.loads(out.read_text(encoding="utf-8"))


def old_corpus(upto: int):
    """In a child (an old checkout): the old benchmark module, set up, and the documents of
    batches 1..``upto`` with their gold, the directory of their provinces loaded."""
    # (the old checkout's benchmarks/importer.py, not this folder's, nor its corpus module)
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).parent]
    sys.modules.pop("corpus", None)
    import importer as bench

    bench.setup()
    docs = (
        bench.real_documents(None)
        if inspect.signature(bench.real_documents).parameters
        else bench.real_documents()
    )
    bench.load_real_provinces(docs)
    return bench, [(path, gold) for path, gold in docs if (gold.get("batch") or 1) <= upto]


def old_batch(batch: int) -> list:
    """In a child: the documents of ``batch`` alone, with their gold (see :func:`old_corpus`)."""
    _bench, docs = old_corpus(batch)
    return [(path, gold) for path, gold in docs if (gold.get("batch") or 1) == batch]


def load_current(name: str, path: Path):
    """This checkout's module at ``path`` under ``name`` (in a child, the old code is on the
    path: a module the current code needs and the old one lacks is loaded from here)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def readings() -> dict:
    return json.loads(FIRST_CONTACT.read_text(encoding="utf-8"))


def commits() -> dict[int, str]:
    """The commit that scored each batch at first contact."""
    return {int(batch): commit for batch, commit in readings()["commits"].items()}


def record(batch: int, commit: str, key: str, values: dict) -> None:
    """Keep ``values`` (by file, as read at ``commit``) under ``key`` in the readings."""
    kept = readings()
    kept["commits"][str(batch)] = commit
    kept.setdefault(key, {}).update(values)
    kept[key] = dict(sorted(kept[key].items()))
    FIRST_CONTACT.write_text(
        json.dumps(kept, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def gold() -> dict[str, dict]:
    """Each real document's gold, by file (held-out ones too: scored, never printed)."""
    return {one["file"]: one for _path, one in real_documents()}


def sign_test(wins: int, losses: int) -> float:
    """The two-sided sign test's p of ``wins`` against ``losses`` (ties left out)."""
    m = wins + losses
    if not m:
        return 1.0
    return min(1.0, 2 * sum(comb(m, i) for i in range(min(wins, losses) + 1)) / 2**m)


def arguments(doc: str, child, record, first: int = 1, more=None) -> argparse.Namespace | None:
    """A forward chain's command line: ``--child OUT UPTO`` (run by :func:`read_at` in an
    old checkout), ``--record BATCH COMMIT`` and ``--record-all`` (every batch from
    ``first``) are done here and give None; otherwise the arguments of the chain itself
    (``--json F``, and whatever ``more(parser)`` adds)."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--json", type=Path)
    if more is not None:
        more(parser)
    parser.add_argument(
        "--record",
        nargs=2,
        metavar=("BATCH", "COMMIT"),
        help="add a new batch's first contact (the commit that scored it) to the readings",
    )
    parser.add_argument("--record-all", action="store_true", help="every batch of the readings")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(Path(args.child[0]), int(args.child[1]))
    elif args.record:
        record(int(args.record[0]), args.record[1])
    elif args.record_all:
        for batch, commit in sorted(commits().items()):
            if batch >= first:
                record(batch, commit)
    else:
        return args
    return None
