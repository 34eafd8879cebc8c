"""A review's coming work told by its speaker: "<speaker> cho biết / khẳng định / nhấn mạnh /
thông tin, (trong) năm 2024 (, <what that year holds>), <body> sẽ / tiếp tục / tập trung …".

The body's work is its task from the body on (the speaker's frame and the year's apposition
dropped, as the gold reads "… khẳng định, trong năm 2020, năm …, Ban … sẽ tiếp tục …"), led by
that body, its ";"-clauses taking the lead, dated by the year told (none for "thời gian tới").
Not coming work: the year reviewed, work told as done, a forecast whose subject is no body
("tình hình … sẽ …", "dự kiến sẽ có …"). Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

LEDE = (
    "Sở Ngoại vụ Phú Yên tổng kết công tác năm 2023\n\n"
    "Ngày 27/12/2023, Sở Ngoại vụ tỉnh Phú Yên tổ chức hội nghị tổng kết công tác đối ngoại năm "
    "2023 và triển khai nhiệm vụ năm 2024. Năm 2023, Sở đã tham mưu đón 25 đoàn khách quốc tế.\n"
)


def tasks(result: dict) -> list[tuple[str, list[str], list | None]]:
    return [
        (t["text"], [m["as_written"] for m in t["lead"]], (t["timeframe"] or {}).get("deadlines"))
        for t in result["tasks"]
    ]


WORK = "tham mưu tổ chức các hoạt động kỷ niệm quan hệ ngoại giao với các nước láng giềng"


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        (
            f"Phát biểu tại hội nghị, ông Nguyễn Văn An, Giám đốc Sở cho biết, năm 2024, Sở sẽ "
            f"tập trung {WORK}.",
            [(f"Sở sẽ tập trung {WORK}", ["Sở"], ["2024-12-31"])],
        ),
        (
            "Phát biểu kết luận, đồng chí Giám đốc khẳng định, trong năm 2024, năm có nhiều sự "
            "kiện đối ngoại quan trọng của tỉnh và cả nước, Sở Ngoại vụ sẽ tiếp tục phối hợp với "
            "các sở, ngành tổ chức tốt các hoạt động đối ngoại; chủ động mở rộng quan hệ với các "
            "địa phương nước ngoài.",
            [
                (
                    "Sở Ngoại vụ sẽ tiếp tục phối hợp với các sở, ngành tổ chức tốt các hoạt "
                    "động đối ngoại",
                    ["Sở Ngoại vụ"],
                    ["2024-12-31"],
                ),
                (
                    "chủ động mở rộng quan hệ với các địa phương nước ngoài",
                    ["Sở Ngoại vụ"],
                    ["2024-12-31"],
                ),
            ],
        ),
        (
            "Giám đốc Sở Ngoại vụ Lê Văn Cường nhấn mạnh, thời gian tới, Sở Ngoại vụ tiếp tục "
            f"{WORK}.",
            [(f"Sở Ngoại vụ tiếp tục {WORK}", ["Sở Ngoại vụ"], None)],
        ),
        (
            f"Bà Trần Thị Hoa, Phó Giám đốc Sở thông tin, trong năm tới, Sở sẽ {WORK}.",
            [(f"Sở sẽ {WORK}", ["Sở"], None)],
        ),
    ],
)
def test_the_bodys_work_told_by_the_speaker_is_its_task(said, expected):
    result = read(LEDE + said + "\n")
    assert result["doc_type"] == "report"
    assert tasks(result) == expected


def test_a_central_body_written_short_with_dots():
    text = (
        "Ban Tuyên giáo Trung ương tổng kết công tác năm 2023\n\n"
        "Ngày 10/1/2024, Ban Tuyên giáo Trung ương tổ chức hội nghị tổng kết công tác năm 2023 "
        "và triển khai nhiệm vụ năm 2024.\nPhát biểu tại hội nghị, đồng chí Trưởng ban khẳng "
        "định, trong năm 2024, Ban Tuyên giáo T.Ư sẽ tiếp tục đổi mới công tác thông tin đối "
        "ngoại.\n"
    )
    assert tasks(read(text)) == [
        (
            "Ban Tuyên giáo T.Ư sẽ tiếp tục đổi mới công tác thông tin đối ngoại",
            ["Ban Tuyên giáo T.Ư"],
            ["2024-12-31"],
        )
    ]


@pytest.mark.parametrize(
    "said",
    [
        # the year reviewed
        "Ông Nguyễn Văn An cho biết, năm 2023, Sở tiếp tục duy trì quan hệ với 15 tổ chức phi "
        "chính phủ.",
        # done
        f"Ông Nguyễn Văn An cho biết, năm 2024, Sở đã sớm {WORK}.",
        # a forecast
        "Ông Nguyễn Văn An nhận định, năm 2024, tình hình thế giới sẽ còn nhiều biến động.",
        "Ông Nguyễn Văn An cho biết, năm 2024, dự kiến sẽ có 30 đoàn khách quốc tế đến tỉnh.",
    ],
)
def test_what_is_no_coming_work_of_a_body_gives_no_task(said):
    assert tasks(read(LEDE + said + "\n")) == []
