"""News of an online conference told from one of its bridge points ("Tại điểm cầu Lào Cai,
tham dự có …"), the conference disseminating a central document ("Hội nghị đã quán triệt,
triển khai Nghị quyết số …-NQ/TW"): news of the meeting (typed other), never a report of
what the document recalls; the body that issued the document disseminated ("Ngày …, Bộ
Chính trị ban hành Nghị quyết số …") is not its issuer. With no holder written, the
conference is national, with no issuer (the corpus's convention, batch 22). Near misses: a
body that holds the conference is its issuer; a body that issues a document not
disseminated stays the subject.

Each text is written for the test in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

BRIDGE = [
    (
        "Tại điểm cầu Lào Cai, tham dự có đồng chí Phó Bí thư Tỉnh ủy cùng lãnh đạo các sở, "
        "ban, ngành.\nNgày 24/1/2024, Bộ Chính trị đã ban hành Nghị quyết số 12-NQ/TW về công "
        "tác thông tin đối ngoại. Qua 5 năm thực hiện, công tác đối ngoại đã đạt được kết quả "
        "quan trọng.\nHội nghị đã quán triệt, triển khai Nghị quyết số 12-NQ/TW, trong đó nêu "
        "rõ các quan điểm chỉ đạo.\n"
    ),
    (
        "Tại điểm cầu Sóc Trăng, dự hội nghị có lãnh đạo Ban Tuyên giáo Tỉnh ủy và các cơ quan "
        "báo chí.\nNgày 3/5/2024, Ban Bí thư ban hành Chỉ thị số 31-CT/TW về tăng cường công tác "
        "đối ngoại nhân dân. Nhìn chung, công tác này đã có nhiều chuyển biến.\nHội nghị quán "
        "triệt Chỉ thị số 31-CT/TW tới cán bộ chủ chốt.\n"
    ),
]


@pytest.mark.parametrize("text", BRIDGE)
def test_a_bridge_point_of_a_conference_disseminating(text):
    got = fields_of(read(text))
    assert (got["doc_type"], got["issuer"], got["level"]) == ("other", None, "national")


def test_a_holder_named_is_the_issuer():
    # (near miss: the holder written; the document's author still not the issuer)
    text = (
        "Sáng 5/3, Ban Tuyên giáo Tỉnh ủy Lào Cai tổ chức hội nghị quán triệt Nghị quyết số "
        "12-NQ/TW.\nNgày 24/1/2024, Bộ Chính trị đã ban hành Nghị quyết số 12-NQ/TW về công tác "
        "thông tin đối ngoại.\nHội nghị đã quán triệt, triển khai Nghị quyết số 12-NQ/TW.\n"
    )
    got = fields_of(read(text))
    assert (got["issuer"], got["level"]) == ("Ban Tuyên giáo Tỉnh ủy Lào Cai", "province")


def test_a_document_not_disseminated_keeps_its_author():
    # (near miss: news of the document itself, which no meeting disseminates)
    text = (
        "Ngày 24/1/2024, Bộ Chính trị đã ban hành Nghị quyết số 12-NQ/TW về công tác thông tin "
        "đối ngoại trong tình hình mới.\nNghị quyết nêu rõ các quan điểm chỉ đạo.\n"
    )
    assert fields_of(read(text))["issuer"] == "Bộ Chính trị"
