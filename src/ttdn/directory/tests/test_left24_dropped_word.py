"""A body's name with one inner word dropped by a typist (left24).

"Sở Thông và Truyền thông" for "Sở Thông tin và Truyền thông": the name as written is the
directory's name with one word left out inside it (not its first word, the kind of body, nor
its last), so it is that body when one body of the scope is so near. A word dropped at the
end ("Sở Thông tin và Truyền" is no name's end), two words dropped, or a body outside the
plan's place stays unresolved.
"""

from __future__ import annotations

import pytest

from .conftest import legacy_province


def name_of(resolution):
    return resolution.agency.name if resolution.agency else None


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Sở Thông và Truyền thông", "Sở Thông tin và Truyền thông tỉnh Đồng Nai"),
        ("Sở Thông tin và Truyền", None),
        ("Sở Giáo và Đào tạo", "Sở Giáo dục và Đào tạo tỉnh Đồng Nai"),
        ("Sở Văn hóa, Thể và Du lịch", "Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai"),
        ("Sở Kế và Đầu tư", "Sở Kế hoạch và Đầu tư tỉnh Đồng Nai"),
        ("Sở Văn hóa và Du lịch", None),
        ("Sở Thông và Truyền", None),
    ],
)
def test_one_inner_word_dropped(index, dong_nai, written, expected):
    result = index.resolve(written, unit=dong_nai, candidates=False)
    assert name_of(result) == expected


def test_near_miss_not_in_another_province(index, directory):
    cao_bang = legacy_province("Cao Bằng")  # no agencies loaded for it
    assert index.resolve("Sở Thông và Truyền thông", unit=cao_bang).agency is None
