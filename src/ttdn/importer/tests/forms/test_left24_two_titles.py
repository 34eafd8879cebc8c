"""A person named by two titles as a duty's subject (left24).

"Chánh Văn phòng Ủy ban nhân dân tỉnh, người phát ngôn của Ủy ban nhân dân tỉnh chủ trì cùng
với các ngành liên quan tổ chức họp báo": one holder named by two offices, the second set
off by a comma; the holder (both titles, one entry) leads the duty. Variants of the titles
and the predicate. Near misses: a title asking others ("Chủ tịch UBND tỉnh, Trưởng Ban Chỉ
đạo yêu cầu các sở …") leads nothing of its own (the bodies asked lead), and two bodies
listed with a comma stay two entries. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


HOLDERS = [
    "Chánh Văn phòng Ủy ban nhân dân tỉnh, người phát ngôn của Ủy ban nhân dân tỉnh",
    "Giám đốc Sở Thông tin và Truyền thông, Phó Trưởng Ban Chỉ đạo công tác thông tin đối ngoại",
    "Trưởng ban Tuyên giáo Tỉnh ủy, Trưởng Ban Chỉ đạo công tác thông tin đối ngoại tỉnh",
    "Phó Chủ tịch UBND tỉnh, Trưởng ban Tổ chức Ngày hội",
]
PREDICATES = [
    "chủ trì cùng với các ngành liên quan tổ chức họp báo định kỳ",
    "chịu trách nhiệm chỉ đạo việc cung cấp thông tin cho báo chí",
]


@pytest.mark.parametrize("holder", HOLDERS)
@pytest.mark.parametrize("predicate", PREDICATES)
def test_a_holder_with_two_titles_leads_as_one(holder, predicate):
    result = read(news_of_plan("Phú Yên", f"{holder} {predicate}.\n"))
    assert texts_and_leads(result) == [(f"{holder} {predicate}", [holder])]


def test_near_miss_a_holder_asking_others():
    result = read(
        news_of_plan(
            "Phú Yên",
            "Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo yêu cầu các sở, ban, ngành tổ chức tuyên "
            "truyền về biển, đảo.\n",
        )
    )
    leads = [lead for _text, lead in texts_and_leads(result)]
    assert leads == [["các sở, ban, ngành"]]


def test_near_miss_two_bodies_stay_two():
    result = read(
        news_of_plan(
            "Phú Yên",
            "Sở Ngoại vụ, Sở Thông tin và Truyền thông chủ trì tổ chức họp báo định kỳ.\n",
        )
    )
    assert [lead for _text, lead in texts_and_leads(result)] == [
        ["Sở Ngoại vụ", "Sở Thông tin và Truyền thông"]
    ]


def coordinating(result: dict) -> list[list[str]]:
    return [[c["as_written"] for c in t["coordinating"]] for t in result["tasks"]]


@pytest.mark.parametrize(
    ("subject", "partners"),
    [
        ("Sở Ngoại vụ chủ trì cùng với", "các ngành liên quan"),
        ("Sở Ngoại vụ chủ trì, cùng với", "Sở Thông tin và Truyền thông"),
        (HOLDERS[0] + " chủ trì cùng với", "các sở, ngành liên quan"),
    ],
)
def test_partners_after_chu_tri_cung_voi(subject, partners):
    # "… chủ trì cùng với các ngành liên quan tổ chức họp báo": the bodies it works with
    result = read(news_of_plan("Phú Yên", f"{subject} {partners} tổ chức họp báo định kỳ.\n"))
    assert coordinating(result) == [[partners]]


def test_near_miss_two_bodies_joined_by_cung_voi_are_no_partners():
    result = read(
        news_of_plan(
            "Phú Yên", "Sở Ngoại vụ cùng với Sở Thông tin và Truyền thông tổ chức họp báo.\n"
        )
    )
    assert coordinating(result) == [[]]
