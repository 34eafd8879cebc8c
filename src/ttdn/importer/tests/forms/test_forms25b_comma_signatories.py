"""Joint signatories listed with a comma before their verb (forms25b, batch 25's form 1):
"Bộ Ngoại giao, Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh ký kết chương trình phối
hợp …" names two bodies, the first of which is the issuer (as "X và Y ký kết …" is read),
national for a ministry; the first name is not run on into the second across the comma.
Near misses: a comma inside one body's name ("Bộ Văn hóa, Thể thao và Du lịch"), a body
and what it witnesses, a place before the body."""

from __future__ import annotations

import pytest

from .support import assert_read, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

SIGNED = [
    (
        "Sáng 29/12, tại Hà Nội, Bộ Ngoại giao, Trung ương Đoàn Thanh niên Cộng sản Hồ Chí "
        "Minh ký kết chương trình phối hợp công tác giai đoạn 2022-2026.\n",
        {"issuer": "Bộ Ngoại giao", "level": "national", "period": (2022, 2026)},
    ),
    (
        "Ngày 14/3/2023, Bộ Thông tin và Truyền thông, Trung ương Hội Liên hiệp Phụ nữ Việt Nam "
        "vừa ký kết chương trình phối hợp tuyên truyền giai đoạn 2023-2027.\n",
        {"issuer": "Bộ Thông tin và Truyền thông", "level": "national", "period": (2023, 2027)},
    ),
    (
        "Ủy ban Nhà nước về người Việt Nam ở nước ngoài, Đoàn Thanh niên Cộng sản Hồ Chí Minh "
        "đã ký kết chương trình phối hợp giai đoạn 2024-2028 về công tác thanh niên kiều bào.\n",
        {
            "issuer": "Ủy ban Nhà nước về người Việt Nam ở nước ngoài",
            "level": "national",
            "period": (2024, 2028),
        },
    ),
    (
        # (three bodies, the last after "và")
        "Ngày 5/6/2024, Sở Ngoại vụ tỉnh Lào Cai, Công an tỉnh Lào Cai và Bộ Chỉ huy Bộ đội "
        "Biên phòng tỉnh Lào Cai ký kết kế hoạch phối hợp thông tin đối ngoại năm 2024.\n",
        {"issuer": "Sở Ngoại vụ tỉnh Lào Cai", "period": (2024, 2024)},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED)
def test_the_first_of_signatories_listed_with_a_comma_is_the_issuer(text, expected):
    assert_read(text, {"doc_type": "news_about_plan", **expected})


def test_a_comma_inside_one_body_s_name_still_joins_its_words():
    text = (
        "Ngày 10/5/2023, Bộ Văn hóa, Thể thao và Du lịch ban hành Kế hoạch số 1520/KH-BVHTTDL "
        "về thông tin đối ngoại năm 2023.\n"
    )
    assert_read(text, {"issuer": "Bộ Văn hóa, Thể thao và Du lịch", "level": "national"})


# Near misses: bodies witnessing another pair's signing; the first comma-joined name
# doing something else than signing (no joint act after the list).
NOT_SIGNERS = [
    "Ngày 29/12/2022, lãnh đạo Bộ Ngoại giao, Trung ương Đoàn chứng kiến lễ ký kết chương "
    "trình phối hợp giữa Hội Sinh viên Việt Nam và Hội Thanh niên Việt Nam giai đoạn "
    "2022-2026.\n",
    "Bộ Ngoại giao, Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh là hai cơ quan có nhiều "
    "hoạt động hướng tới thanh niên kiều bào trong giai đoạn 2022-2026.\n",
]


@pytest.mark.parametrize("text", NOT_SIGNERS)
def test_bodies_listed_that_do_not_sign_are_no_issuer(text):
    assert read(text)["issuer"] != "Bộ Ngoại giao"
