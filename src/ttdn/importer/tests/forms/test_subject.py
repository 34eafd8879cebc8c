"""A letter's or a report's subject is its title (trích yếu), whatever the layout.

A letter (công văn) writes its subject under its number, "V/v …" or "Về việc …", in the
header's narrow left column: read from a Word file or a PDF the subject runs over two or
three lines, and the other column (the motto, the place and date) may sit on the same line
after a tab or some spaces. A report writes its subject under its heading "BÁO CÁO", as a
plan does under "KẾ HOẠCH": "Báo cáo kết quả …". The review page showed an empty title for
both (only a one-line "V/v" was read).
"""

from __future__ import annotations

import pytest

from .support import read

pytestmark = pytest.mark.django_db

SUBJECTS = [  # (written over the column's lines, read)
    (
        ["triển khai công tác thông tin", "đối ngoại năm 2024"],
        "Triển khai công tác thông tin đối ngoại năm 2024",
    ),
    (
        ["tuyên truyền kỷ niệm 70 năm Ngày", "Biên phòng toàn dân"],
        "Tuyên truyền kỷ niệm 70 năm Ngày Biên phòng toàn dân",
    ),
    (
        ["hướng dẫn xây dựng Kế hoạch công tác", "thông tin đối ngoại năm 2025"],
        "Hướng dẫn xây dựng Kế hoạch công tác thông tin đối ngoại năm 2025",
    ),
]
MARKS = ["V/v", "V/v:", "Về việc"]
BODY = (
    "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thị xã, thành phố.\n\n"
    "Thực hiện Kế hoạch số 10/KH-UBND ngày 01/02/2024 của UBND tỉnh, Ủy ban nhân dân tỉnh "
    "đề nghị các sở, ngành triển khai tuyên truyền.\n"
)
DATE = "Quảng Trị, ngày 12 tháng 3 năm 2024"


def _columns_one_after_the_other(mark: str, lines: list[str]) -> str:
    # A text file, or a Word header's cells read one after the other.
    return "\n".join(
        [
            "ỦY BAN NHÂN DÂN",
            "TỈNH QUẢNG TRỊ",
            "Số: 812/UBND-VX",
            f"{mark} {lines[0]}",
            *lines[1:],
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            DATE,
            "",
            BODY,
        ]
    )


def _word_cells(mark: str, lines: list[str]) -> str:
    # A Word header table's row: its left cell, a tab, its right cell.
    return "\n".join(
        [
            "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "TỈNH QUẢNG TRỊ\tĐộc lập - Tự do - Hạnh phúc",
            "Số: 812/UBND-VX",
            f"{mark} {lines[0]}",
            *lines[1:-1],
            f"{lines[-1]}\t{DATE}",
            "",
            BODY,
        ]
    )


def _pdf_across(mark: str, lines: list[str]) -> str:
    # A PDF read line across both columns: the date beside the subject's first line.
    return "\n".join(
        [
            "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "TỈNH QUẢNG TRỊ Độc lập - Tự do - Hạnh phúc",
            "Số: 812/UBND-VX",
            f"{mark} {lines[0]}   {DATE}",
            *lines[1:],
            BODY,
        ]
    )


def _number_line_across(mark: str, lines: list[str]) -> str:
    # The number and the date on one line, the subject under them, no blank line after.
    return "\n".join(
        [
            "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "TỈNH QUẢNG TRỊ Độc lập - Tự do - Hạnh phúc",
            f"Số: 812/UBND-VX {DATE}",
            f"{mark} {lines[0]}",
            *lines[1:],
            BODY,
        ]
    )


LAYOUTS = [_columns_one_after_the_other, _word_cells, _pdf_across, _number_line_across]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("mark", MARKS)
@pytest.mark.parametrize(("lines", "expected"), SUBJECTS)
def test_a_letters_subject_over_its_lines_is_its_title(directory, layout, mark, lines, expected):
    got = read(layout(mark, lines))
    assert got["title"] == expected
    assert got["plan_number"] == "812/UBND-VX"


def test_a_subject_on_one_line_stops_before_the_salutation(directory):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố: 812/UBND-VX\nV/v triển khai công tác thông tin "
        f"đối ngoại năm 2024\n{BODY}"
    )
    assert read(text)["title"] == "Triển khai công tác thông tin đối ngoại năm 2024"


REPORT_SUBJECTS = [  # (the lines under the heading, read)
    (
        ["Kết quả thực hiện công tác thông tin đối ngoại năm 2023"],
        "Báo cáo kết quả thực hiện công tác thông tin đối ngoại năm 2023",
    ),
    (
        ["KẾT QUẢ THỰC HIỆN CÔNG TÁC THÔNG TIN ĐỐI NGOẠI", "NĂM 2023"],
        "Báo cáo kết quả thực hiện công tác thông tin đối ngoại năm 2023",
    ),
    (
        ["Công tác đối ngoại năm 2023 và phương hướng", "nhiệm vụ năm 2024"],
        "Báo cáo công tác đối ngoại năm 2023 và phương hướng nhiệm vụ năm 2024",
    ),
]
REPORT_ENDS = [
    "Thực hiện Kế hoạch số 10/KH-UBND ngày 01/02/2023 của UBND tỉnh, Sở báo cáo như sau:",
    "Kính gửi: Bộ Thông tin và Truyền thông",
    "I. KẾT QUẢ THỰC HIỆN",
    "",
]


@pytest.mark.parametrize("end", REPORT_ENDS)
@pytest.mark.parametrize(("lines", "expected"), REPORT_SUBJECTS)
def test_a_reports_subject_under_its_heading_is_its_title(directory, lines, expected, end):
    text = "\n".join(
        [
            "UBND TỈNH QUẢNG TRỊ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "SỞ THÔNG TIN VÀ TRUYỀN THÔNG\tĐộc lập - Tự do - Hạnh phúc",
            "Số: 55/BC-STTTT\tQuảng Trị, ngày 10 tháng 12 năm 2023",
            "",
            "BÁO CÁO",
            *lines,
            end,
            "I. KẾT QUẢ THỰC HIỆN" if end != "I. KẾT QUẢ THỰC HIỆN" else "1. Kết quả",
            "Năm 2023, Sở đã tổ chức nhiều hoạt động thông tin đối ngoại.",
        ]
    )
    got = read(text)
    assert (got["doc_type"], got["title"]) == ("report", expected)
    # the period is the year reported on, not the years the subject names
    assert got["period"] == {"from_year": 2023, "to_year": 2023}
