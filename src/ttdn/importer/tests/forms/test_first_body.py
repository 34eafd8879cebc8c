"""The last reading of the issuer: the first body of the headline or lede that acts, in
whatever place of its sentence, when no form names one."""

import pytest

from .support import read

pytestmark = pytest.mark.django_db

BODIES = [
    # (as written, issuer, level, locality)
    ("Ban Đối ngoại Trung ương", "Ban Đối ngoại Trung ương", "national", None),
    (
        "Liên hiệp các tổ chức hữu nghị tỉnh Bạc Liêu",
        "Liên hiệp các tổ chức hữu nghị tỉnh Bạc Liêu",
        "province",
        "Bạc Liêu",
    ),
    (
        "Ban Tuyên giáo Tỉnh ủy Nghệ An",
        "Ban Tuyên giáo Tỉnh ủy Nghệ An",
        "province",
        "Nghệ An",
    ),
]

FORMS = [
    # the body's head chairs, the body named inside the sentence
    "Tập huấn công tác đối ngoại năm 2020\n"
    "Đồng chí Nguyễn Văn Hùng, Phó trưởng ban Thường trực {body} chủ trì hội nghị. Hội nghị "
    "có 54 điểm cầu với sự tham dự của đại diện lãnh đạo các địa phương.\n",
    # after a day and a venue, with its parent body in brackets
    "Gặp gỡ báo chí đầu năm\n\nLê An\n"
    "Ngày 7/1, tại Hà Nội, {body} (cơ quan chủ quản) đã tổ chức chương trình gặp gỡ báo chí "
    "về kết quả hoạt động đối ngoại.\n",
    # joint work it leads with others
    "Phối hợp liên ngành trong công tác đối ngoại nhân dân\n"
    "{body} sẽ cùng Ủy ban Mặt trận Tổ quốc Việt Nam và các sở, ngành thực hiện 4 hoạt động "
    "đối ngoại nhân dân.\n",
]


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("written", "issuer", "level", "locality"), BODIES)
def test_the_first_body_that_acts_is_the_issuer(form, written, issuer, level, locality):
    got = read(form.format(body=written))
    assert (got["issuer"], got["level"], got["locality"]) == (issuer, level, locality)


def test_a_body_named_as_the_author_of_what_is_carried_out_is_not():
    got = read(
        "Nghệ An triển khai nhiệm vụ thông tin đối ngoại năm 2025\n"
        "Theo chỉ đạo, năm 2025 Nghệ An sẽ tiếp tục triển khai Kết luận số 57-KL/TW ngày "
        "15/6/2023 của Bộ Chính trị về công tác thông tin đối ngoại. Các sở, ngành tổ chức "
        "tuyên truyền về tiềm năng của tỉnh.\n"
    )
    assert got["issuer"] != "Bộ Chính trị"


def test_a_body_met_with_is_not():
    got = read(
        "Làm việc về công tác đối ngoại\n"
        "Sáng 12/4, đoàn công tác đã làm việc với Sở Ngoại vụ tỉnh Lào Cai về hợp tác với các "
        "địa phương của Trung Quốc.\n"
    )
    assert got["issuer"] is None
