"""Forms behind the fourteenth batch's development misses (tests/fixtures/importer/real, batch 14).

Each test uses short synthetic texts in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import read

# --- 1. A body's name broken over two header lines inside a part of the name ---------------


@pytest.mark.parametrize(
    ("header", "issuer", "level"),
    [
        # a legal site's '|' table: the ministry's name cut inside "Thể thao"
        (
            "BỘ VĂN HÓA, THỂ\nTHAO VÀ DU LỊCH\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|",
            "Bộ Văn hóa, Thể thao và Du lịch",
            "national",
        ),
        (
            "BỘ THÔNG\nTIN VÀ TRUYỀN THÔNG\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|",
            "Bộ Thông tin và Truyền thông",
            "national",
        ),
        (
            "BỘ TÀI NGUYÊN VÀ\nMÔI TRƯỜNG\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|",
            "Bộ Tài nguyên và Môi trường",
            "national",
        ),
        (
            "UBND TỈNH HẢI DƯƠNG\nSỞ VĂN HÓA, THỂ\nTHAO VÀ DU LỊCH\n-------\n|",
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Hải Dương",
            "department",
        ),
        (
            "UBND TỈNH NAM ĐỊNH\nSỞ KẾ HOẠCH VÀ\nĐẦU TƯ\n-------\n|",
            "Sở Kế hoạch và Đầu tư tỉnh Nam Định",
            "department",
        ),
        (
            "UBND TỈNH BẮC GIANG\nSỞ NÔNG NGHIỆP VÀ PHÁT\nTRIỂN NÔNG THÔN\n-------\n|",
            "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bắc Giang",
            "department",
        ),
        # a whole name on its line is not continued by the line under it
        (
            "BỘ NGOẠI GIAO\nCỤC THÔNG TIN VÀ BÁO CHÍ\n-------\n|",
            "Cục Thông tin và Báo chí",
            "national",
        ),
    ],
)
def test_a_bodys_name_cut_inside_a_part_over_two_header_lines(directory, header, issuer, level):
    result = read(
        header + "\nSố: 33/BC-BVHTTDL\n|\nHà Nội, ngày 24\ntháng 01 năm 2025\n|\nBÁO CÁO\nKết "
        "quả công tác văn hóa đối ngoại năm 2024\nKính gửi: Thủ tướng Chính phủ\n"
    )
    assert (result["issuer"], result["level"]) == (issuer, level)
