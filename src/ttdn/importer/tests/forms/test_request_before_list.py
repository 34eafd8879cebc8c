"""A body's request just before the list of a plan's tasks, in news of the plan (batch 8).

"Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy … triển khai thực hiện Chỉ thị … nghiêm túc. / Kế
hoạch đề ra các nhiệm vụ trọng tâm như: …": reading starts at the list, what comes between the
announcement and it restating the plan; the sentence just before the list that gives work to
bodies is a duty of its own, read with the list, whether it opens with a purpose ("Để làm được
điều này, UBND … yêu cầu …", as before) or with the body that asks, on the list's line or in a
paragraph of its own. Told as done ("đã yêu cầu") it is the plan's background, and a purpose
before the list is none. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

PURPOSE = "Kế hoạch nhằm nâng cao nhận thức của cán bộ, đảng viên về công tác thông tin đối ngoại."
LIST = (
    "Kế hoạch đề ra các nhiệm vụ trọng tâm như: tổ chức tuyên truyền Kết luận số 57-KL/TW; "
    "quảng bá hình ảnh tỉnh ra nước ngoài; đấu tranh phản bác thông tin sai trái."
)
ITEMS = [
    ("tổ chức tuyên truyền Kết luận số 57-KL/TW", []),
    ("quảng bá hình ảnh tỉnh ra nước ngoài", []),
    ("đấu tranh phản bác thông tin sai trái", []),
]


@pytest.mark.parametrize(
    ("asked", "lead"),
    [
        (
            "UBND tỉnh yêu cầu các sở, ban, ngành triển khai thực hiện Kế hoạch nghiêm túc, hiệu quả",
            ["các sở, ban, ngành"],
        ),
        (
            "Ban Thường vụ Tỉnh ủy đề nghị các cấp ủy đảng, chính quyền quán triệt Chỉ thị số "
            "12-CT/TW đến cán bộ, đảng viên",
            ["các cấp ủy đảng, chính quyền"],
        ),
        (
            "Chủ tịch UBND tỉnh chỉ đạo Sở Ngoại vụ theo dõi, đôn đốc việc thực hiện Kế hoạch",
            ["Sở Ngoại vụ"],
        ),
    ],
)
@pytest.mark.parametrize("between", ["\n\n", " "])
def test_request_before_the_list_is_a_duty(directory, asked, lead, between):
    got = texts_and_leads(read(news_of_plan("Phú Yên", f"{PURPOSE}\n{asked}.{between}{LIST}\n")))
    # (the items' lead is the list's matter, not this form's: in the request's paragraph they
    # keep its subject, as a clause with none of its own does)
    assert got[0] == (asked, lead)
    assert [text for text, _lead in got[1:]] == [text for text, _lead in ITEMS]


@pytest.mark.parametrize(
    "before",
    [
        # told as done: the plan's background
        "Năm 2023, UBND tỉnh đã yêu cầu các sở, ban, ngành rà soát quy chế thông tin đối ngoại.",
        # a purpose, no body asked
        "Việc triển khai Kế hoạch nhằm góp phần củng cố quan hệ đối ngoại của tỉnh.",
    ],
)
def test_background_before_the_list_is_no_task(directory, before):
    got = read(news_of_plan("Phú Yên", f"{PURPOSE}\n{before}\n\n{LIST}\n"))
    assert texts_and_leads(got) == ITEMS
