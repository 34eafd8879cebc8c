"""Issuers the coverage matrix of every province found unread (benchmarks/dircover.py):
bodies written by their initials or short forms ("Ban TG&DV Tỉnh ủy", "Ban TG", "Ban
Tuyên giáo - Dân vận", "Liên hiệp các TCHN", "VPCP", "Bộ KH&ĐT", "BCĐ TTĐN",
"Ban TGTW", "Ủy ban TƯ MTTQ"), a Party committee by its formal name ("Ban Chấp hành Đảng bộ
tỉnh …"), header layouts (a province's border guard command under the force's, the Front's
central committee on two lines, a Party committee whose place has a dash or whose city
writes its unit word), a province's own city's Party committee before 07/2025, and a place's
tone mark where the law writes it. Near misses: a symbol with "VPCP" in it is no issuer, a
city's Party committee after 07/2025 or of a city under the centre is the province's."""

import pytest

from .support import read

PARTY_MOTTO = "ĐẢNG CỘNG SẢN VIỆT NAM"
MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"


def triple(text: str) -> tuple:
    got = read(text)
    return got["issuer"], got["level"], got["locality"]


def lede(words: str, day: str = "12/3/2024") -> str:
    year = day[-4:]
    return (
        f"Ngày {day}, {words} ban hành Kế hoạch số 45/KH-UBND về công tác thông tin đối "
        f"ngoại năm {year}.\nKế hoạch nhằm quảng bá hình ảnh con người, đất nước Việt Nam.\n"
    )


def header(lines: str, party: bool = False, place: str = "Hà Nội", year: int = 2024) -> str:
    return (
        f"{lines}\n-------\n{PARTY_MOTTO if party else MOTTO}\n---------------\n"
        f"Số: 45-KH/TU\n{place}, ngày 12 tháng 3 năm {year}\nKẾ HOẠCH\n"
        f"Thông tin đối ngoại năm {year}\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao hiệu quả công tác thông tin đối ngoại.\n"
    )


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            lede("Ban TG&DV Tỉnh ủy Gia Lai", "12/9/2025"),
            ("Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai", "province", "Gia Lai"),
        ),
        (
            lede("BTGDV Thành ủy Hải Phòng", "12/9/2025"),
            ("Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng", "province", "Hải Phòng"),
        ),
        (
            lede("Liên hiệp các TCHN tỉnh Cao Bằng"),
            ("Liên hiệp các tổ chức hữu nghị tỉnh Cao Bằng", "province", "Cao Bằng"),
        ),
        (
            lede("Liên hiệp các TCHN Việt Nam"),
            ("Liên hiệp các tổ chức hữu nghị Việt Nam", "national", None),
        ),
        (lede("VPCP"), ("Văn phòng Chính phủ", "national", None)),
        (lede("Ban Chấp hành Đảng bộ tỉnh Hà Giang"), ("Tỉnh ủy Hà Giang", "province", "Hà Giang")),
        (
            lede("Ban Chấp hành Đảng bộ thành phố Hồ Chí Minh", "12/9/2025"),
            ("Thành ủy Thành phố Hồ Chí Minh", "province", "Hồ Chí Minh"),
        ),
        (
            lede("Ban TG Tỉnh ủy Hà Giang"),
            ("Ban Tuyên giáo Tỉnh ủy Hà Giang", "province", "Hà Giang"),
        ),
        (
            lede("Ban Tuyên giáo - Dân vận Tỉnh ủy Cao Bằng", "12/9/2025"),
            ("Ban Tuyên giáo và Dân vận Tỉnh ủy Cao Bằng", "province", "Cao Bằng"),
        ),
        (
            lede("BCĐ TTĐN tỉnh Hà Giang"),
            ("Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Hà Giang", "province", "Hà Giang"),
        ),
        (lede("Ban TGTW"), ("Ban Tuyên giáo Trung ương", "national", None)),
        (
            lede("Ủy ban TƯ MTTQ Việt Nam", "12/9/2025"),
            ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "national", None),
        ),
        (lede("Bộ KH&ĐT"), ("Bộ Kế hoạch và Đầu tư", "national", None)),
        (lede("Bộ KH&CN", "12/9/2025"), ("Bộ Khoa học và Công nghệ", "national", None)),
        (
            lede("Sở KH-CN tỉnh Lào Cai"),
            ("Sở Khoa học và Công nghệ tỉnh Lào Cai", "department", "Lào Cai"),
        ),
        # (a city of a province named after it, before 07/2025: the city's committee)
        (lede("Thành ủy Lai Châu"), ("Thành ủy Lai Châu", "district", "Lai Châu")),
        (lede("Huyện ủy Hiệp Hòa"), ("Huyện ủy Hiệp Hòa", "district", "Hiệp Hòa")),
        (
            lede("UBND huyện Hiệp Hoà"),
            ("Ủy ban nhân dân huyện Hiệp Hòa", "district", "Hiệp Hòa"),
        ),
        (
            header("BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG\nBỘ CHỈ HUY BĐBP TỈNH HÀ GIANG", place="Hà Giang"),
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Hà Giang", "province", "Hà Giang"),
        ),
        (
            header("QUÂN KHU 4\nBỘ CHỈ HUY QUÂN SỰ TỈNH NGHỆ AN", place="Nghệ An"),
            ("Bộ Chỉ huy Quân sự tỉnh Nghệ An", "province", "Nghệ An"),
        ),
        (
            header("ỦY BAN TRUNG ƯƠNG\nMẶT TRẬN TỔ QUỐC VIỆT NAM"),
            ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "national", None),
        ),
        (
            header("ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU\nTỈNH ỦY", party=True, place="Bà Rịa"),
            ("Tỉnh ủy Bà Rịa - Vũng Tàu", "province", "Bà Rịa - Vũng Tàu"),
        ),
        (
            header("TỈNH ỦY BÀ RỊA - VŨNG TÀU\nBAN TUYÊN GIÁO", party=True, place="Bà Rịa"),
            ("Ban Tuyên giáo Tỉnh ủy Bà Rịa - Vũng Tàu", "province", "Bà Rịa - Vũng Tàu"),
        ),
        (
            header("THÀNH ỦY THÀNH PHỐ HỒ CHÍ MINH", party=True, place="Thành phố Hồ Chí Minh"),
            ("Thành ủy Thành phố Hồ Chí Minh", "province", "Hồ Chí Minh"),
        ),
        (
            header("ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH\nTHÀNH ỦY", party=True, place="Hồ Chí Minh"),
            ("Thành ủy Thành phố Hồ Chí Minh", "province", "Hồ Chí Minh"),
        ),
    ],
)
def test_issuer_of_the_matrix_forms(directory, text, expected):
    assert triple(text) == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a symbol with the Government's office in it names no issuer
        (
            "Thực hiện Công văn số 123/VPCP-QHQT ngày 12/3/2024, ngày 5/4/2024, UBND tỉnh Gia "
            "Lai ban hành Kế hoạch số 45/KH-UBND về công tác thông tin đối ngoại.\n",
            ("Ủy ban nhân dân tỉnh Gia Lai", "province", "Gia Lai"),
        ),
        # the Party committee named in a basis issues nothing
        (
            "Căn cứ Nghị quyết số 05-NQ/TU ngày 10/01/2024 của Ban Chấp hành Đảng bộ tỉnh Gia "
            "Lai;\nNgày 5/4/2024, UBND tỉnh Gia Lai ban hành Kế hoạch số 45/KH-UBND về công "
            "tác thông tin đối ngoại.\n",
            ("Ủy ban nhân dân tỉnh Gia Lai", "province", "Gia Lai"),
        ),
        # a city under the centre, and any city's committee after 07/2025, is the province's
        (lede("Thành ủy Hải Phòng"), ("Thành ủy Hải Phòng", "province", "Hải Phòng")),
        (lede("Thành ủy Đà Nẵng", "12/9/2025"), ("Thành ủy Đà Nẵng", "province", "Đà Nẵng")),
        # (a province that named no city of its name before 2026: the province's)
        (lede("Thành ủy Đồng Nai", "12/3/2019"), ("Thành ủy Đồng Nai", "province", "Đồng Nai")),
        # the province's own committee keeps its level
        (lede("Tỉnh ủy Lai Châu"), ("Tỉnh ủy Lai Châu", "province", "Lai Châu")),
        # a ministry's own header is still the ministry
        (
            header("BỘ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH", year=2025),
            ("Bộ Văn hóa, Thể thao và Du lịch", "national", None),
        ),
    ],
)
def test_near_misses(directory, text, expected):
    assert triple(text) == expected
