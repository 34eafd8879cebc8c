"""The issuer, level and locality in forms the corpus had not shown (issuer15).

Each test is a few cells of the generated matrix (benchmarks/issuer_matrix.py), which is
the wider check: synthetic texts, never a corpus sentence.
"""

from __future__ import annotations

import pytest

from .support import read

pytestmark = pytest.mark.usefixtures("directory")


def reading(result: dict) -> tuple:
    return (result["issuer"], result["level"], result["locality"])


# --- "Theo X, …": a news item giving a body's account -------------------------------------


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        (
            "Theo Sở Văn hóa, Thể thao và Du lịch tỉnh Gia Lai, năm 2025 công tác thông tin "
            "đối ngoại đạt nhiều kết quả.",
            ("Sở Văn hóa, Thể thao và Du lịch tỉnh Gia Lai", "department", "Gia Lai"),
        ),
        (
            "Theo UBND phường Hoàn Kiếm, 6 tháng đầu năm 2026 phường đã tổ chức nhiều hoạt "
            "động quảng bá hình ảnh.",
            ("Ủy ban nhân dân phường Hoàn Kiếm", "commune", "Hoàn Kiếm"),
        ),
        (
            "(NA) - Theo báo cáo của Ban Tuyên giáo Tỉnh ủy Nghệ An, năm 2023 các cấp đã "
            "tuyên truyền sâu rộng về biển, đảo.",
            ("Ban Tuyên giáo Tỉnh ủy Nghệ An", "province", "Nghệ An"),
        ),
        (
            "Theo thông tin từ Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai, năm 2024 Liên hiệp"
            " đã đón nhiều đoàn khách quốc tế.",
            ("Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai", "province", "Lào Cai"),
        ),
        (
            "Theo Ban Đối ngoại Trung ương, công tác đối ngoại năm 2024 được triển khai đồng bộ.",
            ("Ban Đối ngoại Trung ương", "national", None),
        ),
    ],
)
def test_the_body_a_news_item_gives_the_account_of(lede, expected):
    result = read(lede + "\nNhiều hoạt động quảng bá hình ảnh được tổ chức thành công.\n")
    assert reading(result) == expected


def test_a_body_quoted_after_the_subject_of_the_item_does_not_replace_it():
    result = read(
        "UBND tỉnh Hà Tĩnh triển khai công tác thông tin đối ngoại năm 2025\n"
        "Theo Sở Ngoại vụ tỉnh Hà Tĩnh, các hoạt động quảng bá sẽ được đẩy mạnh.\n"
    )
    assert reading(result) == ("Ủy ban nhân dân tỉnh Hà Tĩnh", "province", "Hà Tĩnh")


# --- A department written by its initials -------------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (
            "Sở VHTTDL tỉnh Khánh Hòa",
            ("Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa", "Khánh Hòa"),
        ),
        ("Sở VH,TT&DL tỉnh Lào Cai", ("Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai", "Lào Cai")),
        ("Sở VH-TT&DL tỉnh Đắk Lắk", ("Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk", "Đắk Lắk")),
        ("Sở VH&TT thành phố Huế", ("Sở Văn hóa và Thể thao thành phố Huế", "Huế")),
        ("Sở VHTT TP. Hải Phòng", ("Sở Văn hóa và Thể thao thành phố Hải Phòng", "Hải Phòng")),
    ],
)
def test_a_culture_department_written_by_its_initials(written, expected):
    result = read(
        f"Ngày 12/3/2025, {written} ban hành Kế hoạch số 45/KH-SVHTTDL về công tác thông tin "
        "đối ngoại năm 2025.\nKế hoạch nhằm quảng bá hình ảnh địa phương.\n"
    )
    assert reading(result) == (expected[0], "department", expected[1])


def test_the_culture_ministry_written_by_its_initials():
    result = read(
        "Bộ VH,TT&DL vừa có văn bản đề nghị các địa phương tăng cường công tác thông tin đối "
        "ngoại trong năm 2025.\nTheo đó, các địa phương chủ động cung cấp thông tin.\n"
    )
    assert reading(result) == ("Bộ Văn hóa, Thể thao và Du lịch", "national", None)


# --- The propaganda and mass mobilisation board (2025) keeps its two capitals ------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (
            "Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An",
            ("Ban Tuyên giáo và Dân vận Tỉnh ủy Nghệ An", "Nghệ An"),
        ),
        (
            "Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng",
            ("Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng", "Hải Phòng"),
        ),
        (
            "Ban Tuyên Giáo và Dân Vận Tỉnh ủy Gia Lai",
            ("Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai", "Gia Lai"),
        ),
    ],
)
def test_the_propaganda_and_mass_mobilisation_board_of_a_province(written, expected):
    result = read(
        f"{written} vừa có văn bản đề nghị các cấp ủy tăng cường công tác thông tin đối ngoại "
        "trong năm 2026.\nTheo đó, các cấp ủy chủ động cung cấp thông tin.\n"
    )
    assert reading(result) == (expected[0], "province", expected[1])


# --- A city's committee written "UBND thành phố", the city named only bare ---------------


@pytest.mark.parametrize("city", ["Đà Nẵng", "Hải Phòng", "Cần Thơ"])
def test_a_city_committee_whose_city_the_headline_names_bare(city):
    result = read(
        f"{city}: đẩy mạnh thông tin đối ngoại\n"
        "Ngày 12/3/2025, UBND thành phố ban hành Kế hoạch số 45/KH-UBND về công tác thông tin "
        "đối ngoại năm 2025.\nKế hoạch nhằm quảng bá hình ảnh thành phố.\n"
    )
    assert reading(result) == (f"Ủy ban nhân dân thành phố {city}", "province", city)


# --- Long names: a department with its province and no unit word, a ministry's department -


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        (
            "Sở Văn hóa, Thể thao và Du lịch Lào Cai",
            ("Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai", "department", "Lào Cai"),
        ),
        (
            "Sở Văn hóa, Thể thao và Du lịch Khánh Hòa",
            ("Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa", "department", "Khánh Hòa"),
        ),
        (
            "Sở Văn hóa và Thể thao Huế",
            ("Sở Văn hóa và Thể thao thành phố Huế", "department", "Huế"),
        ),
        (
            "Cục Thông tin cơ sở và Thông tin đối ngoại",
            ("Cục Thông tin cơ sở và Thông tin đối ngoại", "national", None),
        ),
    ],
)
def test_a_long_name_read_whole(written, expected):
    result = read(
        f"{written} vừa có văn bản đề nghị các cơ quan, đơn vị tăng cường công tác thông tin "
        "đối ngoại trong năm 2025.\nTheo đó, các đơn vị chủ động cung cấp thông tin.\n"
    )
    assert reading(result) == expected


def test_a_ministry_before_a_comma_is_not_read_on_into_the_sentence():
    result = read(
        "Theo Bộ Ngoại giao, công tác thông tin đối ngoại năm 2024 được triển khai đồng bộ.\n"
        "Nhiều hoạt động quảng bá hình ảnh được tổ chức thành công.\n"
    )
    assert reading(result) == ("Bộ Ngoại giao", "national", None)


# --- A meeting chaired by a body's head, by the head's title ------------------------------


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Thứ trưởng Bộ Ngoại giao", ("Bộ Ngoại giao", "national", None)),
        ("Bí thư Tỉnh ủy Nghệ An", ("Tỉnh ủy Nghệ An", "province", "Nghệ An")),
        ("Bí thư Đảng ủy đặc khu Phú Quốc", ("Đảng ủy đặc khu Phú Quốc", "commune", "Phú Quốc")),
        (
            "Chánh Văn phòng UBND tỉnh Hà Tĩnh",
            ("Văn phòng Ủy ban nhân dân tỉnh Hà Tĩnh", "province", "Hà Tĩnh"),
        ),
        (
            "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh Gia Lai",
            ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Gia Lai", "province", "Gia Lai"),
        ),
        (
            "Phó Chủ tịch Thường trực UBND tỉnh Lào Cai",
            ("Ủy ban nhân dân tỉnh Lào Cai", "province", "Lào Cai"),
        ),
    ],
)
def test_the_body_whose_head_chairs_the_meeting(head, expected):
    result = read(
        "Sáng 5/8, Hội nghị tập huấn công tác thông tin đối ngoại năm 2025 đã diễn ra tại "
        f"hội trường lớn.\nĐồng chí Nguyễn Văn Hùng, {head} chủ trì hội nghị.\n"
    )
    assert reading(result) == expected


# --- The border guard written by its initials ---------------------------------------------


@pytest.mark.parametrize("written", ["Bộ Chỉ huy BĐBP tỉnh Lào Cai", "BCH BĐBP tỉnh Lào Cai"])
def test_a_province_border_guard_command_by_its_initials(written):
    result = read(
        f"Ngày 12/3/2025, {written} ban hành Kế hoạch số 45/KH-BCH về công tác thông tin đối "
        "ngoại năm 2025.\nKế hoạch nhằm tuyên truyền về biên giới.\n"
    )
    assert reading(result) == ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Lào Cai", "province", "Lào Cai")


# --- Headers: a steering committee under its Party committee, a ward's Front --------------

MOTTO = "ĐẢNG CỘNG SẢN VIỆT NAM\n"


@pytest.mark.parametrize(
    ("committee", "expected"),
    [
        (
            "TỈNH ỦY GIA LAI",
            ("Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Gia Lai", "province", "Gia Lai"),
        ),
        (
            "THÀNH ỦY ĐÀ NẴNG",
            ("Ban Chỉ đạo công tác thông tin đối ngoại thành phố Đà Nẵng", "province", "Đà Nẵng"),
        ),
    ],
)
def test_a_steering_committee_under_its_party_committee_in_the_header(committee, expected):
    result = read(
        f"{committee}\nBAN CHỈ ĐẠO CÔNG TÁC\nTHÔNG TIN ĐỐI NGOẠI\n*\n{MOTTO}"
        "Số: 12-KH/BCĐ\nNgày 12 tháng 3 năm 2025\nKẾ HOẠCH\nThông tin đối ngoại năm 2025\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao hiệu quả công tác thông tin đối ngoại.\n"
    )
    assert reading(result) == expected


@pytest.mark.parametrize(("unit", "name"), [("PHƯỜNG PLEIKU", "Pleiku"), ("XÃ BẢN LẦU", "Bản Lầu")])
def test_a_commune_front_committee_in_the_header(unit, name):
    result = read(
        f"ỦY BAN MTTQ VIỆT NAM\n{unit}\n-------\nSố: 05/KH-MTTQ\n"
        "Ngày 12 tháng 3 năm 2026\nKẾ HOẠCH\nTuyên truyền đối ngoại năm 2026\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Nâng cao nhận thức của nhân dân.\n"
    )
    assert reading(result) == (
        f"Ủy ban Mặt trận Tổ quốc Việt Nam {unit.split()[0].lower()} {name}",
        "commune",
        name,
    )


# --- A portal's card naming the issuing body ---------------------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("UBND tỉnh Lào Cai", ("Ủy ban nhân dân tỉnh Lào Cai", "province", "Lào Cai")),
        (
            "Ủy ban Nhân dân tỉnh Khánh Hòa",
            ("Ủy ban nhân dân tỉnh Khánh Hòa", "province", "Khánh Hòa"),
        ),
        ("Bộ Văn hóa, Thể thao và Du lịch", ("Bộ Văn hóa, Thể thao và Du lịch", "national", None)),
        ("UBND phường Hoàn Kiếm", ("Ủy ban nhân dân phường Hoàn Kiếm", "commune", "Hoàn Kiếm")),
    ],
)
def test_the_body_a_portal_card_names_as_issuer(written, expected):
    result = read(
        "Số ký hiệu: 45/KH-UBND\nNgày ban hành: 12/03/2025\nLoại văn bản: Kế hoạch\n"
        f"Cơ quan ban hành: {written}\nTrích yếu: Kế hoạch thông tin đối ngoại năm 2025\n"
        "Nhằm nâng cao hiệu quả công tác thông tin đối ngoại, quảng bá hình ảnh đất nước.\n"
    )
    assert reading(result) == expected


# --- A programme signed with a partner: the first party named ----------------------------


@pytest.mark.parametrize(
    ("written", "partner", "expected"),
    [
        (
            "UBND tỉnh Gia Lai",
            "Báo Nhân Dân",
            ("Ủy ban nhân dân tỉnh Gia Lai", "province", "Gia Lai"),
        ),
        (
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An",
            "các cơ quan báo chí",
            ("Sở Văn hóa, Thể thao và Du lịch tỉnh Nghệ An", "department", "Nghệ An"),
        ),
        (
            "Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai",
            "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
            ("Ban Tuyên giáo và Dân vận Tỉnh ủy Lào Cai", "province", "Lào Cai"),
        ),
    ],
)
def test_a_programme_signed_with_a_partner_is_the_first_party(written, partner, expected):
    result = read(
        f"Sáng 12/3, {written} và {partner} ký kết Chương trình phối hợp tuyên truyền thông "
        "tin đối ngoại giai đoạn 2025 - 2030.\nChương trình nhằm quảng bá hình ảnh đất nước.\n"
    )
    assert reading(result) == expected


# --- A mass organisation's standing board writes for it ----------------------------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Ban Thường vụ Hội Nông dân tỉnh Hà Tĩnh", ("Hội Nông dân tỉnh Hà Tĩnh", "Hà Tĩnh")),
        (
            "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk",
            ("Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk", "Đắk Lắk"),
        ),
    ],
)
@pytest.mark.parametrize(
    "frame",
    [
        "Theo {body}, năm 2024 các cấp hội đã tuyên truyền sâu rộng về biển, đảo.\n",
        "Kế hoạch số 45/KH-HND ngày 12/3/2025 của {body} về tuyên truyền biển, đảo đặt ra "
        "nhiều nhiệm vụ.\n",
    ],
)
def test_a_mass_organisation_standing_board_writes_for_it(written, expected, frame):
    result = read(frame.format(body=written) + "Các cấp hội chủ động cung cấp thông tin.\n")
    assert reading(result) == (expected[0], "province", expected[1])


# --- A ministry's department, and the ethnic affairs committee ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Vụ Thông tin Báo chí (Bộ Ngoại giao) vừa có văn bản đề nghị các địa phương cung "
            "cấp thông tin cho phóng viên nước ngoài.\n",
            "Vụ Thông tin Báo chí",
        ),
        (
            "BỘ NGOẠI GIAO\nVỤ THÔNG TIN BÁO CHÍ\n-------\nSố: 118/TTBC-HC\nV/v hỗ trợ phóng "
            "viên nước ngoài\nHà Nội, ngày 05 tháng 3 năm 2025\nKính gửi: Sở Ngoại vụ các tỉnh\n",
            "Vụ Thông tin Báo chí",
        ),
        (
            "Ngày 12/3/2019, Ủy ban Dân tộc ban hành Kế hoạch số 45/KH-UBDT về công tác thông "
            "tin đối ngoại năm 2019.\nKế hoạch nhằm tuyên truyền về chính sách dân tộc.\n",
            "Ủy ban Dân tộc",
        ),
    ],
)
def test_a_central_body_outside_the_ministries_list(text, expected):
    assert reading(read(text)) == (expected, "national", None)


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Bộ Ngoại giao", ("Bộ Ngoại giao", "national", None)),
        ("Cục Thông tin đối ngoại", ("Cục Thông tin đối ngoại", "national", None)),
        (
            "Sở Thông tin và Truyền thông Hà Tĩnh",
            ("Sở Thông tin và Truyền thông tỉnh Hà Tĩnh", "department", "Hà Tĩnh"),
        ),
    ],
)
def test_a_body_signing_with_a_paper_is_not_read_on_into_the_paper(written, expected):
    result = read(
        f"Sáng 12/3, {written} và Báo Nhân Dân ký kết Chương trình phối hợp tuyên truyền "
        "thông tin đối ngoại giai đoạn 2025 - 2030.\nChương trình nhằm quảng bá hình ảnh.\n"
    )
    assert reading(result) == expected


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("TỈNH ỦY HÀ TĨNH\nVĂN PHÒNG", ("Văn phòng Tỉnh ủy Hà Tĩnh", "province", "Hà Tĩnh")),
        ("BỘ CÔNG AN\nCÔNG AN TỈNH ĐẮK LẮK", ("Công an tỉnh Đắk Lắk", "province", "Đắk Lắk")),
    ],
)
def test_a_party_office_and_a_province_police_in_the_header(header, expected):
    result = read(
        f"{header}\n-------\nSố: 118/CV-VPTU\nV/v tuyên truyền công tác đối ngoại năm 2025\n"
        "Hà Tĩnh, ngày 05 tháng 3 năm 2025\nKính gửi: Các cơ quan, đơn vị.\n"
        "Đề nghị các cơ quan, đơn vị triển khai các nội dung sau:\n"
    )
    assert reading(result) == expected


# --- Mass organisations: their headers, and Hồ Chí Minh City's capital -------------------


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            "HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH AN GIANG",
            ("Hội Nông dân tỉnh An Giang", "An Giang"),
        ),
        (
            "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\nBAN CHẤP HÀNH HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ HẢI PHÒNG",
            ("Hội Liên hiệp Phụ nữ thành phố Hải Phòng", "Hải Phòng"),
        ),
    ],
)
def test_a_mass_organisation_in_the_header(header, expected):
    result = read(
        f"{header}\n-------\nSố: 118-CV/HND\nV/v tuyên truyền về biển, đảo năm 2025\n"
        "An Giang, ngày 05 tháng 3 năm 2025\nKính gửi: Các cấp hội.\n"
        "Đề nghị các cấp hội triển khai các nội dung sau:\n"
    )
    assert reading(result) == (expected[0], "province", expected[1])


@pytest.mark.parametrize("written", ["Hội Nông dân TP.HCM", "Hội Nông dân Thành phố Hồ Chí Minh"])
def test_a_mass_organisation_of_ho_chi_minh_city(written):
    result = read(
        f"{written} vừa có văn bản đề nghị các cấp hội tuyên truyền về biển, đảo trong năm "
        "2025.\nTheo đó, các cấp hội chủ động cung cấp thông tin cho hội viên.\n"
    )
    assert reading(result) == (
        "Hội Nông dân Thành phố Hồ Chí Minh",
        "province",
        "Hồ Chí Minh",
    )


# --- A commune with its province after it; a board's head writing "ban" small ------------


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("UBND xã Bản Lầu, tỉnh Lào Cai", ("Ủy ban nhân dân xã Bản Lầu", "commune", "Bản Lầu")),
        (
            "UBND phường Pleiku, tỉnh Gia Lai",
            ("Ủy ban nhân dân phường Pleiku", "commune", "Pleiku"),
        ),
        (
            "UBND huyện Mường Lát, tỉnh Thanh Hóa",
            ("Ủy ban nhân dân huyện Mường Lát", "district", "Mường Lát"),
        ),
    ],
)
def test_a_commune_named_with_its_province_after_it(written, expected):
    result = read(
        f"{written} vừa có văn bản đề nghị các cơ quan, đơn vị tăng cường công tác thông tin "
        "đối ngoại trong năm 2025.\nTheo đó, các đơn vị chủ động cung cấp thông tin.\n"
    )
    assert reading(result) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            "Trưởng ban Tuyên giáo Tỉnh ủy Nghệ An",
            ("Ban Tuyên giáo Tỉnh ủy Nghệ An", "province", "Nghệ An"),
        ),
        (
            "Phó Trưởng ban Tuyên giáo và Dân vận Thành ủy Hải Phòng",
            ("Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng", "province", "Hải Phòng"),
        ),
        (
            "Trưởng ban Chỉ đạo công tác thông tin đối ngoại tỉnh Gia Lai",
            ("Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Gia Lai", "province", "Gia Lai"),
        ),
    ],
)
def test_a_board_whose_head_writes_ban_small_chairs(head, expected):
    result = read(
        "Sáng 5/8, Hội nghị tập huấn công tác thông tin đối ngoại năm 2025 đã diễn ra.\n"
        f"Đồng chí Nguyễn Văn Hùng, {head} chủ trì hội nghị.\n"
    )
    assert reading(result) == expected


# --- A headline in capitals is not a header's place; departments written with a dash -----


def test_a_headline_in_capitals_stops_the_place_before_its_verb():
    result = read(
        "UBND TỈNH LÀO CAI BAN HÀNH KẾ HOẠCH THÔNG TIN ĐỐI NGOẠI NĂM 2025\n"
        "Ngày 12/3/2025, UBND tỉnh ban hành Kế hoạch số 45/KH-UBND về công tác thông tin "
        "đối ngoại năm 2025.\n"
    )
    assert reading(result) == ("Ủy ban nhân dân tỉnh Lào Cai", "province", "Lào Cai")


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Sở Văn hóa - Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Sở Thông tin - Truyền thông", "Sở Thông tin và Truyền thông"),
    ],
)
def test_a_department_written_with_a_dash(written, expected):
    result = read(
        f"Ngày 12/3/2025, {written} tỉnh Lào Cai ban hành Kế hoạch số 45/KH-SVHTTDL về công "
        "tác thông tin đối ngoại năm 2025.\n"
    )
    assert reading(result) == (f"{expected} tỉnh Lào Cai", "department", "Lào Cai")
