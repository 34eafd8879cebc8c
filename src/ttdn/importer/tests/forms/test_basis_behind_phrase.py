"""Bases cited in a prose 'Căn cứ' paragraph behind a phrase (batch 21).

"Căn cứ ý kiến của Thủ tướng Chính phủ về kết quả công tác đối ngoại của các tỉnh, thành phố …
năm 2021 tại Văn bản số 225/VPCP-QHQT …; Văn bản số 511/VPCP-QHQT … và Văn bản số 30/BNG-LS
…": the opinion was given in the documents cited after "tại"; they are the bases, the comma
inside the phrase notwithstanding. "Căn cứ tình hình thực tế, …" still cites none at its
head. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 95/KH-UBND\nPhú Yên, ngày 10 tháng 4 năm 2022\n\nKẾ "
    "HOẠCH\nCông tác đối ngoại năm 2022\n\n{basis}\nCăn cứ Công văn 479-CV/TU ngày 04 tháng 4 năm "
    "2022 của Ban Thường vụ Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\n\nI. MỤC "
    "ĐÍCH, YÊU CẦU\n1. Mục đích\n"
)

PHRASES = [
    "ý kiến của Thủ tướng Chính phủ về kết quả công tác đối ngoại của các tỉnh, thành phố "
    "trực thuộc Trung ương năm 2021",
    "chỉ đạo của Phó Thủ tướng về công tác đoàn ra, đoàn vào, hội nghị quốc tế năm 2022",
    "ý kiến của Bộ Ngoại giao về kế hoạch đối ngoại, thông tin đối ngoại của tỉnh",
]


@pytest.mark.parametrize("phrase", PHRASES)
def test_documents_after_tai_are_bases(phrase):
    basis = (
        f"Căn cứ {phrase} tại Văn bản số 225/VPCP-QHQT ngày 26 tháng 01 năm 2022 của Văn phòng "
        "Chính phủ; Văn bản số 511/VPCP-QHQT ngày 23 tháng 02 năm 2022 của Văn phòng Chính phủ "
        "và Văn bản số 30/BNG-LS ngày 01 tháng 03 năm 2022 của Bộ Ngoại giao;"
    )
    got = {b["identifier"] for b in read(PLAN.format(basis=basis))["legal_bases"]}
    assert {"225/VPCP-QHQT", "511/VPCP-QHQT", "30/BNG-LS", "479-CV/TU"} <= got


def test_a_situation_at_the_head_cites_none():
    # (near miss: the head is a situation, the document after it a description)
    basis = (
        "Căn cứ tình hình thực tế, kết quả công tác năm 2021 nêu trong Văn bản số 225/VPCP-QHQT "
        "ngày 26 tháng 01 năm 2022 của Văn phòng Chính phủ;"
    )
    got = {b["identifier"] for b in read(PLAN.format(basis=basis))["legal_bases"]}
    assert "225/VPCP-QHQT" not in got
