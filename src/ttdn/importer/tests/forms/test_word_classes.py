"""The classes of words the prose rules share (:mod:`ttdn.importer.extract.common`), as their
rules use them: the verbs that are words of a body's name are noun-like duty verbs, and each
class, made a pattern, reads every word it names whatever blanks a copy left between its
words."""

from __future__ import annotations

import re

import pytest

from ttdn.importer.extract.common import (
    BARE_BODIES,
    DUTY_VERBS,
    NAME_WORD_VERBS,
    NOUN_LIKE,
    OFFICES,
    PEOPLE_AT_WORK,
    PEOPLE_OF_TRADE,
    words_pattern,
)


def test_the_verbs_of_names_are_noun_like_duty_verbs():
    assert set(NAME_WORD_VERBS) <= NOUN_LIKE
    assert set(NAME_WORD_VERBS) <= set(DUTY_VERBS)


@pytest.mark.parametrize(
    "words", [NAME_WORD_VERBS, PEOPLE_AT_WORK, PEOPLE_OF_TRADE, OFFICES, BARE_BODIES]
)
def test_each_class_made_a_pattern_reads_its_words(words):
    pattern = re.compile(words_pattern(words) + r"$")
    for word in words:
        assert pattern.match(word)
        assert pattern.match(word.replace(" ", " \u00a0 "))


def test_no_level_alone_is_a_bare_body():
    # "tỉnh sẽ …", "phường tập trung …": the place itself, no body that leads
    assert not {"tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường"} & set(BARE_BODIES)
