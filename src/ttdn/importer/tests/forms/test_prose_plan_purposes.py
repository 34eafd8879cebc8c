"""A plan's purposes told as bare sentences after its announcement are no tasks (batch 18).

"Ngày …, UBND tỉnh ban hành Kế hoạch …. Tuyên truyền để các tầng lớp Nhân dân … hiểu về …
. Nâng cao ý thức … của người dân …": the work, then "để" and the people it is for coming to
understand; the subjectless sentences after it say more of the purpose. The duties begin where
a body is named ("Các sở, ban, ngành … bám sát …"). A duty with "để" and no audience coming
to understand ("Tổ chức hội nghị để triển khai …") stays a task. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

PURPOSES = [
    "Tuyên truyền để các tầng lớp Nhân dân trên địa bàn tỉnh, nhất là doanh nghiệp, hiểu về "
    "Cộng đồng ASEAN. Nâng cao ý thức của người dân về hội nhập quốc tế.",
    "Thông tin, quảng bá để người dân và bạn bè quốc tế biết đến tiềm năng của tỉnh. Tạo đồng "
    "thuận trong xã hội đối với chủ trương hội nhập.",
    "Tuyên truyền sâu rộng để cán bộ, đảng viên nhận thức rõ vai trò của công tác thông tin "
    "đối ngoại. Phát huy vai trò của người dân trong quảng bá hình ảnh tỉnh.",
]


@pytest.mark.parametrize("purposes", PURPOSES)
def test_purposes_as_bare_sentences_are_no_tasks(purposes):
    result = read(
        news_of_plan(
            "Phú Yên",
            f"{purposes}\nTheo Kế hoạch, thời gian thực hiện từ năm 2024 đến năm 2025. Các sở, "
            "ban, ngành, địa phương bám sát định hướng tuyên truyền về ASEAN; làm tốt công tác "
            "quảng bá hình ảnh tỉnh.\n",
        )
    )
    assert texts_and_leads(result) == [
        (
            "Các sở, ban, ngành, địa phương bám sát định hướng tuyên truyền về ASEAN",
            ["Các sở, ban, ngành, địa phương"],
        ),
        ("làm tốt công tác quảng bá hình ảnh tỉnh", ["Các sở, ban, ngành, địa phương"]),
    ]


def test_a_duty_with_de_and_no_audience_understanding_stays_a_task():
    result = read(
        news_of_plan(
            "Phú Yên",
            "Theo đó, tổ chức hội nghị để triển khai kế hoạch tới các sở, ngành. Xây dựng chuyên "
            "mục thông tin đối ngoại trên Báo Phú Yên.\n",
        )
    )
    assert [t for t, _lead in texts_and_leads(result)] == [
        "tổ chức hội nghị để triển khai kế hoạch tới các sở, ngành",
        "Xây dựng chuyên mục thông tin đối ngoại trên Báo Phú Yên",
    ]
