"""Timeframe wording -> deadlines and recurrence (pure Python, no database)."""

import datetime
import unicodedata

import pytest

from ttdn.plans.timeframe import (
    PROBLEM_OUTSIDE_PERIOD,
    PROBLEM_UNRECOGNISED,
    Schedule,
    parse_period,
    parse_timeframe,
)

d = datetime.date


def month_ends(year: int) -> list[datetime.date]:
    return [
        d(year, 1, 31), d(year, 2, 28 if year % 4 else 29), d(year, 3, 31), d(year, 4, 30),
        d(year, 5, 31), d(year, 6, 30), d(year, 7, 31), d(year, 8, 31),
        d(year, 9, 30), d(year, 10, 31), d(year, 11, 30), d(year, 12, 31),
    ]  # fmt: skip


def quarter_ends(year: int) -> list[datetime.date]:
    return [d(year, 3, 31), d(year, 6, 30), d(year, 9, 30), d(year, 12, 31)]


# --------------------------------------------------------------------------------------
# Every timeframe of the annex of the Đồng Nai 2018 plan (seed 004), period 2018.
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "deadlines", "recurrence"),
    [
        ("- Hàng tháng, quý", month_ends(2018), "monthly"),
        ("Hàng tháng, quý", month_ends(2018), "monthly"),
        ("- Quý III", [d(2018, 9, 30)], None),
        ("- Quý II, III", [d(2018, 6, 30), d(2018, 9, 30)], None),
        ("- Quý II,III", [d(2018, 6, 30), d(2018, 9, 30)], None),
        ("- Cả năm", [d(2018, 12, 31)], None),
        ("- Hàng quý", quarter_ends(2018), "quarterly"),
        # The plan's reporting regime (section III.6).
        ("trước ngày 05 tháng 11 hàng năm", [d(2018, 11, 5)], "yearly"),
        (
            "trước ngày 05 tháng 11 hàng năm hoặc báo cáo đột xuất theo yêu cầu",
            [d(2018, 11, 5)],
            "yearly",
        ),
    ],
)
def test_seed_004_timeframes(text, deadlines, recurrence):
    schedule = parse_timeframe(text, from_year=2018)
    assert schedule.recognised
    assert schedule.problem is None
    assert list(schedule.deadlines) == deadlines
    assert schedule.recurrence == recurrence


def test_seed_004_annex_column_is_read_line_by_line():
    """The annex lists one timeframe per task, each on its own bulleted line."""
    column = "- Hàng tháng, quý\n\n- Quý III\n\n- Quý II, III\n\n- Cả năm\n\n- Cả năm\n\n- Cả năm"
    lines = [line for line in column.splitlines() if line.strip()]
    schedules = [parse_timeframe(line, from_year=2018) for line in lines]
    assert all(s.recognised for s in schedules)
    assert [s.final_deadline for s in schedules] == [
        d(2018, 12, 31), d(2018, 9, 30), d(2018, 9, 30),
        d(2018, 12, 31), d(2018, 12, 31), d(2018, 12, 31),
    ]  # fmt: skip


# --------------------------------------------------------------------------------------
# The phrases of the brief, one-year period 2024.
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "deadlines", "recurrence"),
    [
        # Quarters
        ("Quý III", [d(2024, 9, 30)], None),
        ("Quý II, III", [d(2024, 6, 30), d(2024, 9, 30)], None),
        ("Quý II,III", [d(2024, 6, 30), d(2024, 9, 30)], None),
        ("quý 2 và quý 3", [d(2024, 6, 30), d(2024, 9, 30)], None),
        ("Quý II và III", [d(2024, 6, 30), d(2024, 9, 30)], None),
        ("Quý 1", [d(2024, 3, 31)], None),
        ("Quý IV", [d(2024, 12, 31)], None),
        ("Quý IV năm 2024", [d(2024, 12, 31)], None),
        ("Quý I/2024", [d(2024, 3, 31)], None),
        ("Quý 2/2024", [d(2024, 6, 30)], None),
        ("Trong quý III", [d(2024, 9, 30)], None),
        ("Cuối quý II", [d(2024, 6, 30)], None),
        ("quý IV hàng năm", [d(2024, 12, 31)], "yearly"),
        # A range is one span: its deadline is the end of its last period.
        ("Quý II - IV", [d(2024, 12, 31)], None),
        ("Quý II – III", [d(2024, 9, 30)], None),
        ("Từ quý II đến quý IV", [d(2024, 12, 31)], None),
        ("Quý I, III - IV", [d(2024, 3, 31), d(2024, 12, 31)], None),
        # Recurring
        ("Hàng quý", quarter_ends(2024), "quarterly"),
        ("hằng quý", quarter_ends(2024), "quarterly"),
        ("Định kỳ hàng quý", quarter_ends(2024), "quarterly"),
        ("Mỗi quý", quarter_ends(2024), "quarterly"),
        ("Hàng tháng", month_ends(2024), "monthly"),
        ("Hằng tháng", month_ends(2024), "monthly"),
        ("Hàng tháng, quý", month_ends(2024), "monthly"),
        ("Hàng tháng và hàng quý", month_ends(2024), "monthly"),
        ("Hàng quý, năm", quarter_ends(2024), "quarterly"),
        ("Hàng năm", [d(2024, 12, 31)], "yearly"),
        ("hằng năm", [d(2024, 12, 31)], "yearly"),
        ("Định kỳ hàng năm", [d(2024, 12, 31)], "yearly"),
        ("Hàng quý năm 2024", quarter_ends(2024), "quarterly"),
        # Half-years
        ("Định kỳ 6 tháng", [d(2024, 6, 30), d(2024, 12, 31)], "half-yearly"),
        ("6 tháng một lần", [d(2024, 6, 30), d(2024, 12, 31)], "half-yearly"),
        ("6 tháng/lần", [d(2024, 6, 30), d(2024, 12, 31)], "half-yearly"),
        ("Hàng 6 tháng", [d(2024, 6, 30), d(2024, 12, 31)], "half-yearly"),
        ("Định kỳ sáu tháng", [d(2024, 6, 30), d(2024, 12, 31)], "half-yearly"),
        ("6 tháng đầu năm", [d(2024, 6, 30)], None),
        ("6 tháng cuối năm", [d(2024, 12, 31)], None),
        ("6 tháng đầu năm 2024", [d(2024, 6, 30)], None),
        ("Nửa đầu năm", [d(2024, 6, 30)], None),
        # Whole year
        ("Cả năm", [d(2024, 12, 31)], None),
        ("Năm 2024", [d(2024, 12, 31)], None),
        ("Trong năm", [d(2024, 12, 31)], None),
        ("Trong năm 2024", [d(2024, 12, 31)], None),
        ("Cuối năm", [d(2024, 12, 31)], None),
        ("2024", [d(2024, 12, 31)], None),
        # Ongoing
        ("Thường xuyên", [d(2024, 12, 31)], "ongoing"),
        ("Thường xuyên, liên tục", [d(2024, 12, 31)], "ongoing"),
        ("Thường xuyên liên tục", [d(2024, 12, 31)], "ongoing"),
        ("Liên tục", [d(2024, 12, 31)], "ongoing"),
        ("Hàng ngày", [d(2024, 12, 31)], "ongoing"),
        # Months
        ("Tháng 6/2024", [d(2024, 6, 30)], None),
        ("6/2024", [d(2024, 6, 30)], None),
        ("06/2024", [d(2024, 6, 30)], None),
        ("tháng 6", [d(2024, 6, 30)], None),
        ("Tháng 6 năm 2024", [d(2024, 6, 30)], None),
        ("Tháng 2", [d(2024, 2, 29)], None),
        ("Tháng 12/2024", [d(2024, 12, 31)], None),
        ("Tháng 6, 7", [d(2024, 6, 30), d(2024, 7, 31)], None),
        ("Tháng 6 và tháng 9", [d(2024, 6, 30), d(2024, 9, 30)], None),
        ("Từ tháng 3 đến tháng 6", [d(2024, 6, 30)], None),
        ("Tháng XII", [d(2024, 12, 31)], None),
        ("tháng 12 hàng năm", [d(2024, 12, 31)], "yearly"),
        # Days
        ("trước ngày 15/12/2024", [d(2024, 12, 15)], None),
        ("Trước ngày 15/12", [d(2024, 12, 15)], None),
        ("ngày 15/12/2024", [d(2024, 12, 15)], None),
        ("15/12/2024", [d(2024, 12, 15)], None),
        ("Chậm nhất ngày 30.6.2024", [d(2024, 6, 30)], None),
        ("trước ngày 05 tháng 11 hàng năm", [d(2024, 11, 5)], "yearly"),
        ("Ngày 05 tháng 11 năm 2024", [d(2024, 11, 5)], None),
        ("Hoàn thành trước ngày 29/2", [d(2024, 2, 29)], None),
        # Combinations
        ("Định kỳ hàng quý và đột xuất", quarter_ends(2024), "quarterly"),
        ("Quý II; tháng 12", [d(2024, 6, 30), d(2024, 12, 31)], None),
        ("Thường xuyên, hàng quý", quarter_ends(2024), "quarterly"),
    ],
)
def test_phrases_2024(text, deadlines, recurrence):
    schedule = parse_timeframe(text, from_year=2024)
    assert schedule.recognised, schedule
    assert schedule.problem is None
    assert list(schedule.deadlines) == deadlines
    assert schedule.recurrence == recurrence
    assert schedule.as_written == text


# --------------------------------------------------------------------------------------
# A plan of several years: 2019-2020 (Đồng Nai, seed 000).
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "deadlines", "recurrence"),
    [
        ("Cả năm", [d(2019, 12, 31), d(2020, 12, 31)], "yearly"),
        ("Trong năm", [d(2019, 12, 31), d(2020, 12, 31)], "yearly"),
        ("Hàng năm", [d(2019, 12, 31), d(2020, 12, 31)], "yearly"),
        ("Năm 2019", [d(2019, 12, 31)], None),
        ("Năm 2020", [d(2020, 12, 31)], None),
        ("2019-2020", [d(2020, 12, 31)], None),
        ("Năm 2019 – 2020", [d(2020, 12, 31)], None),
        ("Cả giai đoạn", [d(2020, 12, 31)], None),
        ("Giai đoạn 2019-2020", [d(2020, 12, 31)], None),
        ("Quý III", [d(2019, 9, 30), d(2020, 9, 30)], "yearly"),
        ("Quý II, III", [d(2019, 6, 30), d(2019, 9, 30), d(2020, 6, 30), d(2020, 9, 30)], "yearly"),
        ("Quý I/2020", [d(2020, 3, 31)], None),
        ("Hàng quý", quarter_ends(2019) + quarter_ends(2020), "quarterly"),
        ("Hàng tháng, quý", month_ends(2019) + month_ends(2020), "monthly"),
        (
            "Định kỳ 6 tháng",
            [d(2019, 6, 30), d(2019, 12, 31), d(2020, 6, 30), d(2020, 12, 31)],
            "half-yearly",
        ),
        ("6 tháng đầu năm", [d(2019, 6, 30), d(2020, 6, 30)], "yearly"),
        ("Thường xuyên", [d(2020, 12, 31)], "ongoing"),
        ("tháng 6", [d(2019, 6, 30), d(2020, 6, 30)], "yearly"),
        ("Tháng 6/2019", [d(2019, 6, 30)], None),
        ("Trước ngày 15/12", [d(2019, 12, 15), d(2020, 12, 15)], "yearly"),
        ("trước ngày 05 tháng 11 hàng năm", [d(2019, 11, 5), d(2020, 11, 5)], "yearly"),
        ("trước ngày 15/12/2020", [d(2020, 12, 15)], None),
        # 29/02 without a year: the 28th in a year that has no 29th.
        ("Trước ngày 29/2", [d(2019, 2, 28), d(2020, 2, 29)], "yearly"),
    ],
)
def test_multi_year_period(text, deadlines, recurrence):
    schedule = parse_timeframe(text, from_year=2019, to_year=2020)
    assert schedule.recognised, schedule
    assert list(schedule.deadlines) == deadlines
    assert schedule.recurrence == recurrence


@pytest.mark.parametrize(
    ("text", "from_year", "to_year", "deadlines"),
    [
        ("Quý I/2025", 2025, None, [d(2025, 3, 31)]),
        ("Quý I/2025", 2024, 2025, [d(2025, 3, 31)]),
        ("6/2025", 2025, None, [d(2025, 6, 30)]),
        ("năm 2022", 2022, None, [d(2022, 12, 31)]),
        ("Quý IV năm 2024", 2024, 2025, [d(2024, 12, 31)]),
    ],
)
def test_stated_year_inside_period(text, from_year, to_year, deadlines):
    schedule = parse_timeframe(text, from_year=from_year, to_year=to_year)
    assert list(schedule.deadlines) == deadlines
    assert schedule.recurrence is None


# --------------------------------------------------------------------------------------
# Robustness: bullets, spacing, case, Unicode forms, numerals, dashes.
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Quý II, III",
        "- Quý II, III",
        "• Quý II, III",
        "+ Quý II, III",
        "  Quý   II ,   III  ",
        "QUÝ II, III",
        "quý ii, iii",
        "quý 2, 3",
        "Quý 2 và Quý 3",
        "Quý II, III.",
        "\tQuý\u00a0II,\u00a0III\n",
        unicodedata.normalize("NFD", "Quý II, III"),
        unicodedata.normalize("NFD", "- QUÝ II, III"),
    ],
)
def test_robust_spelling(text):
    schedule = parse_timeframe(text, from_year=2024)
    assert schedule.deadlines == (d(2024, 6, 30), d(2024, 9, 30))
    assert schedule.recognised


@pytest.mark.parametrize(
    ("text", "recurrence", "count"),
    [
        (unicodedata.normalize("NFD", "Hàng tháng, quý"), "monthly", 12),
        (unicodedata.normalize("NFD", "Hằng quý"), "quarterly", 4),
        (unicodedata.normalize("NFD", "Thường xuyên"), "ongoing", 1),
        (unicodedata.normalize("NFD", "Cả năm"), None, 1),
        (unicodedata.normalize("NFD", "trước ngày 05 tháng 11 hàng năm"), "yearly", 1),
        ("HẰNG QUÝ", "quarterly", 4),
        ("Định  kỳ   hàng  quý", "quarterly", 4),
    ],
)
def test_nfd_and_case(text, recurrence, count):
    schedule = parse_timeframe(text, from_year=2024)
    assert schedule.recognised
    assert schedule.recurrence == recurrence
    assert len(schedule.deadlines) == count


def test_as_written_is_kept_in_nfc():
    nfd = unicodedata.normalize("NFD", "  Quý III ")
    schedule = parse_timeframe(nfd, from_year=2024)
    assert schedule.as_written == "Quý III"
    assert unicodedata.is_normalized("NFC", schedule.as_written)


# --------------------------------------------------------------------------------------
# Out of the plan's period: kept as written, flagged, no deadline.
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "from_year", "to_year"),
    [
        ("năm 2022", 2024, None),
        ("Năm 2025", 2024, None),
        ("Quý I/2025", 2024, None),
        ("6/2025", 2024, None),
        ("Tháng 6/2018", 2019, 2020),
        ("trước ngày 15/12/2023", 2024, None),
        ("ngày 05 tháng 11 năm 2021", 2019, 2020),
        ("Quý IV năm 2021", 2019, 2020),
        ("Hàng quý năm 2023", 2024, None),
        ("2018-2020", 2019, 2020),
        ("Giai đoạn 2016-2020", 2019, 2020),
        ("6 tháng đầu năm 2025", 2024, None),
        ("Quý II, III/2024; Quý I/2026", 2024, 2025),
    ],
)
def test_outside_period(text, from_year, to_year):
    schedule = parse_timeframe(text, from_year=from_year, to_year=to_year)
    assert schedule.recognised is False
    assert schedule.problem == PROBLEM_OUTSIDE_PERIOD
    assert schedule.deadlines == ()
    assert schedule.recurrence is None
    assert schedule.as_written == text


# --------------------------------------------------------------------------------------
# Unknown wording: nothing invented.
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "-",
        "Theo yêu cầu",
        "Khi có đề nghị",
        "Khi có yêu cầu",
        "Đột xuất",
        "Định kỳ và đột xuất",
        "Định kỳ",
        "xyz",
        "Sau khi có chủ trương",
        "Quý V",
        "Quý 5",
        "Tháng 13",
        "Tháng 0",
        "31/4",
        "ngày 30/2/2024",
        "29/2/2023",
        "Hàng quý, xyz",
        "Quý IV - II",
        "Từ quý II",
        "từ tháng 3",
        "Từ 6 tháng đầu năm",
        "Cả năm (tùy tình hình)",
        "Hàng tuần vào thứ hai",
        "12345",
    ],
)
def test_unrecognised(text):
    schedule = parse_timeframe(text, from_year=2023, to_year=2024)
    assert schedule.recognised is False
    assert schedule.problem == PROBLEM_UNRECOGNISED
    assert schedule.deadlines == ()
    assert schedule.recurrence is None


def test_none_text_is_unrecognised():
    schedule = parse_timeframe(None, from_year=2024)  # type: ignore[arg-type]
    assert schedule.as_written == ""
    assert schedule.problem == PROBLEM_UNRECOGNISED


# --------------------------------------------------------------------------------------
# The Schedule object
# --------------------------------------------------------------------------------------


def test_as_dict():
    schedule = parse_timeframe("Quý II, III", from_year=2024)
    assert schedule.as_dict() == {
        "as_written": "Quý II, III",
        "deadlines": ["2024-06-30", "2024-09-30"],
        "recurrence": None,
    }


def test_as_dict_of_unrecognised_has_no_extra_keys():
    schedule = parse_timeframe("Theo yêu cầu", from_year=2024)
    assert schedule.as_dict() == {"as_written": "Theo yêu cầu", "deadlines": [], "recurrence": None}


def test_schedule_is_frozen_and_hashable():
    schedule = parse_timeframe("Hàng quý", from_year=2024)
    with pytest.raises(AttributeError):
        schedule.recurrence = "monthly"  # type: ignore[misc]
    assert hash(schedule) == hash(parse_timeframe("Hàng quý", from_year=2024))
    assert isinstance(schedule.deadlines, tuple)


def test_deadlines_sorted_and_unique():
    schedule = parse_timeframe("Hàng quý, tháng 6, Quý II, Cả năm", from_year=2024)
    assert list(schedule.deadlines) == sorted(set(schedule.deadlines))
    assert schedule.deadlines == tuple(quarter_ends(2024))


def test_next_and_final_deadline():
    schedule = parse_timeframe("Hàng quý", from_year=2024)
    assert schedule.next_deadline(d(2024, 4, 1)) == d(2024, 6, 30)
    assert schedule.next_deadline(d(2024, 6, 30)) == d(2024, 6, 30)
    assert schedule.next_deadline(d(2025, 1, 1)) is None
    assert schedule.final_deadline == d(2024, 12, 31)
    assert Schedule("x", (), None, False).final_deadline is None


def test_to_year_defaults_to_from_year():
    assert parse_timeframe("Cả năm", from_year=2024) == parse_timeframe(
        "Cả năm", from_year=2024, to_year=2024
    )


def test_period_ending_before_it_starts_is_an_error():
    with pytest.raises(ValueError):
        parse_timeframe("Cả năm", from_year=2024, to_year=2023)


# --------------------------------------------------------------------------------------
# parse_period
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024", (2024, 2024)),
        (" 2024 ", (2024, 2024)),
        ("2019-2020", (2019, 2020)),
        ("2019 – 2020", (2019, 2020)),
        ("2019 — 2020", (2019, 2020)),
        ("2021 - 2025", (2021, 2025)),
        ("năm 2024", (2024, 2024)),
        ("Giai đoạn 2019-2020", (2019, 2020)),
        ("2019 đến 2020", (2019, 2020)),
    ],
)
def test_parse_period(text, expected):
    assert parse_period(text) == expected


@pytest.mark.parametrize(
    "text", ["", "abc", "24", "2019-20", "2020-2019", "2019/2020", "Quý III", "2019-2020-2021"]
)
def test_parse_period_rejects(text):
    with pytest.raises(ValueError, match="giai đoạn|Giai đoạn"):
        parse_period(text)
