"""Who issued the plan a news item tells of, when another body or a symbol is named first (vnews).

1. The plan named by its number, then the passive: "Theo Kế hoạch số 45/KH-UBND vừa được UBND
   tỉnh ban hành, …", "Kế hoạch 12/KH-UBND mới được UBND tỉnh ký ban hành …": the body after
   "được" issued it, never the initials in the number's symbol ("KH-UBND" before "vừa").
2. A department advising the body that issues ("Sở … (đã) tham mưu (cho) UBND tỉnh ban hành
   Kế hoạch …"): the plan is the advised body's. Near miss: a department advising the issue
   with no body named ("Sở … tham mưu ban hành văn bản …") is still the one read.
Synthetic texts only, written for this test.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

COMMITTEE = ("Ủy ban nhân dân tỉnh Phú Yên", "province", "Phú Yên")
DUTY = "Theo đó, Sở Ngoại vụ chủ trì tổ chức các hoạt động quảng bá hình ảnh của tỉnh.\n"


def _read(text: str) -> tuple:
    got = fields_of(read(text))
    return got["issuer"], got["level"], got["locality"]


@pytest.mark.parametrize(
    "opening",
    [
        "Theo Kế hoạch số 45/KH-UBND vừa được UBND tỉnh ban hành, năm 2024 tỉnh Phú Yên tập "
        "trung quảng bá hình ảnh địa phương.",
        "Kế hoạch số 12/KH-UBND mới được UBND tỉnh ký ban hành nêu rõ, năm 2024 tỉnh Phú Yên "
        "ưu tiên quảng bá du lịch biển.",
        "Theo Kế hoạch 45/KH-UBND vừa được Ủy ban nhân dân tỉnh ban hành, năm 2024 Phú Yên tập "
        "trung quảng bá hình ảnh địa phương.",
    ],
)
def test_the_body_after_the_passive_not_the_symbols_initials(opening):
    text = f"Phú Yên triển khai thông tin đối ngoại năm 2024\n{opening}\n{DUTY}"
    assert _read(text) == COMMITTEE


@pytest.mark.parametrize(
    "advisor",
    [
        "Sở Thông tin và Truyền thông tỉnh Phú Yên đã tham mưu UBND tỉnh",
        "Sở Ngoại vụ tỉnh Phú Yên vừa tham mưu cho Ủy ban nhân dân tỉnh",
        "Sở VHTTDL tỉnh Phú Yên chủ động tham mưu UBND tỉnh",
    ],
)
def test_the_advised_body_issues_the_plan(advisor):
    text = (
        "Triển khai công tác thông tin đối ngoại năm 2024\n"
        f"{advisor} ban hành Kế hoạch số 45/KH-UBND về công tác thông tin đối ngoại năm 2024.\n"
        f"{DUTY}"
    )
    assert _read(text) == COMMITTEE


def test_a_department_advising_an_issue_with_no_body_named_is_read():
    text = (
        "Triển khai công tác thông tin đối ngoại năm 2024\n"
        "Sở Thông tin và Truyền thông tỉnh Phú Yên vừa tham mưu ban hành Kế hoạch số "
        "45/KH-STTTT về công tác thông tin đối ngoại năm 2024.\n"
        f"{DUTY}"
    )
    assert _read(text)[0] == "Sở Thông tin và Truyền thông tỉnh Phú Yên"
