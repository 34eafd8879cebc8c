"""News of a plan told by its aims or contents ("Theo đó, mục đích của kế hoạch nhằm …",
"Mục tiêu của kế hoạch là …"), as a copy that begins after the sentence naming the plan
keeps it: news of a plan, not other. Near misses: the aim of a meeting or of a contest,
and a plan named only as carried out by a meeting, are not.

Each text is written for the test in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

DESCRIBED = [
    "Theo đó, mục đích của kế hoạch nhằm nâng cao nhận thức của cán bộ, đảng viên và nhân dân "
    "về chủ quyền biển, đảo. Đồng thời, phát huy sức mạnh đại đoàn kết toàn dân tộc.",
    "Mục tiêu của kế hoạch là tuyên truyền sâu rộng về biên giới quốc gia, góp phần xây dựng "
    "đường biên giới hòa bình, hữu nghị.",
    "Theo đó, nội dung chính của kế hoạch tập trung tuyên truyền về tiềm năng, thế mạnh của "
    "địa phương tới bạn bè quốc tế.",
]


@pytest.mark.parametrize("text", DESCRIBED)
def test_a_plan_described_is_news_of_a_plan(text):
    assert fields_of(read(text + "\n"))["doc_type"] == "news_about_plan"


NEAR_MISSES = [
    "Theo đó, mục đích của cuộc thi nhằm nâng cao nhận thức của cán bộ, đảng viên và nhân dân "
    "về chủ quyền biển, đảo.",
    "Mục đích của hội nghị là trao đổi kinh nghiệm trong công tác đối ngoại nhân dân.",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_other_aims_are_not(text):
    assert fields_of(read(text + "\n"))["doc_type"] == "other"


def test_a_strategys_horizon_is_no_period():
    text = (
        "Theo đó, mục đích của kế hoạch nhằm triển khai hiệu quả Chiến lược phát triển bền vững "
        "kinh tế biển đến năm 2030, tầm nhìn đến năm 2045 trên địa bàn.\n"
    )
    got = fields_of(read(text))
    assert (got["doc_type"], got["period"]) == ("news_about_plan", None)


def test_a_year_named_besides_the_horizon_is_the_period():
    # (near miss: the plan's own year named as well)
    text = (
        "Theo đó, mục đích của kế hoạch năm 2024 nhằm triển khai hiệu quả Chiến lược phát triển "
        "bền vững kinh tế biển đến năm 2030, tầm nhìn đến năm 2045 trên địa bàn.\n"
    )
    assert fields_of(read(text))["period"] == (2024, 2024)
