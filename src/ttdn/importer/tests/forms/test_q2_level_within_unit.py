"""The level of a text that names no body nor place, from 'trong huyện', 'toàn tỉnh' (batches 26–28).

An account or a feature with no author that tells of "các cơ quan, đơn vị trong huyện",
"cấp ủy, chính quyền các cấp trong tỉnh" or "toàn huyện đã tổ chức …" speaks of its own
district or province, as "trên địa bàn huyện" does: the level is the unit's, with no issuer
and no locality. Near misses: a unit followed by its name ("trong tỉnh Quảng Trị" gives the
named place), "trong xã hội" (society), "tỉnh táo", and the party committee ("trong huyện ủy")
give no own unit, nor does a commune's text (its party committee written "Đảng ủy" alone). Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

TAIL = "Các hoạt động tuyên truyền được triển khai sôi nổi, thiết thực."

DISTRICT = [
    "Thời gian qua, các tổ chức, đơn vị trong huyện đã tích cực tuyên truyền về biển, đảo.",
    "Năm qua, toàn huyện đã tổ chức 25 buổi tuyên truyền thông tin đối ngoại cho nhân dân.",
    "Nhiều năm nay, cán bộ, đảng viên trong quận luôn quan tâm tới công tác đối ngoại.",
    "Toàn huyện hiện có 12 đội tuyên truyền lưu động về biên giới.",
]

PROVINCE = [
    "Nhiều năm qua, cấp ủy, chính quyền các cấp trong tỉnh luôn quan tâm tới tuyên truyền "
    "biển, đảo.",
    "Năm 2023, toàn tỉnh đã tổ chức hàng trăm hội nghị thông tin thời sự, đối ngoại.",
    "Các địa phương trong tỉnh đã chủ động phối hợp tổ chức nhiều hoạt động giao lưu.",
]


@pytest.mark.parametrize("opening", DISTRICT)
def test_trong_huyen_gives_the_district_level(opening):
    got = fields_of(read(f"{opening}\n{TAIL}\n"))
    assert (got["issuer"], got["level"], got["locality"]) == (None, "district", None)


@pytest.mark.parametrize("opening", PROVINCE)
def test_trong_tinh_gives_the_province_level(opening):
    got = fields_of(read(f"{opening}\n{TAIL}\n"))
    assert (got["issuer"], got["level"], got["locality"]) == (None, "province", None)


@pytest.mark.parametrize(
    "opening",
    [
        # (near misses: society, alertness, the committee)
        "Thông tin đối ngoại góp phần tạo đồng thuận trong xã hội về đường lối của Đảng.",
        "Người dân cần tỉnh táo trước các thông tin xấu, độc trên mạng xã hội.",
        "Các ban xây dựng Đảng trong huyện ủy đã phối hợp chặt chẽ.",
    ],
)
def test_near_misses_give_no_level(opening):
    got = fields_of(read(f"{opening}\n{TAIL}\n"))
    assert got["level"] is None


def test_a_named_province_keeps_its_name():
    got = fields_of(
        read(f"Các địa phương trong tỉnh Quảng Trị đã tuyên truyền về biên giới.\n{TAIL}\n")
    )
    assert (got["level"], got["locality"]) == ("province", "Quảng Trị")


def test_the_units_body_written_with_no_name_takes_it():
    text = (
        "Năm 2022, Ủy ban MTTQ Việt Nam tỉnh và các tổ chức thành viên trong tỉnh đã tổ chức "
        f"nhiều hoạt động tuyên truyền biển, đảo.\n{TAIL}\n"
    )
    assert fields_of(read(text))["level"] == "province"


def test_a_body_of_another_level_is_not_the_units():
    # (near miss: a commune's party committee, "Đảng ủy" alone, its officials "trong tỉnh")
    text = (
        "Ngày 10/2/2025, Ban Thường vụ Đảng ủy tổ chức hội nghị thông tin thời sự; cán bộ chủ chốt và báo cáo viên các cấp "
        f"trong tỉnh được cập nhật thông tin.\n{TAIL}\n"
    )
    got = fields_of(read(text))
    assert got["level"] != "province"
