"""Forms of batch 15's development documents, written as matrices: a province's agency's
Party committee issuing, a plan issued after the plan it carries out is cited in the same
sentence, a symbol's last part before "ngày" taken for a place, a unit word written twice,
and a holder reviewing or signing with its partners."""

import pytest

from .support import read

pytestmark = pytest.mark.django_db

AGENCIES = [
    # (the agency as written, with its place, level of the agency's Party committee)
    ("Sở Tư pháp tỉnh Quảng Ngãi", "Quảng Ngãi"),
    ("Bộ Chỉ huy Quân sự tỉnh Quảng Trị", "Quảng Trị"),
    ("Công an tỉnh Nghệ An", "Nghệ An"),
    ("Sở Văn hóa, Thể thao và Du lịch tỉnh Bình Định", "Bình Định"),
    ("Ban Quản lý Khu kinh tế tỉnh Hà Tĩnh", "Hà Tĩnh"),
]
PARTY_FORMS = [
    "Ngày 12/4/2023, {party} {agency} ban hành Kế hoạch số 45-KH/ĐU về công tác thông tin "
    "đối ngoại năm 2023.",
    "{party} {agency} vừa ban hành Kế hoạch số 88-KH/ĐU ngày 3/5/2023 về tuyên truyền biển, "
    "đảo năm 2023.",
    "Thực hiện Hướng dẫn số 11-HD/BTGTU, ngày 10/3/2023 của Ban Tuyên giáo Tỉnh ủy, {party} "
    "{agency} ban hành Kế hoạch số 363-KH/ĐU về công tác thông tin đối ngoại năm 2023.",
]


@pytest.mark.parametrize("party", ["Đảng ủy", "Đảng uỷ"])
@pytest.mark.parametrize("agency,place", AGENCIES)
@pytest.mark.parametrize("form", PARTY_FORMS)
def test_a_provincial_agencys_party_committee_issues_at_the_agencys_level(
    form, agency, place, party
):
    result = read(form.format(party=party, agency=agency))
    assert result["issuer"] == f"Đảng ủy {agency}"  # (the old tone place is modernised)
    assert result["level"] == "department"
    assert result["locality"] == place
    assert result["plan_number"] in ("45-KH/ĐU", "88-KH/ĐU", "363-KH/ĐU")


def test_an_agencys_committee_named_without_its_place():
    result = read(
        "Công tác tuyên truyền biển, đảo năm 2017\n\nThực hiện Hướng dẫn số 11-HD/BTGHU, ngày "
        "10/3/2017 của Ban Tuyên giáo Huyện ủy về công tác tuyên truyền biển, đảo năm 2017, Đảng "
        "ủy Ban Quản lý Khu kinh tế tỉnh ban hành Kế hoạch số 363-KH/ĐU về triển khai công tác "
        "tuyên truyền biển, đảo năm 2017."
    )
    assert result["issuer"] == "Đảng ủy Ban Quản lý Khu kinh tế tỉnh"
    assert result["level"] == "department"
    # the date is the guidance's, cited first; the symbol's "BTGHU" is no place
    assert result["issued_date"] is None


@pytest.mark.parametrize(
    "text,issuer,level",
    [
        # the bloc of agencies and a commune keep their own levels
        (
            "Đảng ủy Khối các cơ quan tỉnh Nghệ An vừa ban hành Kế hoạch số 12-KH/ĐUK về tuyên "
            "truyền biển, đảo năm 2022.",
            "Đảng ủy Khối các cơ quan tỉnh Nghệ An",
            "province",
        ),
        (
            "Sáng 6/8, Đảng ủy xã Vĩnh Điều tổ chức hội nghị quán triệt công tác thông tin đối "
            "ngoại năm 2025.",
            "Đảng ủy xã Vĩnh Điều",
            "commune",
        ),
    ],
)
def test_other_party_committees_keep_their_level(text, issuer, level):
    result = read(text)
    assert (result["issuer"], result["level"]) == (issuer, level)


@pytest.mark.parametrize(
    "cited",
    ["Kế hoạch số 20-KH/TU của Tỉnh ủy", "Kế hoạch số 164/KH-UBND ngày 2/3/2021 của UBND tỉnh"],
)
@pytest.mark.parametrize(
    "issuer,number",
    [("Công an tỉnh", "88/KH-CAT"), ("Sở Ngoại vụ", "30/KH-SNgV"), ("UBND huyện", "12/KH-UBND")],
)
def test_the_plan_issued_after_the_plan_it_carries_out_keeps_its_own_number(cited, issuer, number):
    result = read(
        f"Thực hiện {cited}, {issuer} ban hành Kế hoạch số {number} ngày 3/5/2021 triển khai "
        "công tác thông tin đối ngoại năm 2021."
    )
    assert result["plan_number"] == number
    assert result["issued_date"] == "2021-05-03"


@pytest.mark.parametrize(
    "body,issuer",
    [
        (
            "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh tỉnh Lâm Đồng",
            "Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Lâm Đồng",
        ),
        ("Sở Ngoại vụ tỉnh tỉnh Cao Bằng", "Sở Ngoại vụ tỉnh Cao Bằng"),
    ],
)
def test_a_unit_word_written_twice_is_read_once(body, issuer):
    result = read(
        f"Sáng 6/8, {body} tổ chức họp triển khai một số nhiệm vụ theo thẩm quyền. Đồng chí "
        "Đặng Hồng Sỹ, Phó Bí thư Tỉnh ủy chủ trì hội nghị."
    )
    assert result["issuer"] == issuer
    assert result["level"] in ("province", "department")


@pytest.mark.parametrize(
    "holder,partners,issuer,level",
    [
        (
            "Ban Tuyên giáo Huyện ủy Cẩm Xuyên",
            "Liên đoàn Lao động huyện, Đồn Biên phòng Thiên Cầm",
            "Ban Tuyên giáo Huyện ủy Cẩm Xuyên",
            "district",
        ),
        (
            "Cục Kỹ thuật Hải quân",
            "Ban Tuyên giáo Tỉnh ủy tỉnh Bắc Ninh và Thái Nguyên",
            "Cục Kỹ thuật Hải quân",
            "national",
        ),
        (
            "Ban Tuyên giáo Tỉnh ủy Quảng Nam",
            "với Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
            "Ban Tuyên giáo Tỉnh ủy Quảng Nam",
            "province",
        ),
    ],
)
@pytest.mark.parametrize(
    "event",
    [
        "tổ chức chương trình ký kết quy chế phối hợp tuyên truyền biển đảo năm 2022",
        "tổ chức lễ ký kết quy chế phối hợp tuyên truyền biên giới năm 2022",
        "sơ kết công tác phối hợp tuyên truyền biển, đảo năm 2022",
    ],
)
def test_the_first_of_partners_holds_the_signing_or_review(holder, partners, issuer, level, event):
    result = read(
        f"Ngày 16/12/2022, tại thành phố Thái Nguyên, {holder} phối hợp {partners} {event}."
    )
    assert (result["issuer"], result["level"]) == (issuer, level)
