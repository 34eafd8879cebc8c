"""A text that speaks of "trên địa bàn huyện" / "trên địa bàn xã" with no name is the
district's or the commune's own (mend).

A news item or a summary that names no issuing body nor any place, telling work done "trên
địa bàn huyện" (or "quận", "thị xã") is at the district's level; "trên địa bàn xã" ("phường",
"thị trấn") at the commune's, as "trên địa bàn tỉnh" is the province's. Near misses: a
province's text that speaks of one of its districts stays the province's; a district named
after the words ("trên địa bàn huyện Tuy An") is a place, not the writer's own; the
committee ("trên địa bàn huyện ủy …") is no unit. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def item(who: str, where: str) -> str:
    return (
        "Đẩy mạnh tuyên truyền chủ quyền biển, đảo\n"
        f"Năm 2024, {who} đã phối hợp tổ chức 14 buổi tuyên truyền về chủ quyền biển, đảo "
        f"{where}, thu hút hơn 1.500 lượt người tham dự.\n"
    )


@pytest.mark.parametrize(
    ("who", "where", "level"),
    [
        ("Phòng Văn hóa và Thông tin", "cho nhân dân trên địa bàn huyện", "district"),
        ("Trung tâm Văn hóa - Thể thao", "tại các trường học trên địa bàn thị xã", "district"),
        ("Đoàn Thanh niên và Hội Phụ nữ", "cho các hộ dân trên địa bàn xã", "commune"),
        ("các chi đoàn và tổ dân phố", "tại các khu phố trên địa bàn phường", "commune"),
    ],
)
def test_the_own_unit_word_gives_its_level(who, where, level):
    assert read(item(who, where))["level"] == level


@pytest.mark.parametrize(
    "text",
    [
        item("UBND tỉnh Phú Yên", "cho nhân dân trên địa bàn huyện"),
        item("Sở Ngoại vụ tỉnh Phú Yên", "tại các xã trên địa bàn huyện Tuy An"),
    ],
)
def test_near_miss_a_provinces_text_stays_the_provinces(text):
    assert read(text)["level"] in ("province", "department")


def test_near_miss_a_named_district_is_a_place():
    result = read(item("Phòng Văn hóa và Thông tin", "trên địa bàn huyện Tuy An"))
    assert (result["level"], result["locality"]) == ("district", "Tuy An")
