"""How often or how long the work runs, told in the passive, is no task (rw1news).

"Việc quảng bá sẽ được thực hiện thường xuyên, liên tục đến hết năm 2027", "Hoạt động tuyên
truyền sẽ được triển khai đồng bộ …", "Công tác … sẽ được thực hiện xuyên suốt …": a
requirement on the work, like "… sẽ được thực hiện có trọng tâm …", not a body's duty. Near
miss: a body named as the subject with its own work in the same item stays a task.
Synthetic texts only, written for this test.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, task_texts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

DUTY = "Sở Văn hóa, Thể thao và Du lịch biên soạn tài liệu giới thiệu tỉnh bằng tiếng Anh"
RUNS = [
    "Việc quảng bá sẽ được thực hiện thường xuyên, liên tục đến hết năm 2027",
    "Hoạt động tuyên truyền sẽ được triển khai đồng bộ ở cả ba cấp",
    "Công tác thông tin đối ngoại sẽ được thực hiện xuyên suốt trong năm",
    "Các hoạt động sẽ được thực hiện liên tục trong cả năm",
]


@pytest.mark.parametrize("runs", RUNS)
def test_how_the_work_runs_is_no_task(runs):
    result = read(news_of_plan("Phú Yên", f"Theo kế hoạch, {DUTY}.\n{runs}.\n"))
    assert task_texts(result) == [DUTY]
