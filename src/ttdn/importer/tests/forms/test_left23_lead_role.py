"""A body's role before it, a partners' list ending at 'và', partners of bodies directed (left23).

(1) "Là cơ quan quản lý nhà nước về thông tin đối ngoại, Sở Thông tin và Truyền thông chịu
trách nhiệm …": the role the body holds opens the sentence as a leading purpose does; it is
dropped from the task, and the body after it leads (not the one before the sentence).
Variants: "Là cơ quan …", "Là đơn vị …", "Với vai trò (là) cơ quan …", "Với vai trò thường
trực …". Near misses: a body named in the role phrase is not the lead; "Là" inside a sentence
is left.
(2) "… phối hợp với các sở, ngành, cơ quan báo chí và chịu trách nhiệm trước …": the
partners end before 'và' when a verb follows it (the 'và' joins two duties). Near miss: "và"
between two bodies ("với Sở Tư pháp và Sở Nội vụ") keeps both.
(3) "… chủ trì …; chỉ đạo các Đồn Biên phòng hướng dẫn, phối hợp với UBND các xã …": what a
lead is to direct others to do ("chỉ đạo / đôn đốc / chỉ đạo, hướng dẫn <bodies> … phối hợp
với X") names the directed bodies' partners, not the lead's. Near miss: the lead's own
"phối hợp với" before it and a bare "chỉ đạo, phối hợp với X" (the lead's own verbs).
Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def coordinating(result: dict) -> list[list[str]]:
    return [[c["as_written"] for c in t["coordinating"]] for t in result["tasks"]]


_BEFORE = "UBND tỉnh giao Sở Ngoại vụ chủ trì tổ chức hội nghị tập huấn. "


@pytest.mark.parametrize(
    "role",
    [
        "Là cơ quan quản lý nhà nước về thông tin đối ngoại",
        "Là cơ quan thường trực của Ban Chỉ đạo công tác thông tin đối ngoại",
        "Là đơn vị đầu mối về thông tin đối ngoại của tỉnh",
        "Với vai trò là cơ quan tham mưu",
        "Với vai trò cơ quan thường trực",
    ],
)
def test_the_role_before_a_body_is_dropped_and_the_body_leads(role):
    result = read(
        news_of_plan(
            "Phú Yên",
            f"{_BEFORE}{role}, Sở Thông tin và Truyền thông chịu trách nhiệm hướng dẫn các cơ "
            "quan báo chí tuyên truyền về hình ảnh của tỉnh.\n",
        )
    )
    assert texts_and_leads(result)[1] == (
        "Sở Thông tin và Truyền thông chịu trách nhiệm hướng dẫn các cơ quan báo chí tuyên "
        "truyền về hình ảnh của tỉnh",
        ["Sở Thông tin và Truyền thông"],
    )


def test_near_miss_is_inside_a_sentence_is_left():
    result = read(
        news_of_plan(
            "Phú Yên",
            f"{_BEFORE}Sở Thông tin và Truyền thông là cơ quan đầu mối, hướng dẫn các cơ quan "
            "báo chí tuyên truyền về hình ảnh của tỉnh.\n",
        )
    )
    assert texts_and_leads(result)[1][1] == ["Sở Thông tin và Truyền thông"]


@pytest.mark.parametrize(
    ("partners", "verb", "expected"),
    [
        (
            "các sở, ngành, cơ quan báo chí",
            "chịu trách nhiệm trước UBND tỉnh về",
            ["các sở, ngành, cơ quan báo chí"],
        ),
        ("Sở Tư pháp", "hướng dẫn các huyện thực hiện", ["Sở Tư pháp"]),
        ("các đơn vị liên quan", "báo cáo kết quả về", ["các đơn vị liên quan"]),
    ],
)
def test_the_partners_end_before_a_va_joining_two_duties(partners, verb, expected):
    result = read(
        news_of_plan(
            "Phú Yên",
            f"UBND tỉnh giao Sở Ngoại vụ chủ trì, phối hợp với {partners} và {verb} công tác "
            "thông tin đối ngoại.\n",
        )
    )
    assert coordinating(result) == [expected]


def test_near_miss_va_between_two_bodies_keeps_both():
    result = read(
        news_of_plan(
            "Phú Yên",
            "UBND tỉnh giao Sở Ngoại vụ chủ trì, phối hợp với Sở Tư pháp và Sở Nội vụ xây dựng "
            "quy chế phát ngôn.\n",
        )
    )
    assert coordinating(result) == [["Sở Tư pháp", "Sở Nội vụ"]]


@pytest.mark.parametrize(
    "directs",
    [
        "chỉ đạo các Đồn Biên phòng hướng dẫn, phối hợp với UBND các xã biên giới",
        "chỉ đạo, hướng dẫn các Đồn Biên phòng phối hợp với UBND các xã biên giới",
        "đôn đốc các Đồn Biên phòng phối hợp với UBND các xã biên giới",
        "Chỉ đạo các Đồn Biên phòng chủ động phối hợp với UBND các xã biên giới",
    ],
)
def test_the_partners_of_bodies_directed_are_not_the_leads(directs):
    result = read(
        news_of_plan(
            "Phú Yên",
            "UBND tỉnh giao Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì, phối hợp với các cơ quan "
            "liên quan tuyên truyền về biên giới; "
            f"{directs} tổ chức các hoạt động hưởng ứng Ngày Biên phòng toàn dân.\n",
        )
    )
    assert coordinating(result) == [["các cơ quan liên quan"], []]


def test_near_miss_the_leads_own_directing_and_partnering():
    result = read(
        news_of_plan(
            "Phú Yên",
            "UBND tỉnh giao Bộ Chỉ huy Bộ đội Biên phòng tỉnh chủ trì tuyên truyền về biên "
            "giới; chỉ đạo, phối hợp với UBND các xã biên giới tổ chức các hoạt động hưởng ứng "
            "Ngày Biên phòng toàn dân.\n",
        )
    )
    assert coordinating(result) == [[], ["UBND các xã biên giới"]]
