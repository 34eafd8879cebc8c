"""The bodies a lead is to work with coordinate (batch 23).

"UBND tỉnh đề nghị Sở Văn hóa, Thể thao và Du lịch chủ trì, làm việc trực tiếp với Sở Ngoại
vụ và các đơn vị liên quan; …": the lead in charge is to work with them on the duty, as with
"phối hợp với" (the corpus's convention). Variants: "làm việc với", "làm việc trực tiếp
với", after "chủ trì," or "chủ trì và". Near misses: "phối hợp với" read as before; the
guests a duty meets ("đón tiếp và làm việc với Đoàn …", "gặp mặt, làm việc với các tổ chức
phi chính phủ nước ngoài") do not coordinate. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def coordinating(result: dict) -> list[list[str]]:
    return [[c["as_written"] for c in t["coordinating"]] for t in result["tasks"]]


@pytest.mark.parametrize(
    "verb",
    [
        "chủ trì, làm việc trực tiếp với",
        "chủ trì, làm việc với",
        "chủ trì và làm việc với",
        "chủ trì, phối hợp với",
    ],
)
def test_the_bodies_a_lead_works_with_coordinate(verb):
    result = read(
        news_of_plan(
            "Phú Yên",
            f"UBND tỉnh giao Sở Văn hóa và Thể thao {verb} Sở Ngoại vụ và các đơn vị liên quan "
            "xây dựng kế hoạch tổ chức Ngày văn hóa Hàn Quốc tại tỉnh.\n",
        )
    )
    assert coordinating(result) == [["Sở Ngoại vụ", "các đơn vị liên quan"]]


@pytest.mark.parametrize(
    "met",
    [
        "chuẩn bị đón tiếp và làm việc với Đoàn đại biểu tỉnh Xiêng Khoảng",
        "tổ chức đoàn công tác gặp mặt, làm việc với các tổ chức phi chính phủ nước ngoài",
    ],
)
def test_near_miss_the_guests_a_duty_meets_do_not_coordinate(met):
    result = read(news_of_plan("Phú Yên", f"UBND tỉnh giao Sở Ngoại vụ {met}.\n"))
    assert coordinating(result) == [[]]
