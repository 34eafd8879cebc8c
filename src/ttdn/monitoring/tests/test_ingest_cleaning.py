"""The fast clean and fold of article text give exactly ``core.text``'s results."""

from hypothesis import given, settings
from hypothesis import strategies as st

from ttdn.core.text import clean_text, fold
from ttdn.monitoring.ingest.cleaning import clean
from ttdn.monitoring.ingest.cleaning import fold as fast_fold

# Vietnamese letters (precomposed and decomposed), and every kind of character that
# clean_text removes or turns into a space or a line break
TRICKY = (
    "aăâđêôơư Đồng Nai e\u0301o\u0300\n\t\r\r\n\x0b\x0c\x00\x1c\x1f\x7f\x85\u00ad"
    "\u200b\u200d\u200e\u202e\u2066\u2028\u2029\ufeff\U000e0001"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(TRICKY) | st.characters(), max_size=60), st.booleans())
def test_clean_is_clean_text(text, multiline):
    assert clean(text, multiline=multiline) == clean_text(text, multiline=multiline)


def test_clean_text_of_an_article_is_only_normalised():
    decomposed = "Đo\u0302\u0300ng Nai thu hút đầu tư\nDòng hai"
    assert clean(decomposed) == "Đồng Nai thu hút đầu tư\nDòng hai"
    assert clean("Biên\u200bHòa\u202e", multiline=False) == "BiênHòa"
    assert clean("a\nb", multiline=False) == "a b"
    assert clean(None) == ""


# whitespace of every kind (U+2000 decomposes to U+2002), marks alone and at a word's
# start, the final sigma, dotted capital I (lower case adds a combining dot), đ/Đ
FOLDING = (
    "aăâđĐêôơư Đồng Nai e\u0301o\u0300 \n\t\r\x0b\x0c\x1c\x1f\x85\xa0\u2000\u2028\u3000"
    "\u0301\u0323ΣσςΟΔΥΣ İI\u0307 ǅﬁ 同奈"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(FOLDING) | st.characters(), min_size=150, max_size=400))
def test_fold_is_core_fold_on_long_text(text):
    assert fast_fold(text) == fold(text)


def test_fold_of_an_article():
    text = "  ĐỒNG NAI  thu hút\u2000đầu tư \u0301 ΟΔΥΣΣΕΥΣ\n" * 20
    assert fast_fold(text) == fold(text)
    assert fast_fold(text).startswith("dong nai thu hut dau tu οδυσσευς dong")
    assert fast_fold("Biên Hòa") == "bien hoa" and fast_fold(None) == ""
