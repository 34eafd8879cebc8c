"""A leader's working session with a department is held by the leader's body (batch 19).

"Ngày …, đồng chí …, Phó Chủ tịch UBND tỉnh làm việc với Sở Ngoại vụ về kết quả thực hiện
công tác đối ngoại 6 tháng đầu năm …": the session is the committee's (the body its chair
serves, batch 15), at its level and in its place; on a department's results it is a report,
its period the year reviewed. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

LEADERS = [
    ("đồng chí Trần Hữu Thế, Phó Chủ tịch UBND tỉnh Phú Yên", "Ủy ban nhân dân tỉnh Phú Yên"),
    (
        "đồng chí Lê Tấn Hổ, Phó Chủ tịch Thường trực UBND tỉnh Phú Yên",
        "Ủy ban nhân dân tỉnh Phú Yên",
    ),
    ("Chủ tịch UBND tỉnh Phú Yên Tạ Anh Tuấn", "Ủy ban nhân dân tỉnh Phú Yên"),
    (
        "đồng chí Nguyễn Văn Phong, Phó Chủ tịch UBND thành phố Hà Nội",
        "Ủy ban nhân dân thành phố Hà Nội",
    ),
    # (the province named only in the session's own content)
    ("đồng chí Đào Mỹ, Phó Chủ tịch UBND tỉnh", "Ủy ban nhân dân tỉnh Phú Yên"),
]

DEPARTMENTS = ["Sở Ngoại vụ", "Sở Thông tin và Truyền thông", "Sở Văn hóa, Thể thao và Du lịch"]


@pytest.mark.parametrize("department", DEPARTMENTS)
@pytest.mark.parametrize(("leader", "issuer"), LEADERS)
def test_the_session_is_held_by_the_leaders_body(leader, issuer, department):
    result = read(
        f"Lãnh đạo tỉnh làm việc với {department}\n\nNgày 05/6/2024, {leader} làm việc với "
        f"{department} về kết quả thực hiện công tác đối ngoại 6 tháng đầu năm và phương hướng, "
        "nhiệm vụ 6 tháng cuối năm 2024; công tác chuẩn bị Hội nghị xúc tiến đầu tư tổ chức tại "
        "Phú Yên.\n\nTrong 6 tháng đầu năm 2024, công tác đối ngoại của tỉnh được triển khai "
        "đồng bộ, đạt nhiều kết quả quan trọng.\n"
    )
    assert (result["doc_type"], result["issuer"], result["level"]) == (
        "report",
        issuer,
        "province",
    )
    assert result["period"] == {"from_year": 2024, "to_year": 2024}
    assert result["tasks"] == []
