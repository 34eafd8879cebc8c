"""A body consulted is not a coordinating body; a duty's deadline is its last (left23).

"… lấy ý kiến của Sở Tài chính trước ngày 20-6-2022 để hoàn thiện, báo cáo UBND tỉnh trước
ngày 24-6-2022": the lead asks the finance department for its opinion (a step of its own
duty), it does not work with it, and of the two days the duty's deadline is the last one, the
report's; the first is the step's. Variants: "lấy ý kiến của", "xin ý kiến của", "tham khảo
ý kiến của", "lấy ý kiến góp ý của"; days written "20-6-2024", "20/6/2024", "20.6.2024".
Near misses: an appraisal ("lấy ý kiến thẩm định của Phòng …", the corpus's 001: the
appraising body takes part) and "phối hợp với" still coordinate, and a body named before a
day ("phối hợp với Sở Tài chính trước ngày …") is named without the day. Synthetic texts.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def coordinating(result: dict) -> list[list[str]]:
    return [[c["as_written"] for c in t["coordinating"]] for t in result["tasks"]]


def deadlines(result: dict) -> list[list[str]]:
    return [[str(d) for d in (t["timeframe"] or {}).get("deadlines", [])] for t in result["tasks"]]


@pytest.mark.parametrize(
    "consult",
    [
        "lấy ý kiến của Sở Tài chính",
        "xin ý kiến của Sở Tư pháp",
        "tham khảo ý kiến của Sở Nội vụ",
        "lấy ý kiến góp ý của Sở Kế hoạch và Đầu tư",
    ],
)
@pytest.mark.parametrize(
    ("first", "last"),
    [
        ("trước ngày 20-6-2024", "trước ngày 24-6-2024"),
        ("trước ngày 20.6.2024", "chậm nhất ngày 24.6.2024"),
    ],
)
def test_a_body_consulted_does_not_coordinate_and_the_last_day_is_the_deadline(
    consult, first, last
):
    result = read(
        news_of_plan(
            "Phú Yên",
            "UBND tỉnh giao Sở Văn hóa và Thể thao xây dựng dự thảo kế hoạch tổ chức Ngày văn "
            f"hóa Nhật Bản tại tỉnh, {consult} {first} để hoàn thiện, báo cáo UBND tỉnh {last}.\n",
        )
    )
    assert coordinating(result) == [[]]
    assert deadlines(result) == [["2024-06-24"]]


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "lấy ý kiến thẩm định của Phòng Văn hóa và Thông tin huyện",
            ["Phòng Văn hóa và Thông tin huyện"],
        ),
        ("phối hợp với Sở Tài chính", ["Sở Tài chính"]),
        ("phối hợp chặt chẽ với Sở Ngoại vụ", ["Sở Ngoại vụ"]),
    ],
)
def test_near_miss_appraisal_and_partners_still_coordinate_without_the_day(phrase, expected):
    result = read(
        news_of_plan(
            "Phú Yên",
            f"UBND tỉnh giao Sở Văn hóa và Thể thao xây dựng dự thảo kế hoạch, {phrase} trước "
            "ngày 20-6-2024 để hoàn thiện.\n",
        )
    )
    assert coordinating(result) == [expected]
    assert deadlines(result) == [["2024-06-20"]]


def test_near_miss_one_day_is_the_deadline():
    result = read(
        news_of_plan(
            "Phú Yên",
            "UBND tỉnh giao Sở Ngoại vụ tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15-11-2024.\n",
        )
    )
    assert deadlines(result) == [["2024-11-15"]]
