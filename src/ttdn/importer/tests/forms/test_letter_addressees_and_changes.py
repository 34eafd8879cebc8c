"""A letter's addressees and the changes it passes on (batch 21).

A letter copied from a site sets each addressee under "Kính gửi:" apart with a blank line
("Kính gửi:\\n\\n– Các đơn vị thành viên Ban Chỉ đạo …,\\n\\n– Hội Nhà báo tỉnh,"): they name who
is written to, not what is asked. The terms of an award or contest a letter passes on under a
heading of changes ("1. Các nội dung được điều chỉnh:" and its "1.1. …", "1.2. …") tell what a
higher body changed, not work asked of the addressees; the request after them is read as
before. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read, task_texts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def letter(addressees: str, body: str) -> str:
    return (
        "Thứ Ba, 12/5/2021\n\nThông báo về Cuộc thi viết về biên giới năm 2021\n\nKính gửi:\n"
        f"{addressees}\n{body}\n"
    )


ADDRESSEES = [
    "\n– Các đơn vị thành viên Ban Chỉ đạo công tác thông tin đối ngoại tỉnh,\n\n"
    "– Ban Chỉ đạo công tác thông tin đối ngoại các huyện, thành phố,\n\n"
    "– Hội Nhà báo tỉnh.\n",
    "\n- Các sở, ban, ngành tỉnh;\n\n- UBND các huyện, thị xã, thành phố.\n",
    "\n\n– Các cơ quan báo chí trên địa bàn tỉnh,\n\n\n– Đài Phát thanh và Truyền hình tỉnh.\n",
]

CHANGES = (
    "Thực hiện Công văn số 512-CV/BTGTW ngày 04/3/2021 của Ban Tuyên giáo Trung ương, Ban Tổ "
    "chức Cuộc thi đã thống nhất điều chỉnh một số nội dung, cụ thể như sau:\n\n"
    "{heading}\n\n"
    "1.1. Điều chỉnh về đối tượng tham dự Cuộc thi: gồm các tác phẩm được đăng tải từ ngày "
    "01/01/2021.\n\n"
    "1.2. Bổ sung 01 hạng mục dự thi là ảnh báo chí.\n\n"
    "1.3. Thời gian trao giải: dự kiến tháng 10/2021.\n\n"
)
HEADINGS = [
    "1. Các nội dung được điều chỉnh:",
    "1. Những nội dung sửa đổi:",
    "I. NỘI DUNG ĐIỀU CHỈNH",
]
REQUEST = (
    "2. Ban Tuyên giáo Tỉnh ủy đề nghị các cơ quan, đơn vị tuyên truyền, phổ biến rộng rãi Cuộc "
    "thi đến cán bộ, đảng viên và Nhân dân."
)


@pytest.mark.parametrize("addressees", ADDRESSEES)
def test_addressees_set_apart_are_no_tasks(directory, addressees):
    got = read(letter(addressees, REQUEST.replace("2. ", "")))
    texts = task_texts(got)
    assert not any(t.startswith(("Các ", "Ban Chỉ", "Hội ", "UBND", "Đài")) for t in texts)


@pytest.mark.parametrize("heading", HEADINGS)
def test_changes_passed_on_are_no_tasks(directory, heading):
    got = read(letter(ADDRESSEES[0], CHANGES.format(heading=heading) + REQUEST))
    texts = task_texts(got)
    assert not any(t.startswith(("Điều chỉnh", "Bổ sung", "Thời gian")) for t in texts)
    assert any("tuyên truyền, phổ biến rộng rãi Cuộc thi" in t for t in texts)


def test_numbered_items_under_another_heading_stay_tasks(directory):
    # near miss: a heading of work, not of changes
    body = CHANGES.format(heading="1. Các nội dung cần triển khai:").replace(
        "Ban Tổ chức Cuộc thi đã thống nhất điều chỉnh một số nội dung", "đề nghị các đơn vị"
    )
    got = read(letter(ADDRESSEES[0], body))
    texts = task_texts(got)
    assert any(t.startswith("Bổ sung 01 hạng mục") for t in texts)


def test_site_introducing_full_text_is_no_task(directory):
    # (the copy cut after the guidance's aims: the introduction is all that is left to read)
    for intro in (
        "TG trân trọng giới thiệu toàn văn Hướng dẫn:",
        "Ban Biên tập xin giới thiệu nguyên văn Hướng dẫn:",
    ):
        got = read(
            "Thứ Hai, 19/1/2015 08:10'(GMT+7)\n\nHướng dẫn tuyên truyền công tác biên giới\n\n"
            "Ngày 16-1, Ban Tuyên giáo Trung ương đã có Hướng dẫn số 120-HD/BTGTW về tuyên "
            f"truyền công tác biên giới trên đất liền năm 2015.\n\n{intro}\n\nI. MỤC ĐÍCH, YÊU "
            "CẦU\n\n1. Mục đích\n\n- Tiếp tục đẩy mạnh tuyên truyền kết quả phân giới, cắm mốc "
            "nhằm nâng cao ý thức của người dân.\n\n2. Yêu cầu\n"
        )
        assert not any("giới thiệu" in t for t in task_texts(got))


def test_request_to_carry_full_text_stays_a_task(directory):
    # near miss: a request to carry the text, not the site's introduction of it
    duty = (
        "Ban Tuyên giáo Tỉnh ủy đề nghị các cơ quan báo chí giới thiệu toàn văn Hướng dẫn trên "
        "các ấn phẩm của đơn vị"
    )
    got = read(letter(ADDRESSEES[1], duty + "."))
    assert duty in task_texts(got)
