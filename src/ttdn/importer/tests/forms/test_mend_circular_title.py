"""A circular's subject under its heading "THÔNG TƯ" on its own line is its title (mend).

"THÔNG TƯ / Quy định chức năng, nhiệm vụ …" reads as "Thông tư quy định chức năng, nhiệm
vụ …", as a plan's subject under "KẾ HOẠCH" does; the subject in capitals or over two lines,
and a joint circular ("THÔNG TƯ LIÊN TỊCH"). Near misses: a circular named in a basis ("Căn
cứ Thông tư số …") or in a plan's prose gives no circular's title. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def circular(heading: str, subject: str) -> str:
    return (
        "BỘ NGOẠI GIAO\n\nSố: 07/2024/TT-BNG\n\nHà Nội, ngày 9 tháng 4 năm 2024\n\n"
        f"{heading}\n{subject}\n\nCăn cứ Nghị định số 81/2022/NĐ-CP của Chính phủ;\n\n"
        "Điều 1. Phạm vi điều chỉnh\nThông tư này quy định về tổ chức của cơ quan ngoại vụ.\n"
    )


@pytest.mark.parametrize(
    ("heading", "subject", "title"),
    [
        (
            "THÔNG TƯ",
            "Quy định chức năng, nhiệm vụ, quyền hạn của cơ quan ngoại vụ địa phương",
            "Thông tư quy định chức năng, nhiệm vụ, quyền hạn của cơ quan ngoại vụ địa phương",
        ),
        (
            "THÔNG TƯ",
            "Hướng dẫn quản lý hoạt động thông tin đối ngoại ở địa phương",
            "Thông tư hướng dẫn quản lý hoạt động thông tin đối ngoại ở địa phương",
        ),
        (
            "THÔNG TƯ",
            "Hướng dẫn công tác lễ tân đối ngoại\ntại các tỉnh biên giới",
            "Thông tư hướng dẫn công tác lễ tân đối ngoại tại các tỉnh biên giới",
        ),
        (
            "THÔNG TƯ LIÊN TỊCH",
            "Hướng dẫn phối hợp quản lý đoàn ra, đoàn vào",
            "Thông tư liên tịch hướng dẫn phối hợp quản lý đoàn ra, đoàn vào",
        ),
    ],
)
def test_the_subject_under_thong_tu_is_the_title(heading, subject, title):
    assert read(circular(heading, subject))["title"] == title


def test_near_miss_a_circular_named_in_a_plans_basis():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n\nSố: 31/KH-UBND\n\nPhú Yên, ngày 9 tháng 4 năm 2024\n\n"
        "KẾ HOẠCH\nThông tin đối ngoại năm 2024\n\nCăn cứ Thông tư số 22/2016/TT-BTTTT;\n"
        "THÔNG TƯ\n\n1. Sở Ngoại vụ chủ trì tổ chức tập huấn.\n"
    )
    assert read(text)["title"] == "Kế hoạch thông tin đối ngoại năm 2024"
