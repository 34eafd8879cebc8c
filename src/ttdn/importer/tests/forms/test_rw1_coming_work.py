"""A review's coming work and a meeting's asks, in forms the readers missed (rw1tasks).

Forms (each written here in several wordings of its own):

- the coming year named as a topic ("Về phương hướng năm 2026, Liên hiệp sẽ …", "Về nhiệm vụ
  thời gian tới, Hội sẽ …"): the frame is dropped, the duties after it are the body's;
- the half year's work named as a frame ("Nhiệm vụ 6 tháng cuối năm, Ban Chỉ đạo yêu cầu …"):
  dropped the same way;
- a clause after ";" with its own subject in lower case ("…; các sở, ngành cập nhật …"): a duty
  of its own, led by that subject;
- the party's cells and the places below a commune as subjects ("Các chi bộ thôn, bản nắm chắc
  …", "Các khu phố treo …").

Near misses: past results ("đã …"), a requirement ("phải bảo đảm …"), a ";" joining topics of
one duty, a review with no coming work. Synthetic texts only, written for this test.
"""

from __future__ import annotations

import pytest

from .support import read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def review(body: str) -> str:
    return (
        "Năm 2025, Liên hiệp các tổ chức hữu nghị tỉnh Hà Tĩnh đã đón tiếp 9 đoàn khách quốc "
        f"tế, vận động được 3 tỷ đồng viện trợ.\n{body}\n"
        "Hội nghị đã trao Giấy khen cho 4 tập thể có thành tích xuất sắc.\n"
    )


COMING = {
    "topic_year_then_bodies": (
        review(
            "Về phương hướng năm 2026, Liên hiệp sẽ tập trung kiện toàn các hội hữu nghị song "
            "phương sau sắp xếp.\n"
            "Liên hiệp tiếp tục phối hợp với Sở Ngoại vụ vận động viện trợ cho các xã miền núi.\n"
        ),
        [
            (
                "Liên hiệp sẽ tập trung kiện toàn các hội hữu nghị song phương sau sắp xếp",
                ["Liên hiệp"],
            ),
            (
                "Liên hiệp tiếp tục phối hợp với Sở Ngoại vụ vận động viện trợ cho các xã miền núi",
                ["Liên hiệp"],
            ),
        ],
    ),
    "topic_coming_time": (
        review(
            "Về nhiệm vụ thời gian tới, Liên hiệp sẽ mở rộng quan hệ với các tổ chức nhân dân "
            "của Lào và Campuchia.\n"
        ),
        [
            (
                "Liên hiệp sẽ mở rộng quan hệ với các tổ chức nhân dân của Lào và Campuchia",
                ["Liên hiệp"],
            )
        ],
    ),
    "topic_year_with_duties_word": (
        review(
            "Về phương hướng, nhiệm vụ năm 2026, Liên hiệp sẽ xây dựng trang thông tin điện tử "
            "bằng tiếng Anh của Liên hiệp.\n"
        ),
        [
            (
                "Liên hiệp sẽ xây dựng trang thông tin điện tử bằng tiếng Anh của Liên hiệp",
                ["Liên hiệp"],
            )
        ],
    ),
}

MEETING = (
    "Hội nghị sơ kết 6 tháng đầu năm 2026 công tác thông tin đối ngoại tỉnh Bạc Liêu diễn ra "
    "ngày 10/7.\n"
    "6 tháng qua, toàn tỉnh đã tổ chức 8 cuộc họp báo, đón 20 lượt phóng viên nước ngoài.\n"
)

ASKS = {
    "half_year_frame_and_lower_case_subject": (
        MEETING + "Nhiệm vụ 6 tháng cuối năm, Ban Chỉ đạo yêu cầu các thành viên tập trung "
        "tuyên truyền về Festival biển; các sở, ngành cập nhật tin, bài lên trang tiếng Anh "
        "hằng tuần.\n",
        [
            (
                "Ban Chỉ đạo yêu cầu các thành viên tập trung tuyên truyền về Festival biển",
                ["các thành viên"],
            ),
            ("các sở, ngành cập nhật tin, bài lên trang tiếng Anh hằng tuần", ["các sở, ngành"]),
        ],
    ),
    "year_frame_and_localities": (
        MEETING + "Nhiệm vụ năm 2027, Ban Chỉ đạo đề nghị Sở Ngoại vụ chủ trì tổ chức đón đoàn "
        "phóng viên quốc tế; các địa phương ven biển xây dựng điểm thông tin đối ngoại.\n",
        [
            (
                "Ban Chỉ đạo đề nghị Sở Ngoại vụ chủ trì tổ chức đón đoàn phóng viên quốc tế",
                ["Sở Ngoại vụ"],
            ),
            (
                "các địa phương ven biển xây dựng điểm thông tin đối ngoại",
                ["các địa phương ven biển"],
            ),
        ],
    ),
}

CELLS = {
    "party_cells_of_villages": (
        "Đảng ủy xã Bát Xát tổ chức sơ kết 6 tháng đầu năm 2026 công tác thông tin đối ngoại.\n"
        "Sáu tháng qua, xã đã phối hợp với huyện bạn tổ chức giao lưu văn nghệ dịp Tết.\n"
        "Những tháng cuối năm, Đảng ủy xã tiếp tục chỉ đạo tuyên truyền về biên giới.\n"
        "Các chi bộ thôn, bản nắm chắc tình hình người nước ngoài qua lại, kịp thời báo cáo "
        "Đảng ủy.\n",
        "Các chi bộ thôn, bản nắm chắc tình hình người nước ngoài qua lại, kịp thời báo cáo "
        "Đảng ủy",
        ["Các chi bộ thôn, bản"],
    ),
    "neighbourhoods": (
        "Đảng ủy phường An Hải tổ chức sơ kết 6 tháng đầu năm 2026 công tác thông tin đối ngoại.\n"
        "Sáu tháng qua, phường đã tổ chức 3 lớp bồi dưỡng cho báo cáo viên.\n"
        "Những tháng cuối năm, Đảng ủy phường tiếp tục chỉ đạo tuyên truyền về du lịch biển.\n"
        "Các khu phố ven biển treo pa nô giới thiệu bãi biển bằng tiếng Anh, tiếng Hàn.\n",
        "Các khu phố ven biển treo pa nô giới thiệu bãi biển bằng tiếng Anh, tiếng Hàn",
        ["Các khu phố ven biển"],
    ),
}

NOT_TASKS = {
    "topic_year_past_results": review(
        "Về kết quả năm 2025, Liên hiệp đã kiện toàn 5 hội hữu nghị song phương.\n"
    ),
    "topic_year_requirement": review(
        "Về phương hướng năm 2026, công tác đối ngoại nhân dân phải bảo đảm đúng định hướng.\n"
    ),
    "semicolon_topics_of_one_duty": (
        MEETING + "Nhiệm vụ 6 tháng cuối năm, Ban Chỉ đạo yêu cầu các thành viên tuyên truyền về "
        "Festival biển; các lễ hội truyền thống của tỉnh.\n"
    ),
}


@pytest.mark.parametrize("name", list(COMING))
def test_coming_year_as_topic(name):
    text, expected = COMING[name]
    assert texts_and_leads(read(text)) == expected


@pytest.mark.parametrize("name", list(ASKS))
def test_frame_dropped_and_own_subject_split(name):
    text, expected = ASKS[name]
    assert texts_and_leads(read(text)) == expected


@pytest.mark.parametrize("name", list(CELLS))
def test_cells_and_places_below_commune_lead(name):
    text, wanted, lead = CELLS[name]
    assert (wanted, lead) in texts_and_leads(read(text))


def test_past_results_under_topic_give_no_task():
    assert read(NOT_TASKS["topic_year_past_results"])["tasks"] == []


def test_requirement_under_topic_gives_no_task():
    assert read(NOT_TASKS["topic_year_requirement"])["tasks"] == []


def test_semicolon_topics_stay_one_duty():
    assert texts_and_leads(read(NOT_TASKS["semicolon_topics_of_one_duty"])) == [
        (
            "Ban Chỉ đạo yêu cầu các thành viên tuyên truyền về Festival biển; các lễ hội "
            "truyền thống của tỉnh",
            ["các thành viên"],
        )
    ]
