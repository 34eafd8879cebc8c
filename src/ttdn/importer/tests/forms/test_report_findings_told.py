"""What a report found, told in a news item, is no duty (batch 23).

"Báo cáo chính trị đại hội chỉ rõ, Chi bộ … đã lãnh đạo toàn cơ quan hoàn thành …": a
report (the political report of a congress, a review's report) named as the subject of "chỉ
rõ", "nêu rõ", "đánh giá", "khẳng định", "nhận định", then a comma or "rằng": its findings,
the work done, as "Kết quả cho thấy …" is. Variants: the four verbs, a comma or "rằng".
Near misses: a body that assesses ("Sở Ngoại vụ đánh giá, tổng kết việc thực hiện …")
stays a task. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, task_texts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

DUTY = "Các sở, ban, ngành tăng cường quảng bá hình ảnh tỉnh trên báo chí nước ngoài"


@pytest.mark.parametrize(
    "opening",
    [
        "Báo cáo chính trị tại đại hội chỉ rõ,",
        "Báo cáo tổng kết nêu rõ,",
        "Báo cáo của Ban Chỉ đạo đánh giá,",
        "Báo cáo chính trị khẳng định rằng",
    ],
)
def test_a_reports_findings_are_no_duty(opening):
    found = (
        f"{opening} Chi bộ Sở Ngoại vụ lãnh đạo toàn cơ quan hoàn thành vượt chỉ tiêu kế "
        "hoạch cấp trên giao hằng năm về công tác đối ngoại."
    )
    result = read(news_of_plan("Phú Yên", f"{found}\n{DUTY}.\n"))
    assert task_texts(result) == [DUTY]


def test_near_miss_a_body_pointing_out_is_a_duty():
    duty = "Sở Ngoại vụ đánh giá, tổng kết việc thực hiện công tác thông tin đối ngoại năm 2025"
    result = read(news_of_plan("Phú Yên", f"{DUTY}.\n{duty}.\n"))
    assert task_texts(result) == [DUTY, duty]
