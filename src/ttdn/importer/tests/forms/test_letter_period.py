"""The period of news of a letter: the year its subject names, not the year in the name of
a law, convention or constitution its subject is about ("Công ước … về Luật Biển năm
1982", "Hiến pháp năm 2013").

Each text is written for the test in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import assert_read

pytestmark = pytest.mark.django_db


def _letter(subject: str) -> str:
    return (
        "Ngày 5/9/2023, Sở Thông tin và Truyền thông tỉnh Yên Bái đã ban hành Công văn số "
        f"812/STTTT-TTBCXB về việc {subject}.\n"
        "Công văn đề nghị các cơ quan báo chí đẩy mạnh tuyên truyền.\n"
    )


LAW_YEARS = [
    "tuyên truyền Cuộc thi “Tìm hiểu Công ước Liên hợp quốc về Luật Biển năm 1982”",
    "tuyên truyền kỷ niệm 10 năm Hiến pháp năm 2013",
    "phổ biến Luật Biên phòng Việt Nam năm 2020 tới người dân vùng biên",
]


@pytest.mark.parametrize("subject", LAW_YEARS)
def test_the_year_of_a_law_named_is_no_period(directory, subject):
    assert_read(_letter(subject), {"doc_type": "other", "period": None})


def test_the_year_of_the_work_named_is_the_period(directory):
    assert_read(
        _letter("tuyên truyền công tác biển, đảo năm 2023"),
        {"doc_type": "other", "period": (2023, 2023)},
    )
