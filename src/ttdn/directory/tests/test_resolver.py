import datetime
import time
import unicodedata

import pytest

from ttdn.directory.models import Agency, AgencySuccession, SuccessionKind
from ttdn.directory.resolver import (
    AgencyIndex,
    clean_name,
    follow_successors,
    name_variants,
    resolve_agency,
)

from .conftest import current_province, district, legacy_province


def name_of(resolution):
    return resolution.agency.name if resolution.agency else None


# Every agency name as written in the five seed documents, with the plan's unit.
SEED_NAMES = [
    (
        "Đồng Nai",
        "Sở Thông tin và Truyền thông (Sở TT-TT)",
        "Sở Thông tin và Truyền thông tỉnh Đồng Nai",
    ),
    ("Đồng Nai", "Sở TT-TT", "Sở Thông tin và Truyền thông tỉnh Đồng Nai"),
    ("Đồng Nai", "Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông tỉnh Đồng Nai"),
    ("Đồng Nai", "Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy Đồng Nai"),
    ("Đồng Nai", "- Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy Đồng Nai"),
    ("Đồng Nai", "Sở Ngoại vụ", "Sở Ngoại vụ tỉnh Đồng Nai"),
    ("Đồng Nai", "Sở Kế hoạch Đầu tư", "Sở Kế hoạch và Đầu tư tỉnh Đồng Nai"),
    ("Đồng Nai", "Sở Kế hoạch và Đầu tư", "Sở Kế hoạch và Đầu tư tỉnh Đồng Nai"),
    ("Đồng Nai", "Sở Văn hóa Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai"),
    ("Đồng Nai", "- Đài PT-TH Đồng Nai", "Đài Phát thanh và Truyền hình Đồng Nai"),
    ("Đồng Nai", "Đài PTTH Đồng Nai", "Đài Phát thanh và Truyền hình Đồng Nai"),
    ("Đồng Nai", "Công an tỉnh", "Công an tỉnh Đồng Nai"),
    ("Đồng Nai", "Sở Công thương", "Sở Công Thương tỉnh Đồng Nai"),
    ("Đồng Nai", "Ban Quản lý các KCN", "Ban Quản lý các khu công nghiệp tỉnh Đồng Nai"),
    ("Đồng Nai", "Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh Đồng Nai"),
    ("Đồng Nai", "Sở Tài chính:", "Sở Tài chính tỉnh Đồng Nai"),
    ("Đồng Nai", "Sở Tài Chính", "Sở Tài chính tỉnh Đồng Nai"),
    ("Đồng Nai", "Cổng Thông tin điện tử tỉnh", "Cổng Thông tin điện tử tỉnh Đồng Nai"),
    ("Đồng Nai", "UBND tỉnh", "Ủy ban nhân dân tỉnh Đồng Nai"),
    ("Đồng Nai", "Ủy ban nhân dân tỉnh Đồng Nai", "Ủy ban nhân dân tỉnh Đồng Nai"),
    (
        "Đồng Nai",
        "Ủy ban Mặt trận Tổ quốc Việt Nam",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai",
    ),
    ("Đồng Nai", "Thường trực UBMTTQVN tỉnh", "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai"),
    ("Đồng Nai", "Ban Dân vận", "Ban Dân vận Tỉnh ủy Đồng Nai"),
    ("Đồng Nai", "Hội Nhà báo", "Hội Nhà báo tỉnh Đồng Nai"),
    ("Đồng Nai", "Báo ĐN", "Báo Đồng Nai"),
    ("Đồng Nai", "Báo LĐĐN", "Báo Lao động Đồng Nai"),
    (
        "Đồng Nai",
        "Liên hiệp các tổ chức hữu nghị tỉnh",
        "Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai",
    ),
    ("Đồng Nai", "Bộ Thông tin và Truyền thông", "Bộ Thông tin và Truyền thông"),
    ("Đồng Nai", "Bộ Ngoại giao", "Bộ Ngoại giao"),
    ("Đồng Nai", "Thông tấn xã Việt Nam", "Thông tấn xã Việt Nam"),
    ("Đồng Nai", "Truyền hình Việt Nam", "Đài Truyền hình Việt Nam"),
    ("Đồng Nai", "Đài Tiếng nói Việt Nam", "Đài Tiếng nói Việt Nam"),
    ("Đồng Nai", "cổng Thông tin điện tử Chính phủ", "Cổng Thông tin điện tử Chính phủ"),
    (
        "Đồng Nai",
        "Cục Thông tin đối ngoại - Bộ Thông tin và Truyền thông",
        "Cục Thông tin đối ngoại",
    ),
    (
        "Hậu Giang",
        "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh",
        "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Hậu Giang",
    ),
    ("Hậu Giang", "Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy Hậu Giang"),
    ("Hậu Giang", "Sở Thông tin và Truyền thông", "Sở Thông tin và Truyền thông tỉnh Hậu Giang"),
    ("Hậu Giang", "Sở Khoa học công nghệ", "Sở Khoa học và Công nghệ tỉnh Hậu Giang"),
    ("Phú Yên", "Sở TT&TT", "Sở Thông tin và Truyền thông tỉnh Phú Yên"),
    ("Phú Yên", "Bộ TT&TT", "Bộ Thông tin và Truyền thông"),
    ("Phú Yên", "UBND tỉnh", "Ủy ban nhân dân tỉnh Phú Yên"),
    ("Phú Yên", "Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy Phú Yên"),
    ("Phú Yên", "Văn phòng UBND tỉnh", "Văn phòng Ủy ban nhân dân tỉnh Phú Yên"),
    ("Phú Yên", "Sở Ngoại vụ", "Sở Ngoại vụ tỉnh Phú Yên"),
    ("Phú Yên", "Công an tỉnh", "Công an tỉnh Phú Yên"),
    (
        "Phú Yên",
        "Sở Thông tin và Truyền thông Phú Yên",
        "Sở Thông tin và Truyền thông tỉnh Phú Yên",
    ),
    ("Dầu Tiếng", "Ủy ban nhân dân huyện Dầu Tiếng", "Ủy ban nhân dân huyện Dầu Tiếng"),
    ("Dầu Tiếng", "Công an huyện", "Công an huyện Dầu Tiếng"),
    ("Dầu Tiếng", "Phòng Văn hóa và Thông tin huyện", "Phòng Văn hóa và Thông tin huyện Dầu Tiếng"),
    ("Dầu Tiếng", "Đài Truyền thanh huyện", "Đài Truyền thanh huyện Dầu Tiếng"),
    (
        "Dầu Tiếng",
        "Ban Biên tập Trang thông tin điện tử huyện",
        "Ban Biên tập Trang thông tin điện tử huyện Dầu Tiếng",
    ),
    ("Dầu Tiếng", "Công an tỉnh", "Công an tỉnh Bình Dương"),
]

COLLECTIVE_NAMES = [
    ("Đồng Nai", "Các cơ quan báo chí"),
    ("Đồng Nai", "Các sở, ban, ngành"),
    ("Đồng Nai", "các đơn vị liên quan"),
    ("Đồng Nai", "Các đơn vị liên quan"),
    ("Đồng Nai", "UBND các huyện, TXLK, TPBH"),
    ("Đồng Nai", "các cơ quan hành chính nhà nước"),
    ("Đồng Nai", "báo chí"),
    ("Dầu Tiếng", "Ủy ban nhân dân các xã, thị trấn"),
    ("Dầu Tiếng", "các cơ quan, ban ngành, đoàn thể huyện"),
    ("Dầu Tiếng", "các cơ quan liên quan của tỉnh"),
    ("Hậu Giang", "các sở, ban, ngành và địa phương"),
    ("Phú Yên", "các cơ quan chức năng"),
    ("Phú Yên", "các sở, ngành và địa phương"),
]


def unit_named(name):
    return district(name) if name == "Dầu Tiếng" else legacy_province(name)


@pytest.mark.parametrize(("unit", "written", "expected"), SEED_NAMES)
def test_every_agency_name_of_the_seeds_resolves_in_its_plans_unit(index, unit, written, expected):
    result = index.resolve(written, unit=unit_named(unit))
    assert name_of(result) == expected
    assert result.method in {"exact", "alias", "folded"}
    assert result.confidence >= 0.85
    assert result.as_written == written


@pytest.mark.parametrize(("unit", "written"), COLLECTIVE_NAMES)
def test_collective_phrases_do_not_resolve_to_one_agency(index, unit, written):
    result = index.resolve(written, unit=unit_named(unit))
    assert result.agency is None
    assert result.method == "none"
    assert result.confidence == 0.0


def test_a_bare_generic_word_does_not_resolve(index, phu_yen):
    # "Sở chủ trì…" refers back to the Sở named before: the importer resolves that from context.
    result = index.resolve("Sở", unit=phu_yen)
    assert result.agency is None
    assert result.candidates
    assert all(c.name.startswith("Sở ") and c.unit == phu_yen for c in result.candidates)


@pytest.mark.parametrize(
    "written",
    [
        "So Thong tin va Truyen thong",
        "SỞ THÔNG TIN VÀ TRUYỀN THÔNG",
        "so tt-tt",
        unicodedata.normalize("NFD", "Sở Thông tin và Truyền thông"),
        unicodedata.normalize("NFD", "Sở TT&TT"),
        "  Sở   Thông tin và\tTruyền thông ;",
        "“Sở Thông tin và Truyền thông”",
    ],
)
def test_diacritics_case_spacing_and_nfd_do_not_matter(index, dong_nai, written):
    assert (
        name_of(index.resolve(written, unit=dong_nai))
        == "Sở Thông tin và Truyền thông tỉnh Đồng Nai"
    )


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Sở Thông tin và Truyền thôngg", "Sở Thông tin và Truyền thông tỉnh Đồng Nai"),
        ("Sở Thong tin và Truyền thôg", "Sở Thông tin và Truyền thông tỉnh Đồng Nai"),
        ("Sở Văn hóa Thể thao và Du lịc", "Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai"),
        ("Sở Giáo dục Đào tạo", "Sở Giáo dục và Đào tạo tỉnh Đồng Nai"),
        ("Ban Tuyen giao Tinh uyy", "Ban Tuyên giáo Tỉnh ủy Đồng Nai"),
    ],
)
def test_typos_resolve_by_fuzzy_matching(index, dong_nai, written, expected):
    result = index.resolve(written, unit=dong_nai)
    assert name_of(result) == expected
    assert result.method == "fuzzy"
    assert 0.75 <= result.confidence <= 0.85


def test_confidence_orders_exact_alias_folded_fuzzy(index):
    exact = index.resolve("Sở Thông tin và Truyền thông tỉnh Đồng Nai")
    alias = index.resolve("Sở TT&TT tỉnh Đồng Nai")
    folded = index.resolve("so thong tin va truyen thong tinh dong nai")
    fuzzy = index.resolve("Sở Thông tin và Truyền thôngg tỉnh Đồng Nai")
    assert [r.method for r in (exact, alias, folded, fuzzy)] == [
        "exact",
        "alias",
        "folded",
        "fuzzy",
    ]
    assert len({name_of(r) for r in (exact, alias, folded, fuzzy)}) == 1
    assert exact.confidence == 1.0
    assert exact.confidence > alias.confidence > folded.confidence > fuzzy.confidence


def test_the_unit_decides_which_provinces_agency_a_short_form_means(
    index, dong_nai, phu_yen, hau_giang
):
    assert (
        name_of(index.resolve("Sở TT&TT", unit=dong_nai))
        == "Sở Thông tin và Truyền thông tỉnh Đồng Nai"
    )
    assert (
        name_of(index.resolve("Sở TT&TT", unit=phu_yen))
        == "Sở Thông tin và Truyền thông tỉnh Phú Yên"
    )
    assert (
        name_of(index.resolve("Sở TT&TT", unit=hau_giang))
        == "Sở Thông tin và Truyền thông tỉnh Hậu Giang"
    )


def test_without_a_unit_a_locality_less_name_is_not_guessed(index):
    result = index.resolve("Sở TT&TT")
    assert (result.agency, result.method) == (None, "none")
    assert len({c.unit for c in result.candidates}) > 1
    assert all(c.name.startswith("Sở Thông tin và Truyền thông") for c in result.candidates)


def test_without_candidates_only_the_agency_is_read(index, directory):
    cao_bang = legacy_province("Cao Bằng")  # no agencies loaded for it
    for name, unit in (("Sở TT&TT", None), ("Sở TT&TT", cao_bang), ("Sở Nội vụ", cao_bang)):
        offered = index.resolve(name, unit=unit)
        bare = index.resolve(name, unit=unit, candidates=False)
        assert offered.candidates  # alternatives for a person to choose …
        assert bare.candidates == ()  # … not worked out when only the agency matters
        assert (bare.agency, bare.confidence, bare.method) == (None, 0.0, "none")
        assert (offered.agency, offered.confidence, offered.method) == (None, 0.0, "none")
    chosen = index.resolve("Sở TT&TT", unit=legacy_province("Bình Dương"), candidates=False)
    assert chosen.agency.name == "Sở Thông tin và Truyền thông tỉnh Bình Dương"


def test_it_never_guesses_in_another_province(index, directory):
    cao_bang = legacy_province("Cao Bằng")  # no agencies loaded for it
    result = index.resolve("Sở TT&TT", unit=cao_bang)
    assert result.agency is None
    assert result.method == "none"
    # Candidates: the same name elsewhere, for a person to choose.
    assert "Sở Thông tin và Truyền thông tỉnh Bình Dương" in {c.name for c in result.candidates}
    assert all(c.unit != cao_bang for c in result.candidates)
    # Fuzzy matching stays inside the unit too.
    assert index.resolve("Sở Thông tin và Truyền thôngg", unit=cao_bang).agency is None
    # District bodies of one district are not another district's.
    ben_cat = district("Bến Cát")  # a thành phố before 2025
    assert name_of(index.resolve("Công an thành phố", unit=ben_cat)) == "Công an thành phố Bến Cát"
    assert index.resolve("Công an huyện", unit=ben_cat).agency is None
    assert index.resolve(
        "Phòng Văn hóa và Thông tin huyện", unit=district("Phú Giáo")
    ).agency.name == ("Phòng Văn hóa và Thông tin huyện Phú Giáo")


def test_a_name_with_its_own_locality_resolves_from_another_province(index, phu_yen):
    result = index.resolve("Đài PT-TH Đồng Nai", unit=phu_yen)
    assert name_of(result) == "Đài Phát thanh và Truyền hình Đồng Nai"
    assert result.confidence < index.resolve("Đài PT-TH Đồng Nai").confidence


def test_a_province_body_of_a_district_plan_is_its_provinces(index, dau_tieng, binh_duong):
    assert name_of(index.resolve("Công an tỉnh", unit=dau_tieng)) == "Công an tỉnh Bình Dương"
    # Without a district, "Công an huyện" could be any district of the province.
    result = index.resolve("Công an huyện", unit=binh_duong)
    assert result.agency is None
    assert "Công an huyện Dầu Tiếng" in {c.name for c in result.candidates}
    assert all(c.kind == "police" and c.unit.parent == binh_duong for c in result.candidates)


def test_an_ambiguous_district_name_is_not_guessed(index):
    can_tho = current_province("Cần Thơ")  # Hậu Giang and Sóc Trăng each had a huyện Châu Thành
    assert index.resolve("UBND huyện Châu Thành", unit=can_tho).agency is None
    hau_giang = legacy_province("Hậu Giang")
    assert name_of(index.resolve("UBND huyện Châu Thành", unit=hau_giang)) == (
        "Ủy ban nhân dân huyện Châu Thành, tỉnh Hậu Giang"
    )


def test_todays_unit_reaches_the_bodies_of_the_provinces_merged_into_it(index):
    dong_nai_today = current_province("Đồng Nai")
    assert name_of(index.resolve("Sở Thông tin và Truyền thông", unit=dong_nai_today)) == (
        "Sở Thông tin và Truyền thông tỉnh Đồng Nai"
    )
    assert index.resolve("Sở Tài chính", unit=dong_nai_today).agency.unit == dong_nai_today
    assert name_of(index.resolve("Sở TT&TT tỉnh Bình Phước", unit=dong_nai_today)) == (
        "Sở Thông tin và Truyền thông tỉnh Bình Phước"
    )


def test_the_date_prefers_the_body_valid_on_it(index):
    # the name before and after 07/2025 (one body), until the province became a city
    written = "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai"
    dong_nai = current_province("Đồng Nai")
    before = index.resolve(written, on=datetime.date(2025, 4, 1))
    after = index.resolve(written, unit=dong_nai, on=datetime.date(2025, 9, 1))
    assert before.agency == after.agency
    assert before.agency.valid_to == datetime.date(2026, 4, 29)
    assert after.agency.unit == dong_nai
    city = index.resolve(written, unit=dong_nai, on=datetime.date(2026, 10, 1))
    assert name_of(city) == "Ban Tuyên giáo và Dân vận Thành ủy Đồng Nai"
    assert city.method == "alias"  # (the province's spelling, written after)


def test_current_follows_the_ttdn_duties_of_a_department_of_information(
    index, dong_nai, phu_yen, hau_giang
):
    result = index.resolve("Sở TT&TT", unit=dong_nai, current=True, on=datetime.date(2026, 1, 1))
    assert result.agency.unit == current_province("Đồng Nai")
    assert result.agency.name.startswith("Sở Văn hóa, Thể thao và Du lịch")
    assert result.method == "alias"
    spring = index.resolve("Sở TT&TT", unit=dong_nai, current=True, on=datetime.date(2025, 4, 1))
    assert name_of(spring) == "Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai"
    before = index.resolve("Sở TT&TT", unit=dong_nai, current=True, on=datetime.date(2024, 6, 1))
    assert name_of(before) == "Sở Thông tin và Truyền thông tỉnh Đồng Nai"
    assert name_of(index.resolve("Sở TT&TT", unit=phu_yen, current=True)) == (
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk"
    )
    assert name_of(index.resolve("Sở Thông tin và Truyền thông", unit=hau_giang, current=True)) == (
        "Sở Văn hóa, Thể thao và Du lịch thành phố Cần Thơ"
    )


@pytest.mark.parametrize(
    ("unit", "written", "today"),
    [
        ("Đồng Nai", "Sở Kế hoạch và Đầu tư", "Sở Tài chính thành phố Đồng Nai"),
        ("Đồng Nai", "Sở Ngoại vụ", "Văn phòng Ủy ban nhân dân thành phố Đồng Nai"),
        ("Đồng Nai", "Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo và Dân vận Thành ủy Đồng Nai"),
        ("Đồng Nai", "Đài PT-TH Đồng Nai", "Báo và Phát thanh, Truyền hình Đồng Nai"),
        ("Phú Yên", "Công an tỉnh", "Công an tỉnh Đắk Lắk"),
        ("Hậu Giang", "Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ"),
        (
            "Bình Dương",
            "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh",
        ),
        ("Dầu Tiếng", "Công an huyện", "Công an Thành phố Hồ Chí Minh"),
        (
            "Dầu Tiếng",
            "Phòng Văn hóa và Thông tin huyện",
            "Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh",
        ),
        ("Phú Yên", "Bộ TT&TT", "Bộ Văn hóa, Thể thao và Du lịch"),
    ],
)
def test_old_names_resolve_to_todays_successor(index, unit, written, today):
    assert name_of(index.resolve(written, unit=unit_named(unit), current=True)) == today


def test_follow_successors_from_the_database_agrees_with_the_index(index, directory):
    for agency in Agency.objects.filter(valid_to__isnull=False):
        assert follow_successors(agency) == index.follow(agency)
    still_there = Agency.objects.get(name="Bộ Ngoại giao")
    assert follow_successors(still_there) == still_there


def test_follow_successors_is_cycle_safe(directory):
    a = Agency.objects.get(name="Sở Thông tin và Truyền thông tỉnh Phú Yên")
    b = Agency.objects.get(name="Sở Kế hoạch và Đầu tư tỉnh Phú Yên")
    AgencySuccession.objects.filter(predecessor__in=[a, b]).delete()
    AgencySuccession.objects.create(
        predecessor=a, successor=b, kind=SuccessionKind.RENAMED, effective_date="2025-03-01"
    )
    AgencySuccession.objects.create(
        predecessor=b, successor=a, kind=SuccessionKind.RENAMED, effective_date="2025-03-01"
    )
    assert follow_successors(a) in {a, b}
    assert AgencyIndex().follow(a) in {a, b}


@pytest.mark.parametrize(
    "written", ["Sở Vũ trụ", "Hội đồng Quản trị Tập đoàn ABC", "", "   -  ", "xyz"]
)
def test_unknown_names_resolve_to_none(index, dong_nai, written):
    result = index.resolve(written, unit=dong_nai)
    assert (result.agency, result.method, result.confidence) == (None, "none", 0.0)


def test_min_confidence_rejects_weaker_matches(index, dong_nai):
    assert (
        index.resolve("Sở Thông tin và Truyền thôngg", unit=dong_nai, min_confidence=0.9).agency
        is None
    )
    rejected = index.resolve("Sở TT&TT", unit=dong_nai, min_confidence=0.99)
    assert rejected.agency is None
    assert rejected.candidates[0].name == "Sở Thông tin và Truyền thông tỉnh Đồng Nai"


def test_resolve_agency_is_the_one_off_wrapper(directory, dong_nai):
    result = resolve_agency("Sở Ngoại vụ", unit=dong_nai)
    assert (name_of(result), result.method) == ("Sở Ngoại vụ tỉnh Đồng Nai", "exact")


def test_the_index_resolves_many_names_quickly(
    index, dong_nai, dau_tieng, django_assert_num_queries
):
    names = [written for _, written, _ in SEED_NAMES] * 10
    index.resolve("warm up", unit=dong_nai)
    index.resolve("warm up", unit=dau_tieng)
    started = time.perf_counter()
    with django_assert_num_queries(0):
        for written in names:
            index.resolve(written, unit=dong_nai)
            index.resolve(written, unit=dau_tieng)
    assert (time.perf_counter() - started) / (2 * len(names)) < 0.01


def test_name_normalisation():
    assert clean_name("- Sở Tài chính:") == "Sở Tài chính"
    assert clean_name(unicodedata.normalize("NFD", "Sở Y tế")) == "Sở Y tế"
    assert [v for v, _ in name_variants("Sở Thông tin và Truyền thông (Sở TT-TT)")] == [
        "Sở Thông tin và Truyền thông",
        "Sở Thông tin và Truyền thông (Sở TT-TT)",
        "Sở TT-TT",
    ]
    assert name_variants("Đề nghị Ban Tuyên giáo Tỉnh ủy")[-1] == ("Ban Tuyên giáo Tỉnh ủy", 0.05)
