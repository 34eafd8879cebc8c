"""A letter told as news by its sending: "Ngày …, <body> có Công văn số … gửi A; B; C … yêu
cầu / đề nghị …". The semicolons part the addressees the letter is sent to, and the request
after them is the letter's own: the item is about that letter, its number and its day. (Not
the background form "Ngày …, Bộ … có Văn bản số …; Ban … có Hướng dẫn số …; Sở … đề nghị …",
where a body after a semicolon makes its own request: there the letters are not the item's.)

Each text is written for the test in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import assert_read

pytestmark = pytest.mark.django_db

CASES = [
    (
        "Ngày 12 tháng 5 năm 2023, Ban Tuyên giáo Tỉnh ủy có Công văn số 811-CV/BTGTU gửi các "
        "sở, ban, ngành tỉnh; Báo Phú Yên; Đài Phát thanh và Truyền hình tỉnh; ban tuyên giáo "
        "các huyện ủy, thị ủy, thành ủy yêu cầu tuyên truyền Cuộc thi tìm hiểu về biên giới.\n"
        "Cuộc thi nhằm nâng cao nhận thức của cán bộ, đảng viên và nhân dân.\n",
        "811-CV/BTGTU",
        "2023-05-12",
    ),
    (
        "Ngày 3/10/2024, Sở Ngoại vụ có Công văn số 1520/SNgV-TTĐN gửi các sở, ban, ngành; "
        "UBND các huyện, thị xã, thành phố; các cơ quan báo chí của tỉnh đề nghị đẩy mạnh "
        "thông tin đối ngoại về kỷ niệm 50 năm quan hệ ngoại giao.\n",
        "1520/SNgV-TTĐN",
        "2024-10-03",
    ),
    (
        "Ngày 20/02/2025, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh có văn bản số "
        "05-CV/BCĐ gửi các thành viên Ban Chỉ đạo; Mặt trận Tổ quốc và các đoàn thể tỉnh yêu cầu "
        "tuyên truyền về chủ quyền biển, đảo.\n",
        "05-CV/BCĐ",
        "2025-02-20",
    ),
]


@pytest.mark.parametrize(("text", "number", "day"), CASES)
def test_the_letter_sent_to_a_list_is_the_items(directory, text, number, day):
    assert_read(text, {"doc_type": "other", "plan_number": number, "issued_date": day})


def test_a_body_after_a_semicolon_makes_its_own_request(directory):
    # (near miss: the letters are the background of another body's request)
    text = (
        "Ngày 5/3/2024, Bộ Ngoại giao có Văn bản số 812/BNG-TTBC về việc tuyên truyền biển, "
        "đảo; Ban Tuyên giáo Trung ương có Hướng dẫn số 90-HD/BTGTW; Sở Ngoại vụ đề nghị các "
        "sở, ngành triển khai thực hiện.\n"
    )
    assert_read(text, {"plan_number": None})
