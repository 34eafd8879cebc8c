"""News of a decision approving a strategy is news of a plan (a strategy approved is a plan,
as the Prime Minister's decision approving the cultural diplomacy strategy is typed): the
decision's number and day, the strategy's years from the year after it ("… đến năm 2030"),
as for a scheme; the range after the strategy's or the scheme's name is its period. First contact missed decisions approving a scheme or strategy in four
batches (7, 9, 20, 21).

Near miss: a letter told first, the strategy's decision recalled after it as background, is
news of the letter.
Each text is written for the test in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import assert_read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

APPROVED = [
    (
        "Ngày 12/8/2022, Thủ tướng Chính phủ ban hành Quyết định số 950/QĐ-TTg phê duyệt Chiến "
        "lược phát triển thông tin đối ngoại đến năm 2030.\n",
        "950/QĐ-TTg",
        "2022-08-12",
        (2023, 2030),
    ),
    (
        "Thủ tướng Chính phủ vừa ký Quyết định số 1205/QĐ-TTg ngày 3/11/2023 phê duyệt Chiến "
        "lược văn hóa đối ngoại của Việt Nam đến năm 2030.\n",
        "1205/QĐ-TTg",
        "2023-11-03",
        (2024, 2030),
    ),
    (
        "UBND tỉnh Quảng Nam đã ban hành Quyết định số 300/QĐ-UBND ngày 2/2/2021 về việc phê "
        "duyệt Chiến lược quảng bá hình ảnh tỉnh ra nước ngoài giai đoạn 2021 - 2025.\n",
        "300/QĐ-UBND",
        "2021-02-02",
        (2021, 2025),
    ),
    # a scheme approved by a decision, its years a range after its name
    (
        "Ngày 20/4/2022, UBND tỉnh Kon Tum ban hành Quyết định số 410/QĐ-UBND phê duyệt Đề án "
        "tuyên truyền bảo vệ chủ quyền biên giới quốc gia giai đoạn 2022-2026.\n",
        "410/QĐ-UBND",
        "2022-04-20",
        (2022, 2026),
    ),
]


@pytest.mark.parametrize(("text", "number", "date", "years"), APPROVED)
def test_a_decision_approving_a_strategy_is_news_of_a_plan(text, number, date, years):
    assert_read(
        text,
        {
            "doc_type": "news_about_plan",
            "plan_number": number,
            "issued_date": date,
            "period": years,
        },
    )


def test_a_strategy_recalled_after_a_letter_leaves_the_letter_the_subject():
    text = (
        "Ngày 15/3, Bộ Ngoại giao có Công văn số 900/BNG-NGVH hướng dẫn các địa phương xây dựng "
        "kế hoạch triển khai Chiến lược văn hóa đối ngoại.\n"
        "Ngày 3/11/2023, Thủ tướng Chính phủ đã ký ban hành Quyết định số 1205/QĐ-TTg phê duyệt "
        "Chiến lược văn hóa đối ngoại của Việt Nam đến năm 2030.\n"
    )
    assert_read(text, {"doc_type": "other", "plan_number": "900/BNG-NGVH"})
