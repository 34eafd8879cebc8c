"""Bodies every district had until 07/2025 besides its People's Committee: its party
committee by the district's kind ("Huyện ủy", "Quận ủy", "Thị ủy", "Thành ủy") and the
committee's propaganda and mass-mobilisation boards (merged into one board in early 2025);
the friendship union of the country; and
how a plan names them: "… của tỉnh" for the province's own body, "Tỉnh ủy" in a plan of
Thừa Thiên Huế (the province Huế was made from, which the division data names by the
city's name)."""

import datetime

import pytest

from ttdn.directory.models import Agency, AgencySuccession, SuccessionKind
from ttdn.directory.resolver import AgencyIndex, name_variants
from ttdn.directory.selectors import unit_named
from ttdn.directory.services import agencies_load

from .conftest import current_province, district, legacy_province

D = datetime.date
MERGED_BOARDS = D(2025, 3, 1)
DISTRICTS_END = D(2025, 6, 30)


def name_of(resolution):
    return resolution.agency.name if resolution.agency else None


def _successors(name: str) -> dict[str, tuple[str, datetime.date, bool]]:
    return {
        s.successor.name: (s.kind, s.effective_date, s.primary)
        for s in AgencySuccession.objects.filter(predecessor__name=name)
    }


def test_a_districts_party_bodies(directory):
    dau_tieng = district("Dầu Tiếng")
    party = Agency.objects.get(name="Huyện ủy Dầu Tiếng")
    propaganda = Agency.objects.get(name="Ban Tuyên giáo Huyện ủy Dầu Tiếng")
    mobilisation = Agency.objects.get(name="Ban Dân vận Huyện ủy Dầu Tiếng")
    merged = Agency.objects.get(name="Ban Tuyên giáo và Dân vận Huyện ủy Dầu Tiếng")
    for body in (party, propaganda, mobilisation, merged):
        assert body.unit == dau_tieng
    assert (party.valid_from, party.valid_to) == (None, DISTRICTS_END)
    assert (propaganda.valid_from, propaganda.valid_to) == (None, MERGED_BOARDS - D.resolution)
    assert (mobilisation.valid_to, merged.valid_from, merged.valid_to) == (
        MERGED_BOARDS - D.resolution,
        MERGED_BOARDS,
        DISTRICTS_END,
    )
    assert propaganda.parent == mobilisation.parent == merged.parent == party
    assert _successors(propaganda.name) == {
        merged.name: (SuccessionKind.MERGED, MERGED_BOARDS, True)
    }
    assert _successors(mobilisation.name) == {
        merged.name: (SuccessionKind.MERGED, MERGED_BOARDS, True)
    }
    hcm = current_province("Hồ Chí Minh")  # (Bình Dương's successor)
    after = D(2025, 7, 1)
    for body, kind in (
        (party, "party_board"),
        (merged, "party_board"),
    ):
        [(successor, (how, day, primary))] = _successors(body.name).items()
        successor = Agency.objects.get(name=successor)
        assert (how, day, primary, successor.unit, successor.kind) == (
            SuccessionKind.ABOLISHED,
            after,
            True,
            hcm,
            kind,
        )
    assert _successors(merged.name) == {
        "Ban Tuyên giáo và Dân vận Thành ủy Thành phố Hồ Chí Minh": (
            SuccessionKind.ABOLISHED,
            after,
            True,
        )
    }


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("Huyện ủy Châu Thành, tỉnh Hậu Giang", ("Châu Thành", "Hậu Giang")),
        ("Ban Tuyên giáo Huyện ủy Châu Thành, tỉnh Hậu Giang", ("Châu Thành", "Hậu Giang")),
        ("Thành ủy Vị Thanh", ("Vị Thanh", "Hậu Giang")),
        ("Thị ủy Long Mỹ", ("Long Mỹ", "Hậu Giang")),
        ("Ban Dân vận Thị ủy Long Mỹ", ("Long Mỹ", "Hậu Giang")),
        ("Thành ủy Biên Hòa", ("Biên Hòa", "Đồng Nai")),
        ("Ban Tuyên giáo và Dân vận Thành ủy Biên Hòa", ("Biên Hòa", "Đồng Nai")),
        ("Quận ủy Quận 5", ("5", "Hồ Chí Minh")),  # (a numbered district named whole)
        ("Ban Tuyên giáo Quận ủy Quận 5", ("5", "Hồ Chí Minh")),
    ],
)
def test_the_party_committee_is_named_by_the_districts_kind(directory, name, unit):
    body = Agency.objects.get(name=name)
    assert (body.unit.name, body.unit.parent.name) == unit
    assert body.unit.valid_to == DISTRICTS_END


def test_a_shared_district_name_keeps_the_party_names_unique(directory):
    # (Hậu Giang and Sóc Trăng each had a huyện Châu Thành)
    agencies_load(provinces=["Sóc Trăng"])
    assert Agency.objects.filter(name="Huyện ủy Châu Thành, tỉnh Sóc Trăng").exists()
    assert not Agency.objects.filter(name="Huyện ủy Châu Thành").exists()
    index = AgencyIndex()
    hau_giang = legacy_province("Hậu Giang")
    assert name_of(index.resolve("Huyện ủy Châu Thành", unit=hau_giang)) == (
        "Huyện ủy Châu Thành, tỉnh Hậu Giang"
    )


@pytest.mark.parametrize(
    ("written", "on", "expected"),
    [
        ("Ban Tuyên giáo Huyện ủy", D(2020, 5, 1), "Ban Tuyên giáo Huyện ủy Dầu Tiếng"),
        ("Ban Tuyên giáo huyện ủy", D(2020, 5, 1), "Ban Tuyên giáo Huyện ủy Dầu Tiếng"),
        ("BTG Huyện ủy", D(2020, 5, 1), "Ban Tuyên giáo Huyện ủy Dầu Tiếng"),
        ("Ban Dân vận Huyện ủy", D(2024, 5, 1), "Ban Dân vận Huyện ủy Dầu Tiếng"),
        (
            "Ban Tuyên giáo và Dân vận Huyện ủy",
            D(2025, 4, 1),
            "Ban Tuyên giáo và Dân vận Huyện ủy Dầu Tiếng",
        ),
        ("Huyện ủy", D(2020, 5, 1), "Huyện ủy Dầu Tiếng"),
        ("Huyện ủy Dầu Tiếng", D(2020, 5, 1), "Huyện ủy Dầu Tiếng"),
        # the province's bodies stay the province's
        ("Ban Tuyên giáo Tỉnh ủy", D(2020, 5, 1), "Ban Tuyên giáo Tỉnh ủy Bình Dương"),
        ("Tỉnh ủy", D(2020, 5, 1), "Tỉnh ủy Bình Dương"),
    ],
)
def test_a_district_plan_names_its_party_bodies(index, written, on, expected):
    assert name_of(index.resolve(written, unit=district("Dầu Tiếng"), on=on)) == expected


def test_a_province_plan_does_not_guess_which_districts_board(index):
    # (every district of the province has one)
    result = index.resolve("Ban Tuyên giáo Huyện ủy", unit=legacy_province("Bình Dương"))
    assert result.agency is None


def test_a_district_board_of_2020_is_followed_to_todays(index):
    board = Agency.objects.get(name="Ban Tuyên giáo Huyện ủy Dầu Tiếng")
    assert index.follow(board, on=D(2025, 4, 1)).name == (
        "Ban Tuyên giáo và Dân vận Huyện ủy Dầu Tiếng"
    )
    assert index.follow(board, on=D(2025, 8, 1)).name == (
        "Ban Tuyên giáo và Dân vận Thành ủy Thành phố Hồ Chí Minh"
    )


# --- "… của tỉnh": the body of the place ------------------------------------------------


@pytest.mark.parametrize(
    ("written", "unit", "expected"),
    [
        (
            "Liên hiệp các tổ chức hữu nghị của tỉnh",
            "Đồng Nai",
            "Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai",
        ),
        (
            "Ban Chỉ đạo công tác thông tin đối ngoại của tỉnh",
            "Phú Yên",
            "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Phú Yên",
        ),
        ("Hội Nhà báo của tỉnh", "Hậu Giang", "Hội Nhà báo tỉnh Hậu Giang"),
        ("Sở Ngoại vụ của tỉnh Đồng Nai", "Đồng Nai", "Sở Ngoại vụ tỉnh Đồng Nai"),
        ("Cổng thông tin điện tử của tỉnh", "Bình Dương", "Cổng Thông tin điện tử tỉnh Bình Dương"),
        (
            "Phòng Văn hóa và Thông tin của huyện",
            "Dầu Tiếng",
            "Phòng Văn hóa và Thông tin huyện Dầu Tiếng",
        ),
    ],
)
def test_a_body_of_the_place_written_with_cua(index, written, unit, expected):
    unit = district(unit) if unit == "Dầu Tiếng" else legacy_province(unit)
    assert name_of(index.resolve(written, unit=unit, on=D(2020, 5, 1))) == expected


@pytest.mark.parametrize(
    "written",
    [
        "Liên hiệp các tổ chức hữu nghị của tỉnh bạn",  # a partner province, not a name
        "Các sở, ngành của tỉnh",  # many
        "Sở Ngoại vụ của tỉnh Khánh Hòa",  # another province, not loaded
        "kế hoạch của tỉnh",
    ],
)
def test_near_misses_of_cua_do_not_resolve(index, written):
    assert index.resolve(written, unit=legacy_province("Đồng Nai"), on=D(2020, 5, 1)).agency is None


def test_the_cua_variant_only_before_a_place():
    assert ("Hội Nhà báo tỉnh", 0.02) in name_variants("Hội Nhà báo của tỉnh")
    assert ("Sở Ngoại vụ huyện Thường Tín", 0.02) in name_variants(
        "Sở Ngoại vụ của huyện Thường Tín"
    )
    for written in (
        "Ban Tuyên giáo của Tỉnh ủy",  # a party committee, not a place
        "Ban Chỉ đạo của tỉnh về thông tin đối ngoại",  # the place does not end the name
        "Hội của thành viên",
    ):
        assert [text for text, _ in name_variants(written)] == [written]


# --- the province Huế was made from -------------------------------------------------------


@pytest.fixture
def hue(directory):
    agencies_load(provinces=["Huế"])
    return AgencyIndex()


@pytest.mark.parametrize(
    ("written", "on", "expected"),
    [
        ("Ban Tuyên giáo Tỉnh ủy", D(2021, 5, 1), "Ban Tuyên giáo Tỉnh ủy Thừa Thiên Huế"),
        ("Tỉnh ủy", D(2021, 5, 1), "Tỉnh ủy Thừa Thiên Huế"),
        ("Sở Ngoại vụ", D(2021, 5, 1), "Sở Ngoại vụ tỉnh Thừa Thiên Huế"),
        ("UBND tỉnh", D(2021, 5, 1), "Ủy ban nhân dân tỉnh Thừa Thiên Huế"),
        ("UBND thành phố", D(2025, 5, 1), "Ủy ban nhân dân thành phố Huế"),
    ],
)
def test_a_plan_of_thua_thien_hue_names_the_provinces_bodies(hue, written, on, expected):
    unit = unit_named("Thừa Thiên Huế", level="province", year=on.year)
    if on.year < 2025:
        assert unit == legacy_province("Huế")
    assert name_of(hue.resolve(written, unit=unit, on=on)) == expected


@pytest.mark.parametrize("year", [None, 2019, 2024, 2025, 2026])
def test_the_former_provinces_name_is_the_unit_of_its_time(directory, year):
    # (a text with no year that writes "tỉnh Thừa Thiên Huế" is of before 2025)
    assert unit_named("Thừa Thiên Huế", level="province", year=year) == legacy_province("Huế")
    assert unit_named("thua thien hue", year=year) == legacy_province("Huế")


def test_a_name_near_the_former_province_is_no_unit(directory):
    assert unit_named("Thừa Thiên", level="province", year=2021) is None
    assert unit_named("Huế", level="province", year=2021) == legacy_province("Huế")


# --- the friendship union of the country ---------------------------------------------------


def test_the_countrys_friendship_union_is_a_central_body(index, dong_nai):
    vufo = "Liên hiệp các tổ chức hữu nghị Việt Nam"
    assert name_of(index.resolve(vufo)) == vufo
    assert name_of(index.resolve("Liên hiệp các TCHN Việt Nam", unit=dong_nai)) == vufo
    assert Agency.objects.get(name=vufo).unit is None
    # a province's plan means the province's
    assert name_of(index.resolve("Liên hiệp các tổ chức hữu nghị", unit=dong_nai)) == (
        "Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai"
    )
