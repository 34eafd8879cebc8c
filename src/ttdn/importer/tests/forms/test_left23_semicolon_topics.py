"""';' between the topics of one duty, and between the items of a list of focal points (left23).

(1) A list of focal points or topics after "(bao) gồm:" ("Các trọng điểm bao gồm: đẩy mạnh
tuyên truyền …; các nội dung dự thảo văn kiện …; chủ trương sắp xếp …; thông tin kịp thời …"):
each ';' ends an item, a noun phrase too, as after "Nội dung … gồm:" (the corpus's convention:
items under a heading of contents, noun phrases included, are tasks). Variants: "Các trọng
điểm (tuyên truyền) bao gồm:", "Những vấn đề trọng tâm gồm:", "Các chủ đề tuyên truyền gồm
có:".
(2) In a running duty with no list ("… giao Sở A cung cấp thông tin giải thích, làm rõ; hệ
thống dữ liệu …; xuất bản phẩm …"), noun phrases after ';' go on with the verb before them:
one duty. A verb joined to "phẩm" or "viên" is a noun ("xuất bản phẩm", "báo cáo viên"), not
a verb opening a duty. Near miss: a piece opening with a verb ("…; tổ chức …") is a duty of
its own. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, task_texts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

MEETING = (
    "Hội nghị báo cáo viên tháng 7/2024\n\n"
    "Ngày 12/7, Ban Tuyên giáo Tỉnh ủy Phú Yên tổ chức hội nghị báo cáo viên tháng 7/2024. Hội "
    "nghị đã nghe thông tin chuyên đề về tình hình thế giới và khu vực.\n\n"
    "Đồng chí Lê Văn Cường, Trưởng Ban Tuyên giáo Tỉnh ủy định hướng công tác tuyên truyền "
    "tháng 7/2024, đề nghị các cơ quan báo chí bám sát chỉ đạo của Tỉnh ủy. "
)
ITEMS = [
    "đẩy mạnh tuyên truyền kết quả Hội nghị Trung ương 10",
    "các nội dung dự thảo văn kiện Đại hội Đảng bộ tỉnh",
    "chủ trương sắp xếp đơn vị hành chính cấp xã",
    "thông tin kịp thời về tình hình Biển Đông",
]


@pytest.mark.parametrize(
    "intro",
    [
        "Các trọng điểm bao gồm:",
        "Các trọng điểm tuyên truyền bao gồm:",
        "Những trọng điểm tuyên truyền trong tháng bao gồm:",
        "Các trọng điểm gồm có:",
        "Các chủ đề tuyên truyền bao gồm:",
        "Các nội dung trọng điểm gồm:",
    ],
)
def test_each_focal_point_is_an_item(intro):
    got = task_texts(read(MEETING + f"{intro} {'; '.join(ITEMS)}.\n"))
    assert got[1:] == ITEMS


@pytest.mark.parametrize(
    "nouns",
    [
        "hệ thống dữ liệu quảng bá hình ảnh của tỉnh; xuất bản phẩm phục vụ công tác thông tin "
        "đối ngoại",
        "xuất bản phẩm phục vụ công tác thông tin đối ngoại; tài liệu giới thiệu về tỉnh",
        "báo cáo viên, tuyên truyền viên các cấp",
    ],
)
def test_nouns_after_a_semicolon_go_on_with_the_verb(nouns):
    duty = f"UBND tỉnh giao Sở Thông tin và Truyền thông cung cấp thông tin giải thích, làm rõ; {nouns}"
    assert task_texts(read(news_of_plan("Phú Yên", duty + ".\n"))) == [duty]


def test_near_miss_a_verb_after_a_semicolon_is_a_duty():
    result = read(
        news_of_plan(
            "Phú Yên",
            "UBND tỉnh giao Sở Thông tin và Truyền thông cung cấp thông tin giải thích, làm rõ; "
            "xuất bản tài liệu giới thiệu về tỉnh.\n",
        )
    )
    assert task_texts(result) == [
        "UBND tỉnh giao Sở Thông tin và Truyền thông cung cấp thông tin giải thích, làm rõ",
        "xuất bản tài liệu giới thiệu về tỉnh",
    ]
