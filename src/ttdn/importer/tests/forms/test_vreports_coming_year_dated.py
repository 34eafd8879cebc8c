"""A review's coming year dates the work it sets (P11 on reports).

A report's period is the year (or half-year) it reviews; the work it sets is for the year
after ("Năm 2024, Sở … sẽ …", "Trong năm 2024, Ban Chỉ đạo đề nghị …", "… xác định các nhiệm
vụ trọng tâm năm 2024: …"). A time phrase naming that next year dates the work as it would in a
plan of that year (31/12 of it), where the schedule of the reviewed year alone gave no deadline.
Near misses: a year two ahead (a target, not the coming year) and an undated "Thời gian tới"
give none. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read, review_news

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def deadlines(result: dict) -> list:
    return [(t["timeframe"] or {}).get("deadlines") for t in result["tasks"]]


@pytest.mark.parametrize(
    "coming",
    [
        "Năm 2024, Ban Chỉ đạo sẽ tăng cường cung cấp thông tin cho phóng viên nước ngoài.\n",
        "Trong năm 2024, Ban Chỉ đạo tiếp tục đổi mới nội dung quảng bá hình ảnh địa phương.\n",
        "Trong năm 2024, Ban Tuyên giáo Tỉnh ủy đề nghị các cơ quan thành viên nâng cao chất "
        "lượng tin, bài đối ngoại.\n",
        "Phương hướng năm 2024, Ban Chỉ đạo tập trung xây dựng chuyên mục tiếng Anh trên cổng "
        "thông tin của tỉnh.\n",
    ],
)
def test_the_year_after_the_one_reviewed_dates_its_work(coming):
    result = read(review_news("Phú Yên", coming))
    assert result["doc_type"] == "report"
    assert deadlines(result) == [["2024-12-31"]]


def test_the_year_after_a_half_year_report_dates_its_work():
    text = (
        "Sở Ngoại vụ Hà Nội sơ kết công tác 6 tháng đầu năm 2023\n"
        "Ngày 10/7/2023, Sở Ngoại vụ thành phố Hà Nội tổ chức hội nghị sơ kết công tác 6 tháng "
        "đầu năm 2023.\nSáu tháng qua, Sở đã đón 40 đoàn khách quốc tế.\n"
        "Năm 2024, Sở sẽ tham mưu tổ chức các hoạt động kỷ niệm quan hệ ngoại giao.\n"
    )
    result = read(text)
    assert result["doc_type"] == "report"
    assert deadlines(result) == [["2024-12-31"]]


@pytest.mark.parametrize(
    "coming",
    [
        # a target year further on
        "Năm 2026, Ban Chỉ đạo sẽ hoàn thành việc số hóa tư liệu đối ngoại của tỉnh.\n",
        # the coming period unnamed
        "Thời gian tới, Ban Chỉ đạo sẽ tăng cường cung cấp thông tin cho phóng viên nước ngoài.\n",
    ],
)
def test_another_year_or_no_year_gives_no_deadline(coming):
    result = read(review_news("Phú Yên", coming))
    assert len(result["tasks"]) == 1
    assert deadlines(result) == [None]
