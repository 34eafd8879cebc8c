"""Does a learned ranker choose a document's issuer better than the rules, on documents
neither has seen? (issue 12)

Every body the text names (each match of the reader's own body pattern, in the part of the
text the issuer is read from) is a candidate; a logistic regression scores each from its
place and its neighbours' words, and the best of a document is its issuer. Trained on the
hand-made gold of development documents; scored three ways:

* each development batch read by a model trained on the other batches (the rules, written
  from all of them, are flattered there);
* the newest batch's development documents, by a model of the batches before it;
* the held-out quarter, by a model of every development document (totals only).

An issuer counts as right when it names the gold's body: the same words once diacritics,
abbreviations ("UBND") and case are set aside, the place written or not (the locality is
scored on its own). The rules' issuer is scored the same way, so the two compare fairly.

    TTDN_DEVELOPMENT=1 PYTHONPATH=src:benchmarks python benchmarks/issuer_ranker.py [--json F]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from importer import load_real_provinces, real_documents, setup

LIMIT = 3000  # characters of the text in which candidates are taken

_ABBREVIATIONS = {
    "ubnd": "uy ban nhan dan",
    "hdnd": "hoi dong nhan dan",
    "ubmttq": "uy ban mat tran to quoc",
    "mttq": "mat tran to quoc",
    "tp": "thanh pho",
    "tw": "trung uong",
    "vhttdl": "van hoa the thao va du lich",
    "bcd": "ban chi dao",
}
_PLACE_RE = re.compile(r"\s+(?:tinh|thanh pho|huyen|xa|phuong|quan|thi xa)\b.*$")


def _norm(name: str | None) -> str:
    from ttdn.core.text import fold

    words = re.sub(r"[^\w\s]", " ", fold(name or "").lower().replace("đ", "d"))
    for short, full in _ABBREVIATIONS.items():
        words = re.sub(rf"\b{short}\b", full, words)
    return re.sub(r"\s+", " ", words).strip()


def same_body(got: str | None, want: str | None) -> bool:
    if not got or not want:
        return not got and not want
    a, b = _norm(got), _norm(want)
    if a == b:
        return True
    stem_a, stem_b = _PLACE_RE.sub("", a), _PLACE_RE.sub("", b)
    return stem_a == stem_b and (a.startswith(b) or b.startswith(a))


def _words(text: str) -> list[str]:
    from ttdn.core.text import fold

    # (figures as one word: dates and numbers differ, their place does not)
    return [
        "#" if w.isdigit() else w for w in re.findall(r"\w+|[,.;:()\n“”\"]", fold(text).lower())
    ]


def candidates(text: str) -> list[dict]:
    """Each body named in the text's first :data:`LIMIT` characters, with its features."""
    from ttdn.importer.extract.metadata import _EVENT_RE, _ISSUER_RE, _issuer_of, _mask_initials

    named = _mask_initials(text)[:LIMIT]
    found = []
    for index, match in enumerate(_ISSUER_RE.finditer(named)):
        issuer = _issuer_of(match, 0.5)
        name = " ".join(p for p in (issuer.within, issuer.org, issuer.unit, issuer.name) if p)
        before = _words(named[max(0, match.start() - 40) : match.start()])[-3:]
        after = _words(named[match.end() : match.end() + 40])[:3]
        line_start = named.rfind("\n", 0, match.start()) + 1
        features = {
            f"index={min(index, 6)}": 1,
            f"at={min(match.start() // 250, 8)}": 1,
            f"line={min(named.count(chr(10), 0, match.start()), 6)}": 1,
            "opens_line": float(not named[line_start : match.start()].strip()),
            f"org={' '.join(_words(issuer.org)[:3])}": 1,
            f"head={_words(issuer.org)[0] if _words(issuer.org) else ''}": 1,
            "unit": float(bool(issuer.unit)),
            "name": float(bool(issuer.name)),
            "event": float(bool(_EVENT_RE.match(named, match.end()))),
            # the first words of its sentence (after a day: "Ngày 16/11, X …")
            "opens_sentence": float(
                bool(
                    re.fullmatch(
                        r"(?:[^.;\n]*?\b(?:ngày|sáng|chiều|tối)\s+[\d/.\-]+\s*,?\s*"
                        r"(?:tại\s+[^,]{1,60},\s*)?)?",
                        named[
                            max(named.rfind(".", 0, match.start()), line_start) : match.start()
                        ].lstrip(". \t"),
                        re.IGNORECASE,
                    )
                )
            ),
        }
        for k, word in enumerate(reversed(before)):
            features[f"b{k}={word}"] = 1
        if before:
            features[f"b01={' '.join(before[-2:])}"] = 1
        for k, word in enumerate(after):
            features[f"a{k}={word}"] = 1
        if after:
            features[f"a01={' '.join(after[:2])}"] = 1
        found.append({"name": name, "features": features, "org": _norm(issuer.org)})
    first_line = _norm(named.split("\n", 1)[0])
    for c in found:
        c["features"]["in_first_line"] = float(bool(c["org"]) and c["org"] in first_line)
    counts = Counter(c["org"] for c in found)
    for c in found:
        c["features"][f"count={min(counts[c['org']], 4)}"] = 1
        c["features"]["first_of_org"] = float(next(x for x in found if x["org"] == c["org"]) is c)
    return found


def read_corpus() -> list[dict]:
    from ttdn.importer.pipeline import analyse_file

    docs = real_documents(None)
    load_real_provinces(docs)
    rows = []
    for path, gold in docs:
        result = analyse_file(path, name=path.name)
        contract = result.contract()
        found = candidates(result.text)
        for c in found:
            c["features"][f"type={contract['doc_type']}"] = 1
            c["features"]["rule_pick"] = float(same_body(c["name"], contract.get("issuer")))
            c["label"] = same_body(c["name"], gold.get("issuer"))
        rows.append(
            {
                "file": gold["file"],
                "batch": gold.get("batch") or 1,
                "held_out": bool(gold.get("held_out")),
                "gold": gold.get("issuer"),
                "rules": contract.get("issuer"),
                "rules_confidence": result.issuer.confidence if result.issuer.value else 0.0,
                "candidates": found,
            }
        )
    return rows


def train(rows: list[dict], rule_feature: bool):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    def feats(c):
        return (
            c["features"]
            if rule_feature
            else {k: v for k, v in c["features"].items() if k != "rule_pick"}
        )

    cands = [c for r in rows for c in r["candidates"]]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([feats(c) for c in cands])
    y = [c["label"] for c in cands]
    model = LogisticRegression(C=0.5, class_weight="balanced", max_iter=2000).fit(x, y)
    return lambda r: (
        model.predict_proba(vectorizer.transform([feats(c) for c in r["candidates"]]))[:, 1]
        if r["candidates"]
        else []
    )


def choose(score, row: dict, threshold: float) -> str | None:
    probabilities = score(row)
    if not len(probabilities):
        return None
    best = max(range(len(probabilities)), key=lambda i: probabilities[i])
    return row["candidates"][best]["name"] if probabilities[best] >= threshold else None


POLICY_CUT = 0.65  # the rules' own document forms read at 0.7 and above, news forms below


def tally(rows, picks) -> dict:
    """Right issuers of the rules, the model, and the policy (the rules where they read a
    document's own forms, the model elsewhere), and how many documents have the gold's body
    among their candidates at all."""
    policy = [
        r["rules"] if r["rules_confidence"] >= POLICY_CUT else p
        for r, p in zip(rows, picks, strict=True)
    ]
    return {
        "documents": len(rows),
        "rules_exact": sum(r["rules"] == r["gold"] for r in rows),
        "rules_same_body": sum(same_body(r["rules"], r["gold"]) for r in rows),
        "model_same_body": sum(same_body(p, r["gold"]) for r, p in zip(rows, picks, strict=True)),
        "policy_same_body": sum(same_body(p, r["gold"]) for r, p in zip(rows, policy, strict=True)),
        "reachable": sum(any(c["label"] for c in r["candidates"]) or not r["gold"] for r in rows),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--threshold", type=float, default=0.5)
    args = parser.parse_args()
    setup()
    rows = read_corpus()
    dev = [r for r in rows if not r["held_out"]]
    held = [r for r in rows if r["held_out"]]
    newest = max(r["batch"] for r in rows)
    picks = {}
    for batch in sorted({r["batch"] for r in dev}):
        score = train([r for r in dev if r["batch"] != batch], rule_feature=False)
        for r in dev:
            if r["batch"] == batch:
                picks[r["file"]] = choose(score, r, args.threshold)
    report = {"development, each batch by the others": tally(dev, [picks[r["file"]] for r in dev])}
    latest = [r for r in dev if r["batch"] == newest]
    score = train([r for r in dev if r["batch"] < newest], rule_feature=False)
    report[f"batch {newest} development, by the batches before it"] = tally(
        latest, [choose(score, r, args.threshold) for r in latest]
    )
    score = train(dev, rule_feature=False)
    report["held out, by every development document"] = tally(
        held, [choose(score, r, args.threshold) for r in held]
    )
    print("issuer right as the gold's body (exact string for the rules in brackets)")
    for name, t in report.items():
        print(
            f"  {name:52} rules {t['rules_same_body']:3} ({t['rules_exact']:3})"
            f"  model {t['model_same_body']:3}  policy {t['policy_same_body']:3}"
            f"  of {t['documents']:3}  (gold's body among candidates: {t['reachable']})"
        )
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
