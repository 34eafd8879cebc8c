import datetime

from ttdn.directory.models import AdministrativeUnit, UnitLevel
from ttdn.directory.services import units_load

from .conftest import current_province, district, legacy_province

LEGACY_END = datetime.date(2025, 6, 30)


def test_it_loads_todays_34_provinces_and_their_communes(directory):
    current = AdministrativeUnit.objects.filter(level=UnitLevel.PROVINCE, valid_to__isnull=True)
    assert current.count() == 34
    assert directory["units"]["provinces"] == 34
    communes = AdministrativeUnit.objects.filter(level=UnitLevel.COMMUNE)
    assert 3_200 < communes.count() < 3_400
    assert not communes.filter(parent__isnull=True).exists()


def test_it_loads_the_63_pre_2025_provinces_and_their_districts(directory):
    legacy = AdministrativeUnit.objects.filter(level=UnitLevel.PROVINCE, valid_to=LEGACY_END)
    assert legacy.count() == 63
    assert (
        AdministrativeUnit.objects.filter(level=UnitLevel.DISTRICT, valid_to=LEGACY_END).count()
        > 690
    )
    # Pre-2025 communes are not loaded.
    assert not AdministrativeUnit.objects.filter(
        level=UnitLevel.COMMUNE, valid_to__isnull=False
    ).exists()


def test_names_and_codes_come_from_the_package(directory):
    phu_yen = legacy_province("Phú Yên")
    assert (phu_yen.code, phu_yen.full_name, phu_yen.division_type) == (
        "54",
        "Tỉnh Phú Yên",
        "tỉnh",
    )
    assert phu_yen.locality == "tỉnh Phú Yên"
    assert phu_yen.name_folded == "tinh phu yen"
    hcm = current_province("Hồ Chí Minh")
    assert hcm.full_name == "Thành phố Hồ Chí Minh"
    assert hcm.locality == "thành phố Hồ Chí Minh"
    assert hcm.valid_from == datetime.date(2025, 7, 1)


def test_pre_2025_provinces_link_to_the_province_they_were_merged_into(directory):
    def successors(name):
        return {u.name for u in legacy_province(name).successors.all()}

    assert successors("Phú Yên") == {"Đắk Lắk"}
    assert successors("Hậu Giang") == {"Cần Thơ"}
    assert successors("Bình Dương") == {"Hồ Chí Minh"}
    assert successors("Bình Phước") == {"Đồng Nai"}
    assert successors("Đồng Nai") == {"Đồng Nai"}
    # The package lists one partly-moved ward of Tiền Giang under Tây Ninh; the
    # province went to Đồng Tháp.
    assert successors("Tiền Giang") == {"Đồng Tháp"}

    def predecessors(name):
        return {
            u.name for u in current_province(name).predecessors.filter(level=UnitLevel.PROVINCE)
        }

    assert predecessors("Đồng Nai") == {"Đồng Nai", "Bình Phước"}
    assert predecessors("Cần Thơ") == {"Cần Thơ", "Hậu Giang", "Sóc Trăng"}


def test_districts_belong_to_their_old_province_and_succeed_to_its_successor(directory):
    dau_tieng = district("Dầu Tiếng")
    assert dau_tieng.full_name == "Huyện Dầu Tiếng"
    assert dau_tieng.parent == legacy_province("Bình Dương")
    assert dau_tieng.valid_to == LEGACY_END
    assert list(dau_tieng.successors.all()) == [current_province("Hồ Chí Minh")]


def test_todays_communes_belong_to_todays_provinces(directory):
    commune = AdministrativeUnit.objects.get(level=UnitLevel.COMMUNE, full_name="Xã Dầu Tiếng")
    assert commune.parent == current_province("Hồ Chí Minh")
    ward = AdministrativeUnit.objects.get(level=UnitLevel.COMMUNE, full_name="Phường Tuy Hòa")
    assert ward.parent == current_province("Đắk Lắk")
    assert ward.code == "22015"
    assert ward.valid_from == datetime.date(2025, 7, 1)


def test_a_second_run_creates_and_changes_nothing(directory):
    before = AdministrativeUnit.objects.count()
    counts = units_load()
    assert counts["created"] == counts["updated"] == counts["successor_links_created"] == 0
    assert AdministrativeUnit.objects.count() == before


def test_it_repairs_a_changed_name(directory):
    unit = legacy_province("Phú Yên")
    AdministrativeUnit.objects.filter(pk=unit.pk).update(full_name="Tỉnh Phú Yen")
    assert units_load()["updated"] == 1
    unit.refresh_from_db()
    assert unit.full_name == "Tỉnh Phú Yên"


def test_it_is_fast_enough_for_make_run_and_tests(directory):
    # Timed by the fixture on the first (empty database) load.
    assert directory["units"]["created"] == AdministrativeUnit.objects.count() > 4_000
    assert directory["units_seconds"] < 10
    assert directory["agencies_seconds"] < 10
