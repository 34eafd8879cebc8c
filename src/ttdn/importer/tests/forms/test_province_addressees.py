"""A text naming no body, its addressees a province's (batch 20).

"Hướng dẫn cũng nêu rõ yêu cầu các sở, ban, ngành, đảng bộ trực thuộc tỉnh ủy, Ủy ban Mặt trận
…": an article on a guidance that names neither its issuer nor its place is still a province's:
only a province's committee has party organisations directly under it ("trực thuộc Tỉnh ủy").
Its level is the province's, with no issuer and no place. A text that names a place keeps it;
one with no such addressees keeps no level. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

ADDRESSEES = [
    "Hướng dẫn cũng nêu rõ yêu cầu các sở, ban, ngành, đảng bộ trực thuộc tỉnh ủy, Ủy ban Mặt "
    "trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội thường xuyên cập nhật nội dung "
    "tuyên truyền về biển, đảo.",
    "Nội dung hướng dẫn đề nghị các sở, ngành và các đảng bộ trực thuộc Tỉnh ủy thường xuyên "
    "cập nhật nội dung tuyên truyền về biên giới.",
    "Văn bản yêu cầu các cơ quan, đơn vị và các đảng bộ trực thuộc Tỉnh ủy đẩy mạnh tuyên truyền "
    "về công tác đối ngoại nhân dân.",
    "Theo đó, các chi bộ, đảng bộ trực thuộc Tỉnh ủy cần quán triệt sâu sắc nội dung thông tin "
    "đối ngoại trong tình hình mới.",
]


@pytest.mark.parametrize("sentence", ADDRESSEES)
def test_province_addressees_give_the_level(directory, sentence):
    got = fields_of(read(sentence + "\nTuyên truyền, phổ biến nâng cao nhận thức về biển, đảo.\n"))
    assert (got["issuer"], got["level"], got["locality"]) == (None, "province", None)


def test_no_such_addressees_no_level(directory):
    got = fields_of(
        read(
            "Hướng dẫn cũng nêu rõ yêu cầu các cơ quan, đơn vị thường xuyên cập nhật nội dung "
            "tuyên truyền về biển, đảo.\n"
        )
    )
    assert (got["issuer"], got["level"]) == (None, None)
