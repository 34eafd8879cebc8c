"""ttdn.core.patterns: a guarded pattern finds the same matches, with the same groups."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ttdn.core.patterns import first_characters, guarded

from .strategies import PROPERTY_SETTINGS

_I = re.IGNORECASE

PATTERNS = [
    re.compile(
        r"(?:đã\s+|vừa\s+)?(?:ban\s+hành|(?<=\w\s)có)\s+(?:kế\s+hoạch|(?-i:KH)(?=\s+số))", _I
    ),
    re.compile(r"(?P<org>[ỦU][yỷ]\s+ban|UBND|Sở\s+[A-ZĐ]\w*)(?:\s+(?P<unit>tỉnh|xã))?"),
    re.compile(r"(?i:tại\s+)?Công\s+văn\s+số\s*(\d+)"),
    re.compile(r"(?m)^[ \t]*KẾ\s+HOẠCH\b|\bSố\s*:"),
    re.compile(r"(?:(do)\s+)?(?(1)được|đ)\s*ban\s+hành", _I),
    re.compile(r"a[b-d]+  # a comment closing a verbose pattern", re.VERBOSE),
    re.compile(r"(?>ký|kí)\s+kết|k{1,2}h", _I),
]
TEXT = st.lists(
    st.sampled_from(
        list("abcdkhsyờọKHSUỦĐđ ,.:\n")
        + ["ban hành ", "kế hoạch ", "Công văn số 12", "UBND ", "do ", "Do được "]
        + ["Ủy ban ", "tỉnh ", "có ", "vừa ", "KẾ HOẠCH\n", "Số: ", "được ", "ký kết "]
    ),
    max_size=30,
).map("".join)


@PROPERTY_SETTINGS
@given(text=TEXT)
@pytest.mark.parametrize("pattern", PATTERNS, ids=range(len(PATTERNS)))
def test_the_same_matches_everywhere(pattern, text):
    quick = guarded(pattern)
    assert quick is not pattern

    def seen(p):
        found = [(m.span(), m.groups(), m.groupdict()) for m in p.finditer(text)]
        return found, [p.match(text, i) is not None for i in range(len(text) + 1)], p.sub("_", text)

    assert seen(quick) == seen(pattern)


def test_what_matches_may_start_with():
    assert first_characters(PATTERNS[0]) == {(c, True) for c in "bvđc"}
    assert first_characters(PATTERNS[2]) == {("t", True), ("C", False)}
    assert first_characters(PATTERNS[3]) == {
        (" ", False),
        ("\t", False),
        ("K", False),
        ("S", False),
    }


@pytest.mark.parametrize(
    "source",
    [r"\w+ban", r"(?:x)?", r"[^a]b", r".b", r"(a?)\1b", r"a?|b", r"[\u0000-\uffff]", r"\s*a"],
)
def test_a_pattern_that_may_start_anywhere_is_left_as_it_is(source):
    pattern = re.compile(source)
    assert first_characters(pattern) is None
    assert guarded(pattern) is pattern


def test_an_uncased_letter_compares_as_the_pattern_does():
    # ignoring case, "k" is also the Kelvin sign; the look-ahead compares as the pattern does
    assert guarded(re.compile("k", _I)).search("\u212a") is not None
    assert guarded(re.compile("k")).search("K") is None
