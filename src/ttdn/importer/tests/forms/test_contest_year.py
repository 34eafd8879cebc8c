"""The period of news of a letter about a contest: the year that closes the contest's name
("hưởng ứng Cuộc thi: Tìm hiểu … năm 2023", "Cuộc thi trắc nghiệm … năm 2024") is the
contest's, not a year's work, so the letter has no period (the corpus's convention, as for a
law named with its year). Near misses: the year of the work the letter names, with no
contest, is still its period.

Each text is written for the test in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import assert_read

pytestmark = pytest.mark.django_db


def _letter(subject: str) -> str:
    return (
        "Ngày 8/6/2023, Sở Thông tin và Truyền thông tỉnh Yên Bái có Công văn số "
        f"640/STTTT-TTBCXB đề nghị các cơ quan báo chí {subject}.\n"
        "Các cơ quan, đơn vị triển khai nghiêm túc.\n"
    )


CONTESTS = [
    "tuyên truyền, hưởng ứng Cuộc thi: Tìm hiểu về biên giới quốc gia, chủ quyền biển, đảo năm "
    "2023",
    "tuyên truyền Cuộc thi trắc nghiệm trực tuyến tìm hiểu Luật Biên phòng Việt Nam năm 2023",
    "phổ biến rộng rãi Hội thi tuyên truyền viên giỏi về thông tin đối ngoại năm 2023",
]


@pytest.mark.parametrize("subject", CONTESTS)
def test_the_year_of_a_contest_is_no_period(directory, subject):
    assert_read(_letter(subject), {"doc_type": "other", "period": None})


def test_the_year_of_the_work_is_the_period(directory):
    assert_read(
        _letter("đẩy mạnh tuyên truyền công tác thông tin đối ngoại năm 2023"),
        {"doc_type": "other", "period": (2023, 2023)},
    )
