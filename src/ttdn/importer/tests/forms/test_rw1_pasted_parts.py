"""Parts of plans and letters pasted alone, in forms the fragment reader missed (rw1tasks).

Forms (each written here in several wordings of its own):

- bodies named as headings over their duties written as sentences with no mark ("1. Công an
  tỉnh" then "Kịp thời cung cấp …"): the headings are the duties' leads, not the text's
  headings, and a duty may open with a word of manner ("Kịp thời", "Thường xuyên");
- a plan's contents lettered "a) Thông tin về …", "b) Quảng bá …": "Thông tin về …" is the
  work, and a closing remark on the items above ("Các nội dung trên cần …") is no task;
- lettered headings over dashed duties ("b) Công tác phát ngôn" then "- Người phát ngôn của
  UBND tỉnh chủ trì …"): the heading is no task, a role at work leads its duty;
- "Thời gian thực hiện: …" on a line of its own: the time of the duty above, never a task;
- a letter's body pasted without its header ("Thực hiện Kế hoạch số …, Sở … đề nghị UBND các
  xã:" then its items): a letter's asks led by its addressees, not a plan's duties.

Near misses: the same headings over work told as done, lettered purposes, a role's work told
as done, a requirement on the items. Synthetic texts only, written for this test.
"""

from __future__ import annotations

import pytest

from .support import read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

SVH = "Sở Văn hóa, Thể thao và Du lịch"

BODY_HEADINGS = {
    "party_board_and_police": (
        "II. NHIỆM VỤ CỤ THỂ\n"
        "1. Ban Tuyên giáo Tỉnh ủy\n"
        "Chủ trì hướng dẫn nội dung tuyên truyền đối ngoại cho các cơ quan báo chí của tỉnh.\n"
        "Phối hợp với Sở Ngoại vụ tổng hợp dư luận của người nước ngoài về tình hình tỉnh.\n"
        "2. Công an tỉnh\n"
        "Kịp thời thông báo cho Ban Tuyên giáo Tỉnh ủy các vụ việc có yếu tố nước ngoài.\n",
        [
            (
                "Chủ trì hướng dẫn nội dung tuyên truyền đối ngoại cho các cơ quan báo chí của "
                "tỉnh",
                ["Ban Tuyên giáo Tỉnh ủy"],
            ),
            (
                "Phối hợp với Sở Ngoại vụ tổng hợp dư luận của người nước ngoài về tình hình tỉnh",
                ["Ban Tuyên giáo Tỉnh ủy"],
            ),
            (
                "Kịp thời thông báo cho Ban Tuyên giáo Tỉnh ủy các vụ việc có yếu tố nước ngoài",
                ["Công an tỉnh"],
            ),
        ],
    ),
    "departments_manner_words": (
        "PHÂN CÔNG THỰC HIỆN\n"
        "1. Sở Ngoại vụ\n"
        "Thường xuyên cập nhật thông tin về hoạt động đối ngoại của tỉnh trên trang tiếng Anh.\n"
        "2. Sở Tài chính\n"
        "Bố trí kinh phí cho các hoạt động thông tin đối ngoại theo quy định hiện hành.\n"
        "3. Đài Phát thanh và Truyền hình tỉnh\n"
        "Khẩn trương xây dựng chuyên mục đối ngoại phát sóng hằng tuần trên kênh của Đài.\n",
        [
            (
                "Thường xuyên cập nhật thông tin về hoạt động đối ngoại của tỉnh trên trang "
                "tiếng Anh",
                ["Sở Ngoại vụ"],
            ),
            (
                "Bố trí kinh phí cho các hoạt động thông tin đối ngoại theo quy định hiện hành",
                ["Sở Tài chính"],
            ),
            (
                "Khẩn trương xây dựng chuyên mục đối ngoại phát sóng hằng tuần trên kênh của Đài",
                ["Đài Phát thanh và Truyền hình tỉnh"],
            ),
        ],
    ),
}

LETTERED_CONTENTS = {
    "contents_with_closing_remark": (
        "3. Nội dung tuyên truyền\n"
        "a) Thông tin về đường lối đối ngoại của Đảng; các sự kiện đối ngoại lớn của tỉnh.\n"
        "b) Quảng bá tiềm năng du lịch, sản phẩm đặc trưng của tỉnh tới bạn bè quốc tế.\n"
        "c) Phản bác các luận điệu sai trái về tình hình dân tộc, tôn giáo trên địa bàn.\n"
        "Các nội dung trên phải được thể hiện sinh động, phù hợp từng nhóm đối tượng.\n",
        [
            ("Thông tin về đường lối đối ngoại của Đảng; các sự kiện đối ngoại lớn của tỉnh", []),
            ("Quảng bá tiềm năng du lịch, sản phẩm đặc trưng của tỉnh tới bạn bè quốc tế", []),
            ("Phản bác các luận điệu sai trái về tình hình dân tộc, tôn giáo trên địa bàn", []),
        ],
    ),
    "contents_lettered_dot": (
        "a. Thông tin kịp thời cho người nước ngoài về chính sách thu hút đầu tư của tỉnh.\n"
        "b. Tuyên truyền về chủ quyền biển, đảo trên các nền tảng số xuyên biên giới.\n"
        "c. Đăng tải các phóng sự về lễ hội truyền thống trên trang thông tin điện tử của tỉnh.\n"
        "Những nội dung này cần cập nhật thường xuyên, bảo đảm chính xác.\n",
        [
            ("Thông tin kịp thời cho người nước ngoài về chính sách thu hút đầu tư của tỉnh", []),
            ("Tuyên truyền về chủ quyền biển, đảo trên các nền tảng số xuyên biên giới", []),
            (
                "Đăng tải các phóng sự về lễ hội truyền thống trên trang thông tin điện tử của tỉnh",
                [],
            ),
        ],
    ),
}

LETTERED_HEADINGS = {
    "spokesperson_and_training": (
        "a) Công tác cung cấp thông tin cho báo chí\n"
        "- Người phát ngôn của Sở Ngoại vụ cung cấp thông tin cho phóng viên nước ngoài khi có "
        "yêu cầu.\n"
        "- Các sở, ngành cập nhật thông tin đối ngoại trên trang điện tử của đơn vị.\n"
        "b) Công tác bồi dưỡng nghiệp vụ\n"
        f"- Sở Nội vụ phối hợp với {SVH} mở lớp bồi dưỡng kỹ năng thông tin đối ngoại.\n",
        [
            (
                "Người phát ngôn của Sở Ngoại vụ cung cấp thông tin cho phóng viên nước ngoài "
                "khi có yêu cầu",
                ["Người phát ngôn của Sở Ngoại vụ"],
            ),
            (
                "Các sở, ngành cập nhật thông tin đối ngoại trên trang điện tử của đơn vị",
                ["Các sở, ngành"],
            ),
            (
                f"Sở Nội vụ phối hợp với {SVH} mở lớp bồi dưỡng kỹ năng thông tin đối ngoại",
                ["Sở Nội vụ"],
            ),
        ],
    ),
    "head_of_body_and_press": (
        "c) Công tác phát ngôn\n"
        "- Người đứng đầu các sở, ngành chủ động cung cấp thông tin khi có vụ việc liên quan đến "
        "người nước ngoài.\n"
        "- Các cơ quan báo chí của tỉnh đăng tải kịp thời thông cáo báo chí của UBND tỉnh.\n"
        "d) Công tác tổng hợp dư luận\n"
        "- Công an tỉnh tổng hợp dư luận trên không gian mạng, báo cáo UBND tỉnh hằng tháng.\n",
        [
            (
                "Người đứng đầu các sở, ngành chủ động cung cấp thông tin khi có vụ việc liên quan "
                "đến người nước ngoài",
                ["Người đứng đầu các sở, ngành"],
            ),
            (
                "Các cơ quan báo chí của tỉnh đăng tải kịp thời thông cáo báo chí của UBND tỉnh",
                ["Các cơ quan báo chí của tỉnh"],
            ),
            (
                "Công an tỉnh tổng hợp dư luận trên không gian mạng, báo cáo UBND tỉnh hằng tháng",
                ["Công an tỉnh"],
            ),
        ],
    ),
}

TIME_LINES = {
    "time_after_each_duty": (
        "4. Quảng bá hình ảnh tỉnh ra nước ngoài\n"
        f"{SVH} chủ trì, phối hợp với Sở Ngoại vụ tổ chức tuần văn hóa của tỉnh tại Nhật Bản.\n"
        "Thời gian thực hiện: Quý III năm 2026.\n"
        "Các xã, phường du lịch biên soạn tài liệu giới thiệu điểm đến bằng tiếng Anh.\n"
        "Thời gian: Quý II/2026.\n",
        ["Quý III năm 2026", "Quý II/2026"],
    ),
    "time_after_first_duty_only": (
        "Sở Ngoại vụ chủ trì tổ chức đón đoàn phóng viên nước ngoài đến tìm hiểu về tỉnh.\n"
        "Thời hạn: tháng 9/2026.\n"
        "Đài Phát thanh và Truyền hình tỉnh sản xuất phóng sự về đoàn phóng viên quốc tế.\n",
        ["tháng 9/2026", None],
    ),
}

LETTER_BODIES = {
    "basis_then_department_asks": (
        "Thực hiện Kế hoạch số 45/KH-UBND ngày 02/3/2026 của UBND tỉnh về công tác thông tin "
        f"đối ngoại năm 2026, {SVH} đề nghị UBND các xã, phường:\n"
        "- Rà soát các bảng quảng bá hình ảnh địa phương tại các điểm du lịch trên địa bàn.\n"
        "- Cập nhật tin, bài về hoạt động đối ngoại lên trang thông tin điện tử của xã.\n",
        [
            (
                "Rà soát các bảng quảng bá hình ảnh địa phương tại các điểm du lịch trên địa bàn",
                ["UBND các xã, phường"],
            ),
            (
                "Cập nhật tin, bài về hoạt động đối ngoại lên trang thông tin điện tử của xã",
                ["UBND các xã, phường"],
            ),
        ],
    ),
    "purpose_then_ministry_asks": (
        "Để chuẩn bị tổng kết công tác năm 2026, Bộ Văn hóa, Thể thao và Du lịch đề nghị các "
        "sở, ban, ngành thực hiện một số nội dung sau:\n"
        "1. Đánh giá kết quả thực hiện nhiệm vụ thông tin đối ngoại năm 2026 của đơn vị.\n"
        "2. Đề xuất nhiệm vụ trọng tâm của công tác thông tin đối ngoại năm 2027.\n",
        [
            (
                "Đánh giá kết quả thực hiện nhiệm vụ thông tin đối ngoại năm 2026 của đơn vị",
                ["các sở, ban, ngành"],
            ),
            (
                "Đề xuất nhiệm vụ trọng tâm của công tác thông tin đối ngoại năm 2027",
                ["các sở, ban, ngành"],
            ),
        ],
    ),
}

# Near misses: no duty in them, whatever their marks.
NOT_DUTIES = {
    "body_headings_over_done_work": (
        "1. Sở Ngoại vụ\n"
        "Đã phối hợp tổ chức 12 đoàn phóng viên nước ngoài đến tìm hiểu về tỉnh.\n"
        "2. Công an tỉnh\n"
        "Đã kịp thời xử lý các thông tin sai sự thật trên không gian mạng trong năm.\n"
    ),
    "lettered_purposes": (
        "1. Mục đích, yêu cầu\n"
        "a) Nhằm nâng cao nhận thức của cán bộ về công tác thông tin đối ngoại của tỉnh.\n"
        "b) Bảo đảm thông tin chính xác, kịp thời, đúng định hướng của Đảng và Nhà nước.\n"
    ),
    "role_told_done": (
        "- Người phát ngôn của UBND tỉnh đã chủ trì 4 cuộc họp báo định kỳ trong năm 2025.\n"
        "- Các sở, ngành đã công bố danh sách người phát ngôn trên trang điện tử.\n"
    ),
}


def _case(name):
    return pytest.param(name, id=name)


@pytest.mark.parametrize("name", [*BODY_HEADINGS, *LETTERED_CONTENTS, *LETTERED_HEADINGS])
def test_pasted_plan_part_read_as_its_duties(name):
    text, expected = {**BODY_HEADINGS, **LETTERED_CONTENTS, **LETTERED_HEADINGS}[name]
    result = read(text)
    assert result["doc_type"] == "plan"
    assert texts_and_leads(result) == expected


@pytest.mark.parametrize("name", list(TIME_LINES))
def test_time_line_dates_the_duty_above(name):
    text, times = TIME_LINES[name]
    result = read(text)
    assert [t["timeframe"]["as_written"] if t["timeframe"] else None for t in result["tasks"]] == (
        times
    )
    assert all(t["text"] for t in result["tasks"])


@pytest.mark.parametrize("name", list(LETTER_BODIES))
def test_pasted_letter_body_asks_its_addressees(name):
    text, expected = LETTER_BODIES[name]
    result = read(text)
    assert result["doc_type"] != "plan"
    assert texts_and_leads(result) == expected


@pytest.mark.parametrize("name", list(NOT_DUTIES))
def test_near_misses_give_no_task(name):
    assert read(NOT_DUTIES[name])["tasks"] == []


def test_pasted_letter_body_cites_its_basis():
    result = read(LETTER_BODIES["basis_then_department_asks"][0])
    assert result["doc_type"] == "other"
    assert [b["identifier"] for b in result["legal_bases"]] == ["45/KH-UBND"]
