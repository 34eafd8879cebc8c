"""A speaker's name after a province's Party committee is not its place (batch 17).

"Phó Trưởng ban Thường trực Ban Tuyên giáo Tỉnh ủy Tân Văn Ngữ đề nghị, …": a board named with
no place, then its speaker's title and name. The words after "Tỉnh ủy" that begin with no
province's name are a person's (the directory's provinces, those before the 2025 merger too),
so the board's place is the province the text names ("… của đất và người Quảng Nam"), not the
speaker.
The family-name check caught only the commonest family names ("Nguyễn Văn A"). Near misses: a
committee named with its province, also one written with a dash ("Bà Rịa - Vũng Tàu"), keeps it.
Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

OPENING = "Sáng 25-4, Ban Tuyên giáo Tỉnh ủy tổ chức họp báo định hướng công tác tuyên truyền.\n"


@pytest.mark.parametrize("speaker", ["Tân Văn Ngữ", "Ksor Phước", "Mai Thị Hạnh"])
def test_the_speaker_is_not_the_place(speaker):
    got = fields_of(
        read(
            OPENING + f"Phó Trưởng ban Thường trực Ban Tuyên giáo Tỉnh ủy {speaker} đề nghị, các "
            "cơ quan báo chí cần tuyên truyền đậm nét các sự kiện; quảng bá tiềm năng, thế mạnh "
            "của đất và người Quảng Nam.\n"
        )
    )
    assert (got["issuer"], got["locality"]) == ("Ban Tuyên giáo Tỉnh ủy Quảng Nam", "Quảng Nam")


@pytest.mark.parametrize("province", ["Quảng Nam", "Bà Rịa - Vũng Tàu"])
def test_a_committee_named_with_its_province_keeps_it(province):
    got = fields_of(
        read(
            f"Sáng 25-4, Ban Tuyên giáo Tỉnh ủy {province} tổ chức họp báo định hướng công tác "
            "tuyên truyền.\n"
        )
    )
    assert got["locality"] == province
