"""The type and period of news of a meeting or of a letter: an item whose lede tells a
meeting it is held at or about, or a letter a body sends, is news of that event (`other`,
no period), whatever reviews its speakers recall or its last paragraphs name; a meeting
that reviews work (its own clause says so) stays a report of the period it reviews.

Each text is written for the test in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import assert_read

pytestmark = pytest.mark.django_db

NEWS_OF_AN_EVENT = [
    # a speaker at the meeting recalls an earlier review and the year's focus
    (
        "Phát biểu tại hội nghị, ông Trần Văn Bình, Chủ tịch Hội hữu nghị tỉnh Yên Bái cho "
        "biết, ngày 12/1/2023, Hội đã tổ chức hội nghị tổng kết công tác năm 2022 và đề ra "
        "phương hướng năm 2023. Trong năm 2023, Hội sẽ tập trung vào 6 nhiệm vụ trọng tâm.\n"
        "Hội cũng xác định đổi mới phương thức hoạt động đối ngoại nhân dân.\n"
    ),
    # a national conference, its holder not written, a minister's account of results
    (
        "Khai mạc Hội nghị Ngoại vụ toàn quốc lần thứ 23\n\n"
        "Sáng 16/12 tại Hà Nội đã diễn ra Hội nghị Ngoại vụ toàn quốc lần thứ 23 với chủ đề "
        "“Đối ngoại địa phương vì phát triển”.\n"
        "Bên cạnh các kết quả đạt được, Bộ trưởng cho rằng công tác đối ngoại địa phương còn "
        "hạn chế. Các địa phương đã ký nhiều thỏa thuận. Nhiều tỉnh đã mở văn phòng đại diện. "
        "Các sở ngoại vụ đã tham mưu tốt.\n"
    ),
    # an anniversary conference with a foreign province, the years since told as done work
    (
        "Ngày 14/5, tỉnh Lạng Sơn phối hợp với tỉnh Quảng Tây (Trung Quốc) tổ chức hội nghị "
        "trực tuyến kỷ niệm 10 năm ký kết thỏa thuận hợp tác giữa hai tỉnh.\n"
        "Từ năm 2014 đến nay, hai tỉnh đã trao đổi nhiều đoàn công tác. Hai bên đã ký 12 "
        "văn bản hợp tác. Kim ngạch thương mại đã tăng gấp đôi.\n"
    ),
    # a city office's letter, a national review named in its last paragraph
    (
        "Văn phòng UBND tỉnh Bình Phước vừa ra văn bản truyền đạt ý kiến chỉ đạo của Chủ "
        "tịch UBND tỉnh về việc cung cấp thông tin cho báo chí.\n"
        "Theo đó, thủ trưởng các sở, ngành thực hiện nghiêm quy chế phát ngôn.\n"
        "Tại Hội nghị toàn quốc tổng kết công tác tuyên giáo năm 2023, lãnh đạo Ban Tuyên "
        "giáo Trung ương đã nhấn mạnh yêu cầu này.\n"
    ),
]


@pytest.mark.parametrize("text", NEWS_OF_AN_EVENT)
def test_news_of_a_meeting_or_a_letter_is_other_with_no_period(directory, text):
    assert_read(text, {"doc_type": "other", "period": None})


REVIEWS = [
    # a review meeting: its own clause reviews the year
    (
        "Sáng 10/1, Sở Ngoại vụ tỉnh Yên Bái tổ chức hội nghị tổng kết công tác đối ngoại năm "
        "2023, triển khai nhiệm vụ năm 2024.\nNăm 2023, Sở đã tham mưu tổ chức 20 đoàn ra.\n",
        2023,
    ),
    # a meeting setting out the coming year, the year's results told after it
    (
        "Chiều 22/12/2022, Sở Ngoại vụ tỉnh Yên Bái tổ chức hội nghị bàn nhiệm vụ đối ngoại "
        "năm 2023.\nNăm 2022, Sở đã tham mưu đón 35 đoàn khách quốc tế.\n",
        2022,
    ),
    # a speaker at a review meeting
    (
        "Phát biểu tại hội nghị tổng kết công tác thông tin đối ngoại năm 2022, ông Lê Văn "
        "An, Phó Chủ tịch UBND tỉnh Yên Bái cho biết tỉnh đã tổ chức nhiều hoạt động.\n",
        2022,
    ),
    # a year's account, meetings held named in it
    (
        "Năm 2021, tỉnh Yên Bái đã tổ chức 3 hội thảo quốc tế và đã đón 40 đoàn khách. "
        "Tỉnh đã ký 5 thỏa thuận hợp tác. Các sở đã tích cực tham mưu.\n",
        2021,
    ),
]


@pytest.mark.parametrize(("text", "year"), REVIEWS)
def test_a_review_meeting_or_a_years_account_stays_a_report(directory, text, year):
    assert_read(text, {"doc_type": "report", "period": (year, year)})
