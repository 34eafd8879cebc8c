"""The issuer, its level and its locality: forms of administrative writing met in the real corpus
(tests/fixtures/importer/real).

Each test uses a short synthetic text in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from ttdn.importer.extract import extract

from .support import assert_read, read


def test_a_party_committee_plan_number_first_and_its_committee_as_issuer(directory):
    result = read(
        "Sóc Sơn tổ chức tuyên truyền đối ngoại năm 2021 (08:10 05/12/2020)\n"
        "PV - Ngày 28-11, Huyện ủy Sóc Sơn có Kế hoạch số 118-KH/HU về công tác thông tin "
        "đối ngoại năm 2021.\n"
    )
    assert result["plan_number"] == "118-KH/HU"
    assert result["issued_date"] == "2020-11-28"  # the year of the item's own date
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Huyện ủy Sóc Sơn",
        "district",
        "Sóc Sơn",
    )


@pytest.mark.parametrize(
    ("written", "issuer", "locality"),
    [
        ("UBND TP. Hà Nội", "Ủy ban nhân dân thành phố Hà Nội", "Hà Nội"),
        ("UBND TPHCM", "Ủy ban nhân dân Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
    ],
)
def test_a_city_written_with_tp_abbreviations(directory, written, issuer, locality):
    result = read(
        f"Mới đây, {written} đã ban hành Kế hoạch số 12/KH-UBND về thông tin đối ngoại "
        "năm 2024. Kế hoạch nhằm nâng cao hiệu quả công tác.\n"
    )
    assert (result["issuer"], result["level"], result["locality"]) == (
        issuer,
        "province",
        locality,
    )
    assert result["plan_number"] == "12/KH-UBND"


def test_a_place_name_does_not_run_onto_the_next_line(directory):
    result = read(
        "Kế hoạch thông tin đối ngoại năm 2022 của tỉnh Phú Yên\nLượt xem: 1200\n"
        "UBND tỉnh Phú Yên vừa ban hành Kế hoạch thông tin đối ngoại năm 2022.\n"
    )
    assert (result["issuer"], result["locality"]) == ("Ủy ban nhân dân tỉnh Phú Yên", "Phú Yên")


def test_a_decision_names_its_authority_under_the_title(directory):
    result = read(
        "Văn bản pháp luật - tra cứu\nSố hiệu: 1/QĐ-UBND Loại văn bản: Quyết định\n\n"
        "QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THÔNG TIN ĐỐI NGOẠI NĂM 2023\n\n"
        "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\nCăn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015;\n"
    )
    assert (result["issuer"], result["level"]) == ("Ủy ban nhân dân tỉnh Phú Yên", "province")


def test_a_decision_title_opening_with_ban_hanh_is_not_a_board(directory):
    result = read(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 3/2015/QĐ-UBND | Phú Yên, ngày 02 tháng 02 năm 2015 |\n"
        "BAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ HOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI\n"
        "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\nCăn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.\n"
    )
    assert (result["issuer"], result["plan_number"]) == (
        "Ủy ban nhân dân tỉnh Phú Yên",
        "3/2015/QĐ-UBND",
    )


def test_a_review_of_the_years_work_is_a_report_about_its_place(directory):
    result = read(
        "Công tác thông tin đối ngoại năm 2023\n"
        "Trong năm 2023, công tác thông tin đối ngoại tiếp tục được quan tâm. Các ngành của "
        "tỉnh Phú Yên đã tổ chức nhiều hoạt động quảng bá hình ảnh tỉnh Phú Yên. Qua đó, đã "
        "nâng cao hình ảnh của địa phương.\n"
    )
    assert result["doc_type"] == "report"
    assert result["issuer"] is None  # nobody is named as its author
    assert (result["level"], result["locality"]) == ("province", "Phú Yên")
    assert result["period"] == {"from_year": 2023, "to_year": 2023}
    assert result["tasks"] == []


@pytest.mark.parametrize(
    ("header", "issuer", "level", "locality"),
    [
        ("ĐẢNG BỘ TỈNH PHÚ YÊN\nTỈNH ỦY\n*\nSố 45-KH/TU", "Tỉnh ủy Phú Yên", "province", "Phú Yên"),
        ("HUYỆN ỦY SƠN HÒA\n*\nSố 45-KH/HU", "Huyện ủy Sơn Hòa", "district", "Sơn Hòa"),
    ],
)
def test_a_party_document_header_names_its_committee(directory, header, issuer, level, locality):
    result = read(
        f"{header}\nĐẢNG CỘNG SẢN VIỆT NAM\nTuy Hòa, ngày 12 tháng 01 năm 2024\n\n"
        "KẾ HOẠCH\nthực hiện công tác thông tin đối ngoại năm 2024\n"
    )
    assert (result["issuer"], result["level"], result["locality"]) == (issuer, level, locality)
    assert result["plan_number"].startswith("45-KH/")
    assert result["issued_date"] == "2024-01-12"


def test_a_hyphenated_news_date_beside_the_posting_date(directory):
    result = read(
        "28-03-2023 08:15\nNgày 17-3-2023, UBND huyện Sông Hinh ban hành Kế hoạch số "
        "40/KH-UBND về thông tin đối ngoại năm 2023.\n"
    )
    assert result["issued_date"] == "2023-03-17"
    assert result["issuer"] == "Ủy ban nhân dân huyện Sông Hinh"


# Third batch (issue 12, second pass): forms met in the development part only.


def test_an_authority_line_that_lost_a_word_still_names_the_province(directory):
    result = read(
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 10/2024/QĐ-UBND | Tuy Hòa, ngày 02 tháng 5 năm 2024 |\nQUYẾT ĐỊNH\n"
        "BAN HÀNH QUY CHẾ QUẢN LÝ HOẠT ĐỘNG ĐỐI NGOẠI\nỦY BAN NHÂN TỈNH PHÚ YÊN\n"
        "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ;\nQUYẾT ĐỊNH:\n"
    )
    assert (result["issuer"], result["locality"]) == ("Ủy ban nhân dân tỉnh Phú Yên", "Phú Yên")


def test_a_party_board_named_after_its_committee_sets_out_a_plan(directory):
    result = read(
        "Để phát huy kết quả năm trước, Ban Tuyên giáo Huyện ủy đề ra kế hoạch tuyên truyền "
        "đối ngoại năm 2026. Một trong những nhiệm vụ trọng tâm là tiếp tục tuyên truyền về "
        "chủ quyền biển, đảo. Việc làm tốt công tác này sẽ giúp nâng cao nhận thức của Nhân dân.\n"
    )
    assert result["doc_type"] == "news_about_plan"
    assert (result["issuer"], result["level"]) == ("Ban Tuyên giáo Huyện ủy", "district")
    assert result["period"] == {"from_year": 2026, "to_year": 2026}
    assert [t["text"] for t in result["tasks"]] == ["tiếp tục tuyên truyền về chủ quyền biển, đảo"]


# --- Fourth batch (issue 12, third pass): forms met in the development part only. ---


@pytest.mark.parametrize(
    ("sentence", "issuer", "level", "locality"),
    [
        (
            "Ngày 14/6/2024, Sở Thông tin và Truyền thông tỉnh Phú Yên tổ chức Hội nghị tập "
            "huấn công tác thông tin đối ngoại năm 2024.",
            "Sở Thông tin và Truyền thông tỉnh Phú Yên",
            "department",
            "Phú Yên",
        ),
        (
            "Ngày 20-9, Cục Thông tin đối ngoại thuộc Bộ Thông tin và Truyền thông (TT-TT) khai "
            "mạc hội nghị tập huấn tại thành phố Tuy Hòa.",
            "Cục Thông tin đối ngoại",
            "national",
            None,
        ),
        (
            "Ngày 3/7, Ban Tuyên giáo Trung ương phối hợp với Bộ Ngoại giao tổ chức “Hội nghị "
            "báo cáo viên”.",
            "Ban Tuyên giáo Trung ương",
            "national",
            None,
        ),
    ],
)
def test_a_meetings_organiser_is_the_issuer_of_its_news(
    directory, sentence, issuer, level, locality
):
    result = read(f"Tập huấn và hội nghị\n{sentence}\nCác đại biểu đã trao đổi kinh nghiệm.\n")
    assert result["doc_type"] == "other"
    assert (result["issuer"], result["level"], result["locality"]) == (issuer, level, locality)
    assert result["period"] is None  # a meeting has no period
    assert result["tasks"] == []


# --- Forms of the fifth batch (issue 12, fourth pass) -----------------------------------


def test_news_of_a_party_guidance_in_the_passive_with_its_duties(directory):
    result = read(
        "Phú Yên chú trọng quảng bá ẩm thực\n"
        "Đây là điểm mới trong Hướng dẫn số 12-HD/BTGTU về công tác thông tin đối ngoại năm "
        "2023 vừa được Ban Tuyên giáo Tỉnh ủy Phú Yên ban hành.\n"
        "Hướng dẫn nêu rõ các địa phương, đơn vị chủ động rà soát kế hoạch tuyên truyền của "
        "mình theo nhiệm vụ chính trị của tỉnh.\n"
    )
    assert (result["doc_type"], result["plan_number"], result["period"]) == (
        "other",
        "12-HD/BTGTU",
        {"from_year": 2023, "to_year": 2023},
    )
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Ban Tuyên giáo Tỉnh ủy Phú Yên",
        "province",
        "Phú Yên",
    )
    assert [t["text"] for t in result["tasks"]] == [
        "các địa phương, đơn vị chủ động rà soát kế hoạch tuyên truyền của mình theo nhiệm vụ "
        "chính trị của tỉnh"
    ]


def test_a_day_without_year_after_the_document_it_implements(directory):
    result = read(
        "Bộ Ngoại giao ban hành kế hoạch quảng bá văn hóa giai đoạn 2022-2026\n\n"
        "Thực hiện Quyết định số 900/QĐ-TTg ngày 20-11-2021 của Thủ tướng Chính phủ phê duyệt "
        "Chương trình hành động về ngoại giao văn hóa, ngày 15-2 Bộ Ngoại giao đã ban hành Kế "
        "hoạch quảng bá văn hóa giai đoạn 2022-2026.\n\n"
        "Nội dung quảng bá bao gồm: ẩm thực Việt Nam; các làng nghề truyền thống; tổ chức tuần "
        "văn hóa tại các nước bạn.\n\n"
        "Các hoạt động thiết thực này nhằm nâng cao hình ảnh quốc gia.\n\n"
        "Gửi ý kiến\n"
    )
    # 15 February comes after the decision of 20 November: the year after it.
    assert result["issued_date"] == "2022-02-15"
    assert (result["issuer"], result["level"]) == ("Bộ Ngoại giao", "national")
    assert result["legal_bases"] == [
        {"identifier": "900/QĐ-TTg", "kind": "decision", "date": "2021-11-20"}
    ]
    # Each enumerated content is a task, topics too; the purpose and the button are not.
    assert [t["text"] for t in result["tasks"]] == [
        "ẩm thực Việt Nam",
        "các làng nghề truyền thống",
        "tổ chức tuần văn hóa tại các nước bạn",
    ]


def test_organisers_listed_with_a_comma_and_a_central_committee_without_place(directory):
    result = read(
        "Vừa qua, Ban Chỉ đạo công tác thông tin đối ngoại, Ban Tuyên giáo Trung ương tổ chức "
        "hội nghị tập huấn cho cán bộ các tỉnh phía Bắc.\n"
    )
    # The directory knows Phú Yên's committee of that name: the central one is not it.
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Ban Chỉ đạo công tác thông tin đối ngoại",
        "national",
        None,
    )


def test_a_department_holding_a_gathering_is_the_issuer(directory):
    result = read(
        "Ngày 20.6, Sở Văn hóa và Thể thao tổ chức gặp mặt các cơ quan báo chí. Dự có Phó Chủ "
        "tịch UBND tỉnh Nguyễn Văn A.\n"
    )
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Sở Văn hóa và Thể thao",
        "department",
        None,
    )


def test_a_provincial_command_reviewing_a_period(directory):
    result = read(
        "Chiều 12/1, Bộ Chỉ huy Quân sự tỉnh và Sở Ngoại vụ tổ chức hội nghị tổng kết Chương "
        "trình phối hợp tuyên truyền đối ngoại tỉnh Phú Yên giai đoạn 2016 - 2020, triển khai "
        "chương trình giai đoạn 2021 - 2025.\n"
        "Trong giai đoạn 2016 - 2020, hai đơn vị đã phối hợp tổ chức 120 buổi tuyên truyền.\n"
    )
    assert result["doc_type"] == "report"
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Bộ Chỉ huy Quân sự tỉnh Phú Yên",
        "province",
        "Phú Yên",
    )
    assert result["period"] == {"from_year": 2016, "to_year": 2020}


# --- Forms of the sixth batch (issue 12, fifth pass) ----------------------------------------


def test_a_body_after_the_author_of_a_cited_document_is_the_issuer(directory):
    result = read(
        "Căn cứ Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị, Ủy ban nhân dân tỉnh Phú "
        "Yên xây dựng Kế hoạch thông tin đối ngoại năm 2024 với các nội dung trọng tâm.\n"
    )
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Ủy ban nhân dân tỉnh Phú Yên",
        "province",
        "Phú Yên",
    )
    assert [b["identifier"] for b in result["legal_bases"]] == ["57-KL/TW"]


def test_a_department_of_the_city_written_tphcm_reviewing_its_year(directory):
    result = read(
        "Sáng 20/12, Sở Ngoại vụ TPHCM tổ chức Hội nghị tổng kết công tác năm 2023 và triển "
        "khai nhiệm vụ năm 2024.\nTrong năm 2023, Sở đã đón 90 đoàn khách quốc tế.\n"
    )
    assert result["doc_type"] == "report"
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Sở Ngoại vụ Thành phố Hồ Chí Minh",
        "department",
        "Hồ Chí Minh",
    )
    assert result["period"] == {"from_year": 2023, "to_year": 2023}


@pytest.mark.parametrize(
    ("written", "issuer", "level"),
    [
        ("Ủy ban MTTQVN tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "province"),
        ("Uỷ ban Mặt trận Tổ quốc tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "province"),
        (
            "Ủy ban Trung ương MTTQ Việt Nam",
            "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
            "national",
        ),
    ],
)
def test_the_fatherland_fronts_committee_holding_a_training(directory, written, issuer, level):
    result = read(
        f"Ngày 5-10, {written} phối hợp với Liên hiệp các tổ chức hữu nghị tỉnh tổ chức lớp tập "
        "huấn công tác đối ngoại nhân dân cho cán bộ các hội đoàn thể.\n"
    )
    assert result["doc_type"] == "other"
    assert (result["issuer"], result["level"], result["locality"]) == (issuer, level, None)


def test_a_departments_request_in_its_own_words_is_its_letter(directory):
    result = read(
        "Sở Thông tin và Truyền thông định hướng tuyên truyền nhiệm vụ đối ngoại năm 2019\n\n"
        "Ngày 02/01/2019 Bộ Thông tin và Truyền thông có Văn bản số 12/BTTTT-TTĐN về tuyên "
        "truyền đối ngoại; Sở Thông tin và Truyền thông đề nghị các cơ quan báo chí, Đài "
        "Truyền thanh các huyện thực hiện một số nội dung tuyên truyền sau:\n"
    )
    assert result["doc_type"] == "other"
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Sở Thông tin và Truyền thông",
        "department",
        None,
    )
    assert result["period"] == {"from_year": 2019, "to_year": 2019}  # its headline's year
    assert result["legal_bases"] == []  # told as an event, not cited as a basis


def test_the_countrys_union_and_a_meeting_of_a_body(directory):
    review = read(
        "Ngày 15-1, tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức Hội nghị "
        "tổng kết công tác năm 2019.\n"
    )
    assert (review["doc_type"], review["issuer"], review["level"], review["locality"]) == (
        "report",
        "Liên hiệp các tổ chức hữu nghị Việt Nam",
        "national",
        None,
    )
    meeting = read(
        "Sau hai ngày làm việc, Hội nghị toàn quốc về công tác đối ngoại nhân dân lần thứ hai "
        "của Liên hiệp các tổ chức hữu nghị Việt Nam đã bế mạc.\n"
    )
    assert (meeting["doc_type"], meeting["issuer"], meeting["level"]) == (
        "other",
        "Liên hiệp các tổ chức hữu nghị Việt Nam",
        "national",
    )


def test_months_of_a_year_reviewed_and_the_body_of_the_province(directory):
    result = read(
        "Đối ngoại nhân dân góp phần phát triển toàn tỉnh\n"
        "Đồng chí Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên phát biểu\n\n"
        "6 tháng năm 2021, công tác đối ngoại nhân dân trên địa bàn tỉnh được nâng cao.\n\n"
        "Trong những tháng cuối năm 2021, Liên hiệp các tổ chức hữu nghị của tỉnh sẽ tiếp tục "
        "vận động thành lập thêm hội hữu nghị.\n"
    )
    assert result["doc_type"] == "report"
    assert result["period"] == {"from_year": 2021, "to_year": 2021}
    # "toàn tỉnh" at a line's end does not make "Đồng" (the next line's) a place.
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên",
        "province",
        "Phú Yên",
    )


def test_a_plan_named_only_by_its_number_is_its_peoples_committees(directory):
    result = read(
        "Phú Yên nâng cao hiệu quả thông tin đối ngoại\n"
        "Kế hoạch số 88/KH-UBND ban hành nhằm quảng bá hình ảnh tỉnh Phú Yên ra thế giới. "
        "Qua đó nâng cao vị thế của tỉnh Phú Yên.\n"
    )
    assert result["doc_type"] == "news_about_plan"
    assert result["plan_number"] == "88/KH-UBND"
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Ủy ban nhân dân tỉnh Phú Yên",
        "province",
        "Phú Yên",
    )


@pytest.mark.parametrize(
    ("sentence", "issuer", "level"),
    [
        # the organiser in the passive
        (
            "Chiều 11/8, hội nghị thông tin đối ngoại được Ban Tuyên giáo Tỉnh ủy Phú Yên tổ "
            "chức tại Tuy Hòa.",
            "Ban Tuyên giáo Tỉnh ủy Phú Yên",
            "province",
        ),
        (
            "Hội nghị do Sở Thông tin và Truyền thông tỉnh Phú Yên tổ chức sáng 12/9.",
            "Sở Thông tin và Truyền thông tỉnh Phú Yên",
            "department",
        ),
        # a training or a review held, with no "hội nghị"; a name in initials
        (
            "Sáng 5/6, Ban Chỉ đạo công tác TTĐN tỉnh Phú Yên tổ chức tập huấn nghiệp vụ cho "
            "cán bộ.",
            "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Phú Yên",
            "province",
        ),
        (
            "Ngày 3/4, Sở TT&TT tỉnh Phú Yên tổ chức hội nghị triển khai công tác năm 2024.",
            "Sở Thông tin và Truyền thông tỉnh Phú Yên",
            "department",
        ),
        (
            "Sáng 20/10, Hội Nhà báo tỉnh Phú Yên tổ chức hội thảo về thông tin đối ngoại.",
            "Hội Nhà báo tỉnh Phú Yên",
            "province",
        ),
        (
            "Ngày 15/5, Bộ đội Biên phòng tỉnh Phú Yên tổ chức tập huấn tuyên truyền biên giới.",
            "Bộ đội Biên phòng tỉnh Phú Yên",
            "province",
        ),
    ],
)
def test_more_forms_of_a_meetings_organiser(directory, sentence, issuer, level):
    result = read(f"Tin hoạt động\n{sentence}\nCác đại biểu đã trao đổi kinh nghiệm.\n")
    assert (result["issuer"], result["level"], result["locality"]) == (issuer, level, "Phú Yên")


def test_a_province_as_subject_and_a_committee_meeting_itself(directory):
    plan = read(
        "Tỉnh Phú Yên vừa ban hành Kế hoạch số 45/KH-UBND ngày 5/3/2024 về thông tin đối ngoại "
        "năm 2024.\n"
    )
    assert (plan["issuer"], plan["level"], plan["locality"]) == (
        "Ủy ban nhân dân tỉnh Phú Yên",
        "province",
        "Phú Yên",
    )
    meeting = read(
        "Ngày 12/3, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Phú Yên họp phiên thứ nhất "
        "năm 2024 để triển khai nhiệm vụ.\n"
    )
    assert (meeting["doc_type"], meeting["issuer"]) == (
        "other",
        "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Phú Yên",
    )
    # "Tỉnh Ủy" in capitals is a committee, never a place named "Ủy …"
    party = read("Tỉnh Ủy Phú Yên tổ chức hội nghị quán triệt Kết luận số 57-KL/TW.\n")
    assert (party["issuer"], party["level"], party["locality"]) == (
        "Tỉnh ủy Phú Yên",
        "province",
        "Phú Yên",
    )


@pytest.mark.parametrize(
    ("sentence", "issuer", "level", "locality"),
    [
        (
            "Hội nghị trực tuyến toàn quốc quán triệt Kết luận số 57-KL/TW do Ban Tuyên giáo "
            "Trung ương chủ trì sáng 11/10.",
            "Ban Tuyên giáo Trung ương",
            "national",
            None,
        ),
        (
            "Ngày 12/7, Bộ TT&TT tổ chức hội nghị tập huấn công tác thông tin đối ngoại.",
            "Bộ Thông tin và Truyền thông",
            "national",
            None,
        ),
        (
            "Ngày 3/4, BTG Tỉnh ủy Phú Yên tổ chức hội nghị báo cáo viên quý II.",
            "Ban Tuyên giáo Tỉnh ủy Phú Yên",
            "province",
            "Phú Yên",
        ),
        (
            "Chiều 20/12, LHHN tỉnh Phú Yên tổ chức gặp mặt bạn bè quốc tế.",
            "Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên",
            "province",
            "Phú Yên",
        ),
    ],
)
def test_organisers_written_by_initials_or_presiding(directory, sentence, issuer, level, locality):
    result = read(f"Tin hoạt động\n{sentence}\n")
    assert (result["issuer"], result["level"], result["locality"]) == (issuer, level, locality)


# ---------------------------------------------------------------------------------------
# Tasks written in prose, seventh batch (issue 12): which sentences of a letter, a notice
# or a news item are duties, and who leads them.
# ---------------------------------------------------------------------------------------


def test_a_table_cell_never_runs_into_the_next_one_as_a_place_name(directory):
    """Cells are joined by tabs: "… thành phố" ending one cell and "Quý II, III" opening
    the next are not the city "Quý II" (an annex read on its own)."""
    result = read(
        "STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian\n"
        "1\tTổ chức tuyên truyền kỷ niệm Ngày giải phóng\tSở Văn hóa, Thể thao và Du lịch"
        "\tỦy ban nhân dân các huyện, thị xã, thành phố\tQuý II, III\n"
    )
    assert result["locality"] != "Quý II"
    assert "Quý" not in (result["issuer"] or "")


# ---------------------------------------------------------------------------------------
# Metadata, eighth batch (issue 12, meta8 pass): the body a meeting, a visit or a letter
# belongs to, the place a text is about, and the dates and periods news items give.
# ---------------------------------------------------------------------------------------


def test_initials_in_brackets_inside_a_committee_name_do_not_cut_it(directory):
    result = read(
        "Sơ kết thông tin đối ngoại\n\n"
        "Sáng 5-7, Ban Chỉ đạo (BCĐ) Công tác thông tin đối ngoại (TTĐN) tỉnh tổ chức hội "
        "nghị sơ kết công tác TTĐN 6 tháng đầu năm 2021. Phó Bí thư Tỉnh ủy chủ trì.\n\n"
        "Sáu tháng qua, các thành viên BCĐ đã chủ động xây dựng kế hoạch và kiểm tra việc "
        "thực hiện.\n"
    )
    assert (result["issuer"], result["level"]) == (
        "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh",
        "province",
    )
    # A plan named in passing after the meeting does not make the item news of a plan.
    assert result["doc_type"] == "report"


def test_a_committee_that_has_a_letter_is_its_issuer(directory):
    result = read(
        "Gia hạn nhận bài dự thi\n\n"
        "Ngày 3/4/2020, Ban Chỉ đạo công tác thông tin đối ngoại Trung ương có Công văn số "
        "905-CV/TTĐN gửi ban chỉ đạo các tỉnh về việc gia hạn nhận bài dự thi.\n"
    )
    assert result["plan_number"] == "905-CV/TTĐN"
    assert result["issued_date"] == "2020-04-03"
    assert (result["issuer"], result["level"]) == (
        "Ban Chỉ đạo công tác thông tin đối ngoại Trung ương",
        "national",
    )


def test_letters_a_body_has_before_its_own_request_are_background(directory):
    result = read(
        "Định hướng tuyên truyền năm 2019\n\n"
        "Ngày 9/1/2019 Bộ Thông tin và Truyền thông có Văn bản số 41/BTTTT-TTCS về việc "
        "tuyên truyền năm 2019; Ban Tuyên giáo Trung ương có Hướng dẫn số 7-HD/BTGTW về "
        "tuyên truyền năm 2019; Sở Thông tin và Truyền thông đề nghị các cơ quan báo chí "
        "thực hiện một số nội dung sau:\n- Tuyên truyền kết quả năm 2018.\n"
    )
    assert result["plan_number"] is None
    assert (result["issuer"], result["level"]) == ("Sở Thông tin và Truyền thông", "department")


def test_the_government_office_in_a_letter_header(directory):
    result = read(
        "VĂN PHÒNG CHÍNH PHỦ\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\n\nSố: 1180/VPCP-QHQT\nV/v công tác đối ngoại năm 2016\n\n"
        "Hà Nội, ngày 20 tháng 02 năm 2016\n\nKính gửi: Ủy ban nhân dân các tỉnh.\n\n"
        "Phó Thủ tướng có ý kiến như sau: các địa phương tăng cường công tác đối ngoại.\n"
    )
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Văn phòng Chính phủ",
        "national",
        None,
    )


def test_a_delegation_visiting_a_province_is_the_meetings_body(directory):
    result = read(
        "Tăng cường giao lưu nhân dân\n\n"
        "Ngày 9/5, Đoàn công tác của Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) do Phó "
        "Chủ tịch VUFO làm trưởng đoàn đã có buổi làm việc với lãnh đạo tỉnh Hà Giang. "
        "Tỉnh Hà Giang giới thiệu tình hình kinh tế - xã hội của tỉnh.\n"
    )
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Liên hiệp các tổ chức hữu nghị Việt Nam",
        "national",
        None,
    )


def test_listed_and_foreign_places_are_not_the_issuers_place(directory):
    result = read(
        "Triển khai thỏa thuận hợp tác\n\n"
        "Ngày 2/6, UBND tỉnh đã ban hành Kế hoạch số 88/KH-UBND triển khai thỏa thuận hợp "
        "tác giữa 3 tỉnh Lạng Sơn, Hà Giang, Cao Bằng với tỉnh Vân Nam (Trung Quốc).\n\n"
        "Thỏa thuận được ký ngày 12/3/2019 tại Côn Minh. Kế hoạch nhằm tăng cường giao lưu "
        "giữa tỉnh Hà Giang và tỉnh Vân Nam (Trung Quốc) trên mọi lĩnh vực.\n"
    )
    assert (result["issuer"], result["locality"]) == ("Ủy ban nhân dân tỉnh Hà Giang", "Hà Giang")
    # No posting date: the day takes the year of the agreement it implements, signed before.
    assert result["issued_date"] == "2019-06-02"


def test_a_foreign_city_is_not_the_place_of_a_year_without_issuer(directory):
    result = read(
        "Đối ngoại năm 2019\n\n"
        "Năm 2019, tỉnh đã đón đoàn của thành phố Osaka - Nhật Bản đến tìm hiểu môi trường "
        "đầu tư. Năm 2019, tỉnh Phú Yên đã tổ chức nhiều hoạt động quảng bá hình ảnh.\n"
    )
    assert result["locality"] == "Phú Yên"


def test_a_guidance_issued_by_its_title_without_number(directory):
    result = read(
        "Tuyên truyền kỷ niệm quan hệ ngoại giao\n\n"
        "Ngày 3/9, Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn tuyên truyền kỷ niệm 50 năm "
        "quan hệ ngoại giao Việt Nam - Nhật Bản.\n"
    )
    assert (result["doc_type"], result["issuer"], result["level"]) == (
        "other",
        "Ban Tuyên giáo Tỉnh ủy",
        "province",
    )


def test_the_chair_of_a_committee_speaks_for_it(directory):
    result = read(
        "Theo đó, Chủ tịch UBND tỉnh yêu cầu thủ trưởng các sở, ban, ngành thực hiện nghiêm "
        "quy chế quản lý hoạt động đối ngoại của tỉnh Phú Yên; không tổ chức đoàn ra ngoài "
        "kế hoạch.\n"
    )
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Ủy ban nhân dân tỉnh Phú Yên",
        "province",
        "Phú Yên",
    )


def test_the_author_of_the_plan_an_item_implements_is_not_its_body(directory):
    result = read(
        "Tập huấn văn hóa đối ngoại\n\n"
        "Thực hiện Kế hoạch số 10/KH-UBND ngày 2/3/2020 của UBND tỉnh Phú Yên, sáng 5/3, Sở "
        "Văn hóa, Thể thao và Du lịch tổ chức hội nghị tập huấn công tác văn hóa đối ngoại.\n"
    )
    # (The department takes the province the text names: "… của UBND tỉnh Phú Yên".)
    assert (result["issuer"], result["level"]) == (
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Yên",
        "department",
    )


# --- the issuer as the subject of the headline or the first lines (04/12/2026) ---------------


@pytest.mark.parametrize(
    ("text", "issuer", "level", "locality"),
    [
        # A central board reviewing its year, told in the headline.
        (
            "Ban Kinh tế Trung ương sơ kết công tác 6 tháng đầu năm 2023\n\n"
            "Quang cảnh hội nghị. (Ảnh: TTXVN)\n",
            "Ban Kinh tế Trung ương",
            "national",
            None,
        ),
        # A district committee's board, written with a capital board word and "uỷ".
        (
            "Ban Dân Vận Huyện uỷ Thạch Thất vừa triển khai kế hoạch tuyên truyền về biên "
            "giới năm 2024 tới các xã, thị trấn.\n",
            "Ban Dân vận Huyện ủy Thạch Thất",
            "district",
            "Thạch Thất",
        ),
        # A committee named without its place, the place named by the headline.
        (
            "Phú Yên ban hành Kế hoạch thông tin đối ngoại năm 2024\n\n"
            "03/01/2024 08:15\n\n"
            "Sáng ngày 28/12, UBND tỉnh ban hành Quyết định số 90/QĐ-UBND về kế hoạch thông "
            "tin đối ngoại của tỉnh Phú Yên năm 2024.\n",
            "Ủy ban nhân dân tỉnh Phú Yên",
            "province",
            "Phú Yên",
        ),
    ],
)
def test_the_body_a_news_item_opens_with_issues_it(directory, text, issuer, level, locality):
    result = read(text)
    assert (result["issuer"], result["level"], result["locality"]) == (issuer, level, locality)


def test_a_body_the_news_tells_of_without_its_acts_issues_nothing(directory):
    result = read(
        "Sở Ngoại vụ tỉnh Phú Yên được tặng Bằng khen của Bộ Ngoại giao\n\n"
        "Nhiều cán bộ của Sở nhận danh hiệu chiến sĩ thi đua năm 2023.\n"
    )
    assert result["issuer"] is None


# --- headers and subjects in more forms (04/12/2026) ---------------------------------------


def test_a_header_cell_broken_inside_the_committee_name(directory):
    result = read(
        "Số hiệu | 31/KH-UBND |\nỦY\nBAN NHÂN DÂN |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "TỈNH PHÚ YÊN |\nĐộc lập - Tự do - Hạnh phúc |\nSố: 31/KH-UBND |\n"
        "Phú Yên, ngày 02 tháng 3 năm 2023 |\n\nKẾ HOẠCH\nThông tin đối ngoại năm 2023\n"
    )
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Ủy ban nhân dân tỉnh Phú Yên",
        "province",
        "Phú Yên",
    )


def test_a_front_standing_board_writes_for_its_committee(directory):
    result = read(
        "ỦY BAN MTTQ VIỆT NAM\nTỈNH PHÚ YÊN\nBAN THƯỜNG TRỰC\n\nSố: 12/HD-MTTQ-BTT\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nPhú Yên, ngày 10 tháng 02 năm 2021\n\n"
        "HƯỚNG DẪN\nCông tác đối ngoại nhân dân năm 2021\n"
    )
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Yên",
        "province",
        "Phú Yên",
    )


def test_a_central_board_named_with_the_party_after_a_dateline_tag(directory):
    result = read(
        "(PYO) – Sáng ngày 05/10/2023, Ban tuyên giáo TW Đảng tổ chức Hội nghị trực tuyến "
        "quán triệt Kết luận số 57-KL/TW tới các tỉnh, thành phố.\n"
    )
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Ban Tuyên giáo Trung ương",
        "national",
        None,
    )


def test_a_city_of_a_province_issues_at_a_districts_level(directory):
    result = read(
        "Tuy Hòa: Tuyên truyền về biển đảo\n\n"
        "Thành phố Tuy Hòa vừa ban hành Kế hoạch 210 về tuyên truyền biển, đảo năm 2021.\n"
    )
    assert (result["issuer"], result["level"]) == ("Ủy ban nhân dân thành phố Tuy Hòa", "district")


def test_the_subject_after_the_document_it_carries_out(directory):
    result = read(
        "(PYTV) – Thực hiện Công văn số 88, ngày 15 tháng 3 năm 2021 của Ban Thường vụ Tỉnh "
        "ủy về tuyên truyền biên giới, vừa qua, UBND tỉnh Phú Yên đã có công văn yêu cầu Sở "
        "Ngoại vụ chủ trì triển khai công tác tuyên truyền.\n"
    )
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Ủy ban nhân dân tỉnh Phú Yên",
        "province",
        "Phú Yên",
    )


def test_a_place_written_with_the_other_tone_placement_keeps_the_directorys_spelling(directory):
    result = read(
        "Mới đây, UBND tỉnh Phú Yên đã ban hành Kế hoạch số 12/KH-UBND về thông tin đối ngoại "
        "năm 2024.\n"
    )
    assert result["locality"] == "Phú Yên"
    from ttdn.core.text import same_but_tone_place

    assert same_but_tone_place("Hoà Bình", "Hòa Bình")
    assert same_but_tone_place("KHÁNH HOÀ", "Khánh Hòa")
    assert not same_but_tone_place("Phù Yên", "Phú Yên")  # another tone: another place
    assert not same_but_tone_place("Thành phố", "thành phố", ignore_case=False)


# News items' issuers (news11)


@pytest.mark.parametrize(
    ("text", "issuer", "locality"),
    [
        (
            "Phó Chủ tịch UBND tỉnh Trần Văn Bình vừa ký Kế hoạch số 88/KH-UBND về công tác "
            "thông tin đối ngoại năm 2022, giao các sở, ngành trên địa bàn tỉnh Bắc Giang "
            "thực hiện.",
            "Ủy ban nhân dân tỉnh Bắc Giang",
            "Bắc Giang",
        ),
        (
            "Chủ tịch UBND tỉnh Quảng Ninh Nguyễn Văn Thắng đã ký ban hành Kế hoạch số "
            "12/KH-UBND về thông tin đối ngoại năm 2021.",
            "Ủy ban nhân dân tỉnh Quảng Ninh",
            "Quảng Ninh",
        ),
        (
            "Chủ tịch UBND huyện Lê Thị Hoa vừa ký Kế hoạch thông tin đối ngoại năm 2023.",
            "Ủy ban nhân dân huyện",
            None,
        ),
    ],
)
def test_a_chairs_name_after_the_committee_is_not_its_place(directory, text, issuer, locality):
    result = read(text)
    assert result["doc_type"] == "news_about_plan"  # "vừa ký Kế hoạch" announces the plan
    assert (result["issuer"], result["locality"]) == (issuer, locality)


@pytest.mark.parametrize(
    ("text", "issuer", "level", "locality"),
    [
        (
            "Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh Yên Bái, Sở Văn hóa, Thể thao và "
            "Du lịch ban hành Kế hoạch thông tin đối ngoại năm 2022.",
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Yên Bái",
            "department",
            "Yên Bái",
        ),
        (
            "Ngày 3/4, Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn tuyên truyền kỷ niệm 60 năm "
            "quan hệ ngoại giao, tới các tầng lớp nhân dân tỉnh Quảng Trị.",
            "Ban Tuyên giáo Tỉnh ủy Quảng Trị",
            "province",
            "Quảng Trị",
        ),
        (
            "Thực hiện Công văn số 20-CV/TU của Ban Thường vụ Tỉnh ủy Lai Châu, vừa qua, UBND "
            "tỉnh đã có công văn yêu cầu các sở, ngành tuyên truyền về biên giới năm 2021.",
            "Ủy ban nhân dân tỉnh Lai Châu",
            "province",
            "Lai Châu",
        ),
    ],
)
def test_a_body_named_without_its_place_takes_the_place_the_text_names(
    directory, text, issuer, level, locality
):
    result = read(text)
    assert (result["issuer"], result["level"], result["locality"]) == (issuer, level, locality)


@pytest.mark.parametrize(
    ("text", "issuer", "locality"),
    [
        (
            "(Cổng TTĐT) - UBND TP vừa ban hành Kế hoạch thông tin đối ngoại trên địa bàn Thành "
            "phố năm 2024, nhằm quảng bá hình ảnh TP.HCM năng động.",
            "Ủy ban nhân dân Thành phố Hồ Chí Minh",
            "Hồ Chí Minh",
        ),
        (
            "UBND Thành phố vừa ban hành Kế hoạch thông tin đối ngoại năm 2023 của thành phố "
            "Đà Nẵng.",
            "Ủy ban nhân dân thành phố Đà Nẵng",
            "Đà Nẵng",
        ),
    ],
)
def test_a_city_committee_written_as_the_city(directory, text, issuer, locality):
    """A centrally governed city's own site writes "UBND TP", "UBND Thành phố"."""
    result = read(text)
    assert (result["issuer"], result["level"], result["locality"]) == (
        issuer,
        "province",
        locality,
    )


def test_a_foreign_place_written_syllable_by_syllable_is_not_the_bodys(directory):
    result = read(
        "Ngày 02/4, Ban Tuyên giáo Tỉnh ủy ban hành Công văn số 18-CV/BTGTU về việc đón Đoàn "
        "cấp cao chính quyền tỉnh Xa-ra-tốp, Liên bang Nga.\n"
    )
    assert (result["issuer"], result["locality"]) == ("Ban Tuyên giáo Tỉnh ủy", None)


def test_an_eth_typed_for_d_reads_as_d(tmp_path, directory):
    from ttdn.documents.readers import read_document

    path = tmp_path / "tin.txt"
    path.write_text(
        "Ban Ðối ngoại T.Ư Ðảng tổ chức Hội nghị tổng kết công tác đối ngoại năm 2019.\n",
        encoding="utf-8",
    )
    document = read_document(path, name=path.name)
    assert "Ban Đối ngoại T.Ư Đảng" in document.text
    result = extract(document).contract()
    assert (result["issuer"], result["level"]) == ("Ban Đối ngoại Trung ương", "national")


@pytest.mark.parametrize(
    ("text", "issuer", "locality"),
    [
        (  # the place in the item's headline
            "Đón đoàn đại biểu tỉnh Xa-van-na-khet đến thăm Quảng Bình\n\n"
            "Ngày 3/5, Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn tuyên truyền về chuyến thăm.\n",
            "Ban Tuyên giáo Tỉnh ủy Quảng Bình",
            "Quảng Bình",
        ),
        (  # in a sentence of the item, inside a quotation and after a hyphen
            "Sở Văn hóa và Thể thao ban hành Kế hoạch tuyên truyền năm 2023, gắn với Năm Du "
            "lịch quốc gia “Bình Thuận - Hội tụ xanh”.\n",
            "Sở Văn hóa và Thể thao tỉnh Bình Thuận",
            "Bình Thuận",
        ),
        (  # a centrally governed city is a "thành phố"
            "Sở Ngoại vụ ban hành Kế hoạch thông tin đối ngoại năm 2022, quảng bá hình ảnh Đà "
            "Nẵng năng động.\n",
            "Sở Ngoại vụ thành phố Đà Nẵng",
            "Đà Nẵng",
        ),
        (  # the department's name ends with its province
            "Sở Ngoại vụ Vĩnh Phúc tổ chức Hội nghị tổng kết công tác đối ngoại năm 2011.\n",
            "Sở Ngoại vụ tỉnh Vĩnh Phúc",
            "Vĩnh Phúc",
        ),
        (  # a portal's other headlines and teasers name no place of the item
            "Sở Thông tin và Truyền thông tập huấn công tác thông tin đối ngoại\n\n"
            "Ngày 10/10, Sở Thông tin và Truyền thông tổ chức Hội nghị tập huấn công tác thông "
            "tin đối ngoại cho cán bộ các sở, ngành.\n\nTin khác\n"
            "Sức sống nghệ thuật đường phố Hải Phòng\n"
            "Những năm gần đây, nghệ thuật đường phố tại Hải Phòng nở rộ,…\n",
            "Sở Thông tin và Truyền thông",
            None,
        ),
    ],
)
def test_a_body_without_its_place_takes_the_province_the_item_names_bare(
    directory, text, issuer, locality
):
    result = read(text)
    assert (result["issuer"], result["locality"]) == (issuer, locality)


@pytest.mark.parametrize(
    ("text", "issuer", "level", "locality"),
    [
        (
            "Sáng ngày 10/02/2026, Đảng ủy xã Mường Khương tổ chức điểm cầu trực tuyến theo dõi "
            "Hội nghị quán triệt Nghị quyết.\n",
            "Đảng ủy xã Mường Khương",
            "commune",
            "Mường Khương",
        ),
        (
            "Chiều 5-2, tại xã Bản Lầu, Đảng ủy xã Bản Lầu và Đảng ủy xã Mường Khương (tỉnh Lào "
            "Cai) tổ chức lễ kết nghĩa giữa hai địa phương.\n",
            "Đảng ủy xã Bản Lầu",
            "commune",
            "Bản Lầu",
        ),
        (
            "Thực hiện chỉ đạo của UBND thành phố Huế về tuyên truyền kỷ niệm Quốc khánh, UBND "
            "phường Thuận Hóa đã bắt đầu triển khai nhiều hoạt động tuyên truyền trên địa bàn.\n",
            "Ủy ban nhân dân phường Thuận Hóa",
            "commune",
            "Thuận Hóa",
        ),
        (
            "Sáng 9/4, tại Hà Nội, Ban Tuyên giáo và Dân vận Trung ương chủ trì, phối hợp với "
            "Thành ủy Hà Nội tổ chức Hội nghị tập huấn công tác thông tin đối ngoại năm 2025.\n",
            "Ban Tuyên giáo và Dân vận Trung ương",
            "national",
            None,
        ),
        (
            "Ngày 2-9, Liên hiệp Các tổ chức hữu nghị tỉnh Bắc Ninh tổ chức khai mạc Tuần lễ hữu "
            "nghị năm 2025.\n",
            "Liên hiệp các tổ chức hữu nghị tỉnh Bắc Ninh",
            "province",
            "Bắc Ninh",
        ),
        (
            "Từ ngày 7/11 đến 9/11/2025, Đoàn đại biểu và diễn viên của Sở Văn hoá, Thể thao và "
            "Du lịch tỉnh Lào Cai sang tham dự Lễ khai mạc Hội chợ biên giới tại Hà Khẩu.\n",
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Lào Cai",
            "department",
            "Lào Cai",
        ),
    ],
)
def test_the_body_an_item_about_an_event_is_of(directory, text, issuer, level, locality):
    """Communes and wards since 2025, a board that chairs with a partner, a delegation that
    goes to attend; a body's name as written in law ("Văn hóa", not "Văn hoá")."""
    result = read(text)
    assert (result["issuer"], result["level"], result["locality"]) == (issuer, level, locality)


# ---------------------------------------------------------------------------------------
# Reports and letters (meta11): the forms Vietnamese administrative writing gives a report's
# or a letter's number, date, period and issuer, formal and told as news.
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "issuer", "locality"),
    [
        ("Sở Ngoại vụ Vĩnh Phúc", "Sở Ngoại vụ tỉnh Vĩnh Phúc", "Vĩnh Phúc"),
        (
            "Sở Thông tin và Truyền thông Bến Tre",
            "Sở Thông tin và Truyền thông tỉnh Bến Tre",
            "Bến Tre",
        ),
        ("Sở Ngoại vụ Hà Nội", "Sở Ngoại vụ thành phố Hà Nội", "Hà Nội"),
    ],
)
def test_a_department_named_with_its_province_and_no_unit_word(
    directory, written, issuer, locality
):
    result = read(
        f"Ngày 7/7/2011, {written} đã tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2011.\n"
    )
    assert (result["doc_type"], result["locality"]) == ("report", locality)
    assert result["issuer"].lower() == issuer.lower()


@pytest.mark.parametrize(
    "text",
    [
        (  # the ministry's department on the line under the ministry
            "BỘ NGOẠI GIAO\nCỤC NGOẠI VỤ\n\nSố: 344/CNV-VP\nV/v định hướng công tác đối ngoại "
            "địa phương\n\nHà Nội, ngày 18 tháng 10 năm 2018\n\nKính gửi: Sở Ngoại vụ các tỉnh\n"
        ),
        (  # … or only its initials in the symbol, and its name in the letter
            "BỘ NGOẠI GIAO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 344/CNV-VP | Hà Nội, ngày "
            "18 tháng 10 năm 2018 |\nKính gửi: | - Sở Ngoại vụ các tỉnh |\nCục Ngoại vụ - Bộ "
            "Ngoại giao trân trọng gửi tới Quý Cơ quan định hướng công tác đối ngoại.\n"
        ),
    ],
)
def test_a_ministrys_department_writes_under_the_ministrys_name(directory, text):
    result = read(text)
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Cục Ngoại vụ",
        "national",
        None,
    )


def test_a_department_writing_to_its_provinces_paper_and_broadcaster(directory):
    result = read(
        "Ngày 12/7/2022, Sở Thông tin và Truyền thông ban hành Công văn số 777/STTTT-TTBCXB về "
        "việc tuyên truyền biển, đảo. Theo đó, Sở Thông tin và Truyền thông đề nghị Báo Bắc "
        "Giang, Đài Phát thanh và Truyền hình Bắc Giang tuyên truyền.\n"
    )
    assert (result["issuer"], result["locality"]) == (
        "Sở Thông tin và Truyền thông tỉnh Bắc Giang",
        "Bắc Giang",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # its day in words after its number
            "UBND tỉnh Bình Phước vừa ban hành Công văn số 1234/UBND-VX ngày 05 tháng 3 năm 2021 "
            "về tăng cường công tác thông tin đối ngoại.\n",
            {"issued_date": "2021-03-05"},
        ),
        (  # the signer's name after the province
            "Phó Chủ tịch UBND tỉnh Bình Phước Nguyễn Văn A vừa ký Công văn số 1234/UBND-VX về "
            "việc tăng cường thông tin đối ngoại.\n",
            {"issuer": "Ủy ban nhân dân tỉnh Bình Phước", "locality": "Bình Phước"},
        ),
    ],
)
def test_news_of_a_letter_its_day_and_its_signer(directory, text, expected):
    assert_read(text, expected)


@pytest.mark.parametrize(
    ("header", "issuer", "level"),
    [
        (
            "BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TUYÊN GIÁO\n*\nSố: 111-HD/BTGTW",
            "Ban Tuyên giáo Trung ương",
            "national",
        ),
        (
            "TỈNH ỦY QUẢNG NAM\nBAN TUYÊN GIÁO\n*\nSố: 36-HD/BTGTU",
            "Ban Tuyên giáo Tỉnh ủy Quảng Nam",
            "province",
        ),
        (
            "UBND TỈNH BẮC NINH\nBAN CHỈ ĐẠO CÔNG TÁC\nTHÔNG TIN ĐỐI NGOẠI\n\nSố: 12/BCĐ-TTĐN",
            "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Bắc Ninh",
            "province",
        ),
        (
            "UBND TỈNH HẢI DƯƠNG\nSỞ VĂN HÓA, THỂ THAO\nVÀ DU LỊCH\n\nSố: 456/SVHTTDL-QLVH",
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Hải Dương",
            "department",
        ),
    ],
)
def test_a_header_naming_a_board_or_a_name_over_two_lines(directory, header, issuer, level):
    result = read(
        header + "\nV/v tuyên truyền đối ngoại năm 2022\n\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 5 "
        "tháng 4 năm 2022\n\nKính gửi: Các cơ quan báo chí\n"
    )
    assert (result["issuer"], result["level"]) == (issuer, level)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sáng 9/1, hội nghị tổng kết công tác thông tin đối ngoại năm 2022 được tổ chức. Hội "
            "nghị do đồng chí Nguyễn Văn An, Trưởng Ban Chỉ đạo công tác thông tin đối ngoại tỉnh "
            "Bến Tre chủ trì.\n",
            {"issuer": "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Bến Tre"},
        ),
        (
            "Sáng 9/1, hội nghị tổng kết công tác thông tin đối ngoại năm 2022 đã diễn ra. Đồng chí "
            "Nguyễn Văn An, Trưởng Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Trà Vinh dự và "
            "chủ trì Hội nghị.\n",
            {"issuer": "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Trà Vinh"},
        ),
        (
            "Hội nghị tổng kết công tác thông tin đối ngoại năm 2021 đã diễn ra sáng 12/1. Phát "
            "biểu chỉ đạo, đồng chí Lê Văn B, Giám đốc Sở Thông tin và Truyền thông tỉnh Vĩnh Long "
            "đề nghị các đơn vị tiếp tục đổi mới.\n",
            {"issuer": "Sở Thông tin và Truyền thông tỉnh Vĩnh Long", "level": "department"},
        ),
    ],
)
def test_a_review_held_by_the_body_whose_head_chairs_or_directs_it(directory, text, expected):
    assert_read(text, {"doc_type": "report", **expected})


# --- issuer13: places asked once per document ---------------------------------------------


def test_a_document_asks_the_directory_for_its_places_once(directory):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 12/KH-UBND\nPhú Yên, ngày 5 tháng 3 năm 2021\n"
        "KẾ HOẠCH\nThông tin đối ngoại năm 2021\n"
        "Chủ tịch UBND tỉnh Trần Văn Bình yêu cầu các sở thực hiện.\n"
    )
    read(text)  # the process reads the directory's places once
    with CaptureQueriesContext(connection) as asked:
        result = read(text)
    assert (result["issuer"], result["locality"]) == ("Ủy ban nhân dân tỉnh Phú Yên", "Phú Yên")
    units = [q["sql"] for q in asked.captured_queries if "directory_administrativeunit" in q["sql"]]
    assert len(units) == 1  # whether they changed: one query of aggregates, whatever is asked
    assert "LIKE" not in units[0]


# --- issuer13: a standing board writing for its association ---------------------------------


@pytest.mark.parametrize(
    ("text", "issuer", "locality"),
    [
        (
            "Hội nghị Ban Chấp hành lần thứ 5\nNgày 20/12, tại tỉnh Tuyên Quang, Hội nghị đã "
            "thông qua Tờ trình của Ban Thường vụ Liên hiệp các tổ chức hữu nghị tỉnh về việc "
            "bổ sung ủy viên Ban Chấp hành.\n",
            "Liên hiệp các tổ chức hữu nghị tỉnh Tuyên Quang",
            "Tuyên Quang",
        ),
        (
            "Hội nghị tổng kết\nHội nghị thông qua báo cáo của Ban Thường vụ LHHN tỉnh Quảng "
            "Ngãi về công tác năm 2023.\n",
            "Liên hiệp các tổ chức hữu nghị tỉnh Quảng Ngãi",
            "Quảng Ngãi",
        ),
    ],
)
def test_a_standing_board_writes_for_its_friendship_union(directory, text, issuer, locality):
    # "Tờ trình của Ban Thường vụ Liên hiệp … tỉnh": the union's (its standing board's
    # writing is its association's), never a body called "Ban Thường vụ".
    result = read(text)
    assert (result["issuer"], result["level"], result["locality"]) == (
        issuer,
        "province",
        locality,
    )


# --- issuer14: a body holding an event with a partner ---------------------------------------


@pytest.mark.parametrize(
    ("text", "issuer", "level", "locality"),
    [
        (
            "Kết nối kiều bào\nNgày 7/2, Ủy ban nhân dân tỉnh Phú Yên phối hợp với Ủy ban Nhà "
            "nước về người Việt Nam ở nước ngoài tổ chức chương trình kết nối kiều bào.\n",
            "Ủy ban nhân dân tỉnh Phú Yên",
            "province",
            "Phú Yên",
        ),
        (
            "TẬP HUẤN\nVừa qua, Sở Thông tin và Truyền thông tỉnh Phú Yên phối hợp Ban Tuyên "
            "giáo Tỉnh ủy tổ chức lớp tập huấn thông tin đối ngoại.\n",
            "Sở Thông tin và Truyền thông tỉnh Phú Yên",
            "department",
            "Phú Yên",
        ),
        (
            "Giao lưu hữu nghị\nNgày 3/9, Ban Tuyên giáo Thành ủy Hà Nội đã phối hợp với Tổng "
            "Lãnh sự quán tổ chức buổi giao lưu.\n",
            "Ban Tuyên giáo Thành ủy Hà Nội",
            "province",
            "Hà Nội",
        ),
        (
            "Kết nối\nChương trình do UBND tỉnh Phú Yên phối hợp cùng Bộ Ngoại giao tổ chức.\n",
            "Ủy ban nhân dân tỉnh Phú Yên",
            "province",
            "Phú Yên",
        ),
        (
            "Hội thảo\nChiều 4/4, UBND huyện Sơn Hòa, tỉnh Phú Yên phối hợp cùng Hội Hữu nghị "
            "Việt - Lào tổ chức hội thảo.\n",
            "Ủy ban nhân dân huyện Sơn Hòa",
            "district",
            "Sơn Hòa",
        ),
    ],
)
def test_a_body_holding_an_event_with_a_partner_is_the_issuer(
    directory, text, issuer, level, locality
):
    # "X (đã) phối hợp (với | cùng) Y tổ chức …": X holds the event, not its partner.
    result = read(text)
    assert (result["issuer"], result["level"], result["locality"]) == (issuer, level, locality)


# --- issuer14: the bodies of one commune listed ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "issuer", "locality"),
    [
        (
            "Đón tiếp đoàn bạn\nNgày 29/8, tại xã Sơn Thành, Đảng ủy, HĐND, UBND và Ủy ban "
            "MTTQ Việt Nam xã đã tổ chức đón tiếp hai đoàn đại biểu.\n",
            "Đảng ủy xã Sơn Thành",
            "Sơn Thành",
        ),
        (
            "Gặp mặt\nNgày 2/9, Đảng ủy, Hội đồng nhân dân, Ủy ban nhân dân, Ủy ban Mặt trận "
            "Tổ quốc Việt Nam phường Tây Hồ tổ chức buổi gặp mặt.\n",
            "Đảng ủy phường Tây Hồ",
            "Tây Hồ",
        ),
    ],
)
def test_the_first_of_a_communes_bodies_listed_holds_the_event(directory, text, issuer, locality):
    # "Đảng ủy, HĐND, UBND và Ủy ban MTTQ xã …": the first named, with the unit word
    # written after the last.
    result = read(text)
    assert (result["issuer"], result["level"], result["locality"]) == (
        issuer,
        "commune",
        locality,
    )


# --- issuer14: a department advising, planning, going on --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tuyên truyền biển đảo\nThực hiện Nghị quyết số 36-NQ/TW, hàng năm Sở Văn hóa và Thể "
        "thao tham mưu ban hành văn bản hướng dẫn các địa phương tuyên truyền về tỉnh Phú Yên.\n",
        "Tuyên truyền\nSở Văn hóa và Thể thao chủ động lập kế hoạch tuyên truyền về biển đảo "
        "tỉnh Phú Yên.\n",
        "Đối ngoại\nNăm 2022, Sở Văn hóa và Thể thao tỉnh Phú Yên tiếp tục tham mưu tổ chức "
        "các hoạt động đối ngoại.\n",
    ],
)
def test_a_department_advising_or_planning_is_the_subject_not_part_of_its_name(directory, text):
    # "Sở … tham mưu ban hành …", "Sở … chủ động lập kế hoạch …", "Năm …, Sở … tiếp tục
    # tham mưu …": the department's own account; "tham mưu" is not a word of its name.
    result = read(text)
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Sở Văn hóa và Thể thao tỉnh Phú Yên",
        "department",
        "Phú Yên",
    )


# --- issuer14: the departments of several provinces holding a meeting ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tổng kết thi đua\nChiều 26/12, Sở Ngoại vụ 7 tỉnh, thành phố thuộc Cụm thi đua số 3 "
        "(Bộ Ngoại giao) tổ chức Hội nghị tổng kết năm 2025.\nGiám đốc Sở Ngoại vụ tỉnh Phú "
        "Yên khai mạc hội nghị.\n",
        "Hội nghị cụm thi đua\nNgày 15/12, các Sở Văn hóa, Thể thao và Du lịch cụm thi đua "
        "miền Trung đã tổ chức hội nghị tổng kết tại tỉnh Phú Yên.\n",
        "Hội nghị\nNgày 20/12, Cụm thi đua các Sở Ngoại vụ khu vực miền Trung tổ chức hội nghị "
        "tổng kết năm 2024 tại tỉnh Phú Yên.\n",
    ],
)
def test_departments_of_several_provinces_hold_a_meeting_with_no_single_issuer(directory, text):
    # "Sở Ngoại vụ 7 tỉnh …", "các Sở … cụm thi đua …": a group, no one department (the
    # cluster's head chairing does not make it the issuer); at the department level.
    result = read(text)
    assert (result["issuer"], result["level"], result["locality"]) == (None, "department", None)


def test_a_department_holding_a_meeting_with_other_provinces_is_the_issuer(directory):
    result = read(
        "Giao ban\nNgày 8/1, Sở Ngoại vụ tỉnh Phú Yên phối hợp với các tỉnh Tây Nguyên tổ "
        "chức hội nghị giao ban.\n"
    )
    assert result["issuer"] == "Sở Ngoại vụ tỉnh Phú Yên"


# --- issuer14: letters and headers of the bodies since 2025 -----------------------------------


@pytest.mark.parametrize(
    ("text", "issuer", "level", "locality"),
    [
        (
            "Thông tin đối ngoại\nNgày 5/3, Văn phòng UBND tỉnh Phú Yên truyền đạt ý kiến chỉ "
            "đạo của Chủ tịch UBND tỉnh về công tác thông tin đối ngoại.\n",
            "Văn phòng Ủy ban nhân dân tỉnh Phú Yên",
            "province",
            "Phú Yên",
        ),
        (
            "ĐẢNG BỘ TỈNH PHÚ YÊN\nĐẢNG ỦY XÃ SƠN THÀNH\nSố: 12-KH/ĐU\nKẾ HOẠCH\nTuyên "
            "truyền đối ngoại\nSơn Thành, ngày 28 tháng 10 năm 2025\n",
            "Đảng ủy xã Sơn Thành",
            "commune",
            "Sơn Thành",
        ),
        (
            "TỈNH ỦY PHÚ YÊN\nBAN TUYÊN GIÁO VÀ DÂN VẬN\nSố: 12-HD/BTGDVTU\nHƯỚNG DẪN\nTuyên "
            "truyền đối ngoại\nPhú Yên, ngày 28 tháng 10 năm 2025\n",
            "Ban Tuyên giáo và Dân vận Tỉnh ủy Phú Yên",
            "province",
            "Phú Yên",
        ),
    ],
)
def test_an_office_passing_on_directions_and_the_headers_of_bodies_since_2025(
    directory, text, issuer, level, locality
):
    # "Văn phòng UBND tỉnh … truyền đạt ý kiến chỉ đạo …": the office writes the letter;
    # "ĐẢNG BỘ TỈNH … / ĐẢNG ỦY XÃ …" and "TỈNH ỦY … / BAN TUYÊN GIÁO VÀ DÂN VẬN".
    result = read(text)
    assert (result["issuer"], result["level"], result["locality"]) == (issuer, level, locality)


# --- issuer14: the State committee for overseas Vietnamese, its head chairing ---------------


@pytest.mark.parametrize(
    "text",
    [
        "Phối hợp công tác\nNgày 21/02/2025, Thứ trưởng - Chủ nhiệm Ủy ban Nhà nước về người "
        "Việt Nam ở nước ngoài Trần Văn Bình đã chủ trì cuộc làm việc với Ủy ban về người Việt "
        "Nam ở nước ngoài TP. Hồ Chí Minh.\n",
        "Tổng kết\nNgày 5/1, Ủy ban Nhà nước về người Việt Nam ở nước ngoài tổ chức hội nghị "
        "tổng kết công tác năm 2024.\n",
    ],
)
def test_the_state_committee_for_overseas_vietnamese_is_a_national_issuer(directory, text):
    # A national body of the foreign ministry; its head chairing, named after it.
    result = read(text)
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Ủy ban Nhà nước về người Việt Nam ở nước ngoài",
        "national",
        None,
    )


# --- issuer14: the subject after the document carried out -------------------------------------


def test_the_subject_opening_the_sentence_after_a_document_carried_out(directory):
    # "Thực hiện Kế hoạch số … của UBND tỉnh …. Sở … đã xây dựng …": the department that
    # carries it out, not the committee whose plan it is.
    result = read(
        "Bảo vệ chủ quyền biển đảo\nThực hiện Kế hoạch số 232/KH-UBND ngày 24/7/2019 của "
        "UBND tỉnh về việc triển khai Quyết định số 930/QĐ-TTg trên địa bàn tỉnh Phú Yên. Sở "
        "Thông tin và Truyền thông đã xây dựng phóng sự phát thanh về biển đảo.\n"
    )
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Sở Thông tin và Truyền thông tỉnh Phú Yên",
        "department",
        "Phú Yên",
    )


# --- issuer14: a friendship union's header -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "issuer", "level", "locality"),
    [
        (
            "BAN THƯỜNG VỤ\nLIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ TỈNH PHÚ YÊN\nSố: 12/KH-LHHN\nKẾ "
            "HOẠCH\nHoạt động đối ngoại nhân dân năm 2026\nPhú Yên, ngày 5 tháng 1 năm 2026\n",
            "Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên",
            "province",
            "Phú Yên",
        ),
        (
            "LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ\nTHÀNH PHỐ HÀ NỘI\nSố: 3/HD-LHHN\nHƯỚNG DẪN\nHà "
            "Nội, ngày 5 tháng 1 năm 2026\n",
            "Liên hiệp các tổ chức hữu nghị thành phố Hà Nội",
            "province",
            "Hà Nội",
        ),
    ],
)
def test_a_friendship_unions_header_its_standing_board_above_it(
    directory, text, issuer, level, locality
):
    # "BAN THƯỜNG VỤ / LIÊN HIỆP CÁC TỔ CHỨC HỮU NGHỊ TỈNH …": the union, never a body
    # called "Ban Thường vụ".
    result = read(text)
    assert (result["issuer"], result["level"], result["locality"]) == (issuer, level, locality)
