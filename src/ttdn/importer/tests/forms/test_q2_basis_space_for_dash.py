"""A party symbol's dash written as a space in a basis (batch 28, form (5)).

"Căn cứ Kế hoạch số 31 KH/ĐTN ngày …": the typist left a space where the dash of a party
symbol goes; the basis is the document "31-KH/ĐTN". The space counts only after "số" or the
document's kind and before a symbol with its "/": a count before a word ("số 31 đoàn viên"),
a symbol with no "/" ("số 31 KH"), or a year before a symbol are left. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

PLAN = (
    "ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN TỈNH LONG AN\nSố: 18-KH/TĐTN\nLong An, ngày 20 tháng 5 "
    "năm 2023\n\nKẾ HOẠCH\nTuyên truyền công tác đối ngoại của Đoàn năm 2023\n\n{basis}\n"
    "Ban Thường vụ Tỉnh đoàn xây dựng Kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
)


@pytest.mark.parametrize(
    ("basis", "identifier"),
    [
        (
            "Căn cứ Kế hoạch số 31 KH/ĐTN ngày 02 tháng 3 năm 2023 của Ban Thường vụ Trung ương "
            "Đoàn;",
            "31-KH/ĐTN",
        ),
        ("Căn cứ Hướng dẫn số 9 HD/BTGTU ngày 10/4/2023 của Ban Tuyên giáo Tỉnh ủy;", "9-HD/BTGTU"),
        ("Căn cứ Chỉ thị 12 CT/TU ngày 5/1/2023 của Ban Thường vụ Tỉnh ủy;", "12-CT/TU"),
        ("Căn cứ Kết luận số: 57 KL/TW ngày 15/6/2023 của Bộ Chính trị;", "57-KL/TW"),
    ],
)
def test_a_space_for_the_dash_reads_the_symbol(basis, identifier):
    got = {b["identifier"] for b in read(PLAN.format(basis=basis))["legal_bases"]}
    assert identifier in got


@pytest.mark.parametrize(
    "basis",
    [
        # (near misses: a count, a symbol with no "/", a year before a symbol)
        "Căn cứ số 31 đoàn viên tham gia năm 2022;",
        "Căn cứ Kế hoạch số 31 KH của Tỉnh đoàn năm 2022;",
        "Căn cứ tình hình năm 2023 KH/ĐTN đã nêu;",
    ],
)
def test_near_misses_read_no_dashed_symbol(basis):
    got = {b["identifier"] for b in read(PLAN.format(basis=basis))["legal_bases"]}
    assert not any(i.startswith(("31-", "2023-")) for i in got)


def test_a_written_dash_still_reads():
    basis = "Căn cứ Kế hoạch số 31-KH/ĐTN ngày 02/3/2023 của Ban Thường vụ Trung ương Đoàn;"
    got = {b["identifier"] for b in read(PLAN.format(basis=basis))["legal_bases"]}
    assert "31-KH/ĐTN" in got
