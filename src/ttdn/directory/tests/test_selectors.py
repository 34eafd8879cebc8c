import pytest

from ttdn.directory.models import AgencyKind
from ttdn.directory.selectors import agency_get, agency_list

from .conftest import current_province, district


def names(qs):
    return set(qs.values_list("name", flat=True))


def test_agency_list_searches_names_and_aliases_without_diacritics(directory):
    assert names(agency_list(q="so thong tin va truyen thong tinh dong nai")) == {
        "Sở Thông tin và Truyền thông tỉnh Đồng Nai"
    }
    assert "Sở Thông tin và Truyền thông tỉnh Phú Yên" in names(agency_list(q="sở tt&tt"))
    assert "Đài Phát thanh và Truyền hình Đồng Nai" in names(agency_list(q="DAI PT-TH DONG NAI"))


def test_agency_list_filters_by_unit_and_kind(directory, dong_nai, binh_duong):
    police = names(agency_list(unit=dong_nai, kind=AgencyKind.POLICE))
    # (the province's police kept its name after 07/2025: one body, today's province's)
    assert "Công an tỉnh Đồng Nai" in names(
        agency_list(unit=current_province("Đồng Nai"), kind=AgencyKind.POLICE)
    )
    assert "Công an thành phố Biên Hòa" in police  # a district of the province
    assert all("Phú Yên" not in name for name in police)
    assert "Công an huyện Dầu Tiếng" in names(agency_list(unit=binh_duong, q="cong an"))
    assert names(agency_list(unit=district("Dầu Tiếng"), kind=AgencyKind.POLICE)) == {
        "Công an huyện Dầu Tiếng"
    }


def test_agency_list_queries_once(directory, dong_nai, django_assert_num_queries):
    with django_assert_num_queries(1):
        units = [a.unit for a in agency_list(unit=dong_nai, q="so")]
    assert units


def test_agency_get(directory):
    agency = agency_list(q="Bộ Ngoại giao").get()
    assert agency_get(agency.pk) == agency
    assert agency_get(-1) is None


# --- the shared table of units by name -------------------------------------------------
# (made-up names: the test database may hold the whole country's units)


def test_places_see_a_unit_created_after_the_table_was_read(db):
    from ttdn.directory.models import AdministrativeUnit, UnitLevel
    from ttdn.directory.selectors import DocumentPlaces, unit_named

    assert unit_named("Đồi Thử Nghiệm") is None  # the table is read, without it
    AdministrativeUnit.objects.create(code="T1", name="Đồi Thử Nghiệm", level=UnitLevel.PROVINCE)
    assert unit_named("doi thu nghiem").name == "Đồi Thử Nghiệm"
    assert DocumentPlaces().spelling(["doi thu nghiem"]) == {"doi thu nghiem": "Đồi Thử Nghiệm"}
    assert "doi thu nghiem" in DocumentPlaces().provinces()
    # a rename keeps the count and the ids: the table follows it through the signal
    unit = AdministrativeUnit.objects.get(code="T1")
    unit.name = "Đồi Mới Đặt"
    unit.save()
    assert DocumentPlaces().spelling(["doi thu nghiem", "doi moi dat"]) == {
        "doi moi dat": "Đồi Mới Đặt"
    }


def test_places_see_units_written_by_another_process(db):
    """Bulk writes send no signal (another process's writes neither): the fingerprint
    query sees them."""
    from ttdn.directory.models import AdministrativeUnit, UnitLevel
    from ttdn.directory.selectors import DocumentPlaces

    assert DocumentPlaces().spelling(["bai thu nghiem"]) == {}
    AdministrativeUnit.objects.bulk_create(
        [
            AdministrativeUnit(
                code="T2", name="Bãi Thử Nghiệm", level=UnitLevel.PROVINCE,
                name_folded="tinh bai thu nghiem",
            )
        ]
    )  # fmt: skip
    assert DocumentPlaces().spelling(["bai thu nghiem"]) == {"bai thu nghiem": "Bãi Thử Nghiệm"}


def test_places_cost_one_query_per_document(directory, django_assert_num_queries):
    from ttdn.directory.selectors import DocumentPlaces

    DocumentPlaces().spelling(["dong nai"])  # the table is read once for the process
    places = DocumentPlaces()
    with django_assert_num_queries(1):  # the fingerprint, whatever is asked
        assert places.spelling(["dong nai", "binh duong"]) == {
            "dong nai": "Đồng Nai",
            "binh duong": "Bình Dương",
        }
        assert places.unit("Đồng Nai", year=2020).valid_to is not None  # before the merger
        assert "dong nai" in places.provinces()


def test_fingerprint_takes_only_aggregates(db):
    from ttdn.directory.models import AdministrativeUnit
    from ttdn.directory.selectors import tables_fingerprint

    count = AdministrativeUnit.objects.count()
    assert tables_fingerprint((AdministrativeUnit, "COUNT(*)")) == (count,)
    with pytest.raises(ValueError):
        tables_fingerprint((AdministrativeUnit, "COUNT(*)) FROM x; DROP TABLE y; --"))
