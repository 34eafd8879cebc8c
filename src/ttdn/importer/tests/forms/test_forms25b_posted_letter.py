"""A department's letter told as news under a posting line (forms25b, batch 25's form 5):
"07/06/2023 (sotttt.angiang.gov.vn) - Sở … vừa có công văn …" is dated by the site's posting
line, not by the letter (the letter's day is not written: no date); and the span of a
strategy its subject carries out ("… triển khai Chiến lược Văn hóa đối ngoại … giai đoạn
2022 – 2026") is the strategy's, not the letter's period. Near misses: a day written after
the site's tag ("(site) - Ngày 12/3/2024, Sở … có Công văn số …") dates the letter; a
letter's own span or year in its subject stays its period."""

from __future__ import annotations

import pytest

from .support import assert_read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

POSTED = [
    (
        "07/06/2023 (sotttt.angiang.gov.vn) - Sở Thông tin và Truyền thông An Giang vừa có công "
        "văn hướng dẫn đẩy mạnh công tác truyền thông triển khai Chỉ thị 25/CT-TTg của Thủ "
        "tướng Chính phủ về việc đẩy mạnh triển khai Chiến lược Văn hóa đối ngoại của Việt Nam "
        "giai đoạn 2022 – 2026 trên địa bàn tỉnh An Giang.\n",
        None,
    ),
    (
        "15/03/2024 (baolaocai.vn) – Sở Ngoại vụ tỉnh Lào Cai vừa có công văn đề nghị các sở, "
        "ngành triển khai công tác thông tin đối ngoại năm 2024.\n",
        (2024, 2024),
    ),
    (
        "22/8/2022 (DNO) - UBND tỉnh Đắk Nông vừa có văn bản yêu cầu các sở, ngành tăng cường "
        "công tác thông tin đối ngoại về biên giới.\n",
        None,
    ),
]


@pytest.mark.parametrize(("text", "period"), POSTED)
def test_a_letter_under_a_posting_line_is_not_dated_by_it(text, period):
    assert_read(text, {"doc_type": "other", "issued_date": None, "period": period})


def test_a_strategy_s_span_in_a_letter_s_subject_is_not_its_period():
    text = (
        "Sở Thông tin và Truyền thông tỉnh Lào Cai vừa có công văn hướng dẫn triển khai Chỉ "
        "thị 25/CT-TTg về việc đẩy mạnh triển khai Chiến lược Văn hóa đối ngoại của Việt Nam "
        "giai đoạn 2022 – 2026 trên địa bàn tỉnh.\n"
    )
    assert_read(text, {"doc_type": "other", "period": None})


# Near misses: the letter's day written after the site's tag; the letter's own span.
def test_a_day_after_the_site_s_tag_dates_the_letter():
    text = (
        "(baolaocai.vn) - Ngày 12/3/2024, Sở Ngoại vụ tỉnh Lào Cai có Công văn số 312/SNgV-TTĐN "
        "về việc triển khai công tác thông tin đối ngoại năm 2024.\n"
    )
    assert_read(text, {"issued_date": "2024-03-12", "period": (2024, 2024)})


def test_a_letter_s_own_span_stays_its_period():
    text = (
        "Sở Thông tin và Truyền thông tỉnh Lào Cai vừa có công văn về việc triển khai công tác "
        "thông tin đối ngoại giai đoạn 2021 – 2025 trên địa bàn tỉnh.\n"
    )
    assert_read(text, {"doc_type": "other", "period": (2021, 2025)})
