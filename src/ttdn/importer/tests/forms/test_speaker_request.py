"""A speaker's request at a meeting told as news, without a comma after its verb (batch 16).

"Phát biểu chỉ đạo, đồng chí …, Phó Bí thư Tỉnh ủy đề nghị các cấp ủy … đẩy mạnh …": the gold's
convention since the sixteenth batch makes a speaker's 'đề nghị' or 'yêu cầu' at a meeting a task
led by its addressees, the speaker its assigning subject; a frame before the speaker ("Định
hướng công tác tuyên truyền thời gian tới,", "Kết luận hội nghị,") is not part of it, the items
of a list the speaker names next ("Các trọng điểm bao gồm: …") are tasks with no lead, and ';'
topics after the first are more topics of the one duty. What else was said stays the meeting's
news: a talk heard, a request told as done ("đã yêu cầu"), a requirement on the work. Only the
comma form ("đề nghị, các cơ quan … cần …", test_meeting_comma_request) was read before.
Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read, task_texts, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

MEETING = (
    "Hội nghị báo cáo viên tháng 6/2024\n\n"
    "Ngày 12/6, Ban Tuyên giáo Tỉnh ủy Phú Yên tổ chức hội nghị báo cáo viên tháng 6/2024. Hội "
    "nghị đã nghe thông tin chuyên đề về tình hình thế giới và khu vực.\n\n"
)
REVIEW = (
    "Sở Ngoại vụ Phú Yên triển khai nhiệm vụ năm 2024\n\n"
    "Ngày 5/1/2024, Sở Ngoại vụ tỉnh Phú Yên tổ chức hội nghị triển khai nhiệm vụ công tác năm "
    "2024.\n\n"
)

ASKED = [
    # (frame, request as the task reads, its addressees)
    (
        MEETING,
        "Phát biểu chỉ đạo, ",
        "đồng chí Trần Văn An, Phó Bí thư Tỉnh ủy đề nghị các cấp ủy, chính quyền tiếp tục đẩy "
        "mạnh tuyên truyền về Đại hội Đảng bộ tỉnh",
        ["các cấp ủy, chính quyền"],
    ),
    (
        MEETING,
        "Định hướng công tác tuyên truyền thời gian tới, ",
        "Phó Trưởng ban Tuyên giáo Tỉnh ủy Lê Văn Bình đề nghị Ban Tuyên giáo các huyện ủy tập "
        "trung tuyên truyền kết quả Hội nghị Trung ương 10",
        ["Ban Tuyên giáo các huyện ủy"],
    ),
    (
        MEETING,
        "Kết luận hội nghị, ",
        "Trưởng Ban Tuyên giáo Tỉnh ủy đề nghị: các cơ quan báo chí của tỉnh mở chuyên mục tuyên "
        "truyền về biển, đảo",
        ["các cơ quan báo chí của tỉnh"],
    ),
    (
        REVIEW,
        "",
        "Giám đốc Sở Ngoại vụ Nguyễn Thị Hoa yêu cầu các phòng chuyên môn rà soát các đoàn ra, "
        "đoàn vào trong năm 2024",
        ["các phòng chuyên môn"],
    ),
    (
        REVIEW,
        "",
        "Ban Thường vụ Huyện ủy Tuy An yêu cầu các chi bộ, đảng bộ cơ sở quán triệt Chỉ thị số "
        "12-CT/TW nghiêm túc, hiệu quả",
        ["các chi bộ, đảng bộ cơ sở"],
    ),
]


@pytest.mark.parametrize(("frame", "opening", "asked", "lead"), ASKED)
def test_speaker_request_is_a_task_of_its_addressees(directory, frame, opening, asked, lead):
    got = read(frame + opening + asked + ".\n")
    assert texts_and_leads(got) == [(asked, lead)]


def test_request_of_topics_is_one_duty(directory):
    request = (
        "Phó Trưởng ban Tuyên giáo Tỉnh ủy Lê Văn Bình đề nghị các cơ quan báo chí tập trung "
        "tuyên truyền về Đại hội Đảng bộ tỉnh, tiến tới Đại hội XIV của Đảng; Đại hội thi đua yêu "
        "nước các cấp, tiến tới Đại hội Thi đua yêu nước toàn quốc"
    )
    assert task_texts(read(MEETING + request + ".\n")) == [request]


def test_the_list_named_next_gives_tasks_without_lead(directory):
    request = (
        "Đồng chí Lê Văn Cường, Trưởng Ban Tuyên giáo Tỉnh ủy định hướng công tác tuyên truyền "
        "tháng 7/2024, đề nghị các cơ quan báo chí bám sát chỉ đạo của Tỉnh ủy"
    )
    items = "các trọng điểm bao gồm: "
    first = "tuyên truyền kết quả Hội nghị Trung ương 10"
    second = "đẩy mạnh đấu tranh phản bác các quan điểm sai trái"
    got = texts_and_leads(read(MEETING + f"{request}. {items.capitalize()}{first}; {second}.\n"))
    assert got == [(request, ["các cơ quan báo chí"]), (first, []), (second, [])]


@pytest.mark.parametrize(
    "said",
    [
        # a talk heard
        "Tại hội nghị, các đại biểu đã nghe đồng chí Lê Văn Bình trình bày chuyên đề về tình hình "
        "Biển Đông",
        # a request told as done
        "Năm qua, Ban Thường vụ Tỉnh ủy đã yêu cầu các chi bộ rà soát quy chế làm việc",
        # a requirement on the work, no body asked
        "Yêu cầu đặt ra là công tác tuyên truyền phải kịp thời, chính xác",
        # a dossier's proposal
        "Sở đang hoàn thiện hồ sơ đề nghị UBND tỉnh phê duyệt dự án hỗ trợ",
    ],
)
def test_what_else_was_said_is_no_task(directory, said):
    assert texts_and_leads(read(MEETING + said + ".\n")) == []
