"""The date of a letter told in news: its day written before its number, in a sentence whose
subject is the leader who signed it ("…, ngày …, Chủ tịch UBND tỉnh <name> đã có Công văn
số … chỉ đạo …"), is the letter's date; a date of a document the sentence says it carries out
is not.

Each text is written for the test in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import assert_read

pytestmark = pytest.mark.django_db

SIGNED_BY_A_LEADER = [
    (
        "Nhằm tăng cường cung cấp thông tin cho báo chí, ngày 12 tháng 5 năm 2021, Chủ tịch "
        "UBND tỉnh Nguyễn Văn Hùng đã có Công văn số 1234/UBND-VX chỉ đạo các sở, ngành tổ "
        "chức họp báo định kỳ.\n",
        "2021-05-12",
        "1234/UBND-VX",
    ),
    (
        "Ngày 03/8/2020, Giám đốc Sở Thông tin và Truyền thông Lê Minh Tâm đã ký Công văn số "
        "56/STTTT-TTBCXB đề nghị các cơ quan báo chí tuyên truyền về biển, đảo.\n",
        "2020-08-03",
        "56/STTTT-TTBCXB",
    ),
    (
        "Để thực hiện tốt công tác phát ngôn, ngày 20/10/2019, Phó Chủ tịch UBND tỉnh Trần "
        "Thị Lan vừa có Công văn số 4410/UBND-KGVX yêu cầu thủ trưởng các sở cung cấp thông "
        "tin kịp thời.\n",
        "2019-10-20",
        "4410/UBND-KGVX",
    ),
]


@pytest.mark.parametrize(("text", "date", "number"), SIGNED_BY_A_LEADER)
def test_a_letters_day_before_its_signer_is_its_date(directory, text, date, number):
    assert_read(text, {"issued_date": date, "plan_number": number})


def test_the_date_of_the_document_carried_out_is_not_the_letters(directory):
    assert_read(
        "Thực hiện Công văn số 99/BTTTT-TTĐN ngày 02/3/2021 của Bộ Thông tin và Truyền thông, "
        "Chủ tịch UBND tỉnh Nguyễn Văn Hùng đã có Công văn số 1234/UBND-VX chỉ đạo các sở "
        "tuyên truyền.\n",
        {"issued_date": None, "plan_number": "1234/UBND-VX"},
    )
