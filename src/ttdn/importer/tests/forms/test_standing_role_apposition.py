"""A body's standing role written after its name is no body of its own.

"… yêu cầu Sở Ngoại vụ, cơ quan thường trực Ban Chỉ đạo công tác biên giới chủ trì …": the
words after the comma say what the department is (the standing office of a steering board),
one lead entry. Near misses: the role opening the list, a body's kind after a named body, and
the role inside a "các" list. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from ttdn.importer.extract.agencies import split_names


@pytest.mark.parametrize(
    ("written", "names"),
    [
        (
            "Sở Ngoại vụ, cơ quan thường trực Ban Chỉ đạo công tác biên giới",
            ["Sở Ngoại vụ"],
        ),
        (
            "Sở Nội vụ, cơ quan Thường trực Hội đồng Thi đua, khen thưởng tỉnh và Sở Tài chính",
            ["Sở Nội vụ", "Sở Tài chính"],
        ),
        ("Công an tỉnh, cơ quan thường trực của Ban Chỉ đạo 138", ["Công an tỉnh"]),
        (
            "Ban Dân vận Tỉnh ủy, cơ quan đầu mối về công tác dân vận, Ủy ban Mặt trận Tổ quốc",
            ["Ban Dân vận Tỉnh ủy", "Ủy ban Mặt trận Tổ quốc"],
        ),
        (
            "Sở Văn hóa, Thể thao và Du lịch, cơ quan tham mưu của Ủy ban nhân dân tỉnh",
            ["Sở Văn hóa, Thể thao và Du lịch"],
        ),
        # near misses
        (
            "cơ quan thường trực Ban Chỉ đạo, Sở Tài chính",
            ["cơ quan thường trực Ban Chỉ đạo", "Sở Tài chính"],
        ),
        ("Sở Văn hóa, cơ quan báo chí", ["Sở Văn hóa", "cơ quan báo chí"]),
        ("Sở Tư pháp, cơ quan chuyên môn", ["Sở Tư pháp", "cơ quan chuyên môn"]),
    ],
)
def test_standing_role_is_no_body(written, names):
    assert [name for name, _, _ in split_names(written)] == names
