"""The bodies that issue external-information (TTĐN) documents, found by the names documents
give them, before and after the 2025 changes: a sample of benchmarks/dircover.py's matrix
over the seed's provinces (the test directory loads those alone).

Each cell is a name as written (in full, by its initials, without diacritics), the day the
document names it on, and the body the directory must find (None: it must find nothing —
a province with no land border nor coast has no border guard command)."""

import datetime

import pytest

D = datetime.date
PRE, POST = D(2024, 5, 10), D(2025, 9, 15)

CELLS = [
    # A party committee's standing board issues for the committee (the gold's P12).
    ("Ban Thường vụ Tỉnh ủy Phú Yên", PRE, "Tỉnh ủy Phú Yên"),
    ("BTV Tỉnh ủy Bình Phước", PRE, "Tỉnh ủy Bình Phước"),
    ("Ban Thuong vu Tinh uy Dak Lak", POST, "Tỉnh ủy Đắk Lắk"),
    ("Ban Thường vụ Thành ủy Thành phố Hồ Chí Minh", POST, "Thành ủy Thành phố Hồ Chí Minh"),
    ("Ban Thường vụ Huyện ủy Dầu Tiếng", PRE, "Huyện ủy Dầu Tiếng"),
    # The border guard command of a province with a border or a coast.
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Phú Yên", PRE, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Phú Yên"),
    ("Bộ Chỉ huy BĐBP tỉnh Bình Phước", PRE, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bình Phước"),
    (
        "BCH BĐBP tỉnh Bà Rịa - Vũng Tàu",
        PRE,
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bà Rịa - Vũng Tàu",
    ),
    (
        "Bo Chi huy Bo doi Bien phong tinh Dak Lak",
        POST,
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đắk Lắk",
    ),
    ("Bộ Chỉ huy BĐBP tỉnh Đồng Nai", POST, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đồng Nai"),
    (
        "Bộ Chỉ huy Bộ đội Biên phòng Thành phố Hồ Chí Minh",
        POST,
        "Bộ Chỉ huy Bộ đội Biên phòng Thành phố Hồ Chí Minh",
    ),
    # (near misses: inland provinces before 07/2025 had none)
    ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Bình Dương", PRE, None),
    ("Bộ Chỉ huy BĐBP tỉnh Hậu Giang", PRE, None),
    # Central bodies.
    ("Văn phòng Chính phủ", PRE, "Văn phòng Chính phủ"),
    ("VPCP", POST, "Văn phòng Chính phủ"),
    ("Ban Đối ngoại Trung ương", PRE, "Ban Đối ngoại Trung ương"),
    ("Ban Đối ngoại TW", POST, "Ban Đối ngoại Trung ương"),
    (
        "Ban Chỉ đạo công tác TTĐN Trung ương",
        PRE,
        "Ban Chỉ đạo công tác thông tin đối ngoại Trung ương",
    ),
    (
        "Ban Chi dao cong tac thong tin doi ngoai Trung uong",
        PRE,
        "Ban Chỉ đạo công tác thông tin đối ngoại Trung ương",
    ),
    (
        "Ủy ban Trung ương MTTQ Việt Nam",
        POST,
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    ),
    (
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        PRE,
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    ),
    # (what was found before stays found)
    ("Ban Tuyên giáo Tỉnh ủy Phú Yên", PRE, "Ban Tuyên giáo Tỉnh ủy Phú Yên"),
    ("Sở TT&TT tỉnh Bình Phước", PRE, "Sở Thông tin và Truyền thông tỉnh Bình Phước"),
    ("BCĐ TTĐN tỉnh Hậu Giang", PRE, "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Hậu Giang"),
    (
        "Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk",
        POST,
        "Ban Tuyên giáo và Dân vận Tỉnh ủy Đắk Lắk",
    ),
    ("Ban Tuyên giáo Trung ương", PRE, "Ban Tuyên giáo Trung ương"),
    ("Bộ Thông tin và Truyền thông", PRE, "Bộ Thông tin và Truyền thông"),
]


@pytest.mark.parametrize(("name", "on", "expected"), CELLS, ids=[c[0] for c in CELLS])
def test_issuing_body_found(index, name, on, expected):
    found = index.resolve(name, on=on, candidates=False).agency
    assert (found.name if found else None) == expected


def test_border_guard_of_a_province_merged_into_one(directory):
    """Phú Yên's command goes on in Đắk Lắk's on 01/07/2025; a province that had none
    (Bình Dương) hands nothing on."""
    from ttdn.directory.models import AgencySuccession

    def successors(name):
        return {
            s.successor.name
            for s in AgencySuccession.objects.filter(predecessor__name=name).select_related(
                "successor"
            )
        }

    assert successors("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Phú Yên") == {
        "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Đắk Lắk"
    }
    from ttdn.directory.models import Agency

    assert not Agency.objects.filter(name__endswith="Biên phòng tỉnh Bình Dương").exists()
