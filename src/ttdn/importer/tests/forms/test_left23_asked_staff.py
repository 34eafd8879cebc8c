"""A request to the people who carry the work, "đội ngũ …", after a speaker's frame (left23).

"Đồng chí …, Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy định hướng công tác tuyên truyền
tháng 5/2025, yêu cầu đội ngũ báo cáo viên, tuyên truyền viên bám sát chỉ đạo cấp ủy, …": the
staff asked ("đội ngũ báo cáo viên, tuyên truyền viên", "đội ngũ cán bộ làm công tác tuyên
truyền", "đội ngũ phóng viên, biên tập viên") lead the task as one collective entry, as bodies
asked do; a verb joined to "viên" ("báo cáo viên", "tuyên truyền viên") and a verb after
"công tác" ("công tác tuyên truyền") are nouns inside the name, not its end. Near misses: the
staff as the object of a body's duty ("giao Sở Nội vụ xây dựng đội ngũ báo cáo viên …",
"nâng cao chất lượng đội ngũ cán bộ …") leave the body the lead. After a "các" list of bodies
("các tổ chức chính trị - xã hội, đội ngũ báo cáo viên các cấp …") the staff are an entry of
their own, not a kind on that list. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

MEETING = (
    "Hội nghị báo cáo viên tháng 7/2024\n\n"
    "Ngày 12/7, Ban Tuyên giáo Tỉnh ủy Phú Yên tổ chức hội nghị báo cáo viên tháng 7/2024. Hội "
    "nghị đã nghe thông tin chuyên đề về tình hình thế giới và khu vực.\n\n"
)


@pytest.mark.parametrize(
    ("speaker", "staff", "work"),
    [
        (
            "Đồng chí Lê Văn Cường, Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy định hướng "
            "công tác tuyên truyền tháng 7/2024, yêu cầu ",
            "đội ngũ báo cáo viên, tuyên truyền viên",
            " bám sát chỉ đạo cấp ủy, lựa chọn nội dung trọng tâm để truyền thông hiệu quả",
        ),
        (
            "Đồng chí Lê Văn Cường, Trưởng Ban Tuyên giáo Tỉnh ủy đề nghị ",
            "đội ngũ cán bộ làm công tác tuyên truyền",
            " nắm chắc tình hình, kịp thời định hướng dư luận",
        ),
        (
            "Phát biểu chỉ đạo, đồng chí Trần Thị Hoa, Phó Bí thư Tỉnh ủy yêu cầu ",
            "đội ngũ phóng viên, biên tập viên",
            " tăng cường thông tin về các sự kiện đối ngoại của tỉnh",
        ),
        (
            "Đồng chí Lê Văn Cường, Trưởng Ban Tuyên giáo Tỉnh ủy đề nghị ",
            "đội ngũ cộng tác viên",
            " tích cực phản ánh dư luận xã hội ở cơ sở",
        ),
    ],
)
def test_the_staff_asked_lead_as_one_entry(speaker, staff, work):
    got = texts_and_leads(read(MEETING + speaker + staff + work + ".\n"))
    frame = speaker.split("Phát biểu chỉ đạo, ")[-1]
    assert got == [(frame + staff + work, [staff])]


@pytest.mark.parametrize(
    "duty",
    [
        "UBND tỉnh giao Sở Nội vụ xây dựng đội ngũ báo cáo viên, tuyên truyền viên các cấp",
        "UBND tỉnh giao Sở Nội vụ nâng cao chất lượng đội ngũ cán bộ làm công tác đối ngoại",
    ],
)
def test_near_miss_the_staff_as_an_object_leave_the_body_the_lead(duty):
    got = texts_and_leads(read(news_of_plan("Phú Yên", duty + ".\n")))
    assert got == [(duty, ["Sở Nội vụ"])]


@pytest.mark.parametrize(
    ("bodies", "staff"),
    [
        ("các tổ chức chính trị - xã hội", "đội ngũ báo cáo viên các cấp"),
        ("các sở, ban, ngành", "đội ngũ tuyên truyền viên cơ sở"),
        ("các cơ quan báo chí", "phóng viên thường trú"),
    ],
)
def test_the_staff_after_a_list_of_bodies_are_an_entry_of_their_own(bodies, staff):
    speaker = "Đồng chí Lê Văn Cường, Trưởng Ban Tuyên giáo Tỉnh ủy đề nghị "
    work = " tăng cường tuyên truyền về biển, đảo"
    got = texts_and_leads(read(MEETING + speaker + f"{bodies}, {staff}" + work + ".\n"))
    assert got == [(speaker + f"{bodies}, {staff}" + work, [bodies, staff])]
