"""A district front's review on its own site, its header a numbered district (batch 21).

"ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM / QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH", then "Ban Thường trực Ủy
ban Mặt trận Tổ quốc Việt Nam Quận 5 tổ chức Hội nghị sơ kết …": the district's front issues
it, at the district's level, its place written with its unit word ("Quận 5") as the text
writes it. A named district's header reads as before. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

PLACES = [
    # (header line, unit as written in the text, number)
    ("QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH", "Quận", "5"),
    ("QUẬN 10 - THÀNH PHỐ HỒ CHÍ MINH", "Quận", "10"),
    ("QUẬN 3", "Quận", "3"),
]


def review(header: str, unit: str, number: str) -> str:
    return (
        f"ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM\n{header}\n\n"
        "Hội nghị sơ kết công tác Đối ngoại nhân dân Quý 1 năm 2022\n\n"
        f"Sáng ngày 06/4/2022, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam {unit} {number} tổ "
        "chức Hội nghị sơ kết công tác Đối ngoại nhân dân Quý 1 năm 2022 với sự tham dự của ông "
        "Nguyễn Văn B, Ủy viên Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam thành phố.\n"
    )


@pytest.mark.parametrize("header,unit,number", PLACES)
def test_the_numbered_districts_front(header, unit, number):
    got = fields_of(read(review(header, unit, number)))
    assert (got["issuer"], got["level"], got["locality"]) == (
        f"Ủy ban Mặt trận Tổ quốc Việt Nam {unit} {number}",
        "district",
        f"Quận {number}",
    )


def test_a_named_districts_front_reads_as_before():
    # (near miss: a district named by its name)
    got = fields_of(read(review("HUYỆN CỦ CHI", "huyện", "Củ Chi")))
    assert (got["issuer"], got["level"]) == (
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Củ Chi",
        "district",
    )
