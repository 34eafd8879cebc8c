"""A joint plan told through its signing (meta24), as a joint programme is ("X và Y ký kết
Chương trình phối hợp …"): "X và Y (vừa) ký kết kế hoạch phối hợp …" is news of the plan,
its issuer the body named first and its period the plan's, with or without a meeting named
(the form dropped in b6995a3 on a held-out total, brought back on the forms)."""

from __future__ import annotations

import pytest

from .support import assert_read, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

SIGNED = [
    (
        "Ngày 12/5/2023, Sở Thông tin và Truyền thông và Bộ Chỉ huy Bộ đội Biên phòng tỉnh "
        "Kiên Giang ký kết kế hoạch phối hợp tuyên truyền biển, đảo giai đoạn 2023-2025.\n"
        "Hai bên thống nhất trao đổi thông tin thường xuyên.\n",
        "Sở Thông tin và Truyền thông tỉnh Kiên Giang",
        (2023, 2025),
    ),
    (
        "Hội Liên hiệp Phụ nữ tỉnh Bạc Liêu và Ủy ban MTTQ Việt Nam tỉnh Bạc Liêu vừa ký kết Kế "
        "hoạch phối hợp thực hiện công tác đối ngoại nhân dân năm 2024.\n",
        "Hội Liên hiệp Phụ nữ tỉnh Bạc Liêu",
        (2024, 2024),
    ),
    (
        "Sáng 7/3/2025, Ban Tuyên giáo Tỉnh ủy Ninh Thuận cùng Sở Ngoại vụ tỉnh Ninh Thuận ký kết "
        "kế hoạch phối hợp thông tin đối ngoại năm 2025.\n",
        "Ban Tuyên giáo Tỉnh ủy Ninh Thuận",
        (2025, 2025),
    ),
]


@pytest.mark.parametrize(("text", "issuer", "period"), SIGNED)
def test_a_joint_plan_told_through_its_signing_is_news_of_it(text, issuer, period):
    assert_read(text, {"doc_type": "news_about_plan", "issuer": issuer, "period": period})


# Near misses: a signing told as done in an account of work, one promised for later.
NOT_SIGNED = [
    "Năm 2023, Sở Ngoại vụ tỉnh Kiên Giang đã ký kết kế hoạch phối hợp với 5 đơn vị và tổ "
    "chức 12 hội nghị.\n",
    "Ngày 3/4/2024, Sở Ngoại vụ tỉnh Kiên Giang làm việc với Hội Nhà báo tỉnh. Hai bên thống "
    "nhất sẽ ký kết kế hoạch phối hợp trong thời gian tới.\n",
]


@pytest.mark.parametrize("text", NOT_SIGNED)
def test_a_signing_told_as_done_or_to_come_is_no_news_of_a_plan(text):
    assert read(text)["doc_type"] != "news_about_plan"
