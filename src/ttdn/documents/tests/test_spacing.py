"""Spaces put back between glued Vietnamese words (``ttdn.documents.spacing``)."""

from __future__ import annotations

import pytest

from ttdn.documents.readers import read_document
from ttdn.documents.spacing import _split_glued, restore_spaces, split_glued


@pytest.mark.parametrize(
    ("glued", "words"),
    [
        ("QUYẾTĐỊNH", ("QUYẾT", "ĐỊNH")),  # both parts marked
        ("BANHÀNH", ("BAN", "HÀNH")),  # a frequent word
        ("Ngoạigiao", ("Ngoại", "giao")),
        ("địnhsố", ("định", "số")),
        ("SởNgoại", ("Sở", "Ngoại")),  # a small letter before a capital
        ("vàUBND", ("và", "UBND")),
        ("UBNDtỉnh", ("UBND", "tỉnh")),  # an abbreviation before a frequent word
        ("hóađốingoại", ("hóa", "đối", "ngoại")),  # three words
    ],
)
def test_glued_words_come_apart(glued, words):
    assert split_glued(glued) == words


@pytest.mark.parametrize(
    "word",
    [
        "panô",  # a loanword of two syllables, no evidence it is two words
        "Đắk",  # a place's word that is no standard syllable
        "Krông",
        "BThông",  # a capital run before small letters: a word cut, not two words
        "Baoquocte",  # ASCII: a site's name, left alone
        "thông",
        "NGHIÊNG",
    ],
)
def test_words_stay_whole(word):
    assert split_glued(word) is None


def test_text_keeps_everything_else():
    text = "Số: 2477/QĐ-UBND\nQUYẾTĐỊNH\nCăn cứ Quyết địnhsố 210/QĐ-TTg; Đắk Lắk, panô."
    assert restore_spaces(text) == (
        "Số: 2477/QĐ-UBND\nQUYẾT ĐỊNH\nCăn cứ Quyết định số 210/QĐ-TTg; Đắk Lắk, panô."
    )


def test_a_read_copy_with_glued_words_reads_as_written(tmp_path):
    """A legal site's copy that lost its line ends: the decision is read as one, and the
    offsets of a table's cells still point at their text."""
    path = tmp_path / "qd.html"
    path.write_text(
        "<html><body><p>QUYẾTĐỊNH</p><p>BANHÀNH KẾ HOẠCH thông tin đối ngoại</p>"
        "<table><tr><td>1</td><td>Tuyên truyền vềbiển đảo</td><td>SởNgoại vụ</td></tr>"
        "<tr><td>2</td><td>Tập huấn</td><td>Sở Thông tin</td></tr></table></body></html>",
        encoding="utf-8",
    )
    document = read_document(path, name=path.name)
    assert "QUYẾT ĐỊNH" in document.text and "BAN HÀNH KẾ HOẠCH" in document.text
    cells = [cell for table in document.tables for row in table.rows for cell in row]
    assert "Sở Ngoại vụ" in [cell.text for cell in cells]
    for cell in cells:
        assert document.text[cell.start : cell.end] == cell.text


def test_a_run_longer_than_three_words_is_left_alone_and_not_cached():
    # A copy with every space lost, or hostile input: one run of hundreds of letters. Trying
    # its splits took time in the square of its length and the cache kept every such run
    # (a 400 KB text read for minutes and held gigabytes in a worker).
    run = "Phốihợptuyêntruyềnbiểnđảo" + "vàcuộcthiviếtthư" * 12
    before = _split_glued.cache_info().currsize
    assert restore_spaces(f"{run}.") == f"{run}."
    assert split_glued(run) is None
    assert _split_glued.cache_info().currsize == before
    # Three glued words still come apart.
    assert restore_spaces("Phốihợptuyên") == "Phối hợp tuyên"


def test_a_long_token_is_judged_but_not_cached():
    from ttdn.documents.encodings import _judge_syllable, judge_syllable

    before = _judge_syllable.cache_info().currsize
    assert judge_syllable("nghiêng" * 40) == -1
    assert judge_syllable("HĐNDUBNDTTĐNBTGTU") == 0  # capitals: an abbreviation
    assert _judge_syllable.cache_info().currsize == before
    assert judge_syllable("nghiêng") == 1


def test_runs_known_whole_do_not_hide_a_glued_one():
    """``restore_spaces`` keeps the runs it has found to be one word, so a text of known words
    is given back at once; a glued run met later, beside known ones, is still split, and a
    text read twice reads the same."""
    plain = "Phối hợp tuyên truyền về biên giới"
    assert restore_spaces(plain) == plain
    assert restore_spaces(plain) == plain
    glued = "Phối hợp tuyên truyền về biêngiới"
    assert restore_spaces(glued) == "Phối hợp tuyên truyền về biên giới"
    assert restore_spaces(glued) == "Phối hợp tuyên truyền về biên giới"
