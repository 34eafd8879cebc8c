"""A site's banner date above the item's posting line (batch 21).

"Thứ Bảy, 30/11/2024 / Tuyên truyền / Thứ Hai, 20/1/2014 17:25'(GMT+7) / … / Ngày 17-1, Ban
Tuyên giáo Trung ương đã có Hướng dẫn số …": the banner gives the day the page was read, the
line with its time of day the day the item was posted; a day written without a year takes the
posting line's year. With no posting line under it, the banner stays the item's date. Synthetic
texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

PAGES = [
    # (banner, posting line, the day in the text, the date it gives)
    ("Thứ Bảy, 30/11/2024", "Thứ Hai, 20/1/2014 17:25'(GMT+7)", "Ngày 17-1", "2014-01-17"),
    ("Thứ Năm, 05/06/2025", "Thứ Ba, 14/3/2017 08:10", "Ngày 10-3", "2017-03-10"),
    ("Chủ nhật, 12/01/2025", "Thứ Sáu, 20/12/2019 15:02'(GMT+7)", "Ngày 18-12", "2019-12-18"),
]


def page(banner: str, posted: str, day: str) -> str:
    return (
        f"{banner}\nTuyên truyền\n{posted}\n\nHướng dẫn tuyên truyền về công tác biên giới trên "
        f"đất liền\n\n{day}, Ban Tuyên giáo Trung ương đã có Hướng dẫn số 55-HD/BTGTW về tuyên "
        "truyền công tác biên giới trên đất liền.\n\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )


@pytest.mark.parametrize("banner,posted,day,iso", PAGES)
def test_the_day_takes_the_posting_lines_year(banner, posted, day, iso):
    assert fields_of(read(page(banner, posted, day)))["issued_date"] == iso


@pytest.mark.parametrize("banner,posted,day,iso", PAGES)
def test_with_no_posting_line_the_banner_dates(banner, posted, day, iso):
    # (near miss: the banner alone, its year taken)
    # (the year before when the day would fall after the page was read)
    banner_day, banner_month, year = (int(p) for p in banner.split(", ")[1].split("/"))
    month, dom = int(iso[5:7]), int(iso[8:])
    year -= (month, dom) > (banner_month, banner_day)
    assert fields_of(read(page(banner, "", day)))["issued_date"] == f"{year}{iso[4:]}"
