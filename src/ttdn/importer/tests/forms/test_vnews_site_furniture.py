"""A news page's furniture and its guests are not the item's issuer nor its duties (vnews).

1. A guest speaking at a meeting a body named before holds ("Sở … tổ chức hội nghị …; Phát biểu
   khai mạc, đồng chí …, Phó Chủ tịch UBND tỉnh đề nghị …"): the host is the issuer, as when no
   one speaks; the chair speaks for the committee only when no body named before holds the
   meeting (near miss: the chair's request told first, a meeting held after it).
2. The box of other items closing a page ("Tin liên quan", "Các tin khác:", "Tin cùng chuyên
   mục", "Bài viết liên quan", "Xem thêm >>"): the headlines under it tell other bodies' acts,
   never the item's issuer or place. Near miss: a "Tin khác" line of a sidebar above the item,
   no prose before it, does not end it.
3. The page's posting line ("Cập nhật: 08/03/2024 10:15", "Ngày đăng: …", "Đăng lúc: …") is
   not a duty though it opens with the verb "cập nhật"; a sentence asking a body to update
   information still is.
Synthetic texts only, written for this test.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read, task_texts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

DEPARTMENT = "Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Yên"
BOARD = "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Phú Yên"

HOSTED = [
    (
        f"Sáng 12/4/2024, {DEPARTMENT} tổ chức lớp tập huấn nghiệp vụ thông tin đối ngoại cho "
        "cán bộ các huyện, thị xã.",
        DEPARTMENT,
    ),
    (
        f"(PY) - Chiều 12/4, {BOARD} đã tổ chức hội nghị triển khai nhiệm vụ năm 2024.",
        BOARD,
    ),
    (
        f"Hội nghị tập huấn công tác thông tin đối ngoại năm 2024 do {DEPARTMENT} tổ chức "
        "diễn ra trong hai ngày 12 và 13/4.",
        DEPARTMENT,
    ),
]
SPEAKERS = [
    "Phát biểu khai mạc, đồng chí Lê Minh Tâm, Phó Chủ tịch UBND tỉnh Phú Yên đề nghị các sở, "
    "ngành chú trọng chất lượng tin bài.",
    "Phát biểu chỉ đạo, Phó Chủ tịch UBND tỉnh Phú Yên Lê Minh Tâm yêu cầu các đơn vị đổi mới "
    "cách làm.",
    "Tại hội nghị, Chủ tịch UBND tỉnh Phú Yên chỉ đạo các địa phương rà soát nhân lực làm công "
    "tác đối ngoại.",
]


@pytest.mark.parametrize(("opening", "host"), HOSTED)
@pytest.mark.parametrize("speaker", SPEAKERS)
def test_the_host_not_the_guest_speaker_is_the_issuer(opening, host, speaker):
    text = f"Tập huấn thông tin đối ngoại năm 2024\n{opening}\n{speaker}\n"
    got = fields_of(read(text))
    assert (got["issuer"], got["locality"]) == (host, "Phú Yên")


def test_the_chair_asking_first_still_speaks_for_the_committee():
    text = (
        "Phú Yên chấn chỉnh công tác thông tin đối ngoại\n"
        "Chủ tịch UBND tỉnh Phú Yên vừa yêu cầu các sở, ngành tăng cường công tác thông tin đối "
        "ngoại trong năm 2024.\nTheo đó, Sở Ngoại vụ tổ chức hội nghị tập huấn cho cán bộ các "
        "huyện trong quý II.\n"
    )
    assert fields_of(read(text))["issuer"] == "Ủy ban nhân dân tỉnh Phú Yên"


PLAN_ITEM = (
    "Phú Yên đẩy mạnh thông tin đối ngoại năm 2024\n"
    "PHÚ YÊN - UBND tỉnh vừa ban hành Kế hoạch số 88/KH-UBND về công tác thông tin đối ngoại "
    "năm 2024.\n"
    "Kế hoạch nhằm nâng cao nhận thức của cán bộ, đảng viên và nhân dân về công tác đối ngoại.\n"
)
MEETING_ITEM = (
    "Tập huấn thông tin đối ngoại\n"
    f"Sáng 12/4/2024, {DEPARTMENT} tổ chức lớp tập huấn nghiệp vụ thông tin đối ngoại cho cán "
    "bộ các huyện, thị xã.\nHọc viên được nghe giới thiệu ba chuyên đề về kỹ năng viết tin.\n"
)
BOXES = [
    "Tin liên quan",
    "Các tin khác:",
    "Tin cùng chuyên mục",
    "Bài viết liên quan",
    "Xem thêm >>",
]
OTHERS = (
    "Ban Tuyên giáo Tỉnh ủy Gia Lai ban hành hướng dẫn tuyên truyền biển, đảo\n"
    "Sở Ngoại vụ tỉnh Khánh Hòa tổ chức hội nghị tổng kết năm 2023\n"
)


@pytest.mark.parametrize("box", BOXES)
@pytest.mark.parametrize(
    ("item", "expected"),
    [
        (PLAN_ITEM, ("Ủy ban nhân dân tỉnh Phú Yên", "province", "Phú Yên")),
        (MEETING_ITEM, (DEPARTMENT, "department", "Phú Yên")),
    ],
)
def test_the_box_of_other_items_names_no_issuer(box, item, expected):
    got = fields_of(read(f"{item}Minh Anh\n{box}\n{OTHERS}"))
    assert (got["issuer"], got["level"], got["locality"]) == expected


def test_a_sidebar_box_above_the_item_does_not_end_it():
    text = f"Trang chủ\nTin khác\nTin mới\n{MEETING_ITEM}"
    assert fields_of(read(text))["issuer"] == DEPARTMENT


POSTINGS = [
    "Cập nhật: 12/04/2024 10:15",
    "Cập nhật lúc 10:15 ngày 12/4/2024",
    "Ngày cập nhật: 12/04/2024",
    "Đăng lúc: 10:15 12/04/2024",
]


@pytest.mark.parametrize("posting", POSTINGS)
def test_a_posting_line_is_no_duty(posting):
    text = (
        "UBND tỉnh Phú Yên ban hành kế hoạch thông tin đối ngoại năm 2024\n"
        f"{posting}\n"
        "Kế hoạch nhằm nâng cao nhận thức của cán bộ, đảng viên và nhân dân về công tác đối "
        "ngoại.\nTheo đó, Sở Thông tin và Truyền thông chủ trì tổ chức tuyên truyền về tiềm năng "
        "của tỉnh.\n"
    )
    assert task_texts(read(text)) == [
        "Sở Thông tin và Truyền thông chủ trì tổ chức tuyên truyền về tiềm năng của tỉnh"
    ]


def test_updating_information_is_still_a_duty():
    text = (
        "UBND tỉnh Phú Yên ban hành kế hoạch thông tin đối ngoại năm 2024\n"
        "Kế hoạch nhằm nâng cao nhận thức của cán bộ, đảng viên và nhân dân về công tác đối "
        "ngoại.\nTheo đó, Sở Ngoại vụ cập nhật thường xuyên thông tin đối ngoại trên Cổng thông "
        "tin điện tử tỉnh.\n"
    )
    assert len(task_texts(read(text))) == 1
