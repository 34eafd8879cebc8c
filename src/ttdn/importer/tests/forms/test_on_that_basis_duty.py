"""A duty opening "Trên cơ sở đó" keeps its verb (batch 23).

"Trên cơ sở đó hoàn thiện dự thảo Kế hoạch của UBND tỉnh, trong đó dự kiến kinh phí thực
hiện …": "Trên cơ sở đó" (or "này") with no comma runs straight into the duty's verb; the
basis phrase ended by a comma ("Trên cơ sở kết quả rà soát, …") is the one dropped as a
connector, and here the comma closes the duty's object, so the duty is the whole sentence
(its "trong đó" part included). Variants: "đó", "này", another verb. Near miss: "Trên cơ sở
kết quả rà soát, các sở, ngành xây dựng kế hoạch …" reads as before, the phrase dropped.
Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, task_texts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

FIRST = "UBND tỉnh giao Sở Văn hóa và Thể thao chủ trì xây dựng dự thảo kế hoạch tổ chức lễ hội"


@pytest.mark.parametrize(
    "duty",
    [
        "Trên cơ sở đó hoàn thiện dự thảo Kế hoạch của UBND tỉnh, trong đó dự kiến kinh phí "
        "thực hiện, bảo đảm tiết kiệm",
        "Trên cơ sở này hoàn thiện dự thảo Kế hoạch của UBND tỉnh, trong đó dự kiến kinh phí "
        "thực hiện, bảo đảm tiết kiệm",
        "Trên cơ sở đó tổng hợp ý kiến các sở, ngành, trong đó làm rõ nguồn kinh phí",
    ],
)
def test_a_duty_opening_on_that_basis_keeps_its_verb(duty):
    result = read(news_of_plan("Phú Yên", f"{FIRST}. {duty}.\n"))
    assert task_texts(result) == [FIRST, duty]


def test_near_miss_a_basis_phrase_closed_by_a_comma_is_dropped():
    duty = "Trên cơ sở kết quả rà soát, các sở, ngành xây dựng kế hoạch tuyên truyền năm 2025"
    result = read(news_of_plan("Phú Yên", f"{FIRST}. {duty}.\n"))
    assert task_texts(result) == [FIRST, "các sở, ngành xây dựng kế hoạch tuyên truyền năm 2025"]
