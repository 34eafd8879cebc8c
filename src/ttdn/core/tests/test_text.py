import unicodedata

import pytest

from ttdn.core.text import fold, fold_words, squash


@pytest.mark.parametrize(
    ("raw", "folded"),
    [
        ("Sở Thông tin và Truyền thông", "so thong tin va truyen thong"),
        ("ĐỒNG NAI", "dong nai"),
        ("Đài PT-TH Đồng Nai", "dai pt-th dong nai"),
        ("Kế  hoạch\tthông tin", "ke hoach thong tin"),
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
