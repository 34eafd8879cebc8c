"""The contents asked for, as the subject of a guidance's paragraph (batch 20).

A guidance retold from "Theo đó, Ban … yêu cầu …" gives the bodies' duties; a later paragraph
whose first sentence has the contents, not a body, as subject and asks for them ("Nội dung
tuyên truyền … cần tập trung tuyên truyền …") is a duty with no lead, and so are the sentences
with no subject after it ("Tiếp tục tuyên truyền …", "Thông tin …"). A contents paragraph with
no "cần" / "phải" (told, not asked) is not read so. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

ASK = (
    "Theo đó, Ban Tuyên giáo Tỉnh ủy yêu cầu các huyện ủy, thị ủy; các sở, ngành của tỉnh lựa "
    "chọn nội dung, hình thức tuyên truyền phù hợp với tình hình địa phương"
)
LEAD = ["các huyện ủy, thị ủy", "các sở, ngành của tỉnh"]
CONTENTS = [
    "Nội dung tuyên truyền biên giới cần tập trung phổ biến chủ trương, chính sách của Đảng và "
    "Nhà nước về quản lý, bảo vệ biên giới quốc gia",
    "Tiếp tục tuyên truyền kết quả phân giới, cắm mốc trên tuyến biên giới của tỉnh",
    "Thông tin những kết quả hợp tác giữa các địa phương hai bên biên giới",
]


def test_contents_asked_and_the_sentences_after_them_are_unled_duties(directory):
    got = read(
        "Hướng dẫn tuyên truyền biên giới năm 2024\n" + ASK + ".\n" + ". ".join(CONTENTS) + ".\n"
    )
    assert texts_and_leads(got) == [(ASK.removeprefix("Theo đó, "), LEAD)] + [
        (text, []) for text in CONTENTS
    ]


def test_contents_told_are_not_read_as_duties(directory):
    told = (
        "Nội dung tuyên truyền biên giới tập trung vào chủ trương, chính sách của Đảng và Nhà "
        "nước về quản lý, bảo vệ biên giới quốc gia. Tiếp tục tuyên truyền kết quả phân giới, "
        "cắm mốc trên tuyến biên giới của tỉnh."
    )
    got = read("Hướng dẫn tuyên truyền biên giới năm 2024\n" + ASK + ".\n" + told + "\n")
    assert texts_and_leads(got) == [(ASK.removeprefix("Theo đó, "), LEAD)]
