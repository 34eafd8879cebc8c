"""A letter's addressees carried down to the items it asks of them (batch 23).

"Sở … đề nghị Phòng Văn hóa và Thông tin các huyện, Trung tâm …, Ban Chỉ huy … thực hiện một
số nội dung sau:" above bulleted, lettered or numbered items: the items are tasks led by the
addressees (one entry per body, a "các …" list one entry: P4), with the bodies the ask names
to work with ("giao A chủ trì, phối hợp với B thực hiện các nhiệm vụ sau:") as coordinating.
The addressees go on under the unnamed numbered headings that divide what is asked ("1. Nội
dung tuyên truyền:", "a. Đối với …:"), and numbered items under such an ask in running text
are its items as bullets are. Near misses: a lead-in naming no addressee ("Kế hoạch đề ra
một số nội dung sau:"), the contents of a subject ("Nội dung tuyên truyền gồm:"), a purpose
("Kế hoạch nhằm các mục đích sau:"): their items are led by nobody. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import letter_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

ASKS = {
    "several": (
        "Sở Văn hóa, Thể thao và Du lịch đề nghị Phòng Văn hóa và Thông tin các huyện, Trung "
        "tâm Văn hóa tỉnh, Ban Chỉ huy Bộ đội Biên phòng tỉnh thực hiện một số nội dung sau:",
        [
            "Phòng Văn hóa và Thông tin các huyện",
            "Trung tâm Văn hóa tỉnh",
            "Ban Chỉ huy Bộ đội Biên phòng tỉnh",
        ],
        [],
    ),
    "cac_list": (
        "UBND tỉnh yêu cầu các sở, ban, ngành, địa phương triển khai các nội dung sau:",
        ["các sở, ban, ngành, địa phương"],
        [],
    ),
    "one_body": (
        "Sở Thông tin và Truyền thông đề nghị Báo Phú Yên thực hiện tốt các nội dung sau:",
        ["Báo Phú Yên"],
        [],
    ),
    "with_partner": (
        "UBND tỉnh giao Sở Ngoại vụ chủ trì, phối hợp với Sở Thông tin và Truyền thông thực "
        "hiện các nhiệm vụ sau:",
        ["Sở Ngoại vụ"],
        ["Sở Thông tin và Truyền thông"],
    ),
    "no_sau": (
        "Sở Văn hóa, Thể thao và Du lịch đề nghị Phòng Văn hóa và Thông tin các huyện, Trung "
        "tâm Văn hóa tỉnh thực hiện:",
        ["Phòng Văn hóa và Thông tin các huyện", "Trung tâm Văn hóa tỉnh"],
        [],
    ),
}
FIRST = "Tuyên truyền chủ trương của Đảng về biên giới quốc gia"
SECOND = "Tổ chức các hoạt động văn hóa ở khu vực biên giới"
MARKS = {"dashes": ("-", "-"), "letters": ("a)", "b)"), "numbers": ("1.", "2.")}
HEADLINE = "Hướng dẫn tuyên truyền biên giới năm 2024\n\n"
NEWS = (
    "Tăng cường tuyên truyền biên giới năm 2024\nNgày 12/3/2024, Sở Văn hóa, Thể thao và Du "
    "lịch tỉnh Phú Yên có Công văn số 310/SVHTTDL-QLVH về việc tuyên truyền biên giới.\n"
)


def _frame(kind: str, body: str) -> str:
    if kind == "letter":
        return letter_of("Phú Yên", body)
    return (NEWS if kind == "news" else HEADLINE) + body


def _read(text: str) -> list[tuple[str, list[str], list[str]]]:
    return [
        (
            t["text"],
            [m["as_written"] for m in t["lead"]],
            [m["as_written"] for m in t["coordinating"]],
        )
        for t in read(text)["tasks"]
    ]


@pytest.mark.parametrize("kind", ["letter", "news", "guidance"])
@pytest.mark.parametrize("marks", list(MARKS))
@pytest.mark.parametrize("ask", list(ASKS))
def test_the_addressees_lead_the_items_asked_of_them(directory, kind, marks, ask):
    intro, lead, coordinating = ASKS[ask]
    one, two = MARKS[marks]
    body = f"{intro}\n{one} {FIRST}.\n{two} {SECOND}.\n"
    assert _read(_frame(kind, body)) == [
        (FIRST, lead, coordinating),
        (SECOND, lead, coordinating),
    ]


SUBHEADINGS = {
    "numbered": "1. Nội dung tuyên truyền:\n\n",
    "lettered": "a. Đối với tuyến biên giới Việt Nam – Lào:\n\n",
    "both": "1. Nội dung tuyên truyền:\n\na. Đối với tuyến biên giới Việt Nam – Lào:\n\n",
}
RELAYED = (
    "Thực hiện Công văn số 05/VHCS-TTCĐ ngày 14/02/2024 của Cục Văn hóa cơ sở, Sở Văn hóa, Thể "
    "thao và Du lịch đề nghị các đơn vị trực thuộc Sở, Phòng Văn hóa Thông tin, Trung tâm Văn "
    "hóa, Thể thao và Truyền thông các huyện, thành phố thực hiện công tác tuyên truyền với nội "
    "dung sau:"
)
RELAYED_LEAD = [
    "các đơn vị trực thuộc Sở",
    "Phòng Văn hóa Thông tin",
    "Trung tâm Văn hóa, Thể thao và Truyền thông các huyện, thành phố",
]


@pytest.mark.parametrize("kind", ["letter", "news", "guidance"])
@pytest.mark.parametrize("heading", list(SUBHEADINGS))
def test_the_addressees_go_on_under_unnamed_headings(directory, kind, heading):
    body = f"{RELAYED}\n\n{SUBHEADINGS[heading]}– Tiếp tục {FIRST[0].lower()}{FIRST[1:]}.\n\n– {SECOND}.\n"
    got = _read(_frame(kind, body))
    assert [(text, lead) for text, lead, _ in got] == [
        (f"Tiếp tục {FIRST[0].lower()}{FIRST[1:]}", RELAYED_LEAD),
        (SECOND, RELAYED_LEAD),
    ]


def test_a_heading_naming_a_body_leads_its_own_items(directory):
    body = f"{ASKS['cac_list'][0]}\n1. Sở Ngoại vụ:\n- {FIRST}.\n2. Nội dung khác:\n- {SECOND}.\n"
    got = _read(_frame("letter", body))
    assert [(text, lead) for text, lead, _ in got] == [
        (FIRST, ["Sở Ngoại vụ"]),
        (SECOND, ["các sở, ban, ngành, địa phương"]),
    ]


NEAR_MISSES = [
    "Kế hoạch đề ra một số nội dung sau:",  # no addressee
    "Nội dung tuyên truyền gồm:",  # the contents of a subject
    "Kế hoạch nhằm các mục đích sau:",  # purposes
]


@pytest.mark.parametrize("kind", ["letter", "news", "guidance"])
@pytest.mark.parametrize("marks", list(MARKS))
@pytest.mark.parametrize("intro", NEAR_MISSES)
def test_a_lead_in_naming_no_addressee_leads_nothing(directory, kind, marks, intro):
    one, two = MARKS[marks]
    body = f"{intro}\n{one} {FIRST}.\n{two} {SECOND}.\n"
    assert all(
        not lead and not coordinating for _t, lead, coordinating in _read(_frame(kind, body))
    )
