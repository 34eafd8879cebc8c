"""A conditional request is a task without its condition, led by its addressee (batch 19).

"Trong quá trình thực hiện, nếu có khó khăn, vướng mắc hoặc có kiến nghị …, đề nghị Quý Cơ
quan liên hệ với Sở …": the task starts at the requesting verb and is led by the body asked,
whose name ends before its verb ("liên hệ", "phản ánh", "báo cáo"). With no requesting verb
("…, các sở, ngành báo cáo về Sở …") it starts at the bodies. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import letter_of, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

CONDITIONS = [
    "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc hoặc có kiến nghị sửa đổi, bổ sung, ",
    "Nếu có khó khăn, vướng mắc, ",
    "Trong quá trình triển khai, nếu phát sinh khó khăn, vướng mắc, ",
    "Trường hợp có vướng mắc, ",
    "Trong quá trình tổ chức thực hiện, nếu gặp khó khăn, ",
]

REQUESTS = [
    (
        "đề nghị Quý Cơ quan liên hệ với Sở Ngoại vụ để tổng hợp, báo cáo Bộ Ngoại giao xem xét",
        ["Quý Cơ quan"],
    ),
    (
        "đề nghị các cơ quan, đơn vị phản ánh về Sở Thông tin và Truyền thông để tổng hợp, báo "
        "cáo UBND tỉnh",
        ["các cơ quan, đơn vị"],
    ),
    (
        "các sở, ngành, địa phương báo cáo về Sở Thông tin và Truyền thông để tổng hợp",
        ["các sở, ngành, địa phương"],
    ),
    (
        "yêu cầu các đơn vị kịp thời phản ánh về Sở Ngoại vụ để tổng hợp",
        ["các đơn vị"],
    ),
]

NOTICE = (
    "Sở Ngoại vụ đề nghị các cơ quan, đơn vị áp dụng các mẫu văn bản đối ngoại trong quá trình "
    "làm việc với đối tác nước ngoài."
)


@pytest.mark.parametrize(("request_text", "lead"), REQUESTS)
@pytest.mark.parametrize("condition", CONDITIONS)
def test_the_request_without_its_condition(condition, request_text, lead):
    result = read(letter_of("Phú Yên", f"{NOTICE}\n\n{condition}{request_text}."))
    assert texts_and_leads(result) == [
        (NOTICE.rstrip("."), ["các cơ quan, đơn vị"]),
        (request_text, lead),
    ]
