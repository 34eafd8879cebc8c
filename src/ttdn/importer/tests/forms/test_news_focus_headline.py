"""A meeting's focus quoted in the headline and named so in the body (batch 18).

"“Chú trọng vận động người Việt Nam ở nước ngoài …” / Đây là một trong những nhiệm vụ trọng
tâm của Liên hiệp … được xác định tại Đại hội …": the headline is a focus the body names as its
own, a task with no lead. A headline followed by the meeting's news, or by "Đây là" telling
something else ("Đây là lần thứ ba …"), gives no task. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

_MEETING = (
    " của Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên {verb} tại Đại hội đại biểu lần thứ IV, "
    "nhiệm kỳ 2024-2029 diễn ra ngày 5/10 tại Tuy Hòa. Chủ tịch Liên hiệp các tổ chức hữu nghị "
    "Việt Nam đã dự và phát biểu chỉ đạo.\n"
)

FOCUS = [
    (
        "“Tăng cường quảng bá hình ảnh Phú Yên tới bạn bè quốc tế”",
        "Đây là một trong những nhiệm vụ trọng tâm",
        "được xác định",
    ),
    ('"Chú trọng vận động kiều bào hướng về quê hương"', "Đây là nhiệm vụ trọng tâm", "được đề ra"),
    (
        "Đổi mới nội dung, phương thức đối ngoại nhân dân",
        "Đây là một trong các nội dung quan trọng",
        "được thống nhất",
    ),
]


@pytest.mark.parametrize(("headline", "named", "verb"), FOCUS)
def test_a_headline_named_as_the_focus_is_a_task(headline, named, verb):
    result = read(f"{headline}\n{named}" + _MEETING.format(verb=verb))
    assert texts_and_leads(result) == [(headline.strip('“”"'), [])]


@pytest.mark.parametrize(
    "following",
    [
        "Đây là lần thứ ba Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên tổ chức Đại hội",
        "Ngày 5/10, Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên tổ chức Đại hội đại biểu",
    ],
)
def test_a_headline_followed_by_the_news_gives_no_task(following):
    result = read(
        "Đại hội Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên lần thứ IV\n"
        f"{following} lần thứ IV, nhiệm kỳ 2024-2029 tại Tuy Hòa. Chủ tịch Liên hiệp các tổ "
        "chức hữu nghị Việt Nam đã dự và phát biểu chỉ đạo.\n"
    )
    assert result["tasks"] == []
