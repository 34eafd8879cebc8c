"""A body that gives the press its year's results holds a review: "… tổ chức họp báo thông
tin về kết quả công tác năm 2021 và định hướng năm 2022" is a report of 2021. A meeting named
as its sentence's subject ("Hội nghị Ngoại vụ toàn quốc lần thứ 22 diễn ra tại Hà Nội") is the
item's event, whatever results its speakers recall after it: `other`, no period. At first
contact a meeting sharing results was read `other` in six batches, and news of a conference
whose speakers recall results read as a report in four.

Near misses: a reporters' briefing on current affairs, whose speaker tells results, stays a
meeting; a review conference named as the subject stays a report.
Each text is written for the test in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import assert_read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

TO_THE_PRESS = [
    (
        "Sáng 18/12/2021, Ủy ban Nhà nước về người Việt Nam ở nước ngoài tổ chức họp báo thông "
        "tin về kết quả công tác năm 2021 và định hướng năm 2022.\n",
        (2021, 2021),
    ),
    (
        "Chiều 27/12/2023, Sở Ngoại vụ tỉnh Quảng Ninh gặp mặt báo chí, thông tin kết quả hoạt "
        "động đối ngoại năm 2023.\n",
        (2023, 2023),
    ),
    (
        "Ngày 5/1/2024, Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An tổ chức chương trình thông "
        "tin với báo chí về kết quả công tác đối ngoại nhân dân năm 2023.\n",
        (2023, 2023),
    ),
]


@pytest.mark.parametrize(("text", "years"), TO_THE_PRESS)
def test_results_given_to_the_press_are_a_report_of_the_year(text, years):
    assert_read(text, {"doc_type": "report", "period": years})


MEETINGS = [
    (
        "Sáng 20/12, Hội nghị Ngoại vụ toàn quốc lần thứ 22 diễn ra tại Hà Nội.\nPhát biểu tại "
        "hội nghị, Phó Thủ tướng đánh giá năm 2024 các địa phương đã ký hơn 300 thỏa thuận "
        "quốc tế. Các địa phương đã tổ chức nhiều hoạt động xúc tiến.\n"
    ),
    (
        "Hội thảo khoa học về chủ quyền biển, đảo đã khai mạc sáng 8/6/2023 tại thành phố Đà "
        "Nẵng.\nCác đại biểu cho biết năm 2022 đã có hơn 50 công trình nghiên cứu được công bố. "
        "Nhiều tư liệu đã được số hóa.\n"
    ),
    (
        "Sáng 14/11/2023, Quận ủy Cầu Giấy tổ chức hội nghị báo cáo viên thông tin thời sự "
        "tháng 11.\nTại hội nghị, báo cáo viên đã thông tin về kết quả công tác đối ngoại của "
        "Đảng và Nhà nước năm 2023.\n"
    ),
]


@pytest.mark.parametrize("text", MEETINGS)
def test_a_meeting_told_as_the_subject_is_news_of_it(text):
    assert_read(text, {"doc_type": "other", "period": None})


def test_a_review_conference_as_the_subject_stays_a_report():
    text = (
        "Hội nghị tổng kết công tác đối ngoại nhân dân năm 2019 của Liên hiệp các tổ chức hữu "
        "nghị tỉnh Bắc Giang đã diễn ra ngày 10/1/2020.\nNăm 2019, Liên hiệp đã đón 12 đoàn "
        "khách nước ngoài.\n"
    )
    assert_read(text, {"doc_type": "report", "period": (2019, 2019)})
