"""The signing of a coordination regulation told as news (batch 15's form, read in batch 20's
pass on metadata).

"Ban Tuyên giáo Huyện ủy … phối hợp … tổ chức chương trình ký kết quy chế phối hợp tuyên truyền
biển đảo năm 2022", "Các bên ký kết Quy chế phối hợp thực hiện công tác đối ngoại nhân dân giai
đoạn 2024 - 2028": the regulation signed names the years it is for, and those are the item's
period (the corpus's convention: a signed coordination regulation has the years it names). The
headline naming the regulation with no year does not stop the reading. Near misses: a signing
with no year gives no period, and a regulation named without its signing gives none. Synthetic
texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

CASES = [
    (
        "Hòa Bình: Ký kết quy chế phối hợp tuyên truyền biển đảo\nChiều 12/4, Ban Tuyên giáo "
        "Huyện ủy Lạc Sơn phối hợp Đồn Biên phòng tổ chức chương trình ký kết quy chế phối hợp "
        "tuyên truyền biển đảo năm 2023.\nĐại biểu các đơn vị tham dự chương trình.",
        (2023, 2023),
    ),
    (
        "Phối hợp liên ngành trong công tác đối ngoại nhân dân\nLiên hiệp các tổ chức hữu nghị "
        "tỉnh cùng các sở, ngành thực hiện các hoạt động đối ngoại nhân dân.\nCác bên ký kết Quy "
        "chế phối hợp thực hiện công tác đối ngoại nhân dân giai đoạn 2025 - 2029. Ảnh: Báo tỉnh",
        (2025, 2029),
    ),
    (
        "Sáng 3/6, Hội Nông dân tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh ký kết quy chế phối "
        "hợp giai đoạn 2022-2026 về tuyên truyền biên giới.",
        (2022, 2026),
    ),
]


@pytest.mark.parametrize(("text", "period"), CASES)
def test_the_regulation_signed_gives_the_period(text, period):
    assert fields_of(read(text + "\n"))["period"] == period


NEAR_MISSES = [
    "Sáng 3/6, Hội Nông dân tỉnh và Bộ Chỉ huy Bộ đội Biên phòng tỉnh ký kết quy chế phối hợp "
    "về tuyên truyền biên giới.",
    "Hội nghị đã đánh giá kết quả thực hiện quy chế phối hợp giữa hai đơn vị trong thời gian qua.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_no_year_or_no_signing_gives_no_period(text):
    assert fields_of(read(text + "\n"))["period"] is None
