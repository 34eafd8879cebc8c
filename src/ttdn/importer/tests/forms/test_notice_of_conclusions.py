"""The assignments of a notice of conclusions (``.conclusions``).

"THÔNG BÁO / Kết luận của Chủ tịch UBND tỉnh tại cuộc họp …", "Thông báo kết luận của
Thường trực Tỉnh ủy tại buổi làm việc …", "KẾT LUẬN CỦA PHÓ CHỦ TỊCH UBND TỈNH …", then
"… kết luận (và chỉ đạo) (như sau):" and its items, numbered, dashed or one sentence a line.
Each assignment is a task led by the body assigned ("Giao Sở X …", "Sở X chủ trì …", "Yêu cầu
các sở …", "Đề nghị Báo …", two bodies' duties joined by ";"). Near misses, no task: the
assessments among the items (praise, agreement, what was noted, the past told, shortcomings),
a meeting's news that reports a speaker's closing words, and documents that only cite a notice
or a party conclusion by number. Synthetic texts only, written for this test.
"""

from __future__ import annotations

import pytest

from .support import read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def formal(holder: str, frame: str, items: str) -> str:
    return (
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\n\nSố: 88/TB-UBND\n\nPhú Yên, ngày 12 tháng 3 năm 2024\n\n"
        f"THÔNG BÁO\nKết luận của {holder} tại cuộc họp về công tác thông tin đối ngoại\n\n"
        f"Ngày 08/3/2024, {holder} chủ trì cuộc họp về công tác thông tin đối ngoại năm 2024. "
        f"Sau khi nghe báo cáo và ý kiến của các đại biểu, {holder} {frame}\n{items}\n\n"
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\n"
    )


def one_line(holder: str, frame: str, items: str) -> str:
    return (
        f"Thông báo kết luận của {holder} tại buổi làm việc với Ban Chỉ đạo công tác thông tin "
        f"đối ngoại tỉnh\n{holder} {frame}\n{items}\n"
    )


def capitals(holder: str, frame: str, items: str) -> str:
    return (
        f"KẾT LUẬN CỦA {holder.upper()} TẠI HỘI NGHỊ SƠ KẾT CÔNG TÁC THÔNG TIN ĐỐI NGOẠI\n"
        f"Sau khi nghe báo cáo và ý kiến thảo luận, {holder} {frame}\n{items}\n"
    )


NOTICES = {"formal": formal, "one line": one_line, "capitals": capitals}
HOLDERS = ["Chủ tịch UBND tỉnh", "Phó Chủ tịch UBND tỉnh", "Thường trực Tỉnh ủy"]
FRAMES = ["kết luận như sau:", "kết luận:", "kết luận và chỉ đạo như sau:"]

ASSIGNMENTS = [
    (
        "Giao Sở Văn hóa, Thể thao và Du lịch chủ trì xây dựng kế hoạch quảng bá hình ảnh tỉnh "
        "năm 2025",
        [("", ["Sở Văn hóa, Thể thao và Du lịch"])],
    ),
    (
        "Sở Ngoại vụ chủ trì rà soát các đoàn phóng viên nước ngoài đến tỉnh",
        [("", ["Sở Ngoại vụ"])],
    ),
    (
        "Yêu cầu các sở, ban, ngành cung cấp thông tin kịp thời cho báo chí",
        [("", ["các sở, ban, ngành"])],
    ),
    (
        "Đề nghị Báo Phú Yên mở chuyên mục đối ngoại bằng tiếng Anh",
        [("", ["Báo Phú Yên"])],
    ),
    (
        "Công an tỉnh theo dõi, xử lý thông tin sai lệch trên mạng xã hội; Đài Phát thanh và "
        "Truyền hình tỉnh xây dựng chương trình phát thanh bằng tiếng nước ngoài",
        [
            ("Công an tỉnh theo dõi, xử lý thông tin sai lệch trên mạng xã hội", ["Công an tỉnh"]),
            (
                "Đài Phát thanh và Truyền hình tỉnh xây dựng chương trình phát thanh bằng tiếng nước "
                "ngoài",
                ["Đài Phát thanh và Truyền hình tỉnh"],
            ),
        ],
    ),
]
ASSESSMENTS = [
    "Chủ tịch UBND tỉnh đánh giá cao sự phối hợp của các sở, ngành trong thời gian qua",
    "Thời gian qua, các cơ quan báo chí của tỉnh đã đưa tin kịp thời về các sự kiện đối ngoại",
    "Cơ bản thống nhất với báo cáo của Sở Văn hóa, Thể thao và Du lịch",
    "Thường trực Tỉnh ủy ghi nhận những cố gắng của Ban Chỉ đạo trong năm qua",
    "Tuy nhiên, công tác thông tin đối ngoại ở cấp xã còn hạn chế",
]
MARKS = {"numbered": lambda i: f"{i + 1}. ", "dashed": lambda i: "- ", "sentences": lambda i: ""}


def _expected():
    out = []
    for sentence, tasks in ASSIGNMENTS:
        out.extend((text or sentence, lead) for text, lead in tasks)
    return out


@pytest.mark.parametrize("mark", MARKS)
@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("holder", HOLDERS)
@pytest.mark.parametrize("notice", NOTICES)
def test_assignments_after_assessments(notice, holder, frame, mark):
    lines = ASSESSMENTS[:2] + [a for a, _t in ASSIGNMENTS] + ASSESSMENTS[2:]
    items = "\n".join(f"{MARKS[mark](i)}{line}." for i, line in enumerate(lines))
    result = read(NOTICES[notice](holder, frame, items))
    assert texts_and_leads(result) == _expected()


@pytest.mark.parametrize("notice", NOTICES)
def test_assessments_alone(notice):
    items = "\n".join(f"{i + 1}. {line}." for i, line in enumerate(ASSESSMENTS))
    result = read(NOTICES[notice]("Chủ tịch UBND tỉnh", "kết luận như sau:", items))
    assert texts_and_leads(result) == []


@pytest.mark.parametrize(
    "text",
    [
        # a meeting's news: the speaker's closing words are its news
        "Sở Văn hóa, Thể thao và Du lịch tổ chức hội nghị tập huấn công tác thông tin đối ngoại\n"
        "Ngày 5/4/2024, Sở Văn hóa, Thể thao và Du lịch tổ chức hội nghị tập huấn công tác "
        "thông tin đối ngoại năm 2024.\nKết luận hội nghị, đồng chí Giám đốc Sở đánh giá cao "
        "tinh thần học tập của các học viên.\n",
        # a letter citing a notice by number
        "Thực hiện Thông báo kết luận số 88/TB-UBND ngày 12/3/2024 của Chủ tịch UBND tỉnh, Sở "
        "Văn hóa, Thể thao và Du lịch đã tổ chức rà soát các ấn phẩm thông tin đối ngoại.\n",
        # a party conclusion cited by number
        "Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, "
        "hiệu quả công tác thông tin đối ngoại trong tình hình mới đã được quán triệt.\n",
    ],
)
def test_not_a_notice(text):
    assert texts_and_leads(read(text)) == []
