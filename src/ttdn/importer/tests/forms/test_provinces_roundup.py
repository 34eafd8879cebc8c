"""A paper's round-up of several provinces' bodies (batch 20).

"Năm 2025, Liên hiệp các tổ chức hữu nghị các tỉnh Nghệ An, An Giang, Hải Phòng đã triển
khai …": the item tells of the bodies of several provinces, one after another; it has no
issuer and no place (the corpus's convention), though it keeps the level of the bodies it
tells of. Read before, the first province's body (named again in its own section) was taken
as the issuer, with its place. A body of one province that works with other provinces, or a
document addressed to several provinces' bodies, stays as it is. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

ROUNDUPS = [
    # (the bodies' name, the places, the year, the level)
    ("Liên hiệp các tổ chức hữu nghị", ["Phú Yên", "Khánh Hòa", "Bình Định"], 2024, "province"),
    ("Sở Ngoại vụ", ["Lào Cai", "Hà Giang", "Cao Bằng"], 2023, "department"),
    (
        "Liên hiệp các tổ chức hữu nghị",
        ["Hà Nam", "Nam Định", "Ninh Bình", "Thái Bình"],
        2022,
        "province",
    ),
    ("Ban Chỉ đạo công tác thông tin đối ngoại", ["Quảng Trị", "Quảng Bình"], 2025, "province"),
]


def roundup(org: str, places: list[str], year: int) -> str:
    listed = ", ".join(places[:-1]) + (" và " if len(places) == 2 else ", ") + places[-1]
    sections = "".join(
        f"{place}: nhiều hoạt động nổi bật\nNăm {year}, {org} tỉnh {place} đã tổ chức nhiều hoạt "
        f"động giao lưu hữu nghị với các đối tác nước ngoài; {org} tỉnh {place} cũng vận động "
        "được nhiều khoản viện trợ cho địa phương.\n"
        for place in places
    )
    return (
        f"{', '.join(places)}: triển khai hiệu quả công tác đối ngoại năm {year}\n"
        f"Với phương châm “chủ động, linh hoạt, hiệu quả”, năm {year}, {org} các tỉnh {listed} "
        "đã triển khai hiệu quả công tác đối ngoại, củng cố tình đoàn kết với các nước.\n"
        + sections
    )


@pytest.mark.parametrize(("org", "places", "year", "level"), ROUNDUPS)
def test_roundup_has_no_issuer_and_no_place(directory, org, places, year, level):
    got = fields_of(read(roundup(org, places, year)))
    assert (got["issuer"], got["locality"]) == (None, None)
    assert got["level"] == level
    assert got["period"] == (year, year)


def test_one_provinces_body_working_with_others_stays(directory):
    text = (
        "Phú Yên: đối ngoại nhân dân năm 2024\nNăm 2024, Liên hiệp các tổ chức hữu nghị tỉnh Phú "
        "Yên đã phối hợp với Liên hiệp các tổ chức hữu nghị các tỉnh Khánh Hòa, Bình Định tổ chức "
        "nhiều hoạt động giao lưu hữu nghị.\nLiên hiệp các tổ chức hữu nghị tỉnh Phú Yên cũng vận "
        "động được nhiều khoản viện trợ.\n"
    )
    got = fields_of(read(text))
    assert (got["issuer"], got["locality"]) == (
        "Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên",
        "Phú Yên",
    )


def test_letter_to_several_provinces_stays(directory):
    text = (
        "BỘ NGOẠI GIAO\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 812/BNG-NG\nV/v phối hợp tổ chức hoạt động đối ngoại năm 2024\nHà Nội, ngày 12 tháng 3 "
        "năm 2024\nKính gửi: Ủy ban nhân dân các tỉnh Lào Cai, Hà Giang, Cao Bằng\nBộ Ngoại giao đề "
        "nghị Ủy ban nhân dân các tỉnh Lào Cai, Hà Giang, Cao Bằng phối hợp tổ chức các hoạt động "
        "đối ngoại năm 2024.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    got = fields_of(read(text))
    assert (got["issuer"], got["level"]) == ("Bộ Ngoại giao", "national")
