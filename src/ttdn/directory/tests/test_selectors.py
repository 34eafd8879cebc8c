from ttdn.directory.models import AgencyKind
from ttdn.directory.selectors import agency_get, agency_list

from .conftest import district


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
    assert "Công an tỉnh Đồng Nai" in police
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
