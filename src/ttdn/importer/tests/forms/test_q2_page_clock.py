"""A page's stale clock is not the date of issue (batch 27, form (6)).

A site's top line showing a weekday, a date and the time of day ("Thứ Sáu, ngày 23 tháng 08
năm 2019, 09:25:27") is the portal's clock, often years out of date: it is no place and date
of a document, and a news item under it has no date of issue from it. A document's own
place and date under such a clock is still read. Near miss: a weekday line with no time of
day is left as before. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

BODY = (
    "\n\nTăng cường thông tin đối ngoại ở khu vực biên giới\n\nMinh Anh - 08:15, 14/10/2024\n\n"
    "Sở Ngoại vụ tỉnh Điện Biên vừa phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh tổ chức hội "
    "nghị tập huấn thông tin đối ngoại cho cán bộ cơ sở.\n"
)

CLOCKS = [
    "Thứ Sáu, ngày 23 tháng 08 năm 2019, 09:25:27",
    "Chủ nhật, ngày 5 tháng 3 năm 2023 14:10",
    "Thứ Ba, ngày 12/06/2018 - 07:45:03",
    "Thứ 4, ngày 01 tháng 11 năm 2017 | 16h20",
]


@pytest.mark.parametrize("clock", CLOCKS)
def test_a_page_clock_is_no_date_of_issue(clock):
    assert read(f"Trang chủ\n{clock}{BODY}")["issued_date"] is None


LETTER = (
    "{clock}\n\nỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\n\nSố: 1520/UBND-NC\nV/v tăng cường thông tin "
    "đối ngoại\n\nĐiện Biên, ngày 14 tháng 10 năm 2024\n\nKính gửi: Các sở, ban, ngành tỉnh.\n\n"
    "Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành tăng cường thông tin đối ngoại.\n"
)


@pytest.mark.parametrize("clock", CLOCKS[:2])
def test_the_letters_own_date_under_a_clock(clock):
    assert read(LETTER.format(clock=clock))["issued_date"] == "2024-10-14"


def test_a_letter_without_a_clock_keeps_its_date():
    # (near miss: a document's own place and date)
    assert read(LETTER.format(clock="Cổng thông tin điện tử"))["issued_date"] == "2024-10-14"
