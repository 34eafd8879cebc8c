"""The issuer picks that rest on the learned model near its threshold (issue 12,
:mod:`ttdn.importer.extract.issuer_choice`): the forms a retraining may move.

Where the model is consulted (no own header, the rules' body not speaking in its own words)
and its best candidate is another body than the rules', a score just over the threshold
takes that body and a score just under it leaves the rules' one. A document whose pick hangs
on a score within :data:`WINDOW` of the threshold, either side, is read by the model alone
and barely: the next retraining may turn it (it did once, and a form test failed). Such a
form wants a rule of its own.

This lists them, by name, among the development documents of the real corpus and the texts
of the form tests (``src/ttdn/importer/tests/forms``, run with the committed model; each by
its test), and counts the held-out ones (never named). The model's call is watched where the
importer makes it (:func:`issuer_choice.choose`), so the reading is the importer's own. A
near call whose best body is not the rules' pick (by :func:`issuer_choice.same_body`) is
then checked by moving the threshold :data:`WINDOW` up and down: a document whose issuer
read changes, or a form test that fails, is *fragile*; the others are listed as near but
steady (the model's bare body settled to the rules' own, as "Ban Tuyên giáo Tỉnh ủy" and
"… Tỉnh ủy Bình Định", which ``same_body`` keeps apart).

    TTDN_DEVELOPMENT=1 PYTHONPATH=src:benchmarks python benchmarks/issuer_near.py [--markdown F]
        [--no-tests]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from importer import load_real_provinces, real_documents, setup

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "src" / "ttdn" / "importer" / "tests" / "forms"
WINDOW = 0.05  # how near the threshold, either side, a score is fragile


class Watch:
    """Wraps :func:`issuer_choice.choose` (and :func:`issuer_choice.candidates`, for the text
    the candidates were taken from) and keeps each call near the threshold that would turn
    the issuer: ``(score, the model's body, above the threshold, text's opening)``."""

    def __init__(self) -> None:
        self.calls: list[tuple[float, str, bool, str]] = []
        self._text = ""

    @contextlib.contextmanager
    def installed(self):
        from ttdn.importer.extract import issuer_choice

        choose, candidates = issuer_choice.choose, issuer_choice.candidates

        def watched_candidates(named, *args, **kwargs):
            self._text = named
            return candidates(named, *args, **kwargs)

        def watched_choose(found, chosen):
            if found:
                scores = [chosen.probability(c.features) for c in found]
                best = max(range(len(found)), key=scores.__getitem__)
                # (the rules' own body: crossing the threshold turns nothing)
                if abs(scores[best] - chosen.threshold) <= WINDOW and not found[best].features.get(
                    "rule_pick"
                ):
                    opening = " ".join(self._text.split())[:90]
                    self.calls.append(
                        (
                            round(scores[best], 3),
                            found[best].name,
                            scores[best] >= chosen.threshold,
                            opening,
                        )
                    )
            return choose(found, chosen)

        issuer_choice.choose, issuer_choice.candidates = watched_choose, watched_candidates
        try:
            yield self
        finally:
            issuer_choice.choose, issuer_choice.candidates = choose, candidates

    @staticmethod
    @contextlib.contextmanager
    def shifted(delta: float):
        """The committed model read with its threshold moved by ``delta``."""
        from dataclasses import replace

        from ttdn.importer.extract import issuer_choice

        model = issuer_choice.model
        moved = replace(model(), threshold=model().threshold + delta)
        issuer_choice.model = lambda: moved
        try:
            yield
        finally:
            issuer_choice.model = model

    def take(self) -> list[tuple[float, str, bool, str]]:
        calls, self.calls = self.calls, []
        return calls


def corpus(watch: Watch) -> tuple[list[tuple[str, int, list]], int, int]:
    """The development documents near the threshold (name, batch, calls); the held-out
    ones counted, and the held-out documents read."""
    from ttdn.importer.pipeline import analyse_file

    docs = real_documents(None)
    load_real_provinces(docs)
    near, held_near, held = [], [0, 0], 0
    for path, gold in docs:
        issuer = analyse_file(path, name=path.name).contract().get("issuer")
        calls = watch.take()
        if not calls:
            held += bool(gold.get("held_out"))
            continue
        moved = []
        for delta in (WINDOW, -WINDOW):
            with watch.shifted(delta):
                moved.append(analyse_file(path, name=path.name).contract().get("issuer"))
            watch.take()
        fragile = any(m != issuer for m in moved)
        if gold.get("held_out"):
            held += 1
            held_near[0] += 1
            held_near[1] += fragile
        else:
            turns = f"read {issuer!r}" + (
                f"; {moved[0]!r} at +{WINDOW}, {moved[1]!r} at -{WINDOW}" if fragile else ""
            )
            near.append((gold["file"], gold.get("batch") or 1, calls, fragile, turns))
    return near, held_near, held


# Run in a child pytest (``-p issuer_near``, the test database its own): each form test's
# calls near the threshold, by the test's id, into the file ``ISSUER_NEAR_OUT`` names.
_WATCH: Watch | None = None
_FOUND: dict[str, list] = {}
_FAILED: list[str] = []
_INSTALLED = contextlib.ExitStack()


def pytest_sessionstart(session):
    global _WATCH
    _WATCH = Watch()
    _INSTALLED.enter_context(_WATCH.installed())
    if os.environ.get("ISSUER_NEAR_SHIFT"):
        _INSTALLED.enter_context(Watch.shifted(float(os.environ["ISSUER_NEAR_SHIFT"])))


def pytest_runtest_setup(item):
    _WATCH.take()


def pytest_runtest_logreport(report):
    if report.when == "call":
        calls = _WATCH.take()
        if calls:
            _FOUND.setdefault(report.nodeid, []).extend(calls)
        if report.failed:
            _FAILED.append(report.nodeid)


def pytest_sessionfinish(session):
    _INSTALLED.close()
    out = Path(os.environ["ISSUER_NEAR_OUT"])
    out.write_text(json.dumps({"found": _FOUND, "failed": _FAILED}), encoding="utf-8")


def _pytest(paths: list[str], shift: float | None = None) -> dict:
    """A child pytest of ``paths`` with this module as plugin (the threshold moved by
    ``shift``): its calls near the threshold and its failures."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "near.json"
        env = dict(os.environ, ISSUER_NEAR_OUT=str(out))
        if shift is not None:
            env["ISSUER_NEAR_SHIFT"] = str(shift)
        command = [sys.executable, "-m", "pytest", *paths, "-q", "-p", "no:cacheprovider"]
        subprocess.run(
            [*command, "-m", "not e2e", "-p", "issuer_near"],
            cwd=ROOT,
            env=env,
            capture_output=True,
            check=False,
        )
        return json.loads(out.read_text(encoding="utf-8"))


def form_tests() -> dict:
    """The form tests' calls near the threshold, and those failing with it moved either way
    (the files holding a near call run again, up and down)."""
    tests = _pytest([str(FORMS)])
    files = sorted({nodeid.split("::")[0] for nodeid in tests["found"]})
    tests["fragile"] = {}
    for delta in (WINDOW, -WINDOW):
        for nodeid in _pytest(files, delta)["failed"] if files else []:
            tests["fragile"].setdefault(nodeid, []).append(delta)
    return tests


def _line(score: float, body: str, above: bool, opening: str) -> str:
    side = "over: the model reads" if above else "under: the rules' body stands, not"
    return f"{score:.3f} {side} {body!r}; text «{opening} …»"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--markdown", type=Path, help="write the list here too")
    parser.add_argument("--no-tests", action="store_true", help="the corpus only")
    args = parser.parse_args()
    setup()
    from ttdn.importer.extract.issuer_choice import model

    threshold = model().threshold
    watch = Watch()
    with watch.installed():
        near, held_near, held = corpus(watch)
    tests = None if args.no_tests else form_tests()
    lines = [
        f"# Issuer picks resting on the model within {WINDOW} of its threshold ({threshold})",
        "",
        "The model's best body (named) is not the rules'; over the threshold the model's body is",
        "read, under it the rules' one. A retraining may turn any of these.",
        "",
        f"## Development documents ({len(near)})",
        "",
    ]
    for name, batch, calls, fragile, turns in sorted(near, key=lambda n: (not n[3], n[1], n[0])):
        mark = "FRAGILE" if fragile else "steady"
        calls_told = "; ".join(_line(*c) for c in calls)
        lines += [f"- {mark} `{name}` (batch {batch}): {calls_told}; {turns}"]
    lines += [
        "",
        f"Held out: {held_near[0]} of {held} documents near, {held_near[1]} of them fragile "
        "(not named).",
        "",
    ]
    if tests is not None:
        lines += [f"## Form tests ({len(tests['found'])})", ""]
        fragile = tests["fragile"]
        for nodeid, calls in sorted(tests["found"].items(), key=lambda n: n[0] not in fragile):
            mark = f"FRAGILE (fails at {fragile[nodeid]})" if nodeid in fragile else "steady"
            lines += [f"- {mark} `{nodeid}`: " + "; ".join(_line(*c) for c in calls)]
        others = sorted(set(fragile) - set(tests["found"]))
        if others:
            lines += ["", "Failing with the threshold moved, though no call of theirs is near:"]
            lines += [f"- `{nodeid}` (at {fragile[nodeid]})" for nodeid in others]
        if tests["failed"]:
            lines += ["", f"Form tests failing in this run: {len(tests['failed'])}"]
            lines += [f"- `{nodeid}`" for nodeid in tests["failed"]]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.markdown:
        args.markdown.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
