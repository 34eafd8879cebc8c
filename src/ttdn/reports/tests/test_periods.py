"""Reporting periods as the pages, the API and ``ttdn report`` write them."""

import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from ttdn.reports.periods import period_parse


@pytest.mark.parametrize(
    ("text", "start", "end", "name"),
    [
        ("2018", dt.date(2018, 1, 1), dt.date(2018, 12, 31), "năm 2018"),
        ("2018-H1", dt.date(2018, 1, 1), dt.date(2018, 6, 30), "6 tháng đầu năm 2018"),
        ("2018-h2", dt.date(2018, 7, 1), dt.date(2018, 12, 31), "6 tháng cuối năm 2018"),
        ("2018-Q3", dt.date(2018, 7, 1), dt.date(2018, 9, 30), "quý III năm 2018"),
        ("2020-Q1", dt.date(2020, 1, 1), dt.date(2020, 3, 31), "quý I năm 2020"),
        ("2020-02", dt.date(2020, 2, 1), dt.date(2020, 2, 29), "tháng 2 năm 2020"),
        (" 2018-12 ", dt.date(2018, 12, 1), dt.date(2018, 12, 31), "tháng 12 năm 2018"),
    ],
)
def test_periods(text, start, end, name):
    period = period_parse(text)
    assert (period.start, period.end, period.document_name) == (start, end, name)
    assert period.months()[0] == start.replace(day=1) and period.months()[-1] == end.replace(day=1)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "18",
        "2018-Q5",
        "2018-13",
        "2018-00",
        "2018-H3",
        "１２３４",
        "２０１８",
        "0999",
        "2018-6",
    ],
)
def test_bad_periods_are_a_clear_error(text):
    with pytest.raises(ValidationError) as error:
        period_parse(text)
    assert "period" in error.value.message_dict


def test_lateness_is_judged_the_day_after_the_period_or_today():
    period = period_parse("2018")
    assert period.as_of(dt.date(2019, 3, 1)) == dt.date(2019, 1, 1)
    assert period.as_of(dt.date(2018, 5, 1)) == dt.date(2018, 5, 1)
