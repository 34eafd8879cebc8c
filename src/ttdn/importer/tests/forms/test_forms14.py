"""Forms behind the fourteenth batch's development misses (tests/fixtures/importer/real, batch 14).

Each test uses short synthetic texts in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read, texts_and_leads

# --- 1. A body's name broken over two header lines inside a part of the name ---------------


@pytest.mark.parametrize(
    ("header", "issuer", "level"),
    [
        # a legal site's '|' table: the ministry's name cut inside "Thể thao"
        (
            "BỘ VĂN HÓA, THỂ\nTHAO VÀ DU LỊCH\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|",
            "Bộ Văn hóa, Thể thao và Du lịch",
            "national",
        ),
        (
            "BỘ THÔNG\nTIN VÀ TRUYỀN THÔNG\n-------\n|\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM\n|",
            "Bộ Thông tin và Truyền thông",
            "national",
        ),
        (
            "BỘ TÀI NGUYÊN VÀ\nMÔI TRƯỜNG\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|",
            "Bộ Tài nguyên và Môi trường",
            "national",
        ),
        (
            "UBND TỈNH HẢI DƯƠNG\nSỞ VĂN HÓA, THỂ\nTHAO VÀ DU LỊCH\n-------\n|",
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Hải Dương",
            "department",
        ),
        (
            "UBND TỈNH NAM ĐỊNH\nSỞ KẾ HOẠCH VÀ\nĐẦU TƯ\n-------\n|",
            "Sở Kế hoạch và Đầu tư tỉnh Nam Định",
            "department",
        ),
        (
            "UBND TỈNH BẮC GIANG\nSỞ NÔNG NGHIỆP VÀ PHÁT\nTRIỂN NÔNG THÔN\n-------\n|",
            "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bắc Giang",
            "department",
        ),
        # a whole name on its line is not continued by the line under it
        (
            "BỘ NGOẠI GIAO\nCỤC THÔNG TIN VÀ BÁO CHÍ\n-------\n|",
            "Cục Thông tin và Báo chí",
            "national",
        ),
    ],
)
def test_a_bodys_name_cut_inside_a_part_over_two_header_lines(directory, header, issuer, level):
    result = read(
        header + "\nSố: 33/BC-BVHTTDL\n|\nHà Nội, ngày 24\ntháng 01 năm 2025\n|\nBÁO CÁO\nKết "
        "quả công tác văn hóa đối ngoại năm 2024\nKính gửi: Thủ tướng Chính phủ\n"
    )
    assert (result["issuer"], result["level"]) == (issuer, level)


# --- 2. A report's own basis: its opening "Thực hiện …", a headerless report's "Căn cứ …" -----


def _formal_report(header: str, place_date: str, opening: str) -> str:
    return (
        f"{header}\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
        f"Số: 41/BC-UBND\n|\n{place_date}\n|\nBÁO CÁO\nKết quả thực hiện công tác thông tin "
        f"đối ngoại năm 2023\nKính\ngửi: Bộ Thông tin và Truyền thông\n{opening}\n"
        "I. KẾT QUẢ THỰC HIỆN\n1. Công tác chỉ đạo\nNăm 2023 đã ban hành 3 văn bản chỉ đạo.\n"
    )


@pytest.mark.parametrize(
    ("header", "place_date", "opening", "bases"),
    [
        (
            "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH",
            "Ninh Bình, ngày 12 tháng 12 năm 2023",
            "Thực hiện Chỉ thị số 25/CT-TTg\nngày 10 tháng 9 năm 2021 của Thủ tướng Chính phủ về "
            "việc đẩy mạnh\ntriển khai Chiến lược văn hóa đối ngoại, Ủy ban nhân dân tỉnh báo cáo "
            "kết quả như sau:",
            ["25/CT-TTg"],
        ),
        (
            "BỘ NGOẠI GIAO",
            "Hà Nội, ngày 5\ntháng 01 năm 2024",
            "Thực hiện Công văn số 3089/BTTTT-TTĐN ngày 31/7/2023 của Bộ Thông tin và\nTruyền "
            "thông, Bộ Ngoại giao trân trọng báo cáo như sau:",
            ["3089/BTTTT-TTĐN"],
        ),
        (
            "UBND TỈNH SƠN LA\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG",
            "Sơn La, ngày 20 tháng 11 năm 2023",
            "Thực hiện Kế hoạch số 12/KH-UBND ngày 15/01/2023 của UBND tỉnh Sơn La về công tác "
            "thông tin\nđối ngoại năm 2023; Quyết định số 368/QĐ-TTg ngày 21/3/2022 của Thủ tướng "
            "Chính phủ, Sở Thông tin và Truyền thông báo cáo kết quả như sau:",
            ["12/KH-UBND", "368/QĐ-TTg"],
        ),
        (
            "ỦY BAN NHÂN DÂN\nHUYỆN CÔ TÔ",
            "Cô Tô, ngày 2 tháng 12 năm 2023",
            "Thực hiện Công văn số 456/STTTT-TTBCXB ngày 10/11/2023 của Sở Thông tin và Truyền "
            "thông về việc báo cáo kết quả công tác thông tin đối ngoại năm 2023, UBND huyện báo "
            "cáo như sau:",
            ["456/STTTT-TTBCXB"],
        ),
    ],
)
def test_a_formal_reports_opening_implementing_sentence_is_its_basis(
    directory, header, place_date, opening, bases
):
    result = read(_formal_report(header, place_date, opening))
    assert result["doc_type"] == "report"
    assert [b["identifier"] for b in result["legal_bases"]] == bases


# --- 3. A headerless report in its body's own voice ("Sở … báo cáo kết quả … như sau:") ------


@pytest.mark.parametrize(
    ("text", "issuer", "level"),
    [
        (
            "BÁO CÁO\nKết quả thực hiện công tác đối ngoại năm 2023 và phương hướng nhiệm vụ năm "
            "2024\nCăn cứ Công văn số 812/SNV-HTQT ngày 02/11/2023 của Sở Ngoại vụ về việc báo cáo "
            "kết quả hoạt động đối ngoại năm 2023.\nSở Tư pháp báo cáo kết quả hoạt động đối ngoại "
            "năm 2023 như sau:\nI. Công tác hội nghị\nTrong năm 2023 Sở Tư pháp không tổ chức hội "
            "nghị có yếu tố nước ngoài.\n",
            "Sở Tư pháp",
            "department",
        ),
        (
            "BÁO CÁO\nKết quả công tác thông tin đối ngoại năm 2021\nSở Giáo dục và Đào tạo báo cáo "
            "kết quả công tác thông tin đối ngoại năm 2021 như sau:\n1. Công tác tuyên truyền\nSở "
            "Giáo dục và Đào tạo đã đăng tải 25 tin, bài trên trang thông tin điện tử.\n",
            "Sở Giáo dục và Đào tạo",
            "department",
        ),
        (
            "BÁO CÁO\nTình hình thực hiện công tác thông tin đối ngoại 6 tháng đầu năm 2024\nThực "
            "hiện Công văn số 77/STTTT-TTBCXB ngày 10/5/2024 của Sở Thông tin và Truyền thông, Sở Y "
            "tế trân trọng báo cáo như sau:\n1. Kết quả thực hiện\nSở Y tế đã cung cấp 12 tin bài "
            "cho Cổng thông tin điện tử tỉnh.\n",
            "Sở Y tế",
            "department",
        ),
        (
            "BÁO CÁO\nKết quả công tác văn hóa đối ngoại năm 2022\nBộ Tư pháp báo cáo kết quả thực "
            "hiện năm 2022, như sau:\n1. Công tác chỉ đạo\nNăm 2022 Bộ Tư pháp chưa ban hành văn "
            "bản riêng về văn hóa đối ngoại.\n",
            "Bộ Tư pháp",
            "national",
        ),
    ],
)
def test_a_headerless_report_in_its_bodys_own_voice(directory, text, issuer, level):
    # The body that reports is the issuer; "không" or "chưa" after its name is not part of it.
    result = read(text)
    assert (result["doc_type"], result["issuer"], result["level"]) == ("report", issuer, level)


# --- 5. A body's grassroots unit over its name in a three-line header ----------------------


def _unit_plan(header: str, place: str) -> str:
    return (
        f"Tin đoàn thể\n\n{header}\n\n \n\nSố: 17 /KH-CĐCS\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT "
        f"NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n \n\n{place}, ngày 16 tháng  4 năm 2019\n\nKẾ "
        "HOẠCH\n\nCông tác thông tin đối ngoại năm 2019\nThực hiện Hướng dẫn số 51/HD-CĐVC, ngày "
        f"29/3/2019 của Công đoàn Viên chức tỉnh {place} về công tác thông tin đối ngoại năm "
        "2019, Công đoàn cơ sở xây dựng kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n- Nâng cao "
        "nhận thức của đoàn viên.\n"
    )


@pytest.mark.parametrize(
    ("header", "place", "issuer"),
    [
        (
            "CÔNG ĐOÀN VIÊN CHỨC TỈNH\n\nCÔNG ĐOÀN CƠ SỞ\n\nSỞ KẾ HOẠCH VÀ ĐẦU TƯ",
            "Lạng Sơn",
            "Công đoàn cơ sở Sở Kế hoạch và Đầu tư",
        ),
        (
            "CÔNG ĐOÀN VIÊN CHỨC TỈNH\nCÔNG ĐOÀN CƠ SỞ\nSỞ TƯ PHÁP",
            "Phú Yên",
            "Công đoàn cơ sở Sở Tư pháp",
        ),
        ("CÔNG ĐOÀN NGÀNH Y TẾ\nCÔNG ĐOÀN CƠ SỞ\nSỞ Y TẾ", "Bình Định", "Công đoàn cơ sở Sở Y tế"),
        (
            "CÔNG ĐOÀN VIÊN CHỨC TỈNH\nCHI BỘ\nSỞ THÔNG TIN VÀ TRUYỀN THÔNG",
            "Cao Bằng",
            "Chi bộ Sở Thông tin và Truyền thông",
        ),
    ],
)
def test_the_lowest_unit_of_a_three_line_header_is_the_issuer(directory, header, place, issuer):
    # The grassroots unit writes for itself, at its department's level (its place, when read,
    # follows the department's name).
    result = read(_unit_plan(header, place))
    assert result["issuer"].startswith(issuer)
    assert result["level"] == "department"


def test_a_department_under_its_committee_keeps_its_name(directory):
    result = read(_unit_plan("UBND TỈNH PHÚ YÊN\nSỞ TƯ PHÁP", "Phú Yên"))
    assert (result["issuer"], result["level"]) == ("Sở Tư pháp tỉnh Phú Yên", "department")


# --- 4. An office's letter conveying a leader's directions, its number in a parenthesis ----


@pytest.mark.parametrize(
    ("sentence", "issuer", "number", "date"),
    [
        (
            "Văn phòng UBND tỉnh Cao Bằng có văn bản truyền đạt ý kiến của đồng chí Nguyễn Văn "
            "An, Phó Chủ tịch UBND tỉnh về việc tuyên truyền kỷ niệm Ngày Biên phòng toàn dân, "
            "(Công văn số 321/VP-KGVX, ngày 12/02/2021).",
            "Văn phòng Ủy ban nhân dân tỉnh Cao Bằng",
            "321/VP-KGVX",
            "2021-02-12",
        ),
        (
            "Văn phòng UBND tỉnh Phú Yên vừa có văn bản truyền đạt ý kiến chỉ đạo của đồng chí Chủ "
            "tịch UBND tỉnh về công tác thông tin đối ngoại (Công văn số 88/VP-TH, ngày 3/3/2022).",
            "Văn phòng Ủy ban nhân dân tỉnh Phú Yên",
            "88/VP-TH",
            "2022-03-03",
        ),
        (
            "Văn phòng UBND tỉnh đã có Công văn truyền đạt ý kiến chỉ đạo của Phó Chủ tịch UBND "
            "tỉnh Lê Văn Bình về tuyên truyền biên giới trên đất liền (Văn bản số 1502/VP-NC ngày "
            "20/8/2020).",
            "Văn phòng Ủy ban nhân dân tỉnh",
            "1502/VP-NC",
            "2020-08-20",
        ),
        (
            "Văn phòng UBND thành phố Hà Nội vừa có văn bản truyền đạt ý kiến chỉ đạo của Chủ tịch "
            "UBND thành phố về quảng bá hình ảnh Thủ đô (Văn bản số 2233/VP-KGVX ngày 5/6/2023).",
            "Văn phòng Ủy ban nhân dân thành phố Hà Nội",
            "2233/VP-KGVX",
            "2023-06-05",
        ),
    ],
)
def test_an_offices_letter_conveying_directions_numbered_in_a_parenthesis(
    directory, sentence, issuer, number, date
):
    result = read(
        f"Chỉ đạo công tác tuyên truyền\n\n{sentence}\n\nNhằm bảo đảm hiệu quả, đồng chí Phó Chủ "
        "tịch UBND tỉnh yêu cầu UBND các huyện, thành phố tăng cường công tác tuyên truyền trực "
        "quan.\n"
    )
    assert (result["issuer"], result["plan_number"], result["issued_date"]) == (
        issuer,
        number,
        date,
    )


# --- 7. "X phối hợp Y tổ chức hội nghị …": X holds it, even with its partner a "TP." ------------


@pytest.mark.parametrize(
    ("sentence", "issuer", "level"),
    [
        (
            "Sáng 28-5, Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bạc Liêu phối hợp Ủy ban Mặt trận "
            "Tổ quốc Việt Nam TP. Bạc Liêu tổ chức hội nghị tuyên truyền về công tác đối ngoại "
            "năm 2025.",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bạc Liêu",
            "province",
        ),
        (
            "Ngày 12/4/2024, Sở Thông tin và Truyền thông tỉnh Phú Yên phối hợp với UBND TP. Tuy "
            "Hòa tổ chức lớp tập huấn công tác thông tin đối ngoại năm 2024.",
            "Sở Thông tin và Truyền thông tỉnh Phú Yên",
            "department",
        ),
        (
            "Chiều 3/9, Liên hiệp các tổ chức hữu nghị tỉnh Quảng Ninh phối hợp UBND TP. Hạ Long "
            "tổ chức hội nghị triển khai công tác đối ngoại nhân dân năm 2023.",
            "Liên hiệp các tổ chức hữu nghị tỉnh Quảng Ninh",
            "province",
        ),
        (
            "Sáng 10/10, Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng phối hợp UBND TP. Đà Lạt "
            "tổ chức tọa đàm về văn hóa đối ngoại năm 2022.",
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng",
            "department",
        ),
    ],
)
def test_the_body_named_first_holds_a_meeting_with_a_citys_partner(
    directory, sentence, issuer, level
):
    result = read(f"Hội nghị về công tác đối ngoại\n{sentence}\nTham dự có gần 100 đại biểu.\n")
    assert (result["issuer"], result["level"]) == (issuer, level)


# --- 6. A misspelt verb after a lead ("phối họp") is not part of its name ------------------


def _party_letter_news(province: str, duty: str) -> str:
    return (
        f"Tuyên truyền về biên giới đất liền\n\nBan Tuyên giáo Tỉnh ủy {province} vừa có công văn "
        "812-CV/BTGTU gửi các cơ quan, đơn vị về tuyên truyền biên giới đất liền năm 2024.\n\n"
        "Theo đó, Ban Tuyên giáo Tỉnh ủy đề nghị các cơ quan báo chí của tỉnh lựa chọn nội dung "
        f"và hình thức tuyên truyền phù hợp. {duty}\n"
    )


@pytest.mark.parametrize(
    ("province", "duty", "lead"),
    [
        (
            "Hà Giang",
            "Sở Thông tin và Truyền thông phối họp chỉ đạo, định hướng các cơ quan báo chí tuyên "
            "truyền về biên giới.",
            "Sở Thông tin và Truyền thông",
        ),
        (
            "Lào Cai",
            "Công an tỉnh phối họp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh nắm tình hình dư luận về "
            "biên giới.",
            "Công an tỉnh",
        ),
        (
            "Cao Bằng",
            "Đài Phát thanh và Truyền hình tỉnh phối họp xây dựng chuyên mục về biên giới.",
            "Đài Phát thanh và Truyền hình tỉnh",
        ),
        (
            "Lạng Sơn",
            "Sở Văn hóa, Thể thao và Du lịch phối họp tổ chức các hoạt động văn hóa ở khu vực biên "
            "giới.",
            "Sở Văn hóa, Thể thao và Du lịch",
        ),
    ],
)
def test_a_misspelt_coordinating_verb_ends_the_leads_name(directory, province, duty, lead):
    result = read(_party_letter_news(province, duty))
    assert (duty.rstrip("."), [lead]) in texts_and_leads(result)


# --- 3b. Its coming work: the paragraph under "n. Dự kiến kế hoạch … thời gian tới" --------------


def _department_report(body: str, heading: str, coming: str, after: str) -> str:
    return (
        "BÁO CÁO\nKết quả thực hiện công tác đối ngoại năm 2023 và phương hướng nhiệm vụ năm 2024\n"
        f"{body} báo cáo kết quả hoạt động đối ngoại năm 2023 và phương hướng nhiệm vụ năm 2024, "
        "như sau:\nI. Các dự án viện trợ phi chính phủ nước ngoài năm 2023:\n1. Tổng hợp các "
        f"chương trình, dự án viện trợ\n{body} không có chương trình, dự án viện trợ.\n2. Công tác "
        f"vận động viện trợ\n{body} chưa tổ chức vận động viện trợ trong năm 2023.\n3. {heading}\n"
        f"{coming}\nII. Công tác hội nghị, hội thảo quốc tế năm 2023\n{after}\n"
    )


@pytest.mark.parametrize(
    ("body", "heading", "coming", "after"),
    [
        (
            "Sở Tư pháp",
            "Dự kiến kế hoạch công tác viện trợ trong thời gian tới",
            "Tiếp nhận và quản lý các khoản viện trợ theo quy định.",
            "Trong năm 2023 Sở Tư pháp không tổ chức hội nghị, hội thảo quốc tế.",
        ),
        (
            "Sở Y tế",
            "Dự kiến kế hoạch công tác năm 2024",
            "Phối hợp với các tổ chức quốc tế vận động viện trợ cho ngành y tế.",
            "Năm 2023 Sở Y tế chưa tổ chức hội nghị quốc tế.",
        ),
        (
            "Sở Giáo dục và Đào tạo",
            "Dự kiến nhiệm vụ trong năm tới",
            "Tăng cường vận động các dự án học bổng của tổ chức phi chính phủ nước ngoài.",
            "Sở Giáo dục và Đào tạo không tổ chức hội thảo quốc tế.",
        ),
        (
            "Sở Nông nghiệp và Phát triển nông thôn",
            "Dự kiến chương trình công tác thời gian tới",
            "Tiếp tục quản lý các dự án viện trợ đang triển khai trên địa bàn.",
            "Sở chưa tổ chức hội nghị có yếu tố nước ngoài.",
        ),
    ],
)
def test_a_department_reports_coming_work_under_its_numbered_heading(
    directory, body, heading, coming, after
):
    # Its numbered headings and what it did not do ("không có", "chưa tổ chức") are no tasks;
    # the paragraph under the heading of its coming work is, with no lead.
    result = read(_department_report(body, heading, coming, after))
    assert texts_and_leads(result) == [(coming.rstrip("."), [])]


# --- 4b. The duty after a leading purpose starts at its subject; the sentence after it follows --


@pytest.mark.parametrize(
    ("purpose", "subject", "addressee"),
    [
        (
            "Nhằm bảo đảm các hoạt động kỷ niệm được tổ chức thiết thực, ý nghĩa",
            "đồng chí Phó Chủ tịch UBND tỉnh",
            "UBND các huyện, thành phố",
        ),
        (
            "Để nâng cao hiệu quả công tác thông tin đối ngoại",
            "đồng chí Chủ tịch UBND tỉnh",
            "Sở Thông tin và Truyền thông",
        ),
        (
            "Nhằm tạo không khí phấn khởi, thi đua trong nhân dân",
            "Phó Chủ tịch Thường trực UBND tỉnh",
            "UBND các huyện",
        ),
        (
            "Để chuẩn bị tốt cho các hoạt động kỷ niệm",
            "lãnh đạo UBND tỉnh",
            "Sở Văn hóa, Thể thao và Du lịch",
        ),
    ],
)
def test_a_duty_after_a_leading_purpose_starts_at_the_subject_that_asks(
    directory, purpose, subject, addressee
):
    duty = f"{subject} yêu cầu {addressee} tăng cường công tác tuyên truyền trực quan"
    following = "Xây dựng tin, bài tuyên truyền trên các phương tiện thông tin đại chúng"
    result = read(
        "Chỉ đạo công tác tuyên truyền\n\nVăn phòng UBND tỉnh Cao Bằng có văn bản truyền đạt ý "
        "kiến của đồng chí Phó Chủ tịch UBND tỉnh về việc tuyên truyền kỷ niệm Ngày Biên phòng "
        f"toàn dân, (Công văn số 321/VP-KGVX, ngày 12/02/2021).\n\n{purpose}, {duty}. "
        f"{following}.\n\nThời gian tuyên truyền từ nay đến hết tháng 3/2021.\n"
    )
    assert texts_and_leads(result) == [(duty, [addressee]), (following, [addressee])]


# --- 9. A coordination plan told through the meeting that signs it ---------------------------


@pytest.mark.parametrize(
    ("sentence", "issuer", "period"),
    [
        (
            "Ngày 4/11, Ủy ban MTTQ TPHCM tổ chức hội nghị ký kết kế hoạch phối hợp giữa các tổ "
            "chức thành viên thực hiện chương trình hành động số 06/CTr-MTTQ-BTT ngày 5/9/2012 về "
            "“Tiếp tục đổi mới công tác đối ngoại nhân dân” giai đoạn 2017-2019.",
            "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh",
            (2017, 2019),
        ),
        (
            "Sáng 12/3, Sở Thông tin và Truyền thông tỉnh Phú Yên tổ chức lễ ký kết kế hoạch phối "
            "hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh về công tác thông tin đối ngoại giai đoạn "
            "2023-2025.",
            "Sở Thông tin và Truyền thông tỉnh Phú Yên",
            (2023, 2025),
        ),
        (
            "Chiều 20/5, Ban Tuyên giáo Thành ủy Hà Nội tổ chức hội nghị ký kết kế hoạch phối hợp "
            "với các cơ quan báo chí về thông tin đối ngoại giai đoạn 2021-2025.",
            "Ban Tuyên giáo Thành ủy Hà Nội",
            (2021, 2025),
        ),
        (
            "Ngày 8/8, Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên tổ chức lễ ký kết kế hoạch phối "
            "hợp thực hiện Đề án số 12/ĐA-LHHN ngày 3/4/2015 về đối ngoại nhân dân giai đoạn "
            "2024-2026.",
            "Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên",
            (2024, 2026),
        ),
    ],
)
def test_news_of_a_coordination_plan_signed_at_a_meeting(directory, sentence, issuer, period):
    # A plan (news of it), issued by the body holding the signing; its period is the one
    # written after it, and the older programme it carries out gives no number nor date.
    result = read(
        f"Ký kết phối hợp công tác đối ngoại nhân dân\n\n{sentence}\n\nTham dự có lãnh đạo các "
        "cơ quan, đơn vị.\n"
    )
    got = fields_of(result)
    assert (got["doc_type"], got["issuer"], got["period"]) == ("news_about_plan", issuer, period)
    assert (got["plan_number"], got["issued_date"]) == (None, None)


@pytest.mark.parametrize(
    ("signatories", "leads"),
    [
        ("Ủy ban MTTQ TP và Các tổ chức thành viên", ["Ủy ban MTTQ TP", "Các tổ chức thành viên"]),
        (
            "Sở Thông tin và Truyền thông và Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
            ["Sở Thông tin và Truyền thông", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"],
        ),
        (
            "Ban Tuyên giáo Thành ủy và các cơ quan báo chí",
            ["Ban Tuyên giáo Thành ủy", "các cơ quan báo chí"],
        ),
        (
            "Liên hiệp các tổ chức hữu nghị tỉnh và Sở Ngoại vụ",
            ["Liên hiệp các tổ chức hữu nghị tỉnh", "Sở Ngoại vụ"],
        ),
    ],
)
def test_the_items_a_plans_signatories_agree_on_are_theirs(directory, signatories, leads):
    result = read(
        "Ký kết phối hợp công tác đối ngoại nhân dân\n\nNgày 4/11, Ủy ban MTTQ TPHCM tổ chức hội "
        "nghị ký kết kế hoạch phối hợp về công tác đối ngoại nhân dân giai đoạn 2017-2019.\n\n"
        f"Tại lễ ký kết {signatories} thống nhất ký kết với nội dung sau: Tiếp tục cụ thể hóa Chỉ "
        "thị 04-CT/TW của Ban Bí thư; đẩy mạnh công tác tuyên truyền nâng cao nhận thức đoàn "
        "viên, hội viên; tăng cường phối hợp, hỗ trợ công tác đối ngoại nhân dân...\n"
    )
    assert [lead for _text, lead in texts_and_leads(result)] == [leads, leads, leads]
