"""A formal report's coming part under every heading style, and what is not its work.

A report's "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024" under a Roman numeral in capitals was read; the
same part was lost (no task) as soon as the report had another such section ("V. KIẾN NGHỊ")
and the coming part was headed otherwise: "Phần thứ hai" over a capitals line, a lettered "B.",
an Arabic "3.", "Phần II.", a heading in sentence case, or the whole part pasted on one line
("…: 1. …; 2. …"). Its items are the report's tasks (no lead, as a plan's items); the report's
proposals to higher bodies under the heading after it ("C. KIẾN NGHỊ", "Phần thứ ba / KIẾN
NGHỊ, ĐỀ XUẤT") are not. Near misses: a report with only results, limitations, lessons and
proposals, and a results sub-heading naming the year reviewed ("3. Thực hiện nhiệm vụ trọng tâm
năm 2023"), give none. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nBAN CHỈ ĐẠO CÔNG TÁC\nTHÔNG TIN ĐỐI NGOẠI\n\n"
    "Số: 08/BC-BCĐ\n\nPhú Yên, ngày 18 tháng 12 năm 2023\n\nBÁO CÁO\n"
    "Kết quả công tác thông tin đối ngoại năm 2023 và phương hướng, nhiệm vụ năm 2024\n\n"
)
DONE = (
    "I. KẾT QUẢ THỰC HIỆN NĂM 2023\n"
    "Các cơ quan thành viên đã đăng tải hơn 1.200 tin, bài giới thiệu về tỉnh.\n"
    "II. HẠN CHẾ, NGUYÊN NHÂN\n- Nội dung tin, bài bằng tiếng nước ngoài còn ít.\n"
    "- Kinh phí dành cho thông tin đối ngoại chưa đáp ứng yêu cầu.\n"
)
LESSONS = "III. BÀI HỌC KINH NGHIỆM\n- Phải bám sát sự chỉ đạo của Ban Thường vụ Tỉnh ủy.\n"
PROPOSALS = (
    "V. KIẾN NGHỊ, ĐỀ XUẤT\n1. Đề nghị Bộ Ngoại giao cung cấp tài liệu định hướng kịp thời.\n"
    "2. Đề nghị UBND tỉnh bổ sung kinh phí cho công tác thông tin đối ngoại.\n"
)
SIGNED = "\nNơi nhận:\n- Ban Tuyên giáo Tỉnh ủy;\n- Lưu: VT.\n\nTRƯỞNG BAN\n\nLê Văn Tâm\n"
WORK = [
    "Xây dựng chuyên mục tiếng Anh trên Cổng thông tin điện tử tỉnh",
    "Tổ chức đoàn phóng viên nước ngoài tìm hiểu tiềm năng du lịch biển",
    "Biên soạn tài liệu hỏi đáp về biên giới, biển đảo cho cán bộ cơ sở",
]


def report(coming: str, done: str = DONE, proposals: str = PROPOSALS) -> str:
    return HEADER + done + coming + proposals + SIGNED


def lines(marks: list[str], end: str = ".") -> str:
    return "".join(f"{mark}{work}{end}\n" for mark, work in zip(marks, WORK, strict=True))


def task_texts(text: str) -> list[str]:
    result = read(text)
    assert result["doc_type"] == "report"
    return [t["text"] for t in result["tasks"]]


ARABIC = ["1. ", "2. ", "3. "]


@pytest.mark.parametrize(
    "text",
    [
        report("Phần thứ hai\nPHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024\n" + lines(ARABIC)),
        report("B. NHIỆM VỤ TRỌNG TÂM NĂM 2024\n" + lines(["- "] * 3, ";")),
        report("IV. Nhiệm vụ, giải pháp năm 2024\n" + lines(["a) ", "b) ", "c) "])),
        report("3. Phương hướng, nhiệm vụ năm 2024\n" + lines(["+ "] * 3, ";")),
        report("Phần II. Một số nhiệm vụ trọng tâm năm 2024\n" + lines(ARABIC)),
        report(
            "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024: "
            + " ".join(f"{n}. {w};" for n, w in zip((1, 2, 3), WORK, strict=True))
            + "\n"
        ),
        # no numbered capitals at all: the proposals after it are still not its work
        report(
            "B. PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2024\n" + lines(ARABIC),
            done="A. KẾT QUẢ ĐẠT ĐƯỢC\nCác cơ quan đã đăng tải hơn 1.200 tin, bài.\n",
            proposals="C. KIẾN NGHỊ\n1. Đề nghị Bộ Ngoại giao cung cấp tài liệu kịp thời.\n",
        ),
        report(
            "Phần thứ hai\nPHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2024\n" + lines(ARABIC),
            done="Phần thứ nhất\nKẾT QUẢ NĂM 2023\nCác cơ quan đã đăng tải 1.200 tin, bài.\n",
            proposals="Phần thứ ba\nKIẾN NGHỊ, ĐỀ XUẤT\n1. Đề nghị UBND tỉnh bổ sung kinh phí.\n",
        ),
    ],
)
def test_the_coming_part_under_any_heading_gives_its_items(text):
    assert task_texts(text) == WORK


@pytest.mark.parametrize(
    "text",
    [
        report("", done=DONE + LESSONS),
        report("", proposals="IV. Kiến nghị, đề xuất\n1. Đề nghị UBND tỉnh bổ sung kinh phí.\n"),
        report(
            "",
            done=DONE.replace(
                "II. HẠN CHẾ",
                "3. Thực hiện nhiệm vụ trọng tâm năm 2023\n- Đón 25 đoàn khách quốc tế;\n"
                "- Ký kết 3 thỏa thuận hợp tác.\nII. HẠN CHẾ",
            ),
        ),
        report(
            "",
            done=DONE
            + "Ban Chỉ đạo đã tập trung thực hiện các nhiệm vụ trọng tâm sau:\n"
            + "- Đón 25 đoàn khách quốc tế;\n- Ký kết 3 thỏa thuận hợp tác.\n",
        ),
    ],
)
def test_results_lessons_and_proposals_give_no_task(text):
    assert task_texts(text) == []
