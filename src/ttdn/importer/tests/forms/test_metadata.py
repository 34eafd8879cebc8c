"""The document type, number, date of issue, period and legal bases: forms of administrative writing met in the real corpus
(tests/fixtures/importer/real).

Each test uses a short synthetic text in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import assert_read, read


def test_a_news_date_without_year_before_the_posting_date_is_of_the_year_before(directory):
    result = read(
        "(10:00 03/01/2021)\nNgày 29/12, Huyện ủy Sóc Sơn có Kế hoạch số 7-KH/HU về "
        "thông tin đối ngoại năm 2021.\n"
    )
    assert result["issued_date"] == "2020-12-29"


def test_a_news_item_about_a_letter_is_not_about_a_plan(directory):
    result = read(
        "Ngày 02/3/2024, UBND tỉnh Phú Yên đã ban hành Công văn số 905/UBND-KGVX về việc "
        "triển khai Kết luận số 57-KL/TW về công tác thông tin đối ngoại.\n"
        "Công văn đề nghị các sở, ngành bám sát Kế hoạch số 20/KH-UBND năm 2024.\n"
    )
    assert result["doc_type"] == "other"
    assert (result["plan_number"], result["issued_date"]) == ("905/UBND-KGVX", "2024-03-02")
    assert result["issuer"] == "Ủy ban nhân dân tỉnh Phú Yên"
    assert result["legal_bases"] == []  # the letter's subject is not its basis


def test_a_decision_issuing_a_plan_gives_the_plan_its_number_date_and_period(directory):
    result = read(
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 210/QĐ-UBND\nPhú Yên, ngày 03 tháng 02 năm 2019\n\n"
        "QUYẾT ĐỊNH\nBAN HÀNH KẾ HOẠCH THÔNG TIN ĐỐI NGOẠI TỈNH PHÚ YÊN GIAI ĐOẠN 2019 - 2020\n\n"
        "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\n"
        "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ;\nQUYẾT ĐỊNH:\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thông tin đối ngoại.\n"
    )
    assert result["doc_type"] == "plan"
    assert (result["plan_number"], result["issued_date"]) == ("210/QĐ-UBND", "2019-02-03")
    assert result["period"] == {"from_year": 2019, "to_year": 2020}
    assert result["title"].lower().startswith("kế hoạch thông tin đối ngoại tỉnh phú yên giai đoạn")
    assert result["issuer"] == "Ủy ban nhân dân tỉnh Phú Yên"


def test_a_decision_number_repeated_in_the_attachment_caption(directory):
    result = read(
        "QUYẾT ĐỊNH\nPHÊ DUYỆT CHƯƠNG TRÌNH HÀNH ĐỘNG VỀ THÔNG TIN ĐỐI NGOẠI TỈNH PHÚ YÊN\n"
        "GIAI ĐOẠN 2016 - 2020\nỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\nQUYẾT ĐỊNH\n"
        "Điều 1. Phê duyệt Chương trình hành động kèm theo Quyết định này.\n\n"
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\n(kèm theo Quyết định số 88/QĐ-UBND\nngày 12 tháng 01 năm 2016)\n"
    )
    assert (result["doc_type"], result["plan_number"]) == ("plan", "88/QĐ-UBND")
    assert result["issued_date"] == "2016-01-12"
    assert result["period"] == {"from_year": 2016, "to_year": 2020}


def test_a_circular_is_not_a_plan_and_its_ministry_comes_from_its_symbol(directory):
    result = read(
        "BỘ THÔNG TIN VÀ | Số: 05/2019/TT-BTTTT | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM "
        "--------------- Hà Nội, ngày 02 tháng 7 năm 2019 |\nTHÔNG TƯ\n"
        "Hướng dẫn một số nội dung về thông tin đối ngoại\n"
        "Căn cứ Nghị định số 17/2017/NĐ-CP ngày 17 tháng 02 năm 2017 của Chính phủ;\n"
    )
    assert result["doc_type"] == "other"
    assert (result["plan_number"], result["issued_date"]) == ("05/2019/TT-BTTTT", "2019-07-02")
    assert (result["issuer"], result["level"]) == ("Bộ Thông tin và Truyền thông", "national")
    assert result["period"] is None  # the year of a basis is not the circular's period


def test_a_guidance_letter_plans_the_year_after_it_was_written(directory):
    result = read(
        "BỘ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 4012/BTTTT-TTĐN\nHà Nội, ngày 20 tháng 9 năm 2022\n"
        "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n"
        "Năm 2022 công tác thông tin đối ngoại đạt nhiều kết quả. Năm 2023 là năm bản lề; "
        "đề nghị các địa phương xây dựng kế hoạch cho năm 2023.\n"
    )
    assert result["doc_type"] == "other"
    assert result["plan_number"] == "4012/BTTTT-TTĐN"
    assert result["period"] == {"from_year": 2023, "to_year": 2023}


def test_a_programme_is_a_plan_and_its_symbol_keeps_its_small_letter(directory):
    result = read(
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 07/CTr-UBND\nPhú Yên, ngày 15 tháng 01 năm 2021\n\n"
        "CHƯƠNG TRÌNH\n\nHOẠT ĐỘNG ĐỐI NGOẠI TỈNH PHÚ YÊN NĂM 2021\n\nI. MỤC TIÊU\n"
        "1. Nâng cao hiệu quả hoạt động đối ngoại.\n"
    )
    assert (result["doc_type"], result["plan_number"]) == ("plan", "07/CTr-UBND")
    assert result["period"] == {"from_year": 2021, "to_year": 2021}
    assert result["tasks"] == []  # aims are not tasks


def test_a_basis_wrapped_over_lines_keeps_its_date_and_not_the_documents_it_describes(
    directory,
):
    result = read(
        "KẾ HOẠCH\nThông tin đối ngoại năm 2020\n"
        "Căn cứ Quyết định số 1000/QĐ-TTg\nngày 01/6/2015 của Thủ tướng Chính phủ phê duyệt "
        "Đề án thực hiện Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị;\n"
        "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 và Thông tư số 22/2016/TT-BTTTT "
        "ngày 19/10/2016;\n"
    )
    assert [(b["identifier"], b["date"]) for b in result["legal_bases"]] == [
        ("1000/QĐ-TTg", "2015-06-01"),
        ("72/2015/NĐ-CP", "2015-09-07"),
        ("22/2016/TT-BTTTT", "2016-10-19"),
    ]


def test_an_opening_thuc_hien_sentence_ends_at_the_plan_not_at_a_cited_guidance(directory):
    result = read(
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 5/KH-UBND\nPhú Yên, ngày 10 tháng 01 năm 2020\n"
        "KẾ HOẠCH\nHOẠT ĐỘNG THÔNG TIN ĐỐI NGOẠI NĂM 2020\n"
        "Thực hiện Quyết định số 1486/QĐ-TTg ngày 06/11/2018 ban hành kế hoạch thông tin đối "
        "ngoại của Chính phủ; Quy chế số 03-QC/TU ngày 01/8/2018 của Tỉnh ủy; Công văn số "
        "3362/BTTTT-TTĐN ngày 02/10/2019 hướng dẫn xây dựng kế hoạch năm 2020; UBND tỉnh xây "
        "dựng kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
    )
    assert [b["identifier"] for b in result["legal_bases"]] == [
        "1486/QĐ-TTg",
        "03-QC/TU",
        "3362/BTTTT-TTĐN",
    ]


def test_a_plan_number_glued_to_its_word(directory):
    result = read(
        "Ngày 05/11/2023, UBND tỉnh Phú Yên đã ban hành kế hoạchsố 150/KH-UBND về thông tin "
        "đối ngoại năm 2024.\n"
    )
    assert result["plan_number"] == "150/KH-UBND"
    assert result["legal_bases"] == []  # the plan is not its own basis


def test_a_report_gives_the_tasks_of_the_next_period_not_its_results(directory):
    result = read(
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 310/BC-UBND\nPhú Yên, ngày 20 tháng 11 năm 2023\n"
        "BÁO CÁO\nKết quả công tác thông tin đối ngoại năm 2023\n"
        "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023\n"
        "- Đã tổ chức 4 cuộc họp báo định kỳ về tình hình kinh tế - xã hội.\n"
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024\n"
        "- Tổ chức tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ cấp xã.\n"
        "- Sở Ngoại vụ chủ trì xây dựng ấn phẩm giới thiệu tỉnh bằng tiếng Anh.\n"
    )
    assert (result["doc_type"], result["plan_number"]) == ("report", "310/BC-UBND")
    assert [t["text"] for t in result["tasks"]] == [
        "Tổ chức tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ cấp xã",
        "Sở Ngoại vụ chủ trì xây dựng ấn phẩm giới thiệu tỉnh bằng tiếng Anh",
    ]


def test_the_standing_board_issues_for_its_party_committee(directory):
    result = read(
        "Ngày 24/8/2022, Ban Thường vụ Tỉnh ủy Phú Yên ban hành Kế hoạch số 164-KH/TU về công "
        "tác thông tin đối ngoại giai đoạn 2022-2025.\n"
    )
    assert (result["issuer"], result["plan_number"]) == ("Tỉnh ủy Phú Yên", "164-KH/TU")
    assert result["period"] == {"from_year": 2022, "to_year": 2025}


# Third batch (issue 12, second pass): forms met in the development part only.


def test_a_letter_read_by_its_subject_line_when_its_salutation_lost_letters(directory):
    result = read(
        "BỘ NGOẠI GIAO\n-------\nSố: 812/BNG-TTBC\nV/v hướng dẫn xây dựng kế hoạch thông tin "
        "đối ngoại năm 2026\nHà Nội, ngày 03 tháng 11 năm 2025\n"
        "Kính gi: Ủy ban nhân dân các tỉnh, thành phố\n"
        "Triển khai Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt "
        "động thông tin đối ngoại; Quyết định số 9/QĐ-TTg ngày 04/01/2020 của Thủ tướng Chính "
        "phủ ban hành Kế hoạch thông tin đối ngoại giai đoạn 2020-2025, Bộ Ngoại giao đề nghị "
        "các tỉnh xây dựng kế hoạch năm 2026, tập trung các nhiệm vụ sau:\n"
    )
    assert result["doc_type"] == "other"
    assert result["plan_number"] == "812/BNG-TTBC"
    assert result["period"] == {"from_year": 2026, "to_year": 2026}  # not the cited 2020-2025
    assert {b["identifier"] for b in result["legal_bases"]} == {"72/2015/NĐ-CP", "9/QĐ-TTg"}
    assert result["tasks"] == []


def test_news_of_a_years_planned_work_without_a_named_document(directory):
    result = read(
        "Phú Yên triển khai nhiệm vụ đối ngoại năm 2026: chủ động, sáng tạo\n"
        "Theo chỉ đạo, năm 2026 Phú Yên sẽ tiếp tục quảng bá hình ảnh địa phương ra nước ngoài. "
        "Công tác thông tin đối ngoại cần bám sát chỉ đạo của Trung ương; đổi mới tư duy. "
        "Tỉnh sẽ chủ động cung cấp thông tin cho báo chí nước ngoài; kết hợp tuyên truyền với "
        "đấu tranh.\n"
    )
    assert result["doc_type"] == "news_about_plan"
    assert result["period"] == {"from_year": 2026, "to_year": 2026}
    assert [t["text"] for t in result["tasks"]] == [
        "năm 2026 Phú Yên sẽ tiếp tục quảng bá hình ảnh địa phương ra nước ngoài",
        "Tỉnh sẽ chủ động cung cấp thông tin cho báo chí nước ngoài",
        "kết hợp tuyên truyền với đấu tranh",
    ]


# --- Fourth batch (issue 12, third pass): forms met in the development part only. ---


def test_news_of_a_decision_issuing_a_plan_takes_the_decisions_number(directory):
    result = read(
        "Ban hành Kế hoạch thông tin đối ngoại năm 2021\n"
        "Ngày 05/3/2021, UBND tỉnh Phú Yên ban hành Quyết định số 412/QĐ-UBND về việc ban hành "
        "Kế hoạch thông tin đối ngoại tỉnh Phú Yên năm 2021.\n"
    )
    assert result["doc_type"] == "news_about_plan"
    assert (result["plan_number"], result["issued_date"]) == ("412/QĐ-UBND", "2021-03-05")
    assert result["issuer"] == "Ủy ban nhân dân tỉnh Phú Yên"
    assert result["period"] == {"from_year": 2021, "to_year": 2021}
    assert result["legal_bases"] == []  # the decision is the plan's cover, not its basis


def test_a_symbol_written_with_a_spaced_dash(directory):
    result = read(
        "- Ủy ban nhân dân tỉnh Phú Yên vừa ban hành Kế hoạch số 31/KH – UBND ngày 8/2/2024 "
        "về công tác thông tin đối ngoại năm 2024.\n"
    )
    assert (result["plan_number"], result["issued_date"]) == ("31/KH-UBND", "2024-02-08")
    assert result["legal_bases"] == []  # the plan's own number, cut by the reader, is not one


def test_a_programme_implementing_a_party_plan_is_not_numbered_by_it(directory):
    result = read(
        "CHƯƠNG TRÌNH\n"
        "TRIỂN KHAI THỰC HIỆN KẾ HOẠCH SỐ 88-KH/TU NGÀY 02 THÁNG 3 NĂM 2023 CỦA BAN THƯỜNG VỤ "
        "TỈNH ỦY VỀ CÔNG TÁC ĐỐI NGOẠI\n"
        "Căn cứ Kế hoạch số 88-KH/TU ngày 02 tháng 3 năm 2023 của Ban Thường vụ Tỉnh ủy, Ủy ban "
        "nhân dân tỉnh ban hành Chương trình thực hiện như sau:\n"
        "I. MỤC ĐÍCH\n- Nâng cao nhận thức về công tác đối ngoại.\n"
    )
    assert result["doc_type"] == "plan"
    assert result["plan_number"] is None  # 88-KH/TU is the plan it implements
    assert result["period"] is None  # "năm 2023" ends a date, it names no period
    assert (result["issuer"], result["level"]) == ("Ủy ban nhân dân tỉnh", "province")
    assert result["legal_bases"] == [
        {"identifier": "88-KH/TU", "kind": "plan", "date": "2023-03-02"}
    ]


def test_principles_of_a_regulation_told_by_news_are_not_tasks(directory):
    result = read(
        "Ngày 10/5/2024, Ủy ban nhân dân tỉnh Phú Yên ban hành Quyết định số 15/2024/QĐ-UBND "
        "ban hành Quy chế quản lý hoạt động thông tin đối ngoại.\n"
        "Nguyên tắc hoạt động của thông tin đối ngoại:\n"
        "- Tuân thủ quy định của pháp luật về thông tin đối ngoại;\n"
        "- Bảo đảm sự phối hợp chặt chẽ giữa các cơ quan, đơn vị;\n"
    )
    assert (result["doc_type"], result["plan_number"]) == ("other", "15/2024/QĐ-UBND")
    assert result["tasks"] == []


# --- Forms of the fifth batch (issue 12, fourth pass) -----------------------------------


def test_a_header_flattened_onto_one_line_gives_number_date_and_bases(directory):
    result = read(
        "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
        "Hạnh phúc Số: 45/KH-UBND Phú Yên, ngày 3 tháng 5 năm 2022 KẾ HOẠCH Thông tin đối "
        "ngoại tỉnh Phú Yên năm 2022 Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 c ủa "
        "Chính phủ về quản lý hoạt động thông tin đối ngoại; Căn cứ Chỉ thị số 21/CT -TTg "
        "ngày 06/8/2012 của Thủ tướng Chính phủ;\n"
    )
    assert (result["plan_number"], result["issued_date"]) == ("45/KH-UBND", "2022-05-03")
    assert result["legal_bases"] == [
        {"identifier": "72/2015/NĐ-CP", "kind": "decree", "date": "2015-09-07"},
        {"identifier": "21/CT-TTg", "kind": "directive", "date": "2012-08-06"},
    ]


def test_bases_run_together_in_one_paragraph_keep_a_date_wrapped_after_a_comma(directory):
    result = read(
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 301/KH-UBND\nPhú Yên, ngày 2 tháng 11 năm 2024\n"
        "KẾ HOẠCH\nTHÔNG TIN ĐỐI NGOẠI TỈNH PHÚ YÊN NĂM 2025\n"
        "Căn cứ Kết luận số 57-KL/TW,\nngày 15/6/2023 của Bộ Chính trị về thông tin đối "
        "ngoại; Thông tư\nsố 22/2016/TT- BTTTT ngày 19/10/2016 của Bộ Thông tin và Truyền "
        "thông; Kế hoạch số 40-KH/TU, ngày 9/10/2023 của Ban Thường vụ Tỉnh ủy về triển khai "
        "Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị;\n"
        "Căn cứ Công văn số 900/BTTTT-TTĐN ngày 16/9/2024 của Bộ Thông tin và Truyền thông, Ủy "
        "ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"
    )
    assert result["legal_bases"] == [
        {"identifier": "57-KL/TW", "kind": "conclusion", "date": "2023-06-15"},
        {"identifier": "22/2016/TT-BTTTT", "kind": "circular", "date": "2016-10-19"},
        {"identifier": "40-KH/TU", "kind": "plan", "date": "2023-10-09"},
        {"identifier": "900/BTTTT-TTĐN", "kind": "official_letter", "date": "2024-09-16"},
    ]


def test_a_library_title_year_after_the_number_and_a_basis_year_are_no_period(directory):
    result = read(
        "Kế hoạch 57/KH-UBND năm 2019 về xây dựng thư viện ảnh đối ngoại\n"
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 57/KH-UBND\nPhú Yên, ngày 3 tháng 4 năm 2019\n"
        "KẾ HOẠCH\nXÂY DỰNG THƯ VIỆN ẢNH ĐỐI NGOẠI TỈNH PHÚ YÊN\n"
        "Căn cứ Kế hoạch số 10-KH/BCĐ ngày 19/3/2018 của Ban Chỉ đạo về nhiệm vụ năm 2018;\n"
    )
    assert result["doc_type"] == "plan"
    assert result["period"] is None


def test_a_plan_issued_do_a_body_on_a_date_and_its_enumerated_contents(directory):
    result = read(
        "Đẩy mạnh quảng bá du lịch biển\n"
        "Đó là nội dung của kế hoạch thông tin đối ngoại tỉnh Phú Yên năm 2021 do UBND tỉnh "
        "ban hành ngày 5/3/2021.\n"
        "Kế hoạch tập trung vào 2 nội dung:\n"
        "Thứ nhất, đẩy mạnh thông tin về tiềm năng du lịch biển của tỉnh.\n"
        "Thứ hai, phối hợp với Bộ Ngoại giao tổ chức đón phóng viên nước ngoài.\n"
    )
    assert (result["doc_type"], result["issued_date"], result["period"]) == (
        "news_about_plan",
        "2021-03-05",
        {"from_year": 2021, "to_year": 2021},
    )
    assert result["issuer"] == "Ủy ban nhân dân tỉnh Phú Yên"
    assert [t["text"] for t in result["tasks"]] == [
        "đẩy mạnh thông tin về tiềm năng du lịch biển của tỉnh",
        "phối hợp với Bộ Ngoại giao tổ chức đón phóng viên nước ngoài",
    ]


def test_a_joint_programme_issued_by_two_bodies_is_the_first_ones(directory):
    result = read(
        "Bộ Quốc phòng và Bộ Thông tin và Truyền thông đã ban hành Chương trình phối hợp số "
        "210/CTr-BQP-BTTTT ngày 05/3/2020 về thông tin đối ngoại giai đoạn 2020-2025.\n"
        "Trên cơ sở Chương trình này, Sở Thông tin và Truyền thông các tỉnh phối hợp xây dựng "
        "kế hoạch hằng năm.\n"
    )
    assert (result["doc_type"], result["plan_number"], result["issued_date"]) == (
        "news_about_plan",
        "210/CTr-BQP-BTTTT",
        "2020-03-05",
    )
    assert (result["issuer"], result["level"]) == ("Bộ Quốc phòng", "national")
    assert result["period"] == {"from_year": 2020, "to_year": 2025}
    assert [t["text"] for t in result["tasks"]] == [
        "Sở Thông tin và Truyền thông các tỉnh phối hợp xây dựng kế hoạch hằng năm"
    ]


# --- Forms of the sixth batch (issue 12, fifth pass) ----------------------------------------


def test_a_standing_boards_guidance_in_its_own_words_is_its_committees(directory):
    result = read(
        "Căn cứ Hướng dẫn số 05-HD/BTGTW ngày 10/01/2022 của Ban Tuyên giáo Trung ương về "
        "tuyên truyền biên giới năm 2022; Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh hướng dẫn "
        "công tác tuyên truyền biên giới năm 2022 trong hệ thống Mặt trận như sau:\n"
        "1. Mục đích\n"
    )
    assert result["doc_type"] == "other"
    assert (result["issuer"], result["level"]) == (
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "province",
    )
    assert result["period"] == {"from_year": 2022, "to_year": 2022}  # the year it guides
    assert [b["identifier"] for b in result["legal_bases"]] == ["05-HD/BTGTW"]


def test_a_basis_cited_in_the_body_of_a_plan_is_not_its_basis(directory):
    result = read(
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 12/KH-UBND\nPhú Yên, ngày 10 tháng 01 năm 2024\n"
        "KẾ HOẠCH\nThông tin đối ngoại năm 2024\n"
        "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ;\n"
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n"
        "I. NHIỆM VỤ\n1. Tuyên truyền về biển đảo.\n"
        "II. TỔ CHỨC THỰC HIỆN\n"
        "1. Căn cứ Kế hoạch này và Quyết định số 45/QĐ-UBND ngày 02/3/2023 của Ủy ban nhân dân "
        "tỉnh, các sở, ngành xây dựng kế hoạch thực hiện.\n"
    )
    assert [b["identifier"] for b in result["legal_bases"]] == ["72/2015/NĐ-CP"]


def test_a_basis_running_on_in_a_paragraph_stops_at_its_sentence(directory):
    result = read(
        "Phú Yên ban hành kế hoạch thông tin đối ngoại năm 2024\n"
        "Căn cứ Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị, UBND tỉnh Phú Yên vừa ban "
        "hành Kế hoạch thông tin đối ngoại năm 2024. Kế hoạch đề ra nhiệm vụ quán triệt Nghị "
        "quyết số 47/NQ-CP ngày 15/4/2024 và Quyết định số 1079/QĐ-TTg ngày 14/9/2022.\n"
    )
    assert [b["identifier"] for b in result["legal_bases"]] == ["57-KL/TW"]
    letter = read(
        "Căn cứ tình hình thực tế, Sở Thông tin và Truyền thông tỉnh Phú Yên đề nghị các cơ quan "
        "báo chí thực hiện Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư như sau:\n"
        "- Tuyên truyền về biển đảo.\n"
    )
    assert letter["legal_bases"] == []  # "Căn cứ" that cites no document at its head
    assert letter["issuer"] == "Sở Thông tin và Truyền thông tỉnh Phú Yên"


def test_a_committees_office_and_the_government_as_issuers(directory):
    office = read(
        "Văn phòng UBND tỉnh Phú Yên vừa ban hành Công văn số 123/VP-KGVX ngày 5/3/2024 về việc "
        "tăng cường công tác thông tin đối ngoại.\n"
    )
    assert (office["doc_type"], office["plan_number"], office["issuer"], office["level"]) == (
        "other",
        "123/VP-KGVX",
        "Văn phòng Ủy ban nhân dân tỉnh Phú Yên",
        "province",
    )
    programme = read(
        "Ngày 15/4/2024, Chính phủ ban hành Nghị quyết số 47/NQ-CP ban hành Chương trình hành "
        "động của Chính phủ đến năm 2030 thực hiện Kết luận số 57-KL/TW.\n"
    )
    assert (programme["doc_type"], programme["plan_number"], programme["issuer"]) == (
        "news_about_plan",
        "47/NQ-CP",
        "Chính phủ",
    )
    assert programme["level"] == "national"
    # "đến năm 2030" names the end only: from the year it is issued
    assert programme["period"] == {"from_year": 2024, "to_year": 2030}


def test_a_scheme_until_a_year_approved_in_december_runs_from_the_next(directory):
    result = read(
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 3001/QĐ-UBND\nPhú Yên, ngày 28 tháng 12 năm 2024\n"
        "QUYẾT ĐỊNH\nPHÊ DUYỆT ĐỀ ÁN QUẢNG BÁ HÌNH ẢNH TỈNH PHÚ YÊN ĐẾN NĂM 2030\n"
        "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\n"
        "Căn cứ Nghị quyết số 47/NQ-CP ngày 15 tháng 4 năm 2024 của Chính phủ;\n"
        "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt Đề án kèm theo Quyết định này.\n"
    )
    assert (result["doc_type"], result["plan_number"]) == ("plan", "3001/QĐ-UBND")
    assert result["period"] == {"from_year": 2025, "to_year": 2030}
    assert [b["identifier"] for b in result["legal_bases"]] == ["47/NQ-CP"]


def test_a_year_of_many_results_is_a_review(directory):
    result = read(
        "Năm 2023, công tác thông tin đối ngoại của tỉnh Phú Yên đạt nhiều kết quả quan trọng. "
        "Các cơ quan báo chí đã đăng 500 tin bài.\n"
    )
    assert result["doc_type"] == "report"
    assert result["period"] == {"from_year": 2023, "to_year": 2023}


def test_a_meeting_setting_out_a_years_work_is_news_of_the_meeting(directory):
    result = read(
        "Sáng 5/6, BCĐ công tác TTĐN tỉnh Phú Yên tổ chức hội nghị triển khai nhiệm vụ năm 2024.\n"
    )
    assert (result["doc_type"], result["period"]) == ("other", None)
    assert result["issuer"] == "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Phú Yên"


def test_the_documents_a_plan_implements_are_neither_its_date_nor_its_bases(directory):
    implemented = read(
        "Thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị, ngày 5/3/2024, UBND "
        "tỉnh Phú Yên ban hành Kế hoạch số 45/KH-UBND về thông tin đối ngoại.\n"
    )
    assert implemented["issued_date"] == "2024-03-05"  # not the conclusion's date, cited first
    assert [b["identifier"] for b in implemented["legal_bases"]] == ["57-KL/TW"]
    subject = read(
        "Ngày 5/3/2024, UBND tỉnh Phú Yên ban hành Kế hoạch số 45/KH-UBND triển khai thực hiện "
        "Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị và Nghị quyết số 47/NQ-CP ngày "
        "15/4/2024 của Chính phủ.\n"
    )
    # what the plan implements, named in its subject, is not a basis: neither the first
    # document nor the one joined to it by "và"
    assert subject["legal_bases"] == []


# ---------------------------------------------------------------------------------------
# Metadata, eighth batch (issue 12, meta8 pass): the body a meeting, a visit or a letter
# belongs to, the place a text is about, and the dates and periods news items give.
# ---------------------------------------------------------------------------------------


def test_a_district_committee_draft_action_plan_with_the_tone_on_the_u(directory):
    result = read(
        "ĐẢNG BỘ TỈNH YÊN BÁI ĐẢNG CỘNG SẢN VIỆT NAM\n\nHUYỆN UỶ LỤC YÊN\n***\n"
        "Số: -KH/HU Lục Yên, ngày tháng năm 2023\nDỰ THẢO\nKẾ HOẠCH HÀNH ĐỘNG\n"
        "thực hiện Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị\n\n"
        "Thực hiện Kết luận số 57-KL/TW, ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng "
        "cao chất lượng công tác thông tin đối ngoại, Ban Thường vụ Huyện ủy ban hành Kế "
        "hoạch hành động, cụ thể như sau:\nI. MỤC ĐÍCH, YÊU CẦU\n"
        "1. Nâng cao nhận thức của cán bộ, đảng viên về công tác thông tin đối ngoại.\n"
    )
    assert result["doc_type"] == "plan"
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Huyện ủy Lục Yên",
        "district",
        "Lục Yên",
    )
    # A draft leaves its number and day blank; the year of a blank date is no period.
    assert (result["plan_number"], result["issued_date"], result["period"]) == (None, None, None)
    assert [b["identifier"] for b in result["legal_bases"]] == ["57-KL/TW"]


def test_a_plan_number_without_symbol_and_the_date_of_what_it_implements(directory):
    result = read(
        "Nâng cao hiệu quả đối ngoại nhân dân\n\nCập nhật ngày: 12/08/2022\n\n"
        "Tỉnh ủy Phú Yên vừa ban hành Kế hoạch số 41 triển khai thực hiện Chỉ thị số 12 "
        "ngày 5/1/2022 của Ban Bí thư về công tác đối ngoại nhân dân.\n"
    )
    assert result["plan_number"] == "41"
    assert result["issued_date"] is None  # the directive's date, not the plan's


def test_a_letters_period_is_the_year_closing_the_name_of_its_subject(directory):
    result = read(
        "Tuyên truyền năm hữu nghị\n\n"
        "Ngày 4/8/2022, Sở Thông tin và Truyền thông ban hành Công văn số 512/STTTT-TTBC về "
        "việc tuyên truyền “Năm Hữu nghị Việt Nam - Campuchia 2022”.\n"
    )
    assert result["period"] == {"from_year": 2022, "to_year": 2022}


def test_a_decision_approving_a_scheme_named_without_the_word_so(directory):
    result = read(
        "Quảng bá hình ảnh quốc gia\n\n"
        "Ngày 3/5/2021, Thủ tướng Chính phủ ban hành Quyết định 612/QĐ-TTg về việc phê duyệt "
        "Đề án quảng bá hình ảnh quốc gia đến năm 2030.\n"
    )
    assert (result["doc_type"], result["plan_number"], result["issued_date"]) == (
        "news_about_plan",
        "612/QĐ-TTg",
        "2021-05-03",
    )
    assert (result["issuer"], result["level"]) == ("Thủ tướng Chính phủ", "national")


# --- periods, numbers and dates told in other forms (04/12/2026) ----------------------------


def test_a_vision_after_the_period_is_not_the_period(directory):
    result = read(
        "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\nSố: 31/KH-UBND\nPhú Yên, ngày 02 tháng 3 năm 2016\n\n"
        "KẾ HOẠCH\nPhát triển văn hóa đối ngoại của tỉnh đến năm 2020, tầm nhìn đến năm 2035\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Quảng bá văn hóa của tỉnh ra nước ngoài.\n"
    )
    assert result["period"] == {"from_year": 2016, "to_year": 2020}


def test_a_scheme_named_only_by_its_end_runs_from_the_year_after_it_was_approved(directory):
    # (the corpus's convention read on 05/12/2026: a decision approving a scheme "đến năm X"
    # runs from the year after the decision; until batch 20 this test said its own year)
    result = read(
        "Ngày 09/5/2023, Thủ tướng Chính phủ ban hành Quyết định 512/QĐ-TTg về việc phê duyệt "
        'Đề án "Quảng bá hình ảnh quốc gia ở nước ngoài đến năm 2030".\n\n'
        "Đề án nhằm nâng cao vị thế của đất nước.\n"
    )
    assert (result["plan_number"], result["issued_date"]) == ("512/QĐ-TTg", "2023-05-09")
    assert result["period"] == {"from_year": 2024, "to_year": 2030}


def test_a_decision_about_a_plan_gives_the_plan_its_number_and_date(directory):
    result = read(
        "Phú Yên ban hành Kế hoạch thông tin đối ngoại giai đoạn 2026-2030\n\n"
        "Ngày 20/11, UBND tỉnh ban hành Quyết định số 1203/QĐ-UBND về Kế hoạch thông tin đối "
        "ngoại tỉnh Phú Yên giai đoạn 2026-2030 (đăng ngày 22/11/2025).\n"
    )
    assert (result["plan_number"], result["issued_date"]) == ("1203/QĐ-UBND", "2025-11-20")


def test_the_date_after_the_number_of_what_a_body_issues_is_its_date(directory):
    result = read(
        "Thực hiện Chỉ thị số 12-CT/TW ngày 05/01/2022 của Ban Bí thư, Ban Dân vận Trung ương "
        "ban hành Hướng dẫn số 40-HD/BDVTW ngày 18/3/2022 về tuyên truyền công tác đối ngoại "
        "nhân dân.\n"
    )
    assert (result["plan_number"], result["issued_date"]) == ("40-HD/BDVTW", "2022-03-18")


def test_a_document_told_by_its_subject_with_its_number_in_brackets(directory):
    result = read(
        "Tuyên truyền về biên giới năm 2024\n\n"
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Yên vừa ban hành hướng dẫn "
        "công tác tuyên truyền về biên giới năm 2024 (Hướng dẫn số 15/HD-MTTQ-BTT ngày "
        "08/01/2024).\n\nHướng dẫn nêu rõ các nội dung tuyên truyền.\n"
    )
    assert (result["plan_number"], result["issued_date"]) == ("15/HD-MTTQ-BTT", "2024-01-08")
    assert result["period"] == {"from_year": 2024, "to_year": 2024}
    assert result["issuer"] == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Yên"


# --- headers and subjects in more forms (04/12/2026) ---------------------------------------


def test_a_guidance_names_its_year_and_its_bases_in_its_preamble(directory):
    result = read(
        "ỦY BAN MTTQ VIỆT NAM\nTỈNH PHÚ YÊN\nBAN THƯỜNG TRỰC\n\nSố: 05/HD-MTTQ-BTT\n\n"
        "Phú Yên, ngày 20 tháng 02 năm 2022\n\nHƯỚNG DẪN\n\n"
        "Công tác đối ngoại nhân dân năm 2022\n\n"
        "Thực hiện Hướng dẫn số 20/HD-MTTW-BTT, ngày 25/01/2022 của Ban Thường trực Ủy ban "
        "Trung ương Mặt trận Tổ quốc Việt Nam về công tác đối ngoại nhân dân, Ban Thường trực "
        "hướng dẫn như sau:\n\nI. NỘI DUNG\n1. Tuyên truyền về đối ngoại nhân dân.\n"
    )
    assert result["period"] == {"from_year": 2022, "to_year": 2022}
    assert [(b["identifier"], b["date"]) for b in result["legal_bases"]] == [
        ("20/HD-MTTW-BTT", "2022-01-25")
    ]


def test_a_news_items_opening_sentence_cites_the_basis_of_the_plan_it_announces(directory):
    result = read(
        "Thực hiện Quyết định số 1191/QĐ-TTg ngày 14/8/2017 của Thủ tướng Chính phủ về "
        "thông tin đối ngoại. Ngày 05/10/2017, UBND tỉnh Phú Yên đã ban hành Kế hoạch số "
        "120/KH-UBND về thông tin đối ngoại năm 2018.\n"
    )
    assert result["plan_number"] == "120/KH-UBND"
    assert [(b["identifier"], b["date"]) for b in result["legal_bases"]] == [
        ("1191/QĐ-TTg", "2017-08-14")
    ]


def test_a_plan_named_by_its_number_without_symbol_or_so(directory):
    result = read(
        "Thành phố Tuy Hòa vừa ban hành Kế hoạch 215 về tuyên truyền biển, đảo năm 2021.\n"
    )
    assert result["plan_number"] == "215"
    assert (
        read("UBND tỉnh Phú Yên vừa ban hành Kế hoạch 2024 về thông tin đối ngoại.\n")[
            "plan_number"
        ]
        is None
    )  # a year, not a number


# ---------------------------------------------------------------------------------------
# Reports and letters (meta11): the forms Vietnamese administrative writing gives a report's
# or a letter's number, date, period and issuer, formal and told as news.
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a report's heading under the committee is no newspaper ("BÁO CÁO" is not "Báo …")
            "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nSố: 45/BC-UBND\n\nQuảng Ngãi, ngày 15 tháng 12 "
            "năm 2023\n\nBÁO CÁO\nKết quả công tác thông tin đối ngoại năm 2023\n\nI. KẾT QUẢ\n",
            {
                "doc_type": "report",
                "plan_number": "45/BC-UBND",
                "issued_date": "2023-12-15",
                "period": (2023, 2023),
                "issuer": "Ủy ban nhân dân tỉnh Quảng Ngãi",
                "locality": "Quảng Ngãi",
            },
        ),
        (
            "UBND TỈNH BẮC KẠN\n\nSố: 301 /BC - UBND\n\nBắc Kạn, ngày 2 tháng 6 năm 2021\n\n"
            "BÁO CÁO\nSơ kết 6 tháng đầu năm 2021 công tác thông tin đối ngoại\n",
            {
                "doc_type": "report",
                "plan_number": "301/BC-UBND",
                "period": (2021, 2021),
                "issuer": "Ủy ban nhân dân tỉnh Bắc Kạn",
            },
        ),
        (  # a committee's office alone on its line under the committee
            "UBND TỈNH LẠNG SƠN\nVĂN PHÒNG\n\nSố: 210/VP-KGVX\nV/v triển khai Kết luận số "
            "57-KL/TW\n\nLạng Sơn, ngày 14 tháng 9 năm 2023\n\nKính gửi: Sở Thông tin và "
            "Truyền thông\n",
            {
                "doc_type": "other",
                "plan_number": "210/VP-KGVX",
                "issued_date": "2023-09-14",
                "issuer": "Văn phòng Ủy ban nhân dân tỉnh Lạng Sơn",
                "level": "province",
                "locality": "Lạng Sơn",
            },
        ),
        (  # the centre in capitals keeps its capital
            "BAN CHỈ ĐẠO CÔNG TÁC THÔNG TIN ĐỐI NGOẠI TRUNG ƯƠNG\n\nSố: 1261-CV/TTĐN\nV/v kéo "
            "dài thời gian nhận tác phẩm\n\nHà Nội, ngày 15 tháng 7 năm 2021\n\nKính gửi: Ban "
            "Chỉ đạo công tác thông tin đối ngoại các tỉnh, thành phố\n",
            {
                "plan_number": "1261-CV/TTĐN",
                "issuer": "Ban Chỉ đạo công tác thông tin đối ngoại Trung ương",
                "level": "national",
            },
        ),
        (  # a telegram
            "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN\n\nSố: 15/CĐ-UBND\n\nNghệ An, ngày 9 tháng 9 năm 2023"
            "\n\nCÔNG ĐIỆN\nVề việc tăng cường công tác thông tin đối ngoại\n",
            {"doc_type": "other", "plan_number": "15/CĐ-UBND", "issued_date": "2023-09-09"},
        ),
        (  # "V/v:" and "Kính gửi" without colon
            "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n\nSố: 348/UBND-GD\nV/v: tiếp tục đẩy mạnh công tác "
            "thông tin đối ngoại\n\nPhú Yên, ngày 13 tháng 01 năm 2021\n\nKính gửi các sở, ban, "
            "ngành tỉnh\n\nThực hiện Kế hoạch số 236/KH-UBND ngày 16/11/2020 của UBND tỉnh về "
            "thông tin đối ngoại năm 2021, Chủ tịch UBND tỉnh có ý kiến như sau:\n",
            {"doc_type": "other", "plan_number": "348/UBND-GD", "issued_date": "2021-01-13"},
        ),
        (  # no letter marks: the number across from the place and date is the letter's
            "ỦY BAN NHÂN DÂN\nTỈNH ĐỒNG NAI\n\nSố: 2210/UBND-KGVX\n\nĐồng Nai, ngày 3 tháng 4 "
            "năm 2022\n\nVề việc tuyên truyền biển, đảo\n\nThực hiện Kế hoạch số 55/KH-UBND của "
            "UBND tỉnh, Chủ tịch UBND tỉnh có ý kiến như sau:\n",
            {"plan_number": "2210/UBND-KGVX", "issued_date": "2022-04-03"},
        ),
        (  # a symbol with a small letter inside a part ("SNgV": Sở Ngoại vụ)
            "UBND TỈNH QUẢNG NINH\nSỞ NGOẠI VỤ\n\nSố: 456/SNgV-VP\nV/V tuyên truyền đối ngoại\n\n"
            "Quảng Ninh, ngày 3 tháng 5 năm 2022\n\nKính gửi: Các sở, ban, ngành\n",
            {"plan_number": "456/SNgV-VP", "issued_date": "2022-05-03"},
        ),
        (  # the page's menus push the document below the first 1,500 characters
            "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản chỉ đạo điều hành | Liên hệ\n"
            * 22
            + "ỦY BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\n\nSố: 2045/UBND-KGVX\nV/v tăng cường công tác "
            "thông tin đối ngoại năm 2022\n\nĐiện Biên, ngày 18 tháng 7 năm 2022\n\nKính gửi: "
            "Các sở, ban, ngành tỉnh\n",
            {
                "plan_number": "2045/UBND-KGVX",
                "issued_date": "2022-07-18",
                "period": (2022, 2022),
                "issuer": "Ủy ban nhân dân tỉnh Điện Biên",
            },
        ),
    ],
)
def test_a_formal_report_or_letter_read_from_its_header(directory, text, expected):
    assert_read(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "văn bản" with its number and no "số"
            "UBND tỉnh Hòa Bình vừa ban hành văn bản 1033/UBND-KTTH về việc tăng cường công tác "
            "thông tin đối ngoại năm 2023.\n",
            {"doc_type": "other", "plan_number": "1033/UBND-KTTH", "period": (2023, 2023)},
        ),
        (
            "Ngày 10/4/2022, UBND tỉnh Quảng Trị có Công văn 1550/UBND-NC về việc tuyên truyền "
            "biển, đảo.\n",
            {"plan_number": "1550/UBND-NC", "issued_date": "2022-04-10"},
        ),
        (  # a telegram the chair signs
            "Chủ tịch UBND tỉnh Kiên Giang vừa ký Công điện số 05/CĐ-UBND về việc tăng cường "
            "tuyên truyền chủ quyền biển, đảo.\n",
            {"plan_number": "05/CĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh Kiên Giang"},
        ),
        (  # an urgent letter
            "UBND tỉnh Quảng Bình vừa ban hành Công văn hỏa tốc số 1985/UBND-NC về việc tuyên "
            "truyền chủ quyền biển, đảo.\n",
            {"plan_number": "1985/UBND-NC", "issuer": "Ủy ban nhân dân tỉnh Quảng Bình"},
        ),
        (  # the year of what it asks, with no "về"
            "UBND tỉnh Vĩnh Phúc vừa có Công văn số 1033/UBND-KTTH đề nghị các sở, ban, ngành "
            "triển khai công tác thông tin đối ngoại năm 2024.\n",
            {"doc_type": "other", "plan_number": "1033/UBND-KTTH", "period": (2024, 2024)},
        ),
        (
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Thuận ban hành Văn bản số 880/SVHTTDL-VP "
            "hướng dẫn tuyên truyền kỷ niệm các ngày lễ lớn năm 2021.\n",
            {"plan_number": "880/SVHTTDL-VP", "period": (2021, 2021), "level": "department"},
        ),
        (  # a letter told by what it asks, without its number
            "Sở Thông tin và Truyền thông tỉnh Phú Thọ có văn bản hướng dẫn các cơ quan báo chí "
            "tuyên truyền về biển, đảo năm 2022.\n",
            {"doc_type": "other", "plan_number": None, "period": (2022, 2022)},
        ),
        (  # the letter first, its author after it
            "Tại Công văn số 1234/UBND-VX ngày 5/3/2021, UBND tỉnh Quảng Nam yêu cầu các sở, "
            "ban, ngành tăng cường công tác thông tin đối ngoại năm 2021.\n",
            {
                "doc_type": "other",
                "plan_number": "1234/UBND-VX",
                "issued_date": "2021-03-05",
                "period": (2021, 2021),
                "issuer": "Ủy ban nhân dân tỉnh Quảng Nam",
            },
        ),
        (
            "Công văn số 456/UBND-KGVX ngày 12/4/2023 của UBND tỉnh Trà Vinh về việc triển khai "
            "công tác thông tin đối ngoại năm 2023 nêu rõ các nhiệm vụ trọng tâm.\n",
            {
                "plan_number": "456/UBND-KGVX",
                "issued_date": "2023-04-12",
                "issuer": "Ủy ban nhân dân tỉnh Trà Vinh",
            },
        ),
        (  # a headline naming a plan with no body does not make the item news of a plan
            "Triển khai kế hoạch thông tin đối ngoại năm 2021\n\nNgày 20/1/2021, UBND tỉnh Hưng "
            "Yên ban hành Công văn số 150/UBND-KGVX về việc triển khai Kế hoạch số 12/KH-UBND về "
            "công tác thông tin đối ngoại năm 2021.\n",
            {"doc_type": "other", "plan_number": "150/UBND-KGVX", "issued_date": "2021-01-20"},
        ),
        (
            "Văn phòng Chính phủ vừa có Công văn số 2403/VPCP-QHQT truyền đạt ý kiến chỉ đạo của "
            "Thủ tướng Chính phủ về công tác thông tin đối ngoại.\n",
            {"issuer": "Văn phòng Chính phủ", "level": "national"},
        ),
    ],
)
def test_news_of_a_letter_in_its_forms(directory, text, expected):
    assert_read(text, expected)


def test_a_letter_cited_first_by_another_body_is_not_the_items_letter(directory):
    result = read(
        "Theo Công văn số 88/BTTTT-TTĐN của Bộ Thông tin và Truyền thông, UBND tỉnh Phú Yên "
        "đề nghị các sở tăng cường thông tin đối ngoại.\n"
    )
    assert result["plan_number"] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a report quoted, its body after "Báo cáo của"
            "Báo cáo của UBND tỉnh Đồng Tháp cho biết, năm 2022 công tác thông tin đối ngoại được "
            "triển khai đồng bộ, đạt nhiều kết quả tích cực.\n",
            {
                "doc_type": "report",
                "period": (2022, 2022),
                "issuer": "Ủy ban nhân dân tỉnh Đồng Tháp",
                "level": "province",
            },
        ),
        (
            "Theo báo cáo của UBND tỉnh, trong năm 2021, các sở, ngành đã tổ chức nhiều hoạt động "
            "thông tin đối ngoại.\n",
            {"doc_type": "report", "issuer": "Ủy ban nhân dân tỉnh", "locality": None},
        ),
        (  # the subject after "Tại hội nghị …,"
            "Tại Hội nghị tổng kết công tác thông tin đối ngoại năm 2017 diễn ra ngày 15/1, Ban "
            "Chỉ đạo công tác thông tin đối ngoại tỉnh Quảng Trị đề ra 7 nhiệm vụ trọng tâm năm "
            "2018.\n",
            {
                "doc_type": "report",
                "period": (2017, 2017),
                "issuer": "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Quảng Trị",
            },
        ),
        (  # the head of the body chairs the meeting
            "Sáng 9/1, hội nghị tổng kết công tác thông tin đối ngoại năm 2022 đã diễn ra. Đồng chí "
            "Nguyễn Văn An, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo công tác thông tin đối ngoại "
            "tỉnh Bắc Ninh chủ trì hội nghị.\n",
            {
                "doc_type": "report",
                "period": (2022, 2022),
                "issuer": "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Bắc Ninh",
            },
        ),
        (  # a year's work told without "đã", no body named
            "Thông tin đối ngoại góp phần quảng bá hình ảnh Phú Yên\n\nNăm 2018, tỉnh Phú Yên tổ "
            "chức và tham gia nhiều sự kiện xúc tiến đầu tư, quảng bá hình ảnh địa phương.\n",
            {"doc_type": "report", "period": (2018, 2018), "issuer": None, "locality": "Phú Yên"},
        ),
        (  # a briefing on a quarter's work
            "Sở Thông tin và Truyền thông tỉnh Kon Tum tổ chức giao ban công tác thông tin đối "
            "ngoại quý I năm 2023.\n",
            {"doc_type": "report", "period": (2023, 2023), "level": "department"},
        ),
        (  # the centre written in small letters
            "Sáng 10/1, Ban Tuyên giáo trung ương tổ chức Hội nghị tổng kết công tác tuyên giáo "
            "năm 2011, triển khai nhiệm vụ năm 2012.\n",
            {
                "doc_type": "report",
                "period": (2011, 2011),
                "issuer": "Ban Tuyên giáo Trung ương",
                "level": "national",
            },
        ),
        (  # the friendship union by its short name
            "Ngày 22/12, Liên hiệp hữu nghị tỉnh Quảng Nam tổ chức hội nghị tổng kết công tác năm "
            "2021.\n",
            {
                "doc_type": "report",
                "issuer": "Liên hiệp các tổ chức hữu nghị tỉnh Quảng Nam",
                "locality": "Quảng Nam",
            },
        ),
        (  # half a year reviewed with no year written: the item's own year
            "15/07/2023 10:20\n\nSáng 14/7, Sở Ngoại vụ tỉnh Cao Bằng tổ chức hội nghị sơ kết công "
            "tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm.\n",
            {"doc_type": "report", "period": (2023, 2023), "issued_date": None},
        ),
    ],
)
def test_news_of_a_review_in_its_forms(directory, text, expected):
    assert_read(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the plan issued in the year reviewed, told as done work
            "Sáng 10/1, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Điện Biên tổ chức hội nghị "
            "tổng kết công tác thông tin đối ngoại năm 2022. Năm 2022, Ban Chỉ đạo đã ban hành Kế "
            "hoạch số 15/KH-BCĐ về công tác thông tin đối ngoại năm 2022.\n",
            {
                "doc_type": "report",
                "plan_number": None,
                "period": (2022, 2022),
                "issuer": "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Điện Biên",
            },
        ),
        (
            "Ngày 6/1, Sở Thông tin và Truyền thông tỉnh Tây Ninh tổ chức hội nghị tổng kết công "
            "tác thông tin đối ngoại năm 2021. Trong năm, UBND tỉnh đã ban hành Kế hoạch số "
            "120/KH-UBND về thông tin đối ngoại năm 2021.\n",
            {
                "doc_type": "report",
                "plan_number": None,
                "issuer": "Sở Thông tin và Truyền thông tỉnh Tây Ninh",
                "level": "department",
            },
        ),
        (  # the next year's plan the review rolls out in the same sentence
            "Chiều 27/12, Liên hiệp các tổ chức hữu nghị tỉnh Nam Định tổ chức hội nghị tổng kết "
            "công tác năm 2023, triển khai kế hoạch công tác năm 2024.\n",
            {"doc_type": "report", "period": (2023, 2023)},
        ),
        (  # the venue named before the body that holds the review
            "Hội nghị tổng kết công tác thông tin đối ngoại năm 2020\n\nSáng 15/1, tại Hội trường "
            "UBND tỉnh, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Quảng Bình tổ chức hội nghị."
            "\n",
            {"issuer": "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Quảng Bình"},
        ),
    ],
)
def test_a_plan_told_inside_a_review_is_not_the_items_subject(directory, text, expected):
    assert_read(text, expected)


def test_news_of_a_plan_after_no_review_is_still_news_of_a_plan(directory):
    result = read(
        "Ngày 5/3/2024, UBND tỉnh Phú Yên đã ban hành Kế hoạch số 45/KH-UBND về công tác "
        "thông tin đối ngoại năm 2024.\n"
    )
    assert (result["doc_type"], result["plan_number"]) == ("news_about_plan", "45/KH-UBND")


def test_a_plan_cited_after_a_meeting_gives_no_number(directory):
    result = read(
        "Ngày 26/12/2019, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Hưng Yên tổ chức Hội nghị "
        "triển khai nhiệm vụ năm 2020.\n\nTriển khai Kế hoạch số 59 - KH/BCĐTTĐN ngày 28/01/2019, "
        "các sở, ngành thành viên đã chủ động xây dựng kế hoạch năm 2019.\n"
    )
    assert result["plan_number"] is None


def test_a_letter_carrying_out_a_scheme_until_a_year_has_no_period(directory):
    result = read(
        "Ngày 12/9/2023, UBND tỉnh Gia Lai ban hành Công văn số 2210/UBND-NC chỉ đạo triển khai "
        "Đề án “Tăng cường thông tin đối ngoại về biên giới đến năm 2030”.\n"
    )
    assert (result["plan_number"], result["period"]) == ("2210/UBND-NC", None)


@pytest.mark.parametrize(
    "opening",
    ["(baogialai.vn) – Thực hiện", "Thực hiện", "GLO - Thực hiện"],
)
def test_the_day_of_a_letter_carried_out_is_not_the_items_letters_day(directory, opening):
    result = read(
        f"{opening} Công văn số 146, ngày 15 tháng 3 năm 2021 của Ban Thường vụ Tỉnh ủy về việc "
        "tuyên truyền biên giới đất liền năm 2021, vừa qua, UBND tỉnh Gia Lai đã có công văn "
        "yêu cầu các sở, ngành tổ chức tuyên truyền.\n"
    )
    assert result["issued_date"] is None
    assert result["period"] == {"from_year": 2021, "to_year": 2021}
    assert result["issuer"] == "Ủy ban nhân dân tỉnh Gia Lai"


# (A committee placed by its province's Party committee, "Tỉnh ủy Lai Châu": in
# test_a_body_named_without_its_place_takes_the_place_the_text_names.)


@pytest.mark.parametrize(
    "card",
    [
        "Số hiệu: 1234/UBND-VX\nLoại văn bản: Công văn\nNơi ban hành: Tỉnh Bình Phước\n"
        "Ngày ban hành: 05/03/2021\n",
        "Số hiệu | 1234/UBND-VX | Loại văn bản | Công văn |\nNgày ban hành | 05/03/2021 | "
        "Ngày hiệu lực | Đã biết |\n",
    ],
)
def test_a_letters_number_and_day_on_a_legal_librarys_card(directory, card):
    result = read(
        card + "\nKính gửi: Các sở, ban, ngành\n\nỦy ban nhân dân tỉnh đề nghị các cơ quan "
        "thực hiện tốt công tác thông tin đối ngoại.\n"
    )
    assert (result["plan_number"], result["issued_date"]) == ("1234/UBND-VX", "2021-03-05")


def test_a_letters_header_flattened_onto_one_line(directory):
    result = read(
        "ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC Số: 1234/UBND-VX V/v tăng cường công tác thông tin đối "
        "ngoại CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Bình Phước, ngày 05 "
        "tháng 3 năm 2021 Kính gửi: Các sở, ban, ngành\n"
    )
    assert (result["plan_number"], result["issued_date"]) == ("1234/UBND-VX", "2021-03-05")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # results told in a sentence
            "Công tác thông tin đối ngoại năm 2019 của tỉnh Bình Định đã đạt được nhiều kết quả "
            "quan trọng, góp phần quảng bá hình ảnh địa phương.\n",
            {"doc_type": "report", "period": (2019, 2019), "issuer": None},
        ),
        (  # a year's work continuing in spite of something
            "Năm 2021, dù chịu ảnh hưởng của dịch COVID-19, Liên hiệp các tổ chức hữu nghị tỉnh "
            "Quảng Bình vẫn duy trì các hoạt động đối ngoại nhân dân.\n",
            {
                "doc_type": "report",
                "period": (2021, 2021),
                "issuer": "Liên hiệp các tổ chức hữu nghị tỉnh Quảng Bình",
            },
        ),
        (  # half a year, "Trong 6 tháng đầu năm …,"
            "Trong 6 tháng đầu năm 2022, Ủy ban MTTQ Việt Nam tỉnh Vĩnh Long đã phối hợp tổ chức "
            "nhiều hoạt động đối ngoại nhân dân.\n",
            {"doc_type": "report", "period": (2022, 2022)},
        ),
        (  # years of carrying out a programme
            "Qua 5 năm thực hiện Đề án tuyên truyền biên giới giai đoạn 2016 - 2020, tỉnh Cao "
            "Bằng đã tổ chức nhiều hoạt động.\n",
            {"doc_type": "report", "period": (2016, 2020)},
        ),
        (  # the body by its short name, in full in the headline
            "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Nghệ An: Thông tin đối ngoại linh hoạt"
            "\n\nChiều 17/1, Ban Chỉ đạo tổ chức Hội nghị tổng kết công tác thông tin đối ngoại "
            "năm 2022, triển khai nhiệm vụ năm 2023.\n",
            {
                "doc_type": "report",
                "issuer": "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Nghệ An",
                "level": "province",
                "locality": "Nghệ An",
            },
        ),
    ],
)
def test_a_review_told_as_narrative(directory, text, expected):
    assert_read(text, expected)


def test_a_quoted_documents_years_of_carrying_out_are_no_review(directory):
    result = read(
        "Sáng 20/9, Thị ủy tổ chức hội nghị quán triệt Kết luận số 57-KL/TW. Kết luận nêu rõ: Qua "
        "10 năm thực hiện Kết luận số 16-KL/TW về Chiến lược giai đoạn 2011 - 2020, công tác "
        "thông tin đối ngoại đạt kết quả quan trọng.\n"
    )
    assert result["doc_type"] == "other"


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "Ngày 3/4/2023, Sở Thông tin và Truyền thông tỉnh Lào Cai đã gửi Công văn số "
            "555/STTTT-TTBCXB đến các cơ quan báo chí về việc tuyên truyền biên giới.\n",
            "555/STTTT-TTBCXB",
        ),
        (
            "UBND tỉnh Quảng Ngãi vừa ra Công văn hỏa tốc số 777/UBND-NC yêu cầu tăng cường tuyên "
            "truyền chủ quyền biển, đảo.\n",
            "777/UBND-NC",
        ),
        (
            "Ngày 5/3/2024, UBND tỉnh Thái Nguyên ban hành CV số 888/UBND-KGVX về tăng cường thông "
            "tin đối ngoại năm 2024.\n",
            "888/UBND-KGVX",
        ),
    ],
)
def test_a_letter_sent_put_out_or_abbreviated(directory, text, number):
    result = read(text)
    assert (result["doc_type"], result["plan_number"]) == ("other", number)


@pytest.mark.parametrize(
    ("kind", "number", "heading"),
    [
        ("letter", "348/UBND-KGVX", "V/v tăng cường thông tin đối ngoại\n\n"),
        ("report", "45/BC-UBND", ""),
    ],
)
def test_a_place_and_date_written_in_figures(directory, kind, number, heading):
    result = read(
        f"UBND TỈNH PHÚ YÊN\n\nSố: {number}\n{heading}Phú Yên, ngày 13/01/2021\n\n"
        + ("Kính gửi: Các sở, ban, ngành\n" if kind == "letter" else "BÁO CÁO\nKết quả năm 2020\n")
    )
    assert (result["plan_number"], result["issued_date"]) == (number, "2021-01-13")


@pytest.mark.parametrize(
    "named",
    [
        "Kế hoạch 45/KH-UBND ngày 15/3/2024",  # without "số"
        "KH số 45/KH-UBND ngày 15/3/2024",  # the kind by its initials
        "Kế hoạch số 45/KH-UBND (ngày 15.3.2024)",  # the day in brackets, with dots
        "Kế hoạch số 45/KH-UBND, ngày 15-3-2024",
    ],
)
def test_a_plan_announced_with_its_number_and_day_in_other_forms(directory, named):
    result = read(
        f"UBND tỉnh Quảng Trị vừa ban hành {named} về công tác thông tin đối ngoại năm 2024.\n"
    )
    assert (result["doc_type"], result["plan_number"], result["issued_date"]) == (
        "news_about_plan",
        "45/KH-UBND",
        "2024-03-15",
    )


# --- meta13: type, number, date and period on unseen forms ----------------------------------


@pytest.mark.parametrize(
    ("title", "period"),
    [
        ("Thông tin đối ngoại tỉnh Phú Yên năm 2024 và những năm tiếp theo", (2024, None)),
        ("THÔNG TIN ĐỐI NGOẠI NĂM 2019\nVÀ CÁC NĂM TIẾP THEO", (2019, None)),
        ("Thông tin đối ngoại năm 2024, các năm tiếp theo", (2024, None)),
    ],
)
def test_meta13_a_period_with_no_end_has_no_end_year(directory, title, period):
    result = read(
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 15/KH-UBND\nPhú Yên, ngày 10 tháng 1 năm 2024\n\n"
        f"KẾ HOẠCH\n{title}\n\nI. MỤC ĐÍCH, YÊU CẦU\nNâng cao hiệu quả công tác.\n"
    )
    assert result["period"] == {"from_year": period[0], "to_year": period[1]}


def test_meta13_a_news_item_of_a_plan_with_no_end_year(directory):
    result = read(
        "UBND tỉnh Phú Yên vừa ban hành Kế hoạch số 77/KH-UBND ngày 05/3/2024 về thông tin đối "
        "ngoại năm 2024 và những năm tiếp theo.\nKế hoạch nhằm nâng cao hiệu quả công tác.\n"
    )
    assert result["period"] == {"from_year": 2024, "to_year": None}


@pytest.mark.parametrize("date", ["ngày 15 tháng 3 năm 2024", "ngày 15/3/2024"])
def test_meta13_a_plan_dated_in_words_keeps_the_period_its_title_names(directory, date):
    result = read(
        f"UBND tỉnh Lạng Sơn đã ban hành Kế hoạch số 56/KH-UBND {date} về công tác thông tin "
        "đối ngoại giai đoạn 2024 - 2025.\nKế hoạch nhằm nâng cao hiệu quả công tác.\n"
    )
    assert result["issued_date"] == "2024-03-15"
    assert result["period"] == {"from_year": 2024, "to_year": 2025}


@pytest.mark.parametrize(
    ("subject", "period"),
    [
        ("V/v tăng cường tuyên truyền Năm hữu nghị Việt Nam - Lào 2022", 2022),
        ("V/v hướng dẫn xây dựng kế hoạch công tác thông tin đối ngoại năm tới", 2025),
        ("V/v tuyên truyền về Năm Du lịch quốc gia “Phú Yên 2024”", 2024),
    ],
)
def test_meta13_a_letter_subject_names_its_year_without_nam_or_as_next_year(
    directory, subject, period
):
    result = read(
        f"ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 1234/UBND-KGVX\n{subject}\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Phú Yên, ngày 15 tháng 10 năm 2024\n\nKính gửi: Các sở, ban, ngành tỉnh\n\n"
        "UBND tỉnh đề nghị các cơ quan triển khai.\n"
    )
    assert result["period"] == {"from_year": period, "to_year": period}


def test_meta13_news_of_a_letter_on_next_years_plan(directory):
    result = read(
        "Ngày 15/10/2024, UBND tỉnh Phú Yên có Công văn số 4567/UBND-KGVX về việc xây dựng kế "
        "hoạch thông tin đối ngoại năm tới.\nTheo đó, UBND tỉnh đề nghị các sở xây dựng kế hoạch.\n"
    )
    assert result["period"] == {"from_year": 2025, "to_year": 2025}


@pytest.mark.parametrize(
    "subject",
    [
        "Tuyên truyền về Năm hữu nghị Việt Nam - Campuchia 2017",
        "Công tác đối ngoại nhân dân và công tác người Việt Nam ở nước ngoài\nnăm 2017",
    ],
)
def test_meta13_a_guidance_subject_names_its_year_on_its_lines(directory, subject):
    result = read(
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TUYÊN GIÁO\n*\nSố 28-HD/BTGTW\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        f"Hà Nội, ngày 27 tháng 3 năm 2017\n\nHƯỚNG DẪN\n{subject}\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Tuyên truyền sâu rộng.\n"
    )
    assert result["period"] == {"from_year": 2017, "to_year": 2017}


def test_meta13_a_plan_told_with_its_year_without_nam(directory):
    result = read(
        "Kế hoạch thông tin đối ngoại của tỉnh Phú Yên\nNgày 12/1/2024, UBND tỉnh Phú Yên ban "
        "hành Kế hoạch số 09/KH-UBND về hoạt động thông tin đối ngoại 2024.\nKế hoạch nhằm "
        "nâng cao hiệu quả công tác.\n"
    )
    assert result["period"] == {"from_year": 2024, "to_year": 2024}


def test_meta13_a_party_number_written_with_an_en_dash(directory):
    result = read(
        "BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TUYÊN GIÁO\n*\nSố 28 – HD/BTGTW\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Hà Nội, ngày 27 tháng 3 năm 2017\n\nHƯỚNG DẪN\nTuyên truyền biển, đảo năm 2017\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Tuyên truyền sâu rộng.\n"
    )
    assert result["plan_number"] == "28-HD/BTGTW"


@pytest.mark.parametrize(
    ("number", "heading"),
    [
        ("45/KH-UBND", "KẾ HOẠCH\nThông tin đối ngoại năm 2024"),
        ("1234/UBND-KGVX", "V/v tuyên truyền về biên giới năm 2024"),
        ("| 56/KH-UBND |", "KẾ HOẠCH\nThông tin đối ngoại năm 2024"),
    ],
)
def test_meta13_a_header_number_on_its_line_without_so(directory, number, heading):
    result = read(
        f"ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n-------\n{number}\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"Phú Yên, ngày 05 tháng 02 năm 2024\n\n{heading}\n\n"
        "Kính gửi: Các sở, ban, ngành tỉnh\n\nI. MỤC ĐÍCH\nNâng cao hiệu quả công tác.\n"
    )
    assert result["plan_number"] == number.strip("| ")


def test_meta13_a_plans_number_after_a_line_break_whatever_its_symbol(directory):
    result = read(
        "Kế hoạch công tác người Việt Nam ở nước ngoài năm 2024\n\n"
        "Ngày 19/03/2024, UBND tỉnh Phú Yên ban hành Kế hoạch số\n1033/UBND-KTTH triển khai "
        "công tác người Việt Nam ở nước ngoài năm 2024.\n\nKế hoạch xác định 06 nội dung.\n"
    )
    assert result["plan_number"] == "1033/UBND-KTTH"


@pytest.mark.parametrize("verb", ["quán triệt", "phổ biến", "triển khai thực hiện"])
def test_meta13_a_meeting_disseminating_a_plan_has_no_number_of_its_own(directory, verb):
    result = read(
        f"Ngày 5/11/2025, UBND xã Hòa Xuân tổ chức hội nghị {verb} Kế hoạch số 05/KH-UBND "
        "ngày 28/10/2025 của UBND xã về tuyên truyền biên giới năm 2025.\nTại hội nghị, đại "
        "biểu được nghe phổ biến các nội dung.\n"
    )
    assert result["doc_type"] == "other"
    assert result["plan_number"] is None


@pytest.mark.parametrize(
    ("headline", "body", "period"),
    [
        (
            "Tin trong tỉnh\nTổng kết công tác thông tin đối ngoại năm 2017, phương hướng nhiệm "
            "vụ năm 2018",
            "Năm 2017, công tác thông tin đối ngoại của tỉnh Phú Yên bám sát chủ trương của Đảng. "
            "Ban Chỉ đạo đã chủ động hướng dẫn các địa phương xây dựng kế hoạch, phân công trách "
            "nhiệm cho từng cơ quan.",
            2017,
        ),
        (
            "Sơ kết công tác đối ngoại 6 tháng đầu năm 2023",
            "6 tháng đầu năm 2023, Sở Ngoại vụ tỉnh Phú Yên đã tham mưu UBND tỉnh xây dựng kế "
            "hoạch đón tiếp các đoàn khách quốc tế.",
            2023,
        ),
    ],
)
def test_meta13_a_review_headline_over_a_plan_made_in_passing(directory, headline, body, period):
    result = read(f"{headline}\n\n{body}\n")
    assert result["doc_type"] == "report"
    assert result["period"] == {"from_year": period, "to_year": period}


def test_meta13_a_draft_report_quoted_with_its_year(directory):
    result = read(
        "Góp ý dự thảo báo cáo công tác đối ngoại của tỉnh\n\nTheo dự thảo báo cáo, năm 2025, "
        "công tác đối ngoại của tỉnh được triển khai đồng bộ, tiếp tục khởi sắc với nhiều hoạt "
        "động nổi bật.\n"
    )
    assert result["doc_type"] == "report"
    assert result["period"] == {"from_year": 2025, "to_year": 2025}


def test_meta13_a_bodys_account_of_a_period_opening_a_paragraph(directory):
    result = read(
        "Đẩy mạnh tuyên truyền về biển, đảo\n\nGiai đoạn 2016-2020, Sở Văn hóa và Thể thao tỉnh "
        "Phú Yên đã chủ động tham mưu triển khai công tác tuyên truyền, đạt được nhiều kết quả "
        "quan trọng.\n"
    )
    assert result["doc_type"] == "report"
    assert result["period"] == {"from_year": 2016, "to_year": 2020}


@pytest.mark.parametrize(
    ("posted", "opening"),
    [
        (" date 2023-10-05 Quang cảnh hội nghị", "Ngày 3/10"),
        ("(10:15 05/10/2023)", "Sáng 3/10"),
        ("(10:15 05/10/2023)", "Chiều ngày 3/10"),
    ],
)
def test_meta13_a_day_without_year_posted_year_first_or_at_a_time_of_day(
    directory, posted, opening
):
    result = read(
        f"Phú Yên tăng cường thông tin đối ngoại\n{posted}\n\n{opening}, UBND tỉnh Phú Yên ban "
        "hành Kế hoạch số 245/KH-UBND về công tác thông tin đối ngoại năm 2024.\nKế hoạch nhằm "
        "nâng cao hiệu quả công tác.\n"
    )
    assert result["issued_date"] == "2023-10-03"


def test_meta13_a_drafts_blank_day_gives_no_period(directory):
    result = read(
        "HUYỆN ỦY TRIỆU SƠN\n*\nSố -KH/HU\nTriệu Sơn, ngày      tháng      năm 2022\n\n"
        "KẾ HOẠCH HÀNH ĐỘNG\nthực hiện Kết luận số 57-KL/TW của Bộ Chính trị\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức.\n"
    )
    assert (result["plan_number"], result["issued_date"], result["period"]) == (None, None, None)


@pytest.mark.parametrize(
    ("heading", "doc_type", "period"),
    [
        (
            "CHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện công tác thông tin đối ngoại giai đoạn 2021 - 2025",
            "plan",
            (2021, 2025),
        ),
        ("ĐỀ ÁN\nQuảng bá hình ảnh tỉnh Phú Yên giai đoạn 2021 - 2025", "plan", (2021, 2025)),
        ("BÁO CÁO TÓM TẮT\nKết quả công tác thông tin đối ngoại năm 2023", "report", (2023, 2023)),
    ],
)
def test_meta13_programme_scheme_and_report_headings_in_more_words(
    directory, heading, doc_type, period
):
    result = read(
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 77/UBND\nPhú Yên, ngày 03 tháng 10 năm 2023\n\n"
        f"{heading}\n\nI. MỤC ĐÍCH\nNâng cao hiệu quả công tác.\n"
    )
    assert result["doc_type"] == doc_type
    assert result["period"] == {"from_year": period[0], "to_year": period[1]}


def test_meta13_news_of_a_decision_a_body_has_approving_a_plan(directory):
    result = read(
        "Tin trong tỉnh\n\nUBND tỉnh Phú Yên vừa có Quyết định số 345/QĐ-UBND phê duyệt Kế hoạch "
        "thông tin đối ngoại năm 2024.\nTheo đó, các cơ quan, đơn vị tổ chức thực hiện.\n"
    )
    assert (result["doc_type"], result["plan_number"]) == ("news_about_plan", "345/QĐ-UBND")


@pytest.mark.parametrize(
    "sentence",
    [
        "Ngày 12/3/2025, UBND tỉnh Phú Yên và 12 cơ quan báo chí ký kết Chương trình phối hợp "
        "tuyên truyền năm 2025.",
        "Sáng 12/3, UBND tỉnh Phú Yên đã ký kết chương trình phối hợp truyền thông với các cơ "
        "quan báo chí năm 2025.",
    ],
)
def test_meta13_a_joint_programme_told_through_its_signing(directory, sentence):
    result = read(f"(08:00 14/03/2025)\n{sentence}\nTheo đó, các cơ quan thực hiện.\n")
    assert result["doc_type"] == "news_about_plan"
    assert result["issued_date"] == "2025-03-12"
    assert result["period"] == {"from_year": 2025, "to_year": 2025}


def test_meta13_a_headline_names_the_plans_period_after_its_place(directory):
    result = read(
        "Phú Yên: Kế hoạch thông tin đối ngoại giai đoạn 2026 - 2030\nNgày 20/12/2025, UBND tỉnh "
        "Phú Yên ban hành Kế hoạch số 300/KH-UBND về công tác thông tin đối ngoại.\nKế hoạch "
        "nhằm nâng cao hiệu quả công tác.\n"
    )
    assert result["period"] == {"from_year": 2026, "to_year": 2030}


@pytest.mark.parametrize(
    ("number_label", "date_label", "kind", "subject", "doc_type"),
    [
        ("Số ký hiệu", "Ngày ban hành", "Công văn", "V/v tuyên truyền biên giới năm 2021", "other"),
        ("Số/Ký hiệu", "Ngày ký", "Công văn", "V/v tuyên truyền biên giới năm 2021", "other"),
        (
            "Số hiệu văn bản",
            "Ngày văn bản",
            "Kế hoạch",
            "Kế hoạch thông tin đối ngoại năm 2021",
            "plan",
        ),
    ],
)
def test_meta13_a_portals_card_gives_number_date_kind_and_subject(
    directory, number_label, date_label, kind, subject, doc_type
):
    result = read(
        f"Văn bản chỉ đạo điều hành\n{number_label}: 1234/UBND-KGVX\n{date_label}: 05/03/2021\n"
        f"Loại văn bản: {kind}\nCơ quan ban hành: UBND tỉnh Phú Yên\nTrích yếu: {subject}\n"
        "Tệp đính kèm: 1234.pdf\n"
    )
    assert (result["plan_number"], result["issued_date"]) == ("1234/UBND-KGVX", "2021-03-05")
    assert result["doc_type"] == doc_type
    assert result["period"] == {"from_year": 2021, "to_year": 2021}


def test_meta13_a_letter_header_flattened_on_one_line(directory):
    result = read(
        "BỘ THÔNG TIN VÀ TRUYỀN THÔNG ------- CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
        "Hạnh phúc --------------- Số: 3837/BTTTT-TTĐN V/v hướng dẫn xây dựng Kế hoạch công tác "
        "thông tin đối ngoại năm 2025 Hà Nội, ngày 20 tháng 9 năm 2024\n\nKính gửi: Ủy ban nhân "
        "dân các tỉnh, thành phố trực thuộc Trung ương\n\nBộ hướng dẫn như sau.\n"
    )
    assert (result["plan_number"], result["issued_date"]) == ("3837/BTTTT-TTĐN", "2024-09-20")
    assert result["period"] == {"from_year": 2025, "to_year": 2025}


def test_meta13_a_letters_subject_on_its_numbers_line(directory):
    result = read(
        "UBND TỈNH PHÚ YÊN\nSỞ NGOẠI VỤ\nSố: 208/SNgV-VP V/v tổ chức tuyên truyền năm 2022\n"
        "Phú Yên, ngày 14 tháng 02 năm 2022\n\nKính gửi: Các cơ quan báo chí\n\nSở đề nghị.\n"
    )
    assert result["period"] == {"from_year": 2022, "to_year": 2022}


def test_meta13_a_librarys_title_year_after_the_number_is_no_period(directory):
    result = read(
        "Kế hoạch 88/KH-UBND năm 2023 thực hiện Kế hoạch 120-KH/TU về nâng cao hiệu quả đối ngoại "
        "nhân dân do tỉnh Phú Yên ban hành\nSố hiệu: 88/KH-UBND\nNgày ban hành: 14/10/2023\n\n"
        "Thực hiện Kế hoạch số 120-KH/TU của Tỉnh ủy, UBND tỉnh ban hành kế hoạch như sau:\n"
        "I. MỤC ĐÍCH\nNâng cao nhận thức.\n"
    )
    assert result["period"] is None


def test_meta13_a_plan_until_a_year_with_no_year_of_issue_has_no_start(directory):
    result = read(
        "Phú Yên quảng bá văn hóa ra nước ngoài\n\nUBND tỉnh Phú Yên đã ban hành kế hoạch triển "
        "khai Chiến lược văn hóa đối ngoại trên địa bàn tỉnh đến năm 2025, tầm nhìn đến năm "
        "2030.\n\nKế hoạch nhằm quảng bá các giá trị văn hóa của tỉnh.\n"
    )
    assert result["period"] == {"from_year": None, "to_year": 2025}


@pytest.mark.parametrize(
    ("subject", "date"),
    [
        ("Hướng dẫn tuyên truyền về “Năm Hữu nghị Việt Nam - Campuchia 2022”", "2022-06-21"),
        ("Kế hoạch ngoại giao văn hóa năm 2019", "2019-06-21"),
    ],
)
def test_meta13_a_day_without_year_takes_the_year_of_what_it_issues(directory, subject, date):
    result = read(
        f"(PY) - Ngày 21.6, Ban Tuyên giáo Tỉnh ủy Phú Yên ban hành {subject}, nhằm thông tin "
        "rộng rãi tới các tầng lớp nhân dân.\nCác nội dung tuyên truyền chính là lịch sử quan hệ "
        "hai nước.\n"
    )
    assert result["issued_date"] == date


@pytest.mark.parametrize("posted", ["Thứ Năm, 05 Tháng 10 2023 08:30", "05 tháng 10, 2023 | 08:30"])
def test_meta13_a_posting_date_with_its_month_as_a_word(directory, posted):
    result = read(
        f"Phú Yên tăng cường thông tin đối ngoại\n{posted}\n\nNgày 3/10, UBND tỉnh Phú Yên ban "
        "hành Kế hoạch số 245/KH-UBND về công tác thông tin đối ngoại năm 2024.\nKế hoạch nhằm "
        "nâng cao hiệu quả công tác.\n"
    )
    assert result["issued_date"] == "2023-10-03"


def test_meta13_a_numbered_headers_date_line_without_its_place(directory):
    result = read(
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 15/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nngày 03 tháng 10 năm 2023\n\nKẾ HOẠCH\nThông tin đối ngoại "
        "năm 2024\n\nI. MỤC ĐÍCH\nNâng cao hiệu quả công tác.\n"
    )
    assert result["issued_date"] == "2023-10-03"


def test_meta13_a_day_in_brackets_before_the_issuing_body(directory):
    result = read(
        "(10:15 05/10/2023)\nMới đây (ngày 3/10), UBND tỉnh Phú Yên đã ban hành Kế hoạch số "
        "245/KH-UBND về công tác thông tin đối ngoại năm 2024.\nKế hoạch nhằm nâng cao hiệu quả.\n"
    )
    assert result["issued_date"] == "2023-10-03"


@pytest.mark.parametrize("dated", ["ký ngày 15/3/2024", "(15/3/2024)", "được ký ngày 15/3/2024"])
def test_meta13_a_plans_number_dated_by_its_signing_or_in_brackets(directory, dated):
    result = read(
        f"UBND tỉnh Phú Yên vừa ban hành Kế hoạch số 56/KH-UBND {dated} về thông tin đối ngoại "
        "năm 2024.\nKế hoạch nhằm nâng cao hiệu quả công tác.\n"
    )
    assert result["issued_date"] == "2024-03-15"


# -----------------------------------------------------------------------------------------
# meta15 (05/12/2026): type, number, date and period on forms the corpus had not shown;
# benchmarks/meta_matrix.py is the wider check behind them.
# -----------------------------------------------------------------------------------------


MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"


def _decision(province: str, number: str, date: str, subject: str) -> str:
    return (
        f"ỦY BAN NHÂN DÂN\nTỈNH {province.upper()}\n-------\nSố: {number}\n{MOTTO}"
        f"{province}, {date}\n\nQUYẾT ĐỊNH\n{subject}\n\n"
        f"CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH {province.upper()}\n\n"
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\n\n"
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n"
    )


@pytest.mark.parametrize(
    ("province", "subject", "date", "period"),
    [
        (
            "Quảng Trị",
            "Về việc ban hành Kế hoạch thông tin đối ngoại tỉnh Quảng Trị năm 2025",
            "ngày 05 tháng 3 năm 2025",
            {"from_year": 2025, "to_year": 2025},
        ),
        (
            "Lạng Sơn",
            "Ban hành Kế hoạch thực hiện công tác thông tin đối ngoại\ngiai đoạn 2026 - 2030",
            "ngày 12 tháng 01 năm 2026",
            {"from_year": 2026, "to_year": 2030},
        ),
        (
            "An Giang",
            "Phê duyệt Đề án quảng bá hình ảnh tỉnh An Giang ra nước ngoài đến năm 2030",
            "ngày 20 tháng 6 năm 2025",
            # (a scheme approved: from the year after, the convention read on 05/12/2026)
            {"from_year": 2026, "to_year": 2030},
        ),
    ],
)
def test_a_decision_whose_subject_under_its_heading_issues_a_plan_is_the_plan(
    directory, province, subject, date, period
):
    # Nghị định 30/2020 sets a decision's subject in ordinary case under "QUYẾT ĐỊNH".
    result = read(_decision(province, "12/QĐ-UBND", date, subject))
    assert result["doc_type"] == "plan"
    assert result["plan_number"] == "12/QĐ-UBND"
    assert result["period"] == period


def test_a_decision_issuing_a_regulation_in_ordinary_case_is_still_not_a_plan(directory):
    result = read(
        _decision(
            "Quảng Trị",
            "45/2025/QĐ-UBND",
            "ngày 05 tháng 3 năm 2025",
            "Ban hành Quy chế quản lý nhà nước về thông tin đối ngoại trên địa bàn tỉnh",
        )
    )
    assert result["doc_type"] == "other"


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("2025–2030", {"from_year": 2025, "to_year": 2030}),
        ("nhiệm kỳ 2025-2030", {"from_year": 2025, "to_year": 2030}),
        ("2026 - 2030", {"from_year": 2026, "to_year": 2030}),
    ],
)
def test_a_news_item_names_a_range_alone_or_a_term(directory, written, period):
    result = read(
        f"Triển khai công tác thông tin đối ngoại {written}\n"
        f"Ngày 05/3/2025, UBND tỉnh Lạng Sơn ban hành Kế hoạch số 12/KH-UBND về công tác "
        f"thông tin đối ngoại {written}.\n"
        "Theo đó, các sở, ngành tập trung tuyên truyền, quảng bá hình ảnh của tỉnh.\n"
    )
    assert result["doc_type"] == "news_about_plan"
    assert result["period"] == period


def test_an_anniversary_in_brackets_is_not_a_period(directory):
    result = read(
        "Ngày 05/3/2025, UBND tỉnh An Giang ban hành Kế hoạch số 12/KH-UBND về tuyên truyền "
        "kỷ niệm 80 năm Cách mạng tháng Tám (1945 - 2025).\n"
        "Theo đó, các sở, ngành tập trung tuyên truyền, quảng bá hình ảnh của tỉnh.\n"
    )
    assert result["period"] != {"from_year": 1945, "to_year": 2025}


@pytest.mark.parametrize(
    ("written", "period"),
    [
        ("2021–2025", {"from_year": 2021, "to_year": 2025}),
        ("nhiệm kỳ 2020-2025", {"from_year": 2020, "to_year": 2025}),
    ],
)
def test_a_review_of_a_range_written_alone_or_a_term(directory, written, period):
    result = read(
        f"Sáng 5/3, UBND tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác thông tin đối "
        f"ngoại {written}.\nCông tác thông tin đối ngoại đã đạt nhiều kết quả.\n"
    )
    assert result["doc_type"] == "report"
    assert result["period"] == period


@pytest.mark.parametrize(
    ("heading", "number", "subject", "period"),
    [
        (
            "HƯỚNG DẪN",
            "Số 12-HD/BTGDVTU",
            "Tuyên truyền biển, đảo giai đoạn 2025 - 2030",
            {"from_year": 2025, "to_year": 2030},
        ),
        (
            "HƯỚNG DẪN",
            "Số 08-HD/BTGDVTU",
            "Tuyên truyền về biên giới đất liền nhiệm kỳ 2025-2030",
            {"from_year": 2025, "to_year": 2030},
        ),
        (
            "KẾT LUẬN",
            "Số 15-KL/TU",
            "của Ban Thường vụ Tỉnh ủy về công tác thông tin đối ngoại năm 2026",
            {"from_year": 2026, "to_year": 2026},
        ),
    ],
)
def test_a_party_document_is_for_the_years_its_subject_names(
    directory, heading, number, subject, period
):
    result = read(
        f"TỈNH ỦY LẠNG SƠN\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\n{number}\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        f"Lạng Sơn, ngày 12 tháng 01 năm 2026\n\n{heading}\n{subject}\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao nhận thức của cán bộ, đảng viên.\n"
    )
    assert result["doc_type"] == "other"
    assert result["period"] == period


def test_a_directive_is_for_the_year_its_subject_names(directory):
    result = read(
        f"ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n-------\nSố: 03/CT-UBND\n{MOTTO}"
        "An Giang, ngày 20 tháng 01 năm 2025\n\nCHỈ THỊ\nVề tăng cường công tác thông tin "
        "đối ngoại năm 2025\n\nThời gian qua, công tác thông tin đối ngoại đạt nhiều kết quả.\n"
    )
    assert result["doc_type"] == "other"
    assert result["period"] == {"from_year": 2025, "to_year": 2025}


@pytest.mark.parametrize(
    ("subject", "period"),
    [
        ("giai đoạn 2025 - 2030", {"from_year": 2025, "to_year": 2030}),
        ("2025–2030", {"from_year": 2025, "to_year": 2030}),
    ],
)
def test_news_of_a_letter_for_a_range_of_years(directory, subject, period):
    result = read(
        f"Ngày 05/3/2025, UBND tỉnh Quảng Trị ban hành Công văn số 12/UBND-KGVX về việc "
        f"triển khai công tác thông tin đối ngoại {subject}.\n"
        "Theo đó, các sở, ngành tập trung tuyên truyền.\n"
    )
    assert result["doc_type"] == "other"
    assert result["period"] == period


def test_a_letter_carrying_out_what_runs_until_a_year_has_no_period_of_its_own(directory):
    result = read(
        f"ỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\n-------\nSố: 12/UBND-KGVX\n"
        "V/v triển khai Chiến lược ngoại giao văn hóa đến năm 2030, tầm nhìn đến năm 2045\n"
        f"{MOTTO}Quảng Trị, ngày 05 tháng 3 năm 2025\n\n"
        "Kính gửi:\n- Các sở, ban, ngành tỉnh.\n\nỦy ban nhân dân tỉnh đề nghị các cơ quan, "
        "đơn vị triển khai các nội dung sau:\n1. Tăng cường tuyên truyền.\n"
    )
    assert result["doc_type"] == "other"
    assert result["period"] is None


@pytest.mark.parametrize(
    ("heading", "symbol", "subject", "period"),
    [
        # A plan "đến năm 2030" dated 31 December runs from its year of issue.
        (
            "KẾ HOẠCH",
            "KH-UBND",
            "Thực hiện Chiến lược ngoại giao văn hóa đến năm 2030",
            {"from_year": 2025, "to_year": 2030},
        ),
        (
            "CHƯƠNG TRÌNH",
            "CTr-UBND",
            "Hoạt động đối ngoại của tỉnh đến năm 2030",
            {"from_year": 2025, "to_year": 2030},
        ),
        # A scheme approved in December, from the next year.
        (
            "ĐỀ ÁN",
            "ĐA-UBND",
            "Quảng bá hình ảnh tỉnh ra nước ngoài đến năm 2030",
            {"from_year": 2026, "to_year": 2030},
        ),
    ],
)
def test_a_plan_until_a_year_dated_in_december_runs_from_its_year_of_issue(
    directory, heading, symbol, subject, period
):
    result = read(
        f"ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\n-------\nSố: 275/{symbol}\n{MOTTO}"
        f"Lạng Sơn, ngày 31 tháng 12 năm 2025\n\n{heading}\n{subject}\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao hiệu quả công tác thông tin đối ngoại.\n"
    )
    assert result["doc_type"] == "plan"
    assert result["period"] == period


@pytest.mark.parametrize(
    ("lede", "period"),
    [
        (
            "Năm 2023, công tác đối ngoại của tỉnh Lạng Sơn tiếp tục đạt được kết quả tích "
            "cực, góp phần quảng bá hình ảnh địa phương.",
            {"from_year": 2023, "to_year": 2023},
        ),
        (
            "Năm 2024, hoạt động đối ngoại của tỉnh An Giang đạt được những kết quả quan trọng "
            "trên nhiều lĩnh vực.",
            {"from_year": 2024, "to_year": 2024},
        ),
        (
            "Ngày 20/02/2025, Sở Ngoại vụ tỉnh Quảng Trị làm việc với Ủy ban về người Việt Nam "
            "ở nước ngoài. Báo cáo tại hội nghị nêu rõ, năm 2024, hai bên đã duy trì kênh liên "
            "lạc hiệu quả.",
            {"from_year": 2024, "to_year": 2024},
        ),
        (
            "Từ đầu năm 2025 đến nay, Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn đã phối hợp "
            "tổ chức 12 hoạt động quảng bá hình ảnh địa phương ra nước ngoài.",
            {"from_year": 2025, "to_year": 2025},
        ),
        (
            "Trong 6 tháng đầu năm, toàn tỉnh An Giang có 42 đoàn khách nước ngoài vào làm việc. "
            "Liên hiệp chủ trì tổ chức đoàn công tác đi làm việc tại Hà Nội.",
            None,
        ),
    ],
)
def test_an_account_of_work_told_as_news_is_a_report_of_the_period_it_tells(
    directory, lede, period
):
    result = read(f"Hoạt động đối ngoại của tỉnh\n{lede}\n")
    assert result["doc_type"] == "report"
    assert (result["plan_number"], result["issued_date"]) == (None, None)
    assert result["period"] == period


def test_a_part_of_a_year_told_without_it_is_of_the_year_the_page_was_posted(directory):
    result = read(
        "Các đại biểu dự hội nghị.\nThứ Hai, 07/07/2025 | 10:00\n"
        "Trong 6 tháng đầu năm, toàn tỉnh Quảng Trị có 40 đoàn khách nước ngoài vào làm việc.\n"
    )
    assert result["doc_type"] == "report"
    assert result["period"] == {"from_year": 2025, "to_year": 2025}


def test_results_a_quoted_conclusion_states_do_not_make_a_meeting_a_report(directory):
    result = read(
        "Hội nghị quán triệt Kết luận về thông tin đối ngoại\n"
        "Sáng 5/3, Ban Thường vụ Thị ủy tổ chức hội nghị quán triệt kết luận của Ban Bí thư.\n"
        "Kết luận nêu rõ: Qua nhiều năm thực hiện, công tác thông tin đối ngoại đã đạt được "
        "kết quả quan trọng, góp phần nâng cao vị thế của đất nước.\n"
    )
    assert result["doc_type"] == "other"


@pytest.mark.parametrize(
    ("kind", "number"),
    [("Chương trình hành động", "12/CTr-UBND"), ("Đề án", "07/ĐA-UBND")],
)
def test_news_of_a_programme_or_scheme_numbered_without_so(directory, kind, number):
    result = read(
        f"Ngày 05/3/2025, UBND tỉnh Lạng Sơn ban hành {kind} {number} về quảng bá hình ảnh "
        "tỉnh năm 2025.\nTheo đó, các sở, ngành tập trung tuyên truyền.\n"
    )
    assert result["doc_type"] == "news_about_plan"
    assert result["plan_number"] == number


@pytest.mark.parametrize(
    ("sentence", "number", "date"),
    [
        (
            "Ngày 05/3/2025, Ban Thường vụ Tỉnh ủy Quảng Trị ban hành Kết luận số 12-KL/TU về "
            "công tác thông tin đối ngoại năm 2025.",
            "12-KL/TU",
            "2025-03-05",
        ),
        (
            "Ban Thường vụ Tỉnh ủy An Giang vừa ban hành Kết luận số 40 - KL/TU ngày 20/01/2025 "
            "về công tác thông tin đối ngoại năm 2025.",
            "40-KL/TU",
            "2025-01-20",
        ),
    ],
)
def test_news_of_a_party_committees_conclusion_is_about_that_document(
    directory, sentence, number, date
):
    result = read(f"{sentence}\nKết luận yêu cầu các cấp ủy tăng cường lãnh đạo.\n")
    assert result["doc_type"] == "other"
    assert (result["plan_number"], result["issued_date"]) == (number, date)
    assert result["period"] == {"from_year": 2025, "to_year": 2025}


def test_the_politburos_conclusion_told_first_is_not_the_items_subject(directory):
    result = read(
        "Ngày 15/6/2023, Bộ Chính trị ban hành Kết luận số 57-KL/TW về tiếp tục nâng cao chất "
        "lượng công tác thông tin đối ngoại. Sáng 5/3, Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng "
        "Sơn tổ chức hội nghị tập huấn nghiệp vụ cho cán bộ các xã.\n"
    )
    assert result["plan_number"] is None


@pytest.mark.parametrize(
    ("lede", "period"),
    [
        (
            "Chiều 20/12/2025, Sở Ngoại vụ tỉnh Lạng Sơn tổ chức hội nghị bàn phương hướng công "
            "tác năm 2026. Những kết quả đạt được trong công tác đối ngoại năm 2025 góp phần "
            "quảng bá hình ảnh tỉnh. Về phương hướng năm 2026, Sở tiếp tục tham mưu.",
            {"from_year": 2025, "to_year": 2025},
        ),
        (
            "Ngày 27/12/2023, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh An Giang tổ chức hội "
            "nghị triển khai nhiệm vụ năm 2024. Hội nghị nêu những kết quả đạt được của công tác "
            "năm 2023. Nhiệm vụ năm 2024 được xác định rõ; định hướng năm 2024 là tuyên truyền.",
            {"from_year": 2023, "to_year": 2023},
        ),
    ],
)
def test_a_year_end_review_is_of_the_year_it_tells_not_the_coming_one(directory, lede, period):
    result = read(f"Hội nghị công tác đối ngoại cuối năm\n{lede}\n")
    assert result["doc_type"] == "report"
    assert result["period"] == period


@pytest.mark.parametrize(
    "lede",
    [
        "Theo kế hoạch, Lạng Sơn sẽ tập trung mở rộng quan hệ hợp tác với địa phương các nước.",
        "Để triển khai hiệu quả kế hoạch đối ngoại năm 2025, UBND tỉnh An Giang đề ra một số "
        "nhiệm vụ, giải pháp chính, gồm: thực hiện triển khai có hiệu quả Kế hoạch số "
        "217/KH-UBND ngày 14/10/2024 của UBND tỉnh về hội nhập quốc tế.",
    ],
)
def test_a_years_plan_told_in_the_provinces_voice_is_news_of_the_plan(directory, lede):
    result = read(f"Triển khai hoạt động đối ngoại năm 2025\n{lede}\n")
    assert result["doc_type"] == "news_about_plan"
    # a plan it carries out gives neither its number nor its date
    assert (result["plan_number"], result["issued_date"]) == (None, None)
    assert result["period"] == {"from_year": 2025, "to_year": 2025}


@pytest.mark.parametrize(
    ("subject", "period"),
    [
        ("năm 2025 và những năm tiếp theo", {"from_year": 2025, "to_year": None}),
        ("2025", {"from_year": 2025, "to_year": 2025}),
    ],
)
def test_news_of_a_letter_for_an_open_period_or_a_bare_year(directory, subject, period):
    result = read(
        f"Ngày 05/3/2025, UBND tỉnh An Giang ban hành Công văn số 12/UBND-KGVX về việc "
        f"triển khai công tác thông tin đối ngoại {subject}.\n"
        "Theo đó, các sở, ngành tập trung tuyên truyền.\n"
    )
    assert result["doc_type"] == "other"
    assert result["period"] == period


def test_an_account_of_done_work_with_no_year_is_a_report(directory):
    result = read(
        "Chú trọng công tác đối ngoại\n"
        "Công tác đối ngoại của tỉnh An Giang đã góp phần quan trọng vào phát triển kinh tế - "
        "xã hội. Tỉnh đã chủ động đổi mới chỉ đạo các hoạt động đối ngoại. Tỉnh ủy đã duy trì "
        "cơ chế gặp gỡ đầu xuân với các tỉnh bạn.\n"
    )
    assert (result["doc_type"], result["period"]) == ("report", None)


def test_two_sentences_of_done_work_do_not_make_a_report(directory):
    result = read(
        "Phường tăng cường tuyên truyền\n"
        "Phường Tân Hòa đã treo băng rôn tại các tuyến phố. Các tổ dân phố đã phát tờ rơi đến "
        "từng hộ gia đình. Người dân tích cực hưởng ứng.\n"
    )
    assert result["doc_type"] == "other"


@pytest.mark.parametrize("place", ["Hà Nội", "Lạng Sơn", "TP. Hồ Chí Minh"])
def test_a_header_date_with_a_space_before_its_comma(directory, place):
    result = read(
        f"ỦY BAN NHÂN DÂN\nTỈNH LẠNG SƠN\nSố: 12/KH-UBND\n{MOTTO}\n"
        f"{place} , ngày 05 tháng 3 năm 2025\n\nKẾ HOẠCH\nThông tin đối ngoại năm 2025\n"
    )
    assert result["issued_date"] == "2025-03-05"


@pytest.mark.parametrize(
    ("posted", "lede", "date"),
    [
        ("06/03/2025", "Ngày 5 tháng 3, UBND tỉnh Lạng Sơn ban hành", "2025-03-05"),
        ("(10:00 04/01/2025)", "Ngày 30 tháng 12, UBND tỉnh An Giang ban hành", "2024-12-30"),
    ],
)
def test_a_news_day_in_words_without_its_year(directory, posted, lede, date):
    result = read(
        f"Triển khai thông tin đối ngoại năm 2025\n{posted}\n{lede} Kế hoạch số 12/KH-UBND về "
        "công tác thông tin đối ngoại năm 2025.\n"
    )
    assert result["issued_date"] == date


def test_a_posting_line_in_words_does_not_date_the_decision_a_news_item_announces(directory):
    result = read(
        "Triển khai thông tin đối ngoại năm 2025\nNgày 06 tháng 3 năm 2025\n"
        "Ngày 5/3, UBND tỉnh Quảng Trị ban hành Quyết định số 12/QĐ-UBND về việc ban hành Kế "
        "hoạch thông tin đối ngoại năm 2025.\n"
    )
    assert (result["plan_number"], result["issued_date"]) == ("12/QĐ-UBND", "2025-03-05")


@pytest.mark.parametrize(
    "sentence",
    [
        "Sáng 5/3, UBND xã Tân Hòa tổ chức hội nghị quán triệt, triển khai Kế hoạch số "
        "12/KH-UBND ngày 28/02/2025 của UBND xã về công tác thông tin đối ngoại năm 2025.",
        "Chiều 5/3, Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn tổ chức buổi tập huấn triển "
        "khai kế hoạch thông tin đối ngoại năm 2025 cho cán bộ các xã.",
    ],
)
def test_a_meeting_rolling_a_plan_out_is_the_meetings_news(directory, sentence):
    result = read(f"Hội nghị triển khai kế hoạch\n(06/03/2025 10:00)\n{sentence}\n")
    assert result["doc_type"] == "other"
    assert (result["plan_number"], result["issued_date"], result["period"]) == (None, None, None)
