"""A council opening the item with its request (forms25b, batch 25's form 4): "Hội đồng Giải
thưởng toàn quốc về thông tin đối ngoại năm 2016 đề nghị các cơ quan báo chí, … gửi tác phẩm
tham dự." names its issuer, the council as written up to its verb (its name may hold small
words and the award's year), national when it names no place. Near misses: the people's
council keeps its reading; a council told as doing, not asking, is no issuer by this form."""

from __future__ import annotations

import pytest

from .support import assert_read, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

ASKS = [
    (
        "Hội đồng Giải thưởng toàn quốc về thông tin đối ngoại năm 2016 đề nghị các cơ quan báo "
        "chí, cơ quan xuất bản, người Việt Nam trong nước và nước ngoài lựa chọn, gửi tác phẩm "
        "tham dự.\n"
        "Các tác phẩm dự thi phát hành từ 01/01/2016 đến 31/12/2016.\n",
        "Hội đồng Giải thưởng toàn quốc về thông tin đối ngoại năm 2016",
    ),
    (
        "Hội đồng Giải thưởng Báo chí Quốc gia đề nghị các cơ quan báo chí gửi tác phẩm dự thi "
        "trước ngày 30/9/2023.\n",
        "Hội đồng Giải thưởng Báo chí Quốc gia",
    ),
    (
        "Ngày 12/3/2024, Hội đồng Lý luận Trung ương kêu gọi các nhà khoa học gửi bài viết tham gia "
        "cuộc thi chính luận về bảo vệ nền tảng tư tưởng của Đảng.\n",
        "Hội đồng Lý luận Trung ương",
    ),
]


@pytest.mark.parametrize(("text", "issuer"), ASKS)
def test_a_council_opening_with_its_request_is_the_issuer(text, issuer):
    assert_read(text, {"issuer": issuer, "level": "national", "locality": None})


def test_the_people_s_council_keeps_its_reading():
    text = (
        "Hội đồng nhân dân tỉnh Lào Cai đề nghị các sở, ngành báo cáo kết quả thực hiện công "
        "tác thông tin đối ngoại năm 2023.\n"
    )
    assert_read(text, {"issuer": "Hội đồng nhân dân tỉnh Lào Cai", "level": "province"})


def test_a_council_told_as_doing_is_no_issuer_by_this_form():
    text = (
        "Hội đồng Giải thưởng toàn quốc về thông tin đối ngoại năm 2016 đã xét chọn 120 tác "
        "phẩm xuất sắc.\n"
    )
    assert read(text)["issuer"] != "Hội đồng Giải thưởng toàn quốc về thông tin đối ngoại năm 2016"
