"""A deadline's day written without "ngày" ("… báo cáo UBND tỉnh trước 20/7/2018") (left23).

"Văn phòng UBND tỉnh chủ trì … dự thảo Quy định …; dự thảo báo cáo UBND tỉnh trước 20/7/2018":
a whole day (day, month and year) after "trước", "chậm nhất", "vào" is the duty's deadline as
"trước ngày 20/7/2018" is; written with "/", "-" or ".". Near misses: a fraction or a share
("trong 2/3 số xã", "đạt 100% …") and a day with no year ("trước 20/7", ambiguous with a
fraction) give no deadline. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def deadlines(result: dict) -> list[list[str]]:
    return [[str(d) for d in (t["timeframe"] or {}).get("deadlines", [])] for t in result["tasks"]]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        ("trước 20/7/2024", "2024-07-20"),
        ("trước 20-7-2024", "2024-07-20"),
        ("chậm nhất 15.11.2024", "2024-11-15"),
        ("trước 5/9/2024", "2024-09-05"),
    ],
)
def test_a_whole_day_without_ngay_is_the_deadline(phrase, expected):
    result = read(
        news_of_plan(
            "Phú Yên",
            "UBND tỉnh giao Văn phòng UBND tỉnh chủ trì dự thảo quy chế phát ngôn, báo cáo UBND "
            f"tỉnh {phrase}.\n",
        )
    )
    assert deadlines(result) == [[expected]]


@pytest.mark.parametrize(
    "phrase",
    ["trong 2/3 số xã biên giới", "trước 20/7"],
)
def test_near_miss_a_fraction_or_a_day_without_year(phrase):
    result = read(
        news_of_plan(
            "Phú Yên",
            f"UBND tỉnh giao Sở Ngoại vụ tổ chức tuyên truyền về biên giới {phrase}.\n",
        )
    )
    assert deadlines(result) == [[]]
