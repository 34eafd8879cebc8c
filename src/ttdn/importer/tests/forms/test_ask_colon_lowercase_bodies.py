"""The ';'-items of an ask after its colon, each naming its bodies in lower case.

"UBND tỉnh đề nghị: các sở, ngành tăng cường …; các xã, phường chủ động …; báo, đài mở chuyên
mục …" (also "yêu cầu:", "giao:", a speaker's "đề nghị:"): each item is a task led by the bodies
it names, the first with the ask's frame as written before it ("UBND tỉnh giao: Sở Ngoại vụ …"
in test_prose_matrix), its addressees leading it. Near misses: an item
that is no duty, a requirement on how the work is done ("các hoạt động phải bảo đảm …") or its
purpose ("nhằm …"), is no task; topics after ';' with no body stay in their duty. Synthetic
texts only.
"""

from __future__ import annotations

import pytest

from .support import letter_of, news_of_plan, read, review_news, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

ITEMS = [
    ("các sở, ngành tăng cường tuyên truyền về công tác đối ngoại của tỉnh", "các sở, ngành"),
    ("các xã, phường chủ động cung cấp thông tin cho phóng viên", "các xã, phường"),
    ("báo, đài mở chuyên mục giới thiệu tiềm năng du lịch của tỉnh", "báo, đài"),
]
OTHER_ITEMS = [
    ("sở tham mưu tổ chức họp báo định kỳ hằng quý", "sở"),
    ("các địa phương rà soát các chương trình hợp tác với nước ngoài", "các địa phương"),
    ("báo chí dành thời lượng đưa tin về các hoạt động đối ngoại", "báo chí"),
]

FRAMES = {
    "news": lambda body: news_of_plan("Phú Yên", body),
    "letter": lambda body: letter_of("Phú Yên", body),
    "speaker": lambda body: review_news("Phú Yên", body),
}
ASKS = {
    "news": "Để triển khai hiệu quả Kế hoạch, UBND tỉnh đề nghị: ",
    "letter": "UBND tỉnh giao: ",
    "speaker": "Phát biểu chỉ đạo, đồng chí Phó Chủ tịch UBND tỉnh yêu cầu: ",
}
# the frame the first item keeps (a purpose or a speaker's occasion before it is dropped)
KEPT = {
    "news": "UBND tỉnh đề nghị: ",
    "letter": "UBND tỉnh giao: ",
    "speaker": "đồng chí Phó Chủ tịch UBND tỉnh yêu cầu: ",
}


def expected(frame: str, items: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    return [
        ((KEPT[frame] if i == 0 else "") + text, [lead]) for i, (text, lead) in enumerate(items)
    ]


@pytest.mark.parametrize("frame", list(FRAMES))
@pytest.mark.parametrize("items", [ITEMS, OTHER_ITEMS], ids=["first", "second"])
def test_each_item_is_a_task_led_by_its_bodies(frame, items):
    body = ASKS[frame] + "; ".join(text for text, _ in items) + "."
    result = read(FRAMES[frame](body))
    assert texts_and_leads(result) == expected(frame, items)


@pytest.mark.parametrize(
    "tail",
    [
        "các hoạt động phải bảo đảm tiết kiệm, hiệu quả, đúng quy định",
        "nhằm nâng cao hiệu quả công tác thông tin đối ngoại của tỉnh",
    ],
)
def test_a_requirement_or_a_purpose_among_the_items_is_no_task(tail):
    body = ASKS["letter"] + "; ".join(text for text, _ in ITEMS[:2]) + f"; {tail}."
    result = read(letter_of("Phú Yên", body))
    assert texts_and_leads(result) == expected("letter", ITEMS[:2])


def test_topics_after_the_items_duty_stay_in_it():
    duty = (
        "các sở, ngành tuyên truyền về chủ quyền biển, đảo; công tác bảo hộ công dân; kết quả "
        "hội nhập quốc tế"
    )
    result = read(news_of_plan("Phú Yên", f"UBND tỉnh đề nghị: {duty}.\n"))
    assert [text for text, _ in texts_and_leads(result)] == [f"UBND tỉnh đề nghị: {duty}"]
