"""News of a Prime Minister's decision told by its signer (forms25b, batch 25's form 3):
"Phó Thủ tướng X vừa ký Quyết định số 173/QĐ-TTg (của Thủ tướng Chính phủ) phê duyệt
Chiến lược … giai đoạn 2026-2030, tầm nhìn đến năm 2045" is news of a plan issued by the
Prime Minister whoever signs it, national, numbered by the decision and, for a strategy,
titled as the decision ("Phê duyệt Chiến lược …", as qd_ttg_837_2022), its period the
strategy's span without the vision year.
Near misses: a deputy prime minister attending or directing, no decision signed; a decision
of a ministry a minister signs is not the Prime Minister's."""

from __future__ import annotations

import pytest

from .support import assert_read, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

SIGNED = [
    (
        "Lan tỏa, quảng bá hình ảnh quốc gia Việt Nam\n"
        "Phó Thủ tướng Mai Văn Chính vừa ký Quyết định số 173/QĐ-TTg của Thủ tướng Chính phủ "
        "phê duyệt Chiến lược truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài giai đoạn "
        "2026-2030, tầm nhìn đến năm 2045.\n",
        "173/QĐ-TTg",
        "Phê duyệt Chiến lược truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài giai đoạn "
        "2026-2030, tầm nhìn đến năm 2045",
        (2026, 2030),
    ),
    (
        "Phó Thủ tướng Trần Hồng Hà đã ký Quyết định số 1079/QĐ-TTg phê duyệt Đề án tuyên "
        "truyền về quyền con người giai đoạn 2022-2025.\n",
        "1079/QĐ-TTg",
        # (a scheme keeps its own name in news, as tin_qd837_2022's gold writes it)
        "Đề án tuyên truyền về quyền con người giai đoạn 2022-2025",
        (2022, 2025),
    ),
    (
        "Ngày 14/6/2022, Thủ tướng Phạm Minh Chính ký Quyết định số 837/QĐ-TTg phê duyệt Chiến "
        "lược thông tin đối ngoại giai đoạn 2022-2030, tầm nhìn đến năm 2040.\n",
        "837/QĐ-TTg",
        "Phê duyệt Chiến lược thông tin đối ngoại giai đoạn 2022-2030, tầm nhìn đến năm 2040",
        (2022, 2030),
    ),
]


@pytest.mark.parametrize(("text", "number", "title", "period"), SIGNED)
def test_a_prime_minister_s_decision_told_by_its_signer(text, number, title, period):
    assert_read(
        text,
        {
            "doc_type": "news_about_plan",
            "issuer": "Thủ tướng Chính phủ",
            "level": "national",
            "plan_number": number,
            "title": title,
            "period": period,
        },
    )


# Near misses: a deputy prime minister at a meeting, directing; a minister's own decision.
def test_a_deputy_prime_minister_who_signs_nothing_is_no_issuer_of_a_decision():
    text = (
        "Phó Thủ tướng Trần Hồng Hà dự hội nghị triển khai Quyết định số 1079/QĐ-TTg phê duyệt "
        "Đề án tuyên truyền về quyền con người giai đoạn 2022-2025.\n"
    )
    assert read(text)["issuer"] != "Thủ tướng Chính phủ"


def test_a_minister_s_decision_is_not_the_prime_minister_s():
    text = (
        "Bộ trưởng Nguyễn Mạnh Hùng vừa ký Quyết định số 2260/QĐ-BTTTT phê duyệt Kế hoạch "
        "thông tin đối ngoại năm 2022.\n"
    )
    assert read(text)["issuer"] != "Thủ tướng Chính phủ"
