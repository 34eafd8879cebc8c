"""A board writing as the standing body of a steering committee (batch 21).

"Ban Tuyên giáo Tỉnh ủy … – Cơ quan Thường trực của Ban Chỉ đạo công tác thông tin đối ngoại
tỉnh đề nghị các cơ quan, đơn vị …": the board writes, for the committee; it is the issuer.
The committee asking in its own name stays the issuer. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

BOARDS = [
    ("Ban Tuyên giáo Tỉnh ủy Phú Yên", " – ", "province"),
    ("Ban Tuyên giáo Thành ủy Hà Nội", " - ", "province"),
    ("Ban Tuyên giáo Thành ủy Hồ Chí Minh", ", ", "province"),
]


def letter(asking: str) -> str:
    return (
        "Thông báo Giải thưởng về thông tin đối ngoại\n\nKính gửi:\n\n– Các đơn vị thành viên Ban "
        "Chỉ đạo công tác thông tin đối ngoại,\n\n– Các cơ quan báo chí.\n\n"
        "Thực hiện Công văn số 1234-CV/BTGTW của Ban Tuyên giáo Trung ương về việc thông báo "
        "Giải thưởng, cụ thể như sau:\n\n"
        f"  1. {asking} đề nghị các cơ quan, đơn vị phối hợp, triển khai các nội dung công việc "
        "sau:\n\n- Tuyên truyền rộng rãi về Giải thưởng.\n"
    )


@pytest.mark.parametrize("board,dash,level", BOARDS)
def test_the_standing_board_is_the_issuer(board, dash, level):
    asking = f"{board}{dash}Cơ quan Thường trực của Ban Chỉ đạo công tác thông tin đối ngoại"
    got = fields_of(read(letter(asking)))
    assert (got["issuer"], got["level"]) == (board, level)


@pytest.mark.parametrize("board,dash,level", BOARDS)
def test_the_committee_asking_in_its_name_stays(board, dash, level):
    # (near miss: the board named elsewhere, the committee asking)
    place = board.split("ủy ")[1]
    unit = "tỉnh" if "Tỉnh" in board else "thành phố"
    asking = f"Ban Chỉ đạo công tác thông tin đối ngoại {unit} {place}"
    got = fields_of(read(letter(asking)))
    assert got["issuer"].startswith("Ban Chỉ đạo")
