"""A people's committee's office is that office, not the committee (mend).

"VĂN PHÒNG UBND TỈNH X" (one line), "VP UBND TỈNH X", "VĂN PHÒNG ỦY BAN NHÂN DÂN / TỈNH X" at
the top of a letter, and "Văn phòng UBND tỉnh X" / "VP UBND tỉnh X" holding an event in a news
item: the issuer is "Văn phòng Ủy ban nhân dân tỉnh X", of the province's level and place (as
the corpus's offices are), and the directory's office, not its committee. Near miss: "UBND
TỈNH X" above its own letter stays the committee. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from ttdn.directory.models import Agency
from ttdn.documents.source import SourceDocument
from ttdn.importer.extract import extract

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

OFFICE = "Văn phòng Ủy ban nhân dân tỉnh Phú Yên"


def read_with_agency(text: str) -> tuple[dict, str | None]:
    result = extract(SourceDocument(name="van-ban.txt", text=text, format="txt"))
    agency = Agency.objects.filter(pk=result.issuer_id).first() if result.issuer_id else None
    contract = result.contract()
    return (
        {k: contract[k] for k in ("issuer", "level", "locality")},
        agency.name if agency else None,
    )


def letter(heading: str) -> str:
    return (
        f"{heading}\n\nSố: 215/VP-NC\nV/v chuẩn bị hội nghị thông tin đối ngoại\n\n"
        "Phú Yên, ngày 8 tháng 5 năm 2024\n\nKính gửi: Sở Ngoại vụ.\n\n"
        "Thực hiện chỉ đạo của Chủ tịch UBND tỉnh, đề nghị Sở Ngoại vụ chuẩn bị nội dung hội "
        "nghị sơ kết công tác thông tin đối ngoại.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
        "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n"
    )


def news(holder: str) -> str:
    return (
        "Tập huấn nghiệp vụ lễ tân đối ngoại\n"
        f"Ngày 8/5/2024, {holder} tổ chức hội nghị tập huấn nghiệp vụ lễ tân đối ngoại cho cán "
        "bộ, công chức các sở, ngành.\n"
    )


EXPECTED = ({"issuer": OFFICE, "level": "province", "locality": "Phú Yên"}, OFFICE)


@pytest.mark.parametrize(
    "heading",
    [
        "VĂN PHÒNG UBND TỈNH PHÚ YÊN",
        "VP UBND TỈNH PHÚ YÊN",
        "VĂN PHÒNG ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN",
        "UBND TỈNH PHÚ YÊN\nVĂN PHÒNG",
    ],
)
def test_the_office_heading_its_letter_is_the_issuer(heading):
    assert read_with_agency(letter(heading)) == EXPECTED


@pytest.mark.parametrize(
    "holder",
    [
        "Văn phòng UBND tỉnh Phú Yên",
        "VP UBND tỉnh Phú Yên",
        "Văn phòng Ủy ban nhân dân tỉnh Phú Yên",
    ],
)
def test_the_office_holding_an_event_is_the_issuer(holder):
    assert read_with_agency(news(holder)) == EXPECTED


def test_near_miss_the_committee_heading_its_letter():
    committee = "Ủy ban nhân dân tỉnh Phú Yên"
    assert read_with_agency(letter("ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN")) == (
        {"issuer": committee, "level": "province", "locality": "Phú Yên"},
        committee,
    )
