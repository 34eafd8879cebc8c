"""One body whose name holds "các" (the bodies it groups or works on), not many bodies.

"Đảng ủy Khối các cơ quan tỉnh", "Liên hiệp các tổ chức hữu nghị tỉnh", "Hiệp hội các doanh
nghiệp …", "Vụ Các tổ chức quốc tế" and, since 2025, "Đảng ủy các cơ quan Đảng tỉnh": the
"các" belongs to the name of a bloc, a union, an association or a department, after the head
that makes the body one ("Khối", "Liên hiệp", "Hiệp hội", "Liên minh", "Liên đoàn", "Vụ", "các
cơ quan Đảng"). Near misses that stay many: a list ("các sở, ban, ngành"), the heads or
committees of many ("Thủ trưởng các cơ quan", "UBND các huyện", "Đảng ủy các cơ quan, đơn
vị"), and a one-body name followed by a list ("Liên hiệp … các tỉnh", "Đảng ủy Khối các cơ
quan tỉnh và các sở, ngành"). Synthetic texts only.
"""

from __future__ import annotations

import pytest

from ttdn.directory.resolver import is_collective

from .support import letter_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

ONE = [
    "Đảng ủy Khối các cơ quan tỉnh",
    "Đảng ủy khối các cơ quan tỉnh Thái Bình",
    "Đảng ủy Khối các doanh nghiệp tỉnh",
    "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh",
    "Đảng ủy Khối các cơ quan Trung ương",
    "Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh",
    "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH",
    "Liên hiệp các tổ chức hữu nghị tỉnh",
    "Liên hiệp các Tổ chức hữu nghị Việt Nam",
    "Liên hiệp các tổ chức hữu nghị thành phố Đà Nẵng",
    "Hiệp hội các doanh nghiệp có vốn đầu tư nước ngoài",
    "Liên minh các hợp tác xã tỉnh",
    "Vụ Các tổ chức quốc tế",
    "Đảng ủy các cơ quan Đảng tỉnh",
    "Đảng bộ các cơ quan Đảng thành phố",
]
MANY = [
    "các sở, ban, ngành",
    "Các cơ quan, đơn vị",
    "Thủ trưởng các cơ quan",
    "UBND các huyện, thành phố",
    "Đảng ủy các cơ quan, đơn vị",
    "Liên hiệp các tổ chức hữu nghị các tỉnh",
    "Đảng ủy Khối các cơ quan tỉnh và các sở, ngành",
    "lãnh đạo các doanh nghiệp",
]


@pytest.mark.parametrize("name", ONE)
def test_one_body(name):
    assert is_collective(name) is False


@pytest.mark.parametrize("name", MANY)
def test_many_bodies(name):
    assert is_collective(name) is True


@pytest.mark.parametrize(
    "body",
    ["Liên hiệp các tổ chức hữu nghị tỉnh", "Liên hiệp các tổ chức hữu nghị"],
)
def test_a_duty_led_by_the_body_names_one_body(body):
    result = read(
        letter_of(
            "Phú Yên",
            f"Để triển khai có hiệu quả công tác thông tin đối ngoại năm 2024, UBND tỉnh đề nghị "
            f"{body} chủ trì tổ chức các hoạt động giao lưu hữu nghị với các địa phương nước "
            "ngoài.",
        )
    )
    leads = [m for t in result["tasks"] for m in t["lead"]]
    assert leads
    assert [m["as_written"] for m in leads] == [body]
    # (a collective mention is never looked up: the body of the province is found)
    assert leads[0]["agency"] == "Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên"
