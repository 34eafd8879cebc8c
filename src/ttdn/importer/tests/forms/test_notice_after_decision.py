"""A department's notice after another body's decision told as an event (batch 19).

"Ngày 31/8/2016, Bộ … có Quyết định số … về việc …. Sở Ngoại vụ thông báo các Sở, ban, ngành,
Ủy ban nhân dân các huyện … được biết, áp dụng …": the item is the department's notice; the
decision it opens with is neither its number, its date nor its issuer (batch 6: documents told
as events of an opening sentence are background), and with no number or date of its own the
notice has none. The notice is a task led by the bodies it names. A body that goes on about
its own letter ("Bộ … có Công văn số …. Bộ … đề nghị …") keeps the letter. Synthetic texts
only.
"""

from __future__ import annotations

import pytest

from .support import read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

DECISIONS = [
    "Ngày 31/8/2016, Bộ Ngoại giao có Quyết định số 3287/QĐ-BNG về việc ban hành mẫu một số "
    "văn bản giao dịch đối ngoại của địa phương.",
    "Ngày 14/02/2023, Bộ Thông tin và Truyền thông có Văn bản số 512/BTTTT-TTĐN về việc hướng "
    "dẫn công tác thông tin đối ngoại năm 2023.",
    "Ngày 05/3/2022, Ban Chỉ đạo công tác thông tin đối ngoại Trung ương có Hướng dẫn số "
    "14-HD/BCĐTTĐN về tuyên truyền kỷ niệm các ngày lễ lớn.",
    "Ngày 20 tháng 6 năm 2021, Bộ Ngoại giao đã có Công văn số 2150/BNG-VP về việc thực hiện "
    "quy chế quản lý đoàn ra, đoàn vào.",
]

NOTICES = [
    (
        "Sở Ngoại vụ thông báo các Sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố "
        "được biết, áp dụng các mẫu văn bản trong quá trình làm việc với đối tác nước ngoài.",
        "Sở Ngoại vụ",
        ["các Sở, ban, ngành", "Ủy ban nhân dân các huyện, thị xã, thành phố"],
    ),
    (
        "Sở Thông tin và Truyền thông thông báo đến các cơ quan báo chí địa phương được biết, "
        "triển khai thực hiện.",
        "Sở Thông tin và Truyền thông",
        ["các cơ quan báo chí địa phương"],
    ),
    (
        "Sở Ngoại vụ đề nghị các cơ quan, đơn vị nghiên cứu, áp dụng trong quá trình làm việc "
        "với đối tác nước ngoài.",
        "Sở Ngoại vụ",
        ["các cơ quan, đơn vị"],
    ),
    (
        "Sở Văn hóa, Thể thao và Du lịch trân trọng thông báo tới các đơn vị trực thuộc được biết "
        "và thực hiện.",
        "Sở Văn hóa, Thể thao và Du lịch",
        ["các đơn vị trực thuộc"],
    ),
]


def notice(decision: str, body: str) -> str:
    return (
        f"Hướng dẫn thể thức văn bản đối ngoại\n\nNgày đăng: 30/10, 19:41\n\n{decision}\n\n{body}\n"
    )


@pytest.mark.parametrize(("body", "issuer", "lead"), NOTICES)
@pytest.mark.parametrize("decision", DECISIONS)
def test_the_notice_is_the_departments(decision, body, issuer, lead):
    result = read(notice(decision, body))
    assert {k: result[k] for k in ("doc_type", "plan_number", "issued_date", "issuer")} == {
        "doc_type": "other",
        "plan_number": None,
        "issued_date": None,
        "issuer": issuer,
    }
    assert result["level"] == "department"
    assert result["legal_bases"] == []
    assert [one for _text, one in texts_and_leads(result)] == [lead]


def test_a_body_going_on_about_its_own_letter_keeps_it():
    result = read(
        notice(
            "Ngày 10/02/2022, Bộ Ngoại giao có Công văn số 404/BNG-NGVH về việc hướng dẫn tổ "
            "chức hoạt động ngoại giao văn hóa năm 2022.",
            "Bộ Ngoại giao đề nghị các địa phương chủ động xây dựng kế hoạch.",
        )
    )
    assert (result["plan_number"], result["issued_date"], result["issuer"]) == (
        "404/BNG-NGVH",
        "2022-02-10",
        "Bộ Ngoại giao",
    )
