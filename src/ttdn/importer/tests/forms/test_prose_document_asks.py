"""A document's asks told as news, named short with its number, and what goes on with them.

A news item retells a directive or a plan: "Chỉ thị 15 yêu cầu cấp ủy, tổ chức đảng … tập
trung …", "Kế hoạch số 12 yêu cầu cấp ủy, chính quyền các cấp …". The ask is a task led by its
addressees (the party committees named as a kind, with no "các", are addressees too); the
subjectless sentences that go on with it ("Đồng thời, …", "Cùng với đó là …; …", a paragraph
in a new paragraph) are its duties too, with its lead; a paragraph opening "Bên cạnh đó, …"
adds work with no lead carried (the seed convention). A requirement on the work
("Chỉ thị … yêu cầu công tác … phải …"), things that go with it told as facts, and when a
meeting runs ("Hội nghị … sẽ diễn ra trong 2 ngày") are not tasks. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def _directive_news(document: str, short: str, body: str, issuer: str = "Tỉnh ủy Phú Yên") -> str:
    return (
        "Nâng cao hiệu quả công tác thông tin đối ngoại trong tình hình mới\n"
        f"Ban Thường vụ {issuer} vừa ban hành {document} về tăng cường công tác thông tin đối "
        "ngoại trong tình hình mới.\n\n"
        f"{short} nhằm thực hiện hiệu quả Kết luận 57-KL/TW của Bộ Chính trị.\n\n{body}"
    )


ASKS = [
    # (document, its short name, the addressees as written)
    ("Chỉ thị 15-CT/TU", "Chỉ thị 15", "cấp ủy, tổ chức đảng và chính quyền các cấp"),
    ("Chỉ thị số 07-CT/TU", "Chỉ thị 07", "cấp ủy, tổ chức đảng, đoàn thể các cấp"),
    ("Kế hoạch số 12/KH-UBND", "Kế hoạch số 12", "cấp ủy, chính quyền các cấp"),
]


@pytest.mark.parametrize(("document", "short", "addressees"), ASKS)
def test_a_documents_ask_named_short_and_what_goes_on_with_it(document, short, addressees):
    result = read(
        _directive_news(
            document,
            short,
            f"{short} yêu cầu {addressees} tập trung đổi mới nội dung, hình thức thông tin đối "
            "ngoại, quảng bá hình ảnh tỉnh. Đồng thời, nâng cao chất lượng đội ngũ cán bộ làm "
            "công tác thông tin đối ngoại.\n\n"
            "Cùng với đó là tăng cường phối hợp với các cơ quan báo chí trung ương; đẩy mạnh "
            "ứng dụng công nghệ số trong thông tin đối ngoại.\n",
        )
    )
    got = texts_and_leads(result)
    assert [t[:30] for t, _lead in got] == [
        f"{short} yêu cầu {addressees}"[:30],
        "nâng cao chất lượng đội ngũ cá",
        "tăng cường phối hợp với các cơ",
        "đẩy mạnh ứng dụng công nghệ số",
    ]
    assert all(lead == [addressees] for _t, lead in got)


def test_a_paragraph_opening_ben_canh_do_carries_no_lead():
    result = read(
        _directive_news(
            "Chỉ thị 21-CT/TU",
            "Chỉ thị 21",
            "Chỉ thị 21 yêu cầu cấp ủy các cấp chú trọng tuyên truyền về chủ quyền biển, đảo.\n\n"
            "Bên cạnh đó, tăng cường tuyên truyền về biên giới trên đất liền.\n",
        )
    )
    got = texts_and_leads(result)
    assert got[0] == (
        "Chỉ thị 21 yêu cầu cấp ủy các cấp chú trọng tuyên truyền về chủ quyền biển, đảo",
        ["cấp ủy các cấp"],
    )
    assert all(lead == [] for text, lead in got[1:] if "biên giới" in text)


def test_a_requirement_on_the_work_and_facts_going_with_it_are_no_tasks():
    result = read(
        _directive_news(
            "Chỉ thị 09-CT/TU",
            "Chỉ thị 09",
            "Chỉ thị 09 yêu cầu công tác thông tin đối ngoại phải bám sát định hướng của Trung "
            "ương.\n\n"
            "Cùng với đó là những hạn chế trong công tác phối hợp giữa các cơ quan đã được chỉ "
            "ra.\n\n"
            "Bên cạnh đó, nhiều cơ quan báo chí đã mở chuyên mục về thông tin đối ngoại.\n",
        )
    )
    assert result["tasks"] == []


@pytest.mark.parametrize(
    "meeting",
    [
        "Hội nghị sơ kết sẽ diễn ra trong 2 ngày",
        "Hội thảo khoa học về thông tin đối ngoại sẽ khai mạc vào sáng 20/5",
        "Đại hội đại biểu Liên hiệp các tổ chức hữu nghị tỉnh sẽ diễn ra vào tháng 10",
    ],
)
def test_when_a_meeting_runs_is_no_task(meeting):
    result = read(
        _directive_news(
            "Kế hoạch số 30/KH-UBND",
            "Kế hoạch số 30",
            "Kế hoạch số 30 yêu cầu cấp ủy, chính quyền các cấp quan tâm lãnh đạo công tác "
            f"thông tin đối ngoại.\n\n{meeting}.\n",
            issuer="UBND tỉnh Phú Yên",
        )
    )
    got = texts_and_leads(result)
    assert got == [
        (
            "Kế hoạch số 30 yêu cầu cấp ủy, chính quyền các cấp quan tâm lãnh đạo công tác "
            "thông tin đối ngoại",
            ["cấp ủy, chính quyền các cấp"],
        )
    ]
