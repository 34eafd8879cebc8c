"""A province, a city or a district holding an event as the subject of the lede (batch 18).

"Ngày 8/6, tỉnh Quảng Ninh (Việt Nam) phối hợp với tỉnh Phúc Kiến (Trung Quốc) tổ chức hội nghị
trực tuyến …": a place written as the holder, like a place that issues ("Thành phố Cam Ranh vừa
ban hành Kế hoạch …"), stands for its people's committee, at the place's level. Near misses: a
place that hears a briefing holds nothing ("Thành phố Bắc Kạn nghe báo cáo …"), and a body named
as the holder keeps its reading. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

HEADLINE = "Hội nghị kỷ niệm 5 năm thiết lập quan hệ hữu nghị\n"

CASES = [
    (
        "Ngày 8/6, tỉnh Lạng Sơn (Việt Nam) phối hợp với tỉnh Quảng Tây (Trung Quốc) tổ chức hội "
        "nghị trực tuyến kỷ niệm 5 năm thiết lập quan hệ hữu nghị giữa 2 tỉnh.",
        ("Ủy ban nhân dân tỉnh Lạng Sơn", "province", "Lạng Sơn"),
    ),
    (
        "Sáng 12/9, huyện Thường Tín tổ chức hội nghị tuyên truyền về công tác thông tin đối "
        "ngoại.",
        ("Ủy ban nhân dân huyện Thường Tín", "district", "Thường Tín"),
    ),
    # near misses
    (
        "Ngày 8/6, Sở Ngoại vụ tỉnh Lạng Sơn phối hợp với tỉnh Quảng Tây (Trung Quốc) tổ chức hội "
        "nghị trực tuyến kỷ niệm 5 năm thiết lập quan hệ hữu nghị.",
        ("Sở Ngoại vụ tỉnh Lạng Sơn", "department", "Lạng Sơn"),
    ),
    (
        "Ngày 8/6, tỉnh Lạng Sơn nghe báo cáo thời sự trong nước và quốc tế.",
        (None, "province", "Lạng Sơn"),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_a_place_holding_an_event_is_its_peoples_committee(sentence, expected):
    got = fields_of(read(HEADLINE + sentence + "\n"))
    assert (got["issuer"], got["level"], got["locality"]) == expected
