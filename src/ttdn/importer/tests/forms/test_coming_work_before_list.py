"""The work a place or body sets itself before a plan's list, in news of the plan (batch 13).

"Theo kế hoạch, Cà Mau sẽ tập trung mở rộng quan hệ hợp tác …. Bên cạnh đó, Cà Mau tiếp tục
tăng cường …. … UBND tỉnh đề ra một số nhiệm vụ, giải pháp chính, gồm: …": reading started at
the list and took what came before it for the plan's purposes restated; a sentence whose
subject "sẽ tập trung / (sẽ) tiếp tục" does a duty is work as much as the list's items, so
reading starts at the first of them (the sentences between keep their own filters). Not
duties: work told as done ("đã tiếp tục …"), the aim a body sets ("Tỉnh cũng đặt mục tiêu …;
…"), a comment on the work ("Đây cũng là một nhiệm vụ quan trọng, …"). Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, task_texts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

LIST = (
    "Để triển khai hiệu quả kế hoạch, UBND tỉnh đề ra một số nhiệm vụ, giải pháp chính, gồm:\n"
    "Nâng cao hiệu quả quản lý nhà nước về hoạt động đối ngoại; tăng cường công tác thông tin "
    "đối ngoại.\n"
)
ITEMS = [
    "Nâng cao hiệu quả quản lý nhà nước về hoạt động đối ngoại",
    "tăng cường công tác thông tin đối ngoại",
]


@pytest.mark.parametrize(
    "coming",
    [
        "Phú Yên sẽ tập trung mở rộng quan hệ hợp tác với các địa phương nước ngoài",
        "Phú Yên sẽ tiếp tục đẩy mạnh quảng bá hình ảnh tỉnh tại các thị trường trọng điểm",
        "Sở Ngoại vụ tiếp tục tham mưu tổ chức các hoạt động kỷ niệm quan hệ ngoại giao",
        "Liên hiệp các tổ chức hữu nghị tỉnh sẽ tiếp tục vận động viện trợ phi chính phủ",
    ],
)
@pytest.mark.parametrize("opening", ["Theo kế hoạch, ", "Năm 2025, ", ""])
def test_coming_work_before_the_list_is_read(directory, coming, opening):
    got = task_texts(read(news_of_plan("Phú Yên", f"{opening}{coming}.\n" + LIST)))
    # (a connector is dropped, the year the work is set for kept, as in the gold)
    assert got == [coming if opening.startswith("Theo") else opening + coming, *ITEMS]


@pytest.mark.parametrize(
    "before",
    [
        # told as done
        "Năm 2024, Phú Yên đã tiếp tục tăng cường quan hệ hợp tác với các địa phương nước ngoài.",
        # the aim set, with a second clause
        "Tỉnh cũng đặt mục tiêu tranh thủ các nguồn vốn nước ngoài; phát huy nội lực của tỉnh.",
        # a comment on the work
        "Đây cũng là một nhiệm vụ quan trọng, góp phần thực hiện thắng lợi Nghị quyết Đại hội.",
        # a purpose
        "Kế hoạch nhằm tiếp tục nâng cao hiệu quả công tác đối ngoại của tỉnh.",
    ],
)
def test_what_is_no_coming_work_before_the_list_is_no_task(directory, before):
    coming = "Phú Yên sẽ tập trung mở rộng quan hệ hợp tác với các địa phương nước ngoài"
    got = task_texts(read(news_of_plan("Phú Yên", f"{coming}. {before}\n" + LIST)))
    assert got == [coming, *ITEMS]
