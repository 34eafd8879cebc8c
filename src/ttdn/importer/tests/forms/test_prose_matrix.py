"""Forms of tasks written in prose (prose15): a few representative cells of the generated
form matrix (``benchmarks/prose_matrix.py``, the wider check). Synthetic texts only."""

from __future__ import annotations

import pytest

from .support import read


def _texts(result: dict) -> list[str]:
    return [t["text"] for t in result["tasks"]]


def _leads(result: dict) -> list[list[str]]:
    return [[m["as_written"] for m in t["lead"]] for t in result["tasks"]]


@pytest.mark.parametrize(
    "before",
    [
        "Kế hoạch nhằm nâng cao nhận thức của cán bộ, đảng viên về công tác thông tin đối ngoại.",
        "Năm 2023, tỉnh đã tổ chức 10 cuộc họp báo và đón 20 lượt phóng viên nước ngoài.",
    ],
)
@pytest.mark.usefixtures("directory")
def test_duties_after_a_purpose_or_done_work_in_a_web_copy_glued_on_one_line(before):
    result = read(
        "Hà Nội triển khai công tác thông tin đối ngoại năm 2024\n"
        "Ngày 10/1/2024, UBND thành phố Hà Nội ban hành Kế hoạch số 9/KH-UBND về công tác "
        f"thông tin đối ngoại năm 2024. {before} Theo kế hoạch, các sở, ngành tập trung "
        "tuyên truyền chính sách đối ngoại của Nhà nước; đẩy mạnh quảng bá hình ảnh Thủ đô ra "
        "nước ngoài; chủ động cung cấp thông tin cho báo chí.\n"
    )
    assert _texts(result) == [
        "các sở, ngành tập trung tuyên truyền chính sách đối ngoại của Nhà nước",
        "đẩy mạnh quảng bá hình ảnh Thủ đô ra nước ngoài",
        "chủ động cung cấp thông tin cho báo chí",
    ]
    assert _leads(result) == [["các sở, ngành"]] * 3


@pytest.mark.usefixtures("directory")
def test_a_body_s_later_clauses_after_a_purpose_in_the_same_paragraph():
    result = read(
        "Tuyên truyền về biên giới năm 2023\n"
        "UBND tỉnh Phú Yên vừa ban hành Kế hoạch tuyên truyền về biển, đảo năm 2023. Kế hoạch "
        "nhằm nâng cao ý thức bảo vệ chủ quyền của nhân dân. Các cơ quan báo chí tăng cường "
        "thời lượng phát sóng về biển, đảo; phản ánh kịp thời hoạt động của lực lượng chấp "
        "pháp trên biển.\n"
    )
    assert _texts(result) == [
        "Các cơ quan báo chí tăng cường thời lượng phát sóng về biển, đảo",
        "phản ánh kịp thời hoạt động của lực lượng chấp pháp trên biển",
    ]


@pytest.mark.parametrize("mark", ["-", "+", "•"])
@pytest.mark.usefixtures("directory")
def test_a_list_whose_line_breaks_were_lost_keeps_one_task_per_mark(mark):
    result = read(
        "Phú Yên đẩy mạnh thông tin đối ngoại năm 2025\n"
        "UBND tỉnh Phú Yên vừa ban hành Kế hoạch thông tin đối ngoại năm 2025. Các nhiệm vụ "
        f"chủ yếu gồm: {mark} Giới thiệu tiềm năng du lịch biển của tỉnh; {mark} Tổ chức "
        f"đoàn xúc tiến đầu tư tại Singapore; {mark} Xuất bản bản tin đối ngoại song ngữ.\n"
    )
    assert _texts(result) == [
        "Giới thiệu tiềm năng du lịch biển của tỉnh",
        "Tổ chức đoàn xúc tiến đầu tư tại Singapore",
        "Xuất bản bản tin đối ngoại song ngữ",
    ]


@pytest.mark.usefixtures("directory")
def test_enumerated_duties_after_the_plan_s_purpose():
    result = read(
        "Đổi mới thông tin đối ngoại năm 2022\n"
        "Ngày 3/3/2022, UBND tỉnh Phú Yên ban hành Kế hoạch số 50/KH-UBND về thông tin đối "
        "ngoại năm 2022, với 3 nhóm nhiệm vụ.\n"
        "Kế hoạch nhằm tạo đồng thuận xã hội, quảng bá hình ảnh tỉnh.\n"
        "Thứ nhất, đổi mới phương thức thông tin đối ngoại trên mạng xã hội.\n"
        "Thứ hai, nâng cao năng lực cho đội ngũ làm công tác thông tin đối ngoại.\n"
    )
    assert _texts(result) == [
        "đổi mới phương thức thông tin đối ngoại trên mạng xã hội",
        "nâng cao năng lực cho đội ngũ làm công tác thông tin đối ngoại",
    ]


@pytest.mark.usefixtures("directory")
def test_contents_listed_in_lower_case_after_cac_noi_dung_are_one_task_each():
    result = read(
        "Hướng dẫn tuyên truyền biên giới năm 2024\n"
        "Ban Tuyên giáo Tỉnh ủy Phú Yên vừa ban hành Hướng dẫn số 12-HD/BTGTU về tuyên truyền "
        "biên giới năm 2024. Theo đó, Ban Tuyên giáo Tỉnh ủy đề nghị các cơ quan, đơn vị tập "
        "trung tuyên truyền những nội dung chủ yếu sau: lịch sử hình thành đường biên giới; "
        "chính sách hợp tác với các nước láng giềng; kết quả phân giới, cắm mốc.\n"
    )
    assert _texts(result) == [
        "lịch sử hình thành đường biên giới",
        "chính sách hợp tác với các nước láng giềng",
        "kết quả phân giới, cắm mốc",
    ]
    assert _leads(result) == [["các cơ quan, đơn vị"]] * 3


@pytest.mark.usefixtures("directory")
def test_a_programme_s_counted_bodies_lead_the_contents_they_work_on():
    result = read(
        "Phối hợp tuyên truyền về biển, đảo giai đoạn 2022-2026\n"
        "Chiều 8/4/2022, Hội Nhà báo tỉnh Phú Yên và Bộ Chỉ huy Quân sự tỉnh ký kết chương "
        "trình phối hợp tuyên truyền về biển, đảo giai đoạn 2022-2026.\n"
        "Theo chương trình, 2 đơn vị phối hợp tuyên truyền các nội dung: Luật Biển Việt Nam; "
        "vai trò của lực lượng vũ trang trong bảo vệ chủ quyền.\n"
        "Ngoài ra, hai bên phối hợp tổ chức trại sáng tác ảnh về biển, đảo.\n"
    )
    assert _texts(result) == [
        "Luật Biển Việt Nam",
        "vai trò của lực lượng vũ trang trong bảo vệ chủ quyền",
        "hai bên phối hợp tổ chức trại sáng tác ảnh về biển, đảo",
    ]
    assert _leads(result) == [["2 đơn vị"], ["2 đơn vị"], ["hai bên"]]


@pytest.mark.usefixtures("directory")
def test_the_news_that_a_document_was_signed_is_no_task_of_it():
    result = read(
        "Siết chặt quản lý đoàn ra\n"
        "Chủ tịch UBND tỉnh Phú Yên vừa ký văn bản chỉ đạo tăng cường quản lý đoàn ra, đoàn "
        "vào.\nDự kiến, năm 2024 Phú Yên sẽ đón khoảng 30 đoàn khách quốc tế.\n"
        "Tổng kinh phí thực hiện kế hoạch năm nay là 2 tỷ đồng.\n"
        "Giao Sở Ngoại vụ chủ trì thẩm định kế hoạch đoàn ra của các sở, ngành.\n"
    )
    assert _texts(result) == [
        "Giao Sở Ngoại vụ chủ trì thẩm định kế hoạch đoàn ra của các sở, ngành"
    ]


@pytest.mark.usefixtures("directory")
def test_a_photo_caption_naming_the_plan_announces_nothing():
    result = read(
        "Quản lý hoạt động đối ngoại năm 2024\n"
        "Chủ tịch UBND tỉnh Phú Yên yêu cầu Giám đốc các sở, ngành quán triệt quy chế quản lý "
        "hoạt động đối ngoại. Ảnh: Hội nghị triển khai kế hoạch năm 2024. Giao Công an tỉnh "
        "nắm tình hình người nước ngoài tại địa phương.\n"
    )
    assert _texts(result) == [
        "Chủ tịch UBND tỉnh Phú Yên yêu cầu Giám đốc các sở, ngành quán triệt quy chế quản lý "
        "hoạt động đối ngoại",
        "Giao Công an tỉnh nắm tình hình người nước ngoài tại địa phương",
    ]


@pytest.mark.parametrize("number", ["({n})", "{n})", "{n}."])
@pytest.mark.usefixtures("directory")
def test_numbered_asks_run_into_one_paragraph_are_one_task_each(number):
    one, two = number.format(n=1), number.format(n=2)
    result = read(
        "Tăng cường thông tin đối ngoại trong tình hình mới\n"
        "Chủ tịch UBND thành phố Hà Nội yêu cầu các sở, ngành thực hiện các nhiệm vụ sau: "
        f"{one} rà soát các trang thông tin điện tử tiếng nước ngoài; {two} định kỳ cung cấp "
        "thông tin cho các cơ quan đại diện nước ngoài.\n"
    )
    assert _texts(result) == [
        "rà soát các trang thông tin điện tử tiếng nước ngoài",
        "định kỳ cung cấp thông tin cho các cơ quan đại diện nước ngoài",
    ]
    assert _leads(result) == [["các sở, ngành"]] * 2


@pytest.mark.usefixtures("directory")
def test_a_second_clause_opening_with_mo_is_a_duty_of_its_own():
    result = read(
        "Phú Yên ký kết phối hợp truyền thông năm 2025\n"
        "Sáng 9/1/2025, UBND tỉnh Phú Yên ký kết chương trình phối hợp truyền thông với 8 cơ "
        "quan báo chí.\n"
        "Theo chương trình, các cơ quan báo chí sẽ đưa tin về các công trình trọng điểm; mở "
        "chuyên trang quảng bá ẩm thực địa phương.\n"
    )
    assert _texts(result) == [
        "các cơ quan báo chí sẽ đưa tin về các công trình trọng điểm",
        "mở chuyên trang quảng bá ẩm thực địa phương",
    ]


@pytest.mark.usefixtures("directory")
def test_a_duty_opening_with_its_verb_keeps_a_done_clause_inside_its_object():
    result = read(
        "Phú Yên mở rộng hợp tác quốc tế năm 2025\n"
        "UBND tỉnh Phú Yên vừa ban hành kế hoạch công tác đối ngoại năm 2025.\n"
        "Theo kế hoạch, Phú Yên tiếp tục quảng bá hình ảnh địa phương đến bạn bè quốc tế; thắt "
        "chặt quan hệ với các địa phương đã ký kết thỏa thuận hợp tác.\n"
    )
    assert _texts(result) == [
        "Phú Yên tiếp tục quảng bá hình ảnh địa phương đến bạn bè quốc tế",
        "thắt chặt quan hệ với các địa phương đã ký kết thỏa thuận hợp tác",
    ]


@pytest.mark.parametrize(
    "finding",
    [
        "Tuy nhiên, việc quảng bá ở một số huyện còn hạn chế, chưa đáp ứng yêu cầu.",
        "Hoạt động của một số trang thông tin điện tử vẫn còn nhiều bất cập.",
    ],
)
@pytest.mark.usefixtures("directory")
def test_a_shortcoming_told_beside_the_plan_s_duties_is_no_task(finding):
    result = read(
        "Hà Nội triển khai thông tin đối ngoại năm 2023\n"
        "UBND thành phố Hà Nội vừa ban hành Kế hoạch thông tin đối ngoại năm 2023.\n"
        f"{finding}\n"
        "Theo kế hoạch, các sở, ngành tăng cường cung cấp thông tin cho báo chí nước ngoài.\n"
    )
    assert _texts(result) == ["các sở, ngành tăng cường cung cấp thông tin cho báo chí nước ngoài"]


@pytest.mark.usefixtures("directory")
def test_bodies_listed_after_giao_and_a_colon_each_lead_their_duty():
    result = read(
        "Tuyên truyền về biên giới năm 2022\n"
        "UBND tỉnh Phú Yên vừa có Công văn số 321/UBND-NC về tuyên truyền biên giới năm 2022.\n"
        "UBND tỉnh giao: Sở Ngoại vụ biên soạn tài liệu về biên giới; Công an tỉnh nắm tình "
        "hình dư luận, xử lý thông tin xấu độc trên mạng.\n"
    )
    assert _texts(result) == [
        "UBND tỉnh giao: Sở Ngoại vụ biên soạn tài liệu về biên giới",
        "Công an tỉnh nắm tình hình dư luận, xử lý thông tin xấu độc trên mạng",
    ]
    assert _leads(result) == [["Sở Ngoại vụ"], ["Công an tỉnh"]]


@pytest.mark.usefixtures("directory")
def test_a_plan_s_numbered_duty_and_the_paragraph_explaining_it_are_one_task():
    result = read(
        "ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\n"
        "Số: 18/KH-UBND\n"
        "Phú Yên, ngày 12 tháng 01 năm 2024\n"
        "KẾ HOẠCH\n"
        "Thông tin đối ngoại năm 2024\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "Quảng bá hình ảnh tỉnh Phú Yên đến bạn bè quốc tế.\n"
        "II. NHIỆM VỤ TRỌNG TÂM\n"
        "1. Xây dựng cơ sở dữ liệu ảnh về các danh thắng của tỉnh.\n"
        "Dữ liệu tập trung vào các danh thắng, lễ hội và làng nghề tiêu biểu.\n"
        "2. Tổ chức tọa đàm với các hãng lữ hành quốc tế.\n"
    )
    assert _texts(result) == [
        "Xây dựng cơ sở dữ liệu ảnh về các danh thắng của tỉnh",
        "Tổ chức tọa đàm với các hãng lữ hành quốc tế",
    ]


@pytest.mark.usefixtures("directory")
def test_a_letter_whose_subject_is_its_ask_gives_that_ask():
    result = read(
        "Tuyên truyền Năm hữu nghị năm 2025\n"
        "Ngày 3/3/2025, Ban Tuyên giáo Tỉnh ủy Phú Yên ban hành Công văn số 640-CV/BTGTU về "
        "việc đề nghị các cơ quan, đơn vị tổ chức tuyên truyền Năm hữu nghị với nước bạn.\n"
    )
    assert _texts(result) == [
        "đề nghị các cơ quan, đơn vị tổ chức tuyên truyền Năm hữu nghị với nước bạn"
    ]
    assert _leads(result) == [["các cơ quan, đơn vị"]]


@pytest.mark.usefixtures("directory")
def test_a_request_retold_from_theo_do_gives_the_work_of_its_bodies():
    result = read(
        "Yêu cầu tăng cường tuyên truyền về biển, đảo\n"
        "Theo đó, các sở, ngành và địa phương của tỉnh đẩy mạnh tuyên truyền về biển, đảo qua "
        "hội nghị, pano, áp phích. Đặc biệt, chú trọng tuyên truyền về Luật Biển Việt Nam.\n"
    )
    assert _texts(result) == [
        "các sở, ngành và địa phương của tỉnh đẩy mạnh tuyên truyền về biển, đảo qua hội nghị, "
        "pano, áp phích",
        "chú trọng tuyên truyền về Luật Biển Việt Nam",
    ]


@pytest.mark.usefixtures("directory")
def test_the_forms_and_contents_of_done_work_listed_in_an_account_are_no_tasks():
    result = read(
        "Đa dạng hình thức tuyên truyền về biên giới\n"
        "Thời gian qua, Hội Nông dân tỉnh Phú Yên đã phối hợp với Bộ Chỉ huy Quân sự tỉnh "
        "tuyên truyền với nhiều hình thức, như: tuyên truyền tại sinh hoạt chi hội; phát tờ "
        "gấp cho hội viên; tổ chức hội thi tìm hiểu về biên giới.\n"
        "Nội dung tuyên truyền gồm: chủ trương của Đảng về biên giới; thành tựu phát triển "
        "vùng biên.\n"
    )
    assert _texts(result) == []


@pytest.mark.usefixtures("directory")
def test_the_work_a_plan_has_set_out_is_listed_though_told_with_da():
    result = read(
        "Phú Yên ban hành kế hoạch thông tin đối ngoại năm 2022\n"
        "Vừa qua, UBND tỉnh Phú Yên ban hành Kế hoạch số 80/KH-UBND về thông tin đối ngoại "
        "năm 2022.\n"
        "Theo đó, Kế hoạch đã đề ra các nhiệm vụ chính như: Tổ chức họp báo định kỳ hằng quý; "
        "Xuất bản sách ảnh giới thiệu tỉnh bằng tiếng Anh.\n"
    )
    assert _texts(result) == [
        "Tổ chức họp báo định kỳ hằng quý",
        "Xuất bản sách ảnh giới thiệu tỉnh bằng tiếng Anh",
    ]


@pytest.mark.usefixtures("directory")
def test_a_dossier_proposing_to_the_committee_in_done_work_is_no_task():
    result = read(
        "Phú Yên triển khai thông tin đối ngoại năm 2024\n"
        "UBND tỉnh Phú Yên vừa ban hành Kế hoạch thông tin đối ngoại năm 2024.\n"
        "Năm 2023, Liên hiệp các tổ chức hữu nghị tỉnh đã vận động 4 dự án viện trợ; hoàn "
        "thiện hồ sơ đề nghị UBND tỉnh phê duyệt dự án xây trường mầm non.\n"
        "Theo kế hoạch, các sở, ngành tăng cường quảng bá tiềm năng du lịch của tỉnh.\n"
    )
    assert _texts(result) == ["các sở, ngành tăng cường quảng bá tiềm năng du lịch của tỉnh"]


@pytest.mark.usefixtures("directory")
def test_the_bodies_given_work_end_at_the_colon_before_their_duty():
    result = read(
        "Tuyên truyền về biên giới năm 2022\n"
        "UBND tỉnh Phú Yên vừa có Công văn số 402/UBND-NC về tuyên truyền biên giới năm 2022.\n"
        "Đồng thời, giao UBND các huyện, thị xã: Phối hợp với Ban Chỉ huy Quân sự cùng cấp "
        "tuyên truyền về biên giới tại các xã.\n"
    )
    assert _leads(result) == [["UBND các huyện, thị xã"]]
