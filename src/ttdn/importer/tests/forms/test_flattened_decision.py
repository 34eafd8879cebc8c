"""A Prime Minister's decision whose copy flattens its header into one line (batch 21).

A legal site's copy: a title line "Quyết định 2013/QĐ-TTg Phê duyệt Chiến lược …", the header
in one line ("Thủ tướng Chính phủ Số: 2013/QĐ-TTg |"), the heading in ordinary case on its own
line ("Quyết định") and its subject in capitals under it ("PHÊ DUYỆT CHIẾN LƯỢC … ĐẾN NĂM
2030"). A decision approving a strategy is read as one approving a scheme (the corpus's
convention): typed plan, from the year after the decision. A decision approving a regulation,
or one whose subject is no plan, stays other. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

DECISIONS = [
    # (number, day, month, year, subject, the strategy's end)
    ("1021/QĐ-TTg", 12, 8, 2020, "Chiến lược Thông tin đối ngoại", 2030),
    ("455/QĐ-TTg", 3, 4, 2023, "Chiến lược Ngoại giao kinh tế", 2030),
    ("88/QĐ-TTg", 16, 1, 2019, "Chiến lược Quảng bá hình ảnh quốc gia", 2025),
]


def decision(number: str, day: int, month: int, year: int, subject: str) -> str:
    return (
        f"Quyết định {number} Phê duyệt {subject}\n{day:02d}-{month:02d}-{year}\n"
        f"Thủ tướng Chính phủ Số: {number} |\n"
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, ngày "
        f"{day} tháng {month} năm {year} |\nQuyết định\nPHÊ DUYỆT {subject.upper()}\n"
        "THỦ TƯỚNG CHÍNH PHỦ\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n"
        "Theo đề nghị của Bộ trưởng Bộ Ngoại giao.\nQUYẾT ĐỊNH:\n"
        f"Điều 1. Phê duyệt {subject} với các nội dung sau:\nI. QUAN ĐIỂM\n"
    )


@pytest.mark.parametrize("number,day,month,year,name,end", DECISIONS)
def test_strategy_approved_is_a_plan_from_the_next_year(number, day, month, year, name, end):
    got = fields_of(read(decision(number, day, month, year, f"{name} đến năm {end}")))
    assert (got["doc_type"], got["issuer"], got["level"], got["period"]) == (
        "plan",
        "Thủ tướng Chính phủ",
        "national",
        (year + 1, end),
    )


@pytest.mark.parametrize("number,day,month,year,name,end", DECISIONS)
def test_a_regulation_approved_stays_other(number, day, month, year, name, end):
    # (near miss: the same copy approving a regulation, no plan)
    got = fields_of(
        read(decision(number, day, month, year, "Quy chế phối hợp thông tin đối ngoại"))
    )
    assert got["doc_type"] == "other"


@pytest.mark.parametrize("number,day,month,year,name,end", DECISIONS)
def test_a_scheme_approved_in_the_same_copy(number, day, month, year, name, end):
    got = fields_of(read(decision(number, day, month, year, f"Đề án {name[11:]} đến năm {end}")))
    assert (got["doc_type"], got["period"]) == ("plan", (year + 1, end))
