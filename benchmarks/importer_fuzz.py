#!/usr/bin/env python
"""Damage the real corpus and read it: no copy may crash the importer, none may take long.

    python benchmarks/importer_fuzz.py [--seed 1] [--count 500] [--html] [--keep DIR] [--json F]

Every reading is one development document of tests/fixtures/importer/real (the held-out
part is not read) or a seed, damaged one to three times the ways real copies are damaged
(line ends or spaces lost, capitals, decomposed accents, cut short, lines shuffled or
dropped, a page repeated, junk pasted in: control and zero-width characters, runs of
brackets, dashes, "Số:", spreadsheet formulas, a script tag, tens of thousands of letters)
and cut to 400,000 characters, then read through the whole pipeline (``analyse_file``,
as an upload is), as a text file or (``--html``) as a portal's page. A
:class:`ReadError` ("no text in the file") is a refusal the user sees and is counted
apart; any other exception is a failure, printed and kept with ``--keep``. The figures are seconds per reading (median, 95th percentile,
maximum, and per 100,000 characters) and the process's peak memory.

This is how the faults of 04/12/2026 were found (a 400 KB copy with its spaces lost took
minutes and gigabytes; a 184 KB copy with its line ends lost, 32 s; layout spaces, 9 s;
a one-line copy's legal bases, minutes). Figures go to docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import tempfile
import time
import traceback
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import importer as bench  # noqa: E402  (sets up Django's settings and the throw-away database)

MAX_CHARS = 400_000
JUNK = (
    "\x00",
    "\u200b",
    "\ufeff",
    "\u0301",
    "\u0300" * 50,
    "(" * 200,
    "—" * 500,
    "Số: " * 100,
    "…" * 300,
    "\t" * 50,
    " " * 5000,
    "1.1.1.1.1.1.1.1.1.1.1.",
    "-" * 2000,
    "Kế hoạch số " * 200,
    "ngày " * 300,
    "a" * 20000,
    "UBND tỉnh " * 300,
    "Sở " * 500,
    "\r\r\r",
    "\u2028",
    "<script>alert(1)</script>",
    "=cmd|' /C calc'!A0",
)


def _shuffle_lines(t: str, rng: random.Random) -> str:
    lines = t.splitlines()
    rng.shuffle(lines)
    return "\n".join(lines)


def _cut(t: str, rng: random.Random) -> str:
    return t[: rng.randrange(len(t) + 1)]


def _junk(t: str, rng: random.Random) -> str:
    i = rng.randrange(len(t) + 1)
    return t[:i] + rng.choice(JUNK) * rng.randint(1, 20) + t[i:]


def _drop_lines(t: str, rng: random.Random) -> str:
    return "\n".join(line for line in t.splitlines() if rng.random() < 0.5)


def _repeat(t: str, rng: random.Random) -> str:
    return (t + "\n") * rng.randint(5, 30)


def _drop_chars(t: str, rng: random.Random) -> str:
    return "".join(c for c in t if rng.random() < 0.97)


def _blanks_at_line_start(t: str, rng: random.Random) -> str:
    """A page of blanks pasted after a line end (a layout's spaces or empty lines), where a
    pattern anchored at a line start meets it whole."""
    ends = [i + 1 for i, c in enumerate(t) if c == "\n"] or [0]
    i = rng.choice(ends)
    return t[:i] + rng.choice((" ", "\t", "\n", " \n")) * rng.choice((10_000, 50_000)) + t[i:]


DAMAGE = {
    "blanks at a line start": _blanks_at_line_start,
    "lines shuffled": _shuffle_lines,
    "cut short": _cut,
    "capitals": lambda t, rng: t.upper(),
    "decomposed accents": lambda t, rng: unicodedata.normalize("NFD", t),
    "junk pasted": _junk,
    "line ends lost": lambda t, rng: t.replace("\n", " "),
    "half the lines dropped": _drop_lines,
    "repeated": _repeat,
    "letters dropped": _drop_chars,
    "spaces lost": lambda t, rng: t.replace(" ", ""),
}


def texts() -> list[str]:
    found = [
        (path.with_name(path.name.replace(".gold.json", ".txt"))).read_text(encoding="utf-8")
        for path in sorted(bench.REAL.glob("*.gold.json"))
        if not json.loads(path.read_text(encoding="utf-8")).get("held_out")
    ]
    return found + [path.read_text(encoding="utf-8") for path in sorted(bench.SEEDS.glob("*.txt"))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--keep", type=Path, help="write the inputs that failed or were slow here")
    parser.add_argument("--slow", type=float, default=2.0, help="seconds that count as slow")
    parser.add_argument(
        "--html",
        action="store_true",
        help="each copy as a portal's web page (benchmarks/importer.py)",
    )
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    bench.setup()
    from ttdn.documents.source import ReadError
    from ttdn.importer.pipeline import analyse_file

    rng = random.Random(args.seed)
    corpus = texts()
    work = Path(tempfile.mkdtemp(prefix="ttdn-fuzz-"))
    readings: list[tuple[float, int, list[str]]] = []
    failures: list[dict] = []
    refused = 0
    for k in range(args.count):
        text = rng.choice(corpus)
        names = rng.sample(sorted(DAMAGE), rng.randint(1, 3))
        for name in names:
            text = DAMAGE[name](text, rng)
        text = text[:MAX_CHARS]
        path = work / f"copy-{k}.{'html' if args.html else 'txt'}"
        path.write_text(bench.html_of(text) if args.html else text, encoding="utf-8")
        start = time.perf_counter()
        try:
            analyse_file(path, name=path.name)
        except ReadError:
            refused += 1
        except Exception as exc:  # noqa: BLE001 - the point is to catch every failure
            failures.append({"reading": k, "damage": names, "error": repr(exc)})
            print(f"FAILED {k} {names}: {exc!r}", file=sys.stderr)
            traceback.print_exc(limit=4)
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                (args.keep / path.name).write_text(text, encoding="utf-8")
        seconds = time.perf_counter() - start
        readings.append((seconds, len(text), names))
        if seconds > args.slow:
            print(f"slow {k} {names}: {seconds:.1f} s for {len(text):,} characters")
            if args.keep:
                args.keep.mkdir(parents=True, exist_ok=True)
                (args.keep / path.name).write_text(text, encoding="utf-8")
        path.unlink()

    times = sorted(s for s, _n, _d in readings)
    per_100k = max(s / max(n, 1) * 100_000 for s, n, _d in readings if n >= 10_000)
    slowest = max(readings)
    report = {
        "seed": args.seed,
        "as": "web page" if args.html else "text",
        "readings": len(readings),
        "documents": len(corpus),
        "failures": failures,
        "refused": refused,
        "median_s": round(statistics.median(times), 4),
        "p95_s": round(times[int(0.95 * (len(times) - 1))], 3),
        "max_s": round(slowest[0], 3),
        "max_s_chars": slowest[1],
        "max_s_damage": slowest[2],
        "max_s_per_100k_chars": round(per_100k, 3),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }
    print(json.dumps(report, ensure_ascii=False, indent=2))
    if args.json:
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=2), encoding="utf-8")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
