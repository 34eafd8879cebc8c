"""News of a guidance or an orientation letter told in running case, without the kind's
capital or a number: "… vừa ban hành hướng dẫn công tác tuyên truyền biển, đảo năm 2022 …",
"… ban hành văn bản định hướng tuyên truyền các sự kiện trong năm 2022". It is news of that
document (`other`), its period the year it guides. The year a guidance, a letter or a plan's
news is for was missed at first contact in twelve batches.

Near misses: "hướng dẫn" as a verb of the item's own body (a meeting that guides) announces no
document; a guidance of a Front standing board is the committee's.
Each text is written for the test in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import assert_read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

GUIDANCES = [
    (
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Thuận vừa ban hành hướng "
        "dẫn công tác tuyên truyền biển, đảo năm 2022 cho Mặt trận các huyện, thị xã.\n",
        (2022, 2022),
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Thuận",
    ),
    (
        "Ban Tuyên giáo Tỉnh ủy Quảng Ngãi đã ban hành hướng dẫn tuyên truyền kỷ niệm các ngày "
        "lễ lớn năm 2023 tới các cấp ủy, tổ chức đảng.\n",
        (2023, 2023),
        "Ban Tuyên giáo Tỉnh ủy Quảng Ngãi",
    ),
    (
        "Sở Thông tin và Truyền thông tỉnh Yên Bái định hướng tuyên truyền năm 2022\n"
        "Ngày 10/1/2022, Sở Thông tin và Truyền thông tỉnh Yên Bái ban hành văn bản định hướng "
        "tuyên truyền các sự kiện trong năm 2022.\n",
        (2022, 2022),
        "Sở Thông tin và Truyền thông tỉnh Yên Bái",
    ),
    (
        "Ngày 5/3/2021, Sở Thông tin và Truyền thông tỉnh Hòa Bình có công văn định hướng "
        "thông tin đối ngoại năm 2021 gửi các cơ quan báo chí.\n",
        (2021, 2021),
        "Sở Thông tin và Truyền thông tỉnh Hòa Bình",
    ),
]


@pytest.mark.parametrize(("text", "years", "issuer"), GUIDANCES)
def test_a_guidance_told_in_running_case_is_news_of_it_for_its_year(text, years, issuer):
    assert_read(text, {"doc_type": "other", "period": years, "issuer": issuer})


def test_a_meeting_that_guides_announces_no_guidance():
    # "hướng dẫn" here is what the training does, no document
    text = (
        "Ngày 15/3/2024, Sở Thông tin và Truyền thông tỉnh Điện Biên tổ chức hội nghị tập huấn, "
        "hướng dẫn nghiệp vụ thông tin đối ngoại năm 2024 cho cán bộ các huyện.\n"
    )
    assert_read(text, {"doc_type": "other", "period": None})
