"""One duty made precise after ";" (batch 20).

"Các cơ quan, đơn vị cần đa dạng hóa các hình thức tuyên truyền …; chú trọng hình thức tuyên
truyền miệng": the clause after ";" singles out one of the things the clause before it named
("các hình thức …" → "hình thức …"), so the two are one duty, not two. A clause after ";" that
opens with a verb ("…; chú trọng tuyên truyền …") or names something the clause before did not
("…; ưu tiên công tác bồi dưỡng …") stays a duty of its own. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, task_texts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

ONE_DUTY = [
    (
        "Phú Yên",
        "Các sở, ngành cần đa dạng hóa các hình thức quảng bá hình ảnh địa phương; chú trọng "
        "hình thức quảng bá trên mạng xã hội",
    ),
    (
        "Hà Nam",
        "Sở Văn hóa, Thể thao và Du lịch mở rộng các hoạt động giao lưu văn hóa với các nước; "
        "ưu tiên hoạt động giao lưu với các địa phương kết nghĩa",
    ),
    (
        "Lào Cai",
        "Các huyện, thị xã đổi mới các nội dung tuyên truyền về biên giới; chú trọng "
        "nội dung về phân giới, cắm mốc",
    ),
    (
        "Quảng Trị",
        "Các cơ quan báo chí của tỉnh tăng cường các chuyên mục về người Việt Nam ở nước ngoài; "
        "quan tâm đến chuyên mục bằng tiếng nước ngoài",
    ),
]


@pytest.mark.parametrize(("province", "duty"), ONE_DUTY)
def test_clause_singling_out_what_was_named_is_the_same_duty(directory, province, duty):
    got = read(news_of_plan(province, "Theo đó, " + duty + ".\n"))
    assert task_texts(got) == [duty]


SEPARATE_DUTIES = [
    (
        "Phú Yên",
        "Các sở, ngành cần đa dạng hóa các hình thức quảng bá hình ảnh địa phương",
        "chú trọng tuyên truyền trên mạng xã hội",
    ),
    (
        "Hà Nam",
        "Sở Văn hóa, Thể thao và Du lịch mở rộng các hoạt động giao lưu văn hóa với các nước",
        "ưu tiên công tác bồi dưỡng đội ngũ cán bộ làm công tác đối ngoại",
    ),
    (
        "Lào Cai",
        "Các huyện, thị xã đổi mới các nội dung tuyên truyền về biên giới",
        "chú trọng nâng cao chất lượng các tin, bài về phân giới, cắm mốc",
    ),
]


@pytest.mark.parametrize(("province", "first", "second"), SEPARATE_DUTIES)
def test_clause_with_work_of_its_own_stays_a_duty(directory, province, first, second):
    got = read(news_of_plan(province, f"Theo đó, {first}; {second}.\n"))
    assert task_texts(got) == [first, second]
