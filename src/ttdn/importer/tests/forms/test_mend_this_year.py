""" "Năm nay" / "trong năm nay" / "ngay trong năm nay" as a duty's time (mend).

A duty to be done "trong năm nay" (or "ngay trong năm nay", or told after "Năm nay," heading
its sentence) is due at the end of the year the document is written in: the year of its date
of issue, else of the day it was posted, else of its period when that is one year, as "Cả
năm" / "Trong năm" gives the plan's year (seeds' gold conventions on timeframes). The year
must be within the plan's period; when no year is known, no deadline. Near misses: "nhiều
năm nay", "những năm nay" (a span of time up to now, no deadline), "năm nay" in a text with
no year, and a plan for the next year written in this one. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from ttdn.plans.timeframe import parse_timeframe

from .support import letter_of, news_of_plan, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def timeframes(result: dict) -> list:
    return [
        (t["timeframe"]["as_written"], [str(d) for d in t["timeframe"]["deadlines"]])
        if t["timeframe"]
        else None
        for t in result["tasks"]
    ]


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        (
            "UBND tỉnh giao Sở Ngoại vụ tổ chức lớp bồi dưỡng nghiệp vụ đối ngoại trong năm nay.",
            "trong năm nay",
        ),
        (
            "UBND tỉnh giao Sở Nội vụ hoàn thiện đề án vị trí việc làm ngay trong năm nay.",
            "trong năm nay",
        ),
        ("Năm nay, Sở Ngoại vụ sẽ mở lớp bồi dưỡng kiến thức đối ngoại cho cán bộ xã.", "Năm nay"),
        (
            "Trong năm nay, Sở Du lịch sẽ phối hợp quảng bá điểm đến tại các hội chợ quốc tế.",
            "Trong năm nay",
        ),
    ],
)
def test_this_year_is_the_documents_year(sentence, written):
    assert timeframes(read(news_of_plan("Phú Yên", sentence + "\n"))) == [(written, ["2024-12-31"])]
    assert timeframes(read(letter_of("Phú Yên", sentence))) == [(written, ["2024-12-31"])]


@pytest.mark.parametrize(
    "sentence",
    [
        "UBND tỉnh giao Sở Ngoại vụ duy trì quan hệ hữu nghị đã gây dựng trong nhiều năm nay.",
        "UBND tỉnh giao Sở Ngoại vụ phát huy kết quả đạt được trong những năm nay.",
    ],
)
def test_near_miss_years_up_to_now_are_no_deadline(sentence):
    assert timeframes(read(news_of_plan("Phú Yên", sentence + "\n"))) == [None]


def test_near_miss_no_year_known():
    text = (
        "Sở Ngoại vụ sẽ tổ chức lớp bồi dưỡng nghiệp vụ đối ngoại trong năm nay.\n"
        "Sở Thông tin và Truyền thông chủ trì tuyên truyền về biên giới trong năm nay.\n"
    )
    assert timeframes(read(text)) == [None, None]


def test_near_miss_a_plan_for_next_year_written_this_year():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n\nSố: 301/KH-UBND\n\nPhú Yên, ngày 20 tháng 12 năm 2024\n\n"
        "KẾ HOẠCH\nCông tác thông tin đối ngoại năm 2025\n\nI. NHIỆM VỤ\n"
        "1. Sở Ngoại vụ chủ trì tổng kết công tác thông tin đối ngoại trong năm nay.\n"
    )
    result = read(text)
    assert result["period"] == {"from_year": 2025, "to_year": 2025}
    assert timeframes(result) == [None]


@pytest.mark.parametrize("wording", ["trong năm nay", "ngay trong năm nay", "Năm nay"])
def test_the_timeframe_reader_needs_the_year_written_in(wording):
    assert parse_timeframe(wording, from_year=2024, this_year=2024).deadlines[0].isoformat() == (
        "2024-12-31"
    )
    assert not parse_timeframe(wording, from_year=2024).recognised
    assert not parse_timeframe(wording, from_year=2025, this_year=2024).recognised
