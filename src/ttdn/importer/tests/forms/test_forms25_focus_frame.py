"""The focus tasks a review's frame counts are led by its subject and timed by its year (batch 25).

"X xác định 6 nhiệm vụ trọng tâm trong năm 2024, gồm: A. / B. / C.": the items after the frame
(in its sentence and in the paragraphs after it) are X's work in 2024; each item is led by the
frame's subject as written and timed by the frame's year, even when the review's own period is
the year before. An item that names its own doer keeps it. Near misses: a frame with no count
and no list ("… xác định nhiệm vụ trọng tâm là …" told inside a sentence) is not this form, and
work told as done ("… đã thực hiện 6 nhiệm vụ trọng tâm, gồm: …") is no focus set. Synthetic
texts only.
"""

from __future__ import annotations

import pytest

from .support import read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def review(subject: str, frame: str) -> str:
    return (
        "Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên tổng kết năm 2023\n\n"
        "Ngày 20/1, Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên (Liên hiệp Hữu nghị Phú Yên) "
        "tổ chức Hội nghị tổng kết công tác đối ngoại nhân dân năm 2023 và triển khai nhiệm vụ "
        "năm 2024.\n\n"
        f"{subject} {frame} Đẩy mạnh các hoạt động đối ngoại nhân dân hướng vào thế hệ trẻ.\n\n"
        "Tăng cường phối hợp với Sở Ngoại vụ trong vận động các nguồn lực của các tổ chức phi "
        "chính phủ nước ngoài.\n\n"
        "Tiếp tục thực hiện đề tài nghiên cứu khoa học cấp tỉnh về công tác đối ngoại nhân dân.\n"
    )


def leads_and_deadlines(result: dict) -> list[tuple[list[str], list[str]]]:
    return [
        (
            [m["as_written"] for m in t["lead"]],
            (t["timeframe"] or {}).get("deadlines") or [],
        )
        for t in result["tasks"]
    ]


@pytest.mark.parametrize(
    "frame",
    [
        "xác định 3 nhiệm vụ trọng tâm trong năm 2024, gồm:",
        "xác định ba nhiệm vụ trọng tâm năm 2024, gồm:",
        "đề ra 3 nhiệm vụ chủ yếu trong năm 2024, bao gồm:",
        "thống nhất 3 nhóm nhiệm vụ trọng tâm trong năm 2024 gồm:",
    ],
)
def test_each_item_is_led_by_the_frame_subject_and_timed_by_its_year(frame):
    result = read(review("Liên hiệp Hữu nghị Phú Yên", frame))
    assert leads_and_deadlines(result) == [(["Liên hiệp Hữu nghị Phú Yên"], ["2024-12-31"])] * 3


def test_an_item_naming_its_own_doer_keeps_it():
    text = review(
        "Liên hiệp Hữu nghị Phú Yên", "xác định 3 nhiệm vụ trọng tâm trong năm 2024, gồm:"
    )
    text = text.replace("Tiếp tục thực hiện", "Sở Ngoại vụ tiếp tục thực hiện")
    leads = [lead for lead, _d in leads_and_deadlines(read(text))]
    assert leads[:2] == [["Liên hiệp Hữu nghị Phú Yên"]] * 2
    assert leads[2] == ["Sở Ngoại vụ"]


def test_near_miss_work_told_as_done_is_no_focus_set():
    result = read(
        review(
            "Liên hiệp Hữu nghị Phú Yên", "đã thực hiện 3 nhiệm vụ trọng tâm trong năm 2023, gồm:"
        )
    )
    assert all(not lead for lead, _d in leads_and_deadlines(result))
