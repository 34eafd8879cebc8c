"""A programme's contents told by their aim ("… có nhiều nội dung quan trọng nhằm …", batch 25).

"Chương trình phối hợp giữa Bộ Ngoại giao và Trung ương Đoàn trong giai đoạn nêu trên có nhiều
nội dung quan trọng nhằm tạo cơ chế …": what the programme is for, however long the name of the
programme before it, is no duty. Near miss: a body's duty with 'nhằm' after its verb stays a
task. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, task_texts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

DUTY = "Sở Ngoại vụ chủ trì tổ chức các hoạt động quảng bá hình ảnh tỉnh tại nước ngoài."


@pytest.mark.parametrize(
    "aim",
    [
        "Chương trình phối hợp giữa Sở Ngoại vụ và Tỉnh đoàn trong giai đoạn nêu trên có nhiều "
        "nội dung quan trọng nhằm tạo cơ chế phối hợp chặt chẽ hơn nữa trong công tác đối ngoại.",
        "Chương trình phối hợp giữa Sở Ngoại vụ và Hội Liên hiệp Phụ nữ tỉnh giai đoạn 2024-2028 "
        "có những nội dung thiết thực nhằm nâng cao hiệu quả công tác đối ngoại nhân dân.",
        "Đề án tuyên truyền của tỉnh về biển, đảo giai đoạn 2024 - 2030 trên địa bàn các huyện "
        "ven biển có nhiều điểm mới nhằm đổi mới cách làm.",
    ],
)
def test_the_programme_contents_aim_is_no_task(aim):
    texts = task_texts(read(news_of_plan("Phú Yên", f"{aim}\nTheo đó, {DUTY}\n")))
    assert not any("nhằm" in t for t in texts)
    assert any(t.startswith("chủ trì tổ chức") or "quảng bá hình ảnh" in t for t in texts)


def test_near_miss_a_duty_with_its_aim_stays_a_task():
    duty = "Sở Ngoại vụ chủ trì tổ chức hội nghị nhằm quảng bá hình ảnh tỉnh tại nước ngoài."
    texts = task_texts(read(news_of_plan("Phú Yên", f"Theo đó, {duty}\n")))
    assert any("nhằm quảng bá" in t for t in texts)
