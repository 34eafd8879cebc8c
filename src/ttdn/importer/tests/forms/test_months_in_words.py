"""A part of a year's work told as done, its months counted in words ("Sáu tháng đầu năm
2024, Sở … đã …", "Chín tháng năm 2023, …", "Những tháng đầu năm 2022, …") is an account of
that year, as with figures ("6 tháng đầu năm …"); and a meeting whose next sentence sets it
to a year's results by its own verb ("Hội nghị đánh giá kết quả công tác năm 2023 và đề ra
nhiệm vụ năm 2024") reviews that year. A review's year was missed or taken as the next year
at first contact in eight batches, and a meeting sharing results was read `other` in six.

Near misses: the last months ahead ("Những tháng cuối năm, … sẽ …") tell no account; a
meeting set to disseminate a document stays a meeting.
Each text is written for the test in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import assert_read, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

REVIEWS = [
    (
        "Sáu tháng đầu năm 2024, Sở Ngoại vụ tỉnh Gia Lai đã tham mưu đón 8 đoàn khách quốc tế. "
        "Những tháng cuối năm, Sở sẽ tập trung tổ chức hội nghị xúc tiến đầu tư.\n",
        (2024, 2024),
    ),
    (
        "Chín tháng năm 2023, Liên hiệp các tổ chức hữu nghị tỉnh Lạng Sơn đã tổ chức 12 hoạt "
        "động giao lưu với các địa phương của Trung Quốc.\n",
        (2023, 2023),
    ),
    (
        "Những tháng đầu năm 2022, các cơ quan báo chí của tỉnh Kon Tum đã đăng tải hơn 400 tin, "
        "bài thông tin đối ngoại.\n",
        (2022, 2022),
    ),
    (
        "Ngày 10/1/2024, Liên hiệp các tổ chức hữu nghị tỉnh Tuyên Quang tổ chức hội nghị Ban "
        "Chấp hành lần thứ 5. Hội nghị đánh giá kết quả công tác năm 2023 và đề ra nhiệm vụ "
        "trọng tâm năm 2024.\n",
        (2023, 2023),
    ),
    (
        "Chiều 22/7/2022, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sơn La tổ chức hội nghị với các "
        "tổ chức thành viên. Hội nghị đã nhìn lại kết quả hoạt động đối ngoại nhân dân 6 tháng "
        "đầu năm 2022.\n",
        (2022, 2022),
    ),
]


@pytest.mark.parametrize(("text", "years"), REVIEWS)
def test_months_in_words_and_a_meeting_set_to_results_are_reviews(text, years):
    assert_read(text, {"doc_type": "report", "period": years})


def test_the_months_ahead_tell_no_account():
    text = (
        "Những tháng cuối năm 2024, Sở Ngoại vụ tỉnh Gia Lai sẽ tập trung tổ chức hội nghị xúc "
        "tiến đầu tư tại Hàn Quốc.\n"
    )
    assert read(text)["doc_type"] != "report"


def test_a_meeting_set_to_disseminate_stays_a_meeting():
    text = (
        "Ngày 10/1/2024, Ban Tuyên giáo Tỉnh ủy Tuyên Quang tổ chức hội nghị báo cáo viên. Hội "
        "nghị nhằm quán triệt Kết luận số 57-KL/TW của Bộ Chính trị.\n"
    )
    assert_read(text, {"doc_type": "other", "period": None})
