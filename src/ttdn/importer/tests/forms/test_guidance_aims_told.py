"""A guidance's (a directive's, a programme's) aims told as news are no tasks (batch 23).

"Ban Tuyên giáo Tỉnh ủy vừa ban hành Hướng dẫn số 12-HD/BTGTU tuyên truyền về …. Theo đó,
Hướng dẫn nhằm góp phần …; cung cấp thông tin …": the document named as the subject of
"nhằm" states what it is for, as "Kế hoạch nhằm …" does; its other clauses and the
subjectless paragraph going on with them ("Cùng với đó, giáo dục …; đấu tranh …") say more of
the same. Variants: a directive, a programme, named with its number. Near misses: the
guidance asking bodies ("Hướng dẫn yêu cầu các cấp ủy …") is read as before; a body's own
duty after the aims stays a task. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read, task_texts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def guidance_news(kind: str, subject: str, after: str = "") -> str:
    return (
        "Tăng cường tuyên truyền về Năm Đoàn kết hữu nghị Việt Nam – Lào 2022\n"
        f"(QTO) – Ban Tuyên giáo Tỉnh ủy vừa ban hành {kind} số 12-HD/BTGTU về tuyên truyền "
        "Năm Đoàn kết hữu nghị Việt Nam – Lào 2022.\n"
        f"Theo đó, {subject} nhằm góp phần tăng cường sự hiểu biết lẫn nhau giữa nhân dân hai "
        "nước; cung cấp nguồn thông tin chính thống, tuyên truyền rộng rãi đến các tầng lớp "
        "nhân dân.\n"
        "Cùng với đó, giáo dục truyền thống lịch sử cho thế hệ trẻ; đấu tranh, phản bác các "
        "luận điệu xuyên tạc nhằm chia rẽ quan hệ hai nước.\n"
        f"{after}"
    )


@pytest.mark.parametrize(
    ("kind", "subject"),
    [
        ("Hướng dẫn", "Hướng dẫn"),
        ("Hướng dẫn", "Hướng dẫn số 12-HD/BTGTU"),
        ("Chỉ thị", "Chỉ thị số 12-CT/TU"),
        ("Chương trình", "Chương trình"),
    ],
)
def test_a_documents_aims_told_are_no_tasks(kind, subject):
    assert task_texts(read(guidance_news(kind, subject))) == []


def test_near_miss_a_body_asked_after_the_aims_stays_a_task():
    result = read(
        guidance_news(
            "Hướng dẫn",
            "Hướng dẫn",
            "Hướng dẫn yêu cầu các cấp ủy đảng chỉ đạo tổ chức tuyên truyền trên các phương "
            "tiện thông tin đại chúng.\n",
        )
    )
    assert task_texts(result) == [
        "Hướng dẫn yêu cầu các cấp ủy đảng chỉ đạo tổ chức tuyên truyền trên các phương tiện "
        "thông tin đại chúng"
    ]
