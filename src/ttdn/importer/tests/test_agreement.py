"""The second, blind reading of 40 documents of the real corpus (``benchmarks/agreement.py``):
its figures against the corpus gold are those recorded in
``benchmarks/results/agreement-2026-12-07.json``, so that a later change to a sampled gold
file (or to the second reading) shows here and the record is written again on purpose."""

import json
from pathlib import Path

from django.conf import settings

from ttdn.importer.tests.corpus import training_script

agreement = training_script("agreement")

RECORD = Path(settings.BASE_DIR) / "benchmarks" / "results" / "agreement-2026-12-07.json"


def test_the_sample_is_the_first_by_the_hash_of_the_names():
    import hashlib

    sample = agreement.sample()
    gold = {
        path.name.removesuffix(".gold.json"): json.loads(path.read_text(encoding="utf-8"))
        for path in agreement.REAL.glob("*.gold.json")
    }

    def first(held_out: bool, count: int) -> list[str]:
        # the corpus as it was when the sample was drawn
        low, high = json.loads(agreement.SAMPLE.read_text(encoding="utf-8"))["batches"]
        names = [
            name
            for name, g in gold.items()
            if g["held_out"] == held_out and low <= (g.get("batch") or 1) <= high
        ]
        return sorted(names, key=lambda n: hashlib.sha256(f"{n}.txt".encode()).hexdigest())[:count]

    assert sample["held_out"] == first(True, 24)
    assert sample["development"] == first(False, 16)
    for name in sample["held_out"] + sample["development"]:
        assert (agreement.SECOND / f"{name}.gold.json").exists()


def test_the_agreement_figures_are_those_on_record():
    recorded = json.loads(RECORD.read_text(encoding="utf-8"))["current"]
    now = agreement.figures()
    for part in ("development", "held_out", "all"):
        assert now[part]["fields"] == recorded[part]["fields"], part
        assert now[part]["tasks"] == recorded[part]["tasks"], part
        assert now[part]["legal_bases"] == recorded[part]["legal_bases"], part


def test_the_record_keeps_the_figures_before_adjudication():
    """The human-vs-human figure is the one before any first gold was mended; the mending
    only moved fields the adjudication decided for the second reading."""
    record = json.loads(RECORD.read_text(encoding="utf-8"))
    before, current = record["before_adjudication"], record["current"]
    assert before["all"]["documents"] == current["all"]["documents"] == 40
    for part in ("development", "held_out"):
        for field, value in before[part]["fields"].items():
            assert current[part]["fields"][field] >= value, (part, field)
