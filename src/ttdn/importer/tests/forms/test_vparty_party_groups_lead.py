"""A party group or committee that leads the body it works in (vparty).

A Party document gives the party groups in the state's and the front's bodies their part:
"Đảng đoàn Hội đồng nhân dân tỉnh, Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo cụ thể hóa
…", "Ban cán sự đảng UBND tỉnh lãnh đạo Ủy ban nhân dân tỉnh bố trí …". "lãnh đạo" is their
verb when a duty or the body they lead follows it, and the groups named before it lead the
task, one entry each ("Đảng đoàn" opens a name as "Ban" does). Near misses: the leaders of a
body after a word that governs them ("làm việc với lãnh đạo UBND …") or in a list ("…, lãnh
đạo UBND các huyện") are no verb, and "sự lãnh đạo" in a duty is a noun. Synthetic texts
only.
"""

from __future__ import annotations

import pytest

from .support import read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def party_plan(duty: str) -> str:
    return (
        "TỈNH ỦY PHÚ YÊN\n*\nSố 31-KH/TU\nTuy Hòa, ngày 06 tháng 5 năm 2024\n\nKẾ HOẠCH\n"
        "thông tin đối ngoại năm 2024\n\nI. MỤC ĐÍCH\nNâng cao nhận thức của cán bộ, đảng viên.\n"
        f"II. TỔ CHỨC THỰC HIỆN\n1. {duty}.\n"
    )


CASES = [
    (
        "Đảng đoàn Hội đồng nhân dân tỉnh, Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo cụ "
        "thể hóa kế hoạch thành chương trình công tác của cơ quan",
        ["Đảng đoàn Hội đồng nhân dân tỉnh", "Ban cán sự đảng Ủy ban nhân dân tỉnh"],
    ),
    (
        "Đảng đoàn HĐND tỉnh, Ban cán sự đảng UBND tỉnh lãnh đạo xây dựng chính sách hỗ trợ "
        "hoạt động quảng bá hình ảnh tỉnh",
        ["Đảng đoàn HĐND tỉnh", "Ban cán sự đảng UBND tỉnh"],
    ),
    (
        "Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh bảo đảm kinh phí "
        "cho thông tin đối ngoại",
        ["Ban cán sự đảng Ủy ban nhân dân tỉnh"],
    ),
    (
        "Đảng đoàn Mặt trận Tổ quốc tỉnh lãnh đạo quán triệt kế hoạch trong hệ thống Mặt trận",
        ["Đảng đoàn Mặt trận Tổ quốc tỉnh"],
    ),
    (
        "Ban cán sự đảng UBND tỉnh lãnh đạo tuyên truyền kế hoạch trong các sở, ngành",
        ["Ban cán sự đảng UBND tỉnh"],
    ),
    # near misses
    (
        "Tăng cường sự lãnh đạo của cấp ủy đối với thông tin đối ngoại ở cơ sở",
        [],
    ),
    (
        "Các huyện ủy, lãnh đạo UBND các huyện tổ chức tuyên truyền về biển, đảo",
        ["Các huyện ủy", "lãnh đạo UBND các huyện"],
    ),
    (
        "Ban Tuyên giáo Tỉnh ủy làm việc với lãnh đạo Ủy ban nhân dân các huyện về tuyên "
        "truyền biên giới",
        ["Ban Tuyên giáo Tỉnh ủy"],
    ),
]


@pytest.mark.parametrize(("duty", "lead"), CASES)
def test_the_party_groups_lead_their_duty(duty, lead):
    assert texts_and_leads(read(party_plan(duty))) == [(duty, lead)]
