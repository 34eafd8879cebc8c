"""A body named in lower case after a time frame leads the work it states.

"Năm nay, sở tập trung tuyên truyền …", "Thời gian tới, sở sẽ phối hợp …", "Năm 2024, tỉnh đoàn
tổ chức …": the time frame heads the clause (P11: it stays in the text), then the body is named
by its kind alone, in lower case, and its work to do follows (a modal, "sẽ", "tiếp tục", "tập
trung", or a duty verb). The body leads as written. A level alone ("Năm nay, phường tập trung
…", "tỉnh sẽ …") is the place itself: a task with no lead, as the corpus's gold reads "Cùng với
đó, tỉnh sẽ chủ động …" (tin_nghe_an_2025). Near misses: what was done after a time frame
("đã", figures reached), a purpose, a word that only begins like a body ("xã hội hóa …").
Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

LED = [
    ("Năm nay, sở tập trung tuyên truyền về chủ quyền biển, đảo", "sở"),
    ("Thời gian tới, sở sẽ phối hợp với các cơ quan báo chí quảng bá hình ảnh tỉnh", "sở"),
    ("Trong năm 2024, ngành tiếp tục đẩy mạnh tuyên truyền về biên giới đất liền", "ngành"),
    ("Năm 2024, tỉnh đoàn tổ chức giao lưu thanh niên với các tỉnh của nước bạn Lào", "tỉnh đoàn"),
    ("Năm tới, đảng ủy cần kiện toàn đội ngũ báo cáo viên ở cơ sở", "đảng ủy"),
    (
        "Trong năm nay, công an tỉnh chủ động cung cấp thông tin cho phóng viên nước ngoài",
        "công an tỉnh",
    ),
    ("Thời gian tới, báo, đài sẽ mở chuyên mục giới thiệu tiềm năng du lịch", "báo, đài"),
]


@pytest.mark.parametrize(
    "clause",
    [
        "Năm nay, phường tập trung tuyên truyền về chủ quyền biển, đảo",
        "Thời gian tới, tỉnh sẽ chủ động nắm bắt dư luận xã hội về các vấn đề đối ngoại",
    ],
)
def test_a_level_alone_is_the_place_a_task_with_no_lead(clause):
    result = read(news_of_plan("Phú Yên", f"{clause}.\n"))
    assert texts_and_leads(result) == [(clause, [])]


@pytest.mark.parametrize(("clause", "lead"), LED)
def test_the_body_in_lower_case_leads_its_work(clause, lead):
    result = read(news_of_plan("Phú Yên", f"{clause}.\n"))
    assert texts_and_leads(result) == [(clause, [lead])]


def meeting(body: str) -> str:
    return (
        "Sở Văn hóa, Thể thao và Du lịch Phú Yên triển khai công tác thông tin đối ngoại năm 2024\n"
        "Ngày 10/1/2024, Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Yên tổ chức hội nghị triển khai "
        f"công tác thông tin đối ngoại năm 2024.\n{body}\n"
    )


def test_this_years_work_told_at_a_meeting_is_a_task():
    clause = "Năm nay, sở tập trung giới thiệu các điểm đến văn hóa tới du khách quốc tế"
    result = read(meeting(f"{clause}."))
    assert texts_and_leads(result) == [(clause, ["sở"])]


def test_done_work_after_a_time_frame_is_no_task():
    sentence = "Năm 2023, phường đã tổ chức 12 hội nghị tuyên truyền về biển, đảo."
    assert texts_and_leads(read(news_of_plan("Phú Yên", f"{sentence}\n"))) == []


def test_this_years_result_told_at_a_meeting_is_no_task():
    result = read(meeting("Năm nay, sở đã đón 3 đoàn khách quốc tế đến thăm và làm việc."))
    assert texts_and_leads(result) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # figures reached, with a verb that is a duty's elsewhere
        "Năm 2024, tỉnh đón hơn 900 nghìn lượt khách quốc tế",
        # a word that only begins like a body's
        "Năm nay, xã hội hóa các hoạt động tuyên truyền về biển, đảo",
        # a purpose, the body after it in a clause of its own
        "Năm nay, nhằm nâng cao nhận thức của Nhân dân, các hoạt động được tổ chức rộng khắp",
    ],
)
def test_no_body_leads_a_result_a_purpose_or_a_word_that_only_begins_like_one(sentence):
    result = read(news_of_plan("Phú Yên", f"{sentence}.\n"))
    assert all(lead == [] for _, lead in texts_and_leads(result))
