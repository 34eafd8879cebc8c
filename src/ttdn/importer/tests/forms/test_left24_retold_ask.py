"""A request with no addressee in a news item's retelling of a letter (left24).

"Theo đó, Chủ tịch UBND tỉnh yêu cầu tổ chức họp báo định kỳ hàng tháng …. <body> chủ trì
…. Tổ chức cung cấp thông tin báo chí …. Giao Văn phòng … tổ chức thực hiện.": the letter's
signer asking for work with no body named is a duty of the letter, unled, and a sentence
after it that opens with the duty's verb (an imperative, no subject) is one too. Near
misses: before any such request, an unled sentence of the retelling stays background; an
ask told as done ("đã yêu cầu") opens nothing. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def retold(body: str) -> str:
    return (
        "Chủ tịch UBND tỉnh chỉ đạo tăng cường cung cấp thông tin cho báo chí\n"
        "Ngày cập nhật 04/07/2024\n\n"
        "Nhằm nâng cao hiệu quả cung cấp thông tin cho báo chí, ngày 04 tháng 7 năm 2024, Chủ "
        "tịch UBND tỉnh Phú Yên đã có Công văn số 4774/UBND-VX chỉ đạo một số nội dung liên quan "
        "đến việc tổ chức họp báo định kỳ.\n\n"
        f"{body}\n"
    )


ASKERS = ["Chủ tịch UBND tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh", "Phó Chủ tịch UBND tỉnh"]
ASKS = [
    ("yêu cầu", "tổ chức họp báo định kỳ hàng tháng sau phiên họp của Ủy ban nhân dân tỉnh"),
    ("chỉ đạo", "tăng cường cung cấp thông tin cho các cơ quan báo chí"),
]


@pytest.mark.parametrize("asker", ASKERS)
@pytest.mark.parametrize(("verb", "duty"), ASKS)
def test_an_unaddressed_ask_and_the_imperative_after_it_are_duties(asker, verb, duty):
    result = read(
        retold(
            f"Theo đó, {asker} {verb} {duty}. Sở Ngoại vụ chủ trì phối hợp với Sở Thông tin và "
            "Truyền thông tổ chức họp báo.\n\nTổ chức cung cấp thông tin báo chí dưới dạng "
            "thông cáo báo chí mười ngày một lần. Giao Văn phòng Ủy ban nhân dân tỉnh tổ chức "
            "thực hiện."
        )
    )
    assert texts_and_leads(result) == [
        (f"{asker} {verb} {duty}", []),
        (
            "Sở Ngoại vụ chủ trì phối hợp với Sở Thông tin và Truyền thông tổ chức họp báo",
            ["Sở Ngoại vụ"],
        ),
        ("Tổ chức cung cấp thông tin báo chí dưới dạng thông cáo báo chí mười ngày một lần", []),
        (
            "Giao Văn phòng Ủy ban nhân dân tỉnh tổ chức thực hiện",
            ["Văn phòng Ủy ban nhân dân tỉnh"],
        ),
    ]


def test_near_miss_unled_before_any_ask_and_an_ask_told_as_done():
    result = read(
        retold(
            "Tổ chức họp báo là một kênh quan trọng. Theo đó, Chủ tịch UBND tỉnh đã yêu cầu tổ "
            "chức họp báo định kỳ. Sở Ngoại vụ chủ trì phối hợp với Sở Thông tin và Truyền thông "
            "tổ chức họp báo."
        )
    )
    assert [lead for _text, lead in texts_and_leads(result)] == [["Sở Ngoại vụ"]]
