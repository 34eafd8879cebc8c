"""A committee's ask pasted alone, its ';'-items each naming its body, is one task per item
(mend).

"UBND tỉnh giao: Sở A chủ trì …; Sở B phối hợp …; UBND các huyện …" (also "Chủ tịch UBND
tỉnh giao:", "UBND tỉnh yêu cầu:") pasted alone as one paragraph: each item is a task led by
the body it names. Near miss: items naming no body of their own ("…: tăng cường …; đẩy mạnh
…") are the asked body's, not new leads. A regression test: main read these forms already.
Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

ITEMS = (
    "Sở Ngoại vụ chủ trì, phối hợp với các cơ quan liên quan tổ chức hội nghị tập huấn thông "
    "tin đối ngoại; Sở Thông tin và Truyền thông phối hợp xây dựng chuyên mục trên cổng thông "
    "tin điện tử tỉnh; UBND các huyện, thị xã, thành phố tăng cường tuyên truyền về biên giới."
)


@pytest.mark.parametrize(
    "ask", ["UBND tỉnh giao:", "Chủ tịch UBND tỉnh giao:", "UBND tỉnh yêu cầu:"]
)
def test_each_item_is_a_task_led_by_its_body(ask):
    leads = [lead for _t, lead in texts_and_leads(read(f"{ask} {ITEMS}\n"))]
    assert leads == [
        ["Sở Ngoại vụ"],
        ["Sở Thông tin và Truyền thông"],
        ["UBND các huyện, thị xã, thành phố"],
    ]


def test_near_miss_items_naming_no_body_are_the_asked_bodys():
    text = (
        "UBND tỉnh giao Sở Ngoại vụ: tăng cường tuyên truyền về biên giới; đẩy mạnh quảng bá "
        "hình ảnh tỉnh ra nước ngoài.\n"
    )
    leads = [lead for _t, lead in texts_and_leads(read(text))]
    assert leads and all(lead == ["Sở Ngoại vụ"] for lead in leads)
