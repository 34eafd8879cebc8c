"""Training the importer's small learned models (:mod:`ttdn.importer.extract.learned`), shared
by ``issuer_ranker.py`` and ``task_ranker.py``: rows are documents of the real corpus, each
with its ``candidates`` (``features`` by name and a boolean ``label``) and ``held_out``."""

from __future__ import annotations

import json
from pathlib import Path


def fit(rows: list[dict], c: float) -> tuple[dict[str, float], float]:
    """A logistic regression over the candidates of ``rows`` (scikit-learn, balanced classes,
    inverse regularisation ``c``): its weights by feature name (rounded, zeros left out) and
    its intercept."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    cands = [cand for r in rows for cand in r["candidates"]]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([cand["features"] for cand in cands])
    y = [cand["label"] for cand in cands]
    regression = LogisticRegression(C=c, class_weight="balanced", max_iter=5000).fit(x, y)
    weights = {
        name: round(float(w), 6)
        for name, w in zip(vectorizer.get_feature_names_out(), regression.coef_[0], strict=True)
        if round(float(w), 6)
    }
    return dict(sorted(weights.items())), round(float(regression.intercept_[0]), 6)


def model_of(rows: list[dict], c: float, threshold: float):
    """The importer's :class:`~ttdn.importer.extract.learned.Model` fitted on ``rows``."""
    from ttdn.importer.extract.learned import Model

    return Model(*fit(rows, c), threshold)


def model_file(rows: list[dict], c: float, threshold: float, about: str) -> dict:
    """The model of every development document of ``rows``, as the file the importer loads."""
    dev = [r for r in rows if not r["held_out"]]
    weights, intercept = fit(dev, c)
    return {
        "about": about,
        "documents": len(dev),
        "candidates": sum(len(r["candidates"]) for r in dev),
        "threshold": threshold,
        "intercept": intercept,
        "weights": weights,
    }


def write(path: Path, model: dict) -> None:
    """Keep ``model`` (from :func:`model_file`) where the importer loads it."""
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(model, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path}")
