"""A direction preceded by its purpose in a news item (batch 20).

"Theo đó với mục đích nâng cao nhận thức …, góp phần …, UBND tỉnh chỉ đạo các sở, ngành liên
quan, … xây dựng chương trình hành động …": the purpose leads the sentence, the duty starts at
the body that directs (as "Nhằm …, đồng chí … yêu cầu …" already read). A sentence that is only
a purpose ("Với mục đích …, kế hoạch đề ra …", no body directing) stays no task. Synthetic texts
only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, task_texts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

DIRECTIONS = [
    (
        "Phú Yên",
        "Theo đó với mục đích nâng cao nhận thức của các cấp, các ngành về tầm quan trọng của "
        "công tác này, góp phần củng cố khối đại đoàn kết dân tộc, ",
        "UBND tỉnh chỉ đạo các sở, ngành liên quan, căn cứ chức năng nhiệm vụ, xây dựng chương "
        "trình hành động cụ thể để triển khai thực hiện",
    ),
    (
        "Hà Nam",
        "Với mục đích quảng bá hình ảnh địa phương ra nước ngoài, ",
        "UBND tỉnh yêu cầu các sở, ban, ngành xây dựng kế hoạch tuyên truyền cụ thể",
    ),
    (
        "Lào Cai",
        "Với mục tiêu nâng cao hiệu quả công tác thông tin đối ngoại, ",
        "Chủ tịch UBND tỉnh giao Sở Ngoại vụ chủ trì tổ chức các hoạt động quảng bá",
    ),
    (
        "Quảng Trị",
        "Theo đó, với mục đích thu hút nguồn lực người Việt Nam ở nước ngoài, ",
        "UBND tỉnh đề nghị các huyện, thị xã, thành phố chủ động kết nối với kiều bào",
    ),
]


@pytest.mark.parametrize(("province", "purpose", "duty"), DIRECTIONS)
def test_direction_after_its_purpose_is_a_task(directory, province, purpose, duty):
    got = read(news_of_plan(province, purpose + duty + ".\n"))
    assert duty in task_texts(got)


def test_purpose_alone_is_no_task(directory):
    got = read(
        news_of_plan(
            "Phú Yên",
            "Với mục đích nâng cao nhận thức của cán bộ, đảng viên về công tác thông tin đối "
            "ngoại, góp phần quảng bá hình ảnh tỉnh.\n",
        )
    )
    assert task_texts(got) == []
