"""A committee named with 'của' before its own place (batch 17).

"Trưởng ban chỉ đạo 106 của tỉnh đã chủ trì cuộc họp …", "Ban Chỉ đạo công tác thông tin đối
ngoại của tỉnh Quảng Ninh tổ chức …": the committee's place is its own, and the name is written
without the 'của' ("Ban Chỉ đạo 106 tỉnh"), as the committee writes itself. Near misses: a
committee named without its place, and one named with its place and no 'của', read as before.
Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

CASES = [
    (
        "Sáng 9-2, Phó Chủ tịch UBND tỉnh, Trưởng ban chỉ đạo 106 của tỉnh đã chủ trì cuộc họp "
        "với các thành viên để đánh giá kết quả công tác năm 2023.",
        "Ban Chỉ đạo 106 tỉnh",
    ),
    (
        "Ngày 12/3/2024, Ban Chỉ đạo công tác thông tin đối ngoại của tỉnh Quảng Ninh tổ chức hội "
        "nghị tổng kết công tác năm 2023.",
        "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Quảng Ninh",
    ),
    # near misses: as before
    (
        "Ngày 12/3/2024, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Quảng Ninh tổ chức hội "
        "nghị tổng kết công tác năm 2023.",
        "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Quảng Ninh",
    ),
]


@pytest.mark.parametrize(("text", "issuer"), CASES)
def test_a_committee_of_its_place_is_written_without_cua(text, issuer):
    assert fields_of(read(text + "\n"))["issuer"] == issuer
