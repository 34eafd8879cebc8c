"""A numbered item whose number is glued to its text (batch 27).

"1.1.Tuyên truyền …", "2.Tổ chức …": a typist's number with no space before the item's first
word reads as the spaced one ("1.1. Tuyên truyền …"). Variants: one and two levels, "." and ")",
a heading over glued items. Near misses: a figure or a date at a line's start ("2.500 hội viên",
"15.3.2024") is no number. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import letter_of, read, task_texts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

ASK = "UBND tỉnh yêu cầu các sở, ban, ngành tỉnh thực hiện các nội dung sau:\n\n"


def tasks_of(body: str) -> list[str]:
    return task_texts(read(letter_of("Hà Giang", ASK + body)))


SPACED = [
    "1. Nội dung tuyên truyền\n\n1.1. Tuyên truyền về kết quả hợp tác giữa hai tỉnh biên giới\n\n"
    "1.2. Phổ biến các văn bản về quản lý biên giới tới người dân khu vực biên giới\n",
    "1. Tuyên truyền về kết quả hợp tác giữa hai tỉnh biên giới.\n\n"
    "2. Tổ chức hội thi tìm hiểu về mốc quốc giới cho đoàn viên, thanh niên.\n",
    "1) Tuyên truyền về kết quả hợp tác giữa hai tỉnh biên giới.\n\n"
    "2) Tổ chức hội thi tìm hiểu về mốc quốc giới cho đoàn viên, thanh niên.\n",
]


def glue(body: str) -> str:
    return body.replace(". T", ".T").replace(". P", ".P").replace(") T", ")T")


@pytest.mark.parametrize("body", SPACED)
def test_a_glued_number_reads_as_the_spaced_one(body):
    spaced = tasks_of(body)
    assert spaced
    assert tasks_of(glue(body)) == spaced


@pytest.mark.parametrize(
    "line",
    [
        "2.500 hội viên tham gia các buổi tuyên truyền về biên giới.",
        "15.3.2024 là hạn gửi báo cáo về Sở Ngoại vụ.",
    ],
)
def test_a_figure_or_date_at_a_lines_start_is_no_number(line):
    assert not any(t.startswith(("500", "3.2024")) for t in tasks_of(line + "\n"))
