"""Forms of a document's type, number, date and period the corpus had not shown (meta15).

Each test uses short synthetic texts in the form, never a sentence of a corpus document;
benchmarks/meta_matrix.py is the wider check behind them.
"""

from __future__ import annotations

import pytest

try:
    from ttdn.importer.tests.test_real_forms import directory, read  # noqa: F401
except ImportError:  # the form tests split by field (importer/tests/forms/)
    from ttdn.importer.tests.forms.conftest import directory  # noqa: F401
    from ttdn.importer.tests.forms.support import read

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
            {"from_year": 2025, "to_year": 2030},
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
