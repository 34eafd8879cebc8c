"""News of a meeting whose aim is to share a period's results ("Hội nghị nhằm chia sẻ thông
tin về kết quả công tác 6 tháng đầu năm 2024 và trọng tâm nhiệm vụ 6 tháng cuối năm"): the
meeting reviews that period, so the item is a report of it (as a chairman's opening telling
the year's work, batch 21), its period the year reviewed. Near misses: a meeting whose aim
is to share what comes (no results), or a lede with no aim, stays news of the meeting.

Each text is written for the test in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def _item(aim: str) -> str:
    return (
        "Gặp mặt các tổ chức thành viên\n"
        "Ngày 20/7 tại Hà Nội, Hội Hữu nghị Việt Nam - Campuchia tổ chức Hội nghị gặp mặt các "
        "tổ chức thành viên. Chủ tịch Hội chủ trì Hội nghị.\n"
        f"{aim}\n"
        "Các đại biểu đã trao đổi nhiều ý kiến tâm huyết.\n"
    )


AIMS = [
    (
        "Hội nghị nhằm chia sẻ thông tin về kết quả công tác 6 tháng đầu năm 2024 và trọng tâm "
        "nhiệm vụ 6 tháng cuối năm.",
        (2024, 2024),
    ),
    (
        "Hội nghị nhằm thông tin tới các tổ chức thành viên kết quả hoạt động năm 2023 và "
        "phương hướng năm 2024.",
        (2023, 2023),
    ),
]


@pytest.mark.parametrize(("aim", "period"), AIMS)
def test_a_meeting_sharing_results_is_a_report(aim, period):
    got = fields_of(read(_item(aim)))
    assert (got["doc_type"], got["period"]) == ("report", period)


NEAR_MISSES = [
    "Hội nghị nhằm chia sẻ thông tin về định hướng hoạt động trong thời gian tới.",
    "Các đại biểu chúc mừng những đóng góp của Hội.",
]


@pytest.mark.parametrize("aim", NEAR_MISSES)
def test_a_meeting_sharing_no_results_stays_other(aim):
    assert fields_of(read(_item(aim)))["doc_type"] == "other"
