"""The items a Government resolution gives its addressees, numbered with a dash (batch 21).

"Nghị quyết giao các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, UBND các tỉnh, thành phố
trực thuộc Trung ương cần cụ thể hóa … các nội dung công việc dưới đây:" and its items "1- …;",
"2- …;": each item is a task led by the addressees, one entry per "các" list (the central
government's kinds, "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ", are one list). The
dash-numbered mark is not part of the text. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from ttdn.importer.extract.agencies import split_names

from .support import news_of_plan, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

ITEMS = [
    "Tuyên truyền, phổ biến Chỉ thị của Ban Bí thư về công tác thông tin đối ngoại",
    "Tiếp tục nâng cao nhận thức về vai trò của công tác đối ngoại nhân dân",
    "Xây dựng cơ chế phối hợp cung cấp thông tin cho báo chí nước ngoài",
]
ADDRESSEES = [
    (
        "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ, UBND các tỉnh, thành phố trực "
        "thuộc Trung ương",
        [
            "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
            "UBND các tỉnh, thành phố trực thuộc Trung ương",
        ],
    ),
    (
        "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
        ["các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"],
    ),
]


def resolution_news(addressees: str) -> str:
    items = "\n".join(f"{n}- {item};" for n, item in enumerate(ITEMS, 1))
    return (
        "Đẩy mạnh công tác thông tin đối ngoại trong tình hình mới\n"
        "Chính phủ vừa ban hành Nghị quyết số 45/NQ-CP ban hành Chương trình hành động về công "
        "tác thông tin đối ngoại.\n"
        "Mục tiêu của Chương trình nhằm cụ thể hóa các nhiệm vụ, giải pháp do Bộ Chính trị đề "
        "ra.\n"
        f"Nghị quyết giao {addressees} cần cụ thể hóa và tổ chức triển khai thực hiện các nội "
        f"dung công việc dưới đây:\n{items}\n"
    )


@pytest.mark.parametrize(("addressees", "leads"), ADDRESSEES)
def test_resolution_items_led_by_addressees(directory, addressees, leads):
    got = texts_and_leads(read(resolution_news(addressees)))
    assert got == [(item, leads) for item in ITEMS]


def test_dash_numbered_items_under_a_plan_news(directory):
    items = "\n".join(f"{n}- {item};" for n, item in enumerate(ITEMS, 1))
    got = texts_and_leads(
        read(
            news_of_plan(
                "Nghệ An",
                "UBND tỉnh yêu cầu các sở, ban, ngành thực hiện các nội dung công việc dưới "
                f"đây:\n{items}\n",
            )
        )
    )
    assert got == [(item, ["các sở, ban, ngành"]) for item in ITEMS]


@pytest.mark.parametrize(
    ("written", "names"),
    [
        # bodies of another kind after "các bộ", a province's list: one "các" list whatever
        # its kinds, one entry too (convention P4, settled 07/12/2026)
        ("các bộ, ngành, cơ quan báo chí", ["các bộ, ngành, cơ quan báo chí"]),
        ("các sở, cơ quan thuộc UBND tỉnh", ["các sở, cơ quan thuộc UBND tỉnh"]),
        # near miss: a kind after a qualifier that closes the list before it
        ("các bộ thuộc Chính phủ, cơ quan báo chí", ["các bộ thuộc Chính phủ", "cơ quan báo chí"]),
        ("Bộ Ngoại giao, cơ quan thuộc Chính phủ", ["Bộ Ngoại giao", "cơ quan thuộc Chính phủ"]),
        (
            "các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
            ["các bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ"],
        ),
    ],
)
def test_kinds_list_of_government(written, names):
    assert [name for name, _, _ in split_names(written)] == names
