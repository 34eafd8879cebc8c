"""A review of a number of years whose span is not written (forms24m, batch 24's form 5):
"… đã diễn ra Hội nghị sơ kết 15 năm kết nghĩa giữa bản La Lay xã A Ngo … với bản …", the
twinning's first year only recalled in a background sentence ("Năm 2007, … hai bản đã tổ
chức kết nghĩa"): a report with no period (the corpus's convention: a review of N years whose
span is not written has no period), not the background year nor the year of posting. Near
misses: the span written ("sơ kết 5 năm … giai đoạn 2019-2024") and a year's review
("tổng kết công tác năm 2023") keep their years."""

from __future__ import annotations

import pytest

from .support import assert_read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

BACKGROUND = (
    "Năm 2007, thực hiện chủ trương của hai Đảng, hai Nhà nước về xây dựng đường biên giới "
    "hòa bình, hữu nghị, hai bản đã tổ chức kết nghĩa.\n"
    "Qua các năm, hai bên đã thường xuyên trao đổi, giúp đỡ nhau phát triển sản xuất.\n"
)

REVIEWS = [
    "Mới đây, tại tỉnh Quảng Trị đã diễn ra Hội nghị sơ kết 15 năm kết nghĩa giữa bản La Lay "
    "xã A Ngo, huyện Đakrông, tỉnh Quảng Trị với bản La Lay A Sói, tỉnh Salavan (Lào).\n"
    + BACKGROUND,
    "Ngày 10/8/2022, UBND xã Sơn Kim 2 tổ chức hội nghị tổng kết 10 năm kết nghĩa với bản Na "
    "Pê, huyện Khăm Cợt, tỉnh Bô Ly Khăm Xay (Lào).\n" + BACKGROUND,
    "Hội nghị sơ kết 5 năm thực hiện mô hình kết nghĩa cụm dân cư hai bên biên giới đã được "
    "tổ chức tại huyện Hướng Hóa, tỉnh Quảng Trị.\n" + BACKGROUND,
]


@pytest.mark.parametrize("text", REVIEWS)
def test_a_review_of_years_with_no_span_written_has_no_period(text):
    assert_read(text, {"doc_type": "report", "period": None})


# Near misses: the span written; a year's review.
SPANS = [
    (
        "Ngày 22/2, UBND huyện Hướng Hóa tổ chức Hội nghị sơ kết 5 năm thực hiện mô hình kết "
        "nghĩa giai đoạn 2019-2024.\n" + BACKGROUND,
        (2019, 2024),
    ),
    (
        "Ngày 28/12/2023, Sở Ngoại vụ tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác năm "
        "2023.\n" + BACKGROUND,
        (2023, 2023),
    ),
]


@pytest.mark.parametrize(("text", "period"), SPANS)
def test_a_review_with_its_years_written_keeps_them(text, period):
    assert_read(text, {"doc_type": "report", "period": period})
