"""News of a draft regulation (forms25b, batch 25's form 2): "Bộ Thông tin và Truyền thông
đang dự thảo Thông tư hướng dẫn …" is an item about a draft, typed other (not news of a
plan, though the draft gives bodies plans to make: "Dự thảo nêu rõ, các bộ … có trách nhiệm
xây dựng kế hoạch …"), its issuer the body that drafts it, its name ending before the
progressive verb ("đang"). Near misses: a plan a body issues in the same item stays news of
that plan; a body that "đang triển khai" a plan it issued keeps its plain name."""

from __future__ import annotations

import pytest

from .support import assert_read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

DUTIES = (
    "Dự thảo nêu rõ, các bộ, cơ quan có trách nhiệm xây dựng kế hoạch xuất bản, phát hành "
    "xuất bản phẩm thông tin đối ngoại.\n"
    "Các bộ, cơ quan khi tổ chức sự kiện ở nước ngoài có trách nhiệm phối hợp với Bộ Thông "
    "tin và Truyền thông.\n"
)

DRAFTS = [
    (
        "Quản lý hoạt động thông tin đối ngoại của các bộ\n"
        "Bộ Thông tin và Truyền thông đang dự thảo Thông tư hướng dẫn về quản lý hoạt động "
        "thông tin đối ngoại của các bộ, cơ quan ngang bộ.\n" + DUTIES,
        "Bộ Thông tin và Truyền thông",
    ),
    (
        "Bộ Ngoại giao đang lấy ý kiến góp ý đối với dự thảo Nghị định về quản lý hoạt động "
        "thông tin đối ngoại.\n" + DUTIES,
        "Bộ Ngoại giao",
    ),
    (
        "Ngày 5/9/2019, Sở Ngoại vụ tỉnh Quảng Ninh đang soạn thảo Quy chế phối hợp quản lý "
        "hoạt động thông tin đối ngoại trên địa bàn tỉnh.\n"
        "Theo dự thảo, các sở, ngành có trách nhiệm xây dựng kế hoạch thông tin đối ngoại hằng "
        "năm.\n",
        "Sở Ngoại vụ tỉnh Quảng Ninh",
    ),
]


@pytest.mark.parametrize(("text", "issuer"), DRAFTS)
def test_news_of_a_draft_regulation_is_other_by_the_body_drafting_it(text, issuer):
    assert_read(text, {"doc_type": "other", "issuer": issuer, "period": None, "title": None})


# Near misses: a plan the body issues, told in the item; a body carrying out its plan.
def test_a_plan_issued_in_an_item_about_a_draft_is_still_announced():
    text = (
        "Bộ Thông tin và Truyền thông vừa ban hành Kế hoạch số 1520/KH-BTTTT về thông tin "
        "đối ngoại năm 2019.\n"
        "Bộ cũng đang dự thảo Thông tư hướng dẫn về quản lý hoạt động thông tin đối ngoại.\n"
    )
    assert_read(text, {"doc_type": "news_about_plan", "issuer": "Bộ Thông tin và Truyền thông"})


def test_a_body_carrying_out_its_plan_keeps_its_plain_name():
    text = (
        "Ngày 3/4/2024, Sở Ngoại vụ tỉnh Quảng Ninh ban hành Kế hoạch số 45/KH-SNgV về thông "
        "tin đối ngoại năm 2024.\n"
        "Hiện nay, Sở Ngoại vụ tỉnh Quảng Ninh đang triển khai kế hoạch tới các phòng.\n"
    )
    assert_read(text, {"doc_type": "news_about_plan", "issuer": "Sở Ngoại vụ tỉnh Quảng Ninh"})
