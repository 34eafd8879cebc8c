"""A news site's own controls on a line alone (share, send, follow, listen, download) are
the page's, never a task, wherever the copy puts them."""

import pytest

from .support import news_of_plan, task_texts

pytestmark = pytest.mark.django_db

CONTROLS = [
    "Chia sẻ với bạn bè",
    "Chia sẻ bài viết",
    "Gửi ý kiến của bạn",
    "Gửi bài viết qua email",
    "Theo dõi Báo Nhân Dân trên Google News",
    "Theo dõi Baoquocte.vn trên",
    "Nghe đọc bài viết",
    "Tải về văn bản",
    "Xem bản đầy đủ",
    "Sao chép liên kết",
    "- Chia sẻ lên Facebook",
]
DUTY = (
    "Kế hoạch yêu cầu các sở, ngành tăng cường tuyên truyền về tiềm năng, thế mạnh của tỉnh "
    "trên các phương tiện thông tin đại chúng."
)


@pytest.mark.parametrize("control", CONTROLS)
@pytest.mark.parametrize("where", ["after", "between"])
def test_a_site_control_is_not_a_task(control, where):
    from .support import read

    body = f"{DUTY}\n{control}\n" if where == "after" else f"{control}\n{DUTY}\n"
    tasks = task_texts(read(news_of_plan("Quảng Bình", body)))
    assert not any(control.strip("- ") in t for t in tasks)
    assert any("tăng cường tuyên truyền" in t for t in tasks)  # the duty beside it stays


@pytest.mark.parametrize(
    "duty",
    [
        # the same verbs opening real duties
        "Chia sẻ thông tin về tình hình biên giới cho các cơ quan báo chí của tỉnh bạn.",
        "Gửi tin, bài, ảnh về các hoạt động đối ngoại của tỉnh cho Cổng thông tin điện tử tỉnh.",
        "Theo dõi, nắm bắt dư luận báo chí nước ngoài về tỉnh trên các trang mạng.",
    ],
)
def test_a_duty_opening_with_the_same_verb_is_a_task(duty):
    from .support import read

    tasks = task_texts(read(news_of_plan("Quảng Bình", f"{DUTY}\n{duty}\n")))
    assert any(duty[:30] in t for t in tasks)
