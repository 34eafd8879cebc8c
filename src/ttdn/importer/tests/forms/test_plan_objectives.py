"""A plan's objectives listed after "mục tiêu … gồm:" are no tasks (batch 19).

"Theo Quyết định, mục tiêu để ban hành Kế hoạch gồm những nội dung chính như sau: - Nâng cao
…; - Định hướng …; - Làm cơ sở để …": the items are what the plan is for, in the infinitive a
duty has too, as purposes and requirements are. The work after them ("Theo đó, Sở … chủ trì
…") stays a task, and so do the items of a list of work done to reach the objectives ("Để đạt
mục tiêu trên, Kế hoạch đề ra các nhiệm vụ sau: …"). Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

INTRODUCTIONS = [
    "Theo Quyết định, mục tiêu để ban hành Kế hoạch gồm những nội dung chính như sau:",
    "Mục tiêu cụ thể:",
    "Kế hoạch đề ra các mục tiêu cụ thể như sau:",
    "Kế hoạch đặt ra 3 mục tiêu:",
    "Mục tiêu của Kế hoạch gồm:",
    "Theo đó, mục tiêu của kế hoạch là:",
    "Kế hoạch xác định các mục tiêu chính sau đây:",
]

OBJECTIVES = [
    "- Nâng cao chất lượng hoạt động thông tin đối ngoại, quảng bá hình ảnh tỉnh.\n"
    "- Định hướng các sở, ngành triển khai các nhiệm vụ trọng tâm của năm.\n"
    "- Làm cơ sở để các sở, ngành chỉ đạo, kiểm tra việc thực hiện.\n",
    "- Tiếp tục triển khai có hiệu quả Chương trình hành động của tỉnh về hội nhập quốc tế.\n"
    "- Tạo sự đồng thuận trong xã hội, củng cố niềm tin của Nhân dân.\n",
]

WORK = "Theo đó, Sở Ngoại vụ chủ trì tổ chức các hoạt động quảng bá hình ảnh tỉnh.\n"


@pytest.mark.parametrize("objectives", OBJECTIVES)
@pytest.mark.parametrize("introduction", INTRODUCTIONS)
def test_objectives_listed_are_no_tasks(introduction, objectives):
    result = read(news_of_plan("Phú Yên", f"{introduction}\n{objectives}{WORK}"))
    assert texts_and_leads(result) == [
        ("Sở Ngoại vụ chủ trì tổ chức các hoạt động quảng bá hình ảnh tỉnh", ["Sở Ngoại vụ"])
    ]


@pytest.mark.parametrize(
    "introduction",
    [
        "Để đạt mục tiêu trên, Kế hoạch đề ra các nhiệm vụ sau:",
        "Để thực hiện các mục tiêu đó, Kế hoạch nêu các nhiệm vụ trọng tâm sau:",
    ],
)
def test_the_work_towards_the_objectives_stays_tasks(introduction):
    result = read(news_of_plan("Phú Yên", f"{introduction}\n{OBJECTIVES[0]}"))
    assert [text for text, _lead in texts_and_leads(result)] == [
        "Nâng cao chất lượng hoạt động thông tin đối ngoại, quảng bá hình ảnh tỉnh",
        "Định hướng các sở, ngành triển khai các nhiệm vụ trọng tâm của năm",
        "Làm cơ sở để các sở, ngành chỉ đạo, kiểm tra việc thực hiện",
    ]
