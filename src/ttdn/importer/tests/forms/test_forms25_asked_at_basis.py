"""A letter the plan answers, cited after ';' + 'theo đề nghị của X tại Công văn số …' (batch 25).

"Thực hiện Quyết định số 1079/QĐ-TTg …; theo đề nghị của Bộ Thông tin và Truyền thông tại
Công văn số 5768/BTTTT- TTĐN ngày 28/11/2022, UBND tỉnh ban hành Kế hoạch …": after the ';' a
new basis opens with the body's request (or guidance, or demand) and the document it was given
in; it is a basis of its own, its symbol written without the stray space. Near miss: a document
named inside the description of the basis before it, with no ';' ("… phê duyệt Đề án theo đề
nghị của Bộ … tại Tờ trình số …", a proposal) stays no basis. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import quang_tri_plan, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def identifiers(text: str) -> list[str]:
    return [b["identifier"] for b in read(text)["legal_bases"]]


def opening(sentence: str) -> str:
    return quang_tri_plan(f"{sentence}\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao nhận thức.\n")


@pytest.mark.parametrize(
    "asked",
    [
        "theo đề nghị của Bộ Thông tin và Truyền thông tại Công văn số 5768/BTTTT- TTĐN",
        "theo đề nghị của Bộ Thông tin và Truyền thông tại Công văn số 5768/BTTTT-TTĐN",
        "theo hướng dẫn của Bộ Thông tin và Truyền thông tại Văn bản số 5768/BTTTT -TTĐN",
        "theo yêu cầu của Bộ Ngoại giao tại Công văn số 5768/BNG-TTBC",
    ],
)
def test_the_letter_asked_at_after_a_semicolon_is_a_basis(asked):
    got = identifiers(
        opening(
            "Thực hiện Quyết định số 1079/QĐ-TTg ngày 14/9/2022 của Thủ tướng Chính phủ về việc "
            f"phê duyệt Đề án truyền thông về quyền con người ở Việt Nam; {asked} ngày "
            "28/11/2022, UBND tỉnh ban hành Kế hoạch triển khai Đề án như sau:"
        )
    )
    symbol = asked.rsplit("số ", 1)[1].replace(" ", "")
    assert got == ["1079/QĐ-TTg", symbol]


def test_near_miss_a_document_inside_the_description_stays_no_basis():
    got = identifiers(
        opening(
            "Thực hiện Quyết định số 1079/QĐ-TTg ngày 14/9/2022 của Thủ tướng Chính phủ về việc "
            "phê duyệt Đề án theo đề nghị của Bộ Thông tin và Truyền thông tại Công văn số "
            "5768/BTTTT-TTĐN ngày 28/11/2022, UBND tỉnh ban hành Kế hoạch triển khai Đề án như sau:"
        )
    )
    assert got == ["1079/QĐ-TTg"]
