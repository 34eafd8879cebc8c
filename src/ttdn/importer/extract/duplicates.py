"""The same task written twice: in a plan's prose and again in its annex table.

A plan often lists its tasks in its sections and again, row by row, in the annex that
assigns them ("PHỤ LỤC / PHÂN CÔNG NHIỆM VỤ …"); sent as two files, or read from one, the
review would hold each such task twice. Two wordings are one task when

- they are nearly the same text (rapidfuzz ratio ≥ ``SAME_RATIO``) and name the same
  numbers and proper names, or
- every word of the shorter one but its small words ("và", "các", "của" …) is found, in
  its order and close together, in the longer one: the prose adds its frame ("Sở Ngoại vụ
  chủ trì, phối hợp … tổ chức …") or a detail around the annex row's words.

Two tasks that differ in a word that matters (a place, a year, a partner: "… Việt Nam -
Lào" and "… Việt Nam - Campuchia") are not one.
"""

from __future__ import annotations

import dataclasses
import re

from rapidfuzz import fuzz

from ttdn.core.text import squash
from ttdn.importer.result import ExtractedTask

SAME_RATIO = 90  # rapidfuzz ratio from which two wordings are one
MIN_WORDS = 6  # words (small words aside) the shorter wording has at least, to be found inside
SPREAD = 1.5  # how much wider than the shorter wording its words may stand in the longer
SMALL_WORDS = frozenset(
    {
        "và",
        "các",
        "của",
        "cho",
        "về",
        "trên",
        "với",
        "để",
        "những",
        "một",
        "số",
        "trong",
        "tại",
        "theo",
        "đến",
        "từ",
        "có",
        "được",
        "là",
        "như",
        "nhằm",
        "hoặc",
        "cũng",
        "đã",
        "sẽ",
        "này",
        "đó",
    }
)
_WORD_RE = re.compile(r"\w+")


def _key_words(text: str) -> list[str]:
    """The words that tell one task from a near twin: numbers and names (a capital inside
    the sentence): "45", "Nhật", "Bản", "Lào"."""
    words = _WORD_RE.findall(squash(text))[1:]
    return sorted(w for w in words if w[0].isupper() or any(c.isdigit() for c in w))


def _words(text: str) -> list[str]:
    return _WORD_RE.findall(squash(text).lower())


def _found_inside(short: list[str], long: list[str]) -> bool:
    """Whether the words of ``short`` (small words aside) stand in ``long`` in their order,
    within a stretch at most ``SPREAD`` times as long as ``short``."""
    wanted = [w for w in short if w not in SMALL_WORDS]
    if len(wanted) < MIN_WORDS:
        return False
    limit = SPREAD * len(short) + 2
    for first, word in enumerate(long):
        if word != wanted[0]:
            continue
        at, position = 1, first
        for position in range(first + 1, len(long)):
            if at == len(wanted) or position - first >= limit:
                break
            if long[position] == wanted[at]:
                at += 1
        if at == len(wanted) and position - first < limit:
            return True
    return False


def same_task(one: str, other: str) -> bool:
    """Whether ``one`` and ``other`` are the same task worded twice."""
    a, b = squash(one).lower(), squash(other).lower()
    if fuzz.ratio(a, b) >= SAME_RATIO and _key_words(one) == _key_words(other):
        return True
    words_a, words_b = _words(a), _words(b)
    short, long = sorted((words_a, words_b), key=len)
    return _found_inside(short, long)


def merged(row: ExtractedTask, prose: ExtractedTask) -> ExtractedTask:
    """The annex ``row`` standing for both wordings: its own lead, coordinating bodies and
    timeframe, each taken from ``prose`` only when the row has none; the prose's words when
    they hold more than the row's (the row's words inside them), so that nothing is lost."""
    longer = len(_words(prose.text)) > len(_words(row.text))
    return dataclasses.replace(
        row,
        text=prose.text if longer else row.text,
        start=prose.start if longer else row.start,
        end=prose.end if longer else row.end,
        lead=row.lead or prose.lead,
        coordinating=row.coordinating or prose.coordinating,
        timeframe=row.timeframe or prose.timeframe,
        group=row.group or prose.group,
    )


def without_repeats(prose: list[ExtractedTask], rows: list[ExtractedTask]) -> list[ExtractedTask]:
    """A plan's prose tasks and its annex rows read from one document, each duty once: a
    prose task the annex repeats is merged into the row (:func:`merged`)."""
    rows = list(rows)
    kept = []
    for task in prose:
        same = next((i for i, row in enumerate(rows) if same_task(task.text, row.text)), None)
        if same is None:
            kept.append(task)
        else:
            rows[same] = merged(rows[same], task)
    return kept + rows
