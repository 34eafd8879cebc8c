"""A commune named with a numeral (meta24): "UBND xã Sơn Kim 2, huyện Hương Sơn" is the
commune "Sơn Kim 2", its numeral part of its name; a count written after a commune's name
("xã Tân Lập 15 năm qua") is not."""

from __future__ import annotations

import pytest

from .support import assert_read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

CASES = [
    (
        "Ngày 12/9/2023, UBND xã Kỳ Sơn 1, huyện Kỳ Anh, tỉnh Hà Tĩnh tổ chức hội nghị tuyên "
        "truyền về biên giới.\n",
        ("Ủy ban nhân dân xã Kỳ Sơn 1", "commune", "Kỳ Sơn 1"),
    ),
    (
        "Sáng 4/5/2024, Ủy ban nhân dân xã Hòa Bình 2 tổ chức giao lưu với bản kết nghĩa của "
        "nước bạn Lào.\n",
        ("Ủy ban nhân dân xã Hòa Bình 2", "commune", "Hòa Bình 2"),
    ),
    # near miss: a count after the commune's name
    (
        "Sáng 4/5/2024, UBND xã Tân Lập tổ chức sơ kết 15 năm kết nghĩa. UBND xã Tân Lập 15 năm "
        "qua đã đón nhiều đoàn khách.\n",
        ("Ủy ban nhân dân xã Tân Lập", "commune", "Tân Lập"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_commune_named_with_a_numeral(text, expected):
    issuer, level, locality = expected
    assert_read(text, {"issuer": issuer, "level": level, "locality": locality})
