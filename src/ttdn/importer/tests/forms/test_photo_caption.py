"""A photo's caption opening a paper's report (batch 20).

"Hội Chữ thập đỏ (CTĐ) tỉnh Thanh Hóa tổ chức chương trình tuyên truyền … (Nguồn: Tạp chí …) |"
is the caption of the photo the page opens with (its source or its photographer in brackets at
its end); the body it shows is not the report's author. A report of a paper on a province's
year has no issuer (the corpus's convention); it keeps the province it is about. The same
sentence written as the item's own opening (no source after it) is still read as it was.
Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

CAPTIONS = [
    (
        "Phú Yên",
        "Hội Chữ thập đỏ (CTĐ) tỉnh Phú Yên tổ chức chương trình tuyên truyền về biển đảo cho học "
        "sinh nhân dịp năm học mới. (Nguồn: Tạp chí Nhân đạo) |",
    ),
    (
        "Hà Nam",
        "Hội Liên hiệp Phụ nữ tỉnh Hà Nam trao quà cho ngư dân tại buổi tuyên truyền về biển, "
        "đảo. (Ảnh: Minh Anh)",
    ),
    (
        "Quảng Trị",
        "Đoàn Thanh niên tỉnh Quảng Trị tổ chức hội thi tìm hiểu về biển, đảo Việt Nam. Ảnh: "
        "Thanh Hải",
    ),
    (
        "Lạng Sơn",
        "Hội Nông dân tỉnh Lạng Sơn tổ chức tuyên truyền về biên giới cho hội viên (Nguồn: Báo "
        "Lạng Sơn)",
    ),
]


def report(province: str, caption: str) -> str:
    return (
        f"{caption}\nKết hợp phương thức truyền thống và hiện đại\n"
        f"{province} là tỉnh có nhiều tiềm năng phát triển kinh tế, văn hóa.\n"
        f"Trong năm 2023, tỉnh {province} đã có nhiều đổi mới trong triển khai các hình thức "
        "tuyên truyền biển đảo theo hướng ngày một đa dạng, hiệu quả.\n"
        f"Một mặt, tỉnh {province} phát huy hiệu quả phương thức tuyên truyền truyền thống như "
        "tuyên truyền miệng; các cơ quan báo chí trên địa bàn ngày càng giữ vai trò quan trọng.\n"
    )


@pytest.mark.parametrize(("province", "caption"), CAPTIONS)
def test_caption_body_is_not_the_issuer(directory, province, caption):
    got = fields_of(read(report(province, caption)))
    assert got["issuer"] is None
    assert (got["level"], got["locality"]) == ("province", province)


def test_opening_sentence_is_still_read(directory):
    text = (
        "Phú Yên: tuyên truyền biển đảo cho học sinh\n"
        "Ngày 5/9/2023, Hội Chữ thập đỏ tỉnh Phú Yên tổ chức chương trình tuyên truyền về biển "
        "đảo và tặng quà cho học sinh nhân dịp năm học mới.\n"
        "Hội Chữ thập đỏ tỉnh Phú Yên đã trao 200 suất quà cho học sinh.\n"
    )
    got = fields_of(read(text))
    assert got["issuer"] == "Hội Chữ thập đỏ tỉnh Phú Yên"
