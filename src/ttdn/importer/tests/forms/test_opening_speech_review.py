"""A body's review told through its guests and its chairman's opening (batch 21).

"Tham dự Hội nghị có ông …; bà … . / Phát biểu khai mạc Hội nghị, ông …, cho biết, năm 2024
Liên hiệp … đã …": the guests listed are not the event the lede tells, and the opening speech
tells the year's work done: a report of that year. A meeting's lede telling no review, or an
opening speech telling what the year will bring, stays other. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

BODIES = [
    ("Liên hiệp các tổ chức hữu nghị thành phố Hà Nội", "Hà Nội", 2024),
    ("Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên", "Phú Yên", 2022),
    ("Hội Hữu nghị Việt Nam - Lào thành phố Hồ Chí Minh", "Hồ Chí Minh", 2023),
]


def item(body: str, place: str, year: int, speech: str) -> str:
    return (
        f"{place} nâng tầm đối ngoại nhân dân năm {year + 1}\n"
        f"Tham dự Hội nghị có ông Trần Văn An, Phó Chủ tịch Ủy ban nhân dân {place}; bà Lê Thị "
        f"Hoa, Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam; ông Phạm Minh, Chủ tịch {body} cùng "
        "đại diện các sở, ngành.\n"
        f"Phát biểu khai mạc Hội nghị, ông Phạm Minh cho biết, {speech}\n"
    )


@pytest.mark.parametrize("body,place,year", BODIES)
def test_the_year_told_done_is_a_report(body, place, year):
    speech = (
        f"năm {year} {body} đã chủ động phối hợp tổ chức nhiều hoạt động đối ngoại nhân dân "
        "thiết thực, hiệu quả."
    )
    got = fields_of(read(item(body, place, year, speech)))
    assert (got["doc_type"], got["period"]) == ("report", (year, year))


@pytest.mark.parametrize("body,place,year", BODIES)
def test_the_year_ahead_stays_other(body, place, year):
    # (near miss: the opening speech tells what the coming year will bring)
    speech = f"năm {year + 1} {body} sẽ tiếp tục tổ chức nhiều hoạt động đối ngoại nhân dân."
    got = fields_of(read(item(body, place, year, speech)))
    assert got["doc_type"] != "report"


@pytest.mark.parametrize("body,place,year", BODIES)
def test_a_meeting_held_with_no_review_stays_other(body, place, year):
    # (near miss: the lede tells the body holding a meeting, its speaker recalling a year)
    text = (
        f"{place} gặp mặt bạn bè quốc tế\n"
        f"Ngày 10/1/{year + 1}, {body} tổ chức hội nghị gặp mặt các tổ chức quốc tế. Phát biểu "
        f"tại hội nghị, ông Phạm Minh cho biết năm {year} đã có nhiều hoạt động giao lưu.\n"
    )
    assert fields_of(read(text))["doc_type"] == "other"
