"""A year's results told as done in the lede (forms24m, batch 24's form 3): "(HG) - Năm 2021,
Mặt trận và các tổ chức thành viên trong tỉnh đã lồng ghép tuyên truyền … được 1.800 cuộc"
is an account of that year's work, typed report with that year as its period (as
tin_mttq_hau_giang_bien_dao_2021's gold), the front named by its short name or in full.
Near misses: the year's work to come ("… sẽ tiếp tục …"); a plan issued that year and told as
issued (news of the plan)."""

from __future__ import annotations

import pytest

from .support import assert_read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

TAIL = (
    "\nBên cạnh đó, thông qua trang thông tin điện tử, các tổ chức thành viên đã chia sẻ hơn "
    "15.000 lượt tin, bài.\nNội dung tuyên truyền là chủ quyền biển, đảo của Việt Nam.\n"
)

YEARS_DONE = [
    (
        "Tích cực tuyên truyền về biển, đảo\n29/12/2021 | 08:28 GMT+7\n(HG) - Năm 2021, Mặt "
        "trận và các tổ chức thành viên trong tỉnh đã lồng ghép tuyên truyền về biển, đảo Việt "
        "Nam được 1.800 cuộc, có hơn 50.000 lượt người được thông tin." + TAIL,
        2021,
    ),
    (
        "Tích cực tuyên truyền về biển, đảo\n(HG) - Năm 2021, Ủy ban MTTQ tỉnh Hậu Giang đã "
        "phối hợp các tổ chức thành viên tuyên truyền về biển, đảo được 1.800 cuộc, có hơn "
        "50.000 lượt người tham dự." + TAIL,
        2021,
    ),
    (
        "Năm 2023, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kiên Giang đã tổ chức 250 buổi tuyên "
        "truyền về chủ quyền biển, đảo cho đoàn viên, hội viên." + TAIL,
        2023,
    ),
    (
        "Trong năm 2022, MTTQ các cấp trong tỉnh đã vận động nhân dân tham gia tuyên truyền về "
        "biển, đảo được 900 cuộc, thu hút 20.000 lượt người." + TAIL,
        2022,
    ),
]


@pytest.mark.parametrize(("text", "year"), YEARS_DONE)
def test_a_year_told_as_done_in_the_lede_is_a_report_of_that_year(text, year):
    assert_read(text, {"doc_type": "report", "period": (year, year)})


# Near misses.
def test_a_year_to_come_is_no_report():
    text = (
        "Tuyên truyền về biển, đảo\n(HG) - Năm 2022, Mặt trận và các tổ chức thành viên trong "
        "tỉnh sẽ tiếp tục lồng ghép tuyên truyền về biển, đảo Việt Nam tới đoàn viên, hội viên."
        + TAIL
    )
    assert fields_type(text) != "report"


def test_a_plan_issued_in_the_year_stays_news_of_the_plan():
    text = (
        "Năm 2024, UBND tỉnh Cà Mau đã ban hành Kế hoạch số 45/KH-UBND về công tác thông tin "
        "đối ngoại năm 2024, giao các sở, ngành triển khai.\n"
    )
    assert_read(text, {"doc_type": "news_about_plan"})


def fields_type(text: str) -> str:
    from .support import read

    return read(text)["doc_type"]
