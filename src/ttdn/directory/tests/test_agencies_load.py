import datetime

import pytest
from django.core.management import call_command
from django.utils import translation

from ttdn.directory.models import (
    AdministrativeUnit,
    Agency,
    AgencyAlias,
    AgencyKind,
    AgencySuccession,
    SuccessionKind,
    UnitLevel,
)
from ttdn.directory.services import agencies_load

from .conftest import current_province, district, legacy_province

REORGANISED = datetime.date(2025, 3, 1)
MERGED = datetime.date(2025, 7, 1)


def agency(name: str) -> Agency:
    return Agency.objects.get(name=name)


def successors(name: str) -> dict[str, tuple[str, bool]]:
    return {
        s.successor.name: (s.kind, s.primary)
        for s in AgencySuccession.objects.filter(predecessor__name=name).select_related("successor")
    }


def test_it_generates_the_usual_bodies_of_each_seed_province(directory):
    # (those that kept their name after 07/2025 are today's province's: one continuing body)
    dong_nai = (legacy_province("Đồng Nai"), current_province("Đồng Nai"))
    names = set(Agency.objects.filter(unit__in=dong_nai).values_list("name", flat=True))
    assert {
        "Ủy ban nhân dân tỉnh Đồng Nai",
        "Văn phòng Ủy ban nhân dân tỉnh Đồng Nai",
        "Sở Thông tin và Truyền thông tỉnh Đồng Nai",
        "Sở Ngoại vụ tỉnh Đồng Nai",
        "Sở Kế hoạch và Đầu tư tỉnh Đồng Nai",
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai",
        "Sở Công Thương tỉnh Đồng Nai",
        "Công an tỉnh Đồng Nai",
        "Bộ Chỉ huy Quân sự tỉnh Đồng Nai",
        "Ban Tuyên giáo Tỉnh ủy Đồng Nai",
        "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đồng Nai",
        "Báo Đồng Nai",
        "Đài Phát thanh và Truyền hình Đồng Nai",
        "Cổng Thông tin điện tử tỉnh Đồng Nai",
        "Hội Nhà báo tỉnh Đồng Nai",
        "Liên hiệp các tổ chức hữu nghị tỉnh Đồng Nai",
        "Ban Quản lý các khu công nghiệp tỉnh Đồng Nai",
    } <= names
    for province in ("Phú Yên", "Hậu Giang", "Bình Dương", "Bình Phước", "Sóc Trăng"):
        assert Agency.objects.filter(name=f"Sở Thông tin và Truyền thông tỉnh {province}").exists()
    assert (
        agency("Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Hậu Giang").kind
        == AgencyKind.STEERING_COMMITTEE
    )


def test_agencies_belong_to_their_unit_and_parent(directory):
    tttt = agency("Sở Thông tin và Truyền thông tỉnh Đồng Nai")
    assert tttt.unit == legacy_province("Đồng Nai")
    assert tttt.parent == agency("Ủy ban nhân dân tỉnh Đồng Nai")
    assert tttt.short_name == "Sở TT&TT"
    assert agency("Ban Tuyên giáo Tỉnh ủy Đồng Nai").parent == agency("Tỉnh ủy Đồng Nai")
    assert agency("Cục Thông tin đối ngoại").parent == agency("Bộ Thông tin và Truyền thông")
    assert agency("Bộ Ngoại giao").unit is None


def test_standard_abbreviations_are_aliases(directory):
    def aliases(name):
        return set(AgencyAlias.objects.filter(agency__name=name).values_list("alias", flat=True))

    assert {
        "Sở TT&TT tỉnh Đồng Nai",
        "Sở TT-TT Đồng Nai",
        "Sở TTTT tỉnh Đồng Nai",
        "STTTT Đồng Nai",
    } <= aliases("Sở Thông tin và Truyền thông tỉnh Đồng Nai")
    assert {"Sở KH&ĐT tỉnh Đồng Nai", "Sở Kế hoạch Đầu tư tỉnh Đồng Nai"} <= aliases(
        "Sở Kế hoạch và Đầu tư tỉnh Đồng Nai"
    )
    assert {"Đài PT-TH Đồng Nai", "Đài PTTH Đồng Nai"} <= aliases(
        "Đài Phát thanh và Truyền hình Đồng Nai"
    )
    assert "Báo ĐN" in aliases("Báo Đồng Nai")
    assert {"UBND tỉnh Phú Yên", "UBND Phú Yên"} <= aliases("Ủy ban nhân dân tỉnh Phú Yên")
    assert "VP UBND tỉnh Phú Yên" in aliases("Văn phòng Ủy ban nhân dân tỉnh Phú Yên")
    assert "BQL các KCN tỉnh Bình Dương" in aliases(
        "Ban Quản lý các khu công nghiệp tỉnh Bình Dương"
    )
    assert {"Bộ TT&TT", "BTTTT"} <= aliases("Bộ Thông tin và Truyền thông")
    alias = AgencyAlias.objects.get(alias="Sở TT&TT tỉnh Đồng Nai")
    assert alias.alias_folded == "so tt&tt tinh dong nai"


def test_the_march_2025_reorganisation_is_recorded(directory):
    tttt = agency("Sở Thông tin và Truyền thông tỉnh Đồng Nai")
    assert (tttt.valid_from, tttt.valid_to) == (None, datetime.date(2025, 2, 28))
    assert successors(tttt.name) == {
        "Sở Khoa học và Công nghệ tỉnh Đồng Nai": (SuccessionKind.MERGED, False),
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai": (SuccessionKind.DUTIES_TRANSFERRED, True),
    }
    assert successors("Sở Kế hoạch và Đầu tư tỉnh Phú Yên") == {
        "Sở Tài chính tỉnh Phú Yên": (SuccessionKind.MERGED, True)
    }
    assert "Ban Tuyên giáo và Dân vận Tỉnh ủy Hậu Giang" in successors(
        "Ban Tuyên giáo Tỉnh ủy Hậu Giang"
    )
    khcn = agency("Sở Khoa học và Công nghệ tỉnh Hậu Giang")  # existed before and after 01/03/2025
    assert (khcn.valid_from, khcn.valid_to) == (None, datetime.date(2025, 6, 30))
    nnmt = agency("Sở Nông nghiệp và Môi trường tỉnh Phú Yên")
    assert (nnmt.valid_from, nnmt.valid_to) == (REORGANISED, datetime.date(2025, 6, 30))


def test_provincial_bodies_succeed_to_the_merged_provinces_bodies(directory):
    assert successors("Sở Văn hóa, Thể thao và Du lịch tỉnh Phú Yên") == {
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Đắk Lắk": (SuccessionKind.MERGED, True)
    }
    assert "Công an thành phố Cần Thơ" in successors("Công an tỉnh Hậu Giang")
    assert "Báo và Phát thanh, Truyền hình Cần Thơ" in successors(
        "Đài Phát thanh và Truyền hình Hậu Giang"
    )
    # Thành phố Hồ Chí Minh keeps its own press.
    assert "Báo Sài Gòn Giải Phóng" in successors("Báo Bình Dương")
    assert "Đài Truyền hình Thành phố Hồ Chí Minh" in successors(
        "Đài Phát thanh và Truyền hình Bình Dương"
    )
    assert "Sở Văn hóa và Thể thao Thành phố Hồ Chí Minh" in successors(
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Dương"
    )
    assert "Sở Ngoại vụ Thành phố Hồ Chí Minh" in Agency.objects.values_list("name", flat=True)
    # Bình Phước goes to (today's) Đồng Nai, a province until 29/04/2026, whose Sở Tài chính
    # is the one Đồng Nai had before (one continuing body).
    today = current_province("Đồng Nai")
    target = agency("Sở Tài chính tỉnh Đồng Nai")
    assert (target.unit, target.valid_from, target.valid_to) == (
        today,
        None,
        datetime.date(2026, 4, 29),
    )
    assert successors("Sở Tài chính tỉnh Bình Phước") == {
        target.name: (SuccessionKind.MERGED, True)
    }
    assert successors(target.name) == {
        "Sở Tài chính thành phố Đồng Nai": (SuccessionKind.RENAMED, True)
    }


def test_a_body_that_keeps_its_name_is_one_continuing_agency(directory):
    finance = agency("Sở Tài chính tỉnh Đắk Lắk")
    assert (finance.valid_from, finance.valid_to) == (None, None)
    assert finance.unit == current_province("Đắk Lắk")
    assert successors("Sở Kế hoạch và Đầu tư tỉnh Đắk Lắk") == {
        finance.name: (SuccessionKind.MERGED, True)
    }


def test_district_bodies_are_abolished_in_2025(directory):
    police = agency("Công an huyện Dầu Tiếng")
    assert police.unit == district("Dầu Tiếng")
    assert police.valid_to == datetime.date(2025, 2, 28)
    assert successors(police.name) == {"Công an tỉnh Bình Dương": (SuccessionKind.ABOLISHED, True)}
    for name in (
        "Ủy ban nhân dân huyện Dầu Tiếng",
        "Phòng Văn hóa và Thông tin huyện Dầu Tiếng",
        "Đài Truyền thanh huyện Dầu Tiếng",
    ):
        assert agency(name).valid_to == datetime.date(2025, 6, 30)
    assert successors("Ủy ban nhân dân huyện Dầu Tiếng") == {
        "Ủy ban nhân dân Thành phố Hồ Chí Minh": (SuccessionKind.ABOLISHED, True)
    }


def test_a_district_name_shared_by_several_provinces_gets_its_province(directory):
    assert Agency.objects.filter(name="Ủy ban nhân dân huyện Châu Thành, tỉnh Hậu Giang").exists()
    assert Agency.objects.filter(name="Ủy ban nhân dân huyện Châu Thành, tỉnh Sóc Trăng").exists()
    assert not Agency.objects.filter(name="Ủy ban nhân dân huyện Châu Thành").exists()


def test_central_bodies_and_the_ministry_reorganisation(directory):
    ministry = agency("Bộ Thông tin và Truyền thông")
    assert ministry.kind == AgencyKind.CENTRAL
    assert ministry.valid_to == datetime.date(2025, 2, 28)
    assert successors(ministry.name) == {
        "Bộ Khoa học và Công nghệ": (SuccessionKind.MERGED, False),
        "Bộ Văn hóa, Thể thao và Du lịch": (SuccessionKind.DUTIES_TRANSFERRED, True),
    }
    for name in (
        "Bộ Ngoại giao",
        "Thông tấn xã Việt Nam",
        "Đài Truyền hình Việt Nam",
        "Đài Tiếng nói Việt Nam",
        "Cổng Thông tin điện tử Chính phủ",
    ):
        assert agency(name).unit is None


def test_canonical_names_are_unique_and_folded(directory):
    names = list(Agency.objects.values_list("name", flat=True))
    assert len(names) == len(set(names)) == directory["agencies"]["agencies"]
    assert (
        agency("Đài Phát thanh và Truyền hình Đồng Nai").name_folded
        == "dai phat thanh va truyen hinh dong nai"
    )


def test_a_second_run_creates_and_changes_nothing(directory):
    counts = agencies_load()
    assert counts["agencies_created"] == counts["agencies_updated"] == 0
    assert (
        counts["aliases_created"]
        == counts["successions_created"]
        == counts["successions_updated"]
        == 0
    )


def test_a_reload_keeps_aliases_added_by_an_administrator(directory):
    tttt = agency("Sở Thông tin và Truyền thông tỉnh Đồng Nai")
    AgencyAlias.objects.create(agency=tttt, alias="Sở Thông tin Đồng Nai")
    agencies_load()
    assert tttt.aliases.filter(alias="Sở Thông tin Đồng Nai").exists()


def test_it_can_generate_another_province_on_request(directory):
    counts = agencies_load(provinces=["Quảng Nam"])
    assert counts["agencies_created"] > 0
    assert successors("Sở Thông tin và Truyền thông tỉnh Quảng Nam")
    assert Agency.objects.filter(name="Sở Văn hóa, Thể thao và Du lịch thành phố Đà Nẵng").exists()


def test_an_unknown_province_is_refused(directory):
    with pytest.raises(ValueError, match="Atlantis"):
        agencies_load(provinces=["Atlantis"])


def test_it_needs_the_units_first(directory):
    # A province whose agencies are not loaded yet, with one of its districts missing.
    AdministrativeUnit.objects.filter(
        level=UnitLevel.DISTRICT, full_name="Huyện Nam Giang"
    ).delete()
    with pytest.raises(ValueError, match="units"):
        agencies_load(provinces=["Quảng Nam"])


def test_the_management_command_loads_everything_idempotently(directory, capsys):
    call_command("load_directory", "--provinces", "Quảng Nam")
    first = Agency.objects.count()
    assert Agency.objects.filter(name="Sở Ngoại vụ tỉnh Quảng Nam").exists()
    with translation.override("en"):
        call_command("load_directory", "--provinces", "Quảng Nam")
    assert Agency.objects.count() == first
    out = capsys.readouterr().out.splitlines()
    assert out[-4].startswith("Administrative units: 34 provinces")
    assert "(0 created, 0 updated)" in out[-4]
    assert out[-3].startswith("Agencies: ") and "(0 added, 0 updated), 0 aliases added." in out[-3]
    assert out[-2] == "Successions: 0 added, 0 updated, 0 replaced by the seed's."


def test_the_management_command_tells_the_successions_it_replaced_added_updated(directory, capsys):
    """On a database loaded before a change of the seed: a succession the seed now gives to
    another body is replaced, one it lacks is added, one whose note changed is updated."""
    pred = Agency.objects.get(name="Sở Tài chính tỉnh Bình Phước")
    kept = AgencySuccession.objects.get(predecessor=pred)
    stale = AgencySuccession.objects.create(
        predecessor=pred,
        successor=Agency.objects.get(name="Ủy ban nhân dân thành phố Đồng Nai"),
        kind=kept.kind,
        effective_date=kept.effective_date,
    )
    kept.delete()
    AgencySuccession.objects.filter(
        predecessor__name="Sở Ngoại vụ tỉnh Đồng Nai", successor__name__startswith="Văn phòng"
    ).update(note="")
    Agency.objects.filter(name="Sở Y tế tỉnh Phú Yên").update(short_name="")
    with translation.override("en"):
        call_command("load_directory")
    out = capsys.readouterr().out.splitlines()
    assert "(0 added, 1 updated)" in out[-3]
    assert out[-2] == "Successions: 1 added, 1 updated, 1 replaced by the seed's."
    assert not AgencySuccession.objects.filter(pk=stale.pk).exists()
    assert AgencySuccession.objects.filter(predecessor=pred).count() == 1
