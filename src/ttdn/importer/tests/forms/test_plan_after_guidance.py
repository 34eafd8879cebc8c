"""News of a plan built after a guidance cited by its number alone: "Ban Thường vụ Huyện ủy
vừa xây dựng kế hoạch … năm 2024 theo Hướng dẫn số 18, ngày 02/3/2024 của Ban Tuyên giáo
Tỉnh ủy". The date after the guidance's number is the guidance's, not the plan's (as after
"thực hiện Chỉ thị số … ngày …"). Near misses: the date opening the sentence, or following
the plan's own number, is still the plan's.

Each text is written for the test in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import assert_read, read

pytestmark = pytest.mark.django_db

AFTER_GUIDANCE = [
    "Ban Thường vụ Huyện ủy Krông Pa vừa xây dựng kế hoạch tuyên truyền biển, đảo năm 2024 theo "
    "Hướng dẫn số 18, ngày 02/3/2024 của Ban Tuyên giáo Tỉnh ủy.",
    "Tỉnh ủy Kon Tum xây dựng kế hoạch thực hiện công tác thông tin đối ngoại năm 2023 theo "
    "Hướng dẫn số 7 ngày 15 tháng 2 năm 2023 của Ban Tuyên giáo Trung ương.",
    "Ban Tuyên giáo Thị ủy vừa ban hành kế hoạch tuyên truyền năm 2022 theo Công văn số 312, "
    "ngày 5/4/2022 của Ban Tuyên giáo Tỉnh ủy.",
]


@pytest.mark.parametrize("sentence", AFTER_GUIDANCE)
def test_the_guidances_date_is_not_the_plans(directory, sentence):
    assert_read(
        f"{sentence}\nKế hoạch nhằm nâng cao nhận thức của cán bộ.\n", {"issued_date": None}
    )


OWN_DATE = [
    (
        "Ngày 10/3/2024, Ban Thường vụ Huyện ủy vừa xây dựng kế hoạch tuyên truyền biển, đảo năm "
        "2024 theo Hướng dẫn số 18 của Ban Tuyên giáo Tỉnh ủy.",
        "2024-03-10",
    ),
    (
        "Ban Thường vụ Huyện ủy ban hành Kế hoạch số 45-KH/HU, ngày 10/3/2024 về tuyên truyền "
        "biển, đảo năm 2024.",
        "2024-03-10",
    ),
]


@pytest.mark.parametrize(("sentence", "day"), OWN_DATE)
def test_the_plans_own_date_is_read(directory, sentence, day):
    assert_read(f"{sentence}\nKế hoạch nhằm nâng cao nhận thức của cán bộ.\n", {"issued_date": day})


# The guidance followed is the plan's basis, cited by its number alone with its day and its
# author ("theo Hướng dẫn số 18, ngày 02/3/2024 của Ban Tuyên giáo Tỉnh ủy").
BASES = [
    (AFTER_GUIDANCE[0], {"identifier": "18", "kind": "guidance", "date": "2024-03-02"}),
    (AFTER_GUIDANCE[1], {"identifier": "7", "kind": "guidance", "date": "2023-02-15"}),
    (AFTER_GUIDANCE[2], {"identifier": "312", "kind": "official_letter", "date": "2022-04-05"}),
]


@pytest.mark.parametrize(("sentence", "basis"), BASES)
def test_the_guidance_followed_is_the_basis(directory, sentence, basis):
    got = read(f"{sentence}\nKế hoạch nhằm nâng cao nhận thức của cán bộ.\n")["legal_bases"]
    assert [{k: b[k] for k in ("identifier", "kind", "date")} for b in got] == [basis]


NO_BASIS = [
    # (a bare number with no day nor author: nothing to tell it by)
    "Ban Thường vụ Huyện ủy vừa xây dựng kế hoạch tuyên truyền biển, đảo năm 2024 theo Hướng "
    "dẫn số 18.",
    # (a count, not a document: "số 25 ngày" with no kind of document before it)
    "Ban Thường vụ Huyện ủy vừa xây dựng kế hoạch tuyên truyền biển, đảo năm 2024 với tổng số "
    "25, ngày 02/3/2024 của Ban Tuyên giáo Tỉnh ủy.",
]


@pytest.mark.parametrize("sentence", NO_BASIS)
def test_a_bare_number_alone_is_no_basis(directory, sentence):
    assert read(f"{sentence}\nKế hoạch nhằm nâng cao nhận thức của cán bộ.\n")["legal_bases"] == []


def test_a_letter_carried_out_opening_the_sentence_is_the_basis(directory):
    text = (
        "Thực hiện Công văn số 205, ngày 12 tháng 4 năm 2023 của Ban Thường vụ Tỉnh ủy về tuyên "
        "truyền công tác biên giới, vừa qua, UBND tỉnh đã có công văn yêu cầu Sở Ngoại vụ chủ "
        "trì triển khai công tác tuyên truyền.\n"
    )
    got = read(text)["legal_bases"]
    assert [(b["identifier"], b["kind"], b["date"]) for b in got] == [
        ("205", "official_letter", "2023-04-12")
    ]


def test_the_document_a_plans_title_carries_out_is_no_basis(directory):
    # (near miss: the plan's subject, named after its own number, not a basis)
    text = (
        "Tỉnh ủy Lâm Đồng vừa ban hành Kế hoạch số 41 triển khai thực hiện Chỉ thị số 9 ngày "
        "3/2/2023 của Ban Bí thư về công tác thông tin đối ngoại.\n"
    )
    assert read(text)["legal_bases"] == []


def test_after_a_dateline_tag(directory):
    text = (
        "(baobienphong.vn) – Thực hiện Công văn số 205, ngày 12 tháng 4 năm 2023 của Ban Thường "
        "vụ Tỉnh ủy về tuyên truyền công tác biên giới, vừa qua, UBND tỉnh đã có công văn yêu cầu "
        "Sở Ngoại vụ chủ trì triển khai công tác tuyên truyền.\n"
    )
    got = read(text)["legal_bases"]
    assert [(b["identifier"], b["kind"]) for b in got] == [("205", "official_letter")]
