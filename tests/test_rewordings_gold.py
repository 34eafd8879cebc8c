"""The rewordings sets (benchmarks/rewordings*/) and the training texts (benchmarks/training/*/): every
gold file is valid in the corpus's contract.

Only the contract is checked (the keys and their types, the task texts and agency names verbatim
in their text, dates, periods, timeframes); how well the importer reads the set is measured by
``benchmarks/rewordings.py``, never asserted here.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path

import pytest
import test_gold_fixtures as contract  # (tests/ is on the path as the tests' folder)

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
SETS = sorted(p for p in BENCHMARKS.glob("rewordings*") if p.is_dir())
PARTS = ("tasks", "metadata")
# Training texts (benchmarks/training/*/, flat folders of task texts): the same contract.
TRAINING = sorted(p for p in (BENCHMARKS / "training").glob("*") if p.is_dir())
GOLDS = sorted(p for s in SETS for part in PARTS for p in (s / part).glob("*.gold.json")) + sorted(
    p for t in TRAINING for p in t.glob("*.gold.json")
)

# (the seeds' gold contract, of which the set uses the prose part: no annex rows, no sections)
TOP_KEYS = {k: v for k, v in contract.TOP_KEYS.items() if k not in ("signer", "sections")}
TASK_KEYS = {
    k: v for k, v in contract.TASK_KEYS.items() if k not in ("row", "row_number_as_written")
}
DOC_TYPES, LEVELS, LEGAL_KINDS = contract.DOC_TYPES, contract.LEVELS, contract.LEGAL_KINDS
RECURRENCES, ws = contract.RECURRENCES, contract.ws


def iso(s) -> dt.date:
    assert isinstance(s, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", s), s
    return dt.date.fromisoformat(s)


def load(path: Path) -> tuple[dict, str]:
    gold = json.loads(path.read_text(encoding="utf-8"))
    text = (path.parent / gold["file"]).read_text(encoding="utf-8")
    return gold, text


def test_the_first_set_is_there():
    assert BENCHMARKS / "rewordings" in SETS


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_the_set_is_there_in_both_parts(folder):
    for part in PARTS:
        texts = sorted(p.stem for p in (folder / part).glob("*.txt"))
        golds = sorted(
            p.name.removesuffix(".gold.json") for p in (folder / part).glob("*.gold.json")
        )
        assert texts and texts == golds, part
    assert (folder / "README.md").exists()


@pytest.mark.parametrize("folder", TRAINING, ids=lambda p: p.name)
def test_a_training_folder_pairs_texts_and_gold(folder):
    texts = sorted(p.stem for p in folder.glob("*.txt"))
    golds = sorted(p.name.removesuffix(".gold.json") for p in folder.glob("*.gold.json"))
    assert texts and texts == golds
    assert (folder / "README.md").exists()


def name(path: Path) -> str:
    return f"{path.parent.parent.name}/{path.name}"


@pytest.mark.parametrize("path", GOLDS, ids=name)
def test_gold_file_is_utf8_nfc_indent2(path):
    raw = path.read_text(encoding="utf-8")
    assert raw == unicodedata.normalize("NFC", raw)
    assert raw == json.dumps(json.loads(raw), ensure_ascii=False, indent=2) + "\n"
    assert json.loads(raw)["file"] == path.name.removesuffix(".gold.json") + ".txt"


@pytest.mark.parametrize("path", GOLDS, ids=name)
def test_metadata_in_the_contract(path):
    gold, text = load(path)
    for key, types in TOP_KEYS.items():
        assert key in gold and isinstance(gold[key], types), key
    assert gold["doc_type"] in DOC_TYPES
    assert gold["level"] in LEVELS
    if gold["issued_date"] is not None:
        iso(gold["issued_date"])
    if gold["plan_number"] is not None:
        assert gold["plan_number"] in ws(text)
    if gold["period"] is not None:
        period = gold["period"]
        assert set(period) == {"from_year", "to_year"}
        assert 2000 <= period["from_year"] <= period["to_year"] <= 2050
    assert not gold.get("held_out"), "the set has no held-out part: all of it is a test"
    squashed = ws(text).replace(" ", "")
    for basis in gold["legal_bases"]:
        assert set(basis) >= {"identifier", "kind", "date"}
        assert basis["kind"] in LEGAL_KINDS
        assert " " not in basis["identifier"] and basis["identifier"] in squashed
        if basis["date"] is not None:
            iso(basis["date"])


@pytest.mark.parametrize("path", GOLDS, ids=name)
def test_tasks_in_the_contract_and_verbatim(path):
    gold, text = load(path)
    flat = ws(text)
    texts = [task["text"] for task in gold["tasks"]]
    assert len(texts) == len(set(texts)), "a task twice"
    for task in gold["tasks"]:
        for key, types in TASK_KEYS.items():
            assert key in task and isinstance(task[key], types), key
        assert task["text"] == ws(task["text"]) and task["text"] in flat, task["text"]
        assert task["source"] == "prose"
        for role in ("lead", "coordinating"):
            for ref in task[role]:
                assert set(ref) == {"as_written", "agency"}
                assert ref["as_written"] in flat, ref
                assert isinstance(ref["agency"], (str, type(None)))
        timeframe = task["timeframe"]
        if timeframe is not None:
            assert timeframe["as_written"] in flat
            assert timeframe["recurrence"] in RECURRENCES
            days = [iso(d) for d in timeframe["deadlines"]]
            assert days == sorted(days)
