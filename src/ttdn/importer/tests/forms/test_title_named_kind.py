"""Titles that differ from their writer's only in capitals (issue 12, development titles).

A formal plan's subject in capitals, set in sentence case, keeps the capital of the kind of a
document it carries out or approves when it cites it by its name ("TRIỂN KHAI CHIẾN LƯỢC VĂN HÓA
ĐỐI NGOẠI …" → "triển khai Chiến lược văn hóa đối ngoại …", "… phê duyệt Đề án …", Decree 30's
kind of document named), and of a kind cited by a number written "số: 930/…"; Hồ Chí Minh
City's unit word is part of its name ("của Thành phố Hồ Chí Minh"). A subject in sentence case
over lines keeps no capital its line break gave the period line ("… Salavan / Giai đoạn 2020 –
2022" → "… Salavan giai đoạn 2020 – 2022"). Near misses: a strategy named as an aim ("xây dựng
chiến lược …"), another city and a name opening a later line keep their case.
"""

from __future__ import annotations

import pytest

from .support import read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def _plan(subject_lines: list[str], place: str = "TỈNH QUẢNG TRỊ") -> str:
    return "\n".join(
        [
            "ỦY BAN NHÂN DÂN",
            place,
            "Số: 57/KH-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Quảng Trị, ngày 14 tháng 02 năm 2025",
            "",
            "KẾ HOẠCH",
            *subject_lines,
            "",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Nâng cao hiệu quả công tác thông tin đối ngoại của tỉnh.",
        ]
    )


CAPITALS = [
    (
        "TRIỂN KHAI CHIẾN LƯỢC VĂN HÓA ĐỐI NGOẠI TRÊN ĐỊA BÀN TỈNH ĐẾN NĂM 2030",
        "Kế hoạch triển khai Chiến lược văn hóa đối ngoại trên địa bàn tỉnh đến năm 2030",
    ),
    (
        "TRIỂN KHAI THỰC HIỆN ĐỀ ÁN TUYÊN TRUYỀN BẢO VỆ CHỦ QUYỀN BIỂN, ĐẢO VIỆT NAM",
        "Kế hoạch triển khai thực hiện Đề án tuyên truyền bảo vệ chủ quyền biển, đảo Việt Nam",
    ),
    (
        "TRIỂN KHAI QUYẾT ĐỊNH SỐ: 930/QĐ-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ PHÊ DUYỆT ĐỀ ÁN TUYÊN "
        "TRUYỀN BIỂN, ĐẢO",
        "Kế hoạch triển khai Quyết định số: 930/QĐ-TTg của Thủ tướng Chính phủ phê duyệt Đề án "
        "tuyên truyền biển, đảo",
    ),
    (
        "THÔNG TIN ĐỐI NGOẠI CỦA THÀNH PHỐ HỒ CHÍ MINH NĂM 2025",
        "Kế hoạch thông tin đối ngoại của Thành phố Hồ Chí Minh năm 2025",
    ),
    # near misses: a strategy as an aim, another city
    (
        "XÂY DỰNG CHIẾN LƯỢC TRUYỀN THÔNG CỦA TỈNH NĂM 2025",
        "Kế hoạch xây dựng chiến lược truyền thông của tỉnh năm 2025",
    ),
    (
        "THÔNG TIN ĐỐI NGOẠI CỦA THÀNH PHỐ ĐÀ NẴNG NĂM 2025",
        "Kế hoạch thông tin đối ngoại của thành phố Đà Nẵng năm 2025",
    ),
]


@pytest.mark.parametrize(("subject", "expected"), CAPITALS)
def test_a_subject_in_capitals_keeps_the_capitals_its_writer_gives(subject, expected):
    place = next(
        (f"THÀNH PHỐ {city}" for city in ("HỒ CHÍ MINH", "ĐÀ NẴNG") if city in subject),
        "TỈNH QUẢNG TRỊ",
    )
    assert read(_plan([subject], place))["title"] == expected


LINES = [
    (
        ["Hợp tác với Mặt trận Lào các tỉnh Savannakhet, Salavan", "Giai đoạn 2020 – 2022"],
        "Kế hoạch hợp tác với Mặt trận Lào các tỉnh Savannakhet, Salavan giai đoạn 2020 – 2022",
    ),
    (
        ["Thông tin đối ngoại của tỉnh", "Năm 2025"],
        "Kế hoạch thông tin đối ngoại của tỉnh năm 2025",
    ),
    # near miss: a name opening the later line keeps its capital
    (
        ["Hợp tác với tỉnh Savannakhet và tỉnh", "Salavan năm 2025"],
        "Kế hoạch hợp tác với tỉnh Savannakhet và tỉnh Salavan năm 2025",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), LINES)
def test_a_subject_over_lines_keeps_no_capital_of_its_line_break(lines, expected):
    assert read(_plan(lines))["title"] == expected
