"""A review's body setting the work it lists: "<body> đề ra / xác định / thống nhất (một số |
các | những) nhiệm vụ, giải pháp (trọng tâm) sau: Một là, … Hai là, …".

Such a sentence, after a leading purpose ("Để thực hiện tốt nhiệm vụ năm 2024, …") or not, was
taken for a body's label over its items ("Sở Ngoại vụ: …") and nothing was read. It introduces
the list: each enumerated item ("Một là,", "thứ nhất,", on one line or a line each) is a task,
led by the body that sets them (as a counted focus frame's items are). Near misses: the same
list told as done ("… đã đề ra các giải pháp sau: …" reviewed as results) and results
enumerated ("Năm qua, Sở đã đạt nhiều kết quả. Một là, …") give none. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

LEDE = (
    "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Phú Yên tổng kết năm 2023\n\n"
    "Ngày 29/12/2023, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Phú Yên tổ chức hội nghị "
    "tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024. Năm 2023, các cơ quan thành viên "
    "đã đăng tải hơn 900 tin, bài về tỉnh.\n"
)
WORK = [
    "nâng cao chất lượng chuyên mục đối ngoại trên báo, đài của tỉnh",
    "mời phóng viên nước ngoài tham dự các sự kiện lớn của tỉnh",
    "bồi dưỡng kỹ năng phát ngôn cho cán bộ các sở, ngành",
]


def tasks(text: str) -> list[tuple[str, list[str]]]:
    result = read(text)
    assert result["doc_type"] == "report"
    return [(t["text"], [m["as_written"] for m in t["lead"]]) for t in result["tasks"]]


def spelled(words: list[str], sep: str) -> str:
    return sep.join(f"{word}, {work}" for word, work in zip(words, WORK, strict=True))


@pytest.mark.parametrize(
    ("frame", "body"),
    [
        (
            "Để thực hiện tốt nhiệm vụ năm 2024, Ban Chỉ đạo đề ra một số giải pháp sau: ",
            spelled(["Một là", "Hai là", "Ba là"], ". ") + ".\n",
        ),
        (
            "Ban Chỉ đạo xác định các nhiệm vụ trọng tâm sau:\n",
            spelled(["Một là", "Hai là", "Ba là"], ".\n") + ".\n",
        ),
        (
            "Năm 2024, Ban Chỉ đạo thống nhất những giải pháp chủ yếu sau đây: ",
            spelled(["thứ nhất", "thứ hai", "thứ ba"], "; ") + ".\n",
        ),
    ],
)
def test_the_items_of_the_set_are_the_bodys_tasks(frame, body):
    assert tasks(LEDE + frame + body) == [(work, ["Ban Chỉ đạo"]) for work in WORK]


@pytest.mark.parametrize(
    "said",
    [
        "Năm qua, Ban Chỉ đạo đã đạt nhiều kết quả. "
        + spelled(["Một là", "Hai là", "Ba là"], ". ")
        + ".\n",
        "Để hoàn thành nhiệm vụ năm 2023, Ban Chỉ đạo đã đề ra các giải pháp sau: "
        + spelled(["Một là", "Hai là", "Ba là"], ". ")
        + ".\n",
    ],
)
def test_results_enumerated_give_no_task(said):
    assert tasks(LEDE + said) == []
