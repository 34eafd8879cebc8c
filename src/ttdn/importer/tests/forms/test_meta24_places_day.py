"""Places read in the document's day (meta24): a bare "UBND tỉnh" in a Thừa Thiên Huế item
dated before 01/01/2025 is the province's committee (Huế was its own city then, never a
"tỉnh Huế"); and a city is under the centre from its resolution's day, not from the first
day of its year (Đồng Nai from 30/04/2026, Quảng Ninh from 01/09/2026)."""

from __future__ import annotations

import pytest

from .support import assert_read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

HUE = ("Ủy ban nhân dân tỉnh Thừa Thiên Huế", "province", "Thừa Thiên Huế")
BEFORE_2025 = [
    "Huế: Đẩy mạnh thông tin đối ngoại năm 2021\nNgày 9/3/2021, UBND tỉnh ban hành Kế hoạch "
    "số 60/KH-UBND về công tác thông tin đối ngoại năm 2021.\n",
    "TT-Huế: Quảng bá hình ảnh cố đô\nNgày 20/4/2022, UBND tỉnh ban hành Kế hoạch số "
    "118/KH-UBND về thông tin đối ngoại năm 2022.\n",
    "Ngày 2/2/2023, UBND tỉnh ban hành Kế hoạch số 31/KH-UBND về thông tin đối ngoại năm 2023. "
    "Nhiều hoạt động sẽ diễn ra tại thành phố Huế.\n",
    "Ngày 11/6/2024, UBND tỉnh ban hành Kế hoạch số 201/KH-UBND về công tác thông tin đối "
    "ngoại của tỉnh Thừa Thiên - Huế năm 2024.\n",
]


@pytest.mark.parametrize("text", BEFORE_2025)
def test_a_bare_provincial_committee_in_hue_before_2025(text):
    assert_read(text, {"issuer": HUE[0], "level": HUE[1], "locality": HUE[2]})


# Near misses: from 2025 Huế is a city under the centre; a place named with its unit stays.
AFTER = [
    (
        "Huế: Đẩy mạnh thông tin đối ngoại năm 2025\nNgày 9/3/2025, UBND thành phố ban hành Kế "
        "hoạch số 60/KH-UBND về công tác thông tin đối ngoại năm 2025.\n",
        ("Ủy ban nhân dân thành phố Huế", "province", "Huế"),
    ),
    (
        "Ngày 9/3/2021, UBND tỉnh Quảng Trị ban hành Kế hoạch số 60/KH-UBND về thông tin đối "
        "ngoại năm 2021. Đoàn công tác đã thăm thành phố Huế.\n",
        ("Ủy ban nhân dân tỉnh Quảng Trị", "province", "Quảng Trị"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), AFTER)
def test_huế_as_a_city_or_another_province_stays(text, expected):
    issuer, level, locality = expected
    assert_read(text, {"issuer": issuer, "level": level, "locality": locality})


# A department named with a province's bare name, read by the day of issue.
DAYS = [
    ("10/02/2026", "Đồng Nai", "tỉnh"),
    ("29/4/2026", "Đồng Nai", "tỉnh"),
    ("30/4/2026", "Đồng Nai", "thành phố"),
    ("15/6/2026", "Đồng Nai", "thành phố"),
    ("20/8/2026", "Quảng Ninh", "tỉnh"),
    ("15/9/2026", "Quảng Ninh", "thành phố"),
]


@pytest.mark.parametrize(("day", "place", "unit"), DAYS)
def test_a_citys_status_is_read_by_the_day_of_issue(day, place, unit):
    text = (
        f"Ngày {day}, Sở Ngoại vụ {place} ban hành Kế hoạch số 12/KH-SNgV về công tác thông tin "
        "đối ngoại năm 2026.\n"
    )
    assert_read(text, {"issuer": f"Sở Ngoại vụ {unit} {place}", "locality": place})
