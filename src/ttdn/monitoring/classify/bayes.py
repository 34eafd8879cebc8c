"""A multinomial naive Bayes classifier: trained with scikit-learn, applied in pure Python.

Features are the folded words and word pairs of a text (so "Đồng Nai" and "Dong Nai"
are one feature). ``train`` fits scikit-learn's ``MultinomialNB`` and exports its
parameters as plain JSON (vocabulary, class log-priors, per-class word log-probabilities):
nothing is pickled, and classifying an article imports neither scikit-learn nor numpy.
``NaiveBayes.predict`` also says which words weighed most for the chosen label.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass

from ttdn.core.text import fold
from ttdn.monitoring.query.parser import normalise, tokenize

MAX_FEATURES = 20_000


def features(text: str, *, folded_words: list[str] | None = None) -> list[str]:
    """The folded words of ``text`` (no numbers) and its word pairs. ``folded_words``:
    ``[fold(w) for w in tokenize(normalise(text))]`` already computed (a ``Document``'s
    :meth:`~ttdn.monitoring.query.Document.folded_words`)."""
    if folded_words is None:
        folded_words = [fold(w) for w in tokenize(normalise(text))]
    words = [w for w in folded_words if w and not w.isdigit()]
    return words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]


@dataclass
class Prediction:
    label: str
    probability: float
    words: list[str]


class NaiveBayes:
    """Parameters of a trained model, as stored in ``ClassifierModel.parameters``."""

    def __init__(self, params: dict):
        self.classes: list[str] = params["classes"]
        self.vocabulary: dict[str, int] = params["vocabulary"]
        self.prior: list[float] = params["prior"]
        self.log_prob: list[list[float]] = params["log_prob"]

    def predict(self, text: str) -> Prediction | None:
        counts = Counter(f for f in features(text) if f in self.vocabulary)
        if not counts or not self.classes:
            return None
        scores = []
        for c, prior in enumerate(self.prior):
            row = self.log_prob[c]
            scores.append(prior + sum(n * row[self.vocabulary[f]] for f, n in counts.items()))
        best = max(range(len(scores)), key=scores.__getitem__)
        top = scores[best]
        total = sum(math.exp(s - top) for s in scores)

        # the words that favour the chosen label most over the others
        def lift(f):
            i = self.vocabulary[f]
            others = [self.log_prob[c][i] for c in range(len(self.classes)) if c != best]
            return self.log_prob[best][i] - (max(others) if others else 0.0)

        words = sorted((f for f in counts if lift(f) > 0), key=lift, reverse=True)[:5]
        return Prediction(self.classes[best], 1.0 / total, words)


def train(texts: list[str], labels: list[str]) -> dict:
    """Fit a model on ``texts``/``labels``; its parameters as JSON-ready data."""
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.naive_bayes import MultinomialNB

    vectorizer = CountVectorizer(analyzer=features, max_features=MAX_FEATURES)
    matrix = vectorizer.fit_transform(texts)
    model = MultinomialNB(alpha=0.5).fit(matrix, labels)
    return {
        "classes": [str(c) for c in model.classes_],
        "vocabulary": {str(k): int(v) for k, v in vectorizer.vocabulary_.items()},
        "prior": [float(x) for x in model.class_log_prior_],
        "log_prob": [[round(float(x), 5) for x in row] for row in model.feature_log_prob_],
    }


def held_out_split(n: int, labels: list[str], *, fraction: float = 0.25, seed: int = 7):
    """Indices (train, test): stratified by label, the same every run."""
    from sklearn.model_selection import train_test_split

    indices = list(range(n))
    counts = Counter(labels)
    stratify = labels if min(counts.values()) >= 2 else None
    train_idx, test_idx = train_test_split(
        indices, test_size=fraction, random_state=seed, stratify=stratify
    )
    return sorted(train_idx), sorted(test_idx)
