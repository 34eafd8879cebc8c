"""A requirement retold from a guidance, with its ";"-duties and the paragraph after it
(batch 20).

"Hướng dẫn cũng nêu rõ yêu cầu các sở, … thường xuyên …;... các hình thức …; đặc biệt cần chú
trọng phát huy …" then a paragraph with no subject ("Tuyên truyền, phổ biến …; vạch trần âm
mưu …"): the clause singled out after ";" ("đặc biệt cần chú trọng …") is a duty of its own;
the clause the copy cut (";... các hình thức …", its verb left out) is a fragment, no task
nor part of the duty before it; the next paragraph, opening with a duty verb and no subject,
goes on with the bodies asked, each ";"-clause a duty ("vạch trần …" one too). A paragraph
after the request that opens with no duty verb, and a later sentence of it, take no lead.
Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

ASKED = ["các sở, ngành", "các đoàn thể chính trị - xã hội"]
REQUEST = (
    "Hướng dẫn cũng yêu cầu các sở, ngành, các đoàn thể chính trị - xã hội thường xuyên đổi "
    "mới hình thức tuyên truyền về biên giới, bảo đảm sát đối tượng"
)


def test_singled_out_clause_and_next_paragraph_are_duties_of_the_asked(directory):
    got = read(
        f"{REQUEST};... các hình thức phù hợp với từng đối tượng để thông tin đến được với đồng "
        "bào vùng biên; đặc biệt cần chú trọng khai thác các trang mạng xã hội để quảng bá hình "
        "ảnh địa phương.\nTuyên truyền, phổ biến các quy định về quản lý biên giới; vạch trần "
        "các luận điệu xuyên tạc về công tác phân giới, cắm mốc.\n"
    )
    assert texts_and_leads(got) == [
        (REQUEST, ASKED),
        ("đặc biệt cần chú trọng khai thác các trang mạng xã hội để quảng bá hình ảnh địa "
         "phương", ASKED),
        ("Tuyên truyền, phổ biến các quy định về quản lý biên giới", ASKED),
        ("vạch trần các luận điệu xuyên tạc về công tác phân giới, cắm mốc", ASKED),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "after",
    [
        # no duty verb opening the paragraph; its later sentence is not its opening
        "Đây là nhiệm vụ thường xuyên, lâu dài của cả hệ thống chính trị. Tổ chức các cuộc thi "
        "tìm hiểu về biên giới quốc gia.",
        # in lower case: no sentence of its own
        "tuyên truyền viên các cấp tổ chức các cuộc thi tìm hiểu về biên giới quốc gia.",
    ],
)
def test_paragraph_that_does_not_open_with_a_duty_is_not_the_asked_work(directory, after):
    got = read(f"{REQUEST}.\n{after}\n")
    assert texts_and_leads(got) == [(REQUEST, ASKED)]


def test_forces_named_by_their_kind_stay_one_addressee(directory):
    asked = (
        "Hướng dẫn cũng yêu cầu các sở, ngành và các lực lượng tuyên truyền biên giới từ tỉnh "
        "đến cơ sở thường xuyên đổi mới hình thức tuyên truyền"
    )
    assert texts_and_leads(read(asked + ".\n")) == [
        (asked, ["các sở, ngành", "các lực lượng tuyên truyền biên giới từ tỉnh đến cơ sở"])
    ]


def test_body_named_after_forces_ends_before_its_verb(directory):
    # near miss: "lực lượng Bộ đội Biên phòng tuyên truyền …", the verb after the body's name
    asked = (
        "Hướng dẫn cũng yêu cầu các sở, ngành và lực lượng Bộ đội Biên phòng tuyên truyền các "
        "quy định về quản lý biên giới"
    )
    [(text, lead)] = texts_and_leads(read(asked + ".\n"))
    assert lead[-1].endswith("lực lượng Bộ đội Biên phòng")
