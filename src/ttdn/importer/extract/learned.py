"""The small learned models of the importer (:mod:`.issuer_choice`, :mod:`.task_choice`):
a logistic regression over named features, kept as data (a JSON file of weights) and scored
by hand, so that reading a document needs neither scikit-learn nor a pickle. The models are
trained by the scripts of ``benchmarks/`` (``issuer_ranker.py``, ``task_ranker.py``)."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from itertools import repeat
from operator import mul
from pathlib import Path


@dataclass(frozen=True)
class Model:
    """A logistic regression over named features (absent features count 0)."""

    weights: dict[str, float]
    intercept: float
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        # (each weight times its value, summed in the features' order: in C, not a generator)
        weights = map(self.weights.get, features, repeat(0.0))
        z = self.intercept + sum(map(mul, weights, features.values()))
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


@cache
def load(path: Path) -> Model | None:
    """The model kept at ``path`` (read once per process), or none when the file is missing."""
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return Model(data["weights"], data["intercept"], data["threshold"])
