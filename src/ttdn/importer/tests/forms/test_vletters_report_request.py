"""A letter's request for a report by a day is one of its asks (vletters).

"Đề nghị các sở, ban, ngành báo cáo kết quả … gửi về Sở … trước ngày 10/6/2024", "2. Các cơ quan,
đơn vị báo cáo kết quả thực hiện về Sở Ngoại vụ trước ngày 15/12/2024 …", "UBND tỉnh yêu cầu UBND
các huyện … gửi báo cáo … trước ngày 30/11": in a letter (or a letter retold as news) the request
is a task led by the bodies asked, though its day is also read as the report deadline; in a plan
the same sentence is its reporting regime and no task (near miss). Each text is written for the
test.
"""

from __future__ import annotations

import pytest

from .support import letter_of, quang_tri_plan, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

REQUESTS = [
    (
        "Đề nghị các sở, ban, ngành báo cáo kết quả công tác thông tin đối ngoại 6 tháng đầu năm "
        "2024, gửi về Sở Thông tin và Truyền thông trước ngày 10/6/2024",
        ["các sở, ban, ngành"],
    ),
    (
        "UBND tỉnh yêu cầu UBND các huyện, thị xã, thành phố gửi báo cáo tình hình tuyên truyền "
        "biên giới về Sở Ngoại vụ trước ngày 30/11/2024",
        ["UBND các huyện, thị xã, thành phố"],
    ),
    (
        "Các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Ngoại vụ trước ngày 15 tháng 12 năm "
        "2024 để tổng hợp, báo cáo UBND tỉnh",
        ["Các cơ quan, đơn vị"],
    ),
]
FIRST = (
    "Sở Ngoại vụ chủ trì biên soạn tài liệu giới thiệu tỉnh bằng tiếng Anh",
    ["Sở Ngoại vụ"],
)


@pytest.mark.parametrize(("request_text", "lead"), REQUESTS[:2])  # (the ones that ask)
def test_the_request_alone_in_a_letter(request_text, lead):
    assert texts_and_leads(read(letter_of("Phú Yên", request_text + "."))) == [(request_text, lead)]


@pytest.mark.parametrize(("request_text", "lead"), REQUESTS)
def test_the_request_as_a_numbered_item(request_text, lead):
    body = f"UBND tỉnh yêu cầu:\n1. {FIRST[0]}.\n2. {request_text}."
    assert texts_and_leads(read(letter_of("Phú Yên", body))) == [FIRST, (request_text, lead)]


def test_in_a_plan_it_is_the_reporting_regime():
    plan = quang_tri_plan(
        "I. NHIỆM VỤ\n1. Sở Ngoại vụ chủ trì biên soạn tài liệu giới thiệu tỉnh bằng tiếng Anh.\n"
        "II. TỔ CHỨC THỰC HIỆN\nCác sở, ban, ngành báo cáo kết quả thực hiện về Sở Ngoại vụ "
        "trước ngày 15/12/2025 để tổng hợp, báo cáo UBND tỉnh.\n"
    )
    result = read(plan)
    assert result["report_deadline"] is not None
    assert not any("trước ngày 15/12/2025" in text for text, _ in texts_and_leads(result))
