"""A Prime Minister's (or the Government's) decision approving a scheme (batch 20).

The header "THỦ TƯỚNG CHÍNH PHỦ" (on a legal site's copy broken after "THỦ") or "CHÍNH PHỦ"
at the top left names the issuer, at national level; the ministry of the "Theo đề nghị của
Bộ trưởng Bộ …" line only proposed the decision. A scheme (Đề án) approved "đến năm X" runs
from the year after the decision (the corpus's convention read on 05/12/2026: a scheme
starts once approved), whatever the month; a plan or a programme "đến năm X" runs from its
year of issue, and a plan carrying out a scheme keeps its own reading. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

HEADERS = {
    "plain": "THỦ TƯỚNG CHÍNH PHỦ\n-------\n",
    "broken": "THỦ\nTƯỚNG CHÍNH PHỦ\n-------\n|\n",
}

SCHEMES = [
    # (number, day, month, year, scheme's name, its end year, the ministry proposing it)
    (
        "837/QĐ-TTg",
        14,
        7,
        2022,
        "Nâng cao hiệu quả công tác thông tin đối ngoại",
        2030,
        "Ngoại giao",
    ),
    (
        "1191/QĐ-TTg",
        5,
        3,
        2020,
        "Quảng bá hình ảnh quốc gia ra nước ngoài",
        2025,
        "Thông tin và Truyền thông",
    ),
    (
        "2200/QĐ-TTg",
        20,
        11,
        2023,
        "Tuyên truyền về văn hóa đối ngoại",
        2030,
        "Văn hóa, Thể thao và Du lịch",
    ),
    ("45/QĐ-TTg", 9, 1, 2019, "Thông tin đối ngoại về biển, đảo", 2025, "Ngoại giao"),
]


def decision(
    header: str,
    number: str,
    day: int,
    month: int,
    year: int,
    name: str,
    end: int,
    ministry: str,
    word: str = "ĐỀ ÁN",
) -> str:
    return (
        f"{header}CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"---------------\n|\nSố: {number}\n|\nHà Nội, ngày {day} tháng {month} năm {year}\n|\n"
        f"QUYẾT ĐỊNH\nPHÊ DUYỆT {word} “{name.upper()} ĐẾN NĂM {end}”\nTHỦ TƯỚNG CHÍNH PHỦ\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n"
        "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm 2015 của Chính phủ về quản lý "
        "hoạt động thông tin đối ngoại;\n"
        f"Theo đề nghị của Bộ trưởng Bộ {ministry}.\nQUYẾT ĐỊNH:\n"
        f"Điều 1. Phê duyệt {word.capitalize()} “{name} đến năm {end}” với những nội dung chính "
        "sau đây:\nI. QUAN ĐIỂM\n"
    )


@pytest.mark.parametrize("header", sorted(HEADERS))
@pytest.mark.parametrize("scheme", SCHEMES, ids=[s[0] for s in SCHEMES])
def test_prime_ministers_scheme(directory, header, scheme):
    number, day, month, year, name, end, ministry = scheme
    got = fields_of(read(decision(HEADERS[header], *scheme)))
    assert (got["issuer"], got["level"], got["locality"]) == (
        "Thủ tướng Chính phủ",
        "national",
        None,
    )
    assert got["plan_number"] == number
    assert got["period"] == (year + 1, end)


@pytest.mark.parametrize("scheme", SCHEMES[:2], ids=[s[0] for s in SCHEMES[:2]])
def test_prime_ministers_programme_runs_from_its_year(directory, scheme):
    # A programme approved "đến năm X" runs from its year of issue.
    number, day, month, year, name, end, ministry = scheme
    got = fields_of(read(decision(HEADERS["plain"], *scheme, word="CHƯƠNG TRÌNH")))
    assert got["issuer"] == "Thủ tướng Chính phủ"
    assert got["period"] == (year, end)


def test_ministry_header_stays(directory):
    text = (
        "BỘ NGOẠI GIAO\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 512/QĐ-BNG\nHà Nội, ngày 3 tháng 4 năm 2023\nQUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THÔNG TIN "
        "ĐỐI NGOẠI NĂM 2023\nBỘ TRƯỞNG BỘ NGOẠI GIAO\nCăn cứ Quyết định số 837/QĐ-TTg ngày 14 "
        "tháng 7 năm 2022 của Thủ tướng Chính phủ;\nTheo đề nghị của Vụ trưởng Vụ Thông tin Báo "
        "chí.\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch thông tin đối ngoại "
        "năm 2023.\n"
    )
    got = fields_of(read(text))
    assert (got["issuer"], got["level"]) == ("Bộ Ngoại giao", "national")
    assert got["period"] == (2023, 2023)


@pytest.mark.parametrize(("province", "month", "year"), [("Phú Yên", 5, 2023), ("Hà Nội", 8, 2021)])
def test_plan_carrying_out_a_scheme_keeps_its_year(directory, province, month, year):
    # A province's plan carrying out the scheme "đến năm 2030": from its own year of issue.
    text = (
        f"ỦY BAN NHÂN DÂN\nTỈNH {province.upper()}\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Số: 77/KH-UBND\n{province}, ngày 10 tháng {month} năm {year}\nKẾ HOẠCH\nTriển khai Đề "
        "án “Nâng cao hiệu quả công tác thông tin đối ngoại đến năm 2030”\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    got = fields_of(read(text))
    assert got["period"] == (year, 2030)


@pytest.mark.parametrize("scheme", SCHEMES, ids=[s[0] for s in SCHEMES])
def test_news_of_an_approved_scheme(directory, scheme):
    # News of the decision: the scheme it approves runs from the year after it.
    number, day, month, year, name, end, ministry = scheme
    text = (
        f"{name} đến năm {end}\nNgày đăng: {day + 3}/{month}/{year}\n"
        f"Ngày {day}/{month}/{year}, Thủ tướng Chính phủ ban hành Quyết định {number} về việc phê "
        f'duyệt Đề án "{name} đến năm {end}".\nTheo đó, Đề án nhằm quảng bá hình ảnh Việt Nam '
        "trên trường quốc tế.\n"
    )
    got = fields_of(read(text))
    assert got["period"] == (year + 1, end)


def test_news_of_a_plan_to_a_year_keeps_its_year(directory):
    text = (
        "Quảng bá hình ảnh Phú Yên đến năm 2030\nNgày 14/7/2022, UBND tỉnh Phú Yên ban hành Kế "
        "hoạch số 120/KH-UBND về quảng bá hình ảnh tỉnh đến năm 2030.\nTheo đó, Sở Ngoại vụ chủ "
        "trì tổ chức các hoạt động quảng bá.\n"
    )
    got = fields_of(read(text))
    assert got["period"] == (2022, 2030)
