"""A list announced with its count, and the direction before it (batch 21).

"UBND tỉnh xác định 6 nhiệm vụ, giải pháp … gồm: a; b; …": the count says how many duties
the text holds. Where its ";" do not mark them (a ";" inside one item, before a piece with no
verb, "quảng bá các giá trị văn hóa; hình ảnh và con người …"; the last two joined by "và",
"tiếp thu … và đẩy mạnh …"), the items are split by the count (the twenty-first batch's
convention). A count already matched, or one no such reading reaches, keeps the split at ";".
The direction before the list, led by its purpose ("Để làm được điều này, UBND tỉnh yêu cầu
các cơ quan, đơn vị …"), is a duty of its own; the list's items, opened by a sentence with its
own subject, are not led by that direction's addressees. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

DIRECTION = (
    "Để làm được điều này, UBND tỉnh yêu cầu các sở, ban, ngành chủ động phối hợp, triển khai "
    "đồng bộ các giải pháp nhằm thực hiện thắng lợi kế hoạch của tỉnh"
)


def item_texts(body: str) -> list[tuple[str, list[str]]]:
    return texts_and_leads(read(news_of_plan("Quảng Nam", body)))


CASES = [
    # a ";" inside one item, and the last two joined by "và"
    (
        "UBND tỉnh xác định 5 nhiệm vụ trọng tâm gồm: tăng cường quảng bá hình ảnh địa "
        "phương; đẩy mạnh thông tin về di sản; con người và cảnh quan Quảng Nam; phát huy vai trò "
        "của người Việt Nam ở nước ngoài; nâng cao năng lực đội ngũ làm công tác đối ngoại và "
        "đổi mới phương thức thông tin đối ngoại.",
        [
            "tăng cường quảng bá hình ảnh địa phương",
            "đẩy mạnh thông tin về di sản; con người và cảnh quan Quảng Nam",
            "phát huy vai trò của người Việt Nam ở nước ngoài",
            "nâng cao năng lực đội ngũ làm công tác đối ngoại",
            "đổi mới phương thức thông tin đối ngoại",
        ],
    ),
    # the count in words, a ";" inside one item only
    (
        "Kế hoạch đề ra bốn nhiệm vụ, giải pháp gồm: tuyên truyền về chủ quyền biển, đảo; "
        "quảng bá tiềm năng; thế mạnh và con người của tỉnh; tổ chức các hoạt động giao lưu "
        "văn hóa; kiện toàn đội ngũ cộng tác viên.",
        [
            "tuyên truyền về chủ quyền biển, đảo",
            "quảng bá tiềm năng; thế mạnh và con người của tỉnh",
            "tổ chức các hoạt động giao lưu văn hóa",
            "kiện toàn đội ngũ cộng tác viên",
        ],
    ),
]


@pytest.mark.parametrize(("body", "items"), CASES)
def test_counted_list_split_by_its_count(directory, body, items):
    got = item_texts(body + "\n")
    assert [text for text, _ in got] == items


def test_count_matched_keeps_every_semicolon(directory):
    # near miss: the ";" already give the count; "và" inside an item stays
    got = item_texts(
        "UBND tỉnh xác định 3 nhiệm vụ gồm: tăng cường quảng bá hình ảnh và con người của "
        "tỉnh; đẩy mạnh thông tin đối ngoại; phát huy vai trò của kiều bào.\n"
    )
    assert [text for text, _ in got] == [
        "tăng cường quảng bá hình ảnh và con người của tỉnh",
        "đẩy mạnh thông tin đối ngoại",
        "phát huy vai trò của kiều bào",
    ]


def test_count_not_reached_keeps_every_semicolon(directory):
    # near miss: no reading reaches the count (7 announced, 3 written): split at ";"
    got = item_texts(
        "UBND tỉnh xác định 7 nhiệm vụ gồm: tăng cường quảng bá hình ảnh của tỉnh; đẩy mạnh "
        "thông tin đối ngoại; phát huy vai trò của kiều bào.\n"
    )
    assert len(got) == 3


def test_direction_led_by_purpose_before_the_list(directory):
    got = item_texts(
        "Kế hoạch nhằm nâng cao hiệu quả công tác đối ngoại của tỉnh. Qua đó, góp phần đưa "
        f"tỉnh trở thành điểm đến hấp dẫn. {DIRECTION}. UBND tỉnh xác định 3 nhiệm vụ gồm: "
        "tăng cường quảng bá hình ảnh của tỉnh; đẩy mạnh thông tin đối ngoại; phát huy vai "
        "trò của kiều bào.\n"
    )
    duty = DIRECTION.removeprefix("Để làm được điều này, ")
    assert got[0] == (duty, ["các sở, ban, ngành"])
    assert [lead for _, lead in got[1:]] == [[], [], []]


def test_purpose_without_direction_before_the_list_is_no_task(directory):
    # near miss: a purpose that asks no body stays out
    got = item_texts(
        "Kế hoạch nhằm nâng cao hiệu quả công tác đối ngoại của tỉnh. Để làm được điều này, "
        "cần sự vào cuộc của cả hệ thống chính trị. UBND tỉnh xác định 3 nhiệm vụ gồm: tăng "
        "cường quảng bá hình ảnh của tỉnh; đẩy mạnh thông tin đối ngoại; phát huy vai trò của "
        "kiều bào.\n"
    )
    assert [text for text, _ in got] == [
        "tăng cường quảng bá hình ảnh của tỉnh",
        "đẩy mạnh thông tin đối ngoại",
        "phát huy vai trò của kiều bào",
    ]
