"""The trained model: logistic regression over folded n-grams and the lexicon's verdicts.

Features of a text (:func:`features`): its folded words and word pairs (``bayes.features``:
"Đồng Nai" and "Dong Nai" are one feature), present or not, plus one feature per topic
and tone the keyword lexicon found (``§topic:investment``, ``§tone:negative``), so the
model starts from the lexicon and learns where press officers' corrections disagree with
it. ``train`` fits scikit-learn's ``LogisticRegression`` and exports the weights as plain
JSON (feature → one weight per class, the intercepts): nothing is pickled, and applying a
model (:class:`LinearModel`) imports neither scikit-learn nor numpy.

How far the model is trusted over the lexicon is learnt too (:func:`choose_confidence`):
on out-of-fold predictions of the training examples, the smallest probability above which
taking the model's label instead of the lexicon's does not lose accuracy. With few
examples the model is trusted rarely; as corrections accumulate it is trusted more.
"""

from __future__ import annotations

import functools
import math
import operator
from dataclasses import dataclass

from ttdn.monitoring.classify.bayes import features as text_features

LEXICON_PREFIX = "§"
CONFIDENCE_GRID = (0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.01)
MAX_EXPLAIN = 5


def features(
    text: str, lexicon_topics=(), lexicon_tones=(), *, folded_words: list[str] | None = None
) -> set[str]:
    found = set(text_features(text, folded_words=folded_words))
    found.update(f"{LEXICON_PREFIX}topic:{t}" for t in lexicon_topics)
    found.update(f"{LEXICON_PREFIX}tone:{t}" for t in lexicon_tones)
    return found


@dataclass
class Prediction:
    label: str
    probability: float
    words: list[str]


class LinearModel:
    """A trained model's parameters (``ClassifierModel.parameters["topic"|"tone"]``)."""

    def __init__(self, params: dict):
        self.classes: list[str] = params["classes"]
        self.intercept: list[float] = params["intercept"]
        self.weights: dict[str, list[float]] = params["weights"]
        self.confidence: float = params.get("confidence", 1.01)
        self._lifts: dict[int, dict[str, float]] = {}  # per chosen class, per feature

    def predict(self, found: set[str]) -> Prediction | None:
        weights = self.weights
        known = [f for f in found if f in weights]
        if not self.classes:
            return None
        if known:
            # per class: intercept + each feature's weight, added in the order of
            # ``known`` (the same float additions as a loop over the features)
            columns = zip(*[weights[f] for f in known], strict=True)
            scores = [
                functools.reduce(operator.add, column, start)
                for start, column in zip(self.intercept, columns, strict=True)
            ]
        else:
            scores = list(self.intercept)
        best = max(range(len(scores)), key=scores.__getitem__)
        top = scores[best]
        total = sum(math.exp(s - top) for s in scores)
        lifts = self._lifts.setdefault(best, {})

        def lift(f):  # how much the feature favours the chosen label over the others
            value = lifts.get(f)
            if value is None:
                row = weights[f]
                value = lifts[f] = row[best] - max(
                    (w for c, w in enumerate(row) if c != best), default=0.0
                )
            return value

        words = sorted(
            (f for f in known if not f.startswith(LEXICON_PREFIX) and lift(f) > 0),
            key=lift,
            reverse=True,
        )[:MAX_EXPLAIN]
        return Prediction(self.classes[best], 1.0 / total, words)


def model_for(params: dict) -> LinearModel:
    """The :class:`LinearModel` of ``params``, kept while the same parameters are in use
    (the weights of the model in use are read once per training; so is each feature's
    lift, which the explanation needs)."""
    cached = _models.get(id(params))
    if cached is None or cached[0] is not params:
        if len(_models) > 8:
            _models.clear()
        cached = _models[id(params)] = (params, LinearModel(params))
    return cached[1]


_models: dict[int, tuple[dict, LinearModel]] = {}


def _fit(rows: list[set[str]], labels: list[str], weights: list[float], *, c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([dict.fromkeys(r, 1) for r in rows])
    model = LogisticRegression(C=c, max_iter=2000)
    model.fit(matrix, labels, sample_weight=weights)
    return vectorizer, model


def export(vectorizer, model) -> dict:
    classes = [str(x) for x in model.classes_]
    coef = model.coef_
    if len(classes) == 2:  # scikit-learn keeps one row for two classes
        coef = [[-x for x in coef[0]], list(coef[0])]
        intercept = [-float(model.intercept_[0]), float(model.intercept_[0])]
    else:
        intercept = [float(x) for x in model.intercept_]
    weights = {}
    for name, index in vectorizer.vocabulary_.items():
        row = [round(float(coef[c][index]), 4) for c in range(len(classes))]
        if any(abs(w) >= 1e-3 for w in row):
            weights[str(name)] = row
    return {"kind": "logistic", "classes": classes, "intercept": intercept, "weights": weights}


def train(rows, labels, weights, *, c: float = 4.0) -> dict:
    """Fit on feature sets ``rows`` with ``labels`` and per-example ``weights``."""
    return export(*_fit(rows, labels, weights, c=c))


def out_of_fold(rows, labels, weights, *, folds: int = 4, seed: int = 7, c: float = 4.0):
    """Each example's prediction by a model that did not see it (stratified folds)."""
    from collections import Counter

    from sklearn.model_selection import KFold, StratifiedKFold

    n_folds = min(folds, min(Counter(labels).values()))
    splitter = (
        StratifiedKFold(n_folds, shuffle=True, random_state=seed)
        if n_folds >= 2
        else KFold(min(folds, len(rows)), shuffle=True, random_state=seed)
    )
    predicted: list[Prediction | None] = [None] * len(rows)
    for train_idx, test_idx in splitter.split(rows, labels):
        if len({labels[i] for i in train_idx}) < 2:
            continue
        model = LinearModel(
            train(
                [rows[i] for i in train_idx],
                [labels[i] for i in train_idx],
                [weights[i] for i in train_idx],
                c=c,
            )
        )
        for i in test_idx:
            predicted[i] = model.predict(rows[i])
    return predicted


def choose_confidence(predicted, lexicon: list[str], labels: list[str]) -> float:
    """The lowest probability from which the model's label replaces the lexicon's without
    losing accuracy on ``predicted`` (out-of-fold); above 1 (never) when it always loses.
    Where the lexicon has no answer (``""``) the model answers whatever its confidence."""

    def accuracy(threshold):
        right = 0
        for p, lex, gold in zip(predicted, lexicon, labels, strict=True):
            use_model = p is not None and (not lex or p.probability >= threshold)
            right += (p.label if use_model else lex) == gold
        return right

    best, best_right = CONFIDENCE_GRID[-1], accuracy(CONFIDENCE_GRID[-1])
    for threshold in reversed(CONFIDENCE_GRID[:-1]):
        right = accuracy(threshold)
        if right > best_right:
            best, best_right = threshold, right
    return best
