"""A letter's heading over a body's items that says more than the body's name (vletters).

"1. Sở Thông tin và Truyền thông có trách nhiệm:", "2. Đối với Công an tỉnh:", "a) Đối với UBND
các huyện:", "b) Sở Ngoại vụ chịu trách nhiệm:", "3. Sở Tư pháp thực hiện các nhiệm vụ sau:" over
dashed items: the items are the body's, led by its name alone (not "… có trách nhiệm", and not
the ask's addressees above). Near misses: a numbered line that states the body's duty as a
sentence stays one task of its own, and a lettered heading of a topic ("a) Về công tác tuyên
truyền:") names no body. Each text is written for the test.
"""

from __future__ import annotations

import pytest

from .support import letter_of, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

ASK = "Thực hiện chỉ đạo của Thủ tướng Chính phủ, UBND tỉnh yêu cầu các cơ quan, đơn vị như sau:\n"
FIRST = ("Sở Thông tin và Truyền thông", ["Hướng dẫn các trang tin điện tử đưa tin về lễ hội"])
SECOND = (
    "Công an tỉnh",
    [
        "Theo dõi hoạt động của phóng viên nước ngoài tại địa phương",
        "Phối hợp với Sở Ngoại vụ xử lý thông tin sai lệch",
    ],
)

HEADINGS = {
    "trách nhiệm": ("{n}. {body} có trách nhiệm:", "numbers"),
    "chịu": ("{n}. {body} chịu trách nhiệm:", "numbers"),
    "nhiệm vụ": ("{n}. {body} có nhiệm vụ:", "numbers"),
    "đối với": ("{n}. Đối với {body}:", "numbers"),
    "các nội dung": ("{n}. {body} thực hiện các nội dung sau:", "numbers"),
    "letter đối với": ("{a}) Đối với {body}:", "letters"),
    "letter colon": ("{a}) {body}:", "letters"),
    "letter trách nhiệm": ("{a}) {body} có trách nhiệm:", "letters"),
}


def body(heading: str) -> str:
    lines = []
    for index, (name, items) in enumerate((FIRST, SECOND)):
        lines.append(heading.format(n=index + 1, a="ab"[index], body=name))
        lines.extend(f"- {item}." for item in items)
    return ASK + "\n".join(lines)


@pytest.mark.parametrize("heading", [h for h, _ in HEADINGS.values()], ids=list(HEADINGS))
def test_the_items_are_the_named_body(heading):
    result = texts_and_leads(read(letter_of("Phú Yên", body(heading))))
    assert result == [(item, [name]) for name, items in (FIRST, SECOND) for item in items]


def test_a_numbered_duty_sentence_stays_a_task():
    text = ASK + (
        "1. Sở Ngoại vụ có trách nhiệm tham mưu tổ chức đón tiếp các đoàn khách quốc tế.\n"
        "2. Công an tỉnh theo dõi hoạt động của phóng viên nước ngoài tại địa phương."
    )
    assert texts_and_leads(read(letter_of("Phú Yên", text))) == [
        (
            "Sở Ngoại vụ có trách nhiệm tham mưu tổ chức đón tiếp các đoàn khách quốc tế",
            ["Sở Ngoại vụ"],
        ),
        (
            "Công an tỉnh theo dõi hoạt động của phóng viên nước ngoài tại địa phương",
            ["Công an tỉnh"],
        ),
    ]


def test_a_topic_heading_names_no_body():
    text = ASK + (
        "a) Về công tác tuyên truyền:\n- Sở Thông tin và Truyền thông hướng dẫn các trang tin "
        "điện tử đưa tin về lễ hội.\n"
    )
    result = texts_and_leads(read(letter_of("Phú Yên", text)))
    assert (
        "Sở Thông tin và Truyền thông hướng dẫn các trang tin điện tử đưa tin về lễ hội",
        ["Sở Thông tin và Truyền thông"],
    ) in result
    assert all("Về công tác" not in " ".join(leads) for _, leads in result)


def test_the_addressees_of_an_ask_as_follows():
    # (the ask's "… như sau:" is no part of its addressees, who lead its items)
    text = ASK + "- Tăng cường tuyên truyền về lễ hội trên các trang tin điện tử.\n"
    assert texts_and_leads(read(letter_of("Phú Yên", text))) == [
        ("Tăng cường tuyên truyền về lễ hội trên các trang tin điện tử", ["các cơ quan, đơn vị"])
    ]
