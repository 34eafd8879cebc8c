"""Tasks written in prose and their leads: forms of administrative writing met in the real corpus
(tests/fixtures/importer/real).

Each test uses a short synthetic text in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from ttdn.documents.source import SourceDocument
from ttdn.importer.extract import extract

from .support import (
    letter_of,
    news_of_plan,
    news_with_aside,
    read,
    report_of,
    review_news,
    task_texts,
    texts_and_leads,
)


def test_a_letter_gives_its_items_as_tasks_led_by_their_addressee(directory):
    result = read(
        "UBND tỉnh Phú Yên vừa ban hành Công văn số 77/UBND-KGVX ngày 05/02/2022 về công tác "
        "thông tin đối ngoại, trong đó có ý kiến như sau:\n"
        "Công tác này năm qua đạt nhiều kết quả tốt và được đánh giá cao.\n"
        "1. Các sở, ban, ngành tỉnh:\n"
        "- Tăng cường cung cấp thông tin cho báo chí về hoạt động của ngành.\n"
        "2. Đề nghị Ban Tuyên giáo Tỉnh ủy chủ trì định hướng thông tin trên báo chí;\n"
    )
    assert result["doc_type"] == "other"
    assert [(t["text"], [m["as_written"] for m in t["lead"]]) for t in result["tasks"]] == [
        (
            "Tăng cường cung cấp thông tin cho báo chí về hoạt động của ngành",
            ["Các sở, ban, ngành tỉnh"],
        ),
        (
            "Đề nghị Ban Tuyên giáo Tỉnh ủy chủ trì định hướng thông tin trên báo chí",
            ["Ban Tuyên giáo Tỉnh ủy"],
        ),
    ]


def test_a_circular_gives_no_tasks(directory):
    result = read(
        "BỘ THÔNG TIN VÀ TRUYỀN THÔNG\nSố: 9/2020/TT-BTTTT\nHà Nội, ngày 02 tháng 7 năm 2020\n"
        "THÔNG TƯ\nHướng dẫn về thông tin đối ngoại\nĐiều 1. Phạm vi điều chỉnh\n"
        "Thông tư này hướng dẫn quản lý hoạt động thông tin đối ngoại.\n"
        "- Các tỉnh tổ chức thực hiện theo quy định.\n"
    )
    assert result["tasks"] == []


def test_a_news_item_about_a_review_gives_the_listed_coming_tasks(directory):
    result = read(
        "Sáng 10/12, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Phú Yên tổ chức hội nghị tổng "
        "kết công tác năm 2023. Năm qua, tỉnh đã đón 12 đoàn phóng viên nước ngoài.\n"
        "Hội nghị thống nhất các nhiệm vụ trọng tâm năm 2024: tăng cường quảng bá hình ảnh "
        "tỉnh trên mạng xã hội; tổ chức tập huấn kỹ năng phát ngôn cho cán bộ.\n"
    )
    assert result["doc_type"] == "report"
    assert [t["text"] for t in result["tasks"]] == [
        "tăng cường quảng bá hình ảnh tỉnh trên mạng xã hội",
        "tổ chức tập huấn kỹ năng phát ngôn cho cán bộ",
    ]


def test_a_plans_background_and_principles_are_not_tasks(directory):
    result = read(
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 9/KH-UBND\nPhú Yên, ngày 10 tháng 01 năm 2024\n"
        "KẾ HOẠCH\nThông tin đối ngoại năm 2024\n"
        "I. TÌNH HÌNH CHUNG\n- Năm 2023 tỉnh đã tổ chức nhiều hoạt động quảng bá hình ảnh.\n"
        "II. NGUYÊN TẮC\n- Bảo đảm sự lãnh đạo thống nhất của Tỉnh ủy.\n"
        "III. NHIỆM VỤ\n- Tổ chức họp báo định kỳ hằng quý.\n"
    )
    assert [t["text"] for t in result["tasks"]] == ["Tổ chức họp báo định kỳ hằng quý"]


# Third batch (issue 12, second pass): forms met in the development part only.


def test_items_under_a_purposes_heading_are_not_tasks(directory):
    result = read(
        "Kế hoạch thông tin đối ngoại tỉnh Phú Yên năm 2026\n\n"
        "Ngày 05/01/2026, UBND tỉnh Phú Yên đã ban hành Kế hoạch số 3/KH-UBND về thông tin "
        "đối ngoại năm 2026, như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
        "- Nâng cao hiệu quả quảng bá hình ảnh tỉnh ra nước ngoài.\n"
        "2. Yêu cầu\n- Bám sát chủ trương của Đảng.\n"
        "II. NHIỆM VỤ\n- Tổ chức tập huấn thông tin đối ngoại cho cán bộ cấp huyện.\n"
    )
    assert [t["text"] for t in result["tasks"]] == [
        "Tổ chức tập huấn thông tin đối ngoại cho cán bộ cấp huyện"
    ]


def test_the_kind_read_gives_its_reason_and_a_chosen_kind_is_read_as_such(directory):

    text = (
        "UBND tỉnh Phú Yên vừa có văn bản đôn đốc công tác thông tin đối ngoại năm 2026.\n"
        "Kính gửi: Các sở, ban, ngành\n"
        "1. Sở Thông tin và Truyền thông:\n- Tổ chức tập huấn thông tin đối ngoại cho cán bộ.\n"
    )
    doc = SourceDocument(name="cong-van.txt", text=text, format="txt")
    read = extract(doc)
    assert (read.kind.value, read.kind_reason) == ("letter", "letter_marks")
    assert read.doc_type.value == "other"
    as_news = extract(doc, kind="news")
    assert (as_news.kind.value, as_news.kind_reason, as_news.doc_type.value) == (
        "news",
        "chosen",
        "news_about_plan",
    )
    as_letter = extract(doc, kind="letter")
    assert [t.text for t in as_letter.tasks] == ["Tổ chức tập huấn thông tin đối ngoại cho cán bộ"]
    assert as_letter.tasks[0].lead[0].as_written == "Sở Thông tin và Truyền thông"
    assert extract(doc, kind="nonsense").kind_reason == "letter_marks"  # not a kind: ignored


def test_news_prose_names_its_lead_in_passing_and_collectives_lead_their_sentence(directory):
    result = read(
        "Ngày 10/01/2026, UBND tỉnh Phú Yên ban hành Kế hoạch số 5/KH-UBND về công tác thông "
        "tin đối ngoại năm 2026. UBND tỉnh giao Sở Văn hóa và Thể thao chủ trì, phối hợp với "
        "các địa phương tổ chức quảng bá du lịch ra nước ngoài. Các sở, ngành tiếp tục đổi mới "
        "phương thức tuyên truyền đối ngoại trên mạng xã hội.\n"
    )
    leads = [[lead["as_written"] for lead in t["lead"]] for t in result["tasks"]]
    assert leads == [["Sở Văn hóa và Thể thao"], ["Các sở, ngành"]]
    assert [c["as_written"] for c in result["tasks"][0]["coordinating"]] == ["các địa phương"]


def test_ocr_noise_is_never_a_task_and_a_partly_misread_task_is_flagged(directory):
    from ttdn.importer.result import LOW_CONFIDENCE

    text = (
        "Ngày 10/01/2026, UBND tỉnh Phú Yên ban hành Kế hoạch số 5/KH-UBND về thông tin "
        "đối ngoại năm 2026. Kế hoạch đề ra các nhiệm vụ:\n"
        "- Tổ chức tập huấn thông tin đối ngoại cho cán bộ cấp huyện.\n"
        "- Tổ chức —_ |' lÀt ñgoäi -| cÁn Ÿ21 hội nghị.\n"
        "- Xây dựng chuyên trang đối ngoại bằng tiếng Anh trên cổng thông tin lÀt cÁn.\n"
    )
    result = extract(SourceDocument(name="scan.pdf", text=text, format="ocr"))
    texts = [t.text for t in result.tasks]
    assert "Tổ chức tập huấn thông tin đối ngoại cho cán bộ cấp huyện" in texts
    assert not any("ñgoäi" in t for t in texts)  # mostly misread: noise, dropped
    flagged = [t for t in result.tasks if "lÀt" in t.text]
    assert len(flagged) == 1 and flagged[0].confidence <= 0.5 < LOW_CONFIDENCE  # "Check this"
    # The same words typed (not OCR) are left to the reviewer as they are.
    typed = extract(SourceDocument(name="van-ban.txt", text=text, format="txt"))
    assert len(typed.tasks) == 3


# --- Fourth batch (issue 12, third pass): forms met in the development part only. ---


def test_news_of_a_letter_its_sender_its_basis_its_year_and_the_duties_it_gives(directory):
    result = read(
        "Ngày 12/9/2023, UBND tỉnh ban hành Công văn số 3001/UBND-KGVX về việc “Tăng cường "
        "thông tin đối ngoại năm 2024”.\n"
        "Thực hiện Chỉ thị số 05/CT-TTg ngày 01/3/2023 của Thủ tướng Chính phủ, UBND tỉnh yêu "
        "cầu các sở, ngành, UBND các huyện theo chức năng, nhiệm vụ rà soát các sản phẩm thông "
        "tin đối ngoại; bổ sung tài liệu bằng tiếng nước ngoài.\n"
        "Thông tin nhanh nhạy, chính xác, kịp thời.\n"
    )
    assert result["doc_type"] == "other"
    # The province is never named: the sender is kept as written, not guessed.
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Ủy ban nhân dân tỉnh",
        "province",
        None,
    )
    assert result["plan_number"] == "3001/UBND-KGVX"
    assert result["period"] == {"from_year": 2024, "to_year": 2024}  # the subject's year
    assert [b["identifier"] for b in result["legal_bases"]] == ["05/CT-TTg"]
    assert [t["text"] for t in result["tasks"]] == [
        "UBND tỉnh yêu cầu các sở, ngành, UBND các huyện theo chức năng, nhiệm vụ rà soát các "
        "sản phẩm thông tin đối ngoại",
        "bổ sung tài liệu bằng tiếng nước ngoài",
    ]
    leads = [[lead["as_written"] for lead in t["lead"]] for t in result["tasks"]]
    assert leads == [["các sở, ngành", "UBND các huyện"]] * 2


def test_a_review_meeting_gives_what_it_asks_of_bodies_as_tasks(directory):
    result = read(
        "Ngày 20-11, tại tỉnh Phú Yên, Ban Chỉ đạo Công tác thông tin đối ngoại Ban Chỉ đạo "
        "T.Ư tổ chức Hội nghị giao ban công tác thông tin đối ngoại khu vực Nam Trung Bộ.\n"
        "Tại hội nghị, đồng chí Phó Trưởng ban đề nghị Ban Chỉ đạo các tỉnh tăng cường tập huấn "
        "cho cán bộ cơ sở; chủ động cung cấp thông tin cho báo chí nước ngoài. Đổi mới hình thức "
        "quảng bá trên mạng xã hội.\n"
    )
    assert result["doc_type"] == "report"
    assert (result["issuer"], result["level"], result["locality"]) == (
        "Ban Chỉ đạo công tác thông tin đối ngoại Trung ương",
        "national",
        None,
    )
    assert [t["text"] for t in result["tasks"]] == [
        "đồng chí Phó Trưởng ban đề nghị Ban Chỉ đạo các tỉnh tăng cường tập huấn cho cán bộ cơ sở",
        "chủ động cung cấp thông tin cho báo chí nước ngoài",
        "Đổi mới hình thức quảng bá trên mạng xã hội",
    ]
    assert {t["lead"][0]["as_written"] for t in result["tasks"]} == {"Ban Chỉ đạo các tỉnh"}


def test_a_friendship_unions_year_is_a_report_whose_tasks_are_the_coming_years(directory):
    result = read(
        "Năm 2025, Liên hiệp các tổ chức hữu nghị Phú Yên đã tổ chức nhiều hoạt động giao lưu "
        "với bạn bè quốc tế; công tác vận động viện trợ đạt kết quả tốt.\n"
        "Năm 2026, Liên hiệp các tổ chức hữu nghị Phú Yên sẽ tổ chức các đoàn giao lưu với các "
        "địa phương như: Nhật Bản, Hàn Quốc, Lào,… Phối hợp tổ chức lễ kỷ niệm ngày thiết lập "
        "quan hệ ngoại giao.\n"
    )
    assert result["doc_type"] == "report"
    assert result["issuer"] == "Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên"
    assert result["period"] == {"from_year": 2025, "to_year": 2025}  # the year reviewed
    texts = [t["text"] for t in result["tasks"]]
    assert texts == [
        "Năm 2026, Liên hiệp các tổ chức hữu nghị Phú Yên sẽ tổ chức các đoàn giao lưu với các "
        "địa phương như: Nhật Bản, Hàn Quốc, Lào,…",
        "Phối hợp tổ chức lễ kỷ niệm ngày thiết lập quan hệ ngoại giao",
    ]
    leads = {t["lead"][0]["as_written"] for t in result["tasks"]}
    assert leads == {"Liên hiệp các tổ chức hữu nghị Phú Yên"}


def test_a_line_pointing_readers_to_the_full_text_is_not_a_task(directory):
    result = read(
        "Ngày 23/8/2023, UBND tỉnh Phú Yên ban hành Công văn số 700/VP-KGVX về việc phổ biến "
        "Kết luận số 57-KL/TW.\n"
        "Phòng Văn hóa và Thông tin thành phố trân trọng gửi đến quý độc giả toàn văn Kết luận.\n"
    )
    assert result["doc_type"] == "other"
    assert result["tasks"] == []


# ---------------------------------------------------------------------------------------
# Tasks written in prose, seventh batch (issue 12): which sentences of a letter, a notice
# or a news item are duties, and who leads them.
# ---------------------------------------------------------------------------------------


def test_prose_targets_results_and_done_work_are_not_tasks(directory):
    result = read(
        "UBND tỉnh Phú Yên vừa ban hành Kế hoạch tuyên truyền biển, đảo năm 2024.\n"
        "Theo đó, qua các kênh thông tin, mọi học sinh được phổ biến kiến thức về biển, đảo; "
        "chú trọng giới thiệu tiềm năng kinh tế biển cho ngư dân. 95% cán bộ truyền thanh "
        "xã được bồi dưỡng kỹ năng tuyên truyền.\n"
        "Năm 2023, công tác tuyên truyền biển, đảo đạt nhiều kết quả tích cực. Sở Ngoại vụ "
        "đã biên soạn bộ tài liệu hỏi đáp.\n"
        "Đồng thời, các ấn phẩm về biển, đảo sẽ được phát hành rộng rãi đến các xã ven biển.\n"
    )
    assert [t for t, _lead in texts_and_leads(result)] == [
        "chú trọng giới thiệu tiềm năng kinh tế biển cho ngư dân",
        "các ấn phẩm về biển, đảo sẽ được phát hành rộng rãi đến các xã ven biển",
    ]


def test_a_body_singled_out_of_a_collective_leads_beside_it(directory):
    result = read(
        "UBND tỉnh Phú Yên vừa ban hành Kế hoạch thông tin đối ngoại năm 2024.\n"
        "Các sở, ngành tỉnh, nhất là Sở Ngoại vụ chủ trì, phối hợp với các địa phương xây "
        "dựng kế hoạch thực hiện. Trong đó, biên soạn tài liệu giới thiệu tỉnh bằng tiếng "
        "Anh.\n"
    )
    assert texts_and_leads(result) == [
        (
            "Các sở, ngành tỉnh, nhất là Sở Ngoại vụ chủ trì, phối hợp với các địa phương xây "
            "dựng kế hoạch thực hiện",
            ["Các sở, ngành tỉnh", "Sở Ngoại vụ"],
        ),
        (
            "biên soạn tài liệu giới thiệu tỉnh bằng tiếng Anh",
            ["Các sở, ngành tỉnh", "Sở Ngoại vụ"],
        ),
    ]


def test_a_capitalised_list_after_gom_is_one_task_per_item_verb_or_not(directory):
    result = read(
        "UBND tỉnh Phú Yên đã ban hành Kế hoạch ngoại giao văn hóa năm 2024.\n"
        "Kế hoạch nhằm quảng bá hình ảnh của tỉnh ra nước ngoài.\n"
        "Các nội dung và nhiệm vụ chủ yếu gồm: Tăng cường tuyên truyền về ngoại giao văn hóa; "
        "Gắn kết ngoại giao văn hóa với ngoại giao kinh tế; Giới thiệu ẩm thực Phú Yên với "
        "bạn bè quốc tế.\n"
    )
    assert [t for t, _lead in texts_and_leads(result)] == [
        "Tăng cường tuyên truyền về ngoại giao văn hóa",
        "Gắn kết ngoại giao văn hóa với ngoại giao kinh tế",
        "Giới thiệu ẩm thực Phú Yên với bạn bè quốc tế",
    ]


def test_a_guidance_topics_after_la_and_its_request_to_the_press(directory):
    result = read(
        "Tuyên truyền Năm hữu nghị\n"
        "(PY) - Ngày 3.4, Ban Tuyên giáo Tỉnh ủy Phú Yên ban hành Hướng dẫn tuyên truyền Năm "
        "hữu nghị Việt Nam - Campuchia 2024, nhằm nâng cao hiểu biết của nhân dân.\n"
        "Các nội dung tuyên truyền chính là: Truyền thống quan hệ hai nước; ý nghĩa các ngày kỷ "
        "niệm trong năm; về giao lưu giữa Phú Yên với các tỉnh của Campuchia.\n"
        "Hoạt động tuyên truyền diễn ra trong cả năm 2024.\n"
        "Ban Tuyên giáo Tỉnh ủy yêu cầu các cơ quan báo chí của tỉnh mở chuyên mục về Năm hữu "
        "nghị.\n"
    )
    assert texts_and_leads(result) == [
        ("Truyền thống quan hệ hai nước", []),
        ("ý nghĩa các ngày kỷ niệm trong năm", []),
        ("về giao lưu giữa Phú Yên với các tỉnh của Campuchia", []),
        (
            "Ban Tuyên giáo Tỉnh ủy yêu cầu các cơ quan báo chí của tỉnh mở chuyên mục về Năm hữu "
            "nghị",
            ["các cơ quan báo chí của tỉnh"],
        ),
    ]


def test_a_notice_asking_offices_in_running_text_gives_a_task(directory):
    result = read(
        "Sách ảnh về biển, đảo Phú Yên\n"
        "Thực hiện Kế hoạch số 77/KH-UBND ngày 02/3/2024 của UBND tỉnh về tuyên truyền biển, "
        'đảo. Sở Văn hóa và Thể thao đã biên soạn sách ảnh "Biển đảo quê hương" Đề nghị '
        "phòng Văn hóa và Thông tin các huyện, thị xã phối hợp giới thiệu sách tại thư viện "
        "các xã.\n"
    )
    assert texts_and_leads(result) == [
        (
            "Đề nghị phòng Văn hóa và Thông tin các huyện, thị xã phối hợp giới thiệu sách tại "
            "thư viện các xã",
            ["phòng Văn hóa và Thông tin các huyện, thị xã"],
        )
    ]


def test_what_is_asked_at_a_training_meeting_is_no_task(directory):
    # (its asks to its trainees; a speaker's request to bodies is a task since batch 16,
    # test_speaker_request)
    result = read(
        "Sáng 5/3, Sở Văn hóa và Thể thao tổ chức hội nghị tập huấn công tác thông tin đối "
        "ngoại. Phát biểu tại hội nghị, đồng chí Nguyễn Văn A đề nghị các học viên tích cực "
        "trao đổi, vận dụng kiến thức vào công việc.\n"
    )
    assert result["tasks"] == []


def test_a_frame_sentence_leads_the_items_after_it_and_is_no_task(directory):
    result = read(
        "Theo đó, Chủ tịch UBND tỉnh yêu cầu thủ trưởng các sở, ngành, chủ tịch UBND cấp huyện "
        "tập trung thực hiện tốt các nội dung sau.\n"
        "Bao gồm tiếp tục thực hiện quy chế quản lý hoạt động đối ngoại của tỉnh Phú Yên; "
        "khẩn trương rà soát kế hoạch đoàn ra năm 2025.\n"
        "Không tổ chức đoàn đi nước ngoài ngoài kế hoạch; hạn chế hội thảo quốc tế không cần "
        "thiết.\n"
    )
    lead = ["thủ trưởng các sở, ngành", "chủ tịch UBND cấp huyện"]
    assert texts_and_leads(result) == [
        ("tiếp tục thực hiện quy chế quản lý hoạt động đối ngoại của tỉnh Phú Yên", lead),
        ("khẩn trương rà soát kế hoạch đoàn ra năm 2025", lead),
        ("Không tổ chức đoàn đi nước ngoài ngoài kế hoạch", lead),
        ("hạn chế hội thảo quốc tế không cần thiết", lead),
    ]


def test_a_letters_request_to_its_addressee_is_a_task_its_thanks_are_not(directory):
    result = read(
        "BỘ NGOẠI GIAO | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
        "Số: 120/CNV-VP | Hà Nội, ngày 05 tháng 3 năm 2024 |\n"
        "Kính gửi: | - Sở Ngoại vụ các tỉnh, thành phố; |\n"
        "Cục Ngoại vụ xin gửi tới Quý Cơ quan tài liệu hướng dẫn công tác lễ tân.\n"
        "Trân trọng đề nghị Quý Cơ quan căn cứ tài liệu trên để tham mưu Lãnh đạo tỉnh tổ chức "
        "tập huấn tại địa phương.\n"
        "Cục Ngoại vụ xin chân thành cảm ơn sự hợp tác của Quý Cơ quan./.\n"
    )
    assert texts_and_leads(result) == [
        (
            "Trân trọng đề nghị Quý Cơ quan căn cứ tài liệu trên để tham mưu Lãnh đạo tỉnh tổ "
            "chức tập huấn tại địa phương",
            ["Quý Cơ quan"],
        )
    ]


def test_news_of_a_decision_gives_the_tasks_it_lists(directory):
    result = read(
        "Ngày 3/5/2023, Thủ tướng Chính phủ ban hành Quyết định 999/QĐ-TTg phê duyệt Đề án "
        "quảng bá hình ảnh quốc gia đến năm 2030.\n"
        "Theo đó, Đề án nhằm nâng cao hình ảnh Việt Nam trên trường quốc tế.\n"
        "Các nhiệm vụ, giải pháp được đặt ra như: nâng cao nhận thức của các bộ, ngành về "
        "quảng bá; hoàn thiện cơ chế phối hợp giữa các cơ quan.\n"
        "Bên cạnh đó, đẩy mạnh quảng bá trên nền tảng số; tiếp tục đổi mới nội dung thông "
        "tin.\n"
    )
    assert [t for t, _lead in texts_and_leads(result)] == [
        "nâng cao nhận thức của các bộ, ngành về quảng bá",
        "hoàn thiện cơ chế phối hợp giữa các cơ quan",
        "đẩy mạnh quảng bá trên nền tảng số",
        "tiếp tục đổi mới nội dung thông tin",
    ]


def test_trong_do_opening_a_paragraph_goes_on_with_the_lead_before_it(directory):
    result = read(
        "Ban Tuyên giáo Tỉnh ủy Phú Yên vừa ban hành Hướng dẫn số 12-HD/BTGTU về công tác "
        "thông tin đối ngoại năm 2024.\n"
        "Hướng dẫn nêu rõ các địa phương, đơn vị chủ động xây dựng kế hoạch thông tin đối "
        "ngoại năm 2024.\n"
        "Trong đó, tập trung giới thiệu văn hóa biển Phú Yên với bạn bè quốc tế.\n"
    )
    assert texts_and_leads(result)[-1] == (
        "tập trung giới thiệu văn hóa biển Phú Yên với bạn bè quốc tế",
        ["các địa phương, đơn vị"],
    )


def test_who_attended_chaired_or_spoke_is_no_task_but_a_request_to_bodies_is(directory):
    result = read(
        "UBND tỉnh Phú Yên vừa ban hành Kế hoạch thông tin đối ngoại năm 2024.\n"
        "Tham dự buổi công bố có lãnh đạo các sở, ngành tham gia tuyên truyền.\n"
        "Đồng chí Nguyễn Văn A, Phó Chủ tịch UBND tỉnh chủ trì buổi công bố.\n"
        "Phát biểu tại buổi công bố, đồng chí Nguyễn Văn A đề nghị các sở, ngành tăng cường "
        "cung cấp thông tin cho báo chí.\n"
    )
    assert texts_and_leads(result) == [
        (
            # (the speaker's frame "Phát biểu tại buổi công bố," dropped, as in the gold)
            "đồng chí Nguyễn Văn A đề nghị các sở, ngành tăng cường cung cấp thông tin cho báo chí",
            ["các sở, ngành"],
        )
    ]


def test_a_review_gives_the_work_it_says_comes_next_thoi_gian_toi(directory):
    result = read(
        "Ngày 20/12, Sở Ngoại vụ tỉnh Phú Yên tổng kết công tác đối ngoại năm 2023.\n"
        "Năm 2023, Sở Ngoại vụ đã tham mưu tổ chức 12 đoàn ra, đón 30 đoàn vào.\n"
        "Thời gian tới, Sở Ngoại vụ sẽ tiếp tục tham mưu tổ chức các hoạt động kỷ niệm quan hệ "
        "ngoại giao; phối hợp các địa phương quảng bá hình ảnh tỉnh.\n"
    )
    assert result["doc_type"] == "report"
    assert [t for t, _lead in texts_and_leads(result)] == [
        "Thời gian tới, Sở Ngoại vụ sẽ tiếp tục tham mưu tổ chức các hoạt động kỷ niệm quan hệ "
        "ngoại giao",
        "phối hợp các địa phương quảng bá hình ảnh tỉnh",
    ]


def test_the_sentence_after_an_announcement_ending_in_a_quotation_is_read(directory):
    result = read(
        "Nhằm phát huy kết quả năm 2024, Ban Tuyên giáo Huyện ủy đề ra kế hoạch triển khai công "
        "tác thông tin đối ngoại năm 2025 với phương châm “chủ động, kịp thời, hiệu quả.” Năm "
        "2025, công tác thông tin đối ngoại tập trung vào việc giới thiệu thành tựu đổi mới của "
        "huyện. Đồng thời, quảng bá các làng nghề truyền thống đến du khách nước ngoài.\n"
    )
    assert [t for t, _lead in texts_and_leads(result)] == [
        "Năm 2025, công tác thông tin đối ngoại tập trung vào việc giới thiệu thành tựu đổi mới "
        "của huyện",
        "quảng bá các làng nghề truyền thống đến du khách nước ngoài",
    ]


def test_a_guidance_letters_numbered_focus_task_above_its_explanation_is_the_task(directory):
    result = read(
        "BỘ THÔNG TIN VÀ TRUYỀN THÔNG\n"
        "Số: 1234/BTTTT-TTĐN\n"
        "V/v hướng dẫn xây dựng Kế hoạch công tác thông tin đối ngoại năm 2026\n"
        "Hà Nội, ngày 10 tháng 10 năm 2025\n"
        "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương\n"
        "Bộ Thông tin và Truyền thông đề nghị Ủy ban nhân dân các tỉnh xây dựng Kế hoạch công "
        "tác thông tin đối ngoại năm 2026, tập trung các nhiệm vụ trọng tâm sau:\n"
        "\n"
        "1. Hoàn thiện quy chế phát ngôn về thông tin đối ngoại\n"
        "\n"
        "Đề nghị các địa phương rà soát quy chế phát ngôn hiện hành của tỉnh.\n"
    )
    assert [t for t, _lead in texts_and_leads(result)] == [
        "Hoàn thiện quy chế phát ngôn về thông tin đối ngoại"
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "Hội nghị tập huấn công tác thông tin đối ngoại năm 2024 diễn ra sáng 5/3 tại Tuy Hòa.",
        "Chiều 5/3, lãnh đạo Sở Ngoại vụ có buổi làm việc với Đài Phát thanh và Truyền hình tỉnh.",
    ],
)
def test_a_meeting_told_noun_first_or_as_a_working_session_gives_no_task(directory, opening):
    # What is said there is its news; a speaker's request to bodies is a task since batch 16
    # (test_speaker_request).
    result = read(
        f"{opening} Kết luận, đồng chí Nguyễn Văn A ghi nhận các sở, ngành đã tăng cường cung "
        "cấp thông tin cho báo chí.\n"
    )
    assert result["tasks"] == []
    asked = "đồng chí Nguyễn Văn A đề nghị các sở, ngành tăng cường cung cấp thông tin cho báo chí"
    assert texts_and_leads(read(f"{opening} Kết luận, {asked}.\n")) == [(asked, ["các sở, ngành"])]


# ---------------------------------------------------------------------------------------
# Tasks written in prose, ninth batch (issue 12): which part of a news item, a review or a
# guidance holds the work (a heading, a list the announcement opens, a counted list, what a
# review asks next), and which sentences only go on with purposes or done work.
# ---------------------------------------------------------------------------------------


def test_a_sentence_opening_with_cu_the_colon_splits_its_own_duties(directory):
    result = read(
        "UBND tỉnh Phú Yên vừa ban hành Kế hoạch thông tin đối ngoại năm 2024.\n"
        "Theo kế hoạch, công tác thông tin đối ngoại năm 2024 gồm 3 nội dung chính là: Tuyên "
        "truyền đối ngoại; Quản lý báo chí nước ngoài; Quảng bá hình ảnh tỉnh. Cụ thể: Năm "
        "2024, tỉnh sẽ biên soạn sách ảnh về biển Phú Yên; phát hành tờ gấp giới thiệu du lịch; "
        "xây dựng pa nô quảng bá tại các điểm: Tuy Hòa; Sông Cầu, Đông Hòa và cảng Vũng Rô. Đặc biệt là "
        "mời phóng viên nước ngoài dự lễ hội Cầu ngư.\n"
    )
    assert [t for t, _lead in texts_and_leads(result)] == [
        "Tuyên truyền đối ngoại",
        "Quản lý báo chí nước ngoài",
        "Quảng bá hình ảnh tỉnh",
        "Năm 2024, tỉnh sẽ biên soạn sách ảnh về biển Phú Yên",
        "phát hành tờ gấp giới thiệu du lịch",
        "xây dựng pa nô quảng bá tại các điểm: Tuy Hòa; Sông Cầu, Đông Hòa và cảng Vũng Rô",
        "mời phóng viên nước ngoài dự lễ hội Cầu ngư",
    ]


def test_purposes_running_on_and_the_issuing_day_are_no_tasks_the_focus_work_is(directory):
    result = read(
        "Phú Yên có kế hoạch quảng bá hình ảnh giai đoạn 2026-2030\n"
        "Ngày 5/3, UBND tỉnh ban hành Quyết định số 210/QĐ-UBND về Kế hoạch quảng bá hình ảnh "
        "tỉnh Phú Yên giai đoạn 2026-2030.\n"
        "Kế hoạch nhằm thống nhất cách giới thiệu hình ảnh tỉnh trong các hoạt động đối ngoại.\n"
        "Nâng cao vị thế của tỉnh trong mắt nhà đầu tư. Thu hút thêm khách du lịch quốc tế.\n"
        "Các hoạt động trọng tâm giai đoạn 2026-2030 là xây dựng bộ nhận diện hình ảnh tỉnh; "
        "sản xuất phim giới thiệu tỉnh bằng ba thứ tiếng.\n"
    )
    assert [t for t, _lead in texts_and_leads(result)] == [
        "xây dựng bộ nhận diện hình ảnh tỉnh",
        "sản xuất phim giới thiệu tỉnh bằng ba thứ tiếng",
    ]


def test_the_purposes_an_announcement_states_run_on_until_the_work(directory):
    result = read(
        "Phú Yên lên kế hoạch nâng cao hiệu quả thông tin đối ngoại\n"
        "Kế hoạch số 77/KH-UBND ban hành gắn với mục tiêu nhằm nâng cao hiệu quả quảng bá hình "
        "ảnh tỉnh.\n"
        "Tranh thủ sự ủng hộ của bạn bè quốc tế. Hạn chế ảnh hưởng của thông tin sai lệch.\n"
        "Theo đó, Sở Thông tin và Truyền thông chủ trì tổ chức họp báo định kỳ.\n"
    )
    assert texts_and_leads(result) == [
        (
            "Sở Thông tin và Truyền thông chủ trì tổ chức họp báo định kỳ",
            ["Sở Thông tin và Truyền thông"],
        )
    ]


def test_the_rest_of_a_paragraph_of_done_work_is_done_too(directory):
    result = read(
        "Phú Yên triển khai thông tin đối ngoại năm 2025\n"
        "Ngày 20/12/2024, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Phú Yên tổ chức hội nghị "
        "triển khai nhiệm vụ năm 2025.\n"
        "Năm 2024, các sở, ngành đã chủ động xây dựng kế hoạch của đơn vị mình. Công tác phối "
        "hợp giữa các địa phương được duy trì thường xuyên. Góp phần quảng bá hình ảnh tỉnh "
        "đến bạn bè quốc tế.\n"
    )
    assert result["tasks"] == []


def test_a_counted_list_of_contents_after_mot_la_hai_la(directory):
    result = read(
        "5 nội dung tuyên truyền về biên giới năm 2025\n"
        "Ban Tuyên giáo Tỉnh ủy Phú Yên vừa ban hành hướng dẫn tuyên truyền về biên giới năm "
        "2025 (Hướng dẫn số 12-HD/BTGTU ngày 10/01/2025).\n"
        "Hướng dẫn nêu rõ 05 nội dung tuyên truyền:\n"
        "Một là, tuyên truyền về ý nghĩa của biên giới hòa bình, hữu nghị. Tuyên truyền các "
        "hiệp định về biên giới đã ký kết.\n"
        "Hai là, giới thiệu các điển hình bảo vệ cột mốc.\n"
    )
    assert [t for t, _lead in texts_and_leads(result)] == [
        "tuyên truyền về ý nghĩa của biên giới hòa bình, hữu nghị",
        "Tuyên truyền các hiệp định về biên giới đã ký kết",
        "giới thiệu các điển hình bảo vệ cột mốc",
    ]


def test_what_a_review_asks_of_members_and_leaders_after_naming_the_coming_work(directory):
    result = read(
        "(PYTV) – Sáng 10/1, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Phú Yên tổng kết "
        "công tác năm 2024 và triển khai nhiệm vụ năm 2025.\n"
        "Năm 2024, công tác thông tin đối ngoại đạt nhiều kết quả.\n"
        "Năm 2025, Ban Tuyên giáo Tỉnh ủy đề nghị thành viên Ban Chỉ đạo, lãnh đạo các huyện "
        "tiếp tục quán triệt chủ trương của Đảng về đối ngoại. Thực hiện tốt các văn bản chỉ "
        "đạo của Tỉnh ủy; Quyết định số 88 của Ban Thường vụ Tỉnh ủy về quản lý đoàn ra.\n"
    )
    assert result["doc_type"] == "report"
    leads = ["thành viên Ban Chỉ đạo", "lãnh đạo các huyện"]
    assert texts_and_leads(result) == [
        (
            "Năm 2025, Ban Tuyên giáo Tỉnh ủy đề nghị thành viên Ban Chỉ đạo, lãnh đạo các huyện "
            "tiếp tục quán triệt chủ trương của Đảng về đối ngoại",
            leads,
        ),
        (
            "Thực hiện tốt các văn bản chỉ đạo của Tỉnh ủy; Quyết định số 88 của Ban Thường vụ "
            "Tỉnh ủy về quản lý đoàn ra",
            leads,
        ),
    ]


def test_the_work_under_a_heading_of_focus_tasks_and_not_its_caption(directory):
    result = read(
        "Tin hoạt động\n"
        "NHIỆM VỤ TRỌNG TÂM NĂM 2026\n"
        "Tiếp tục tổ chức đón tiếp các đoàn khách quốc tế đến thăm tỉnh.\n"
        "Chuẩn bị kế hoạch tổ chức 03 sự kiện gồm: kỷ niệm ngày thành lập Hội hữu nghị; kỷ "
        "niệm quan hệ ngoại giao với Lào; Gặp mặt kiều bào dịp Tết.\n"
        "Ông Nguyễn Văn Bình, Chủ tịch Hội hữu nghị báo cáo kết quả công tác năm 2025.\n"
        "Xây dựng kế hoạch vận động viện trợ phi chính phủ nước ngoài.\n"
    )
    assert [t for t, _lead in texts_and_leads(result)] == [
        "Tiếp tục tổ chức đón tiếp các đoàn khách quốc tế đến thăm tỉnh",
        "Chuẩn bị kế hoạch tổ chức 03 sự kiện gồm: kỷ niệm ngày thành lập Hội hữu nghị; kỷ "
        "niệm quan hệ ngoại giao với Lào; Gặp mặt kiều bào dịp Tết",
        "Xây dựng kế hoạch vận động viện trợ phi chính phủ nước ngoài",
    ]


def test_a_review_whose_plan_sentence_opens_the_list_of_focus_tasks(directory):
    result = read(
        "Sở Ngoại vụ Phú Yên sơ kết công tác 6 tháng đầu năm 2025\n"
        "Trong 6 tháng đầu năm, Sở đã tham mưu đón 20 đoàn khách quốc tế; Tăng cường quảng bá "
        "hình ảnh tỉnh ở nước ngoài.\n"
        "Trên cơ sở kết quả đạt được, Sở đã triển khai kế hoạch 6 tháng cuối năm với nhiệm vụ "
        "trọng tâm là: Tiếp tục tham mưu quản lý các đoàn ra, đoàn vào.\n"
    )
    assert [t for t, _lead in texts_and_leads(result)] == [
        "Tiếp tục tham mưu quản lý các đoàn ra, đoàn vào"
    ]


def test_a_later_year_after_done_work_in_its_paragraph_is_the_coming_work(directory):
    result = read(
        "UBND tỉnh Phú Yên vừa ban hành Kế hoạch thông tin đối ngoại năm 2026.\n"
        "Năm 2025, tỉnh đã đón 15 đoàn phóng viên nước ngoài. Năm 2026, tiếp tục mời phóng "
        "viên nước ngoài viết về du lịch biển. Góp phần thu hút khách quốc tế.\n"
    )
    assert [t for t, _lead in texts_and_leads(result)] == [
        "Năm 2026, tiếp tục mời phóng viên nước ngoài viết về du lịch biển"
    ]


# News items' issuers (news11)


@pytest.mark.parametrize(
    ("written", "traditional"),
    [
        ("Sở Văn hoá, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
        ("UỶ BAN NHÂN DÂN", "ỦY BAN NHÂN DÂN"),
        ("Thuỷ lợi, khoẻ", "Thủy lợi, khỏe"),
        ("quý, hoặc, xoáy, hoàn thành, Quỳnh", "quý, hoặc, xoáy, hoàn thành, Quỳnh"),
    ],
)
def test_traditional_tone_place_moves_only_a_final_oa_oe_uy(written, traditional):
    from ttdn.core.text import traditional_tone_place

    assert traditional_tone_place(written) == traditional


# ---------------------------------------------------------------------------------------
# Tasks in prose (prose11)
# A form matrix of news items, letters and reports: sentences that are not tasks (results,
# context, words reported from someone, site chrome) and the forms that give them (a
# letter's asks, a review's coming work).
# ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "aside",
    [
        "Trong bối cảnh tình hình khu vực diễn biến phức tạp, công tác thông tin đối ngoại "
        "càng có vai trò quan trọng.",
        "Thời gian qua, công tác thông tin đối ngoại của tỉnh được các cấp quan tâm chỉ đạo.",
        "Những năm qua, các cơ quan báo chí của tỉnh tích cực đưa tin về hợp tác quốc tế.",
        "Qua 5 năm, các địa phương tổ chức nhiều hoạt động giao lưu với tỉnh bạn.",
        "Kết quả cho thấy các cơ quan báo chí tăng cường đưa tin về hợp tác quốc tế.",
        "Tổng kinh phí thực hiện kế hoạch là 500 triệu đồng từ ngân sách tỉnh.",
        "Năm 2023, tỉnh đón hơn 200 đoàn khách quốc tế với 3.500 lượt khách.",
        "“Chúng ta cần đổi mới cách làm, đưa thông tin đến gần người dân hơn”, bà Trần Thị "
        "Bình, Giám đốc Sở Ngoại vụ nói.",
        "Theo Giám đốc Sở Ngoại vụ, việc quảng bá hình ảnh địa phương cần được làm thường xuyên.",
        "Ông đề nghị cần nâng cao chất lượng các ấn phẩm thông tin đối ngoại.",
        "Phó Chủ tịch UBND tỉnh Nguyễn Văn An nhấn mạnh cần tăng cường tuyên truyền về biển.",
        "Sở Ngoại vụ cho biết sẽ tổ chức nhiều hoạt động quảng bá trong năm.",
        "Chia sẻ | In bài | Gửi email",
    ],
)
def test_prose11_context_reported_words_earlier_years_and_chrome_are_not_tasks(directory, aside):
    result = read(
        news_of_plan(
            "Phú Yên",
            f"{aside}\nTheo đó, Sở Thông tin và Truyền thông chủ trì tổ chức tập huấn kỹ năng "
            "thông tin đối ngoại cho cán bộ.\n",
        )
    )
    assert task_texts(result) == [
        "Sở Thông tin và Truyền thông chủ trì tổ chức tập huấn kỹ năng thông tin đối ngoại "
        "cho cán bộ"
    ]


def test_prose11_site_copyright_ends_the_item(directory):
    result = read(
        news_of_plan(
            "Phú Yên",
            "Theo đó, Sở Ngoại vụ chủ trì tổ chức các hoạt động quảng bá hình ảnh tỉnh.\n"
            "Bản quyền thuộc Cổng thông tin điện tử tỉnh Phú Yên. Ghi rõ nguồn khi phát hành "
            "lại thông tin từ trang này.\n",
        )
    )
    assert task_texts(result) == [
        "Sở Ngoại vụ chủ trì tổ chức các hoạt động quảng bá hình ảnh tỉnh"
    ]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Thực hiện chỉ đạo của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh có ý kiến như sau:\n"
            "Giao Sở Ngoại vụ chủ trì, phối hợp với Sở Thông tin và Truyền thông theo dõi, đôn "
            "đốc các đơn vị thực hiện.\n"
            "Yêu cầu UBND các huyện, thị xã, thành phố chỉ đạo các phòng chuyên môn tổ chức "
            "tuyên truyền.\n",
            [
                (
                    "Giao Sở Ngoại vụ chủ trì, phối hợp với Sở Thông tin và Truyền thông theo dõi, "
                    "đôn đốc các đơn vị thực hiện",
                    ["Sở Ngoại vụ"],
                ),
                (
                    "Yêu cầu UBND các huyện, thị xã, thành phố chỉ đạo các phòng chuyên môn tổ "
                    "chức tuyên truyền",
                    ["UBND các huyện, thị xã, thành phố"],
                ),
            ],
        ),
        (
            "Thời gian qua, công tác thông tin đối ngoại trên địa bàn đã đạt nhiều kết quả.\n"
            "Để tiếp tục nâng cao hiệu quả công tác này, UBND tỉnh đề nghị các sở, ban, ngành "
            "tỉnh tăng cường cung cấp thông tin cho Sở Thông tin và Truyền thông.\n",
            [
                (
                    "UBND tỉnh đề nghị các sở, ban, ngành tỉnh tăng cường cung cấp thông tin cho "
                    "Sở Thông tin và Truyền thông",
                    ["các sở, ban, ngành tỉnh"],
                ),
            ],
        ),
        (
            "Chủ tịch UBND tỉnh chỉ đạo Sở Ngoại vụ chủ trì, phối hợp với các cơ quan liên quan "
            "xây dựng kế hoạch tổ chức các hoạt động đối ngoại năm 2024.\n",
            [
                (
                    "Chủ tịch UBND tỉnh chỉ đạo Sở Ngoại vụ chủ trì, phối hợp với các cơ quan "
                    "liên quan xây dựng kế hoạch tổ chức các hoạt động đối ngoại năm 2024",
                    ["Sở Ngoại vụ"],
                ),
            ],
        ),
        (
            "Sở Thông tin và Truyền thông đề nghị các cơ quan báo chí trên địa bàn tỉnh:\n"
            "Tăng cường tuyên truyền về công tác đối ngoại của tỉnh.\n"
            "Phản ánh kịp thời các sự kiện đối ngoại diễn ra trên địa bàn.\n",
            [
                (
                    "Tăng cường tuyên truyền về công tác đối ngoại của tỉnh",
                    ["các cơ quan báo chí trên địa bàn tỉnh"],
                ),
                (
                    "Phản ánh kịp thời các sự kiện đối ngoại diễn ra trên địa bàn",
                    ["các cơ quan báo chí trên địa bàn tỉnh"],
                ),
            ],
        ),
    ],
)
def test_prose11_a_letters_asks_in_running_text_below_its_addressee_bullets(
    directory, body, expected
):
    assert texts_and_leads(read(letter_of("Phú Yên", body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Phương hướng, nhiệm vụ năm 2024:\n- Tiếp tục quán triệt các văn bản của Trung ương "
            "về thông tin đối ngoại.\n- Tăng cường quảng bá hình ảnh tỉnh ra nước ngoài.\n",
            [
                "Tiếp tục quán triệt các văn bản của Trung ương về thông tin đối ngoại",
                "Tăng cường quảng bá hình ảnh tỉnh ra nước ngoài",
            ],
        ),
        (
            "Nhiệm vụ trọng tâm năm 2024 là: tiếp tục đổi mới nội dung thông tin đối ngoại; "
            "tăng cường thông tin về biên giới; nâng cao chất lượng đội ngũ cán bộ.\n",
            [
                "tiếp tục đổi mới nội dung thông tin đối ngoại",
                "tăng cường thông tin về biên giới",
                "nâng cao chất lượng đội ngũ cán bộ",
            ],
        ),
        (
            "Để hoàn thành mục tiêu năm 2024, Ban Chỉ đạo đề ra một số nhiệm vụ: đẩy mạnh thông "
            "tin tuyên truyền về biên giới; tổ chức tốt các hoạt động giao lưu hữu nghị.\n",
            [
                "đẩy mạnh thông tin tuyên truyền về biên giới",
                "tổ chức tốt các hoạt động giao lưu hữu nghị",
            ],
        ),
        (
            "Hội nghị thống nhất các nhiệm vụ năm 2024 như sau:\n1. Tiếp tục tăng cường sự lãnh "
            "đạo của cấp ủy đối với công tác thông tin đối ngoại.\n2. Đổi mới phương thức thông "
            "tin đối ngoại, ứng dụng công nghệ số.\n",
            [
                "Tiếp tục tăng cường sự lãnh đạo của cấp ủy đối với công tác thông tin đối ngoại",
                "Đổi mới phương thức thông tin đối ngoại, ứng dụng công nghệ số",
            ],
        ),
        (
            "Năm 2024, Ban Chỉ đạo tiếp tục tập trung đổi mới nội dung, phương thức thông tin "
            "đối ngoại.\n",
            [
                "Năm 2024, Ban Chỉ đạo tiếp tục tập trung đổi mới nội dung, phương thức thông "
                "tin đối ngoại"
            ],
        ),
        (
            "Phát biểu chỉ đạo hội nghị, đồng chí Lê Văn Hùng, Phó Bí thư Tỉnh ủy yêu cầu trong "
            "thời gian tới, các sở, ngành, địa phương cần tập trung đổi mới phương thức tuyên "
            "truyền.\n",
            [
                # (the speaker's frame "Phát biểu chỉ đạo hội nghị," dropped, as in the gold)
                "đồng chí Lê Văn Hùng, Phó Bí thư Tỉnh ủy yêu cầu "
                "trong thời gian tới, các sở, ngành, địa phương cần tập trung đổi mới phương "
                "thức tuyên truyền"
            ],
        ),
    ],
)
def test_prose11_a_reviews_coming_work_in_its_forms(directory, body, expected):
    assert task_texts(read(review_news("Phú Yên", body))) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "I. KẾT QUẢ\nNăm 2023, Sở đã tổ chức 5 hội nghị tuyên truyền.\n"
            "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024\nNăm 2024, tỉnh tập trung thực hiện các nhiệm "
            "vụ sau: tăng cường công tác tuyên truyền về biển, đảo; đẩy mạnh quảng bá hình ảnh "
            "tỉnh; nâng cao năng lực cán bộ.\n",
            [
                "tăng cường công tác tuyên truyền về biển, đảo",
                "đẩy mạnh quảng bá hình ảnh tỉnh",
                "nâng cao năng lực cán bộ",
            ],
        ),
        (
            "1. Kết quả đạt được\nSở đã phối hợp tổ chức 3 đoàn công tác.\n"
            "2. Nhiệm vụ, giải pháp thời gian tới\na) Tăng cường công tác thông tin đối ngoại "
            "trên môi trường mạng.\nb) Nâng cao năng lực cán bộ làm công tác đối ngoại.\n",
            [
                "Tăng cường công tác thông tin đối ngoại trên môi trường mạng",
                "Nâng cao năng lực cán bộ làm công tác đối ngoại",
            ],
        ),
    ],
)
def test_prose11_a_reports_coming_work_listed_in_a_paragraph_or_lettered(directory, body, expected):
    assert task_texts(read(report_of("Phú Yên", body))) == expected


@pytest.mark.parametrize(
    "aside",
    [
        "Trước đó, ngày 10/1/2024, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2024.",
        "Hiện nay, toàn tỉnh có 15 tổ chức phi chính phủ nước ngoài đang hoạt động.",
        "Tính đến hết năm 2023, tỉnh có quan hệ hợp tác với 20 địa phương nước ngoài.",
        "Như vậy, công tác thông tin đối ngoại ngày càng được quan tâm.",
        "Ảnh: Quang cảnh hội nghị triển khai kế hoạch.",
        "Tỉnh Phú Yên có bờ biển dài 189 km với nhiều tiềm năng phát triển kinh tế biển.",
        "Đây là hoạt động thiết thực nhằm quảng bá hình ảnh tỉnh đến bạn bè quốc tế.",
        "Việc ban hành kế hoạch thể hiện sự quan tâm của tỉnh đối với công tác đối ngoại.",
        "Công tác thông tin đối ngoại giữ vai trò quan trọng trong sự phát triển của tỉnh.",
        "Hoạt động này góp phần nâng cao vị thế của tỉnh trên trường quốc tế.",
        "Tham gia chương trình có đại diện các sở, ngành và 200 học sinh, sinh viên.",
        "Tin cùng chuyên mục\nHội nghị xúc tiến đầu tư vào tỉnh năm 2024\nTỉnh đón đoàn công "
        "tác của Nhật Bản",
        "các thông tin tiện ích",
        "Phấn đấu đến năm 2025, tỉnh thu hút thêm 50 dự án có vốn đầu tư nước ngoài.",
        "Chỉ tiêu: mỗi năm tổ chức ít nhất 2 hội nghị xúc tiến đầu tư.",
        "Chương trình có sự tham gia của 300 đại biểu trong và ngoài nước.",
        "Dự kiến, hội nghị xúc tiến đầu tư sẽ thu hút khoảng 200 doanh nghiệp tham dự.",
        "Mùa hoa sen ở xã Tân Hội thu hút đông du khách trong và ngoài nước.",
        "Số đoàn khách quốc tế đến tỉnh tăng gấp đôi so với năm trước.",
        "Lãnh đạo tỉnh tặng hoa chúc mừng các đơn vị đạt giải.",
        "Hai bên ký kết biên bản ghi nhớ hợp tác giai đoạn 2024 - 2026.",
    ],
)
def test_prose11_what_stands_describes_or_surrounds_the_plan_is_not_a_task(directory, aside):
    result = read(
        news_of_plan(
            "Phú Yên",
            "Theo đó, Sở Thông tin và Truyền thông chủ trì tổ chức tập huấn kỹ năng thông tin "
            f"đối ngoại cho cán bộ.\n{aside}\n",
        )
    )
    assert task_texts(result) == [
        "Sở Thông tin và Truyền thông chủ trì tổ chức tập huấn kỹ năng thông tin đối ngoại "
        "cho cán bộ"
    ]


@pytest.mark.parametrize(
    "intro",
    [
        "Nội dung tuyên truyền tập trung vào 4 vấn đề chính:",
        "Kế hoạch thực hiện Thỏa thuận hợp tác gồm 4 nội dung:",
    ],
)
def test_prose11_counted_topics_are_one_task_each(directory, intro):
    result = read(
        news_of_plan(
            "Phú Yên",
            f"{intro} Chủ trương của Đảng về biển, đảo; các điều ước quốc tế về biển; chứng cứ "
            "lịch sử về chủ quyền biển, đảo; hợp tac phát triển kinh tế biển.\n",
        )
    )
    assert task_texts(result) == [
        "Chủ trương của Đảng về biển, đảo",
        "các điều ước quốc tế về biển",
        "chứng cứ lịch sử về chủ quyền biển, đảo",
        "hợp tac phát triển kinh tế biển",
    ]


@pytest.mark.parametrize(
    ("opening", "ask"),
    [
        (
            "(baophuyen.vn) – Thực hiện Công văn số 52, ngày 4 tháng 3 năm 2024 của Ban Thường "
            "vụ Tỉnh ủy về tuyên truyền biên giới, vừa qua, ",
            "UBND tỉnh đã có công văn yêu cầu Sở Ngoại vụ chủ trì, phối hợp với các sở, ngành "
            "tổ chức tuyên truyền về biên giới đất liền",
        ),
        (
            "(PY) - Vừa qua, ",
            "UBND tỉnh Phú Yên đã gửi văn bản đề nghị các sở, ban, ngành tăng cường thông tin "
            "về Năm hữu nghị",
        ),
    ],
)
def test_prose11_an_ask_of_a_letter_told_in_the_past_after_a_dateline(directory, opening, ask):
    result = read(f"Tuyên truyền về biên giới đất liền năm 2024\n{opening}{ask}.\n")
    assert task_texts(result) == [ask]


@pytest.mark.parametrize("months", ["Trong những tháng cuối năm 2023", "3 tháng cuối năm"])
def test_prose11_the_rest_of_the_year_reviewed_is_coming_work(directory, months):
    result = read(
        "Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên sơ kết 9 tháng năm 2023\n"
        "9 tháng năm 2023, Liên hiệp các tổ chức hữu nghị tỉnh đã tổ chức đón 12 đoàn khách "
        "quốc tế.\n"
        f"{months}, Liên hiệp các tổ chức hữu nghị tỉnh sẽ tiếp tục vận động viện trợ phi chính "
        "phủ nước ngoài cho các huyện miền núi.\n"
    )
    assert texts_and_leads(result) == [
        (
            f"{months}, Liên hiệp các tổ chức hữu nghị tỉnh sẽ tiếp tục vận động viện trợ phi "
            "chính phủ nước ngoài cho các huyện miền núi",
            ["Liên hiệp các tổ chức hữu nghị tỉnh"],
        )
    ]


def test_prose11_a_letters_topic_headings_head_the_asks_in_their_paragraphs(directory):
    result = read(
        letter_of(
            "Phú Yên",
            "Để thực hiện tốt công tác thông tin đối ngoại năm 2024, UBND tỉnh có ý kiến như "
            "sau:\n1. Về công tác tuyên truyền\nCác sở, ban, ngành, địa phương tăng cường tuyên "
            "truyền về kết quả hợp tác quốc tế của tỉnh.\n2. Về công tác quảng bá\nSở Văn hóa, "
            "Thể thao và Du lịch chủ trì tổ chức các hoạt động quảng bá du lịch ở nước ngoài.\n",
        )
    )
    assert task_texts(result) == [
        "Các sở, ban, ngành, địa phương tăng cường tuyên truyền về kết quả hợp tác quốc tế của "
        "tỉnh",
        "Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức các hoạt động quảng bá du lịch ở nước "
        "ngoài",
    ]


@pytest.mark.parametrize("joined", ["; đồng thời yêu cầu", "; yêu cầu", "; đồng thời, đề nghị"])
def test_prose11_a_second_ask_after_a_semicolon_is_a_task_of_its_own(directory, joined):
    result = read(
        "Phó Thủ tướng chỉ đạo về công tác thông tin đối ngoại\n"
        "Văn phòng Chính phủ vừa có Công văn số 1234/VPCP-QHQT truyền đạt ý kiến của Phó Thủ "
        "tướng về công tác thông tin đối ngoại.\n"
        "Phó Thủ tướng giao Bộ Ngoại giao chủ trì hướng dẫn các địa phương triển khai thực hiện"
        f"{joined} các bộ, ngành, địa phương tăng cường thông tin về thành tựu của đất nước.\n"
    )
    assert len(task_texts(result)) == 2
    assert task_texts(result)[0] == (
        "Phó Thủ tướng giao Bộ Ngoại giao chủ trì hướng dẫn các địa phương triển khai thực hiện"
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Trong năm 2024, Ban Chỉ đạo sẽ tập trung thực hiện tốt các nhiệm vụ: đổi mới "
            "phương thức thông tin đối ngoại; tăng cường thông tin về biên giới.\n",
            [
                ("đổi mới phương thức thông tin đối ngoại", []),
                ("tăng cường thông tin về biên giới", []),
            ],
        ),
        (
            "Phát biểu kết luận hội nghị, đồng chí Trưởng Ban Chỉ đạo đề nghị các thành viên Ban "
            "Chỉ đạo: tiếp tục đổi mới phương thức thông tin đối ngoại; tăng cường thông tin về "
            "biên giới.\n",
            [
                (
                    "tiếp tục đổi mới phương thức thông tin đối ngoại",
                    ["các thành viên Ban Chỉ đạo"],
                ),
                ("tăng cường thông tin về biên giới", ["các thành viên Ban Chỉ đạo"]),
            ],
        ),
        (
            "Năm 2023, Ban Chỉ đạo đã thực hiện các nhiệm vụ: đổi mới phương thức thông tin đối "
            "ngoại; tăng cường thông tin về biên giới.\n",
            [],
        ),
    ],
)
def test_prose11_a_reviews_coming_list_dated_or_asked_after_a_colon(directory, body, expected):
    assert texts_and_leads(read(review_news("Phú Yên", body))) == expected


@pytest.mark.parametrize("marks", [("(1)", "(2)"), ("a.", "b."), ("-", "-")])
def test_prose11_a_letters_items_under_its_ask_keep_no_mark(directory, marks):
    result = read(
        letter_of(
            "Phú Yên",
            "UBND tỉnh đề nghị các sở, ban, ngành, địa phương thực hiện một số nội dung sau:\n"
            f"{marks[0]} Tăng cường tuyên truyền về công tác đối ngoại của tỉnh.\n"
            f"{marks[1]} Chủ động cung cấp thông tin cho báo chí nước ngoài.\n",
        )
    )
    assert task_texts(result) == [
        "Tăng cường tuyên truyền về công tác đối ngoại của tỉnh",
        "Chủ động cung cấp thông tin cho báo chí nước ngoài",
    ]


@pytest.mark.parametrize("intro", ["các nội dung sau, cụ thể:", "các nhiệm vụ sau:"])
def test_prose11_the_items_of_a_list_asked_of_bodies_are_led_by_them(directory, intro):
    result = read(
        "Phú Yên tăng cường công tác thông tin đối ngoại\n"
        "Ngày 12/3/2024, UBND tỉnh Phú Yên có Công văn số 812/UBND-VX về việc tăng cường công "
        "tác thông tin đối ngoại.\n"
        f"UBND tỉnh yêu cầu các sở, ban, ngành, địa phương thực hiện tốt {intro} tăng cường "
        "tuyên truyền về biên giới; chủ động cung cấp thông tin cho báo chí.\n"
    )
    assert texts_and_leads(result) == [
        ("tăng cường tuyên truyền về biên giới", ["các sở, ban, ngành, địa phương"]),
        ("chủ động cung cấp thông tin cho báo chí", ["các sở, ban, ngành, địa phương"]),
    ]


@pytest.mark.parametrize(
    "addressees", ["Báo Phú Yên, Đài Phát thanh và Truyền hình Phú Yên", "các cơ quan báo chí"]
)
def test_prose11_addressees_of_an_ask_run_on_over_a_semicolon(directory, addressees):
    result = read(
        "Tuyên truyền Năm hữu nghị\n"
        "Ngày 5/4/2024, Sở Thông tin và Truyền thông ban hành Công văn số 310/STTTT-TTBCXB về "
        "việc tuyên truyền Năm hữu nghị.\n"
        f"Theo đó, Sở Thông tin và Truyền thông đề nghị {addressees}; UBND các huyện, thị xã, "
        "thành phố chỉ đạo các phòng chuyên môn tuyên truyền về quan hệ hữu nghị hai nước.\n"
    )
    assert len(result["tasks"]) == 1
    assert result["tasks"][0]["text"].startswith(
        f"Sở Thông tin và Truyền thông đề nghị {addressees}; UBND các huyện"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Hội nghị xúc tiến đầu tư vào tỉnh Phú Yên năm 2024",
        "Đoàn công tác tỉnh Phú Yên thăm và làm việc tại Nhật Bản",
        "Lễ hội biển Tuy Hòa thu hút hàng nghìn du khách",
    ],
)
def test_prose11_a_title_standing_alone_is_not_a_task(directory, title):
    result = read(
        news_of_plan(
            "Phú Yên",
            "Theo đó, Sở Ngoại vụ chủ trì tổ chức các hoạt động quảng bá hình ảnh tỉnh.\n"
            f"{title}\n",
        )
    )
    assert task_texts(result) == [
        "Sở Ngoại vụ chủ trì tổ chức các hoạt động quảng bá hình ảnh tỉnh"
    ]


# --- issuer13: places asked once per document ---------------------------------------------


def test_document_places_keep_their_answers_for_the_document(directory):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from ttdn.importer.extract import DocumentPlaces

    DocumentPlaces().spelling(["ha noi"])  # the process reads the table of places once
    places = DocumentPlaces()
    with CaptureQueriesContext(connection) as asked:
        spelt = places.spelling(["ha noi", "ho chi minh", "nguyen van an"])
    assert spelt == {"ha noi": "Hà Nội", "ho chi minh": "Hồ Chí Minh"}
    assert len(asked) == 1  # whether the units changed: one query of aggregates
    with CaptureQueriesContext(connection) as again:
        assert places.spelling(["ho chi minh", "nguyen van an"]) == {"ho chi minh": "Hồ Chí Minh"}
        assert places.unit("Hà Nội", level="province").name == "Hà Nội"
        assert "ha noi" in places.provinces()
        assert "ha noi" in places.provinces()
    assert len(again) == 0  # the rest of the document asks nothing more
    assert "ha noi" in places.central_cities()  # the reader's own list, by default


# --- prose13: tasks in prose by form matrices (04/12/2026) ---------------------------------


@pytest.mark.parametrize(
    "aside",
    [
        "Thủ tướng Chính phủ Phạm Minh Chính dự và chỉ đạo Hội nghị tổng kết công tác ngoại giao.",
        "Kế hoạch gồm 3 phần: mục đích, yêu cầu; nội dung; tổ chức thực hiện.",
        "Kế hoạch cũng đề ra 5 nhóm giải pháp để thực hiện các mục tiêu trên.",
        "Dự kiến sẽ có khoảng 500 đại biểu trong nước và quốc tế tham dự chương trình.",
        "Chương trình diễn ra từ ngày 10 đến ngày 15/4/2024 tại Quảng trường 16/4.",
        "Phóng viên Báo Phú Yên ghi nhận, nhiều du khách quốc tế thích thú với không gian văn hóa.",
        "Tăng cường công tác thông tin đối ngoại tại các tỉnh Tây Nguyên (15/3/2024)",
    ],
)
def test_prose13_captions_forecasts_parts_and_teasers_are_not_tasks(directory, aside):
    result = read(news_with_aside("Phú Yên", aside))
    assert task_texts(result) == [
        "Sở Ngoại vụ chủ trì tổ chức các hoạt động quảng bá hình ảnh tỉnh tại nước ngoài"
    ]


@pytest.mark.parametrize(
    ("sentence", "task", "lead"),
    [
        (
            "Theo kế hoạch, Sở Thông tin và Truyền thông tiếp tục hướng dẫn các cơ quan báo chí "
            "tuyên truyền về lễ hội.",
            "Sở Thông tin và Truyền thông tiếp tục hướng dẫn các cơ quan báo chí tuyên truyền về "
            "lễ hội",
            ["Sở Thông tin và Truyền thông"],
        ),
        (
            "Kế hoạch giao Sở Ngoại vụ là cơ quan đầu mối, theo dõi, đôn đốc việc thực hiện.",
            "Kế hoạch giao Sở Ngoại vụ là cơ quan đầu mối, theo dõi, đôn đốc việc thực hiện",
            ["Sở Ngoại vụ"],
        ),
        (
            "Kế hoạch cũng yêu cầu các cơ quan báo chí dành thời lượng phù hợp đưa tin về các "
            "hoạt động đối ngoại.",
            "Kế hoạch cũng yêu cầu các cơ quan báo chí dành thời lượng phù hợp đưa tin về các "
            "hoạt động đối ngoại",
            ["các cơ quan báo chí"],
        ),
    ],
)
def test_prose13_the_plan_as_the_one_that_assigns(directory, sentence, task, lead):
    result = read(
        "Phú Yên ban hành kế hoạch thông tin đối ngoại\n"
        "UBND tỉnh Phú Yên ban hành Kế hoạch số 12/KH-UBND về thông tin đối ngoại năm 2024.\n"
        f"{sentence}\n"
    )
    assert texts_and_leads(result) == [(task, lead)]


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        (
            "Đảng ủy các xã, thị trấn lãnh đạo, chỉ đạo thực hiện kế hoạch.",
            "Đảng ủy các xã, thị trấn",
        ),
        (
            "Ban điều hành các khu phố thông tin đến người dân về các hoạt động kỷ niệm.",
            "Ban điều hành các khu phố",
        ),
        (
            "Trung tâm Dịch vụ tổng hợp xã cập nhật tin, bài trên trang thông tin điện tử.",
            "Trung tâm Dịch vụ tổng hợp xã",
        ),
    ],
)
def test_prose13_a_lead_ends_at_its_verb(directory, sentence, lead):
    result = read(
        "Xã Tân Phú triển khai kế hoạch thông tin đối ngoại\n"
        "UBND xã Tân Phú ban hành Kế hoạch số 25/KH-UBND về thông tin đối ngoại năm 2025.\n"
        f"Theo đó, {sentence}\n"
    )
    assert [lead_ for _text, lead_ in texts_and_leads(result)] == [[lead]]


def test_prose13_bullets_under_a_colon_are_items_and_their_subject_leads_them(directory):
    result = read(
        "Kon Tum tuyên truyền quan hệ Việt - Lào\n"
        "UBND tỉnh Kon Tum ban hành Kế hoạch số 40/KH-UBND tuyên truyền về quan hệ Việt Nam - "
        "Lào năm 2024.\n"
        "Theo đó, các cơ quan, đơn vị đẩy mạnh tuyên truyền trên hệ thống thông tin cơ sở:\n"
        "+ Treo băng rôn, khẩu hiệu tại các tuyến đường chính;\n"
        "+ Tổ chức các hoạt động giao lưu văn hóa, thể thao với tỉnh bạn.\n"
    )
    assert texts_and_leads(result) == [
        ("Treo băng rôn, khẩu hiệu tại các tuyến đường chính", ["các cơ quan, đơn vị"]),
        ("Tổ chức các hoạt động giao lưu văn hóa, thể thao với tỉnh bạn", ["các cơ quan, đơn vị"]),
    ]


def test_prose13_a_guidance_list_of_topics_under_a_colon_line(directory):
    result = read(
        "Hướng dẫn tuyên truyền đại hội đảng bộ các cấp\n"
        "Ngày 2/5/2025, Ban Tuyên giáo và Dân vận Tỉnh ủy Gia Lai ban hành Hướng dẫn số "
        "05-HD/BTGDVTU về tuyên truyền đại hội đảng bộ các cấp.\n"
        "Hướng dẫn đề ra các nội dung tuyên truyền như sau:\n"
        "- Ý nghĩa, tầm quan trọng của đại hội đảng bộ các cấp;\n"
        "- Gương điển hình tiên tiến trong các phong trào thi đua.\n"
        "Hướng dẫn được gửi tới các đảng bộ trực thuộc Tỉnh ủy.\n"
    )
    assert task_texts(result) == [
        "Ý nghĩa, tầm quan trọng của đại hội đảng bộ các cấp",
        "Gương điển hình tiên tiến trong các phong trào thi đua",
    ]


def test_prose13_a_list_whose_item_names_a_plan_is_read_from_its_opening(directory):
    result = read(
        "Sở Thông tin và Truyền thông tỉnh Phú Yên báo cáo kết quả thông tin đối ngoại năm 2023\n"
        "Năm 2023, Sở đã hướng dẫn các cơ quan báo chí đăng tải 1.200 tin, bài.\n"
        "Nhiệm vụ trọng tâm năm 2024 là: tiếp tục tham mưu UBND tỉnh ban hành kế hoạch thông tin "
        "đối ngoại; đẩy mạnh thông tin về khu kinh tế; phát triển trang tin tiếng Anh.\n"
    )
    assert task_texts(result) == [
        "tiếp tục tham mưu UBND tỉnh ban hành kế hoạch thông tin đối ngoại",
        "đẩy mạnh thông tin về khu kinh tế",
        "phát triển trang tin tiếng Anh",
    ]


@pytest.mark.parametrize(
    ("ask", "lead"),
    [
        (
            "Kết luận hội nghị, đồng chí Trưởng ban yêu cầu các tỉnh trong khu vực tiếp tục quán "
            "triệt các văn bản chỉ đạo của Trung ương.",
            "các tỉnh trong khu vực",
        ),
        (
            "Kết luận giao ban, đồng chí Trưởng Ban Chỉ đạo giao Sở Thông tin và Truyền thông chủ "
            "trì xây dựng kế hoạch năm 2024.",
            "Sở Thông tin và Truyền thông",
        ),
        (
            "Chủ tịch UBND xã đề nghị các thôn, buôn phát huy vai trò của người có uy tín trong "
            "tuyên truyền.",
            "các thôn, buôn",
        ),
    ],
)
def test_prose13_a_review_asks_places_cells_and_gives_work_to_a_body(directory, ask, lead):
    result = read(
        "Tổng kết công tác thông tin đối ngoại năm 2023\n"
        "Ngày 10/1/2024, Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Phú Yên tổ chức hội nghị "
        "tổng kết công tác năm 2023.\n"
        "Năm 2023, các cơ quan báo chí đã đăng tải hơn 2.000 tin, bài.\n"
        f"{ask}\n"
    )
    assert [lead_ for _text, lead_ in texts_and_leads(result)] == [[lead]]


def test_prose13_duties_that_open_with_common_verbs_split_at_semicolons(directory):
    result = read(
        news_with_aside(
            "Phú Yên",
            "UBND tỉnh yêu cầu các sở, ngành tăng cường xúc tiến đầu tư; làm tốt công tác bảo hộ "
            "công dân; phản ánh kịp thời các hoạt động đối ngoại.",
        )
    )
    assert task_texts(result)[1:] == [
        "UBND tỉnh yêu cầu các sở, ngành tăng cường xúc tiến đầu tư",
        "làm tốt công tác bảo hộ công dân",
        "phản ánh kịp thời các hoạt động đối ngoại",
    ]


def test_prose13_party_organisations_listed_as_addressees(directory):
    result = read(
        news_with_aside(
            "Phú Yên",
            "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng nâng cao nhận thức về thông "
            "tin đối ngoại.",
        )
    )
    assert texts_and_leads(result)[1][1] == ["các cấp ủy, tổ chức đảng"]


@pytest.mark.parametrize(
    "aside",
    [
        "Hội nghị tập trung đánh giá kết quả công tác thông tin đối ngoại năm 2023.",
        "Lớp tập huấn trang bị cho học viên kỹ năng xử lý thông tin trên mạng xã hội.",
        "Tại buổi làm việc, Sở Ngoại vụ báo cáo tình hình hợp tác quốc tế của tỉnh.",
        "Nhân dịp này, Sở Ngoại vụ tổ chức triển lãm ảnh về quan hệ Việt Nam - Lào.",
        "Sau hội nghị, các đại biểu tham quan khu trưng bày sản phẩm của tỉnh.",
        "Trong khuôn khổ chương trình, đoàn công tác thăm và làm việc tại tỉnh bạn.",
        "Tiếp đó, đoàn đến thăm Trường Hữu nghị 80.",
        "Đánh giá cao kết quả đạt được, Phó Chủ tịch UBND tỉnh ghi nhận nỗ lực của các sở, ngành.",
        "Thời gian tới, tình hình thế giới được dự báo tiếp tục diễn biến phức tạp.",
        "Năm nay, tỉnh dự kiến đón khoảng 3 triệu lượt khách du lịch.",
        "Tính chung 9 tháng, tỉnh đón 120 đoàn khách quốc tế.",
    ],
)
def test_prose13_what_happened_at_an_event_is_no_task(directory, aside):
    result = read(news_with_aside("Phú Yên", aside))
    assert task_texts(result) == [
        "Sở Ngoại vụ chủ trì tổ chức các hoạt động quảng bá hình ảnh tỉnh tại nước ngoài"
    ]


def test_prose13_an_ask_or_planned_work_told_at_a_meeting_is_still_read(directory):
    result = read(
        news_with_aside(
            "Phú Yên",
            "Tại hội nghị, đồng chí Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành chủ động cung "
            "cấp thông tin cho báo chí.\n"
            "Hội nghị xúc tiến đầu tư sẽ được tổ chức vào quý III năm 2024.",
        )
    )
    assert task_texts(result)[1:] == [
        "đồng chí Phó Chủ tịch UBND tỉnh yêu cầu các sở, ngành chủ động cung cấp thông tin cho "
        "báo chí",
        "Hội nghị xúc tiến đầu tư sẽ được tổ chức vào quý III năm 2024",
    ]


@pytest.mark.parametrize(
    "heading",
    [
        "III. KẾ HOẠCH CÔNG TÁC NĂM 2024",
        "III. ĐỊNH HƯỚNG CÔNG TÁC NĂM 2024",
        "III. CÔNG TÁC TRỌNG TÂM NĂM 2024",
        "III. CHƯƠNG TRÌNH CÔNG TÁC NĂM 2024",
    ],
)
def test_prose13_a_report_names_its_coming_work_in_other_words(directory, heading):
    result = read(
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n\nSố: 150/BC-UBND\n\nPhú Yên, ngày 5 tháng 12 năm 2023\n\n"
        "BÁO CÁO\nKết quả công tác thông tin đối ngoại năm 2023\n\n"
        "I. KẾT QUẢ THỰC HIỆN\n"
        "1. Các cơ quan báo chí đã đăng tải 900 tin, bài về thông tin đối ngoại.\n"
        "II. TỒN TẠI, HẠN CHẾ\nKinh phí còn hạn chế; cán bộ chủ yếu kiêm nhiệm.\n"
        f"{heading}\n"
        "1. Tiếp tục tuyên truyền về thành tựu phát triển kinh tế - xã hội của tỉnh.\n"
        "2. Tăng cường quảng bá văn hóa biển tới bạn bè quốc tế.\n\n"
        "Nơi nhận:\n- Lưu: VT.\n"
    )
    assert task_texts(result) == [
        "Tiếp tục tuyên truyền về thành tựu phát triển kinh tế - xã hội của tỉnh",
        "Tăng cường quảng bá văn hóa biển tới bạn bè quốc tế",
    ]


def test_prose13_a_list_whose_writer_capitalises_most_items(directory):
    result = read(
        "Ngành Ngoại giao triển khai nhiệm vụ năm 2025\n"
        "Năm 2025, ngành Ngoại giao đặt ra 3 nhiệm vụ trọng tâm, đó là: nắm chắc tình hình, "
        "dự báo đúng xu thế mới; Tiếp tục triển khai đồng bộ công tác đối ngoại, đối ngoại song "
        "phương và đa phương; ngoại giao kinh tế, ngoại giao văn hóa; Thực hiện tốt chủ trương "
        "tinh gọn tổ chức bộ máy.\n"
    )
    assert task_texts(result) == [
        "nắm chắc tình hình, dự báo đúng xu thế mới",
        "Tiếp tục triển khai đồng bộ công tác đối ngoại, đối ngoại song phương và đa phương; "
        "ngoại giao kinh tế, ngoại giao văn hóa",
        "Thực hiện tốt chủ trương tinh gọn tổ chức bộ máy",
    ]


@pytest.mark.parametrize("opening", ["Những tháng cuối năm", "Thời gian tới", "Nhiệm kỳ tới"])
def test_prose13_the_coming_work_a_meeting_sets_its_body(directory, opening):
    result = read(
        "Các đại biểu dự hội nghị.\n"
        "Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên tổ chức hội nghị sơ kết công tác 6 tháng "
        "đầu năm.\n"
        "Trong 6 tháng đầu năm, Liên hiệp đã đón 20 đoàn khách nước ngoài.\n"
        f"{opening}, Liên hiệp các tổ chức hữu nghị tỉnh tiếp tục vận động viện trợ phi chính "
        "phủ nước ngoài; tham gia đón tiếp các đoàn đại biểu quốc tế.\n"
        "Hội nghị đã thông qua tờ trình về công tác tổ chức.\n"
    )
    assert [lead for _text, lead in texts_and_leads(result)] == [
        ["Liên hiệp các tổ chức hữu nghị tỉnh"],
        ["Liên hiệp các tổ chức hữu nghị tỉnh"],
    ]


@pytest.mark.parametrize(
    "furniture",
    ["TIN LIÊN QUAN", "Tin khác", "Bài viết khác", "Tin đọc nhiều", "Có thể bạn quan tâm"],
)
def test_prose13_a_sites_blocks_after_the_item_end_it(directory, furniture):
    result = read(
        news_with_aside(
            "Phú Yên",
            f"{furniture}\nTăng cường công tác thông tin đối ngoại trên địa bàn tỉnh Ninh Bình\n",
        )
    )
    assert task_texts(result) == [
        "Sở Ngoại vụ chủ trì tổ chức các hoạt động quảng bá hình ảnh tỉnh tại nước ngoài"
    ]


@pytest.mark.parametrize("connector", ["Song song với đó", "Thêm vào đó", "Trước hết", "Cuối cùng"])
def test_prose13_more_connectors_are_dropped(directory, connector):
    result = read(
        news_with_aside(
            "Phú Yên", f"{connector}, Sở Văn hóa, Thể thao và Du lịch quảng bá du lịch biển đảo."
        )
    )
    assert task_texts(result)[1] == "Sở Văn hóa, Thể thao và Du lịch quảng bá du lịch biển đảo"


def test_prose13_a_body_with_work_of_its_own_after_a_semicolon(directory):
    result = read(
        news_with_aside(
            "Phú Yên",
            "Các sở, ngành chủ động cung cấp thông tin cho báo chí; Báo Phú Yên, Đài Phát thanh và "
            "Truyền hình Phú Yên mở chuyên mục về hội nhập quốc tế; Các cấp ủy đưa nội dung thông "
            "tin đối ngoại vào chương trình công tác hằng năm.",
        )
    )
    assert texts_and_leads(result)[1:] == [
        ("Các sở, ngành chủ động cung cấp thông tin cho báo chí", ["Các sở, ngành"]),
        (
            "Báo Phú Yên, Đài Phát thanh và Truyền hình Phú Yên mở chuyên mục về hội nhập quốc tế",
            ["Báo Phú Yên", "Đài Phát thanh và Truyền hình Phú Yên"],
        ),
        (
            "Các cấp ủy đưa nội dung thông tin đối ngoại vào chương trình công tác hằng năm",
            ["Các cấp ủy"],
        ),
    ]


def test_prose13_a_letters_frame_line_leads_its_numbered_items(directory):
    result = read(
        letter_of(
            "Phú Yên",
            "Để nâng cao hiệu quả công tác thông tin đối ngoại, UBND tỉnh yêu cầu các sở, ban, "
            "ngành, UBND các huyện, thị xã, thành phố tập trung thực hiện tốt các nội dung sau:\n"
            "1. Quán triệt sâu sắc các chủ trương của Đảng về công tác thông tin đối ngoại.\n"
            "2. Sở Thông tin và Truyền thông chủ trì hướng dẫn các cơ quan báo chí tuyên truyền về "
            "các sự kiện đối ngoại của tỉnh.",
        )
    )
    assert [lead for _text, lead in texts_and_leads(result)] == [
        ["các sở, ban, ngành", "UBND các huyện, thị xã, thành phố"],
        ["Sở Thông tin và Truyền thông"],
    ]


# --- a plan item's stated time, after layout spaces (05/12/2026) ------------------------------


@pytest.mark.parametrize("gap", [" ", "; ", ". ", " " * 300])
def test_a_plan_items_stated_time_is_its_timeframe_after_any_spacing(directory, gap):
    # (A run of layout spaces before "Thời gian:" once took the square of its length.)
    result = read(
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 30/KH-UBND\nPhú Yên, ngày 10 tháng 01 năm 2026\n\n"
        "KẾ HOẠCH\nCông tác thông tin đối ngoại năm 2026\n\nII. NHIỆM VỤ\n"
        f"1. Sở Ngoại vụ tổ chức họp báo quốc tế giới thiệu tiềm năng du lịch{gap}"
        "Thời gian thực hiện: Quý II/2026.\n"
        "2. Sở Văn hóa, Thể thao và Du lịch xuất bản ấn phẩm quảng bá bằng tiếng Anh.\n"
    )
    [first, second] = result["tasks"]
    assert first["text"] == ("Sở Ngoại vụ tổ chức họp báo quốc tế giới thiệu tiềm năng du lịch")
    assert first["timeframe"]["as_written"] == "Quý II/2026"
    assert second["text"].startswith("Sở Văn hóa, Thể thao và Du lịch xuất bản")
