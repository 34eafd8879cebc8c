"""A strategy's aims in news of the decision approving it (forms25b, with batch 25's form 3,
now read as news of a plan): "Chiến lược hướng tới mục tiêu …" is the aim it sets, as "…
đặt mục tiêu …" is, never a duty. Near miss: a body's duty "hướng tới" a goal stays a task."""

from __future__ import annotations

import pytest

from .support import read, task_texts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

HEAD = (
    "Phó Thủ tướng Mai Văn Chính vừa ký Quyết định số 173/QĐ-TTg của Thủ tướng Chính phủ phê "
    "duyệt Chiến lược truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài giai đoạn "
    "2026-2030, tầm nhìn đến năm 2045.\n\n"
)

AIMS = [
    "Chiến lược hướng tới mục tiêu truyền thông quảng bá hình ảnh Việt Nam ra nước ngoài một "
    "cách chủ động, toàn diện, thống nhất và hiệu quả.\n",
    "Chiến lược cũng hướng tới mục tiêu nâng cao vị thế, uy tín quốc gia của Việt Nam.\n",
    "Đề án hướng tới mục tiêu đưa thông tin chính thống đến đông đảo người dân.\n",
]


@pytest.mark.parametrize("aim", AIMS)
def test_a_strategy_s_aim_is_no_task(aim):
    assert task_texts(read(HEAD + aim)) == []


def test_a_body_s_duty_towards_a_goal_stays_a_task():
    text = HEAD + (
        "Bộ Ngoại giao chủ trì, phối hợp với các bộ, ngành xây dựng kế hoạch truyền thông hướng "
        "tới mục tiêu nâng cao hình ảnh quốc gia.\n"
    )
    assert len(task_texts(read(text))) == 1
