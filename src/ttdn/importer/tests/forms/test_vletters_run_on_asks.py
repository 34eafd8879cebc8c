"""A letter's ask whose list the copy ran into one paragraph (vletters).

"UBND tỉnh yêu cầu: 1. Sở … ; 2. Công an tỉnh …; 3. UBND các huyện …" — a web page or a pasted
text that lost the list's line breaks keeps its marks after the colon (numbers, letters, dashes,
"+"), each item after a ";" or a stop. Each item is a task led by the body it names, as the same
letter's items read on lines of their own (the marks run in order: 1, 2, 3; a, b, c; one dash
kind repeated). Near misses: the addressees under "Kính gửi:" run on one line are not tasks, and
the hyphen inside a name ("Việt Nam - Lào") is no item mark. Each text is written for the test.
"""

from __future__ import annotations

import pytest

from .support import letter_of, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

ITEMS = [
    (
        "Sở Ngoại vụ chủ trì, phối hợp với Sở Du lịch biên soạn tài liệu giới thiệu tỉnh bằng "
        "tiếng Hàn Quốc",
        "Sở Ngoại vụ",
    ),
    (
        "Công an tỉnh nắm tình hình dư luận của người nước ngoài đang làm việc tại địa phương",
        "Công an tỉnh",
    ),
    (
        "UBND các huyện, thị xã, thành phố chỉ đạo đài truyền thanh cấp xã dành thời lượng cho "
        "tin, bài về biên giới",
        "UBND các huyện, thị xã, thành phố",
    ),
]

ASKS = [
    "UBND tỉnh yêu cầu: ",
    "UBND tỉnh đề nghị: ",
    "UBND tỉnh giao: ",
    "Chủ tịch UBND tỉnh có ý kiến chỉ đạo như sau: ",
    "Thực hiện Công văn số 210/BTTTT-TTĐN ngày 08/02/2024 của Bộ Thông tin và Truyền thông, "
    "UBND tỉnh yêu cầu: ",
]

MARKS = {
    "numbers": ["1. ", "2. ", "3. "],
    "parenthesis": ["1) ", "2) ", "3) "],
    "letters": ["a) ", "b) ", "c) "],
    "dashes": ["- ", "- ", "- "],
    "pluses": ["+ ", "+ ", "+ "],
}


def run_on(ask: str, marks: list[str], separator: str) -> str:
    return ask + separator.join(m + text for m, (text, _) in zip(marks, ITEMS, strict=True)) + "."


EXPECTED = [(text, [lead]) for text, lead in ITEMS]


@pytest.mark.parametrize("separator", ["; ", ". "], ids=["semicolons", "stops"])
@pytest.mark.parametrize("marks", list(MARKS.values()), ids=list(MARKS))
@pytest.mark.parametrize("ask", ASKS)
def test_each_run_on_item_is_a_task_of_its_body(ask, marks, separator):
    result = read(letter_of("Phú Yên", run_on(ask, marks, separator)))
    assert texts_and_leads(result) == EXPECTED


@pytest.mark.parametrize("marks", list(MARKS.values()), ids=list(MARKS))
def test_a_letter_retold_as_news(marks):
    text = (
        "Phú Yên tăng cường thông tin đối ngoại\n\n"
        "Ngày 5/3/2024, UBND tỉnh Phú Yên ban hành Công văn số 640/UBND-KGVX về tăng cường "
        "công tác thông tin đối ngoại.\n\n" + run_on("Theo đó, UBND tỉnh yêu cầu: ", marks, "; ")
    )
    assert texts_and_leads(read(text)) == EXPECTED


def test_addressees_run_on_one_line_are_no_tasks():
    letter = letter_of("Phú Yên", run_on("UBND tỉnh yêu cầu: ", MARKS["numbers"], "; "))
    letter = letter.replace(
        "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thị xã, thành phố.",
        "Kính gửi: - Các sở, ban, ngành tỉnh; - UBND các huyện, thị xã, thành phố.",
    )
    assert texts_and_leads(read(letter)) == EXPECTED


def test_a_hyphen_inside_names_is_no_mark():
    body = (
        "UBND tỉnh đề nghị các cơ quan, đơn vị tuyên truyền về các nội dung: quan hệ hữu nghị "
        "Việt Nam - Lào; quan hệ Việt Nam - Campuchia; hợp tác với các địa phương nước ngoài."
    )
    texts = [text for text, _ in texts_and_leads(read(letter_of("Phú Yên", body)))]
    assert not any(t.startswith(("Lào", "Campuchia")) for t in texts)
    assert all("Việt Nam - " in t for t in texts[:2])
