"""The partners of a duty end where the field they work in begins (batch 25).

"Tăng cường phối hợp với Sở Ngoại vụ, các tổ chức chính trị - xã hội trong vận động, tranh
thủ các nguồn lực …", "Phối hợp với Hội Liên lạc Việt kiều thành phố trong công tác người Việt
Nam ở nước ngoài …": the 'phối hợp với' list ends before "trong" + the work done together (an
activity: "công tác", "việc", "vận động", "triển khai", "tổ chức", "tuyên truyền", …); the
field is no part of the last partner's name. Near misses: "trong" + a place or scope names the
partners ("các cơ quan báo chí trong tỉnh", "… trong và ngoài nước", "… trong khu vực") and
stays with them. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def coordinating(result: dict) -> list[list[str]]:
    return [[c["as_written"] for c in t["coordinating"]] for t in result["tasks"]]


@pytest.mark.parametrize(
    "field",
    [
        "trong vận động, tranh thủ các nguồn lực của các tổ chức phi chính phủ nước ngoài",
        "trong công tác người Việt Nam ở nước ngoài trên địa bàn tỉnh",
        "trong việc tổ chức các hoạt động giao lưu hữu nghị",
        "trong triển khai các hoạt động thông tin đối ngoại",
        "trong tuyên truyền về chủ quyền biển, đảo",
    ],
)
def test_the_partners_end_before_the_field_they_work_in(field):
    result = read(
        news_of_plan(
            "Phú Yên",
            "UBND tỉnh giao Sở Thông tin và Truyền thông tăng cường phối hợp với Sở Ngoại vụ, "
            f"các tổ chức chính trị - xã hội {field}.\n",
        )
    )
    assert coordinating(result) == [["Sở Ngoại vụ", "các tổ chức chính trị - xã hội"]]


@pytest.mark.parametrize(
    "scope",
    ["các cơ quan báo chí trong tỉnh", "các cơ quan báo chí trong và ngoài nước"],
)
def test_near_miss_a_place_after_trong_names_the_partners(scope):
    result = read(
        news_of_plan(
            "Phú Yên",
            f"UBND tỉnh giao Sở Thông tin và Truyền thông phối hợp với {scope} tuyên truyền "
            "về hình ảnh tỉnh.\n",
        )
    )
    assert coordinating(result) == [[scope]]
