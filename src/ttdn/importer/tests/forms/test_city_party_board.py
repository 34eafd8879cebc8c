"""A provincial city's Party committee and its boards (batch 23).

"Ban Tuyên giáo Thành ủy Móng Cái", "Thành ủy Cam Ranh": a city that is no province's nor a
city under the centre is a province's city, at a district's level. Variants: the board, the
committee, the city named after the committee or only in the text. Near misses: a city
under the centre ("Thành ủy Đà Nẵng", "Ban Tuyên giáo Thành ủy Hải Phòng") is a province's
level, as before. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def conference(body: str, city: str) -> str:
    return (
        f"({city}) Tuyên truyền về chủ quyền biển, đảo năm 2022\n"
        f"Ngày 05/7, {body} đã tổ chức hội nghị tuyên truyền về chủ quyền biển, đảo, biên "
        f"giới cho cán bộ, đảng viên trên địa bàn thành phố {city}.\n"
    )


CASES = [
    (conference("Ban Tuyên giáo Thành ủy", "Móng Cái"), "district"),
    (conference("Ban Tuyên giáo Thành ủy Móng Cái", "Móng Cái"), "district"),
    (conference("Thành ủy Cam Ranh", "Cam Ranh"), "district"),
    # near misses
    (conference("Ban Tuyên giáo Thành ủy", "Đà Nẵng"), "province"),
    (conference("Ban Tuyên giáo Thành ủy Hải Phòng", "Hải Phòng"), "province"),
]


@pytest.mark.parametrize(("text", "level"), CASES)
def test_a_provincial_citys_party_committee_is_at_a_districts_level(text, level):
    assert fields_of(read(text))["level"] == level
