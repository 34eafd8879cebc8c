"""Features and reviews a caption shows (batch 26). An account of done work told over an
unbounded time, no year or span of work written in it ("nhiều năm nay, tỉnh … đã …", "…
được duy trì hiệu quả trong hơn 10 năm", "… thời gian qua"), is a feature, typed other, not a
report. A review a photo's caption shows ("… chủ trì Hội nghị tổng kết công tác năm 2021 …
(Nguồn: Ban tổ chức)", the related-news box's photo) is not the text's review. Near misses:
the same account with its year written ("Năm 2023, …") stays a report; a review told in the
text, not in a caption, stays one.

Each text is written for the test in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

_DONE = (
    "Các xã biên giới đã tổ chức nhiều buổi giao lưu văn nghệ với bà con bên kia biên giới. "
    "Hai bên đã thường xuyên trao đổi tình hình an ninh trật tự. "
    "Nhân dân hai bên đã cùng nhau bảo vệ cột mốc, giữ gìn đường biên.\n"
)

FEATURES = [
    "Hiệu quả từ mô hình kết nghĩa\n\nNhiều năm nay, tỉnh Hà Giang đã đẩy mạnh công tác đối "
    "ngoại nhân dân với các địa phương giáp biên.\n",
    "Tình hữu nghị bền chặt\n\nMối quan hệ kết nghĩa giữa hai thôn được duy trì hiệu quả trong "
    "hơn 10 năm, góp phần xây dựng biên giới hòa bình.\n",
    "Những kết quả của công tác đối ngoại nhân dân thời gian qua\n\nTỉnh Cao Bằng đã chủ động "
    "mở rộng giao lưu với các địa phương của nước bạn.\n",
]


@pytest.mark.parametrize("opening", FEATURES)
def test_an_account_over_unbounded_time_is_a_feature(opening):
    got = fields_of(read(opening + _DONE))
    assert (got["doc_type"], got["period"]) == ("other", None)


def test_an_account_with_its_year_stays_a_report():
    opening = (
        "Kết quả công tác đối ngoại nhân dân\n\nNăm 2023, tỉnh Hà Giang đã đẩy mạnh công tác "
        "đối ngoại nhân dân với các địa phương giáp biên trong nhiều năm nay.\n"
    )
    assert fields_of(read(opening + _DONE))["doc_type"] == "report"


_ARTICLE = (
    "Ngoại giao văn hóa lan tỏa giá trị Việt Nam\n\n"
    "Theo lãnh đạo Bộ Ngoại giao, ngoại giao văn hóa là một trụ cột quan trọng của công tác "
    "đối ngoại.\n"
    "{caption}\n\n"
    "Văn hóa là nền tảng tinh thần của xã hội, là sức mạnh mềm của quốc gia.\n"
)

CAPTIONS = [
    "Thứ trưởng chủ trì Hội nghị tổng kết công tác năm 2021 và phương hướng năm 2022. "
    "(Nguồn: Ban tổ chức)",
    "Hội nghị sơ kết 5 năm thực hiện Chỉ thị về công tác thông tin đối ngoại - Nguồn: qdnd.vn",
    "Quang cảnh Hội nghị tổng kết công tác đối ngoại năm 2020 (Ảnh: Minh Anh)",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_review_a_caption_shows_is_not_the_texts(caption):
    got = fields_of(read(_ARTICLE.format(caption=caption)))
    assert (got["doc_type"], got["period"]) == ("other", None)


def test_a_review_told_in_the_text_stays_a_report():
    text = _ARTICLE.format(
        caption="Hội nghị tổng kết công tác đối ngoại năm 2020 đã được tổ chức tại Hà Nội."
    )
    assert fields_of(read(text))["doc_type"] == "report"
