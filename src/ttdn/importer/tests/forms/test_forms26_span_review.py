"""Review articles of a written span (batch 26): years of carrying a strategy, a programme or
a resolution out told as done ("Sau 10 năm thực hiện Chiến lược, …"), the span written in
that sentence or the one before ("… trong giai đoạn 2011 – 2020."), and a headline of a
year's results and the next year's course ("…: Thành tựu năm 2019 và định hướng năm 2020"),
are reports with that span as their period. Near misses: such years told with no span written
(an article of results "thời gian qua"), years not of carrying out ("Sau 10 năm xa quê"), a
headline of results in a related-news box below the article (not its first line), a headline
whose next year does not follow. A photo's caption names no place of the text, and a text
about all the provinces at once, none named, is national.

Each text is written for the test in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

_TAIL = (
    "Các hoạt động giao lưu văn hóa được tổ chức ở nhiều nơi, thu hút đông đảo người dân "
    "tham gia và góp phần quảng bá hình ảnh đất nước.\n"
)

SPANS = [
    (
        "Năm 2016, Thủ tướng Chính phủ phê duyệt Chương trình quảng bá văn hóa ra nước ngoài. "
        "Chương trình đặt ra các mục tiêu cụ thể trong giai đoạn 2016 - 2020.\n"
        "Sau 5 năm thực hiện Chương trình, dù còn hạn chế, công tác quảng bá đã có chuyển "
        "biến rõ nét.\n",
        (2016, 2020),
    ),
    (
        "Qua 10 năm triển khai Nghị quyết về hội nhập quốc tế giai đoạn 2013–2022, công tác "
        "đối ngoại đã đạt nhiều kết quả quan trọng.\n",
        (2013, 2022),
    ),
    (
        "Đề án được xây dựng cho thời kỳ 2011 – 2015, với nhiều nhiệm vụ mới. Sau năm năm "
        "triển khai thực hiện Đề án, các mục tiêu cơ bản đã hoàn thành.\n",
        (2011, 2015),
    ),
    (
        "Thông tin đối ngoại trong hội nhập: Kết quả năm 2022 và phương hướng năm 2023\n\n"
        "Công tác thông tin đối ngoại giữ vai trò quan trọng trong việc quảng bá hình ảnh đất "
        "nước.\n",
        (2022, 2022),
    ),
    (
        "Ngoại giao văn hóa: Thành tựu năm 2017 và định hướng năm 2018\n\n"
        "Ngoại giao văn hóa là một trụ cột của ngoại giao toàn diện.\n",
        (2017, 2017),
    ),
]


@pytest.mark.parametrize(("text", "period"), SPANS)
def test_a_review_of_a_written_span_is_a_report_of_it(text, period):
    got = fields_of(read(text + _TAIL))
    assert (got["doc_type"], got["period"]) == ("report", period)


NEAR_MISSES = [
    # no span written
    "Sau 10 năm thực hiện Chiến lược, công tác ngoại giao văn hóa đã có nhiều đổi mới.\n",
    # years not of carrying out
    "Nhạc sĩ sinh năm 1970, giai đoạn 1990 - 1995 học tại Hà Nội. Sau 10 năm xa quê, ông "
    "trở về sáng tác.\n",
    # a related-news box below the article, not its headline
    "Ngoại giao văn hóa góp phần nâng cao vị thế đất nước.\n\nTin liên quan\n"
    "Ủy ban Quốc gia UNESCO: Những thành quả năm 2021 và định hướng công tác năm 2022\n",
    # the next year does not follow the reviewed one
    "Ngoại giao văn hóa: Thành tựu năm 2015 và định hướng năm 2030\n\n"
    "Ngoại giao văn hóa là một trụ cột của ngoại giao toàn diện.\n",
]


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_no_written_span_reviewed_is_no_review(text):
    got = fields_of(read(text + _TAIL))
    assert got["doc_type"] != "report" or got["period"] is None


CAPTIONED = (
    "Công tác đối ngoại địa phương góp phần triển khai đường lối đối ngoại trong hoạt động "
    "của các tỉnh, thành phố trực thuộc Trung ương.\n\n"
    "{caption}\n\n"
    "Nhìn chung, công tác đối ngoại địa phương được triển khai đồng bộ.\n"
)

CAPTIONS = [
    "Thành phố Đà Nẵng - điểm đến của nhiều hội nghị quốc tế, tháng 5-2019_Ảnh: TTXVN",
    "Lễ hội văn hóa tại tỉnh Quảng Ninh thu hút du khách quốc tế (Ảnh: Minh Anh)",
    "Đoàn công tác thăm tỉnh Lào Cai. Ảnh: Thanh Hải",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_photo_caption_names_no_place_of_the_text(caption):
    got = fields_of(read(CAPTIONED.format(caption=caption)))
    assert (got["level"], got["locality"]) == ("national", None)


def test_a_place_named_outside_a_caption_is_read():
    text = CAPTIONED.format(caption="Tỉnh Quảng Ninh đón nhiều đoàn khách quốc tế trong năm.")
    got = fields_of(read(text))
    assert (got["level"], got["locality"]) == ("province", "Quảng Ninh")
