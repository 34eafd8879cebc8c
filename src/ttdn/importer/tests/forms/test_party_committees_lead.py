"""The party committees under a province's, a member of a list of addressees (batch 21).

"… yêu cầu Ban Tuyên giáo, đảng bộ trực thuộc tỉnh ủy, Ủy ban Mặt trận …": "đảng bộ trực
thuộc (tỉnh ủy)" names bodies of its own, one entry after a named body; after a "các" list
("các sở, ban, ngành, đảng bộ trực thuộc tỉnh ủy") it is one of that list's kinds, one entry
(convention P4, settled 07/12/2026: test_one_entry_per_list.py). Near misses: a
party cell's committees written after "các chi," ("các chi, đảng bộ cơ sở") and "Đảng bộ tỉnh"
as the subject of its own sentence are read as before. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from ttdn.directory.resolver import is_collective
from ttdn.importer.extract.agencies import split_names

pytestmark = [pytest.mark.django_db]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        (
            "Ban Tuyên giáo, đảng bộ trực thuộc tỉnh ủy",
            ["Ban Tuyên giáo", "đảng bộ trực thuộc tỉnh ủy"],
        ),
        (
            "Sở Nội vụ, đảng bộ trực thuộc Thành ủy và các đoàn thể",
            ["Sở Nội vụ", "đảng bộ trực thuộc Thành ủy", "các đoàn thể"],
        ),
        ("Các đảng bộ trực thuộc Tỉnh ủy", ["Các đảng bộ trực thuộc Tỉnh ủy"]),
        # near misses
        ("các chi, đảng bộ cơ sở", ["các chi, đảng bộ cơ sở"]),
        ("các sở, ban, ngành, đoàn thể", ["các sở, ban, ngành, đoàn thể"]),
    ],
)
def test_party_committees_split(written, names):
    assert [name for name, _, _ in split_names(written)] == names


@pytest.mark.parametrize(
    ("written", "many"),
    [
        ("đảng bộ trực thuộc tỉnh ủy", True),
        ("Đảng bộ trực thuộc Thành ủy", True),
        ("chi bộ trực thuộc Đảng ủy xã", True),
        # near misses: one committee
        ("Đảng bộ tỉnh Kiên Giang", False),
        ("Ban Tuyên giáo Tỉnh ủy", False),
    ],
)
def test_the_committees_under_a_committee_are_many_bodies(written, many):
    """Split off the "các" list it was written in, the entry still names many bodies: no
    unknown agency to review."""
    assert is_collective(written) is many
