"""core.text.clean_text (decision 0016) and NFC/NFD-blind folding and search terms."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ttdn.core.search import _query_terms, _tokens
from ttdn.core.tests.strategies import PROPERTY_SETTINGS, hostile_text
from ttdn.core.text import clean_text, fold

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


@pytest.mark.parametrize(
    ("raw", "multiline", "cleaned"),
    [
        (unicodedata.normalize("NFD", "Truyền thông"), True, "Truyền thông"),
        ("invoice\u202egpj.exe", False, "invoicegpj.exe"),
        ("a" + BIDI + "b", True, "ab"),
        ("\u200eSở\u200f \u200bTT\u200d&\u200cTT\ufeff\u2060\u00ad", True, "Sở TT&TT"),
        (
            "dòng 1\r\ndòng 2\rdòng 3\u2028dòng 4\x85dòng 5",
            True,
            "dòng 1\ndòng 2\ndòng 3\ndòng 4\ndòng 5",
        ),
        ("dòng 1\r\ndòng 2\tcột", False, "dòng 1 dòng 2 cột"),
        ("a\x00b\x07c\x1bd\x7fe\x9bf", True, "abcdef"),
        ("trang 1\x0ctrang 2\x0bdòng\x1fcột", True, "trang 1\ntrang 2\ndòng cột"),
        ("\ud800lẻ", True, "lẻ"),
        ("  giữ nguyên  khoảng trắng ", False, "  giữ nguyên  khoảng trắng "),
        ("", True, ""),
        (None, False, ""),
    ],
)
def test_clean_text(raw, multiline, cleaned):
    assert clean_text(raw, multiline=multiline) == cleaned


def test_emoji_and_private_use_characters_are_kept():
    assert clean_text("Tốt 👍 \ue000") == "Tốt 👍 \ue000"


REMOVED = {"Cc", "Cf", "Cs", "Zl", "Zp"}


@PROPERTY_SETTINGS
@given(text=hostile_text(), multiline=st.booleans())
def test_clean_text_leaves_only_safe_nfc_text_and_is_idempotent(text, multiline):
    cleaned = clean_text(text, multiline=multiline)
    allowed = {"\n", "\t"} if multiline else set()
    assert all(ch in allowed or unicodedata.category(ch) not in REMOVED for ch in cleaned)
    assert unicodedata.is_normalized("NFC", cleaned)
    assert clean_text(cleaned, multiline=multiline) == cleaned
    assert "\x00" not in cleaned
    assert cleaned.splitlines() == cleaned.split("\n")[: len(cleaned.splitlines())]
    assert not any(ch in cleaned for ch in "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
    cleaned.encode("utf-8")  # no lone surrogates


@PROPERTY_SETTINGS
@given(text=hostile_text())
def test_folding_and_search_terms_ignore_nfc_or_nfd(text):
    nfc, nfd = (unicodedata.normalize(form, text) for form in ("NFC", "NFD"))
    assert fold(nfc) == fold(nfd)
    assert _tokens(nfc) == _tokens(nfd)
    assert _query_terms(nfc) == _query_terms(nfd)


def test_a_long_decomposed_query_keeps_the_same_words_as_its_composed_form():
    text = "Truyền thông đối ngoại " * 60  # > MAX_QUERY_CHARS once decomposed
    assert _query_terms(unicodedata.normalize("NFD", text)) == _query_terms(text)
