"""A text that names neither its body nor its place, but asks its own departments ("các sở,
ban ngành và đơn vị liên quan của TP …", "các sở, ngành của tỉnh …"), is a province's (or a
city's under the centre): only they have departments. Its level is the province's, with no
issuer and no place (a city paper's request whose lede was lost, batch 19's level miss).

Near misses: a named province keeps its name; a city's own offices ("các phòng, ban của
thành phố") give no province level; "các sở" of a named city is that city's.
Each text is written for the test in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

OWN_DEPARTMENTS = [
    "Tăng cường tuyên truyền về biên giới\nTheo đó, các sở, ban ngành và đơn vị liên quan của "
    "TP tăng cường phổ biến kiến thức về biên giới quốc gia qua các hội nghị, tờ rơi.",
    "Yêu cầu đẩy mạnh thông tin đối ngoại\nTheo yêu cầu, các sở, ngành của tỉnh chủ động cung "
    "cấp thông tin cho báo chí về các hoạt động đối ngoại.",
    "Quảng bá hình ảnh địa phương\nCác sở, ban, ngành của thành phố phối hợp xây dựng các ấn "
    "phẩm giới thiệu bằng tiếng nước ngoài.",
]


@pytest.mark.parametrize("text", OWN_DEPARTMENTS)
def test_own_departments_asked_give_the_province_level(text):
    got = fields_of(read(text + "\n"))
    assert (got["issuer"], got["level"], got["locality"]) == (None, "province", None)


def test_a_citys_own_offices_give_no_province_level():
    text = (
        "Tăng cường tuyên truyền về biển, đảo\nTheo đó, các phòng, ban của thành phố phối hợp "
        "tổ chức tuyên truyền trên loa truyền thanh.\n"
    )
    assert fields_of(read(text))["level"] != "province"


def test_the_departments_of_a_named_city_are_that_citys():
    text = (
        "Tăng cường tuyên truyền về biển, đảo\nTheo đó, các sở, ngành của thành phố Đà Nẵng "
        "phối hợp tổ chức tuyên truyền.\n"
    )
    got = fields_of(read(text))
    assert (got["level"], got["locality"]) == ("province", "Đà Nẵng")
