"""A plan told by its name and its holder, with no number (left24).

"Kế hoạch tổ chức Ngày hội Biên phòng toàn dân do UBND tỉnh ban hành với nhiều nội dung …":
the news names the plan, then the body that issued it ("do <body> (vừa) ban hành"); the name
before "do" is the plan's title, with no year to end it. Near miss: a plan cited with no
holder after it ("Kế hoạch tổ chức Ngày hội … được triển khai …") gives no title from here.
Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def news(sentence: str) -> str:
    return (
        "Tổ chức Ngày hội Biên phòng toàn dân\n\nThứ hai, ngày 22/03/2021 | 03:16 PM\n"
        f"{sentence}\n\nMục đích của kế hoạch nhằm nâng cao nhận thức của Nhân dân về chủ quyền "
        "biên giới.\n"
    )


@pytest.mark.parametrize(
    "name",
    [
        "Kế hoạch tổ chức Ngày hội Biên phòng toàn dân",
        "Kế hoạch tuyên truyền về chủ quyền biển, đảo",
        "Kế hoạch thông tin đối ngoại",
    ],
)
@pytest.mark.parametrize(
    "holder", ["do UBND tỉnh ban hành", "do Ủy ban nhân dân tỉnh vừa ban hành"]
)
def test_the_name_before_its_holder_is_the_title(name, holder):
    result = read(
        news(f"{name} {holder} với nhiều nội dung tuyên truyền, nâng cao nhận thức của Nhân dân.")
    )
    assert result["title"] == name


def test_near_miss_a_plan_with_no_holder():
    result = read(
        news(
            "Kế hoạch tổ chức Ngày hội Biên phòng toàn dân được triển khai với nhiều nội dung "
            "tuyên truyền."
        )
    )
    assert result["title"] is None
