"""A site's document card giving only the day of signing (batch 21).

"Hướng dẫn … năm 2018 / Ngày ký: 26/02/2018 / HƯỚNG DẪN / …": a guidance posted with no dated
header, the site's card above its heading giving the day it was signed: its date. A card day
with no document's heading after it (news), or a day of signing told in running text, dates
nothing. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

CARDS = [
    ("Ngày ký: 26/02/2018", "HƯỚNG DẪN", "2018-02-26"),
    ("Ngày ký: 5/3/2021", "HƯỚNG DẪN", "2021-03-05"),
    ("Ngày ban hành: 14/01/2023", "KẾ HOẠCH", "2023-01-14"),
]

BODY = (
    "Tuyên truyền về công tác thông tin đối ngoại năm {year}\n\n"
    "Thực hiện Chương trình phối hợp năm {year}, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt "
    "Nam tỉnh Phú Yên hướng dẫn Ủy ban Mặt trận Tổ quốc các huyện thực hiện một số nhiệm vụ "
    "trọng tâm như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
)


@pytest.mark.parametrize("card,heading,iso", CARDS)
def test_the_card_dates_the_document(card, heading, iso):
    year = iso[:4]
    text = (
        f"Hướng dẫn tuyên truyền công tác thông tin đối ngoại năm {year}\n\n{card}\n\n{heading}\n\n"
        + BODY.format(year=year)
    )
    assert fields_of(read(text))["issued_date"] == iso


@pytest.mark.parametrize("card,heading,iso", CARDS)
def test_a_card_day_before_no_heading_dates_nothing(card, heading, iso):
    # (near miss: a news item whose first lines carry a card day, no document's heading)
    year = iso[:4]
    text = (
        f"Phú Yên tuyên truyền công tác thông tin đối ngoại năm {year}\n\n{card}\n\n"
        f"Các cơ quan, đơn vị trong tỉnh đã tích cực tuyên truyền về công tác đối ngoại năm {year}."
    )
    assert fields_of(read(text))["issued_date"] != iso
