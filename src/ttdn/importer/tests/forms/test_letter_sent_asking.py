"""A letter retold in news by whom it was sent to and what it asks (batches 10, 17, 22).

"Ngày …, Ban Tuyên giáo Tỉnh ủy có Công văn số 594-CV/BTGTU gửi các sở, ban, ngành; Báo …;
Đài … yêu cầu tuyên truyền hưởng ứng Cuộc thi …": the ask sits in the sentence that announces
the letter, its addressees after "gửi", not after the verb, so no request was read. The ask is
a task from its verb ("yêu cầu" / "đề nghị", "về việc đề nghị" too), led by the addressees;
a letter sent with no ask of a duty ("gửi Bộ Ngoại giao về việc báo cáo kết quả …") gives none.
Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

HEAD = "Tuyên truyền kỷ niệm 50 năm quan hệ ngoại giao Việt Nam - Nhật Bản\nNgày đăng: 10.03.2024\n"
AFTER = (
    "\n\nNăm 2023, hai nước đã tổ chức nhiều hoạt động kỷ niệm có ý nghĩa, góp phần tăng cường "
    "quan hệ hữu nghị.\n"
)
ASK = "tuyên truyền kỷ niệm 50 năm thiết lập quan hệ ngoại giao Việt Nam - Nhật Bản"


@pytest.mark.parametrize(
    ("sent", "verb", "lead"),
    [
        (
            "Ngày 05 tháng 3 năm 2024, Sở Ngoại vụ tỉnh Phú Yên có Văn bản số 120/SNgV-TTĐN gửi "
            "các sở, ban, ngành; Báo Phú Yên; Đài Phát thanh và Truyền hình Phú Yên ",
            "đề nghị ",
            ["các sở, ban, ngành", "Báo Phú Yên", "Đài Phát thanh và Truyền hình Phú Yên"],
        ),
        (
            "Ngày 05/3/2024, Ban Tuyên giáo Tỉnh ủy có Công văn số 594-CV/BTGTU gửi các huyện "
            "ủy, thị ủy, thành ủy ",
            "yêu cầu ",
            ["các huyện ủy, thị ủy, thành ủy"],
        ),
        (
            "Ngày 05/3/2024, UBND tỉnh Phú Yên ban hành Công văn số 812/UBND-KGVX gửi tới Ủy ban "
            "Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội, ",
            "đề nghị ",
            ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội"],
        ),
    ],
)
def test_the_ask_of_the_letter_sent_is_a_task(directory, sent, verb, lead):
    got = texts_and_leads(read(HEAD + sent + verb + ASK + "." + AFTER))
    assert got == [(verb + ASK, lead)]


def test_a_letter_sent_with_no_ask_gives_no_task(directory):
    sent = (
        "Ngày 05/3/2024, Sở Ngoại vụ tỉnh Phú Yên có Văn bản số 120/SNgV-TTĐN gửi Bộ Ngoại giao "
        "về việc báo cáo kết quả tổ chức các hoạt động kỷ niệm."
    )
    assert texts_and_leads(read(HEAD + sent + AFTER)) == []
