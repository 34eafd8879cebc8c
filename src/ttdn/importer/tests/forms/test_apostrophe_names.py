"""A leader's name written with an apostrophe after its first letter, as names of the Central
Highlands peoples are ("H’Liên Niê", "Y’Thoan Byă", "H'Mai Ksơr"): a person, never the place
of the body before it ("Phó Chủ tịch UBND tỉnh H’Liên Niê" is not a province "H"). The body
written without its place takes the province the text names bare.

Each text is written for the test in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import assert_read

pytestmark = pytest.mark.django_db


def _review(leader: str, province: str = "Gia Lai") -> str:
    return (
        "Tổng kết công tác đối ngoại năm 2023\n"
        "Chiều 26/12, Sở Ngoại vụ tổ chức Hội nghị tổng kết công tác đối ngoại năm 2023 và "
        "triển khai nhiệm vụ năm 2024.\n"
        f"Phó Chủ tịch UBND tỉnh {leader} dự và chỉ đạo hội nghị.\n"
        f"Năm 2023, {province} đã đón nhiều đoàn khách quốc tế đến làm việc.\n"
        f"Phó Chủ tịch UBND tỉnh {leader} phát biểu kết luận hội nghị.\n"
    )


LEADERS = ["H’Liên Niê", "H'Mai Ksơr", "Y’Thoan Byă", "Y'Bhin Mlô", "R’Chăm Thuyên"]


@pytest.mark.parametrize("leader", LEADERS)
def test_a_name_with_an_apostrophe_is_no_place(directory, leader):
    assert_read(
        _review(leader),
        {"issuer": "Sở Ngoại vụ tỉnh Gia Lai", "level": "department", "locality": "Gia Lai"},
    )


def test_a_province_after_the_unit_word_is_still_read(directory):
    # (near miss: the province written after the unit word, the chair not named)
    text = _review("Kon Tum", province="tỉnh")
    assert_read(text, {"issuer": "Sở Ngoại vụ tỉnh Kon Tum", "locality": "Kon Tum"})
