"""A letter's body relayed on a site without its header (batch 23).

A district's or a department's portal copies a letter from its opening sentence: "Thực hiện
công văn số 12/VHCS-TT, ngày 03/3/2021 của Cục Văn hóa cơ sở về việc …, Sở Văn hóa, Thể thao
và Du lịch đề nghị các đơn vị … thực hiện … với nội dung sau:". With no "Kính gửi" and no
heading, the opening sentence still cites what the letter carries out: its bases, however the
kind is written (small or capital, a comma before "ngày" or none), whatever commas its
subject holds ("… Việt Nam – Lào, Việt Nam – Campuchia, Sở …"). Variants: "đề nghị",
"yêu cầu", "hướng dẫn"; "như sau:" or "nội dung sau:". Near misses: a news item telling that
a body carried out a letter ("Thực hiện Công văn số …, thời gian qua Sở … đã tổ chức …"), no
request to anyone, cites none, as before. Its headline, the guidance's title ("Hướng dẫn
tuyên truyền … năm 2021", a full stop after it or none), gives its period, the year it
guides; a headline naming the end of what it carries out ("… đến năm 2030") gives none.
Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def relayed(
    opening: str, headline: str = "Tuyên truyền về công tác biên giới trên đất liền năm 2021."
) -> str:
    return (
        "Thứ hai, 06/03/2023\nChào mừng bạn đến với trang thông tin điện tử huyện Ea Súp\n\n"
        f"{headline}\n\n"
        f"{opening}\n\n1. Nội dung tuyên truyền:\n\n– Tuyên truyền các văn bản pháp lý về "
        "biên giới trên đất liền.\n\n2. Hình thức tuyên truyền:\n\n– Tuyên truyền trên hệ "
        "thống loa truyền thanh cơ sở.\n"
    )


CASES = [
    "Thực hiện công văn số 12/VHCS-TT, ngày 03/3/2021 của Cục Văn hóa cơ sở về việc hướng dẫn "
    "tuyên truyền công tác biên giới Việt Nam – Lào, Việt Nam – Campuchia, Sở Văn hóa, Thể "
    "thao và Du lịch đề nghị các đơn vị trực "
    "thuộc Sở, Phòng Văn hóa và Thông tin các huyện thực hiện công tác tuyên truyền với nội "
    "dung sau:",
    "Thực hiện Công văn số 12/VHCS-TT ngày 03/3/2021 của Cục Văn hóa cơ sở, Sở Văn hóa, Thể "
    "thao và Du lịch yêu cầu các đơn vị trực thuộc Sở thực hiện một số nội dung như sau:",
    "Thực hiện Văn bản số 12/VHCS-TT, ngày 03/3/2021 của Cục Văn hóa cơ sở, Sở Văn hóa, Thể "
    "thao và Du lịch hướng dẫn tuyên truyền như sau:",
]


@pytest.mark.parametrize("opening", CASES)
def test_a_relayed_letters_opening_cites_its_basis(opening):
    bases = read(relayed(opening))["legal_bases"]
    assert [(b["identifier"], b["date"]) for b in bases] == [("12/VHCS-TT", "2021-03-03")]


def test_near_miss_an_account_of_what_was_done_cites_none():
    text = relayed(
        "Thực hiện Công văn số 12/VHCS-TT, ngày 03/3/2021 của Cục Văn hóa cơ sở, thời gian qua "
        "Sở Văn hóa, Thể thao và Du lịch đã tổ chức nhiều hoạt động tuyên truyền."
    )
    assert read(text)["legal_bases"] == []


@pytest.mark.parametrize(
    ("headline", "period"),
    [
        ("Hướng dẫn tuyên truyền công tác biên giới trên đất liền năm 2021.", (2021, 2021)),
        ("Hướng dẫn tuyên truyền công tác biên giới trên đất liền năm 2021", (2021, 2021)),
        ("Hướng dẫn thực hiện Chiến lược văn hóa đối ngoại đến năm 2030.", None),
    ],
)
def test_a_relayed_guidances_headline_gives_its_period(headline, period):
    assert fields_of(read(relayed(CASES[0], headline)))["period"] == period
