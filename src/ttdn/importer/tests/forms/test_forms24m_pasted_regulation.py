"""A regulation issued by a decision, pasted as text without the decision (forms24m): its
heading ("QUY CHẾ" or "QUY ĐỊNH"), its name, the attaching line ("(Ban hành kèm theo Quyết
định số …/…/QĐ-UBND ngày … của …)") and its articles ("Điều 1. Phạm vi điều chỉnh"). The
regulation's articles may give a body a plan to make ("Hằng năm, xây dựng kế hoạch …"). The
corpus types a decision issuing a regulation other (qd_binh_thuan_2017, qd_quang_ngai_2018):
a regulation, not a plan, so the regulation read alone is typed the same, not news of a plan.
Near misses: a plan or a programme attached to a decision the same way stays the plan; news
of a plan that names a regulation attached to its decision stays news of the plan."""

from __future__ import annotations

import pytest

from .support import assert_read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

ARTICLES = (
    "Chương I\nQUY ĐỊNH CHUNG\n"
    "Điều 1. Phạm vi điều chỉnh\n"
    "Quy chế này quy định về nguyên tắc, nội dung và trách nhiệm quản lý hoạt động thông tin "
    "đối ngoại trên địa bàn tỉnh.\n"
    "Điều 2. Đối tượng áp dụng\n"
    "Quy chế này áp dụng đối với các sở, ban, ngành, Ủy ban nhân dân các huyện, thành phố.\n"
    "Điều 3. Nguyên tắc quản lý\n"
    "Hoạt động thông tin đối ngoại phải bảo đảm đúng chủ trương của Đảng.\n"
    "Điều 5. Trách nhiệm của Sở Thông tin và Truyền thông\n"
    "Hằng năm, xây dựng kế hoạch thông tin đối ngoại của tỉnh, trình Ủy ban nhân dân tỉnh phê "
    "duyệt.\n"
)

REGULATIONS = [
    "QUY CHẾ\nQuản lý hoạt động thông tin đối ngoại trên địa bàn tỉnh Cà Mau\n"
    "(Ban hành kèm theo Quyết định số 06/2014/QĐ-UBND ngày 10 tháng 4 năm 2014 của Ủy ban "
    "nhân dân tỉnh Cà Mau)\n" + ARTICLES,
    # (run together on one line by a page's copy, after its breadcrumb)
    "Trang chủ > Văn bản pháp quy\nQUY CHẾ Quản lý hoạt động thông tin đối ngoại trên địa bàn "
    "tỉnh Cà Mau (Ban hành kèm theo Quyết định số 06/2014/QĐ-UBND ngày 10 tháng 4 năm 2014 "
    "của Ủy ban nhân dân tỉnh Cà Mau) " + ARTICLES.replace("\n", " "),
    "QUY ĐỊNH Về quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh Lâm Đồng (Kèm "
    "theo Quyết định số 38/2012/QĐ-UBND ngày 20/8/2012 của UBND tỉnh Lâm Đồng) "
    + ARTICLES.replace("\n", " "),
    "Quy chế phối hợp quản lý nhà nước về thông tin đối ngoại trên địa bàn tỉnh Thái Bình "
    "(Ban hành kèm theo Quyết định số 14/2013/QĐ-UBND ngày 12/11/2013 của UBND tỉnh Thái "
    "Bình) " + ARTICLES.replace("\n", " "),
]


@pytest.mark.parametrize("text", REGULATIONS)
def test_a_pasted_regulation_issued_by_decision_is_other(text):
    assert_read(text, {"doc_type": "other", "period": None})


# Near misses: a plan or a programme attached to a decision the same way is the plan.
ATTACHED_PLANS = [
    "KẾ HOẠCH\nCông tác thông tin đối ngoại tỉnh Trà Vinh năm 2024\n"
    "(Ban hành kèm theo Quyết định số 1466/QĐ-UBND ngày 15/12/2023 của UBND tỉnh Trà Vinh)\n"
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao hiệu quả công tác thông tin đối ngoại.\n"
    "II. NHIỆM VỤ\n1. Sở Thông tin và Truyền thông chủ trì tổ chức tuyên truyền.\n",
    "CHƯƠNG TRÌNH HÀNH ĐỘNG\nVề thông tin đối ngoại tỉnh Hà Giang giai đoạn 2014 - 2020\n"
    "(Ban hành kèm theo Quyết định số 2112/QĐ-UBND ngày 10/10/2014 của UBND tỉnh Hà Giang)\n"
    "I. MỤC TIÊU\nNâng cao hiệu quả công tác thông tin đối ngoại.\n"
    "II. NHIỆM VỤ\n1. Sở Ngoại vụ chủ trì tổ chức tuyên truyền.\n",
]


@pytest.mark.parametrize("text", ATTACHED_PLANS)
def test_a_plan_attached_to_a_decision_stays_the_plan(text):
    assert_read(text, {"doc_type": "plan"})


def test_news_of_a_plan_naming_an_attached_regulation_stays_news_of_the_plan():
    text = (
        "Cà Mau triển khai công tác thông tin đối ngoại năm 2024\n"
        "Ngày 15/3/2024, UBND tỉnh Cà Mau ban hành Kế hoạch số 45/KH-UBND về công tác thông "
        "tin đối ngoại năm 2024, thực hiện Quy chế quản lý hoạt động thông tin đối ngoại (ban "
        "hành kèm theo Quyết định số 06/2014/QĐ-UBND của UBND tỉnh).\n"
    )
    assert_read(text, {"doc_type": "news_about_plan"})
