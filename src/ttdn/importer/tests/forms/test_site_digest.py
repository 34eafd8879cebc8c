"""A city portal's weekly digest of events, naming who compiled it (batch 21).

"Thông tin đối ngoại về tình hình … (từ ngày 2 đến 7-2) / Từ ngày 02 đến 07-02, tại thành phố …
diễn ra các sự kiện …. Sau đây là những sự kiện, hoạt động do Cổng thông tin điện tử thành phố
… tổng hợp.", then the headlines: a report of what happened, its compiler the issuer. A digest
whose week has no year has no period. A portal named as where a plan is posted is no
compiler. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

PORTALS = [
    ("thành phố", "Hà Nội", "province"),
    ("thành phố", "Hồ Chí Minh", "province"),
    ("tỉnh", "Phú Yên", "province"),
]


def digest(unit: str, place: str, compiled: str) -> str:
    return (
        f"Thông tin đối ngoại về tình hình kinh tế, văn hoá, xã hội của {unit} {place} (từ ngày "
        f"9 đến 14-3)\nTừ ngày 09 đến 14-03, tại {unit} {place} diễn ra các sự kiện, hoạt động "
        f"nổi bật về kinh tế, văn hoá, xã hội. {compiled}\n"
        f"- Lãnh đạo {unit} tiếp Đại sứ Nhật Bản\n- Đoàn doanh nghiệp Hàn Quốc tìm hiểu cơ hội "
        "đầu tư\n- Sinh viên quốc tế trải nghiệm văn hóa truyền thống\n"
    )


@pytest.mark.parametrize("unit,place,level", PORTALS)
def test_the_digest_is_the_portals_report(unit, place, level):
    compiled = (
        f"Sau đây là những sự kiện, hoạt động do Cổng thông tin điện tử {unit} {place} tổng hợp."
    )
    got = fields_of(read(digest(unit, place, compiled)))
    assert (got["doc_type"], got["issuer"].lower(), got["level"], got["period"]) == (
        "report",
        f"cổng thông tin điện tử {unit} {place}".lower(),
        level,
        None,
    )


@pytest.mark.parametrize("unit,place,level", PORTALS)
def test_a_digest_naming_no_compiler_is_not_the_portals(unit, place, level):
    # (near miss: the same list, no one named as having compiled it)
    got = fields_of(read(digest(unit, place, "Sau đây là những sự kiện nổi bật trong tuần.")))
    assert not (got["issuer"] or "").lower().startswith("cổng")
