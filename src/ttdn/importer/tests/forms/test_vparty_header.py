"""A Party document's header with the Party organisation above its committee (vparty).

A Party committee's document names at its top left the organisation it belongs to, then
itself: "ĐẢNG BỘ TỈNH X / HUYỆN ỦY Y" (a district's committee under its province's Party
organisation), "ĐẢNG BỘ THÀNH PHỐ X / QUẬN ỦY Y", "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH X / BAN TUYÊN
GIÁO" (the board of the province's committee), and a province's committee writing as its
executive committee: "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH X" alone, "ĐẢNG BỘ TỈNH X / BAN CHẤP HÀNH".
The writing body is the lower line's, of its own place; the upper line names the place only
when the lower line names none ("ĐẢNG BỘ TỈNH X / TỈNH ỦY", "… / BAN TUYÊN GIÁO TỈNH ỦY").
Variants: the motto beside the upper line or on a line of its own, "BCH" for the executive
committee, "UỶ" spelt the old way. Near misses: a committee's header with no organisation
above it, and the organisation above a province's committee. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def party_plan(header: str, symbol: str = "KH/HU", place: str = "Sơn Hòa") -> str:
    return (
        f"{header}\n*\nSố 31-{symbol}\n{place}, ngày 06 tháng 5 năm 2024\n\n"
        "KẾ HOẠCH\ntuyên truyền về công tác thông tin đối ngoại năm 2024\n\n"
        "Thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị, cấp ủy ban hành "
        "kế hoạch như sau:\n"
        "I. NHIỆM VỤ\n1. Đổi mới cách giới thiệu tiềm năng của địa phương với bạn bè quốc tế.\n"
    )


CASES = [
    # a district's committee under its province's Party organisation
    (
        party_plan("ĐẢNG BỘ TỈNH PHÚ YÊN\nHUYỆN ỦY SƠN HÒA\tĐẢNG CỘNG SẢN VIỆT NAM"),
        ("Huyện ủy Sơn Hòa", "district", "Sơn Hòa"),
    ),
    (
        party_plan("ĐẢNG BỘ TỈNH PHÚ YÊN          ĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN UỶ TUY AN"),
        ("Huyện ủy Tuy An", "district", "Tuy An"),
    ),
    (
        party_plan("BCH ĐẢNG BỘ TỈNH PHÚ YÊN\nHUYỆN ỦY ĐỒNG XUÂN\nĐẢNG CỘNG SẢN VIỆT NAM"),
        ("Huyện ủy Đồng Xuân", "district", "Đồng Xuân"),
    ),
    (
        party_plan("ĐẢNG BỘ THÀNH PHỐ HÀ NỘI\nQUẬN ỦY BA ĐÌNH", "KH/QU", "Ba Đình"),
        ("Quận ủy Ba Đình", "district", "Ba Đình"),
    ),
    # the province's executive committee writes: the province's committee
    (
        party_plan(
            "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH PHÚ YÊN\tĐẢNG CỘNG SẢN VIỆT NAM", "NQ/TU", "Tuy Hòa"
        ),
        ("Tỉnh ủy Phú Yên", "province", "Phú Yên"),
    ),
    (
        party_plan(
            "ĐẢNG BỘ TỈNH PHÚ YÊN\nBAN CHẤP HÀNH\nĐẢNG CỘNG SẢN VIỆT NAM", "NQ/TU", "Tuy Hòa"
        ),
        ("Tỉnh ủy Phú Yên", "province", "Phú Yên"),
    ),
    (
        party_plan("BCH ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "KH/TU", "Hà Nội"),
        ("Thành ủy Hà Nội", "province", "Hà Nội"),
    ),
    # a board of the province's committee under the executive committee's line
    (
        party_plan("BAN CHẤP HÀNH ĐẢNG BỘ TỈNH PHÚ YÊN\nBAN TUYÊN GIÁO", "KH/BTGTU", "Tuy Hòa"),
        ("Ban Tuyên giáo Tỉnh ủy Phú Yên", "province", "Phú Yên"),
    ),
    # near misses: the committee alone, or the organisation above the province's committee
    (
        party_plan("HUYỆN ỦY SƠN HÒA\tĐẢNG CỘNG SẢN VIỆT NAM"),
        ("Huyện ủy Sơn Hòa", "district", "Sơn Hòa"),
    ),
    (
        party_plan("ĐẢNG BỘ TỈNH PHÚ YÊN\nTỈNH ỦY", "KH/TU", "Tuy Hòa"),
        ("Tỉnh ủy Phú Yên", "province", "Phú Yên"),
    ),
    (
        party_plan("ĐẢNG BỘ TỈNH PHÚ YÊN\nBAN TUYÊN GIÁO TỈNH ỦY", "KH/BTGTU", "Tuy Hòa"),
        ("Ban Tuyên giáo Tỉnh ủy Phú Yên", "province", "Phú Yên"),
    ),
    (
        party_plan("TỈNH ỦY PHÚ YÊN\nBAN TUYÊN GIÁO", "KH/BTGTU", "Tuy Hòa"),
        ("Ban Tuyên giáo Tỉnh ủy Phú Yên", "province", "Phú Yên"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_the_committee_under_its_party_organisation_writes(text, expected):
    got = fields_of(read(text))
    assert (got["issuer"], got["level"], got["locality"]) == expected
