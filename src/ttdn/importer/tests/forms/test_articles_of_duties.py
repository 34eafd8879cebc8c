"""Duties written in the articles of a regulation, a circular or a decision (``.articles``).

"Điều N. Trách nhiệm của <body>" (or "Nhiệm vụ, quyền hạn của <body>") over numbered,
lettered or dashed clauses, or over a paragraph: each clause is a task led by the heading's
body, unless it names its own subject. "Điều N. Tổ chức thực hiện" over "1. Sở X có trách
nhiệm: a) …": the body introducing the clauses leads the items under it. Near misses: the
articles of scope, subjects, principles, definitions, contents and forms; the execution
articles and clauses ("… chịu trách nhiệm thi hành …", "kiểm tra việc thực hiện Quy chế
này"); and a decision's own articles written as sentences, among them the one assigning its
plan ("Điều 2. Giao Sở X chủ trì … theo dõi, đôn đốc thực hiện Kế hoạch này"), which by the
corpus's conventions (fifth and ninth batches, the decisions' gold) is not a task of the plan.
Synthetic texts only, written for this test.
"""

from __future__ import annotations

import pytest

from .support import read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

DECISION = (
    "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n\nSố: 27/2024/QĐ-UBND\n\nPhú Yên, ngày 14 tháng 5 năm 2024\n\n"
    "QUYẾT ĐỊNH\nBan hành Quy chế quản lý nhà nước về thông tin đối ngoại trên địa bàn tỉnh Phú "
    "Yên\n\nỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\n\nCăn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 "
    "của Chính phủ về quản lý hoạt động thông tin đối ngoại;\n\nQUYẾT ĐỊNH:\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý nhà nước về thông tin đối ngoại "
    "trên địa bàn tỉnh Phú Yên.\n"
    "Điều 2. Quyết định này có hiệu lực kể từ ngày 25 tháng 5 năm 2024.\n"
    "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành và Chủ tịch "
    "UBND các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này.\n\n"
    "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n"
    "QUY CHẾ\nQuản lý nhà nước về thông tin đối ngoại trên địa bàn tỉnh Phú Yên\n\n"
    "Chương I\nQUY ĐỊNH CHUNG\n\n"
    "Điều 1. Phạm vi điều chỉnh\nQuy chế này quy định về quản lý nhà nước đối với hoạt động "
    "thông tin đối ngoại trên địa bàn tỉnh.\n"
    "Điều 2. Đối tượng áp dụng\nQuy chế này áp dụng đối với các sở, ban, ngành, UBND các "
    "huyện, thị xã, thành phố và các cơ quan báo chí của tỉnh.\n\n"
    "Chương II\nTRÁCH NHIỆM CỦA CÁC CƠ QUAN\n\n{body}"
)
CIRCULAR = (
    "BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH\n\nSố: 05/2026/TT-BVHTTDL\n\nHà Nội, ngày 20 tháng 1 năm "
    "2026\n\nTHÔNG TƯ\nHướng dẫn công tác thông tin đối ngoại của chính quyền địa phương\n\n"
    "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông "
    "tin đối ngoại;\n\nBộ trưởng Bộ Văn hóa, Thể thao và Du lịch ban hành Thông tư hướng dẫn "
    "công tác thông tin đối ngoại của chính quyền địa phương.\n\n"
    "Điều 1. Phạm vi điều chỉnh\nThông tư này hướng dẫn công tác thông tin đối ngoại của chính "
    "quyền địa phương.\n\n{body}\n"
    "Điều 12. Hiệu lực thi hành\nThông tư này có hiệu lực thi hành kể từ ngày 15 tháng 3 năm "
    "2026.\n"
)
FRAMES = {"regulation": DECISION, "circular": CIRCULAR}

# (heading, its body as written, clauses under it)
DUTIES = [
    "Tham mưu UBND tỉnh xây dựng kế hoạch thông tin đối ngoại hằng năm",
    "Tổ chức họp báo định kỳ cung cấp thông tin cho báo chí trong và ngoài nước",
    "Tổng hợp kết quả công tác thông tin đối ngoại, báo cáo UBND tỉnh",
]
HEADINGS = {
    "Trách nhiệm của Sở Văn hóa, Thể thao và Du lịch": "Sở Văn hóa, Thể thao và Du lịch",
    "Trách nhiệm của các sở, ban, ngành": "các sở, ban, ngành",
    "Trách nhiệm của Ủy ban nhân dân cấp xã": "Ủy ban nhân dân cấp xã",
    "Nhiệm vụ, quyền hạn của Công an tỉnh": "Công an tỉnh",
    "Trách nhiệm và quyền hạn của Sở Ngoại vụ": "Sở Ngoại vụ",
}
MARKS = {
    "numbered": lambda i: f"{i + 1}. ",
    "numbered with a bracket": lambda i: f"{i + 1}) ",
    "lettered": lambda i: f"{'abc'[i]}) ",
    "dashed": lambda i: "- ",
}


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("mark", MARKS)
@pytest.mark.parametrize("heading", HEADINGS)
def test_clauses_under_a_body_heading(frame, mark, heading):
    clauses = "\n".join(f"{MARKS[mark](i)}{d};" for i, d in enumerate(DUTIES))
    body = f"Điều 7. {heading}\n{clauses[:-1]}.\n"
    result = read(FRAMES[frame].format(body=body))
    assert texts_and_leads(result) == [(d, [HEADINGS[heading]]) for d in DUTIES]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("heading", HEADINGS)
def test_a_paragraph_under_a_body_heading(frame, heading):
    body = f"Điều 8. {heading}\n{DUTIES[0]}. {DUTIES[1]}.\n"
    result = read(FRAMES[frame].format(body=body))
    assert texts_and_leads(result) == [(d, [HEADINGS[heading]]) for d in DUTIES[:2]]


@pytest.mark.parametrize("frame", FRAMES)
def test_clauses_with_their_own_subjects(frame):
    body = (
        "Điều 9. Trách nhiệm của các cơ quan, đơn vị\n"
        "1. Sở Ngoại vụ phối hợp với Công an tỉnh quản lý hoạt động của phóng viên nước ngoài "
        "tại tỉnh.\n"
        "2. Đài Phát thanh và Truyền hình tỉnh xây dựng chuyên mục đối ngoại bằng tiếng Anh.\n"
        "3. Hướng dẫn các xã, phường cung cấp thông tin cho báo chí.\n"
    )
    result = read(FRAMES[frame].format(body=body))
    assert texts_and_leads(result) == [
        (
            "Sở Ngoại vụ phối hợp với Công an tỉnh quản lý hoạt động của phóng viên nước "
            "ngoài tại tỉnh",
            ["Sở Ngoại vụ"],
        ),
        (
            "Đài Phát thanh và Truyền hình tỉnh xây dựng chuyên mục đối ngoại bằng tiếng Anh",
            ["Đài Phát thanh và Truyền hình tỉnh"],
        ),
        ("Hướng dẫn các xã, phường cung cấp thông tin cho báo chí", ["các cơ quan, đơn vị"]),
    ]


@pytest.mark.parametrize("recurrence", ["hằng năm", "hàng năm", "định kỳ", "hằng quý"])
def test_a_recurring_duty_after_a_semicolon(recurrence):
    body = (
        "Điều 6. Trách nhiệm của Sở Văn hóa, Thể thao và Du lịch\n"
        "1. Là cơ quan đầu mối giúp UBND tỉnh quản lý nhà nước về thông tin đối ngoại; "
        f"{recurrence} tổng hợp, báo cáo UBND tỉnh kết quả thực hiện.\n"
    )
    result = read(DECISION.format(body=body))
    lead = ["Sở Văn hóa, Thể thao và Du lịch"]
    assert texts_and_leads(result) == [
        ("Là cơ quan đầu mối giúp UBND tỉnh quản lý nhà nước về thông tin đối ngoại", lead),
        (f"{recurrence} tổng hợp, báo cáo UBND tỉnh kết quả thực hiện", lead),
    ]


ORGANISED = {
    "Tổ chức thực hiện": None,
    "Phân công trách nhiệm": None,
    "Trách nhiệm thực hiện": None,
}
INTRODUCERS = {
    "{body} có trách nhiệm:": None,
    "{body}:": None,
    "{body} chịu trách nhiệm:": None,
}


@pytest.mark.parametrize("introducer", INTRODUCERS)
@pytest.mark.parametrize("heading", ORGANISED)
def test_bodies_introducing_their_items(heading, introducer):
    first = introducer.format(body="Sở Văn hóa, Thể thao và Du lịch")
    second = introducer.format(body="Công an tỉnh")
    body = (
        f"Điều 15. {heading}\n1. {first}\na) {DUTIES[0]};\nb) {DUTIES[2]}.\n"
        f"2. {second}\na) Theo dõi, phát hiện thông tin sai lệch về tỉnh trên mạng xã hội.\n"
        "3. Các cơ quan báo chí của tỉnh mở chuyên mục quảng bá hình ảnh tỉnh ra nước ngoài.\n"
    )
    result = read(DECISION.format(body=body))
    department = ["Sở Văn hóa, Thể thao và Du lịch"]
    assert texts_and_leads(result) == [
        (DUTIES[0], department),
        (DUTIES[2], department),
        ("Theo dõi, phát hiện thông tin sai lệch về tỉnh trên mạng xã hội", ["Công an tỉnh"]),
        (
            "Các cơ quan báo chí của tỉnh mở chuyên mục quảng bá hình ảnh tỉnh ra nước ngoài",
            ["Các cơ quan báo chí của tỉnh"],
        ),
    ]


# Articles that hold no task, whatever verbs their clauses use.
NO_DUTIES = [
    "Điều 3. Nguyên tắc hoạt động thông tin đối ngoại\n1. Bảo đảm sự lãnh đạo thống nhất của "
    "Tỉnh ủy.\n2. Tuân thủ quy định của pháp luật về báo chí và thông tin đối ngoại.\n",
    "Điều 4. Nội dung thông tin đối ngoại\n1. Thông tin về tình hình kinh tế - xã hội của tỉnh.\n"
    "2. Tuyên truyền, quảng bá hình ảnh, tiềm năng du lịch của tỉnh ra nước ngoài.\n",
    "Điều 5. Hình thức thông tin đối ngoại\na) Tổ chức họp báo, cung cấp thông tin cho báo chí;\n"
    "b) Xuất bản ấn phẩm thông tin đối ngoại bằng tiếng nước ngoài.\n",
    "Điều 3. Giải thích từ ngữ\nTrong Quy chế này, thông tin đối ngoại là hoạt động cung cấp "
    "thông tin về Việt Nam ra thế giới.\n",
    "Điều 6. Kinh phí thực hiện\nKinh phí bảo đảm hoạt động thông tin đối ngoại được bố trí từ "
    "ngân sách nhà nước.\n",
    "Điều 20. Trách nhiệm thi hành\nGiám đốc các sở, Thủ trưởng các ban, ngành chịu trách nhiệm "
    "thi hành Quy chế này.\n",
    "Điều 15. Tổ chức thực hiện\nSở Văn hóa, Thể thao và Du lịch có trách nhiệm hướng dẫn, "
    "kiểm tra việc thực hiện Quy chế này.\n",
]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("article", NO_DUTIES)
def test_articles_that_hold_no_task(frame, article):
    result = read(FRAMES[frame].format(body=article))
    assert texts_and_leads(result) == []


# A decision's own articles, written as sentences: no task (the plan it issues holds them).
DECISION_ARTICLES = [
    "Điều 2. Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan liên quan "
    "tổ chức triển khai, theo dõi, đôn đốc thực hiện Kế hoạch này.",
    "Điều 2. Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, hướng dẫn, theo dõi, đôn đốc các cơ "
    "quan, đơn vị triển khai Kế hoạch; định kỳ tổng hợp, báo cáo UBND tỉnh.",
    "Điều 2. Sở Ngoại vụ có trách nhiệm phối hợp với các sở, ban, ngành giúp UBND tỉnh chỉ "
    "đạo, tổ chức thực hiện Quyết định này.",
    "Điều 2. Giám đốc Sở Văn hóa, Thể thao và Du lịch chịu trách nhiệm tổ chức, hướng dẫn và "
    "đôn đốc thực hiện Kế hoạch.",
]


@pytest.mark.parametrize("article", DECISION_ARTICLES)
def test_a_decision_s_articles(article):
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n\nSố: 1205/QĐ-UBND\n\nPhú Yên, ngày 02 tháng 12 năm 2025"
        "\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch thông tin đối ngoại tỉnh Phú Yên năm 2026\n\n"
        "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\n\nQUYẾT ĐỊNH:\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thông tin đối ngoại tỉnh Phú Yên năm "
        f"2026.\n{article}\n"
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành và Chủ "
        "tịch UBND các xã, phường chịu trách nhiệm thi hành Quyết định này.\n"
        "Quyết định có hiệu lực kể từ ngày ký.\n"
    )
    assert texts_and_leads(read(text)) == []


@pytest.mark.parametrize("article", DECISION_ARTICLES)
def test_a_decision_s_articles_pasted_alone(article):
    # (a copy that keeps only the articles, without the decision's header)
    text = (
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thông tin đối ngoại tỉnh Phú Yên năm "
        f"2026.\n{article}\n"
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở, Thủ trưởng các ban, ngành và Chủ "
        "tịch UBND các xã, phường chịu trách nhiệm thi hành Quyết định này.\n"
        "Quyết định có hiệu lực kể từ ngày ký.\n"
    )
    assert texts_and_leads(read(text)) == []


def test_the_plan_a_decision_issues_keeps_its_tasks():
    # (a copy that lost the decision's signature: the plan's heading in capitals closes the
    # articles)
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n\nSố: 1205/QĐ-UBND\n\nPhú Yên, ngày 02 tháng 12 năm 2025"
        "\n\nQUYẾT ĐỊNH\nBan hành Kế hoạch thông tin đối ngoại tỉnh Phú Yên năm 2026\n\n"
        "QUYẾT ĐỊNH:\n\n"
        "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thông tin đối ngoại tỉnh Phú Yên năm "
        f"2026.\n{DECISION_ARTICLES[0]}\n"
        "Điều 3. Chánh Văn phòng UBND tỉnh, Giám đốc các sở chịu trách nhiệm thi hành Quyết "
        "định này.\n\nKẾ HOẠCH\nThông tin đối ngoại tỉnh Phú Yên năm 2026\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\nNâng cao hiệu quả công tác thông tin đối ngoại.\n\n"
        "II. NHIỆM VỤ\n1. Tổ chức họp báo định kỳ hằng quý.\n"
        "2. Xuất bản ấn phẩm giới thiệu tỉnh bằng tiếng Anh.\n\n"
        "III. TỔ CHỨC THỰC HIỆN\n1. Sở Ngoại vụ chủ trì tổ chức đón các đoàn phóng viên nước "
        "ngoài.\n"
    )
    assert texts_and_leads(read(text)) == [
        ("Tổ chức họp báo định kỳ hằng quý", []),
        ("Xuất bản ấn phẩm giới thiệu tỉnh bằng tiếng Anh", []),
        ("Sở Ngoại vụ chủ trì tổ chức đón các đoàn phóng viên nước ngoài", ["Sở Ngoại vụ"]),
    ]
