"""Periods and deadlines: month and year ends, weekends and public holidays per setting."""

import datetime

import pytest

from ttdn.submissions import deadlines as d
from ttdn.submissions.models import ReportingRule

D = datetime.date


def rule(frequency="yearly", month=11, day=5, on_holiday=""):
    return ReportingRule(
        frequency=frequency, deadline_month=month, deadline_day=day, on_holiday=on_holiday
    )


def test_the_seed_rule_before_5_november_every_year(settings):
    settings.TTDN_DEADLINE_ON_HOLIDAY = "keep"
    assert d.rule_deadline(rule(), d.period_for("yearly", 2018)) == D(2018, 11, 5)


@pytest.mark.parametrize(
    ("key", "start", "end"),
    [
        ("2018", D(2018, 1, 1), D(2018, 12, 31)),
        ("2018-H2", D(2018, 7, 1), D(2018, 12, 31)),
        ("2024-Q1", D(2024, 1, 1), D(2024, 3, 31)),
        ("2024-M2", D(2024, 2, 1), D(2024, 2, 29)),
        ("2023-M2", D(2023, 2, 1), D(2023, 2, 28)),
        ("2024-M4", D(2024, 4, 1), D(2024, 4, 30)),
    ],
)
def test_periods_end_on_the_last_day_of_their_last_month(key, start, end):
    period = d.parse_period(key)
    assert (period.start, period.end, period.key) == (start, end, key)


def test_a_custom_period_that_is_a_standard_one_takes_its_key():
    assert d.custom_period(D(2024, 7, 1), D(2024, 9, 30)).key == "2024-Q3"
    other = d.custom_period(D(2024, 11, 1), D(2024, 11, 20))
    assert other.key == "20241101-20241120"
    assert d.parse_period(other.key) == other


@pytest.mark.parametrize("bad", ["", "2018-Q5", "2018-M13", "18", "20240230-20240301", "x"])
def test_a_bad_period_key_is_refused(bad):
    with pytest.raises(ValueError):
        d.parse_period(bad)


@pytest.mark.parametrize(
    ("frequency", "key", "month", "day", "expected"),
    [
        # The 31st in a 30-day month is its last day.
        ("monthly", "2024-M4", 1, 31, D(2024, 4, 30)),
        # The 29th/30th/31st of February: the 28th, or the 29th in a leap year.
        ("monthly", "2023-M2", 1, 29, D(2023, 2, 28)),
        ("monthly", "2024-M2", 1, 31, D(2024, 2, 29)),
        # The month after the period, across the end of the year.
        ("monthly", "2024-M12", 2, 5, D(2025, 1, 5)),
        ("quarterly", "2024-Q4", 4, 10, D(2025, 1, 10)),
        ("half_yearly", "2024-H2", 7, 31, D(2025, 1, 31)),
        ("yearly", "2024", 13, 15, D(2025, 1, 15)),
        ("quarterly", "2023-Q1", 3, 31, D(2023, 3, 31)),
        ("half_yearly", "2023-H1", 6, 31, D(2023, 6, 30)),
    ],
)
def test_deadlines_across_month_and_year_ends(settings, frequency, key, month, day, expected):
    settings.TTDN_DEADLINE_ON_HOLIDAY = "keep"
    assert d.rule_deadline(rule(frequency, month, day), d.parse_period(key)) == expected


def test_a_weekend_deadline_moves_as_the_setting_says(settings):
    saturday = d.parse_period("2024-M1")  # 05/10/2024 is a Saturday
    r = rule("monthly", 10, 5)
    settings.TTDN_DEADLINE_ON_HOLIDAY = "keep"
    assert d.rule_deadline(r, saturday) == D(2024, 10, 5)
    settings.TTDN_DEADLINE_ON_HOLIDAY = "next_working_day"
    assert d.rule_deadline(r, saturday) == D(2024, 10, 7)
    settings.TTDN_DEADLINE_ON_HOLIDAY = "previous_working_day"
    assert d.rule_deadline(r, saturday) == D(2024, 10, 4)


def test_the_rule_overrides_the_setting(settings):
    settings.TTDN_DEADLINE_ON_HOLIDAY = "next_working_day"
    r = rule("monthly", 10, 5, on_holiday="keep")
    assert d.rule_deadline(r, d.parse_period("2024-M1")) == D(2024, 10, 5)


def test_vietnamese_public_holidays_are_not_working_days(settings):
    settings.TTDN_HOLIDAY_CALENDAR = "VN"
    settings.TTDN_HOLIDAYS = []
    for fixed in (D(2025, 1, 1), D(2025, 4, 30), D(2025, 5, 1), D(2025, 9, 2)):
        assert not d.is_working_day(fixed)
    # Tết (lunar) 2026: 16–20 February; a deadline on the 17th moves to Monday the 23rd.
    settings.TTDN_DEADLINE_ON_HOLIDAY = "next_working_day"
    assert d.adjust_for_holidays(D(2026, 2, 17)) == D(2026, 2, 23)
    assert d.adjust_for_holidays(D(2026, 2, 17), "previous_working_day") == D(2026, 2, 13)
    # 30/04 and 01/05/2025 (Wed, Thu) and the 02/05 day off: Monday 05/05.
    assert d.adjust_for_holidays(D(2025, 4, 30)) == D(2025, 5, 5)


def test_a_province_adds_its_own_days_off(settings):
    settings.TTDN_HOLIDAY_CALENDAR = ""
    settings.TTDN_HOLIDAYS = [D(2024, 11, 5)]
    assert d.adjust_for_holidays(D(2024, 11, 5), "next_working_day") == D(2024, 11, 6)
    assert d.is_working_day(D(2025, 1, 1))  # no country calendar: only the listed days


def test_an_unknown_holiday_handling_is_an_error():
    with pytest.raises(ValueError):
        d.adjust_for_holidays(D(2024, 1, 1), "sometimes")


def test_chain_steps_follow_the_agencies_deadline(settings):
    settings.TTDN_DEADLINE_ON_HOLIDAY = "next_working_day"
    settings.TTDN_HOLIDAY_CALENDAR = "VN"

    class Step:
        def __init__(self, days_after=None, month=None, day=None):
            self.days_after, self.deadline_month, self.deadline_day = days_after, month, day

    r = rule()
    period = d.period_for("yearly", 2018)
    first = d.rule_deadline(r, period)
    assert first == D(2018, 11, 5)  # a Monday
    # +5 days is Saturday 10/11 -> Monday 12/11; then 15 December (a Saturday) -> 17/12.
    assert d.step_deadlines(r, [Step(5), Step(month=12, day=15)], period, first) == [
        D(2018, 11, 12),
        D(2018, 12, 17),
    ]


def test_the_month_a_plan_names_is_counted_within_each_period():
    assert d.default_month_in_period("yearly", 11) == 11
    assert d.default_month_in_period("half_yearly", 12) == 6
    assert d.default_month_in_period("quarterly", 6) == 3
    assert d.default_month_in_period("monthly", 6) == 1
