"""A party committee that leads the government of its level: "lãnh đạo" is the verb.

"Các huyện ủy, thị ủy lãnh đạo UBND cùng cấp chỉ đạo tuyên truyền …": the committees are the
subject, "lãnh đạo (UBND, chính quyền …) cùng cấp" what they do; the lead is the committees
alone. Near misses: the leaders of a body named after a comma or "và" ("…, lãnh đạo UBND các
huyện") are addressees of their own. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

SUBJECTS = {
    "Các huyện ủy, thị ủy": ["Các huyện ủy, thị ủy"],
    "Các huyện ủy": ["Các huyện ủy"],
    "Các huyện ủy, thành ủy": ["Các huyện ủy, thành ủy"],
}
GOVERNMENTS = [
    "lãnh đạo UBND cùng cấp chỉ đạo tuyên truyền về biển, đảo",
    "lãnh đạo chính quyền cùng cấp triển khai thông tin đối ngoại",
    "lãnh đạo Ủy ban nhân dân cùng cấp tổ chức quảng bá hình ảnh địa phương",
]


@pytest.mark.parametrize("government", GOVERNMENTS)
@pytest.mark.parametrize("subject", SUBJECTS)
def test_the_committees_lead(subject, government):
    result = read(news_of_plan("Phú Yên", f"{subject} {government}.\n"))
    assert texts_and_leads(result) == [(f"{subject} {government}", SUBJECTS[subject])]


def test_the_leaders_of_a_body_are_addressees():
    text = "Các huyện ủy, lãnh đạo UBND các huyện tổ chức tuyên truyền về biển, đảo"
    result = read(news_of_plan("Phú Yên", f"{text}.\n"))
    assert texts_and_leads(result) == [(text, ["Các huyện ủy", "lãnh đạo UBND các huyện"])]
