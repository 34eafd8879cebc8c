"""The agency page of a dated body names the unit the body belonged to while it was valid:
"Ủy ban nhân dân tỉnh Đồng Nai" (valid to 29/04/2026) was a body of Tỉnh Đồng Nai, not of
today's Thành phố Đồng Nai, which the division data names in every generation it calls a
city (it dates its generations, not each city's change; the days are the seed's
``cities_under_the_centre``)."""

import datetime

import pytest
from django.urls import reverse

from ttdn.directory.models import AdministrativeUnit, Agency, UnitLevel
from ttdn.directory.selectors import agency_unit_name, unit_name_on

from .conftest import current_province, district, legacy_province

D = datetime.date


@pytest.mark.parametrize(
    ("unit", "day", "name"),
    [
        # today's Đồng Nai: a province until 29/04/2026, a city from 30/04/2026
        (lambda: current_province("Đồng Nai"), D(2025, 7, 1), "Tỉnh Đồng Nai"),
        (lambda: current_province("Đồng Nai"), D(2026, 4, 29), "Tỉnh Đồng Nai"),
        (lambda: current_province("Đồng Nai"), D(2026, 4, 30), "Thành phố Đồng Nai"),
        (lambda: current_province("Đồng Nai"), None, "Thành phố Đồng Nai"),
        # Huế: the units before 07/2025 call it a city; it was Thừa Thiên Huế until 2024
        (lambda: legacy_province("Huế"), D(2024, 12, 31), "Tỉnh Thừa Thiên Huế"),
        (lambda: legacy_province("Huế"), D(2025, 1, 1), "Thành phố Huế"),
        (lambda: current_province("Huế"), D(2025, 7, 1), "Thành phố Huế"),
        # a city before any dated body, a province, a pre-2025 province, a district
        (lambda: current_province("Cần Thơ"), D(2024, 1, 1), "Thành phố Cần Thơ"),
        (lambda: current_province("Lâm Đồng"), D(2025, 7, 1), "Tỉnh Lâm Đồng"),
        (lambda: legacy_province("Đồng Nai"), D(2025, 6, 30), "Tỉnh Đồng Nai"),
        (lambda: district("Dầu Tiếng"), D(2024, 1, 1), "Huyện Dầu Tiếng"),
    ],
)
def test_unit_name_on_a_day(directory, unit, day, name):
    assert unit_name_on(unit(), day) == name


def test_no_unit_no_name(directory):
    assert unit_name_on(None, D(2025, 1, 1)) == ""
    assert agency_unit_name(Agency.objects.get(name="Bộ Ngoại giao")) == ""


def test_the_units_of_the_bodies_before_and_after_the_change(directory):
    province = Agency.objects.get(name="Ủy ban nhân dân tỉnh Đồng Nai")
    city = Agency.objects.get(name="Ủy ban nhân dân thành phố Đồng Nai")
    assert province.unit == city.unit == current_province("Đồng Nai")  # (one unit, dated)
    assert agency_unit_name(province) == "Tỉnh Đồng Nai"
    assert agency_unit_name(city) == "Thành phố Đồng Nai"
    assert agency_unit_name(Agency.objects.get(name="Sở Tài chính tỉnh Bình Phước")) == (
        "Tỉnh Bình Phước"
    )


def _unit_shown(html: str) -> str:
    head, _, tail = html.partition("</dl>")[0].rpartition("<dl")
    rows = tail.split("<dt>")
    for row in rows[1:]:
        label, _, value = row.partition("</dt>")
        if value.startswith("<dd>") and label in ("Administrative unit", "Đơn vị hành chính"):
            return value.removeprefix("<dd>").partition("</dd>")[0]
    return ""


def test_the_agency_page_shows_the_unit_of_its_time_and_the_successor(
    directory, client, coordinator
):
    client.force_login(coordinator)
    province = Agency.objects.get(name="Ủy ban nhân dân tỉnh Đồng Nai")
    city = Agency.objects.get(name="Ủy ban nhân dân thành phố Đồng Nai")
    html = client.get(reverse("pages:agency", args=[province.pk])).content.decode()
    assert _unit_shown(html) == "Tỉnh Đồng Nai"
    assert "29/04/2026" in html
    successor = reverse("pages:agency", args=[city.pk])
    assert f'<a href="{successor}">Ủy ban nhân dân thành phố Đồng Nai</a> (30/04/2026)' in html
    html = client.get(successor).content.decode()
    assert _unit_shown(html) == "Thành phố Đồng Nai"


def test_a_unit_without_a_dated_change_is_shown_as_it_is(directory, client, coordinator):
    client.force_login(coordinator)
    body = Agency.objects.get(name="Sở Ngoại vụ tỉnh Đồng Nai")  # (ended 28/02/2025)
    html = client.get(reverse("pages:agency", args=[body.pk])).content.decode()
    assert _unit_shown(html) == "Tỉnh Đồng Nai"
    assert (
        AdministrativeUnit.objects.filter(
            level=UnitLevel.PROVINCE, name="Đồng Nai", valid_to__isnull=True
        )
        .get()
        .full_name
        == "Thành phố Đồng Nai"
    )
