"""A body written without its place, in a text whose place is not known, is no body found.

"Ủy ban Mặt trận Tổ quốc Việt Nam chủ trì …", "Ban Chỉ đạo công tác thông tin đối ngoại …",
"Ban Tuyên giáo Tỉnh ủy phối hợp …" in a guidance or an item that names no province: every
province has a body of that name, and which one is meant cannot be known; the directory's
first namesake (some city's front) is not it. The mention is kept as written, unresolved, as
"Ủy ban nhân dân tỉnh" already was. Near misses: a body whose name carries its place ("Sở
Ngoại vụ Thành phố Hồ Chí Minh"), a central body ("Bộ Ngoại giao"), and the same bare name in
a text whose province is known, which is that province's body. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("hue")]


@pytest.fixture
def hue(directory):
    # (a city whose short name makes its bodies' names the nearest to the bare ones)
    from ttdn.directory.services import agencies_load

    agencies_load(provinces=["Huế"])


GUIDANCE = (
    "Hướng dẫn tuyên truyền kỷ niệm ngày Quốc khánh\nNgày 15/3/2024, Ban Tổ chức ban hành Hướng "
    "dẫn số 12-HD/BTC về tuyên truyền kỷ niệm ngày Quốc khánh năm 2024.\nTheo đó, {body} chủ "
    "trì tổ chức các hoạt động tuyên truyền trên các phương tiện thông tin đại chúng.\n"
)


def _leads(text: str) -> list[tuple[str, str | None]]:
    return [(m["as_written"], m["agency"]) for t in read(text)["tasks"] for m in t["lead"]]


@pytest.mark.parametrize(
    "body",
    [
        "Ủy ban Mặt trận Tổ quốc Việt Nam",
        "Ban Tuyên giáo Tỉnh ủy",
        "Sở Ngoại vụ",
        "Ban Chỉ đạo công tác thông tin đối ngoại",
    ],
)
def test_no_place_known_no_body_found(body):
    got = _leads(GUIDANCE.format(body=body))
    assert got == [(body, None)]


@pytest.mark.parametrize(
    ("body", "agency"),
    [
        ("Sở Ngoại vụ Thành phố Hồ Chí Minh", "Sở Ngoại vụ Thành phố Hồ Chí Minh"),
        ("Bộ Ngoại giao", "Bộ Ngoại giao"),
    ],
)
def test_a_place_or_a_central_body_is_found(body, agency):
    assert _leads(GUIDANCE.format(body=body)) == [(body, agency)]


def test_the_provinces_own_body_when_its_province_is_known():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 95/KH-UBND\nPhú Yên, ngày 10 tháng 4 năm 2022\n\nKẾ "
        "HOẠCH\nTuyên truyền kỷ niệm ngày Quốc khánh năm 2022\n\nI. MỤC ĐÍCH\nTuyên truyền sâu "
        "rộng.\n\nII. NHIỆM VỤ\n1. Sở Ngoại vụ chủ trì tổ chức các hoạt động tuyên truyền trên "
        "các phương tiện thông tin đại chúng.\n\nIII. TỔ CHỨC THỰC HIỆN\nCác sở thực hiện.\n"
    )
    leads = _leads(text)
    assert ("Sở Ngoại vụ", "Sở Ngoại vụ tỉnh Phú Yên") in leads
