"""A strategy an article recalls as issued ("Ngày 14/2/2011, Thủ tướng Chính phủ đã ban hành
Chiến lược …", "Vừa qua, Chính phủ đã phê duyệt Chiến lược …") names the strategy's author,
not the article's: no issuer; the country's strategy, no place named, makes the article
national (batch 26). Near misses: the body issuing a plan of its own ("Ngày 5/3, Bộ Ngoại giao
ban hành Kế hoạch …") stays the issuer; a speaker's "Sau 10 năm thực hiện …" recalled after a
meeting's lede makes no review of that span.

Each text is written for the test in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

_TAIL = (
    "Ngoại giao văn hóa đã góp phần quảng bá hình ảnh đất nước, con người Việt Nam tới bạn bè "
    "quốc tế.\n"
)

RECALLED = [
    "Ngày 20/3/2012, Thủ tướng Chính phủ đã ban hành Chiến lược phát triển văn hóa đối ngoại "
    "đến năm 2020.\n",
    "Vừa qua, Chính phủ đã phê duyệt Chiến lược thông tin đối ngoại giai đoạn 2021-2030, mở ra "
    "nhiều cơ hội mới.\n",
    "Năm 2019, Thủ tướng Chính phủ vừa ban hành Chiến lược quảng bá văn hóa ra nước ngoài.\n",
]


@pytest.mark.parametrize("opening", RECALLED)
def test_a_strategy_recalled_names_no_issuer(opening):
    got = fields_of(read(opening + _TAIL))
    assert (got["issuer"], got["level"]) == (None, "national")


def test_a_body_issuing_its_plan_stays_the_issuer():
    got = fields_of(
        read(
            "Ngày 5/3/2024, Bộ Ngoại giao ban hành Kế hoạch thông tin đối ngoại năm 2024.\n" + _TAIL
        )
    )
    assert got["issuer"] == "Bộ Ngoại giao"


def test_a_span_recalled_after_a_meetings_lede_is_no_review_of_it():
    text = (
        "Hội nghị tổng kết công tác thông tin đối ngoại năm 2023\n\n"
        "Chiều 20/12, Ban Tuyên giáo Trung ương tổ chức hội nghị tổng kết công tác thông tin "
        "đối ngoại năm 2023, triển khai nhiệm vụ năm 2024.\n\n"
        "Các đại biểu đã dự hội nghị tại các điểm cầu trên cả nước và trao đổi nhiều ý kiến.\n\n"
        "Chiến lược được thực hiện trong giai đoạn 2011 – 2020. Sau 10 năm thực hiện Chiến lược, "
        "công tác này đã đạt nhiều kết quả.\n"
    )
    got = fields_of(read(text))
    assert got["period"] == (2023, 2023)
