"""A party cell's congress, its headline running into the text (batch 23).

"Chi bộ Sở Tư pháp tỉnh Đại hội lần thứ V nhiệm kỳ 2025-2030": the cell of a province's
agency is the issuer as the copy names it, at the agency's level; the capitalised word of an
event after the unit word ("Đại hội", "Hội nghị", "Tổng kết") opens the event, it is not a
place. Variants: a department's party committee and a cell, with "Hội nghị" and "Tổng kết"
after. Near misses: a place whose name opens with such a word ("huyện Đại Lộc", both words
capitalised) is read as a place; the agency's own name as before. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def item(headline: str, body: str) -> str:
    return f"{headline}\nSáng 20/6, {body} nhiệm kỳ 2025 - 2030 để tổng kết nhiệm kỳ 2020 - 2025.\n"


CASES = [
    (
        item(
            "Chi bộ Sở Tư pháp tỉnh Đại hội lần thứ V nhiệm kỳ 2025-2030",
            "Chi bộ Sở Tư pháp tỉnh tổ chức Đại hội",
        ),
        ("Chi bộ Sở Tư pháp tỉnh", "department", None),
    ),
    (
        item(
            "Đảng ủy Sở Ngoại vụ tỉnh Hội nghị tổng kết công tác năm 2024",
            "Đảng ủy Sở Ngoại vụ tỉnh tổ chức hội nghị",
        ),
        ("Đảng ủy Sở Ngoại vụ tỉnh", "department", None),
    ),
    (
        item(
            "Chi bộ Sở Ngoại vụ tỉnh Tổng kết công tác năm 2024",
            "Chi bộ Sở Ngoại vụ tỉnh tổ chức hội nghị",
        ),
        ("Chi bộ Sở Ngoại vụ tỉnh", "department", None),
    ),
    # near misses
    (
        item(
            "Chi bộ Phòng Văn hóa và Thông tin huyện Đại Lộc tổ chức Đại hội",
            "Ủy ban nhân dân huyện Đại Lộc tổ chức Đại hội",
        ),
        ("Ủy ban nhân dân huyện Đại Lộc", "district", "Đại Lộc"),
    ),
    (
        item(
            "Sở Tư pháp tỉnh Quảng Nam tổng kết công tác năm 2024",
            "Sở Tư pháp tỉnh Quảng Nam tổ chức hội nghị",
        ),
        ("Sở Tư pháp tỉnh Quảng Nam", "department", "Quảng Nam"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_a_party_cell_and_the_event_after_its_unit_word(text, expected):
    got = fields_of(read(text))
    assert (got["issuer"], got["level"], got["locality"]) == expected
