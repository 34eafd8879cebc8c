""" "Một số" opens a list of bodies as "các" does.

"Ban Chỉ đạo … đề nghị một số bộ, ban, ngành Trung ương và Ban Chỉ đạo … các tỉnh; Ban Tuyên
giáo các tỉnh, thành ủy thông báo …": "một số bộ, ban, ngành" (some ministries, boards and
branches) are bodies asked, the first addressees of the request; its addressees go on after
the ";" (one task). Near misses: "một số nội dung", "một số hoạt động" are no bodies.
Synthetic texts only.
"""

from __future__ import annotations

import pytest

from ttdn.importer.extract.common import starts_with_head

from .support import news_of_plan, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


@pytest.mark.parametrize(
    ("written", "bodies"),
    [
        ("một số bộ, ban, ngành Trung ương", True),
        ("Một số sở, ngành của tỉnh", True),
        ("một số địa phương, đơn vị", True),
        ("một số cơ quan báo chí", True),
        # near misses
        ("một số nội dung trọng tâm", False),
        ("một số hoạt động đối ngoại", False),
        ("Một số kết quả", False),
    ],
)
def test_some_bodies_open_a_name(written, bodies):
    assert starts_with_head(written) is bodies


@pytest.mark.parametrize(
    ("asked", "lead"),
    [
        (
            "một số bộ, ban, ngành Trung ương và Ban Tuyên giáo các tỉnh, thành ủy",
            ["một số bộ, ban, ngành Trung ương", "Ban Tuyên giáo các tỉnh, thành ủy"],
        ),
        ("một số sở, ngành", ["một số sở, ngành"]),
    ],
)
def test_some_bodies_are_asked(asked, lead):
    duty = f"UBND tỉnh đề nghị {asked} tăng cường tuyên truyền về biển, đảo"
    result = read(news_of_plan("Phú Yên", f"{duty}.\n"))
    assert texts_and_leads(result) == [(duty, lead)]
