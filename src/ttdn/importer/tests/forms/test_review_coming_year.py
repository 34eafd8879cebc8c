"""A review's coming year in its other openings (batches 4, 9, 11: the coming work of reviews).

"Năm 2024, Liên hiệp sẽ …" and "Năm 2024, Ban Chỉ đạo tiếp tục tập trung …" were read as the
work a review sets for the year after the one reviewed; so are "Trong năm 2024, …", a bare
"tiếp tục" or "tập trung", and the heading of the coming work "Phương hướng (, nhiệm vụ) năm
2024, <body> xác định / tập trung …", its body the lead. Not coming work: the year reviewed
("Trong năm 2023, Liên hiệp tiếp tục …"), work told as done ("Năm 2024, … đã …"), a coming
year with no body at work. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

REVIEW = (
    "Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên tổng kết năm 2023\n\n"
    "Ngày 20/12/2023, Liên hiệp các tổ chức hữu nghị tỉnh Phú Yên tổ chức hội nghị tổng kết "
    "công tác năm 2023. Năm 2023, Liên hiệp đã tổ chức 12 hoạt động giao lưu hữu nghị với bạn "
    "bè quốc tế.\n\n"
)


@pytest.mark.parametrize(
    "coming",
    [
        "Trong năm 2024, Liên hiệp tiếp tục phối hợp với Sở Ngoại vụ tổ chức các hoạt động kỷ "
        "niệm quan hệ ngoại giao",
        "Năm 2024, Liên hiệp tập trung vận động viện trợ phi chính phủ nước ngoài",
        "Phương hướng năm 2024, Liên hiệp xác định tập trung củng cố tổ chức bộ máy của các hội "
        "thành viên",
        "Phương hướng, nhiệm vụ năm 2024, Liên hiệp tập trung mở rộng quan hệ với các tổ chức "
        "nhân dân Lào",
    ],
)
def test_the_coming_year_in_its_openings_gives_the_work(directory, coming):
    assert texts_and_leads(read(REVIEW + coming + ".\n")) == [(coming, ["Liên hiệp"])]


@pytest.mark.parametrize(
    "said",
    [
        # the year reviewed
        "Trong năm 2023, Liên hiệp tiếp tục tăng cường quan hệ với các tổ chức hữu nghị của Lào",
        # done
        "Năm 2024, Liên hiệp đã tiếp tục được Trung ương Liên hiệp tặng Bằng khen",
        # no body at work
        "Năm 2024, hội nghị tổng kết sẽ được tổ chức tại thành phố Tuy Hòa",
    ],
)
def test_what_is_no_coming_work_gives_no_task(directory, said):
    assert texts_and_leads(read(REVIEW + said + ".\n")) == []
