"""A district's body named without its place, the district opening the headline (vnews).

"Tuy An: Triển khai …", "Huyện Tuy An triển khai …", "Tuy Hòa - Tăng cường …" above "UBND huyện
ban hành Kế hoạch …" (or "Ban Chỉ đạo … huyện tổ chức …"): the body is that district's, as a
province named bare in a headline gives "UBND tỉnh" its place. Near misses: a headline opening
with a word no district bears ("Tăng cường …") names none; a province's body is not given a
district.
Synthetic texts only, written for this test.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

BODY = (
    "Ngày 12/4/2024, UBND huyện ban hành Kế hoạch số 30/KH-UBND về công tác thông tin đối ngoại "
    "năm 2024.\nTheo đó, Phòng Văn hóa và Thông tin chủ trì tham mưu tổ chức các hoạt động "
    "tuyên truyền.\n"
)


@pytest.mark.parametrize(
    "headline",
    [
        "Tuy An: Triển khai thông tin đối ngoại năm 2024",
        "Huyện Tuy An triển khai thông tin đối ngoại năm 2024",
        "Tuy An - Đẩy mạnh thông tin đối ngoại năm 2024",
        "Sông Hinh: Tăng cường thông tin đối ngoại năm 2024",
    ],
)
def test_the_district_the_headline_opens_with(headline):
    got = fields_of(read(f"{headline}\n{BODY}"))
    district = headline.removeprefix("Huyện ").split(":")[0].split(" - ")[0]
    district = " ".join(district.split()[:2])
    assert (got["issuer"], got["level"], got["locality"]) == (
        f"Ủy ban nhân dân huyện {district}",
        "district",
        district,
    )


def test_no_district_opens_the_headline():
    got = fields_of(read(f"Tăng cường thông tin đối ngoại năm 2024\n{BODY}"))
    assert (got["issuer"], got["locality"]) == ("Ủy ban nhân dân huyện", None)


def test_a_provinces_body_takes_no_district():
    text = (
        "Tuy An: Hội nghị tập huấn\nNgày 12/4/2024, UBND tỉnh Phú Yên ban hành Kế hoạch số "
        "45/KH-UBND về công tác thông tin đối ngoại năm 2024.\n"
    )
    assert fields_of(read(text))["issuer"] == "Ủy ban nhân dân tỉnh Phú Yên"
