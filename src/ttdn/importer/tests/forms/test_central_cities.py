"""A city's status read in the document's year: "thành phố X" is a city under the centre (a
province's level) from the year its resolution gives, a province's own city (a district's
level) before when its name was one (Huế of Thừa Thiên Huế until 2025, Bắc Ninh of Bắc
Ninh province until 2025). The year is the date of issue's, else the period's; with
neither, today's status. Đồng Nai and Quảng Ninh named no city before 2026: "thành phố
Đồng Nai" is the province's name whatever year the text names, and the bare place after a
body ("UBND Đồng Nai") takes the unit word of its year ("tỉnh" before 2026; "UBND Huế"
before 2025 is Thừa Thiên Huế's city, no province was called Huế)."""

from __future__ import annotations

import pytest

from .support import read

pytestmark = pytest.mark.django_db

# The forms of the city's bodies: its people's committee, in short and in full, and its Party
# committee (a plan numbered as each writes it).
FORMS = (
    ("UBND thành phố {city}", "12/KH-UBND"),
    ("Ủy ban nhân dân thành phố {city}", "12/KH-UBND"),
    ("Thành ủy {city}", "12-KH/TU"),
)


def _dated(body: str, number: str, year: int) -> str:
    # (in the autumn: the cities of 2026 are under the centre from their resolutions' days,
    # 30/04, 01/09 and 20/09/2026; the day itself is read in test_meta24_places_day)
    return (
        f"Ngày 3/10/{year}, {body} ban hành Kế hoạch số {number} về công tác thông tin đối "
        f"ngoại năm {year}.\nKế hoạch đề ra các nhiệm vụ tuyên truyền, quảng bá hình ảnh."
    )


def _period_only(body: str, number: str, year: int) -> str:
    return (
        f"{body} ban hành Kế hoạch số {number} về công tác thông tin đối ngoại năm {year}.\n"
        "Kế hoạch đề ra các nhiệm vụ tuyên truyền, quảng bá hình ảnh."
    )


def _undated(body: str, number: str, _year: int | None) -> str:
    return (
        f"{body} ban hành Kế hoạch số {number} về công tác thông tin đối ngoại.\n"
        "Kế hoạch đề ra các nhiệm vụ tuyên truyền, quảng bá hình ảnh."
    )


# (city, the document's frame, its year, the level read)
CASES = [
    # a province's own city until 2025, under the centre from 2026 (39/2026/QH16)
    ("Bắc Ninh", _dated, 2019, "district"),
    ("Bắc Ninh", _dated, 2024, "district"),
    ("Bắc Ninh", _period_only, 2019, "district"),
    ("Bắc Ninh", _dated, 2026, "province"),
    ("Bắc Ninh", _period_only, 2026, "province"),
    ("Bắc Ninh", _undated, None, "province"),
    # Thừa Thiên Huế's city until 2024, under the centre from 2025 (175/2024/QH15)
    ("Huế", _dated, 2020, "district"),
    ("Huế", _dated, 2024, "district"),
    ("Huế", _period_only, 2020, "district"),
    ("Huế", _dated, 2025, "province"),
    ("Huế", _dated, 2026, "province"),
    ("Huế", _undated, None, "province"),
    # a province made a city in 2026 (30/2026/QH16, 36/2026/QH16): no city of the name before
    ("Đồng Nai", _dated, 2019, "province"),
    ("Đồng Nai", _dated, 2026, "province"),
    ("Đồng Nai", _undated, None, "province"),
    ("Quảng Ninh", _dated, 2019, "province"),
    ("Quảng Ninh", _dated, 2026, "province"),
    ("Quảng Ninh", _undated, None, "province"),
    # under the centre before any document
    ("Hà Nội", _dated, 2015, "province"),
    ("Hà Nội", _dated, 2026, "province"),
    ("Hà Nội", _undated, None, "province"),
]


@pytest.mark.parametrize("form,number", FORMS, ids=["UBND", "Uy ban", "Thanh uy"])
@pytest.mark.parametrize(
    "city,frame,year,level",
    CASES,
    ids=[f"{c}-{f.__name__.strip('_')}-{y}" for c, f, y, _l in CASES],
)
def test_a_citys_status_is_that_of_the_documents_year(
    directory, form, number, city, frame, year, level
):
    result = read(frame(form.format(city=city), number, year))
    assert (result["level"], result["locality"]) == (level, city)


@pytest.mark.parametrize(
    "body,year,issuer,level,locality",
    [
        ("UBND Đồng Nai", 2019, "Ủy ban nhân dân tỉnh Đồng Nai", "province", "Đồng Nai"),
        ("UBND Đồng Nai", 2026, "Ủy ban nhân dân thành phố Đồng Nai", "province", "Đồng Nai"),
        (
            "Sở Văn hóa, Thể thao và Du lịch Quảng Ninh",
            2019,
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh",
            "department",
            "Quảng Ninh",
        ),
        (
            "Sở Văn hóa, Thể thao và Du lịch Quảng Ninh",
            2026,
            "Sở Văn hóa, Thể thao và Du lịch thành phố Quảng Ninh",
            "department",
            "Quảng Ninh",
        ),
        ("UBND Bắc Ninh", 2019, "Ủy ban nhân dân tỉnh Bắc Ninh", "province", "Bắc Ninh"),
        ("UBND Bắc Ninh", 2026, "Ủy ban nhân dân thành phố Bắc Ninh", "province", "Bắc Ninh"),
        ("UBND Hải Phòng", 2019, "Ủy ban nhân dân thành phố Hải Phòng", "province", "Hải Phòng"),
        # no province was called Huế before 2025: the bare name is Thừa Thiên Huế's city
        ("UBND Huế", 2020, "Ủy ban nhân dân thành phố Huế", "district", "Huế"),
        ("UBND Huế", 2025, "Ủy ban nhân dân thành phố Huế", "province", "Huế"),
    ],
)
def test_a_bare_place_takes_the_unit_word_of_its_year(
    directory, body, year, issuer, level, locality
):
    result = read(_dated(body, "12/KH-UBND", year))
    assert (result["issuer"], result["level"], result["locality"]) == (issuer, level, locality)
