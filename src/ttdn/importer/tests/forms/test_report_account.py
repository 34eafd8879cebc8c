"""A paper's account of its province's year: "trong năm 2022 tỉnh ta đã …" (no comma after
the year) is a review of that year, a `report` with the year as its period; the document its
opening "Thực hiện …" sentence carries out is its basis, not one a later paragraph names.

Each text is written for the test in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import assert_read, read

pytestmark = pytest.mark.django_db

ACCOUNTS = [
    (
        "Những kết quả nổi bật của công tác thông tin đối ngoại\n\n"
        "Thực hiện Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy, trong năm 2022 tỉnh ta đã "
        "tổ chức nhiều hoạt động quảng bá hình ảnh địa phương.\n",
        2022,
    ),
    (
        "Công tác đối ngoại khởi sắc\n\nTrong năm 2023 toàn tỉnh đã đón 30 đoàn khách quốc tế "
        "và ký 4 thỏa thuận hợp tác.\n",
        2023,
    ),
    (
        "Đối ngoại nhân dân\n\nTheo Liên hiệp các tổ chức hữu nghị, trong năm 2020 thành phố đã "
        "duy trì quan hệ với 15 tổ chức phi chính phủ.\n",
        2020,
    ),
]


@pytest.mark.parametrize(("text", "year"), ACCOUNTS)
def test_a_provinces_year_told_without_comma_is_a_report(directory, text, year):
    assert_read(text, {"doc_type": "report", "period": (year, year)})


def test_a_year_to_come_is_no_account(directory):
    result = read(
        "Công tác đối ngoại\n\nTrong năm 2024 tỉnh sẽ tổ chức nhiều hoạt động quảng bá.\n"
    )
    assert result["doc_type"] != "report"


def test_the_accounts_opening_basis_is_read(directory):
    result = read(ACCOUNTS[0][0])
    assert [b["identifier"] for b in result["legal_bases"]] == ["12-CT/TU"]


def test_a_document_named_in_a_later_paragraph_is_no_basis(directory):
    result = read(
        "Kết quả công tác đối ngoại\n\nNăm 2022, tỉnh đã tổ chức 3 hội thảo quốc tế.\n\n"
        "Thực hiện Quyết định số 15-QĐ/TU của Tỉnh ủy, các sở đã rà soát quy chế.\n"
    )
    assert result["doc_type"] == "report"
    assert result["legal_bases"] == []


TERMS = [
    "Nhiệm kỳ 2019-2024, Hội hữu nghị tỉnh Yên Bái đã tổ chức 40 hoạt động giao lưu.\n",
    (
        "(YB) - Nhiệm kỳ 2019 - 2024, mặc dù còn nhiều khó khăn về kinh phí và nhân lực, nhưng "
        "với tinh thần trách nhiệm, tâm huyết của đội ngũ cán bộ và các hội thành viên, Liên "
        "hiệp các tổ chức hữu nghị tỉnh Yên Bái đã triển khai nhiều hoạt động đối ngoại.\n"
    ),
]


@pytest.mark.parametrize("opening", TERMS)
def test_a_review_of_a_term_has_the_term_as_its_period(directory, opening):
    text = opening + "Nhìn chung, công tác đối ngoại nhân dân có nhiều chuyển biến.\n"
    assert_read(text, {"doc_type": "report", "period": (2019, 2024)})


def test_a_term_to_come_is_no_period_of_a_review(directory):
    text = (
        "Nhìn chung, công tác đối ngoại nhân dân năm 2023 có nhiều chuyển biến.\n"
        "Nhiệm kỳ 2024-2029, Liên hiệp sẽ tập trung vào 5 nhiệm vụ.\n"
    )
    assert_read(text, {"doc_type": "report", "period": (2023, 2023)})
