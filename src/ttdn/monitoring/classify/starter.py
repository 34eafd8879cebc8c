"""The labelled starter set the classifier first learns from (decisions 0032, 0036).

``data/starter.json``: short texts written for this project in the style of Vietnamese
and foreign reporting on Đồng Nai and Bình Phước (merged into Đồng Nai in 2025), each
labelled with one topic of the taxonomy and a tone, and a fixed split: ``train`` rows
are learnt from, ``held_out`` rows (a stratified quarter) never are — they measure the
lexicon and the models on the classifier page. Press officers' corrections are added at
every training.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "starter.json"


@dataclass(frozen=True)
class StarterExample:
    text: str
    topic: str
    tone: str
    split: str  # "train" | "held_out"


@cache
def starter_examples() -> tuple[StarterExample, ...]:
    rows = json.loads(DATA.read_text(encoding="utf-8"))["examples"]
    return tuple(StarterExample(r["text"], r["topic"], r["tone"], r["split"]) for r in rows)
