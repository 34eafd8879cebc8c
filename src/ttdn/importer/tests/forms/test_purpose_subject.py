"""A document or activity as the subject of its purpose, in news of a plan (batches 3–19).

"Chương trình phối hợp nhằm tăng cường tuyên truyền …", "Việc triển khai Kế hoạch nhằm nâng
cao nhận thức …", "Hoạt động này nhằm …": the aim of the work, not a duty, though the words
after "nhằm" are a duty's ("tăng cường", "nâng cao"). Only "Kế hoạch nhằm …", "Nhằm …" and
"Mục đích …" were known before. Still duties: a body that does the work for a purpose ("Sở
Ngoại vụ tổ chức hội nghị nhằm …") and a duty verb first ("Tổ chức các hoạt động nhằm …").
Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, task_texts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

DUTY = "Sở Thông tin và Truyền thông chủ trì tổ chức tuyên truyền trên báo chí"


@pytest.mark.parametrize(
    "aim",
    [
        "Chương trình phối hợp nhằm tăng cường tuyên truyền, giáo dục cho cán bộ, đảng viên về "
        "vai trò của biển, đảo",
        "Việc triển khai Kế hoạch nhằm nâng cao nhận thức của các cấp ủy đảng, chính quyền về "
        "công tác đối ngoại",
        "Hoạt động này nhằm quảng bá hình ảnh, con người Phú Yên tới bạn bè quốc tế",
        "Các hoạt động hưởng ứng cũng nhằm thúc đẩy giao lưu nhân dân hai nước",
        "Đề án là nhằm xây dựng đội ngũ làm công tác thông tin đối ngoại chuyên nghiệp",
        "Cuộc thi nhằm tuyên truyền sâu rộng lịch sử quan hệ đặc biệt Việt Nam - Lào",
    ],
)
@pytest.mark.parametrize("place", ["before", "after"])
def test_the_aim_of_the_work_is_no_task(directory, aim, place):
    body = f"{aim}.\n{DUTY}.\n" if place == "before" else f"{DUTY}.\n{aim}.\n"
    assert task_texts(read(news_of_plan("Phú Yên", body))) == [DUTY]


@pytest.mark.parametrize(
    "duty",
    [
        "Sở Ngoại vụ tổ chức hội nghị nhằm đánh giá kết quả hợp tác với các địa phương của Lào",
        "Tổ chức các hoạt động nhằm quảng bá hình ảnh, con người Phú Yên tới bạn bè quốc tế",
    ],
)
def test_work_done_for_a_purpose_stays_a_duty(directory, duty):
    assert task_texts(read(news_of_plan("Phú Yên", f"{DUTY}.\n{duty}.\n"))) == [DUTY, duty]
