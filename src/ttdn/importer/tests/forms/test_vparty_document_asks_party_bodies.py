"""A party document named as the one that asks the Party's own bodies (vparty).

News of a Party committee's plan, directive, conclusion or resolution tells what the document
asks in its own name: "Kế hoạch yêu cầu các chi bộ, đảng bộ trực thuộc tuyên truyền …", "Kết
luận yêu cầu các huyện ủy, thành ủy …", "Nghị quyết yêu cầu các đảng đoàn …". The bodies asked
are the Party's own, written in lower case after "các": the ask is a task, led by them as one
to "các sở, ngành" is (the lead of "các đảng ủy xã …" and "các đảng đoàn, ban cán sự đảng" is
left unread: only their task is held here). Near misses: a requirement on the work ("Kế hoạch
yêu cầu công tác tuyên truyền phải …") and a document's aim stay no task. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def news(ask: str) -> str:
    return (
        "Huyện ủy Sơn Hòa triển khai công tác thông tin đối ngoại\n"
        "Ban Thường vụ Huyện ủy Sơn Hòa đã ban hành Kế hoạch số 87-KH/HU về công tác thông tin "
        f"đối ngoại năm 2024.\n{ask}.\n"
    )


CASES = [
    (
        "Kế hoạch yêu cầu các chi bộ, đảng bộ trực thuộc tuyên truyền về tiềm năng của huyện",
        "các chi bộ, đảng bộ trực thuộc",
    ),
    (
        "Kết luận yêu cầu các huyện ủy, thành ủy đẩy mạnh quảng bá hình ảnh địa phương",
        "các huyện ủy, thành ủy",
    ),
    (
        "Chỉ thị yêu cầu các chi bộ nâng cao chất lượng sinh hoạt chuyên đề về đối ngoại",
        "các chi bộ",
    ),
]


@pytest.mark.parametrize(("ask", "lead"), CASES)
def test_the_party_bodies_asked_lead(ask, lead):
    assert texts_and_leads(read(news(ask))) == [(ask, [lead])]


@pytest.mark.parametrize(
    "ask",
    [
        "Kế hoạch đề nghị các đảng ủy xã, thị trấn tổ chức quán triệt kế hoạch đến đảng viên",
        "Nghị quyết yêu cầu các đảng đoàn, ban cán sự đảng cụ thể hóa nghị quyết trong cơ quan",
    ],
)
def test_the_ask_of_party_groups_is_a_task(ask):
    assert [text for text, _lead in texts_and_leads(read(news(ask)))] == [ask]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kế hoạch yêu cầu công tác tuyên truyền phải bảo đảm kịp thời, chính xác",
        "Kế hoạch nhằm nâng cao nhận thức của các chi bộ về thông tin đối ngoại",
    ],
)
def test_requirements_and_aims_stay_no_task(sentence):
    assert texts_and_leads(read(news(sentence))) == []
