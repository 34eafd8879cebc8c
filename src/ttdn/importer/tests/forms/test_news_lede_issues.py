"""A news item opening with a body issuing a document, no date: news, not pasted duties.

"UBND xã … ban hành kế hoạch tuyên truyền …", "Ban Thường vụ Tỉnh ủy … ban hành Chỉ thị về
…", "Ban Thường trực … vừa ban hành hướng dẫn …", one sentence a line, then the duties it sets
each on its own line ("Đài truyền thanh xã tăng cường …"). The lede tells the document's
issuing: it is no duty, and the text is news (of a plan, or of another document), not a plan's
duties pasted alone. Near misses: a pasted duties section whose first marked item asks a body to
issue a plan ("1. Sở Nội vụ ban hành kế hoạch …") stays a plan's duties. Synthetic texts only,
written for this test (rw1news).
"""

from __future__ import annotations

import pytest

from .support import read, task_texts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

LEDES = {
    "commune_plan": (
        "UBND xã Hòa Thịnh (tỉnh Phú Yên) ban hành kế hoạch tuyên truyền chủ quyền biên giới năm 2026.",
        "news_about_plan",
    ),
    "ministry_plan_capital": (
        "Bộ Văn hóa, Thể thao và Du lịch vừa ban hành Kế hoạch quảng bá văn hóa Việt Nam giai đoạn 2026-2030.",
        "news_about_plan",
    ),
    "party_directive": (
        "Ban Thường vụ Tỉnh ủy Phú Yên ban hành Chỉ thị về đẩy mạnh công tác đối ngoại nhân dân.",
        "other",
    ),
    "front_guidance": (
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Yên đã ban hành hướng dẫn "
        "tuyên truyền kỷ niệm ngày Quốc khánh năm 2026.",
        "other",
    ),
}
DUTIES = (
    "Đài Phát thanh và Truyền hình tỉnh mở chuyên mục giới thiệu hình ảnh quê hương trên sóng phát thanh.\n"
    "Các trường trung học cơ sở lồng ghép nội dung tuyên truyền vào giờ sinh hoạt dưới cờ đầu tuần.\n"
)


@pytest.mark.parametrize("lede", LEDES)
def test_a_lede_issuing_a_document_is_news_and_no_task(lede):
    sentence, kind = LEDES[lede]
    result = read(f"{sentence}\n{DUTIES}")
    assert result["doc_type"] == kind
    assert not any("ban hành" in t for t in task_texts(result))
    if kind == "news_about_plan":  # (news of another document reads only its asks)
        assert any(t.startswith("Đài Phát thanh") for t in task_texts(result))


def test_a_pasted_duty_asking_to_issue_a_plan_stays_a_plans_duties():
    text = (
        "1. Sở Nội vụ ban hành kế hoạch bồi dưỡng nghiệp vụ thông tin đối ngoại cho cán bộ cấp xã.\n"
        f"2. {DUTIES.splitlines()[0]}\n3. {DUTIES.splitlines()[1]}\n"
    )
    result = read(text)
    assert result["doc_type"] == "plan"
    assert task_texts(result)[0].startswith("Sở Nội vụ ban hành kế hoạch")
