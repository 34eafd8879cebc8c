"""The level of a text that names no issuing body nor any place (batches 17, 18 and 20).

A paper's or a portal's account that names no author is still somebody's: a province's when it
speaks of the province as its own ("trong năm 2021 tỉnh ta đã triển khai …", "công tác đối ngoại
của tỉnh …", "… trên địa bàn tỉnh"), a national conference's when it tells a conference with no
holder, national by its name ("Hội nghị Ngoại vụ toàn quốc lần thứ 21") or by the national
leader who chairs, attends or speaks at it ("Thủ tướng Chính phủ … dự và chỉ đạo Hội nghị …",
"Tại Hội nghị tổng kết …, Thường trực Ban Bí thư … nhấn mạnh"). Such a text keeps no issuer and
no place. A province's own city named with no body ("Thành phố Bắc Kạn nghe báo cáo …") is at a
district's level, as a body of that city is. Near misses: a province named by its name keeps
it, a leader named with no conference gives no level, "tỉnh ủy" and "tỉnh Nghệ An" are no bare
own province. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

RESULTS = "Các hoạt động hợp tác quốc tế được triển khai sôi nổi, hiệu quả."

OWN_PROVINCE = [
    "Dấu ấn công tác đối ngoại năm 2023\nTrong năm 2023, tỉnh ta đã triển khai có hiệu quả "
    "đường lối đối ngoại của Đảng.",
    "Theo dự thảo báo cáo, năm 2024 công tác đối ngoại của tỉnh được triển khai đồng bộ, "
    "quyết liệt.",
    "Tại hội nghị, báo cáo viên đã thông tin về tình hình thế giới, góp phần ổn định tình hình "
    "an ninh chính trị trên địa bàn tỉnh.",
    "Năm qua, tỉnh nhà đã đón tiếp nhiều đoàn khách quốc tế đến thăm và làm việc.",
]


@pytest.mark.parametrize("opening", OWN_PROVINCE)
def test_an_own_province_gives_the_province_level(opening):
    got = fields_of(read(f"{opening}\n{RESULTS}\n"))
    assert (got["issuer"], got["level"], got["locality"]) == (None, "province", None)


NATIONAL = [
    "300 đại biểu dự Hội nghị Ngoại vụ toàn quốc lần thứ 20\nSáng 15/12 tại Hà Nội, đã diễn ra "
    "Hội nghị Ngoại vụ toàn quốc lần thứ 20 với chủ đề đối ngoại phục vụ phát triển.",
    "Sáng ngày 8/1 tại Hà Nội, Thủ tướng Chính phủ dự và chỉ đạo Hội nghị tổng kết công tác "
    "ngành Ngoại giao năm 2023.",
    "Tại Hội nghị tổng kết công tác đối ngoại nhân dân năm 2024, Thường trực Ban Bí thư nhấn "
    "mạnh đối ngoại nhân dân là một trụ cột.",
    "Ngày 10-8, Phó Thủ tướng, Bộ trưởng Ngoại giao phát biểu như trên tại Hội nghị tổng kết "
    "công tác đối ngoại địa phương.",
]


@pytest.mark.parametrize("opening", NATIONAL)
def test_a_national_conference_with_no_holder_is_national(opening):
    got = fields_of(read(f"{opening}\n{RESULTS}\n"))
    assert (got["issuer"], got["level"], got["locality"]) == (None, "national", None)


def test_a_provinces_own_city_is_at_a_districts_level():
    got = fields_of(
        read(
            "Thành phố Bắc Kạn nghe báo cáo thời sự 6 tháng đầu năm 2017\nHội nghị đã được nghe "
            "báo cáo về tình hình kinh tế - xã hội của thành phố Bắc Kạn.\n"
        )
    )
    assert (got["issuer"], got["level"], got["locality"]) == (None, "district", "Bắc Kạn")


NEAR_MISSES = [
    # a province named keeps its name and level
    (
        "Năm 2023, công tác đối ngoại của tỉnh Nghệ An được triển khai đồng bộ.",
        (None, "province", "Nghệ An"),
    ),
    # a central city stays at a province's level
    (
        "Thành phố Hải Phòng nghe báo cáo thời sự năm 2023\nHội nghị đã được nghe báo cáo về "
        "tình hình của thành phố Hải Phòng.",
        (None, "province", "Hải Phòng"),
    ),
    # a leader named with no conference, the committee "tỉnh ủy": no level
    ("Thủ tướng Chính phủ nhấn mạnh vai trò của công tác đối ngoại.", (None, None, None)),
    ("Các chỉ thị của tỉnh ủy về công tác đối ngoại được quán triệt.", (None, None, None)),
]


@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
def test_near_misses_keep_their_reading(text, expected):
    got = fields_of(read(f"{text}\n{RESULTS}\n"))
    assert (got["issuer"], got["level"], got["locality"]) == expected
