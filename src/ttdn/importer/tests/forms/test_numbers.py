"""Numbers and symbols read with their case: a symbol's small letters ("06/Ctr-MTTQ-BTT",
"47-CTr/TU") are read, and a long run of letters after "số 12/" (a damaged copy) is no
symbol and does not make the reader try every split of it."""

import pytest

from .support import read

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("letters", [40, 400])
def test_a_run_of_letters_after_a_number_is_no_symbol(letters):
    # (before, each two more letters took four times as long: 22 letters 5 s, 40 hours)
    result = read(
        "Ngày 15/3/2024, UBND tỉnh Gia Lai có Công văn số 12/A"
        + "b" * letters
        + "5 về việc triển khai công tác thông tin đối ngoại năm 2024."
    )
    assert "bbbbb" not in (result["plan_number"] or "")
    assert result["issuer"] == "Ủy ban nhân dân tỉnh Gia Lai"


@pytest.mark.parametrize(
    "number",
    ["47-CTr/TU", "06/Ctr-MTTQ-BTT", "15/BNgV-TH", "01/CTr-UBND", "30/KH-SNgV"],
)
def test_a_symbols_small_letters_are_read(number):
    result = read(
        f"Ngày 15/3/2024, UBND tỉnh Gia Lai ban hành Kế hoạch số {number} về công tác thông "
        "tin đối ngoại năm 2024."
    )
    assert result["plan_number"] == number


def test_the_date_of_a_programme_carried_out_is_not_the_plans():
    result = read(
        "Ngày 4/11, Ủy ban MTTQ tỉnh Gia Lai tổ chức hội nghị ký kết kế hoạch phối hợp thực "
        "hiện chương trình hành động số 06/Ctr-MTTQ-BTT ngày 5/9/2012 về đối ngoại nhân dân."
    )
    assert result["issued_date"] != "2012-09-05"
