"""A duty given after a speaker's frame, and two ';'-duties ending a sentence (left24).

(1) "Định hướng công tác tuyên truyền, <chức vụ> <tên> khẳng định, các cấp ủy … cần đẩy
mạnh …; đấu tranh, phản bác …": what the speaker stated ("khẳng định", "nhấn mạnh", "lưu ý",
"cho rằng") is a duty when a 'các' subject follows with "cần" or "phải"; the speaker is
dropped as a frame is, and the subject leads the duty and the ';'-duties after it. Near
misses: a speaker stating a result or a fact ("… khẳng định, các hoạt động đối ngoại đã đạt
…", no "cần") gives no task.
(2) "…; tổ chức các hoạt động kỷ niệm …; hoàn thành các mục tiêu, chỉ tiêu …": "hoàn thành"
opens a duty of its own after ';' as any duty verb does. Near miss: "đã hoàn thành" told as
done is no duty. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def conference(body: str) -> str:
    return news_of_plan("Phú Yên", f"{body}\n")


FRAMES = [
    "Định hướng công tác tuyên truyền, Trưởng ban Tuyên giáo Tỉnh ủy Nguyễn Văn An khẳng định,",
    "Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Trần Thị Bình nhấn mạnh,",
    "Đồng chí Lê Văn Cường, Phó Bí thư Tỉnh ủy lưu ý,",
    "Giám đốc Sở Ngoại vụ Phạm Minh Đức khẳng định,",
    "UVTV Tỉnh ủy, Trưởng ban Dân vận Tỉnh ủy Hồ Thị Dung cho rằng,",
]
SUBJECTS = ["các sở, ban, ngành, địa phương", "các cơ quan báo chí trong tỉnh"]


@pytest.mark.parametrize("frame", FRAMES)
@pytest.mark.parametrize("subject", SUBJECTS)
def test_the_duty_after_a_speaker_is_read_with_its_subject(frame, subject):
    result = read(
        conference(
            f"{frame} {subject} cần đẩy mạnh tuyên truyền về chủ quyền biển, đảo; đấu tranh, "
            "phản bác các quan điểm sai trái, thù địch."
        )
    )
    got = texts_and_leads(result)
    assert [text for text, _lead in got] == [
        f"{subject} cần đẩy mạnh tuyên truyền về chủ quyền biển, đảo",
        "đấu tranh, phản bác các quan điểm sai trái, thù địch",
    ]
    assert all(lead and lead[0].startswith(subject.split(",")[0]) for _text, lead in got)


@pytest.mark.parametrize("frame", FRAMES)
def test_near_miss_a_speaker_telling_a_result_gives_no_task(frame):
    result = read(
        conference(
            f"{frame} các hoạt động đối ngoại của tỉnh đã đạt nhiều kết quả quan trọng, góp "
            "phần quảng bá hình ảnh địa phương."
        )
    )
    assert result["tasks"] == []


@pytest.mark.parametrize(
    "before",
    ["tổ chức các hoạt động kỷ niệm các ngày lễ lớn", "tuyên truyền về biển, đảo"],
)
@pytest.mark.parametrize(
    "last",
    [
        "hoàn thành các mục tiêu, chỉ tiêu, nhiệm vụ năm 2024",
        "hoàn thành tốt các nhiệm vụ được giao",
    ],
)
def test_hoan_thanh_after_a_semicolon_is_a_duty_of_its_own(before, last):
    result = read(
        conference(
            "Các sở, ban, ngành, địa phương tổ chức đợt sinh hoạt chính trị sâu rộng; "
            f"{before}; {last}."
        )
    )
    assert [text for text, _lead in texts_and_leads(result)] == [
        "Các sở, ban, ngành, địa phương tổ chức đợt sinh hoạt chính trị sâu rộng",
        before,
        last,
    ]


def test_near_miss_done_is_no_duty():
    result = read(
        conference(
            "Năm 2023, các sở, ban, ngành, địa phương đã hoàn thành các mục tiêu, chỉ tiêu đề ra."
        )
    )
    assert result["tasks"] == []


@pytest.mark.parametrize(
    "topic",
    [
        "công tác chuẩn bị đại hội đảng bộ các cấp",
        "công tác phòng, chống thiên tai",
        "công tác bảo vệ chủ quyền biên giới quốc gia",
    ],
)
def test_cong_tac_after_a_semicolon_is_one_more_topic(topic):
    # (3) "… cần đẩy mạnh tuyên truyền A; công tác chuẩn bị …; đấu tranh …": the work named
    # after ';' is one more topic of the verb before it, not a duty of its own
    result = read(
        conference(
            "Các sở, ban, ngành, địa phương cần đẩy mạnh tuyên truyền kết quả thực hiện Chỉ thị "
            f"05; {topic}; đấu tranh, phản bác các quan điểm sai trái."
        )
    )
    assert [text for text, _lead in texts_and_leads(result)] == [
        "Các sở, ban, ngành, địa phương cần đẩy mạnh tuyên truyền kết quả thực hiện Chỉ thị "
        f"05; {topic}",
        "đấu tranh, phản bác các quan điểm sai trái",
    ]


def test_near_miss_cong_tac_after_other_work_is_its_own():
    # (no propaganda before it: "… kiểm tra việc chấp hành …; công tác nhân quyền, phản bác
    # …" names a duty of its own, as a plan lists its fields)
    result = read(
        conference(
            "Công an tỉnh hướng dẫn, kiểm tra việc chấp hành chế độ bảo mật; công tác nhân "
            "quyền, phản bác các thông tin sai trái."
        )
    )
    assert [text for text, _lead in texts_and_leads(result)] == [
        "Công an tỉnh hướng dẫn, kiểm tra việc chấp hành chế độ bảo mật",
        "công tác nhân quyền, phản bác các thông tin sai trái",
    ]
