"""A Government or Prime Minister's decision copied with its header table flattened: the
issuing cell runs on into the number cell on one line ("Thủ tướng Chính phủ Số: 1021/QĐ-TTg
|"), under the copy's own title lines. The rules read it as the header it is (they had left
it to the learned issuer choice, which read it only while its score stayed above its
threshold). Near misses: the Government's office, a news sentence about the Prime Minister,
a ministry's header."""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def flattened(cell: str, number: str, subject: str) -> str:
    return (
        f"Quyết định {number} {subject}\n05-06-2023\n{cell} Số: {number} |\n"
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Hà Nội, ngày 5 "
        f"tháng 6 năm 2023 |\nQuyết định\n{subject.upper()}\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n"
        "Theo đề nghị của Bộ trưởng Bộ Thông tin và Truyền thông.\nQUYẾT ĐỊNH:\n"
        f"Điều 1. Ban hành kèm theo Quyết định này {subject[0].lower()}{subject[1:]}.\n"
    )


@pytest.mark.parametrize(
    "cell, number, issuer",
    [
        ("Thủ tướng Chính phủ", "649/QĐ-TTg", "Thủ tướng Chính phủ"),
        ("THỦ TƯỚNG CHÍNH PHỦ", "649/QĐ-TTg", "Thủ tướng Chính phủ"),
        ("| Thủ tướng Chính phủ", "72/QĐ-TTg", "Thủ tướng Chính phủ"),
        ("Chính phủ", "28/NQ-CP", "Chính phủ"),
        ("CHÍNH PHỦ |", "28/NQ-CP", "Chính phủ"),
    ],
)
def test_the_flattened_government_cell_is_the_issuer(cell, number, issuer):
    got = fields_of(read(flattened(cell, number, "Quy chế phát ngôn và cung cấp thông tin")))
    assert (got["issuer"], got["level"]) == (issuer, "national")


def test_the_governments_office_is_not_the_government():
    got = fields_of(
        read(flattened("Văn phòng Chính phủ", "1234/VPCP-QHQT", "Thông báo ý kiến chỉ đạo"))
    )
    assert got["issuer"] != "Chính phủ"
    assert got["issuer"] != "Thủ tướng Chính phủ"


def test_a_sentence_about_the_prime_minister_is_no_header():
    text = (
        "Tin tức\nNgày 05/6/2023, Bộ Thông tin và Truyền thông ban hành Kế hoạch số "
        "2026/KH-BTTTT về công tác thông tin đối ngoại năm 2023.\n"
        "Thủ tướng Chính phủ đã giao Bộ chủ trì xây dựng kế hoạch. Số: lượng tin bài tăng.\n"
    )
    assert fields_of(read(text))["issuer"] == "Bộ Thông tin và Truyền thông"
