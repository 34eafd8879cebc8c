"""News of a plan told through the plan itself, the body after "của" (vnews).

A sentence that opens with the plan and its body, then says what the plan does: "Kế hoạch của
UBND tỉnh … nhằm …", "Kế hoạch số 45/KH-UBND ngày 5/3/2024 của Ủy ban nhân dân tỉnh … đặt mục
tiêu …", "Kế hoạch của Ban Tuyên giáo Tỉnh ủy … nêu rõ, …": the item is news of that body's
plan (its issuer, its duties read after it). Near misses: a plan carried out ("Thực hiện Kế
hoạch số … của UBND tỉnh, Sở … đã …") keeps its reading; a plan of the province with no body
("Kế hoạch của tỉnh nhằm …") names no issuer from it.
Synthetic texts only, written for this test.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read, task_texts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

HEADLINES = [
    "Kế hoạch thông tin đối ngoại năm 2024",
    "Phú Yên đẩy mạnh thông tin đối ngoại năm 2024",
]
DUTY = "Theo kế hoạch, Sở Thông tin và Truyền thông chủ trì tổ chức tuyên truyền về tiềm năng của tỉnh.\n"
DESCRIBED = [
    (
        "Kế hoạch của UBND tỉnh Phú Yên nhằm nâng cao nhận thức của cán bộ, đảng viên về công tác "
        "thông tin đối ngoại.",
        "Ủy ban nhân dân tỉnh Phú Yên",
    ),
    (
        "Kế hoạch số 45/KH-UBND ngày 5/3/2024 của Ủy ban nhân dân tỉnh Phú Yên đặt mục tiêu quảng "
        "bá hình ảnh tỉnh đến bạn bè quốc tế.",
        "Ủy ban nhân dân tỉnh Phú Yên",
    ),
    (
        "Kế hoạch của Ban Tuyên giáo Tỉnh ủy Phú Yên nêu rõ, năm 2024 tập trung tuyên truyền kỷ "
        "niệm các ngày lễ lớn.",
        "Ban Tuyên giáo Tỉnh ủy Phú Yên",
    ),
]


@pytest.mark.parametrize("headline", HEADLINES)
@pytest.mark.parametrize(("sentence", "issuer"), DESCRIBED)
def test_the_plan_described_is_the_bodys(headline, sentence, issuer):
    result = read(f"{headline}\nĐăng lúc: 10:15 08/03/2024\n{sentence}\n{DUTY}")
    got = fields_of(result)
    assert (got["doc_type"], got["issuer"]) == ("news_about_plan", issuer)
    assert task_texts(result) == [
        "Sở Thông tin và Truyền thông chủ trì tổ chức tuyên truyền về tiềm năng của tỉnh"
    ]


def test_a_plan_carried_out_keeps_its_reading():
    text = (
        "Sở Ngoại vụ triển khai kế hoạch\n"
        "Thực hiện Kế hoạch số 45/KH-UBND của UBND tỉnh Phú Yên, Sở Ngoại vụ đã tổ chức nhiều "
        "hoạt động quảng bá.\nNăm 2024, Sở tiếp tục đổi mới cách làm.\n"
    )
    assert fields_of(read(text))["issuer"] == "Sở Ngoại vụ tỉnh Phú Yên"


def test_the_provinces_plan_names_no_body():
    text = (
        "Phú Yên đẩy mạnh thông tin đối ngoại năm 2024\n"
        "Kế hoạch của tỉnh nhằm nâng cao nhận thức của cán bộ, đảng viên.\n"
    )
    assert fields_of(read(text))["issuer"] is None
