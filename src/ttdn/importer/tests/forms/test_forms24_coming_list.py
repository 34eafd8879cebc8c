"""The coming period's work listed in a review, inline or in lines (tasks24).

A review's list of the next period's work, introduced by the work's name ("phương hướng",
"nhiệm vụ", "giải pháp") with the period, by the meeting or the board ("Hội nghị đề ra …",
"Ban Chỉ đạo xác định …", "… thống nhất …") or alone ("Phương hướng, nhiệm vụ năm 2024:"),
its items after ";" on the same line or as bullets below: one task per item. Near misses: the
year reviewed's work listed ("Năm 2023, Ban Chỉ đạo đã thực hiện các nhiệm vụ: …").
Synthetic texts only, written for this test.
"""

from __future__ import annotations

import pytest

from .support import read, review_news, task_texts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

ITEMS = [
    "tiếp tục đổi mới nội dung tuyên truyền",
    "đẩy mạnh quảng bá hình ảnh tỉnh",
    "nâng cao năng lực đội ngũ cán bộ",
]
INTROS = [
    "Hội nghị đề ra phương hướng năm 2024:",
    "Phương hướng, nhiệm vụ năm 2024:",
    "Năm 2024, Ban Chỉ đạo xác định các nhiệm vụ trọng tâm sau:",
    "Hội nghị thống nhất các nhiệm vụ trọng tâm năm 2024 như sau:",
    "Nhiệm vụ năm 2024 gồm:",
    "Thời gian tới, Ban Chỉ đạo tập trung thực hiện tốt các nhiệm vụ:",
    "Năm 2024, Ban Chỉ đạo đề ra một số giải pháp:",
]


@pytest.mark.parametrize("intro", INTROS)
def test_items_inline(intro):
    result = read(review_news("Phú Yên", f"{intro} {'; '.join(ITEMS)}.\n"))
    assert task_texts(result) == ITEMS


@pytest.mark.parametrize("intro", INTROS)
def test_items_in_lines(intro):
    lines = "\n".join(f"- {item[0].upper()}{item[1:]};" for item in ITEMS)
    result = read(review_news("Phú Yên", f"{intro}\n{lines}\n"))
    assert task_texts(result) == [f"{item[0].upper()}{item[1:]}" for item in ITEMS]


@pytest.mark.parametrize(
    "intro",
    [
        "Năm 2023, Ban Chỉ đạo đã thực hiện các nhiệm vụ:",
        "Trong năm 2023, Ban Chỉ đạo đã triển khai các giải pháp:",
    ],
)
def test_the_year_reviewed_is_no_task(intro):
    result = read(review_news("Phú Yên", f"{intro} {'; '.join(ITEMS)}.\n"))
    assert task_texts(result) == []
