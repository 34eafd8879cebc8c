"""A plan's title ends where its first section begins, blank line or not.

A PDF's text has no blank lines between blocks: read from a PDF set by LibreOffice, a
plan's title ran on into its first section ("Kế hoạch thông tin đối ngoại tỉnh Quảng Trị
năm 2025 I. MỤC ĐÍCH, YÊU CẦU 1. Mục đích Nâng cao …", seen on a plan page made from an
imported PDF). The heading of a section ("I. MỤC ĐÍCH, YÊU CẦU", "I- MỤC TIÊU", "1. Mục
đích", "Phần I", "A. MỤC ĐÍCH") never continues a title.
"""

from __future__ import annotations

import itertools

import pytest

from .support import read

pytestmark = pytest.mark.django_db

PLACES = [
    ("TỈNH QUẢNG TRỊ", "Quảng Trị", "tỉnh Quảng Trị"),
    ("HUYỆN HẢI LĂNG", "Hải Lăng", "huyện Hải Lăng"),
]
TITLES = [  # (as written under the heading, as read)
    (["Thông tin đối ngoại {unit} năm 2025"], "Kế hoạch thông tin đối ngoại {unit} năm 2025"),
    (
        ["Triển khai công tác thông tin đối ngoại", "{unit} năm 2025"],
        "Kế hoạch triển khai công tác thông tin đối ngoại {unit} năm 2025",
    ),
    (["THÔNG TIN ĐỐI NGOẠI {UNIT} NĂM 2025"], "Kế hoạch thông tin đối ngoại {unit} năm 2025"),
]
SECTIONS = [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "I- MỤC ĐÍCH, YÊU CẦU",
    "1. Mục đích",
    "Phần I. MỤC ĐÍCH, YÊU CẦU",
    "A. MỤC ĐÍCH, YÊU CẦU",
]


def _plan(place: tuple[str, str, str], title_lines: list[str], section: str) -> str:
    upper, short, unit = place
    lines = [line.format(unit=unit, UNIT=unit.upper()) for line in title_lines]
    return "\n".join(
        [
            "ỦY BAN NHÂN DÂN",
            upper,
            "Số: 57/KH-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            f"{short}, ngày 14 tháng 02 năm 2025",
            "KẾ HOẠCH",
            *lines,
            section,
            "Nâng cao hiệu quả công tác thông tin đối ngoại của địa phương.",
            "II. NHIỆM VỤ",
            "Các nhiệm vụ cụ thể tại Phụ lục kèm theo Kế hoạch này.",
        ]
    )


@pytest.mark.parametrize(
    ("place", "title", "section"), list(itertools.product(PLACES, TITLES, SECTIONS))
)
def test_the_title_stops_at_the_first_section_without_a_blank_line(place, title, section):
    lines, expected = title
    got = read(_plan(place, lines, section))["title"]
    assert got == expected.format(unit=place[2])
