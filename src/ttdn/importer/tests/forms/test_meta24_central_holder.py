"""A central body holding an event in a commune or a city (meta24): the venue is not its
locality ("Ủy ban Trung ương MTTQ Việt Nam … tổ chức … tại xã …"); a province's body
holding it there keeps its own province."""

from __future__ import annotations

import pytest

from .support import assert_read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

CASES = [
    (
        "Ngày 2-3, tại xã Châu Khê, tỉnh Nghệ An, Ủy ban Trung ương MTTQ Việt Nam phối hợp Bộ "
        "Tư lệnh Bộ đội Biên phòng tổ chức Ngày hội biên phòng toàn dân năm 2026.\n",
        ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "national", None),
    ),
    (
        "Chiều 14/8/2025, tại xã Tân Thanh, tỉnh Lạng Sơn, Ban Tuyên giáo Trung ương tổ chức "
        "buổi giao lưu văn hóa biên giới với các đại biểu nước bạn.\n",
        ("Ban Tuyên giáo Trung ương", "national", None),
    ),
    # near miss: the province's own front holds it, its province its locality
    (
        "Ngày 6/3/2026, tại xã Mường Khương, tỉnh Lào Cai, Ủy ban MTTQ Việt Nam tỉnh Lào Cai "
        "phối hợp Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức Ngày hội biên phòng toàn dân.\n",
        ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lào Cai", "province", "Lào Cai"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_central_holders_venue_is_not_its_locality(text, expected):
    issuer, level, locality = expected
    assert_read(text, {"issuer": issuer, "level": level, "locality": locality})
