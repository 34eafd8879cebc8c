"""One lead entry per "các" list (convention P4, settled 07/12/2026).

One "các" governing bare nouns joined by "," or "và" is one collective entry whatever their
kinds ("các sở, ban, ngành, đảng bộ trực thuộc tỉnh ủy", "các tổ chức chính trị - xã hội, cơ
quan thông tin đại chúng"). A named body, a noun with its own "các", or a noun after a
qualifier that closes the one before ("các cơ quan báo chí trong tỉnh, trung tâm …") is its
own entry. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from ttdn.importer.extract.agencies import split_names


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # one list, whatever its kinds
        (
            "các sở, ban, ngành, đảng bộ trực thuộc tỉnh ủy",
            ["các sở, ban, ngành, đảng bộ trực thuộc tỉnh ủy"],
        ),
        (
            "Các sở, ban, ngành, đảng bộ trực thuộc Thành ủy và các đoàn thể",
            ["Các sở, ban, ngành, đảng bộ trực thuộc Thành ủy", "các đoàn thể"],
        ),
        (
            "các hội, đoàn thể, cơ quan thông tấn báo chí",
            ["các hội, đoàn thể, cơ quan thông tấn báo chí"],
        ),
        (
            "Các tổ chức xã hội - nghề nghiệp, cơ quan báo chí và địa phương",
            ["Các tổ chức xã hội - nghề nghiệp, cơ quan báo chí và địa phương"],
        ),
        ("các cấp ủy, chính quyền, đoàn thể", ["các cấp ủy, chính quyền, đoàn thể"]),
        # a noun after a closing qualifier
        (
            "các cơ quan truyền thông trong huyện, trung tâm văn hóa và Phòng Văn hóa",
            ["các cơ quan truyền thông trong huyện", "trung tâm văn hóa", "Phòng Văn hóa"],
        ),
        (
            "các đơn vị thuộc Sở, cơ quan báo chí",
            ["các đơn vị thuộc Sở", "cơ quan báo chí"],
        ),
        # near misses: a named body, a noun with its own "các"
        (
            "các sở, ngành, ủy ban Mặt trận Tổ quốc tỉnh",
            ["các sở, ngành", "ủy ban Mặt trận Tổ quốc tỉnh"],
        ),
        (
            "các phòng, ban, các đơn vị sự nghiệp",
            ["các phòng, ban", "các đơn vị sự nghiệp"],
        ),
        (
            "các đoàn thể, Sở Nội vụ",
            ["các đoàn thể", "Sở Nội vụ"],
        ),
        (
            "Sở Văn hóa, cơ quan báo chí",
            ["Sở Văn hóa", "cơ quan báo chí"],
        ),
        (
            "Ban Tuyên giáo, đảng bộ trực thuộc tỉnh ủy",
            ["Ban Tuyên giáo", "đảng bộ trực thuộc tỉnh ủy"],
        ),
    ],
)
def test_one_entry_per_list(written, names):
    assert [name for name, _, _ in split_names(written)] == names


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # "các tổ chức" whose marks a scan lost is still a noun with its own "các"
        (
            "Ủy ban Mặt trận Tổ quốc và các tô chức chính trị - xã hội",
            ["Ủy ban Mặt trận Tổ quốc", "các tô chức chính trị - xã hội"],
        ),
        (
            "Hội Nông dân, các tố chức thành viên",
            ["Hội Nông dân", "các tố chức thành viên"],
        ),
        # near misses: "các" that opens no body, "tổ chức" as a verb
        ("Ban Chỉ đạo các hoạt động", ["Ban Chỉ đạo các hoạt động"]),
        ("Sở Nội vụ và các tô điểm", ["Sở Nội vụ và các tô điểm"]),
    ],
)
def test_own_list_with_marks_lost(written, names):
    assert [name for name, _, _ in split_names(written)] == names
