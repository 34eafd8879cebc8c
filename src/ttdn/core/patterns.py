"""Regular expressions searched over whole documents, made faster without changing a match.

Python's ``re`` skips ahead quickly only to a literal prefix or a set of first characters it
can see in the pattern; a pattern that opens with an optional word or an alternation of
many names ("(?:đã\\s+|vừa\\s+)?(?:ban\\s+hành|…)", the names of every kind of body) and
is searched case-insensitively gets neither, and every position of the text is tried with
the whole pattern. :func:`guarded` works out from the pattern itself the characters a match
can start with and puts a look-ahead for them in front: a position that cannot start a match
is left after one character test. The matches are the same at every position (the look-ahead
only checks what the match itself would consume first), and so are the groups.
"""

from __future__ import annotations

import re
from re import _constants as sre
from re import _parser

# A range of characters longer than this is too wide a set to be worth testing first.
MAX_RANGE = 512
_LEADING_FLAGS_RE = re.compile(r"^\(\?[aiLmsux]+\)")


class _Open(Exception):
    """A match may start with any character (or one of too many)."""


def _sequence(items, fold: bool, into: set[tuple[str, bool]]) -> bool:
    """Add to ``into`` the characters (with whether case is ignored) that a match of the
    parsed ``items`` may start with; whether the items may match nothing."""
    return all(_item(op, av, fold, into) for op, av in items)


def _item(op, av, fold: bool, into: set[tuple[str, bool]]) -> bool:
    if op is sre.LITERAL:
        into.add((chr(av), fold))
        return False
    if op is sre.IN:
        for kind, value in av:
            if kind is sre.LITERAL:
                into.add((chr(value), fold))
            elif kind is sre.RANGE and value[1] - value[0] < MAX_RANGE:
                into.update((chr(c), fold) for c in range(value[0], value[1] + 1))
            else:  # a category (\w, \s), a negated set, a wide range
                raise _Open
        return False
    if op is sre.BRANCH:
        # (no short-circuit: every alternative's first characters are needed)
        return any([_sequence(alternative, fold, into) for alternative in av[1]])
    if op is sre.SUBPATTERN:
        _group, add, remove, items = av
        fold = (fold or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
        return _sequence(items, fold, into)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av, fold, into)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, _most, items = av
        return _sequence(items, fold, into) or least == 0
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return True  # takes no character: what follows does
    if op is sre.GROUPREF_EXISTS:
        _group, yes, no = av
        empty = _sequence(yes, fold, into)
        return (_sequence(no, fold, into) if no is not None else True) or empty
    raise _Open  # any character, a back-reference


def first_characters(pattern: re.Pattern[str]) -> set[tuple[str, bool]] | None:
    """The characters a match of ``pattern`` can start with, each with whether it is
    compared ignoring case; None when it may start with any (or match nothing)."""
    if not isinstance(pattern.pattern, str):
        return None
    found: set[tuple[str, bool]] = set()
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        if _sequence(parsed, bool(pattern.flags & re.IGNORECASE), found):
            return None
    except _Open:
        return None
    return found


def guarded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` with a look-ahead for the characters its matches start with, or
    ``pattern`` itself when they may start with any."""
    found = first_characters(pattern)
    if not found:
        return pattern
    sets = []
    for fold, scope in ((False, "(?-i:[{}])"), (True, "(?i:[{}])")):
        chars = sorted(c for c, folded in found if folded == fold)
        if chars:
            sets.append(scope.format("".join(map(re.escape, chars))))
    # Flags written at the pattern's start are in pattern.flags; a comment closing a
    # verbose pattern must not swallow the bracket closing it here.
    body = _LEADING_FLAGS_RE.sub("", pattern.pattern, count=1)
    close = "\n)" if pattern.flags & re.VERBOSE else ")"
    return re.compile(f"(?={'|'.join(sets)})(?:{body}{close}", pattern.flags)
