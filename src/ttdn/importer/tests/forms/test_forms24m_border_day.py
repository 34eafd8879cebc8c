"""A day held that also reviews years (forms24m, batch 24's form 2): the lede tells a body
holding a day ("… tổ chức Ngày hội Biên phòng toàn dân") and a later sentence says the day
also reviewed five years ("Ngày hội … cũng tổ chức sơ kết 5 năm thực hiện … giai đoạn
2019-2024"): news of the day, typed other with no period (the review is one of its
activities, as tin_lao_bao_bien_phong_2024's gold). Near miss: a lede whose own clause holds
the review (the day and the review told together, or a conference reviewing the years) stays
a report of those years."""

from __future__ import annotations

import pytest

from .support import assert_read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

ACTIVITIES = (
    "Ngày hội diễn ra trong hai ngày với các hoạt động: thi đấu bóng chuyền nam; kéo co nam, "
    "nữ; cắt tóc miễn phí cho người dân và học sinh trên địa bàn.\n"
)

DAYS = [
    "Ngày hội Biên phòng toàn dân ở biên giới\n"
    "Ngày 22/2, tại Công viên trung tâm thị trấn Khe Sanh, Đồn Biên phòng Cửa khẩu Quốc tế "
    "Khe Sanh (Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị) phối hợp với UBND thị trấn Khe "
    "Sanh tổ chức Ngày hội Biên phòng toàn dân.\n" + ACTIVITIES + "Ngày hội Biên phòng toàn "
    "dân cũng tổ chức sơ kết 5 năm thực hiện “Ngày Biên phòng toàn dân” giai đoạn 2019-2024; "
    "tôn vinh những tập thể, cá nhân điển hình tiên tiến.\n",
    "Sáng 1/3, UBND xã Thanh Thủy, huyện Thanh Chương tổ chức Ngày hội Biên phòng toàn dân "
    "năm 2024 tại sân vận động xã.\n" + ACTIVITIES + "Dịp này, xã sơ kết 5 năm thực hiện "
    "Ngày Biên phòng toàn dân giai đoạn 2019 - 2024 và khen thưởng các tập thể, cá nhân.\n",
    "Ngày 3/3, Ủy ban Mặt trận Tổ quốc Việt Nam xã Ba Sơn đã tổ chức Ngày hội Đại đoàn kết "
    "toàn dân tộc ở khu dân cư biên giới.\n" + ACTIVITIES + "Tại Ngày hội, Chủ tịch UBND "
    "xã cho biết, giai đoạn 2021 - 2025, xã đã sơ kết, tổng kết nhiều phong trào.\n",
]


@pytest.mark.parametrize("text", DAYS)
def test_a_day_held_that_also_reviews_years_is_news_of_the_day(text):
    assert_read(text, {"doc_type": "other", "period": None})


# Near misses: the review told in the lede's own clause.
REVIEWS = [
    (
        "Ngày 22/2, UBND thị trấn Khe Sanh tổ chức Ngày hội Biên phòng toàn dân và sơ kết 5 "
        "năm thực hiện “Ngày Biên phòng toàn dân” giai đoạn 2019-2024.\n" + ACTIVITIES,
        (2019, 2024),
    ),
    (
        "Ngày 22/2, UBND huyện Hướng Hóa tổ chức Hội nghị sơ kết 5 năm thực hiện “Ngày Biên "
        "phòng toàn dân” giai đoạn 2019-2024.\nHội nghị đánh giá kết quả đạt được.\n",
        (2019, 2024),
    ),
]


@pytest.mark.parametrize(("text", "period"), REVIEWS)
def test_a_review_told_in_the_lede_stays_a_report_of_its_years(text, period):
    assert_read(text, {"doc_type": "report", "period": period})
