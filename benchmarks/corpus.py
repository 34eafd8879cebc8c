"""Where the benchmark scripts find their documents, and the real corpus listed with its gold.

Importing this module does nothing else: no environment set, no folder made, no Django (the
scripts that read documents import :mod:`importer`, which sets all three up, and take these
names from here through it; the scripts that only read gold files, ``agreement.py`` and
``forward.py``, take them from here alone).
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "src" / "ttdn" / "demo" / "seeds"
GOLD = ROOT / "tests" / "fixtures" / "seeds" / "gold"
FIXTURES = ROOT / "tests" / "fixtures" / "importer"
# the real corpus of issue 12 (tests/fixtures/importer/real/README.md)
REAL = FIXTURES / "real"
# The fields ``importer.py --real`` reports (title, legal bases and the report deadline are
# scored too).
REAL_FIELDS = ("doc_type", "plan_number", "issued_date", "period", "issuer", "level", "locality")


def real_documents(
    batches: tuple[int, int] | None = None, folder: Path | None = None
) -> list[tuple[Path, dict]]:
    """The real corpus (or another ``folder`` of documents with gold files), or its batches
    from ``batches[0]`` to ``batches[1]``: each document's path with its gold."""
    folder = folder or REAL
    docs = []
    for gold_path in sorted(folder.glob("*.gold.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if batches and not batches[0] <= (gold.get("batch") or 1) <= batches[1]:
            continue
        docs.append((folder / gold["file"], gold))
    return docs
