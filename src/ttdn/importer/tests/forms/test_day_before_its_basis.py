"""A day written without its year in news with no posting date takes the year from what the
sentence names: the document the plan carries out, dated in the same sentence whether before
the day or after it ("Ngày 31-8, thực hiện Quyết định số … ngày 13-7-2021 …, Bộ … ban hành Kế
hoạch …": 2021, or the next year when the day falls before that document's), or the year that
closes the name of what is issued, quoted or not ("… Hướng dẫn tuyên truyền về Năm Đoàn kết
hữu nghị Việt Nam - Lào 2022."). A day without its year took the context's year wrongly or
not at all at first contact in four batches (5, 7, 8, 9).

Near miss: a document dated years before the plan's own period ("… thực hiện chương trình …
ngày 5/9/2012 … giai đoạn 2017-2019") gives no year.
Each text is written for the test in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import assert_read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

DAYS = [
    (
        "Ngày 31-8, thực hiện Quyết định số 1160/QĐ-TTg ngày 13-7-2021 của Thủ tướng Chính phủ, "
        "Bộ Văn hóa, Thể thao và Du lịch đã ban hành Kế hoạch tuyên truyền ASEAN giai đoạn "
        "2021-2025.\n",
        "2021-08-31",
    ),
    (
        "Ngày 10/2, để triển khai Chỉ thị số 30/CT-TTg ngày 20/11/2022 của Thủ tướng Chính phủ, "
        "UBND tỉnh Bình Phước đã ban hành Kế hoạch số 40/KH-UBND về thông tin đối ngoại.\n",
        "2023-02-10",
    ),
    (
        "Ngày 21.6, Ban Tuyên giáo Tỉnh ủy Phú Yên ban hành Hướng dẫn tuyên truyền về Năm Đoàn "
        "kết hữu nghị Việt Nam - Lào 2022.\n",
        "2022-06-21",
    ),
]


@pytest.mark.parametrize(("text", "date"), DAYS)
def test_a_day_without_its_year_takes_the_sentences_year(text, date):
    assert_read(text, {"issued_date": date})


def test_a_document_of_years_before_the_plans_period_gives_no_year():
    text = (
        "Ngày 4/11, Ủy ban MTTQ tỉnh Long An tổ chức hội nghị ký kết kế hoạch phối hợp thực hiện "
        "chương trình hành động số 05/Ctr-MTTQ-BTT ngày 10/9/2013 về công tác đối ngoại nhân dân "
        "giai đoạn 2018-2020.\n"
    )
    assert_read(text, {"issued_date": None})
