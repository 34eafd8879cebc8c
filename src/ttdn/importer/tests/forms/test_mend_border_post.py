"""A border post ("Đồn Biên phòng X", "Đồn BP X", "Đồn Biên phòng Cửa khẩu Quốc tế X") is a
body (mend).

A news item telling what a border post did ("Đồn Biên phòng X tổ chức hội nghị …", its command
perhaps in brackets after it, partners "phối hợp với …" after it) is issued by the post, at the
level and place of the commune it is named after (the corpus's border days: the post first of
its holders). A plan's duty given to a post is led by it. Near misses: the post written in
lower case ("tại đồn biên phòng"), "các Đồn Biên phòng" (collective), and the province's
command, which stays the province's. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def news(holder: str, event: str = "tổ chức hội nghị tuyên truyền pháp luật về biên giới") -> str:
    return (
        "Tuyên truyền chủ quyền biên giới cho đồng bào vùng biên\n"
        f"Ngày 12/4/2024, {holder} {event} quốc gia cho hơn 200 đồng bào các thôn, bản.\n"
        "Tại hội nghị, cán bộ, chiến sĩ đã phổ biến các nội dung cơ bản của Luật Biên phòng.\n"
    )


@pytest.mark.parametrize(
    ("holder", "issuer", "place"),
    [
        ("Đồn Biên phòng Tà Lùng", "Đồn Biên phòng Tà Lùng", "Tà Lùng"),
        ("Đồn BP Ia Mơ", "Đồn Biên phòng Ia Mơ", "Ia Mơ"),
        (
            "Đồn Biên phòng Cửa khẩu Quốc tế Cầu Treo",
            "Đồn Biên phòng Cửa khẩu Quốc tế Cầu Treo",
            "Cầu Treo",
        ),
        (
            "Đồn Biên phòng Pò Hèn (Bộ Chỉ huy BĐBP tỉnh Quảng Ninh) phối hợp với UBND xã Hải Sơn",
            "Đồn Biên phòng Pò Hèn",
            "Pò Hèn",
        ),
    ],
)
def test_a_border_post_holding_an_event_is_the_issuer(holder, issuer, place):
    result = read(news(holder))
    assert (result["issuer"], result["level"], result["locality"]) == (issuer, "commune", place)


def test_a_border_post_holding_a_festival_day_is_the_issuer():
    result = read(news("Đồn Biên phòng Thanh Thủy", "tổ chức Ngày hội Biên phòng toàn dân"))
    assert result["issuer"] == "Đồn Biên phòng Thanh Thủy"


@pytest.mark.parametrize(
    "post", ["Đồn Biên phòng Tà Lùng", "Đồn Biên phòng Cửa khẩu Quốc tế Cầu Treo"]
)
def test_a_duty_given_to_a_border_post_is_led_by_it(post):
    result = read(
        news_of_plan(
            "Phú Yên",
            f"UBND tỉnh giao {post} chủ trì tuyên truyền về chủ quyền biên giới cho đồng bào.\n",
        )
    )
    assert [lead for _t, lead in texts_and_leads(result)] == [[post]]


@pytest.mark.parametrize(
    "holder",
    [
        "cán bộ tại đồn biên phòng Tà Lùng",
        "các Đồn Biên phòng trên tuyến biên giới",
    ],
)
def test_near_miss_no_post_named_as_a_body(holder):
    assert not (read(news(holder))["issuer"] or "").startswith("Đồn")


def test_near_miss_the_command_stays_the_provinces():
    result = read(news("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh"))
    assert (result["issuer"], result["level"]) == (
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh",
        "province",
    )
