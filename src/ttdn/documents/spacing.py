"""Spaces a copy lost between Vietnamese words: "QUYẾTĐỊNH", "Ngoạigiao", "SởNgoại".

Copies of documents on legal sites and PDFs whose line ends were dropped glue words
together ("Quyết địnhsố 210/QĐ-TTg", "BANHÀNH KẾ HOẠCH", "vàUBND"). Every Vietnamese
syllable has one form (``encodings.judge_syllable``), so a glued word is a run of letters
that is no syllable but splits into two or three that are. A split is made only on
evidence that the run is two words, never on the form alone (a loanword such as "panô"
splits into two syllables too):

* a small letter followed by a capital ("SởNgoại", "vàUBND", "TuyênQuang");
* both parts carry a Vietnamese letter or mark ("hóađối", "QUYẾTĐỊNH", "nhânloại");
* one part is a frequent word of administrative writing ("Ngoạigiao", "cáchuyện",
  "UBNDtỉnh").

Runs of ASCII letters are left alone (names, addresses, English), and so is any part shorter
than two letters. The fewest parts win, then the most Vietnamese-looking ones.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ttdn.documents.encodings import judge_syllable

_RUN_RE = re.compile(r"[^\W\d_]{4,}")  # runs of four letters or more
MAX_PARTS = 3
# The longest syllable has seven letters ("nghiêng") and the longest abbreviation glued to
# a word about six ("UBNDTP"), so no run of three words is longer than this; a longer run is
# a word of another language, a garbled copy or hostile input, and is left as it is (trying
# its splits costs time in the square of its length, and caching it memory).
MAX_RUN = 3 * 8


def _marked(part: str) -> bool:
    return not part.isascii()


def _evidence(a: str, b: str, ja: int, jb: int) -> bool:
    if ja < 0 or jb < 0 or max(ja, jb) < 1:
        return False
    if a[-1].islower() and b[0].isupper():
        return True  # "SởNgoại", "vàUBND"
    if min(ja, jb) == 0:
        # An abbreviation glued to a word: only before a frequent one ("UBNDtỉnh"); a
        # capital run before small letters is mostly a word cut ("BThông").
        return ja == 0 and jb == 2 and a.isupper()
    if a[-1].isupper() != b[0].isupper():
        return False  # "Chiến" + "lƯợc" never; case goes on across a glued pair
    return (_marked(a) and _marked(b)) or ja == 2 or jb == 2


def split_glued(run: str, parts: int = MAX_PARTS) -> tuple[str, ...] | None:
    """The words a run of letters glues together, or None when it is a word (or cannot
    be told apart)."""
    return None if len(run) > MAX_RUN else _split_glued(run, parts)


@lru_cache(maxsize=65536)
def _split_glued(run: str, parts: int) -> tuple[str, ...] | None:
    if run.isascii() or judge_syllable(run) >= 0 or parts < 2:
        return None
    best: tuple[int, int, tuple[str, ...]] | None = None  # (-parts, score, words)
    for i in range(2, len(run) - 1):
        a, b = run[:i], run[i:]
        ja = judge_syllable(a)
        if ja < 0:
            continue
        jb = judge_syllable(b)
        if jb >= 0:
            if _evidence(a, b, ja, jb):
                found = (-2, ja + jb, (a, b))
            else:
                continue
        else:
            rest = _split_glued(b, parts - 1)
            if rest is None or not _evidence(a, rest[0], ja, judge_syllable(rest[0])):
                continue
            found = (-1 - len(rest), ja + sum(judge_syllable(w) for w in rest), (a, *rest))
        if best is None or found[:2] > best[:2]:
            best = found
    return best[2] if best else None


# Runs of letters already found to be one word. Most texts glue nothing: their runs are
# looked up in this set at once (a set difference, in C), and only a text with a run not met
# before, or one that splits, is walked run by run. (A run longer than ``MAX_RUN`` is never
# split and never kept; the set is emptied when it reaches ``_WHOLE_MAX`` runs.)
_WHOLE: set[str] = set()
_WHOLE_MAX = 65536


def restore_spaces(text: str) -> str:
    """``text`` with the spaces put back between glued Vietnamese words."""
    glued = False
    for run in set(_RUN_RE.findall(text)) - _WHOLE:
        if split_glued(run):
            glued = True
        elif len(run) <= MAX_RUN:
            if len(_WHOLE) >= _WHOLE_MAX:
                _WHOLE.clear()
            _WHOLE.add(run)
    # (no run splits: the text is its own result, as the substitution would give it back)
    return _RUN_RE.sub(_spaced, text) if glued else text


def _spaced(match: re.Match[str]) -> str:
    # (one function for every text, not one made per call; the run read once)
    run = match.group()
    words = split_glued(run)
    return " ".join(words) if words else run
