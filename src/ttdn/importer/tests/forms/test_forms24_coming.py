"""The coming period's work in a review, read from its form (tasks24).

"<thời gian tới / trong thời gian tới / năm 2024 / trong năm 2024 / năm tới>, <body> <sẽ /
cần / tiếp tục / tập trung / phải / chủ động / có trách nhiệm> <duty>": the time markers
are one class (``prose._COMING_TIME``, with a year after the one reviewed) and the markers of
a duty to come another (``prose._DUTY_MODAL``). Each gives one task led by its subject, the
time phrase kept in the text. Near misses: the year reviewed, work told as done ("đã"),
"thời gian qua", a requirement on the work. Synthetic texts only, written for this test.
"""

from __future__ import annotations

import pytest

from .support import read, review_news, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

TIMES = ["Thời gian tới", "Trong thời gian tới", "Năm 2024", "Trong năm 2024", "Năm tới"]
SUBJECTS = {
    "Ban Chỉ đạo": ["Ban Chỉ đạo"],
    "các cơ quan báo chí": ["các cơ quan báo chí"],
    "các sở, ban, ngành": ["các sở, ban, ngành"],
    "Sở Ngoại vụ": ["Sở Ngoại vụ"],
}
MODALS = ["sẽ", "cần", "tiếp tục", "tập trung", "phải", "chủ động", "có trách nhiệm"]
DUTY = "đổi mới nội dung, hình thức thông tin đối ngoại"


@pytest.mark.parametrize("modal", MODALS)
@pytest.mark.parametrize("subject", SUBJECTS)
@pytest.mark.parametrize("time", TIMES)
def test_coming_work_in_a_review(time, subject, modal):
    sentence = f"{time}, {subject} {modal} {DUTY}"
    result = read(review_news("Phú Yên", f"{sentence}.\n"))
    assert texts_and_leads(result) == [(sentence, SUBJECTS[subject])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Năm 2023, các cơ quan báo chí đã tập trung tuyên truyền về biển, đảo.",
        "Thời gian qua, Ban Chỉ đạo tiếp tục đổi mới nội dung thông tin đối ngoại.",
        "Trong năm 2023, Sở Ngoại vụ tập trung tổ chức các đoàn công tác nước ngoài.",
        "Thời gian tới, công tác thông tin đối ngoại cần bảo đảm đúng định hướng.",
        "Hội nghị nhằm đánh giá kết quả công tác thông tin đối ngoại năm 2023.",
        # ("giao" of "Bộ Ngoại giao" is no ask, "tổ chức" after it no addressee)
        "Ngày 20/12, Sở Ngoại vụ phối hợp với Bộ Ngoại giao tổ chức hội nghị báo cáo viên.",
    ],
)
def test_near_misses_in_a_review(sentence):
    result = read(review_news("Phú Yên", f"{sentence}\n"))
    assert texts_and_leads(result) == []
