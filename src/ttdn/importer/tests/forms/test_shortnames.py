"""The issuer of news written the short way: a province or a city named with no unit word
after its body ("UBND Hải Phòng", "Sở VHTTDL Đồng Nai"), a body reviewing its work, a
dateline with the venue, and a list of addressees with the Front's committee written small.
See benchmarks/shortname_matrix.py for the matrix of these forms."""

import pytest

from ttdn.importer.extract.agencies import split_names

from .support import read

LEDE_TAIL = (
    " về công tác thông tin đối ngoại năm 2025.\nKế hoạch nhằm quảng bá hình ảnh con người, "
    "đất nước Việt Nam.\n"
)


def triple(text: str) -> tuple:
    got = read(text)
    return got["issuer"], got["level"], got["locality"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        (
            "UBND Hải Phòng vừa ban hành Kế hoạch số 45/KH-UBND",
            ("Ủy ban nhân dân thành phố Hải Phòng", "province", "Hải Phòng"),
        ),
        (
            "Ngày 15/3, UBND Quảng Trị đã ban hành Kế hoạch số 45/KH-UBND",
            ("Ủy ban nhân dân tỉnh Quảng Trị", "province", "Quảng Trị"),
        ),
        (
            "(Baonghean.vn) - Sáng 12/4, HĐND Nghệ An tổ chức hội nghị tập huấn",
            ("Hội đồng nhân dân tỉnh Nghệ An", "province", "Nghệ An"),
        ),
        (
            "QNO – Sở VHTTDL Lạng Sơn triển khai công tác thông tin đối ngoại",
            ("Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn", "department", "Lạng Sơn"),
        ),
        (
            "TTXVN – Sở TT&TT Bắc Giang vừa ban hành Kế hoạch số 12/KH-STTTT",
            ("Sở Thông tin và Truyền thông tỉnh Bắc Giang", "department", "Bắc Giang"),
        ),
        (
            "Ngày 2/4/2025, Ủy ban MTTQ Gia Lai ban hành Kế hoạch số 45/KH-MTTQ",
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai", "province", "Gia Lai"),
        ),
        (
            "Vừa qua, Công an Hà Tĩnh tổ chức hội nghị tập huấn",
            ("Công an tỉnh Hà Tĩnh", "province", "Hà Tĩnh"),
        ),
    ],
)
def test_a_province_named_with_no_unit_word(directory, lede, expected):
    assert triple(lede + LEDE_TAIL) == expected


@pytest.mark.django_db
def test_a_province_named_before_a_persons_name(directory):
    # "UBND Phú Yên Nguyễn Văn An": the longest opening the directory knows as a province.
    text = (
        "Ngày 15/3, UBND Phú Yên Nguyễn Văn An vừa ký ban hành Kế hoạch số 45/KH-UBND" + LEDE_TAIL
    )
    assert triple(text) == ("Ủy ban nhân dân tỉnh Phú Yên", "province", "Phú Yên")


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        (
            "Sở Ngoại vụ Hà Tĩnh tổng kết công tác thông tin đối ngoại năm 2024",
            ("Sở Ngoại vụ tỉnh Hà Tĩnh", "department", "Hà Tĩnh"),
        ),
        (
            "Ngày 20/12, BCĐ công tác TTĐN Nghệ An sơ kết công tác 6 tháng đầu năm 2025",
            ("Ban Chỉ đạo công tác thông tin đối ngoại tỉnh Nghệ An", "province", "Nghệ An"),
        ),
    ],
)
def test_a_body_reviewing_its_work_ends_its_name_before_the_verb(directory, lede, expected):
    assert triple(lede + LEDE_TAIL) == expected


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        (
            "Chiều 5-6, tại Hà Nội, Sở Ngoại vụ tỉnh Lào Cai tổng kết công tác năm 2024",
            ("Sở Ngoại vụ tỉnh Lào Cai", "department", "Lào Cai"),
        ),
        (
            "Sáng 12/4, tại hội trường UBND tỉnh, Ban Tuyên giáo Tỉnh ủy Bình Định triển khai "
            "công tác thông tin đối ngoại năm 2025",
            ("Ban Tuyên giáo Tỉnh ủy Bình Định", "province", "Bình Định"),
        ),
    ],
)
def test_the_subject_after_a_dateline_and_its_venue(directory, lede, expected):
    assert triple(lede + LEDE_TAIL) == expected


def test_an_addressee_list_splits_before_the_fronts_committee_written_small():
    names = [
        name
        for name, _, _ in split_names(
            "Sở Văn hóa, Thể thao và Du lịch, ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các đoàn thể"
        )
    ]
    assert names == [
        "Sở Văn hóa, Thể thao và Du lịch",
        "ủy ban Mặt trận Tổ quốc Việt Nam tỉnh",
        "các đoàn thể",
    ]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        (
            "Ngày 15/3, UBMTTQ tỉnh Lạng Sơn tổ chức hội nghị tập huấn",
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Lạng Sơn", "province", "Lạng Sơn"),
        ),
        (
            "Ngày 15/3, Ban Thường trực UBMTTQVN tỉnh Gia Lai ban hành Kế hoạch số 45/KH-MTTQ",
            ("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Gia Lai", "province", "Gia Lai"),
        ),
        (
            "Ngày 15/3, BTGTU Bình Định tổ chức hội nghị tập huấn",
            ("Ban Tuyên giáo Tỉnh ủy Bình Định", "province", "Bình Định"),
        ),
    ],
)
def test_the_fronts_committee_and_the_propaganda_board_by_their_initials(directory, lede, expected):
    assert triple(lede + LEDE_TAIL) == expected


@pytest.mark.django_db
def test_the_standing_deputy_head_of_a_board_chairs_for_it(directory):
    text = (
        "Sáng 5/8, Hội nghị tập huấn công tác thông tin đối ngoại năm 2025 đã diễn ra.\n"
        "Đồng chí Nguyễn Văn Hùng, Phó Trưởng ban Thường trực Ban Tuyên giáo Tỉnh ủy Bình "
        "Định chủ trì hội nghị.\n"
    )
    assert triple(text) == ("Ban Tuyên giáo Tỉnh ủy Bình Định", "province", "Bình Định")


@pytest.mark.django_db
def test_a_body_that_has_a_notice_out(directory):
    text = (
        "Ngày 15/3, Văn phòng UBND tỉnh Quảng Ninh có thông báo kết luận của đồng chí Chủ "
        "tịch UBND tỉnh về công tác thông tin đối ngoại.\n"
    )
    assert triple(text) == (
        "Văn phòng Ủy ban nhân dân tỉnh Quảng Ninh",
        "province",
        "Quảng Ninh",
    )


@pytest.mark.django_db
@pytest.mark.parametrize("board", ["TUYÊN GIÁO", "TUYÊN GIÁO VÀ DÂN VẬN"])
def test_a_party_header_with_the_board_and_its_committee_on_one_line(directory, board):
    text = (
        f"ĐẢNG BỘ TỈNH NGHỆ AN\nBAN {board} TỈNH ỦY\n*\nSố 12-HD/BTGTU\n"
        "Nghệ An, ngày 10 tháng 3 năm 2025\nHƯỚNG DẪN\ntuyên truyền công tác thông tin đối "
        "ngoại năm 2025\n1. Mục đích, yêu cầu\n"
    )
    name = "Ban Tuyên giáo" + (" và Dân vận" if "DÂN" in board else "")
    assert triple(text) == (f"{name} Tỉnh ủy Nghệ An", "province", "Nghệ An")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "opening",
    [
        "(Báo Quảng Ngãi) - Ngày 15/3, ",
        "(HQ Online) – ",
        "TTXVN/Vietnam+ – ",
        "Hà Giang - ",
        "Sáng nay (15/3), ",
        "Ngày 15 tháng 3 năm 2024, ",
        "Ngày 15/3 vừa qua, ",
    ],
)
def test_the_subject_after_a_credit_or_a_dateline(directory, opening):
    text = opening + "Sở Ngoại vụ tỉnh Quảng Ngãi tổng kết công tác năm 2024" + LEDE_TAIL
    assert triple(text) == ("Sở Ngoại vụ tỉnh Quảng Ngãi", "department", "Quảng Ngãi")


@pytest.mark.django_db
@pytest.mark.parametrize("opening", ["", "PV-", "GLO- "])
def test_a_department_by_initials_with_a_dash_opens_the_lede(directory, opening):
    # the dash inside "VH-TT&DL" is no credit's
    text = opening + "Sở VH-TT&DL Hà Tĩnh triển khai công tác thông tin đối ngoại" + LEDE_TAIL
    assert triple(text) == (
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Tĩnh",
        "department",
        "Hà Tĩnh",
    )


# --- a near name of another province is not the body read -------------------------------


@pytest.fixture
def quang_binh(directory):
    from ttdn.directory.services import agencies_load

    agencies_load(provinces=["Quảng Bình"])


@pytest.mark.parametrize(
    ("text", "issuer"),
    [
        (
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh tổng kết công tác thông tin đối "
            "ngoại năm 2024\nNgày 20/12/2024, Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh "
            "tổ chức hội nghị tổng kết công tác thông tin đối ngoại năm 2024.\n",
            "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh",
        ),
        (
            "Sở Ngoại vụ tỉnh Quảng Ninh triển khai kế hoạch năm 2024\nNgày 5/3/2024, Sở Ngoại "
            "vụ tỉnh Quảng Ninh ban hành Kế hoạch số 12/KH-SNgV về công tác thông tin đối ngoại "
            "năm 2024.\n",
            "Sở Ngoại vụ tỉnh Quảng Ninh",
        ),
    ],
)
def test_a_near_name_of_another_province_is_not_the_issuer(quang_binh, text, issuer):
    """The directory holds Quảng Bình's departments, not Quảng Ninh's: the name read is
    kept and linked to no body (a fuzzy match gave Quảng Bình's)."""
    from ttdn.documents.source import SourceDocument
    from ttdn.importer.extract import extract

    result = extract(SourceDocument(name="tin.txt", text=text, format="txt"))
    assert result.issuer.value == issuer
    assert result.issuer_id is None


def test_a_lead_named_with_another_province_is_not_linked_to_a_near_one(quang_binh):
    """A ministry's letter (no province of its own, so no scope for the names): the
    department it names is not Quảng Bình's, the directory's nearest."""
    from ttdn.documents.source import SourceDocument
    from ttdn.importer.extract import extract

    result = extract(
        SourceDocument(
            name="tin.txt",
            format="txt",
            text=(
                "Bộ Ngoại giao hướng dẫn công tác thông tin đối ngoại năm 2024\nNgày 5/3/2024, "
                "Bộ Ngoại giao có Công văn số 812/BNG-TTBC đề nghị Sở Văn hóa, Thể thao và Du "
                "lịch tỉnh Quảng Ninh chủ trì tổ chức các hoạt động quảng bá hình ảnh của tỉnh "
                "ra nước ngoài.\n"
            ),
        )
    )
    leads = [m for t in result.tasks for m in t.lead]
    assert [m.as_written for m in leads] == ["Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh"]
    assert leads[0].agency_id is None  # not Quảng Bình's department
