"""The fast clean of article text gives exactly ``core.text.clean_text``'s result."""

from hypothesis import given, settings
from hypothesis import strategies as st

from ttdn.core.text import clean_text
from ttdn.monitoring.ingest.cleaning import clean

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
