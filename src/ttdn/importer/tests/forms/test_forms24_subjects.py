"""A body as the subject of its duty, read from its form (tasks24).

"<body> <có nhiệm vụ / có trách nhiệm / cần chủ động / phải thường xuyên / tập trung / tiếp tục
/ được giao> <duty>" in a news item of a plan: one task led by the subject, whatever the body
(a collective, a named body, the people who carry the work: "Đội ngũ báo cáo viên …",
"Lực lượng Công an tỉnh …"). Near misses: the same subjects with results ("được nâng lên"),
past work ("đã …"), ongoing work ("đang …"). Synthetic texts only, written for this test.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

SUBJECTS = {
    "Các sở, ban, ngành": ["Các sở, ban, ngành"],
    "UBND các xã, phường, thị trấn": ["UBND các xã, phường, thị trấn"],
    "Đội ngũ báo cáo viên các cấp": ["Đội ngũ báo cáo viên các cấp"],
    "Lực lượng Công an tỉnh": ["Lực lượng Công an tỉnh"],
    "Đội ngũ tuyên truyền viên cơ sở": ["Đội ngũ tuyên truyền viên cơ sở"],
    "Đài Phát thanh và Truyền hình tỉnh": ["Đài Phát thanh và Truyền hình tỉnh"],
}
MODALS = [
    "có nhiệm vụ",
    "có trách nhiệm",
    "cần chủ động",
    "phải thường xuyên",
    "tập trung",
    "tiếp tục",
    "được giao",
]
DUTY = "tổ chức tuyên truyền về công tác biên giới"


@pytest.mark.parametrize("modal", MODALS)
@pytest.mark.parametrize("subject", SUBJECTS)
def test_a_body_and_its_duty(subject, modal):
    sentence = f"{subject} {modal} {DUTY}"
    result = read(news_of_plan("Phú Yên", f"Theo kế hoạch, {sentence}.\n"))
    assert texts_and_leads(result) == [(sentence, SUBJECTS[subject])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Qua đó, trình độ của đội ngũ báo cáo viên được nâng lên rõ rệt.",
        "Năm 2023, lực lượng Công an tỉnh đã tổ chức tuyên truyền tại 40 xã.",
        "Hiện nay, Sở Ngoại vụ đang xây dựng dự thảo quy chế phối hợp.",
        "Đội ngũ báo cáo viên đã được tập huấn kỹ năng tuyên truyền.",
    ],
)
def test_near_misses(sentence):
    result = read(news_of_plan("Phú Yên", f"{sentence}\n"))
    assert texts_and_leads(result) == []
