"""A body's focus told in its own name after a count frame, in news of its review (batch 17).

"Theo Nghị quyết của Hội nghị, trong năm 2024, Liên hiệp … sẽ triển khai 10 trọng tâm công tác.
Trong đó, Liên hiệp tập trung …", "Cùng với củng cố tổ chức, Liên hiệp quan tâm …", "Bên cạnh
đó, Liên hiệp cũng xác định …": the frame counts the coming work and is no task; the sentences
after it that name the body at work are its tasks, led by it. A frame followed only by the
meeting's news gives none, and when the meeting runs is no task. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def _review(frame: str, body: str) -> str:
    return (
        "Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên tổng kết công tác năm 2023\n"
        "Ngày 20/1/2024, Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên tổ chức Hội nghị tổng kết "
        "công tác năm 2023. Năm 2023, Liên hiệp đã tổ chức nhiều hoạt động giao lưu hữu nghị. "
        f"Theo Nghị quyết của Hội nghị, trong năm 2024, Liên hiệp {frame}. {body}"
    )


FRAMES = [
    "sẽ triển khai 8 trọng tâm công tác",
    "sẽ thực hiện 5 nhiệm vụ trọng tâm",
    "sẽ tập trung vào ba nhóm giải pháp",
]


@pytest.mark.parametrize("frame", FRAMES)
def test_the_items_after_a_count_frame_are_the_bodys_tasks(frame):
    result = read(
        _review(
            frame,
            "Trong đó, Liên hiệp tập trung củng cố tổ chức các hội hữu nghị, không chỉ cấp tỉnh "
            "mà còn cấp huyện.\n"
            "Cùng với củng cố tổ chức, Liên hiệp quan tâm đào tạo cán bộ làm công tác đối "
            "ngoại nhân dân.\n"
            "Bên cạnh đó, Liên hiệp cũng xác định đổi mới phương thức hoạt động đối ngoại nhân "
            "dân.\nHội nghị sẽ diễn ra trong 2 ngày.\n",
        )
    )
    assert texts_and_leads(result) == [
        (
            "Liên hiệp tập trung củng cố tổ chức các hội hữu nghị, không chỉ cấp tỉnh mà còn "
            "cấp huyện",
            ["Liên hiệp"],
        ),
        ("Liên hiệp quan tâm đào tạo cán bộ làm công tác đối ngoại nhân dân", ["Liên hiệp"]),
        (
            "Liên hiệp cũng xác định đổi mới phương thức hoạt động đối ngoại nhân dân",
            ["Liên hiệp"],
        ),
    ]


def test_a_count_frame_followed_by_the_meetings_news_gives_no_task():
    result = read(
        _review(
            "sẽ triển khai 10 trọng tâm công tác",
            "Dịp này, Hội nghị đã khen thưởng các tập thể có thành tích xuất sắc.\n"
            "Hội nghị sẽ diễn ra trong 2 ngày.\n",
        )
    )
    assert result["tasks"] == []


def test_in_news_of_a_meeting_the_items_after_a_count_frame_are_the_bodys_tasks():
    """A presidium meeting (news of a meeting: type other) frames the year's work the same way."""
    result = read(
        "Hội nghị Đoàn Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên lần thứ hai\n"
        "Ngày 15/3/2024, Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên tổ chức Hội nghị Đoàn Chủ "
        "tịch lần thứ hai. Phát biểu tại Hội nghị, Chủ tịch Liên hiệp cho biết năm 2024, Liên "
        "hiệp sẽ thực hiện 6 nhiệm vụ trọng tâm. Trong đó, Liên hiệp tập trung củng cố tổ chức "
        "các hội hữu nghị cấp huyện.\n"
        "Bên cạnh đó, Liên hiệp cũng xác định mở rộng quan hệ với các tổ chức nhân dân nước "
        "ngoài.\n"
        "Hội nghị diễn ra trong không khí đoàn kết.\n"
    )
    assert result["doc_type"] == "other"
    assert texts_and_leads(result) == [
        ("Liên hiệp tập trung củng cố tổ chức các hội hữu nghị cấp huyện", ["Liên hiệp"]),
        (
            "Liên hiệp cũng xác định mở rộng quan hệ với các tổ chức nhân dân nước ngoài",
            ["Liên hiệp"],
        ),
    ]
