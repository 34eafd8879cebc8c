"""The signing of an agreement or of a coordination told as news, for the years it names: "…
tổ chức lễ ký kết thỏa thuận hợp tác truyền thông với 18 cơ quan báo chí năm 2025", "… ký
kết công tác phối hợp tuyên truyền biên giới; tuyên truyền …, giai đoạn 2026 - 2030" (as a
coordination regulation signed is read, batch 15): the years named are the item's period,
even after the clauses a coordination lists (separated by semicolons). Near misses: a signing
with no year gives no period, and an agreement named without its signing gives none.

Each text is written for the test in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

CASES = [
    (
        "Sáng 14-1, Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Yên tổ chức lễ ký kết thỏa thuận "
        "hợp tác truyền thông với 18 cơ quan báo chí trung ương và địa phương năm 2025.\n"
        "Theo đó, các bên phối hợp tuyên truyền các sự kiện lớn của tỉnh.",
        (2025, 2025),
    ),
    (
        "Chiều 20/12, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và Hội Liên hiệp Phụ nữ tỉnh ký kết công "
        "tác phối hợp tuyên truyền chủ quyền biên giới; vận động hội viên tham gia tự quản đường "
        "biên, mốc quốc giới; hoạt động “Nâng bước em tới trường”, giai đoạn 2026 - 2030.\n"
        "Đại diện lãnh đạo hai đơn vị phát biểu tại buổi lễ.",
        (2026, 2030),
    ),
    (
        "Hội Nhà báo tỉnh và Liên hiệp các tổ chức hữu nghị tỉnh ký kết thoả thuận phối hợp "
        "thông tin đối ngoại năm 2024.\nHai bên cam kết trao đổi thông tin thường xuyên.",
        (2024, 2024),
    ),
]


@pytest.mark.parametrize(("text", "period"), CASES)
def test_the_agreement_signed_gives_the_period(text, period):
    assert fields_of(read(text + "\n"))["period"] == period


NEAR_MISSES = [
    "Sáng 14-1, Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Yên tổ chức lễ ký kết thỏa thuận hợp "
    "tác truyền thông với các cơ quan báo chí.\nCác bên phối hợp tuyên truyền các sự kiện lớn.",
    "Hội nghị đánh giá kết quả thực hiện thỏa thuận hợp tác giữa hai đơn vị thời gian qua.\n"
    "Đại diện lãnh đạo hai đơn vị phát biểu.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_no_year_or_no_signing_gives_no_period(text):
    assert fields_of(read(text + "\n"))["period"] is None
