"""A requirement in the middle of an ask's list drops no later item (mend).

"… đề nghị: các sở … ; việc tổ chức … phải bảo đảm …; UBND các huyện …; Sở X …": the item
that gives no body work (how the work is done: "… phải bảo đảm tiết kiệm", "bảo đảm đúng
thời gian …") is no task, and every item after it that names its body is read, led by it,
with or without the colon after the ask. Near misses: a requirement that is its own sentence
still takes the rest of its sentence with it ("Các hoạt động phải bảo đảm …; tránh …"); a
duty to keep order ("bảo đảm an ninh, trật tự") is still a duty. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def leads_of(body: str) -> list[list[str]]:
    return [lead for _t, lead in texts_and_leads(read(news_of_plan("Phú Yên", body + "\n")))]


@pytest.mark.parametrize(
    "requirement",
    [
        "việc tổ chức các hoạt động phải bảo đảm tiết kiệm, hiệu quả",
        "các hoạt động cần gắn với nhiệm vụ chính trị của địa phương",
        "bảo đảm đúng thời gian và chất lượng báo cáo",
        "đảm bảo đúng tiến độ đề ra",
    ],
)
@pytest.mark.parametrize("ask", ["Phó Chủ tịch UBND tỉnh đề nghị:", "UBND tỉnh yêu cầu"])
def test_the_items_after_a_requirement_are_read(ask, requirement):
    body = (
        f"Tại hội nghị, {ask} các sở, ngành tăng cường tuyên truyền về biên giới; {requirement}; "
        "UBND các huyện chủ động nắm tình hình dư luận; Sở Ngoại vụ tổng hợp kết quả."
    )
    assert leads_of(body) == [["các sở, ngành"], ["UBND các huyện"], ["Sở Ngoại vụ"]]


def test_near_miss_a_requirement_of_its_own_sentence_takes_its_sentence():
    body = (
        "UBND tỉnh giao Sở Ngoại vụ chủ trì tổ chức hội nghị tập huấn. Các hoạt động phải bảo "
        "đảm tiết kiệm; tránh phô trương, hình thức."
    )
    assert leads_of(body) == [["Sở Ngoại vụ"]]


def test_near_miss_keeping_order_is_a_duty():
    body = (
        "UBND tỉnh đề nghị: các sở, ngành tăng cường tuyên truyền về biên giới; Công an tỉnh bảo "
        "đảm an ninh, trật tự các sự kiện; UBND các huyện chủ động nắm tình hình dư luận."
    )
    assert leads_of(body) == [["các sở, ngành"], ["Công an tỉnh"], ["UBND các huyện"]]
