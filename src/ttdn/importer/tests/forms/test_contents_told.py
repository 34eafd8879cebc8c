"""The contents of a plan told in a news item, as the subject of their sentence (batch 20).

"Trọng tâm tuyên truyền phản ánh sinh động …", "Nội dung tuyên truyền tập trung làm rõ …",
"Trọng tâm của đợt tuyên truyền hướng vào …": the subject is what the work will carry (its
contents or focus), not a body, and nothing asks for it ("cần", "phải"): what the plan is
about, no duty, its ';'-parts with it. Near misses that stay duties: the contents asked for
("Trọng tâm tuyên truyền cần phản ánh …"), a body set to the work ("Sở … tập trung tuyên
truyền, phản ánh …"), and the work told with its verb and no subject ("Tập trung tuyên truyền,
phản ánh …"). Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read, task_texts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

NEWS = (
    "Ngày 12/3/2024, Ban Tuyên giáo Thành ủy ban hành Kế hoạch số 45-KH/BTGTU về tuyên "
    "truyền biển, đảo năm 2024.\n\n{body}\n"
)
DUTY = (
    "Kế hoạch giao Sở Văn hóa và Thể thao chủ trì tổ chức triển lãm ảnh về biển, đảo Việt Nam "
    "trong tháng 6/2024."
)

TOLD = [
    "Trọng tâm tuyên truyền phản ánh sinh động thực tiễn huấn luyện, tuần tra trên biển; "
    "hoạt động tìm kiếm cứu nạn, hỗ trợ ngư dân vươn khơi bám biển.",
    "Trọng tâm tuyên truyền năm nay phản ánh đời sống, công tác của cán bộ, chiến sĩ nơi đảo xa.",
    "Trọng tâm của đợt tuyên truyền hướng vào việc khẳng định chủ quyền biển, đảo của Việt Nam.",
    "Nội dung tuyên truyền phản ánh những thành tựu phát triển kinh tế biển của thành phố; "
    "gương người tốt, việc tốt trong bảo vệ chủ quyền biển, đảo.",
    "Nội dung phối hợp tuyên truyền tập trung làm rõ vị trí, vai trò chiến lược của biển, đảo.",
    "Các nội dung tuyên truyền sẽ nêu bật vai trò của lực lượng Hải quân trong bảo vệ biển, đảo.",
]


@pytest.mark.parametrize("told", TOLD)
def test_contents_told_are_no_duty(told):
    got = task_texts(read(NEWS.format(body=told + "\n\n" + DUTY)))
    assert got == [DUTY.removeprefix("Kế hoạch giao ").rstrip(".")] or got == [DUTY.rstrip(".")]


ASKED = [
    "Trọng tâm tuyên truyền cần phản ánh sinh động thực tiễn huấn luyện, tuần tra trên biển.",
    "Sở Văn hóa và Thể thao tập trung tuyên truyền, phản ánh sinh động thực tiễn huấn luyện trên "
    "biển.",
    "Tập trung tuyên truyền, phản ánh sinh động thực tiễn huấn luyện, tuần tra trên biển.",
]


@pytest.mark.parametrize("asked", ASKED)
def test_asked_or_led_stays_a_duty(asked):
    got = task_texts(read(NEWS.format(body=asked + "\n\n" + DUTY)))
    assert any(t.startswith(asked[:25]) for t in got)
