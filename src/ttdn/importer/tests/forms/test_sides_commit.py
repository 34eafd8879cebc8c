"""The sides of a working session committing to work together (batch 17).

"Hai bên sẽ cùng nhau chuẩn bị các điều kiện cần thiết như …": what the sides will do, a task
led by them (one collective entry, no agency to find), though what else was said at the session
stays its news. Near misses: the sides' deed told as done ("Hai bên đã ký kết …"), their talk
("Hai bên cùng trao đổi …"), and what they will not do. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

SESSION = (
    "Thống nhất kế hoạch tổ chức Tuần lễ văn hóa Việt - Lào\n\n"
    "Chiều 12/6, đồng chí Lê Văn An, Phó Chủ tịch UBND tỉnh đã chủ trì buổi làm việc với Bộ Văn "
    "hóa, Thể thao và Du lịch về kế hoạch phối hợp tổ chức Tuần lễ văn hóa Việt - Lào.\n\n"
    "Tại buổi làm việc, đã thống nhất tổ chức Tuần lễ trong các ngày 10-15/9 tại Nhà văn hóa "
    "tỉnh. "
)


@pytest.mark.parametrize(
    "commitment",
    [
        "Hai bên sẽ cùng nhau chuẩn bị các điều kiện cần thiết như chương trình khai mạc, công "
        "tác hậu cần, an ninh",
        "Hai bên sẽ phối hợp tuyên truyền rộng rãi về Tuần lễ trên các phương tiện thông tin "
        "đại chúng",
    ],
)
def test_what_the_sides_will_do_is_their_task(directory, commitment):
    got = read(SESSION + commitment + ".\n")
    assert texts_and_leads(got) == [(commitment, ["Hai bên"])]
    assert not got["warnings"]  # the sides counted are many bodies, none to look up


@pytest.mark.parametrize(
    "said",
    [
        "Hai bên đã ký kết biên bản ghi nhớ về hợp tác văn hóa",
        "Hai bên cùng trao đổi về công tác chuẩn bị Tuần lễ",
        "Hai bên sẽ không tổ chức hoạt động thương mại trong Tuần lễ",
    ],
)
def test_what_else_the_sides_did_or_said_is_no_task(directory, said):
    assert texts_and_leads(read(SESSION + said + ".\n")) == []
