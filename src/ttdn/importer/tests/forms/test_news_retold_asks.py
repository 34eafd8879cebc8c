"""News retelling a document's or a speaker's asks (rw1news).

1. The document as the speaker of its duties ("Văn bản nêu rõ, …", "Hướng dẫn cũng chỉ rõ, …",
   "Công văn xác định, …") turns a news item of a letter or guidance with no number to what
   it sets out, as "Theo đó, …" does: its ';' clauses with their own subjects give one task
   each. Near misses: what it says of the past ("thời gian qua … còn hạn chế") and a
   requirement on the work ("Công tác tuyên truyền phải bảo đảm …") give none.
2. The people of a trade or a membership are addressees as bodies are ("đề nghị các nhà báo
   …", "yêu cầu đội ngũ phóng viên …", "đề nghị hội viên …"): a speaker's request to them is
   a task led by them. Near miss: the same people told at work in the past ("Các nhà báo đã
   …") give none.
3. A speaker's several requests, each in a sentence of its own ("… đề nghị các nhà báo …. Chủ
   tịch cũng giao Văn phòng …"), are one task each, not the first only.
Synthetic texts only, written for this test.
"""

from __future__ import annotations

import pytest

from .support import read, task_texts, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

LEDE = "Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Yên vừa ban hành văn bản hướng dẫn tuyên truyền kỷ niệm Ngày Giải phóng.\n"
FRAMES = ["Văn bản nêu rõ, ", "Hướng dẫn cũng chỉ rõ, ", "Văn bản xác định, "]
CLAUSES = [
    (
        "các cơ quan báo chí trên địa bàn mở chuyên mục giới thiệu lịch sử địa phương",
        "các cơ quan báo chí trên địa bàn",
    ),
    (
        "Trung tâm Văn hóa tỉnh thực hiện tuyên truyền cổ động trực quan trên các tuyến phố",
        "Trung tâm Văn hóa tỉnh",
    ),
    ("UBND các xã, phường tổ chức treo cờ tại trụ sở cơ quan", "UBND các xã, phường"),
]


@pytest.mark.parametrize("frame", FRAMES)
def test_the_documents_own_words_turn_to_its_duties(frame):
    body = "; ".join(c for c, _ in CLAUSES)
    result = read(
        f"{LEDE}{frame}{body}.\nCông tác tuyên truyền phải bảo đảm trang trọng, tiết kiệm.\n"
    )
    assert texts_and_leads(result) == [(c, [lead]) for c, lead in CLAUSES]


@pytest.mark.parametrize("frame", FRAMES)
def test_the_documents_words_on_the_past_give_no_task(frame):
    result = read(
        f"{LEDE}{frame}thời gian qua nhận thức của một số cơ quan về công tác này còn hạn chế.\n"
    )
    assert task_texts(result) == []


MEETING = (
    "Chiều 9/1/2026, UBND tỉnh Phú Yên tổ chức buổi gặp mặt các cơ quan báo chí nhân dịp năm mới.\n"
)
PEOPLE = [
    "các nhà báo",
    "đội ngũ phóng viên",
    "các phóng viên",
    "hội viên các hội văn học nghệ thuật",
    "các văn nghệ sĩ",
]


@pytest.mark.parametrize("verb", ["đề nghị", "yêu cầu"])
@pytest.mark.parametrize("people", PEOPLE)
def test_a_request_to_people_of_a_trade_is_their_task(people, verb):
    sentence = f"Chủ tịch UBND tỉnh {verb} {people} tiếp tục đồng hành, phản ánh kịp thời những vướng mắc của doanh nghiệp"
    result = read(f"{MEETING}Phát biểu tại buổi gặp mặt, {sentence}.\n")
    assert texts_and_leads(result) == [(sentence, [people])]


def test_people_of_a_trade_at_work_in_the_past_give_no_task():
    result = read(
        f"{MEETING}Năm qua, các nhà báo đã đăng tải hơn 3.000 tin, bài về hình ảnh tỉnh.\n"
    )
    assert task_texts(result) == []


def test_a_speakers_requests_in_sentences_of_their_own_are_each_a_task():
    first = "Chủ tịch UBND tỉnh đề nghị các nhà báo tiếp tục phản ánh kịp thời những vướng mắc của doanh nghiệp"
    second = (
        "Chủ tịch UBND tỉnh cũng giao Văn phòng UBND tỉnh duy trì tổ chức họp báo định kỳ hằng quý"
    )
    result = read(f"{MEETING}Phát biểu tại buổi gặp mặt, {first}.\n{second}.\n")
    assert [lead for _t, lead in texts_and_leads(result)] == [
        ["các nhà báo"],
        ["Văn phòng UBND tỉnh"],
    ]
