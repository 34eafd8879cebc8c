import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ttdn.core.text import _fold, fold, fold_words, squash


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Sở Thông tin và Truyền thông", "so thong tin va truyen thong"),
        ("ĐỒNG NAI", "dong nai"),
        ("Đài PT-TH Đồng Nai", "dai pt-th dong nai"),
        ("Kế  hoạch\tthông tin", "ke hoach thong tin"),
        ("Ban Ðối ngoại, ðoàn", "ban doi ngoai, doan"),  # an eth typed for Đ / đ
    ],
)
def test_fold_removes_diacritics_including_d_bar(raw, folded):
    assert fold(raw) == folded


def test_fold_treats_nfd_and_nfc_alike():
    text = "Ủy ban nhân dân tỉnh Phú Yên"
    assert fold(unicodedata.normalize("NFD", text)) == fold(text) == "uy ban nhan dan tinh phu yen"


def test_fold_words_drops_punctuation():
    assert fold_words("Sở TT&TT, Công an tỉnh") == "so tt tt cong an tinh"


def test_squash_normalises_to_nfc_and_collapses_space():
    assert squash(unicodedata.normalize("NFD", "  Quý  II,\nIII ")) == "Quý II, III"


# whitespace of every kind (U+2000 decomposes to U+2002), marks alone and at a word's
# start, the final sigma, dotted capital I (lower case adds a combining dot), đ/Đ
FOLDING = (
    "aăâđĐêôơư Đồng Nai e\u0301o\u0300 \n\t\r\x0b\x0c\x1c\x1f\x85\xa0\u2000\u2028\u3000"
    "\u0301\u0323ΣσςΟΔΥΣ İI\u0307 ǅﬁ 同奈"
)


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(FOLDING) | st.characters(), min_size=150, max_size=400))
def test_a_long_text_folded_word_by_word_is_the_text_folded_whole(text):
    assert fold(text) == _fold(text)


def test_fold_of_an_article():
    text = "  ĐỒNG NAI  thu hút\u2000đầu tư \u0301 ΟΔΥΣΣΕΥΣ\n" * 20
    assert fold(text) == _fold(text)
    assert fold(text).startswith("dong nai thu hut dau tu οδυσσευς dong")
    assert fold("Biên Hòa") == "bien hoa" and fold(None) == ""
