"""A pasted section of a plan with no header: its duties are the plan's tasks (fragment).

Civil servants paste only the duties part of a plan (the text-import page takes pasted text):
no national motto, no number, no "KẾ HOẠCH" title, only a section heading or none, numbered,
bulleted or lettered duties ("1. Sở … chủ trì …", "- Tuyên truyền …", "Một là, …"), the bodies
asked ("Giao Sở …"), deadlines ("Thời gian: Quý II/2026", "trước ngày …") and a reporting duty.
Such a fragment is a plan, its duties read as a whole plan's are (leads, coordinating bodies,
deadlines whose year is written). Near misses that keep their reading: a fragment of purposes
or requirements, or of past results; a news item, a report, a letter with its header, a page
of site furniture. Synthetic texts only, written for this test.
"""

from __future__ import annotations

import pytest

from .support import letter_of, news_of_plan, read, report_of, task_texts, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

SVH = "Sở Văn hóa, Thể thao và Du lịch"
STT = "Sở Thông tin và Truyền thông"

FRAGMENTS = {
    "roman_heading_numbered_times": (
        "II. NHIỆM VỤ VÀ GIẢI PHÁP\n"
        f"1. {SVH} chủ trì, phối hợp với Sở Ngoại vụ tổ chức các hoạt động quảng bá hình ảnh "
        "tỉnh tại nước ngoài. Thời gian: Quý II/2026.\n"
        f"2. {STT} chủ trì, phối hợp với các cơ quan báo chí tổ chức tuyên truyền về chủ quyền "
        "biển, đảo. Thời gian: Quý III/2026.\n",
        [
            (
                f"{SVH} chủ trì, phối hợp với Sở Ngoại vụ tổ chức các hoạt động quảng bá hình "
                "ảnh tỉnh tại nước ngoài",
                [SVH],
            ),
            (
                f"{STT} chủ trì, phối hợp với các cơ quan báo chí tổ chức tuyên truyền về chủ "
                "quyền biển, đảo",
                [STT],
            ),
        ],
    ),
    "organisation_heading_giao": (
        "Tổ chức thực hiện\n"
        f"1. Giao Sở Ngoại vụ chủ trì, phối hợp với {STT} hướng dẫn các địa phương triển khai "
        "các hoạt động thông tin đối ngoại.\n"
        "2. Sở Tài chính bố trí kinh phí thực hiện các nhiệm vụ theo quy định.\n"
        "3. Định kỳ 6 tháng, các cơ quan, đơn vị báo cáo kết quả thực hiện về Sở Ngoại vụ trước "
        "ngày 15/6/2026 để tổng hợp.\n",
        [
            (
                f"Giao Sở Ngoại vụ chủ trì, phối hợp với {STT} hướng dẫn các địa phương triển "
                "khai các hoạt động thông tin đối ngoại",
                ["Sở Ngoại vụ"],
            ),
            ("Sở Tài chính bố trí kinh phí thực hiện các nhiệm vụ theo quy định", ["Sở Tài chính"]),
        ],
    ),
    "dashes_without_heading": (
        "- Tuyên truyền, giới thiệu tiềm năng, thế mạnh của tỉnh trên các phương tiện thông tin "
        "đại chúng.\n"
        "- Tổ chức tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ làm công tác đối ngoại. "
        "Thời gian: Quý III/2026.\n"
        "- Cung cấp thông tin cho phóng viên nước ngoài đến tác nghiệp tại tỉnh.\n",
        [
            (
                "Tuyên truyền, giới thiệu tiềm năng, thế mạnh của tỉnh trên các phương tiện "
                "thông tin đại chúng",
                [],
            ),
            (
                "Tổ chức tập huấn nghiệp vụ thông tin đối ngoại cho cán bộ làm công tác đối ngoại",
                [],
            ),
            ("Cung cấp thông tin cho phóng viên nước ngoài đến tác nghiệp tại tỉnh", []),
        ],
    ),
    "ordinals_mot_la": (
        "Một là, tăng cường tuyên truyền, phổ biến chủ trương của Đảng, chính sách của Nhà nước "
        "về công tác thông tin đối ngoại.\n"
        "Hai là, đẩy mạnh quảng bá hình ảnh, tiềm năng du lịch của tỉnh đến bạn bè quốc tế.\n"
        "Ba là, nâng cao năng lực cho đội ngũ cán bộ làm công tác thông tin đối ngoại.\n",
        [
            (
                "tăng cường tuyên truyền, phổ biến chủ trương của Đảng, chính sách của Nhà nước "
                "về công tác thông tin đối ngoại",
                [],
            ),
            ("đẩy mạnh quảng bá hình ảnh, tiềm năng du lịch của tỉnh đến bạn bè quốc tế", []),
            ("nâng cao năng lực cho đội ngũ cán bộ làm công tác thông tin đối ngoại", []),
        ],
    ),
    "numbered_bodies_over_bullets": (
        f"1. {STT}:\n"
        "- Chủ trì, phối hợp với các cơ quan liên quan tổ chức hội nghị tập huấn công tác thông "
        "tin đối ngoại năm 2026.\n"
        "- Hướng dẫn các cơ quan báo chí tuyên truyền về các sự kiện đối ngoại của tỉnh.\n"
        "2. Sở Ngoại vụ:\n"
        "- Chủ trì cung cấp thông tin về tình hình đối ngoại cho các cơ quan báo chí, hoàn "
        "thành trước ngày 30/6/2026.\n",
        [
            (
                "Chủ trì, phối hợp với các cơ quan liên quan tổ chức hội nghị tập huấn công tác "
                "thông tin đối ngoại năm 2026",
                [STT],
            ),
            (
                "Hướng dẫn các cơ quan báo chí tuyên truyền về các sự kiện đối ngoại của tỉnh",
                [STT],
            ),
            (
                "Chủ trì cung cấp thông tin về tình hình đối ngoại cho các cơ quan báo chí, hoàn "
                "thành trước ngày 30/6/2026",
                ["Sở Ngoại vụ"],
            ),
        ],
    ),
    "giao_paragraphs": (
        f"Giao {STT} chủ trì, phối hợp với Ban Tuyên giáo Tỉnh ủy tổ chức tuyên truyền về "
        "thành tựu đối ngoại của tỉnh trên báo chí, hoàn thành trong Quý IV/2026.\n"
        "Giao Sở Ngoại vụ theo dõi, đôn đốc các cơ quan, đơn vị thực hiện các nhiệm vụ được "
        "giao.\n"
        "Định kỳ 6 tháng, các sở, ban, ngành báo cáo kết quả thực hiện về Sở Ngoại vụ trước "
        "ngày 20/6/2026 để tổng hợp, báo cáo UBND tỉnh.\n",
        [
            (
                f"Giao {STT} chủ trì, phối hợp với Ban Tuyên giáo Tỉnh ủy tổ chức tuyên truyền "
                "về thành tựu đối ngoại của tỉnh trên báo chí, hoàn thành trong Quý IV/2026",
                [STT],
            ),
            (
                "Giao Sở Ngoại vụ theo dõi, đôn đốc các cơ quan, đơn vị thực hiện các nhiệm vụ "
                "được giao",
                ["Sở Ngoại vụ"],
            ),
        ],
    ),
    "numbered_day_deadlines": (
        "1. UBND các huyện, thị xã, thành phố xây dựng kế hoạch thông tin đối ngoại năm 2026 "
        "của địa phương, gửi Sở Ngoại vụ trước ngày 31/3/2026.\n"
        "2. Đài Phát thanh và Truyền hình tỉnh xây dựng chuyên mục giới thiệu hình ảnh tỉnh bằng "
        "tiếng Anh, phát sóng hằng tháng.\n",
        [
            (
                "UBND các huyện, thị xã, thành phố xây dựng kế hoạch thông tin đối ngoại năm "
                "2026 của địa phương, gửi Sở Ngoại vụ trước ngày 31/3/2026",
                ["UBND các huyện, thị xã, thành phố"],
            ),
            (
                "Đài Phát thanh và Truyền hình tỉnh xây dựng chuyên mục giới thiệu hình ảnh tỉnh "
                "bằng tiếng Anh, phát sóng hằng tháng",
                ["Đài Phát thanh và Truyền hình tỉnh"],
            ),
        ],
    ),
    "capitals_heading_plus_bullets": (
        "NHIỆM VỤ TRỌNG TÂM NĂM 2026\n"
        "+ Tổ chức các hoạt động kỷ niệm 30 năm thiết lập quan hệ hữu nghị với tỉnh kết nghĩa "
        "của nước bạn.\n"
        "+ Biên soạn, phát hành ấn phẩm giới thiệu tiềm năng đầu tư của tỉnh bằng tiếng Anh, "
        "tiếng Nhật.\n",
        [
            (
                "Tổ chức các hoạt động kỷ niệm 30 năm thiết lập quan hệ hữu nghị với tỉnh kết "
                "nghĩa của nước bạn",
                [],
            ),
            (
                "Biên soạn, phát hành ấn phẩm giới thiệu tiềm năng đầu tư của tỉnh bằng tiếng "
                "Anh, tiếng Nhật",
                [],
            ),
        ],
    ),
    "collective_and_police_lines": (
        "Các sở, ban, ngành, đoàn thể tỉnh lồng ghép nội dung thông tin đối ngoại vào các hoạt "
        "động chuyên môn của đơn vị.\n"
        "Công an tỉnh chủ trì, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh hướng dẫn hoạt "
        "động của phóng viên nước ngoài tại địa bàn.\n",
        [
            (
                "Các sở, ban, ngành, đoàn thể tỉnh lồng ghép nội dung thông tin đối ngoại vào các "
                "hoạt động chuyên môn của đơn vị",
                ["Các sở, ban, ngành, đoàn thể tỉnh"],
            ),
            (
                "Công an tỉnh chủ trì, phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh hướng dẫn "
                "hoạt động của phóng viên nước ngoài tại địa bàn",
                ["Công an tỉnh"],
            ),
        ],
    ),
    "ordinals_thu_nhat": (
        "Thứ nhất, đổi mới nội dung, hình thức tuyên truyền đối ngoại phù hợp với từng đối "
        "tượng.\n"
        "Thứ hai, phát huy vai trò của người Việt Nam ở nước ngoài trong quảng bá hình ảnh quê "
        "hương.\n",
        [
            ("đổi mới nội dung, hình thức tuyên truyền đối ngoại phù hợp với từng đối tượng", []),
            (
                "phát huy vai trò của người Việt Nam ở nước ngoài trong quảng bá hình ảnh quê "
                "hương",
                [],
            ),
        ],
    ),
    "purposes_then_duties": (
        "I. MỤC ĐÍCH, YÊU CẦU\n"
        "Nâng cao nhận thức của cán bộ, đảng viên về vai trò của công tác thông tin đối ngoại.\n"
        "II. NHIỆM VỤ\n"
        "1. Sở Ngoại vụ chủ trì tổ chức đón các đoàn phóng viên nước ngoài đến tỉnh tác nghiệp.\n"
        "2. Sở Du lịch phối hợp với các doanh nghiệp tổ chức hội chợ du lịch quốc tế.\n",
        [
            (
                "Sở Ngoại vụ chủ trì tổ chức đón các đoàn phóng viên nước ngoài đến tỉnh tác "
                "nghiệp",
                ["Sở Ngoại vụ"],
            ),
            (
                "Sở Du lịch phối hợp với các doanh nghiệp tổ chức hội chợ du lịch quốc tế",
                ["Sở Du lịch"],
            ),
        ],
    ),
}


@pytest.mark.parametrize("name", FRAGMENTS)
def test_a_fragment_of_duties_is_a_plan_with_its_tasks(name):
    text, expected = FRAGMENTS[name]
    result = read(text)
    assert (result["doc_type"], texts_and_leads(result)) == ("plan", expected)


MONTH_ENDS = [
    f"2026-{month:02d}-{day}"
    for month, day in zip(
        range(1, 13), (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31), strict=True
    )
]


@pytest.mark.parametrize("name", FRAGMENTS)
def test_the_bodies_and_plans_a_fragment_names_are_no_issuer_nor_title(name):
    result = read(FRAGMENTS[name][0])
    assert (result["issuer"], result["title"], result["plan_number"]) == (None, None, None)


def _deadlines(result: dict) -> list[list[str]]:
    return [t["timeframe"]["deadlines"] if t["timeframe"] else [] for t in result["tasks"]]


@pytest.mark.parametrize(
    ("name", "deadlines"),
    [
        ("roman_heading_numbered_times", [["2026-06-30"], ["2026-09-30"]]),
        ("dashes_without_heading", [[], ["2026-09-30"], []]),
        ("numbered_bodies_over_bullets", [[], [], ["2026-06-30"]]),
        ("giao_paragraphs", [["2026-12-31"], []]),
        ("numbered_day_deadlines", [["2026-03-31"], MONTH_ENDS]),
    ],
)
def test_the_deadlines_whose_year_is_written_are_read(name, deadlines):
    assert _deadlines(read(FRAGMENTS[name][0])) == deadlines


def test_the_coordinating_bodies_are_read():
    result = read(FRAGMENTS["collective_and_police_lines"][0])
    assert [[m["as_written"] for m in t["coordinating"]] for t in result["tasks"]] == [
        [],
        ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"],
    ]


def test_the_reporting_duty_is_the_report_deadline_not_a_task():
    result = read(FRAGMENTS["organisation_heading_giao"][0])
    assert (result["report_deadline"] or {}).get("day") == 15


# --- near misses ------------------------------------------------------------------------------

PURPOSES = (
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
    "Nâng cao nhận thức của cán bộ, đảng viên và nhân dân về vai trò của công tác thông tin đối "
    "ngoại.\n2. Yêu cầu\n"
    "Công tác thông tin đối ngoại phải bám sát chủ trương của Đảng, chính sách của Nhà nước; "
    "bảo đảm kịp thời, chính xác.\n"
)
REQUIREMENTS = (
    "Mục đích, yêu cầu\n"
    "- Tạo sự thống nhất trong nhận thức và hành động của các cấp, các ngành về thông tin đối "
    "ngoại;\n"
    "- Bảo đảm bám sát sự lãnh đạo của Tỉnh ủy, sự chỉ đạo của UBND tỉnh.\n"
)
PAST_RESULTS = (
    "Năm 2025, Sở Thông tin và Truyền thông đã tổ chức 02 lớp tập huấn nghiệp vụ thông tin đối "
    "ngoại cho 150 học viên.\n"
    "Các cơ quan báo chí của tỉnh đã đăng tải trên 1.200 tin, bài về công tác đối ngoại.\n"
    "Sở Ngoại vụ đã phối hợp đón tiếp 25 đoàn khách quốc tế đến thăm và làm việc tại tỉnh.\n"
)
FURNITURE = (
    "Trang chủ\nGiới thiệu\nTin tức - Sự kiện\nVăn bản chỉ đạo\nThông tin đối ngoại\n"
    "Tuyên truyền biển đảo\nHỏi đáp\nLiên hệ\n"
)


@pytest.mark.parametrize("text", [PURPOSES, REQUIREMENTS, PAST_RESULTS, FURNITURE])
def test_purposes_results_and_furniture_give_no_plan_and_no_task(text):
    result = read(text)
    assert result["doc_type"] != "plan"
    assert task_texts(result) == []


DUTY = (
    "Sở Ngoại vụ chủ trì, phối hợp với các cơ quan báo chí tổ chức tuyên truyền về chủ quyền "
    "biển, đảo."
)


def test_a_news_item_keeps_its_reading():
    result = read(news_of_plan("Phú Yên", f"Theo đó, {DUTY}\n"))
    assert result["doc_type"] == "news_about_plan"
    assert task_texts(result) == [DUTY.rstrip(".")]


def test_a_letter_with_its_header_keeps_its_reading():
    result = read(
        letter_of("Phú Yên", f"UBND tỉnh đề nghị các cơ quan, đơn vị thực hiện:\n1. {DUTY}\n")
    )
    assert result["doc_type"] == "other"
    assert task_texts(result) == [DUTY.rstrip(".")]


def test_a_news_item_headed_by_a_duty_keeps_its_reading():
    text = (
        "Tăng cường công tác thông tin đối ngoại trên địa bàn tỉnh năm 2026\n"
        "UBND tỉnh Phú Yên vừa ban hành Kế hoạch số 15/KH-UBND về công tác thông tin đối ngoại "
        "năm 2026.\n"
        f"- {DUTY}\n"
        "- Sở Ngoại vụ tổ chức tập huấn nghiệp vụ cho cán bộ làm công tác đối ngoại.\n"
    )
    result = read(text)
    assert result["doc_type"] == "news_about_plan"
    assert result["plan_number"] == "15/KH-UBND"


def test_a_page_with_its_posting_time_is_no_fragment():
    text = (
        "Cập nhật ngày: 12/03/2026 | 09:15 GMT+7\n"
        f"1. {DUTY}\n"
        "2. Sở Ngoại vụ tổ chức tập huấn nghiệp vụ cho cán bộ làm công tác đối ngoại.\n"
    )
    assert read(text)["doc_type"] != "plan"


def test_a_letter_body_asking_in_its_own_words_is_no_fragment():
    text = (
        "Hướng dẫn tuyên truyền biển, đảo năm 2026\n\n"
        "Sở Văn hóa, Thể thao và Du lịch đề nghị các đơn vị trực thuộc Sở thực hiện các nội dung "
        "sau:\n"
        "1. Tuyên truyền chủ trương của Đảng về biển, đảo trên các phương tiện thông tin.\n"
        "2. Tổ chức các hoạt động văn hóa ở các xã ven biển của tỉnh.\n"
    )
    result = read(text)
    assert result["doc_type"] == "other"
    assert [lead for _text, lead in texts_and_leads(result)] == [
        ["các đơn vị trực thuộc Sở"],
        ["các đơn vị trực thuộc Sở"],
    ]


def test_a_body_asking_over_its_items_is_no_fragment():
    text = (
        "UBND tỉnh giao Sở Ngoại vụ chủ trì, phối hợp với Sở Thông tin và Truyền thông thực hiện:\n"
        "- Tuyên truyền chủ trương của Đảng về biển, đảo trên các phương tiện thông tin.\n"
        "- Tổ chức các hoạt động văn hóa ở các xã ven biển của tỉnh.\n"
    )
    result = read(text)
    assert result["doc_type"] == "other"
    assert [lead for _text, lead in texts_and_leads(result)] == [["Sở Ngoại vụ"], ["Sở Ngoại vụ"]]


def test_a_report_keeps_its_reading():
    result = read(report_of("Phú Yên", PAST_RESULTS))
    assert result["doc_type"] == "report"
    assert task_texts(result) == []
