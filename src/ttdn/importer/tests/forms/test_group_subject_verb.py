"""A collective subject's lead list stops before its verb (batches 18 and 19).

"Các sở, ban, ngành, đoàn thể, các quận, huyện chấp hành nghiêm chế độ bảo mật …": the
bodies, then the duty told with the manner it is done in ("chấp hành nghiêm", "nghiêm túc
thực hiện", "ưu tiên đăng tải", "gương mẫu …", "đồng thời …"). The last body of the list ends
where that verb starts; the sentences with no subject after it share the same lead. A board
("Ban chấp hành Hội …") keeps its name, and "có liên quan" qualifies a collective. Synthetic
texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

SUBJECTS = {
    "Các sở, ban, ngành, các quận, huyện": ["Các sở, ban, ngành", "các quận, huyện"],
    "Các sở, ban, ngành, đoàn thể, các huyện, thị xã, thành phố": [
        "Các sở, ban, ngành, đoàn thể",
        "các huyện, thị xã, thành phố",
    ],
    "Các xã, phường, thị trấn": ["Các xã, phường, thị trấn"],
    "Các cơ quan báo chí": ["Các cơ quan báo chí"],
    "Các đơn vị có liên quan": ["Các đơn vị có liên quan"],
    "Các sở, ban, ngành, Ủy ban nhân dân các xã, phường, thị trấn": [
        "Các sở, ban, ngành",
        "Ủy ban nhân dân các xã, phường, thị trấn",
    ],
    "Các cơ quan, đơn vị, địa phương": ["Các cơ quan, đơn vị, địa phương"],
}

DUTIES = [
    "chấp hành nghiêm chế độ bảo mật thông tin",
    "nghiêm túc thực hiện quy chế phát ngôn",
    "nghiêm chỉnh chấp hành quy định về cung cấp thông tin",
    "ưu tiên đăng tải tin, bài về biển, đảo",
    "gương mẫu thực hiện kế hoạch",
    "coi trọng công tác tuyên truyền đối ngoại",
    "đồng thời triển khai các hoạt động quảng bá",
    "tăng cường tuyên truyền về biển, đảo",
    "triển khai các hoạt động thông tin đối ngoại",
    "chủ động cung cấp thông tin cho báo chí",
    "quán triệt nội dung kế hoạch",
    "tổ chức tuyên truyền sâu rộng",
]


@pytest.mark.parametrize("duty", DUTIES)
@pytest.mark.parametrize("subject", SUBJECTS)
def test_the_lead_list_stops_before_the_verb(subject, duty):
    result = read(
        news_of_plan("Phú Yên", f"{subject} {duty}; làm tốt công tác quảng bá hình ảnh tỉnh.\n")
    )
    lead = SUBJECTS[subject]
    assert texts_and_leads(result) == [
        (f"{subject} {duty}", lead),
        ("làm tốt công tác quảng bá hình ảnh tỉnh", lead),
    ]


def test_sentences_with_no_subject_share_the_lead():
    result = read(
        news_of_plan(
            "Phú Yên",
            "Theo đó, hoạt động thông tin đối ngoại phải bám sát chủ trương của Đảng.\n"
            "Các sở, ban, ngành, đoàn thể, các huyện, thị xã, thành phố chấp hành nghiêm quy "
            "định về bảo vệ bí mật nhà nước. Đồng thời đấu tranh phản bác thông tin sai trái. "
            "Nâng cao hiệu quả quảng bá hình ảnh tỉnh.\n",
        )
    )
    lead = ["Các sở, ban, ngành, đoàn thể", "các huyện, thị xã, thành phố"]
    assert [one for _text, one in texts_and_leads(result)] == [lead, lead, lead]


@pytest.mark.parametrize(
    ("sentence", "lead"),
    [
        (
            "Ban chấp hành Hội Nông dân tỉnh chỉ đạo các cơ sở hội tuyên truyền về biển, đảo.",
            "Ban chấp hành Hội Nông dân tỉnh",
        ),
        (
            "Ban Chấp hành Đoàn Thanh niên tỉnh tổ chức các hoạt động giao lưu hữu nghị.",
            "Ban Chấp hành Đoàn Thanh niên tỉnh",
        ),
    ],
)
def test_a_board_keeps_its_name(sentence, lead):
    result = read(news_of_plan("Phú Yên", sentence + "\n"))
    assert [one for _text, one in texts_and_leads(result)] == [[lead]]
