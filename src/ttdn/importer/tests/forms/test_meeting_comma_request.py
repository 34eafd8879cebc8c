"""A speaker's request at a meeting with a comma after its verb (batch 18).

"Phó Trưởng ban … đề nghị, các cơ quan báo chí cần tuyên truyền …": the comma does not make
the bodies anything but the request's addressees, so it is a task led by them, though what else
was said at a meeting stays its news. Its ';'-items after a topic ("…; các chủ trương …; kết
quả …; quảng bá …") are more topics of the one duty; a ';'-clause opening with a duty verb
("…; tăng cường …") is a duty of its own. Near miss: "yêu cầu, các hoạt động … phải …" (a
requirement on the work, no body asked). Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

MEETING = (
    "Sở Thông tin và Truyền thông: Họp báo định kỳ tháng 9\n\n"
    "Sáng 28-8, Sở Thông tin và Truyền thông tổ chức họp báo định kỳ tháng 9. Hội nghị đã "
    "thông tin kết quả công tác thông tin đối ngoại trong tháng 8.\n\n"
)
SPEAKER = "Phó Giám đốc Sở Nguyễn Văn Bình "
ASK = "đề nghị, các cơ quan báo chí cần tuyên truyền sâu rộng các ngày lễ lớn trong tháng 9"
PRESS = ["các cơ quan báo chí"]


def test_request_with_its_topics_is_one_duty_of_the_bodies(directory):
    request = (
        SPEAKER + ASK + ", đặc biệt là kỷ niệm Quốc khánh; các chủ trương, chính sách của Đảng "
        "và Nhà nước về công tác đối ngoại; kết quả hợp tác quốc tế của tỉnh; quảng bá hình ảnh, "
        "con người của tỉnh ra nước ngoài"
    )
    assert texts_and_leads(read(MEETING + request + ".\n")) == [(request, PRESS)]


def test_request_with_a_second_duty_gives_two(directory):
    duty = "tăng cường đấu tranh phản bác các quan điểm sai trái trên mạng xã hội"
    got = read(MEETING + SPEAKER + ASK + "; " + duty + ".\n")
    assert texts_and_leads(got) == [(SPEAKER + ASK, PRESS), (duty, PRESS)]


@pytest.mark.parametrize(
    "said",
    [
        # a requirement on the work, no body asked
        "yêu cầu, các hoạt động thông tin đối ngoại phải được bảo đảm đúng định hướng, kịp thời",
        # no comma: the meeting's news, as before
        "cho biết, các cơ quan báo chí đã tuyên truyền sâu rộng các ngày lễ lớn trong tháng 8",
    ],
)
def test_what_else_was_said_is_no_task(directory, said):
    assert texts_and_leads(read(MEETING + SPEAKER + said + ".\n")) == []
