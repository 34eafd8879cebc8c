"""The issuer, level and locality in forms the corpus had not shown (issuer15).

Each test is a few cells of the generated matrix (benchmarks/issuer_matrix.py), which is
the wider check: synthetic texts, never a corpus sentence.
"""

from __future__ import annotations

import pytest

from ttdn.importer.tests.test_real_forms import directory, read  # noqa: F401

pytestmark = pytest.mark.usefixtures("directory")


def reading(result: dict) -> tuple:
    return (result["issuer"], result["level"], result["locality"])


# --- "Theo X, …": a news item giving a body's account -------------------------------------


@pytest.mark.parametrize(
    ("lede", "expected"),
    [
        (
            "Theo Sở Văn hóa, Thể thao và Du lịch tỉnh Gia Lai, năm 2025 công tác thông tin "
            "đối ngoại đạt nhiều kết quả.",
            ("Sở Văn hóa, Thể thao và Du lịch tỉnh Gia Lai", "department", "Gia Lai"),
        ),
        (
            "Theo UBND phường Hoàn Kiếm, 6 tháng đầu năm 2026 phường đã tổ chức nhiều hoạt "
            "động quảng bá hình ảnh.",
            ("Ủy ban nhân dân phường Hoàn Kiếm", "commune", "Hoàn Kiếm"),
        ),
        (
            "(NA) - Theo báo cáo của Ban Tuyên giáo Tỉnh ủy Nghệ An, năm 2023 các cấp đã "
            "tuyên truyền sâu rộng về biển, đảo.",
            ("Ban Tuyên giáo Tỉnh ủy Nghệ An", "province", "Nghệ An"),
        ),
        (
            "Theo thông tin từ Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai, năm 2024 Liên hiệp"
            " đã đón nhiều đoàn khách quốc tế.",
            ("Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai", "province", "Lào Cai"),
        ),
        (
            "Theo Ban Đối ngoại Trung ương, công tác đối ngoại năm 2024 được triển khai đồng bộ.",
            ("Ban Đối ngoại Trung ương", "national", None),
        ),
    ],
)
def test_the_body_a_news_item_gives_the_account_of(lede, expected):
    result = read(lede + "\nNhiều hoạt động quảng bá hình ảnh được tổ chức thành công.\n")
    assert reading(result) == expected


def test_a_body_quoted_after_the_subject_of_the_item_does_not_replace_it():
    result = read(
        "UBND tỉnh Hà Tĩnh triển khai công tác thông tin đối ngoại năm 2025\n"
        "Theo Sở Ngoại vụ tỉnh Hà Tĩnh, các hoạt động quảng bá sẽ được đẩy mạnh.\n"
    )
    assert reading(result) == ("Ủy ban nhân dân tỉnh Hà Tĩnh", "province", "Hà Tĩnh")
