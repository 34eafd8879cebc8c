"""Forms of a news item's top that give its fields (rw1news).

1. A term or an era as the span of a review, before its body ("Nhiệm kỳ 2019 - 2024, Ủy ban
   Mặt trận … đã …", "Trong nhiệm kỳ 2020–2025, …", "Thời kỳ 2016-2020, …"): the body is the
   issuer, as after "Giai đoạn 2016-2020, …".
2. A day without its year in a news item of a plan carrying out a law whose symbol holds its
   year ("Ngày 14/10, UBND tỉnh … ban hành Kế hoạch số … triển khai Nghị định số
   148/2026/NĐ-CP …"): the day is in that year. The law's day of taking effect ("Nghị định có
   hiệu lực từ ngày 01/7/2026") is not the item's own date. Near miss: a law of years before
   the plan's own named year keeps the rule that passes it over.
3. News of a dated plan naming no year but "năm nay" ("Theo Kế hoạch số … do UBND tỉnh …
   ban hành ngày 24/02/2026, năm nay tỉnh sẽ …"): the period is the plan's year.
Synthetic texts only, written for this test.
"""

from __future__ import annotations

import pytest

from .support import assert_read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

TERMS = ["Nhiệm kỳ 2019 - 2024", "Trong nhiệm kỳ 2019–2024", "Thời kỳ 2019-2024"]


@pytest.mark.parametrize("term", TERMS)
def test_a_terms_review_is_issued_by_its_body(term):
    text = (
        f"{term}, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Yên đã chủ động mở rộng quan hệ với "
        "các tổ chức hữu nghị của Lào và Campuchia.\nNhiều hoạt động giao lưu được duy trì.\n"
    )
    assert_read(
        text,
        {
            "doc_type": "report",
            "period": (2019, 2024),
            "issuer": "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Yên",
        },
    )


LAWS = [
    "Nghị định số 148/2026/NĐ-CP của Chính phủ",
    "Thông tư số 05/2026/TT-BVHTTDL của Bộ Văn hóa, Thể thao và Du lịch",
    "Quyết định 21/2026/QĐ-TTg của Thủ tướng Chính phủ",
]


@pytest.mark.parametrize("law", LAWS)
def test_a_day_without_its_year_takes_the_year_of_the_law_carried_out(law):
    text = (
        f"Ngày 14/10, UBND tỉnh Phú Yên ban hành Kế hoạch số 540/KH-UBND triển khai {law} về "
        "quản lý hoạt động thông tin đối ngoại.\nVăn bản có hiệu lực từ ngày 01/7/2026.\n"
    )
    assert_read(text, {"doc_type": "news_about_plan", "issued_date": "2026-10-14"})


@pytest.mark.parametrize(
    "dated",
    [
        "do UBND tỉnh Phú Yên ban hành ngày 24/02/2026",
        "được UBND tỉnh Phú Yên ban hành ngày 24/02/2026",
    ],
)
@pytest.mark.parametrize("coming", ["năm nay tỉnh sẽ chú trọng", "năm nay, tỉnh tập trung"])
def test_this_year_in_news_of_a_dated_plan_is_the_plans_year(dated, coming):
    text = (
        f"Theo Kế hoạch số 77/KH-UBND {dated}, {coming} quảng bá hình ảnh vùng đất mới.\n"
        "Đây là năm đầu tiên tỉnh triển khai công tác thông tin đối ngoại trên địa bàn mới.\n"
    )
    assert_read(text, {"issued_date": "2026-02-24", "period": (2026, 2026)})
