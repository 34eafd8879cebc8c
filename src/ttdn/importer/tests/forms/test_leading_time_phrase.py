"""A leading time phrase dates the sentence it heads, its ";"-clauses included (P11).

"Cụ thể: Trong năm 2024, Sở … sẽ tăng cường …; giới thiệu …; xây dựng …. Tổ chức họp báo
…": the year heads the sentence and dates each of its duties; the sentence after it is not
dated by it (convention P11, settled 07/12/2026). Near miss: a year written inside a clause
dates that clause only. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

DUTIES = [
    "giới thiệu, quảng bá tiềm năng, thế mạnh, hình ảnh địa phương",
    "tuyên truyền bảo vệ chủ quyền biển, đảo",
    "xây dựng 02 cụm pa nô tuyên truyền tại khu vực cửa khẩu",
]
AFTER = "Tổ chức hội nghị giao lưu với phóng viên nước ngoài"


def deadlines(result: dict) -> list:
    return [(t["timeframe"] or {}).get("deadlines") for t in result["tasks"]]


@pytest.mark.parametrize("opener", ["Cụ thể: ", "Theo đó, ", ""])
@pytest.mark.parametrize("time", ["Trong năm 2024", "Năm 2024"])
def test_the_year_dates_its_sentence(opener, time):
    first = f"{time}, Sở Ngoại vụ sẽ tăng cường công tác tuyên truyền đối ngoại"
    body = f"{opener}{first}; {'; '.join(DUTIES)}. {AFTER}.\n"
    result = read(news_of_plan("Phú Yên", body))
    texts = [t["text"] for t in result["tasks"]]
    assert texts == [first, *DUTIES, AFTER]
    assert deadlines(result) == [["2024-12-31"]] * 4 + [None]


def test_a_year_inside_a_clause_dates_that_clause():
    body = f"Sở Ngoại vụ {DUTIES[0]} trong năm 2024; {DUTIES[1]}. {AFTER}.\n"
    result = read(news_of_plan("Phú Yên", body))
    assert deadlines(result) == [["2024-12-31"], None, None]
