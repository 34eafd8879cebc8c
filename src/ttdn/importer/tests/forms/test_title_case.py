"""A title written in capitals keeps, in sentence case, the capitals of what it cites.

Formal plans and reports write their subject in capitals under the heading; set in sentence
case for the review page it read "thực hiện chỉ thị số 12-ct/tw … của ban bí thư trung ương
đảng": the symbol of a document, the kind of a document cited by its number, a congress's
term and the names of the bodies of state and Party and of the country keep their capitals.
"""

from __future__ import annotations

import pytest

from .support import read

pytestmark = pytest.mark.django_db

SUBJECTS = [  # (in capitals, as read)
    (
        "THỰC HIỆN CHỈ THỊ SỐ 12-CT/TW NGÀY 05/01/2022 CỦA BAN BÍ THƯ TRUNG ƯƠNG ĐẢNG VỀ "
        "TĂNG CƯỜNG SỰ LÃNH ĐẠO CỦA ĐẢNG",
        "thực hiện Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư Trung ương Đảng về "
        "tăng cường sự lãnh đạo của Đảng",
    ),
    (
        "THỰC HIỆN NGHỊ QUYẾT SỐ 36-NQ/TW CỦA BỘ CHÍNH TRỊ KHÓA IX VỀ CÔNG TÁC ĐỐI VỚI NGƯỜI "
        "VIỆT NAM Ở NƯỚC NGOÀI",
        "thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị khóa IX về công tác đối với người "
        "Việt Nam ở nước ngoài",
    ),
    (
        "TRIỂN KHAI CHỈ THỊ SỐ 25/CT-TTG CỦA THỦ TƯỚNG CHÍNH PHỦ VÀ KẾ HOẠCH SỐ 141-KH/TU "
        "CỦA BAN THƯỜNG VỤ TỈNH ỦY",
        "triển khai Chỉ thị số 25/CT-TTg của Thủ tướng Chính phủ và Kế hoạch số 141-KH/TU "
        "của Ban Thường vụ Tỉnh ủy",
    ),
    (
        "THỰC HIỆN NGHỊ ĐỊNH 72/2015/NĐ-CP VỀ QUẢN LÝ HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI",
        "thực hiện Nghị định 72/2015/NĐ-CP về quản lý hoạt động thông tin đối ngoại",
    ),
]
HEADINGS = [("KẾ HOẠCH", "Kế hoạch", "KH"), ("BÁO CÁO", "Báo cáo", "BC")]


@pytest.mark.parametrize(("heading", "word", "code"), HEADINGS)
@pytest.mark.parametrize(("subject", "expected"), SUBJECTS)
def test_a_title_in_capitals_keeps_the_capitals_of_what_it_cites(
    directory, subject, expected, heading, word, code
):
    text = "\n".join(
        [
            "ỦY BAN NHÂN DÂN",
            "TỈNH QUẢNG TRỊ",
            f"Số: 57/{code}-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Quảng Trị, ngày 14 tháng 02 năm 2025",
            "",
            heading,
            subject,
            "",
            "I. MỤC ĐÍCH, YÊU CẦU",
            "Nâng cao hiệu quả công tác thông tin đối ngoại của tỉnh.",
        ]
    )
    assert read(text)["title"] == f"{word} {expected}"
