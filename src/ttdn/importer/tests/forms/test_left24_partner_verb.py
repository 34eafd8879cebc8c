"""A partner named just before the verb of the duty it shares (left24).

"Công an tỉnh phối hợp với Sở Ngoại vụ quản lý hoạt động của phóng viên nước ngoài …": the
partners end where the duty's verb starts, also when that verb is one that is a noun inside
names ("quản lý", "hỗ trợ", "giới thiệu", "phát triển": "Ban Quản lý …", "Trung tâm Hỗ trợ
…"). Written in lower case after a body's name, not after the head of a name ("Ban quản lý
khu kinh tế", "Trung tâm hỗ trợ …", "Quỹ hỗ trợ …"), it is the verb. Near misses: those
names as partners keep their whole name. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def coordinating(result: dict) -> list[list[str]]:
    return [[c["as_written"] for c in t["coordinating"]] for t in result["tasks"]]


PARTNERS = [
    "Sở Ngoại vụ",
    "Sở Văn hóa, Thể thao và Du lịch",
    "Ban Tuyên giáo Tỉnh ủy",
    "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
]
DUTIES = [
    "quản lý hoạt động của phóng viên nước ngoài tại tỉnh",
    "hỗ trợ các cơ quan báo chí nước ngoài tác nghiệp",
    "giới thiệu hình ảnh, con người của tỉnh với bạn bè quốc tế",
    "phát triển các sản phẩm thông tin đối ngoại",
]


@pytest.mark.parametrize("partner", PARTNERS)
@pytest.mark.parametrize("duty", DUTIES)
def test_the_partner_ends_at_the_verb_of_the_duty(partner, duty):
    result = read(
        news_of_plan("Phú Yên", f"UBND tỉnh giao Công an tỉnh phối hợp với {partner} {duty}.\n")
    )
    assert coordinating(result) == [[partner]]


@pytest.mark.parametrize(
    "partner",
    [
        "Ban quản lý khu kinh tế tỉnh",
        "Ban Quản lý các khu công nghiệp",
        "Trung tâm hỗ trợ doanh nghiệp",
        "Ban quản lý dự án phát triển đô thị tỉnh",
        "Trung tâm Xúc tiến đầu tư, thương mại và du lịch",
    ],
)
def test_near_miss_a_name_holding_the_word_is_whole(partner):
    result = read(
        news_of_plan(
            "Phú Yên",
            f"UBND tỉnh giao Sở Ngoại vụ phối hợp với {partner} tổ chức hội nghị xúc tiến.\n",
        )
    )
    assert coordinating(result) == [[partner]]
