"""A basis's symbol glued to the "ngày" after it by a lost line break (left24).

"Quyết định số 208/QĐ-TTgngày 14/02/2011": a copy that lost the space (or line end) between
the symbol and "ngày" must still read the whole symbol and its day, not "208/QĐ". The glue
counts only when a whole day follows "ngày"; a symbol glued to any other word ("TTgnhằm"), or
to "ngày" with no day after it, is left as before. Synthetic texts only.
"""

from __future__ import annotations

import datetime

import pytest

from ttdn.legal.parsing import find_legal_refs

from .support import read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


@pytest.mark.parametrize(
    ("text", "identifier", "issued"),
    [
        ("Quyết định số 208/QĐ-TTgngày 14/02/2011 của Thủ tướng", "208/QĐ-TTg", (2011, 2, 14)),
        ("Kế hoạch số 45/KH-UBNDngày 3/4/2020 của UBND tỉnh", "45/KH-UBND", (2020, 4, 3)),
        ("Chỉ thị số 05-CT/TUngày 12 tháng 5 năm 2021", "05-CT/TU", (2021, 5, 12)),
        ("Nghị định số 72/2015/NĐ-CPngày 07/9/2015", "72/2015/NĐ-CP", (2015, 9, 7)),
        ("Công văn số 3089/BTTTT-TTĐNngày 5/10/2019", "3089/BTTTT-TTĐN", (2019, 10, 5)),
        ("Văn bản số 12/CTr-UBNDNgày 01/3/2022", "12/CTr-UBND", (2022, 3, 1)),
    ],
)
def test_a_symbol_glued_to_ngay_reads_whole(text, identifier, issued):
    refs = find_legal_refs(text)
    assert [(r.identifier, r.issued_date) for r in refs] == [(identifier, datetime.date(*issued))]


@pytest.mark.parametrize(
    "text",
    [
        "Quyết định số 208/QĐ-TTgnhằm tăng cường",
        "Quyết định số 208/QĐ-TTgngày ban hành",
    ],
)
def test_near_miss_other_glue_is_left(text):
    assert [r.identifier for r in find_legal_refs(text)] == ["208/QĐ"]


def test_the_glued_basis_is_read_in_a_plan():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 95/KH-UBND\nPhú Yên, ngày 10 tháng 4 năm 2022\n\nKẾ "
        "HOẠCH\nTổ chức Ngày Biên phòng toàn dân năm 2022\n\nCăn cứ Quyết định số 208/QĐ-TTgngày "
        "14/02/2011 của Thủ tướng Chính phủ;\nCăn cứ Công văn 479-CV/TU ngày 04 tháng 4 năm 2022 "
        "của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\nI. MỤC "
        "ĐÍCH, YÊU CẦU\n"
    )
    got = {b["identifier"] for b in read(text)["legal_bases"]}
    assert got == {"208/QĐ-TTg", "479-CV/TU"}
