"""A city's or a province's party standing board asks its bodies (batch 28).

"Ban Thường vụ Thành ủy yêu cầu các quận ủy, huyện ủy … tập trung xây dựng kế hoạch …": the
board's ask in a news text is a task led by the bodies asked, its frame kept as written.
Variants: the city's and the province's board, one body or several. Near misses: the board
only told of ("Ban Thường vụ Thành ủy đã ban hành …") and an ask with no work after it.
Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def news(sentence: str) -> str:
    return (
        "Cần Thơ triển khai công tác tuyên truyền biên giới năm 2019\n"
        "Ngày 12/3/2019, Thành ủy Cần Thơ ban hành kế hoạch tuyên truyền về công tác biên giới "
        f"trên đất liền năm 2019.\n{sentence}\n"
    )


ASKS = [
    (
        "Ban Thường vụ Thành ủy yêu cầu các quận ủy, huyện ủy, đảng ủy trực thuộc Thành ủy tập "
        "trung xây dựng kế hoạch, tổ chức tuyên truyền đến cán bộ, đảng viên về công tác biên giới.",
        "các quận ủy, huyện ủy, đảng ủy trực thuộc Thành ủy",
    ),
    (
        "Ban Thường vụ Thành ủy yêu cầu các thị ủy, huyện ủy chủ động tổ chức tuyên truyền về "
        "công tác biên giới cho đoàn viên, thanh niên.",
        "các thị ủy, huyện ủy",
    ),
    (
        "Thành ủy yêu cầu các quận ủy phối hợp tổ chức hội thi tìm hiểu về biên giới quốc gia.",
        "các quận ủy",
    ),
    (
        "Ban Thường vụ Tỉnh ủy yêu cầu các huyện ủy, thị ủy trực thuộc Tỉnh ủy chủ động tổ chức "
        "tuyên truyền về kết quả phân giới, cắm mốc cho nhân dân khu vực biên giới.",
        "các huyện ủy, thị ủy trực thuộc Tỉnh ủy",
    ),
    (
        "Ban Thường vụ Thành ủy yêu cầu Ban Tuyên giáo Thành ủy hướng dẫn các cấp ủy tuyên truyền "
        "về công tác biên giới trên đất liền.",
        "Ban Tuyên giáo Thành ủy",
    ),
]


@pytest.mark.parametrize(("sentence", "lead"), ASKS)
def test_the_boards_ask_is_a_task_led_by_the_bodies_asked(sentence, lead):
    tasks = texts_and_leads(read(news(sentence)))
    assert [t for t, _ in tasks] == [sentence.rstrip(".")]
    assert lead in " ".join(tasks[0][1]) or lead == ", ".join(tasks[0][1])


@pytest.mark.parametrize(
    "sentence",
    [
        "Ban Thường vụ Thành ủy đã ban hành nhiều văn bản chỉ đạo công tác biên giới.",
        "Hội nghị do Ban Thường vụ Thành ủy chủ trì, có đại diện các quận ủy, huyện ủy tham dự.",
    ],
)
def test_the_board_only_told_of_is_no_task(sentence):
    assert read(news(sentence))["tasks"] == []
