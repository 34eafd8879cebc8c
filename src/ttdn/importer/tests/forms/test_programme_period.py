"""A plan carrying out a document that approves or issues a programme "giai đoạn X-Y" (batch 20).

"UBND tỉnh … ban hành Kế hoạch số … triển khai thực hiện Nghị quyết số …/NQ-CP … ban hành
Chương trình hành động …, giai đoạn 2021-2026": the years close the name of the programme the
cited document issues (or the scheme it approves), not the plan's own period; a plan that
carries out a programme "giai đoạn X-Y" takes no period from it (the corpus's convention, as
``qd_bac_kan_2019``). A plan whose title names its own years ("Kế hoạch … giai đoạn 2021-2025
thực hiện …", or a programme's years with no cited document approving or issuing it) keeps
them. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

CARRIED_OUT = [
    (
        "Phú Yên",
        "Ngày 12/4/2022, UBND tỉnh Phú Yên ban hành Kế hoạch số 88/KH-UBND triển khai thực hiện "
        "Nghị quyết số 169/NQ-CP ngày 31/12/2021 của Chính phủ ban hành Chương trình hành động "
        "về công tác đối với người Việt Nam ở nước ngoài, giai đoạn 2021-2026.",
    ),
    (
        "Hà Nội",
        "UBND thành phố Hà Nội vừa ban hành Kế hoạch 210/KH-UBND ngày 05/9/2019 thực hiện Quyết "
        "định số 930/QĐ-TTg ngày 28/7/2018 của Thủ tướng Chính phủ phê duyệt Đề án tuyên truyền "
        "bảo vệ chủ quyền biển, đảo Việt Nam giai đoạn 2019 - 2020.",
    ),
    (
        "Nghệ An",
        "Ngày 3/6/2023, Ủy ban nhân dân tỉnh Nghệ An đã ban hành Kế hoạch số 412/KH-UBND triển "
        "khai Quyết định số 1191/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Chương trình phát triển "
        "thông tin đối ngoại giai đoạn 2021 - 2030.",
    ),
    (
        "Hồ Chí Minh",
        "Ngày 20/10/2021, UBND Thành phố Hồ Chí Minh ban hành Kế hoạch số 3560/KH-UBND thực hiện "
        "Quyết định số 1229/QĐ-TTg của Thủ tướng Chính phủ ban hành Kế hoạch tổng thể về công tác "
        "thông tin đối ngoại giai đoạn 2021-2025.",
    ),
]

TAIL = (
    "\nTheo đó, Sở Ngoại vụ chủ trì, phối hợp với các sở, ngành tổ chức các hoạt động tuyên "
    "truyền, quảng bá hình ảnh địa phương.\n"
)


def headline(province: str) -> str:
    return f"{province} triển khai nhiệm vụ đối ngoại\n"


@pytest.mark.parametrize(("province", "sentence"), CARRIED_OUT)
def test_programme_years_are_not_the_plans_period(directory, province, sentence):
    got = fields_of(read(headline(province) + sentence + TAIL))
    assert got["doc_type"] == "news_about_plan"
    assert got["period"] is None


# Near misses: the plan's own years stay.
OWN_YEARS = [
    (
        "Ngày 12/4/2022, UBND tỉnh Phú Yên ban hành Kế hoạch số 88/KH-UBND về công tác thông tin "
        "đối ngoại giai đoạn 2022-2025.",
        (2022, 2025),
    ),
    (
        "Ngày 3/6/2023, Ủy ban nhân dân tỉnh Nghệ An ban hành Kế hoạch số 412/KH-UBND thực hiện "
        "công tác đối với người Việt Nam ở nước ngoài giai đoạn 2023 - 2025.",
        (2023, 2025),
    ),
    (
        "Ngày 20/10/2021, UBND Thành phố Hồ Chí Minh ban hành Kế hoạch số 3560/KH-UBND thực hiện "
        "Nghị quyết số 27/NQ-CP của Chính phủ về công tác đối với người Việt Nam ở nước ngoài "
        "giai đoạn 2021-2025.",
        (2021, 2025),
    ),
    (
        "UBND thành phố Hà Nội vừa ban hành Kế hoạch 210/KH-UBND ngày 05/9/2019 về thông tin đối "
        "ngoại năm 2020.",
        (2020, 2020),
    ),
]


@pytest.mark.parametrize(("sentence", "period"), OWN_YEARS)
def test_own_years_stay(directory, sentence, period):
    got = fields_of(read(headline("Tỉnh") + sentence + TAIL))
    assert got["period"] == period
