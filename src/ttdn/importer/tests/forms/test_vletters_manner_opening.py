"""A duty opened by how often or how it is done, going on with the bodies a letter asks (vletters).

A letter in running text asks its bodies in one paragraph and goes on in the next with a duty that has no subject of its own, opening with a word of manner or
recurrence before its verb: "Thường xuyên kiểm tra …", "Định kỳ rà soát …", "Tích cực phối hợp
…", "Khẩn trương triển khai …", "Nghiêm túc thực hiện …", "Hằng quý, tổng hợp …". It is one more
duty of the bodies asked, as a paragraph opening with the verb itself is. Near misses: such a
paragraph that names its own subject is led by it, and one that tells what happens ("Thường
xuyên có các đoàn …") is no duty. Each text is written for the test.
"""

from __future__ import annotations

import pytest

from .support import letter_of, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

ASK = "UBND tỉnh giao Sở Thông tin và Truyền thông hướng dẫn các cơ quan báo chí đưa tin về công tác biên giới"
LEAD = ["Sở Thông tin và Truyền thông"]

DUTIES = [
    "Thường xuyên kiểm tra nội dung thông tin về biên giới trên các trang điện tử của tỉnh",
    "Định kỳ rà soát các tin, bài viết về tỉnh trên báo chí nước ngoài",
    "Tích cực phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh cung cấp tư liệu cho phóng viên",
    "Khẩn trương triển khai chuyên mục về biên giới trên Cổng Thông tin điện tử tỉnh",
    "Nghiêm túc thực hiện chế độ thông tin về các vụ việc phát sinh trên tuyến biên giới",
    "Hằng quý, tổng hợp ý kiến dư luận về công tác biên giới",
    "Chủ động phát hiện, phản bác thông tin sai lệch về biên giới",
]


@pytest.mark.parametrize("duty", DUTIES)
def test_in_a_letter_in_running_text(duty):
    result = read(letter_of("Phú Yên", f"{ASK}.\n\n{duty}."))
    assert texts_and_leads(result) == [(ASK, LEAD), (duty, LEAD)]


def test_its_own_subject_leads_it():
    own = "Thường xuyên, Sở Ngoại vụ cung cấp thông tin về biên giới cho phóng viên nước ngoài"
    result = texts_and_leads(read(letter_of("Phú Yên", f"{ASK}.\n\n{own}.")))
    assert result[0] == (ASK, LEAD)
    assert all(lead != LEAD for text, lead in result[1:])


def test_what_happens_is_no_duty():
    told = "Thường xuyên có các đoàn khách quốc tế đến thăm khu vực biên giới của tỉnh"
    assert texts_and_leads(read(letter_of("Phú Yên", f"{ASK}.\n\n{told}."))) == [(ASK, LEAD)]
