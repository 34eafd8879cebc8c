"""A Party directive or conclusion given in full: typed other, its demands read (vparty).

"Số 05-CT/TU … / CHỈ THỊ / của Ban Thường vụ Tỉnh ủy về …", "Số 310-KL/TU … / KẾT LUẬN …":
a Party committee's directive or conclusion is no plan and no news of one; it is typed other,
as its news is (batch 17), and the duties it asks of the bodies it names are read as a
letter's asks are: the numbered items after "… yêu cầu các cấp ủy, … thực hiện tốt một số
nhiệm vụ sau:" led by those bodies. Variants: the header in one line or two, "Số:" or "Số",
the items numbered "1." or "a)", the conclusion's items under "đề nghị …". Near misses: a
plan under a Party symbol ("Số 12-KH/TU / KẾ HOẠCH") carrying out a directive stays a plan,
and a heading "KẾT LUẬN" with no Party symbol of its kind changes nothing. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

HEADERS = [
    "TỈNH ỦY PHÚ YÊN\n*\nSố 07-{kind}/TU\nTuy Hòa, ngày 02 tháng 4 năm 2024",
    "ĐẢNG CỘNG SẢN VIỆT NAM\nTỈNH ỦY PHÚ YÊN\n*\nSố: 07-{kind}/TU\nTuy Hòa, ngày 02 tháng 4 năm 2024",
    "TỈNH ỦY PHÚ YÊN ĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 07-{kind}/TU Tuy Hòa, ngày 02 tháng 4 năm 2024",
]
DUTIES = [
    "Đưa nội dung thông tin đối ngoại vào chương trình công tác hằng năm của cấp ủy",
    "Giới thiệu rộng rãi tiềm năng du lịch của tỉnh với bạn bè quốc tế",
]


def directive(header: str, marks: tuple[str, str]) -> str:
    return (
        f"{header.format(kind='CT')}\n\nCHỈ THỊ\ncủa Ban Thường vụ Tỉnh ủy\nvề công tác thông "
        "tin đối ngoại trong tình hình mới\n\nNhững năm qua, thông tin đối ngoại của tỉnh có "
        "nhiều chuyển biến; tuy vậy, nguồn lực dành cho công tác này còn ít.\n\nĐể khắc phục "
        "hạn chế, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền các cấp "
        "thực hiện tốt một số nhiệm vụ sau:\n\n"
        f"{marks[0]} {DUTIES[0]}.\n{marks[1]} {DUTIES[1]}.\n\nChỉ thị này phổ biến đến chi bộ.\n"
        "\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n"
    )


def conclusion(header: str) -> str:
    return (
        f"{header.format(kind='KL')}\n\nKẾT LUẬN\ncủa Ban Thường vụ Tỉnh ủy về công tác thông tin "
        "đối ngoại\n\nTại phiên họp ngày 28/3/2024, Ban Thường vụ Tỉnh ủy kết luận như sau:\n"
        "1. Kết quả thông tin đối ngoại năm qua được ghi nhận.\n2. Thời gian tới, đề nghị các "
        f"cấp ủy, tổ chức đảng thực hiện tốt các nhiệm vụ sau:\n- {DUTIES[0]}.\n- {DUTIES[1]}.\n"
    )


@pytest.mark.parametrize("marks", [("1.", "2."), ("a)", "b)")])
@pytest.mark.parametrize("header", HEADERS)
def test_a_directive_is_other_and_its_demands_are_tasks(header, marks):
    result = read(directive(header, marks))
    assert result["doc_type"] == "other"
    texts = [t["text"] for t in result["tasks"]]
    assert texts == DUTIES
    assert all([m["as_written"] for m in t["lead"]] for t in result["tasks"])


@pytest.mark.parametrize("header", HEADERS)
def test_a_conclusion_is_other(header):
    result = read(conclusion(header))
    assert result["doc_type"] == "other"
    assert [t["text"] for t in result["tasks"]] == DUTIES


def test_a_plan_under_a_party_symbol_stays_a_plan():
    text = (
        "TỈNH ỦY PHÚ YÊN\n*\nSố 12-KH/TU\nTuy Hòa, ngày 02 tháng 4 năm 2024\n\nKẾ HOẠCH\nthực "
        "hiện Chỉ thị số 05-CT/TU của Ban Thường vụ Tỉnh ủy\n\nI. NHIỆM VỤ\n"
        f"1. {DUTIES[0]}.\n2. {DUTIES[1]}.\n"
    )
    assert read(text)["doc_type"] == "plan"


def test_a_conclusion_heading_without_its_symbol_changes_nothing():
    text = (
        "Hội thảo về thông tin đối ngoại\nNgày 3/4/2024, Ban Tuyên giáo Tỉnh ủy Phú Yên tổ "
        "chức hội thảo khoa học về thông tin đối ngoại.\nKẾT LUẬN\nCác tham luận đánh giá cao "
        "vai trò của báo chí.\n"
    )
    assert read(text)["doc_type"] != "plan"
