"""Plans a body issues every year, told in a review, are no news of a plan (batch 23).

"Hằng năm, Ban Chỉ đạo chương trình phối hợp ban hành kế hoạch triển khai hoạt động, như: …":
what a body does each year ("Hàng năm", "Hằng năm", "Mỗi năm") is its practice over the
years reviewed, not the issuing of one plan the item reports; the work it lists is done work.
Variants: the three words, with or without a comma. Near miss: the issuing of one plan on a
day ("Ngày 5/3/2024, UBND tỉnh ban hành Kế hoạch …") is news of a plan, as before.
Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def review(opening: str) -> str:
    return (
        "Bảo vệ chủ quyền, an ninh biên giới quốc gia\n\n"
        "Chương trình phối hợp giữa Sở Thông tin và Truyền thông tỉnh Đồng Tháp với Bộ Chỉ huy "
        "Bộ đội Biên phòng tỉnh về thông tin đối ngoại khu vực biên giới giai đoạn 2016-2020 đã "
        "tròn 5 năm thực hiện.\n\n"
        f"{opening} ban hành kế hoạch triển khai hoạt động, như: Xây dựng cụm pa-nô tuyên "
        "truyền tại khu vực cửa khẩu. Thường xuyên tập huấn, bồi dưỡng nghiệp vụ cho đội ngũ "
        "cán bộ làm công tác thông tin đối ngoại.\n"
    )


@pytest.mark.parametrize(
    "opening",
    [
        "Hàng năm, Ban Chỉ đạo chương trình phối hợp",
        "Hằng năm Ban Chỉ đạo chương trình phối hợp",
        "Mỗi năm, Ban Chỉ đạo chương trình phối hợp",
    ],
)
def test_yearly_plans_are_no_news_of_a_plan(opening):
    got = fields_of(read(review(opening)))
    assert got["doc_type"] != "news_about_plan"
    assert got["tasks"] == []


def test_near_miss_one_plan_issued_on_a_day_is_news_of_a_plan():
    got = fields_of(read(review("Ngày 5/3/2021, Ban Chỉ đạo chương trình phối hợp")))
    assert got["doc_type"] == "news_about_plan"
