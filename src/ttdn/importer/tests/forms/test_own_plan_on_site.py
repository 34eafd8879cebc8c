"""A body's own plan posted on its site, with no header (batch 20).

"Thực hiện Hướng dẫn số 07-HD/BTG ngày … của Ban Tuyên giáo Quận ủy về …. / Ban Thường vụ Đảng
ủy phường xây dựng kế hoạch tổ chức thực hiện như sau: / I. Mục đích, yêu cầu: …": the body
introduces its own plan ("… xây dựng (ban hành) kế hoạch … như sau:") and its sections follow;
the text is the plan itself, not news of one, and its opening "Thực hiện …" sentence cites its
basis. A news item telling of a plan ("… vừa ban hành Kế hoạch … Theo đó, …") stays news.
Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

PLANS = [
    # (banner, guidance, its date, the body introducing the plan, the year)
    (
        "Website UBND Phường An Khánh",
        "07-HD/BTG",
        "04 tháng 5 năm 2016",
        "Ban Thường vụ Đảng ủy phường xây dựng kế hoạch tổ chức thực hiện như sau:",
        2016,
    ),
    (
        "Cổng thông tin điện tử xã Hòa An",
        "12-HD/BTGHU",
        "10/3/2021",
        "Ban Thường vụ Đảng ủy xã xây dựng kế hoạch thực hiện như sau:",
        2021,
    ),
    (
        "Trang thông tin điện tử phường Tân Định",
        "25-HD/BTG",
        "02 tháng 4 năm 2019",
        "Đảng ủy phường ban hành kế hoạch tổ chức thực hiện như sau:",
        2019,
    ),
    (
        "Website UBND Xã Phước Lộc",
        "03-HD/BTGTU",
        "15/01/2023",
        "Ban Chấp hành Đảng bộ xã xây dựng kế hoạch triển khai thực hiện như sau:",
        2023,
    ),
]


def plan(banner: str, guidance: str, date: str, intro: str, year: int) -> str:
    return (
        f"{banner}\n\nKhối Đảng - Đoàn thể\n\nKế hoạch tuyên truyền biển, đảo năm {year}\n\n"
        f"Ngày post: {year}-05-06 09:48:55\nLượt xem: 1234\n"
        f"Kế hoạch tuyên truyền biển, đảo năm {year}\n\n"
        f"Thực hiện Hướng dẫn số {guidance} ngày {date} của Ban Tuyên giáo Quận ủy về công tác "
        f"tuyên truyền biển, đảo năm {year}.\n\n{intro}\n\nI. Mục đích, yêu cầu:\n\n"
        "1. Tuyên truyền, nâng cao nhận thức, tạo sự thống nhất trong cán bộ, đảng viên và Nhân "
        "dân về chủ quyền biển, đảo.\n"
    )


@pytest.mark.parametrize("case", PLANS, ids=[p[1] for p in PLANS])
def test_own_plan_is_a_plan_with_its_basis(directory, case):
    got = fields_of(read(plan(*case)))
    assert got["doc_type"] == "plan"
    assert [b["identifier"] for b in got["legal_bases"]] == [case[1]]
    assert got["period"] == (case[4], case[4])


def test_news_of_a_plan_stays_news(directory):
    text = (
        "Phú Yên: tuyên truyền biển, đảo năm 2024\n"
        "Ngày 15/3/2024, UBND tỉnh Phú Yên ban hành Kế hoạch số 45/KH-UBND về công tác tuyên "
        "truyền biển, đảo năm 2024. Nội dung kế hoạch như sau:\n"
        "1. Tuyên truyền về chủ quyền biển, đảo.\n"
    )
    got = fields_of(read(text))
    assert got["doc_type"] == "news_about_plan"


@pytest.mark.parametrize(
    ("case", "issuer"),
    [(PLANS[0], "Đảng ủy phường"), (PLANS[1], "Đảng ủy xã"), (PLANS[2], "Đảng ủy phường")],
    ids=["phuong-ban-thuong-vu", "xa-ban-thuong-vu", "phuong"],
)
def test_banner_place_is_site_furniture(directory, case, issuer):
    # The place named only in the site's banner ("Website UBND Phường …") is not the plan's:
    # the committee is written without it, and the plan has no locality.
    got = fields_of(read(plan(*case)))
    assert (got["issuer"], got["level"], got["locality"]) == (issuer, "commune", None)


def test_place_in_the_text_still_read(directory):
    text = plan(*PLANS[0]).replace(
        "Ban Thường vụ Đảng ủy phường xây dựng", "Ban Thường vụ Đảng ủy phường An Khánh xây dựng"
    )
    got = fields_of(read(text))
    assert (got["issuer"], got["locality"]) == ("Đảng ủy phường An Khánh", "An Khánh")
