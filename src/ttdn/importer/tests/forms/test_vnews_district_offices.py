"""A district's office or centre holding an event, named before its district (vnews).

"Phòng Văn hóa và Thông tin huyện … tổ chức …", "Trung tâm Văn hóa - Thể thao và Truyền thông
huyện … tổ chức …", "Phòng Nội vụ quận … tổ chức …": the office is the issuer, at its district.
Near misses: "phòng" in a phrase ("Phòng chống …"), an office named with no district after it.
Synthetic texts only, written for this test.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


@pytest.mark.parametrize(
    "office",
    [
        "Phòng Văn hóa và Thông tin huyện Tuy An",
        "Phòng Nội vụ huyện Sông Hinh",
        "Trung tâm Văn hóa - Thể thao và Truyền thông huyện Đồng Xuân",
        "Trung tâm Truyền thông và Văn hóa huyện Tây Hòa",
    ],
)
def test_the_office_holds_the_event(office):
    text = (
        "Tập huấn thông tin đối ngoại cho cán bộ cơ sở\n"
        f"Chiều 12/4/2024, {office} tổ chức lớp tập huấn kỹ năng thông tin đối ngoại cho cán bộ "
        "các xã.\nLớp học có 60 học viên tham dự.\n"
    )
    got = fields_of(read(text))
    district = office.split(" huyện ")[1]
    assert got["issuer"] is not None
    assert got["issuer"].startswith(office.split()[0])
    assert (got["level"], got["locality"]) == ("district", district)


def test_a_phrase_with_phong_names_no_office():
    text = (
        "Tăng cường thông tin đối ngoại\n"
        "Phòng chống tin giả huyện Tuy An được triển khai quyết liệt trong năm 2024.\n"
        "Nhiều lớp tập huấn đã được mở cho cán bộ cơ sở.\n"
    )
    got = fields_of(read(text))
    assert got["issuer"] is None or not got["issuer"].startswith("Phòng")
