"""A partner province of a neighbouring country, named once with its country (batch 23).

"… đón tiếp Đoàn đại biểu tỉnh Xiêng Khoảng, nước Cộng hòa Dân chủ Nhân dân Lào …", then
"tỉnh Xiêng Khoảng" bare in the rest of the item: once the text has said whose province it
is, every mention of it is the partner's, not the place of the body that holds the meeting
("UBND tỉnh" with no name: the province the text names otherwise). Variants: the country
after a comma with or without "nước", after "thuộc". Near misses: a Vietnamese province named
most and no partner, and a province named with a comma and another of ours after it.
Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def meeting(partner_first: str, partner: str = "tỉnh Xiêng Khoảng") -> str:
    return (
        "Chuẩn bị đón đoàn đại biểu tỉnh bạn\n"
        "Sáng 12-5, đồng chí Phó Chủ tịch UBND tỉnh đã chủ trì cuộc họp bàn kế hoạch đón tiếp "
        f"Đoàn đại biểu {partner_first} sang thăm và làm việc tại tỉnh Nghệ An.\n"
        f"Theo dự kiến, đoàn của {partner} sẽ dự lễ ký kết biên bản hợp tác giữa tỉnh Nghệ An "
        f"và {partner}; hai bên đánh giá kết quả hợp tác giữa tỉnh Nghệ An và {partner}.\n"
        f"Đoàn {partner} cũng sẽ làm việc với một số sở, ngành của tỉnh; {partner} mong muốn "
        "mở rộng hợp tác.\n"
    )


CASES = [
    meeting("tỉnh Xiêng Khoảng, nước Cộng hòa Dân chủ Nhân dân Lào"),
    meeting("tỉnh Xiêng Khoảng, nước CHDCND Lào"),
    meeting("tỉnh Xiêng Khoảng, Lào,"),
    meeting("tỉnh Xiêng Khoảng thuộc nước bạn Lào"),
    meeting("tỉnh Xiêng Khoảng (Lào)"),
]


@pytest.mark.parametrize("text", CASES)
def test_a_partner_province_named_with_its_country_is_not_the_issuers(text):
    got = fields_of(read(text))
    assert (got["issuer"], got["locality"]) == ("Ủy ban nhân dân tỉnh Nghệ An", "Nghệ An")


def test_near_miss_a_province_of_ours_named_most_is_read_as_before():
    text = meeting("tỉnh Hà Tĩnh, Việt Nam", partner="tỉnh Hà Tĩnh")
    got = fields_of(read(text))
    assert (got["issuer"], got["locality"]) == ("Ủy ban nhân dân tỉnh Hà Tĩnh", "Hà Tĩnh")
