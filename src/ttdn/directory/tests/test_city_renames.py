"""A province that became a city under the centre: its bodies are the province's ("Ủy ban
nhân dân tỉnh Đồng Nai", "Tỉnh ủy Đồng Nai") until the day before the resolution's day and
the city's from it, each linked to the next by a rename (``cities_under_the_centre`` in the
seed data: Huế from 01/01/2025, Đồng Nai from 30/04/2026, Quảng Ninh from 01/09/2026, Bắc
Ninh from 20/09/2026). A name resolves, on a day, to the body of that day; the province's
spellings written after the change are the city's (aliases, as before); a database loaded
before these dates is brought to a fresh load's rows by loading again."""

import datetime
import json

import pytest

from ttdn.directory import seed
from ttdn.directory.models import Agency, AgencyAlias, AgencySuccession, SuccessionKind
from ttdn.directory.resolver import AgencyIndex, follow_successors
from ttdn.directory.services import agencies_load
from ttdn.plans.models import AssignmentRole, Plan, Task, TaskAssignment

from .conftest import current_province, legacy_province

D = datetime.date
DAY = datetime.timedelta(days=1)

# (city, the day it came under the centre, its resolution, a province merged into it in 2025)
CITIES = [
    ("Đồng Nai", D(2026, 4, 30), "30/2026/QH16", "Bình Phước"),
    ("Quảng Ninh", D(2026, 9, 1), "36/2026/QH16", None),
    ("Bắc Ninh", D(2026, 9, 20), "39/2026/QH16", "Bắc Giang"),
]
# (the province's body, the city's) by the templates' forms: {p} the province's place
# ("tỉnh Đồng Nai"), {c} the city's; {n} the name.
BODIES = [
    ("Ủy ban nhân dân {p}", "Ủy ban nhân dân {c}"),
    ("Văn phòng Ủy ban nhân dân {p}", "Văn phòng Ủy ban nhân dân {c}"),
    ("Sở Văn hóa, Thể thao và Du lịch {p}", "Sở Văn hóa, Thể thao và Du lịch {c}"),
    ("Tỉnh ủy {n}", "Thành ủy {n}"),
    ("Ban Tuyên giáo và Dân vận Tỉnh ủy {n}", "Ban Tuyên giáo và Dân vận Thành ủy {n}"),
    ("Công an {p}", "Công an {c}"),
]


def _names(form: str, city: str) -> str:
    return form.format(p=f"tỉnh {city}", c=f"thành phố {city}", n=city)


@pytest.fixture
def cities(directory):
    """The directory with Quảng Ninh's and Bắc Ninh's bodies too (Đồng Nai's are seeded)."""
    agencies_load(provinces=["Quảng Ninh", "Bắc Ninh"])
    return AgencyIndex()


@pytest.mark.parametrize(("city", "since", "resolution", "merged"), CITIES)
@pytest.mark.parametrize(("province_form", "city_form"), BODIES)
def test_the_province_bodies_until_the_day_before_and_the_citys_from_it(
    cities, city, since, resolution, merged, province_form, city_form
):
    province = Agency.objects.get(name=_names(province_form, city))
    city_body = Agency.objects.get(name=_names(city_form, city))
    assert province.valid_to == since - DAY
    assert province.unit == current_province(city)  # (and before 07/2025: one body)
    assert (city_body.valid_from, city_body.valid_to, city_body.unit) == (
        since,
        None,
        current_province(city),
    )
    link = AgencySuccession.objects.get(predecessor=province)
    assert (link.successor, link.kind, link.effective_date, link.primary) == (
        city_body,
        SuccessionKind.RENAMED,
        since,
        True,
    )
    assert resolution in link.note and f"{since:%d/%m/%Y}" in link.note
    assert AgencySuccession.objects.filter(successor=city_body).count() == 1
    # (the parents are of the same time)
    if province.parent is not None:
        assert province.parent.valid_to == since - DAY
        assert city_body.parent.valid_from == since


@pytest.mark.parametrize(("city", "since", "resolution", "merged"), CITIES)
def test_a_name_resolves_to_the_body_of_its_day(cities, city, since, resolution, merged):
    today = current_province(city)
    province, city_body = (
        f"Ủy ban nhân dân tỉnh {city}",
        f"Ủy ban nhân dân thành phố {city}",
    )

    def on(written, day, unit=today, **kw):
        found = cities.resolve(written, unit=unit, on=day, **kw).agency
        return found.name if found else None

    for written in (f"UBND tỉnh {city}", "UBND tỉnh", f"Ủy ban nhân dân tỉnh {city}"):
        assert on(written, D(2025, 9, 1)) == province
        assert on(written, since - DAY) == province
        assert on(written, since) == city_body  # (the old spelling, written after)
    for written in (f"UBND thành phố {city}", "UBND thành phố", "Ủy ban nhân dân thành phố"):
        assert on(written, since + DAY) == city_body
    # a name with no place: the unit's body of the day
    assert on("Sở Văn hóa, Thể thao và Du lịch", D(2025, 9, 1)) == (
        f"Sở Văn hóa, Thể thao và Du lịch tỉnh {city}"
    )
    assert on("Sở Văn hóa, Thể thao và Du lịch", D(2026, 12, 1)) == (
        f"Sở Văn hóa, Thể thao và Du lịch thành phố {city}"
    )
    assert on("Sở VHTTDL", since) == f"Sở Văn hóa, Thể thao và Du lịch thành phố {city}"
    # with no day: the province's unit before 07/2025 is of the province's time, today's of
    # today's (a tie of the two broken by today's)
    assert on("UBND tỉnh", None, unit=legacy_province(city)) == province
    assert on("UBND tỉnh", None) == city_body
    # today's body, followed from an older one
    assert on(f"UBND tỉnh {city}", D(2025, 9, 1), current=True) == province
    assert on(f"UBND tỉnh {city}", D(2026, 12, 1), current=True) == city_body
    old = Agency.objects.get(name=province)
    assert follow_successors(old, on=D(2026, 12, 1)).name == city_body
    assert follow_successors(old, on=since - DAY) == old


@pytest.mark.parametrize(("city", "since", "resolution", "merged"), CITIES)
def test_a_province_merged_in_2025_goes_to_the_province_then_the_city(
    cities, city, since, resolution, merged
):
    if merged is None:
        pytest.skip("no province merged into it")
    bodies = ("Ủy ban nhân dân tỉnh {}", "Sở Văn hóa, Thể thao và Du lịch tỉnh {}")
    for form in bodies:
        old = Agency.objects.get(name=form.format(merged))
        links = AgencySuccession.objects.filter(predecessor=old)
        assert [(s.successor.name, s.kind, s.effective_date) for s in links] == [
            (form.format(city), SuccessionKind.MERGED, D(2025, 7, 1))
        ]
        assert follow_successors(old, on=D(2025, 9, 1)).name == form.format(city)
        assert follow_successors(old, on=since).name == form.replace("tỉnh", "thành phố").format(
            city
        )


def test_hue_was_the_province_thua_thien_hue_until_2025(directory):
    agencies_load(provinces=["Huế"])
    index = AgencyIndex()
    province = Agency.objects.get(name="Ủy ban nhân dân tỉnh Thừa Thiên Huế")
    city = Agency.objects.get(name="Ủy ban nhân dân thành phố Huế")
    assert (province.valid_to, city.valid_from, city.valid_to) == (
        D(2024, 12, 31),
        D(2025, 1, 1),
        None,
    )
    assert AgencySuccession.objects.get(predecessor=province).successor == city
    assert Agency.objects.get(name="Tỉnh ủy Thừa Thiên Huế").valid_to == D(2024, 12, 31)
    unit = legacy_province("Huế")
    assert index.resolve("UBND tỉnh Thừa Thiên Huế", unit=unit, on=D(2020, 3, 1)).agency == (
        province
    )
    assert index.resolve("UBND tỉnh Thừa Thiên Huế", on=D(2024, 6, 1)).agency == province
    assert index.resolve("UBND tỉnh Thừa Thiên Huế", on=D(2025, 3, 1)).agency == city
    assert index.resolve("Ủy ban nhân dân thành phố Huế", on=D(2025, 3, 1)).agency == city


def test_the_days_are_the_datas_and_the_readers(directory):
    from ttdn.importer.extract.metadata import places

    data = seed.read_data()
    days = {row["name"]: row["since"] for row in data["cities_under_the_centre"]["cities"]}
    assert days["Đồng Nai"] == "2026-04-30" and days["Huế"] == "2025-01-01"
    assert seed.central_since()["thua thien hue"] == D(2025, 1, 1)
    assert {name: day.year for name, day in seed.central_since().items()} == places._CENTRAL_SINCE


def _rows() -> tuple[set, set, set]:
    agencies = set(
        Agency.objects.values_list(
            "name", "kind", "short_name", "unit_id", "parent__name", "valid_from", "valid_to"
        )
    )
    aliases = set(AgencyAlias.objects.values_list("agency__name", "alias"))
    successions = set(
        AgencySuccession.objects.values_list(
            "predecessor__name", "successor__name", "kind", "effective_date", "primary", "note"
        )
    )
    return agencies, aliases, successions


def test_loading_twice_gives_the_same_rows(cities):
    agencies_load(provinces=["Huế"])
    before = _rows()
    counts = agencies_load(provinces=["Đồng Nai", "Quảng Ninh", "Bắc Ninh", "Huế"])
    assert counts["agencies_created"] == counts["agencies_updated"] == 0
    assert counts["aliases_created"] == counts["successions_created"] == 0
    assert counts["successions_updated"] == counts["successions_replaced"] == 0
    assert _rows() == before


def test_loading_again_brings_a_database_of_the_undated_seed_to_a_fresh_loads_rows(
    directory, tmp_path
):
    provinces = ["Đồng Nai", "Quảng Ninh", "Bắc Ninh", "Huế"]
    agencies_load(provinces=provinces)
    fresh = _rows()
    # The database as the seed without the days loaded it: the city's bodies from 07/2025
    # (since 01/07/2025 for Đồng Nai, Bình Phước's bodies merged into them).
    Agency.objects.update(parent=None)
    Agency.objects.all().delete()
    undated = seed.read_data()
    del undated["cities_under_the_centre"]
    path = tmp_path / "agencies.json"
    path.write_text(json.dumps(undated, ensure_ascii=False), encoding="utf-8")
    agencies_load(path=path)
    agencies_load(provinces=provinces, path=path)
    city = Agency.objects.get(name="Ủy ban nhân dân thành phố Đồng Nai")
    assert city.valid_from == D(2025, 7, 1)
    assert AgencySuccession.objects.filter(
        predecessor__name="Ủy ban nhân dân tỉnh Bình Phước", successor=city
    ).exists()
    ids = dict(Agency.objects.values_list("name", "pk"))
    # a plan of 09/2025 read then: its issuer and its task's lead the city's bodies of then
    plan = Plan.objects.create(
        title="Kế hoạch thông tin đối ngoại năm 2026",
        period_start=2026,
        period_end=2026,
        issuer=city,
        issuer_name="UBND tỉnh Đồng Nai",
    )
    task = Task.objects.create(plan=plan, text="Tuyên truyền về hình ảnh địa phương")
    vhttdl = Agency.objects.get(name="Sở Văn hóa, Thể thao và Du lịch thành phố Đồng Nai")
    TaskAssignment.objects.create(task=task, agency=vhttdl, role=AssignmentRole.LEAD)

    assert agencies_load()["successions_replaced"] > 0
    agencies_load(provinces=provinces)
    assert _rows() == fresh
    # nothing lost: every body keeps its row (what refers to it stays), none is doubled
    assert {name: pk for name, pk in Agency.objects.values_list("name", "pk") if name in ids} == ids
    city.refresh_from_db()
    assert city.valid_from == D(2026, 4, 30)
    # what referred to a body still does, and today's body is the one it names
    plan.refresh_from_db()
    assert plan.issuer == city
    assert task.assignments.get().agency == vhttdl
    province = Agency.objects.get(name="Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai")
    assert follow_successors(province, on=D(2026, 12, 1)) == vhttdl
    assert not AgencySuccession.objects.filter(
        predecessor__name="Ủy ban nhân dân tỉnh Bình Phước", successor=city
    ).exists()
