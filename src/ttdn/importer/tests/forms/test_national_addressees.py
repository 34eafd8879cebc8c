"""News of a Government document whose copy names no body, its addressees the ministries
(batch 21).

"Nghị quyết giao các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, UBND các tỉnh, thành phố
trực thuộc Trung ương …": only a central document addresses the ministries and the Government's
agencies; a text naming neither its issuer nor its place that tells one is national, with no
issuer and no place. A text that names a province keeps it; one addressing a province's
departments keeps no national level. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

SENTENCES = [
    "Nghị quyết giao các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, UBND các tỉnh, thành "
    "phố trực thuộc Trung ương cần cụ thể hóa và tổ chức triển khai các nội dung sau:",
    "Chương trình yêu cầu các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Ủy ban nhân dân các "
    "tỉnh, thành phố xây dựng kế hoạch thực hiện.",
    "Chỉ thị đề nghị các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ tăng cường công tác thông "
    "tin đối ngoại.",
]

HEADLINE = "Tiếp tục đẩy mạnh công tác người Việt Nam ở nước ngoài\n"
TAIL = "\n1- Tuyên truyền, quán triệt chủ trương về công tác người Việt Nam ở nước ngoài;\n"


@pytest.mark.parametrize("sentence", SENTENCES)
def test_ministries_addressed_give_the_national_level(sentence):
    got = fields_of(read(HEADLINE + sentence + TAIL))
    assert (got["issuer"], got["level"], got["locality"]) == (None, "national", None)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_province_named_keeps_its_place(sentence):
    # (near miss: the same news told of a province, which it names)
    text = HEADLINE + "Tỉnh Phú Yên triển khai thực hiện.\n" + sentence + TAIL
    assert fields_of(read(text))["level"] != "national"


def test_a_provinces_departments_give_no_national_level():
    # (near miss: a province's own addressees)
    text = HEADLINE + "Kế hoạch giao các sở, ban, ngành và UBND các huyện triển khai." + TAIL
    assert fields_of(read(text))["level"] != "national"
