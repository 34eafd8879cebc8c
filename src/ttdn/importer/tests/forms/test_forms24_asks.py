"""A request to bodies, read from its form rather than from one wording (tasks24).

"<cấp> giao / yêu cầu / đề nghị / chỉ đạo / giao nhiệm vụ cho / giao trách nhiệm cho
<addressees> <duty>": the assigning verbs are one class (``prose._ASKS``), and the addressees
another (``prose._ADDRESSEES``: bodies, places, the people who carry the work, "đội ngũ …",
"lực lượng …"). Each verb with each addressee, in a news item of a plan and in a letter, gives
one task led by the addressees. Near misses: a request told as done ("đã yêu cầu"), a
requirement on the work ("yêu cầu công tác … phải bảo đảm …"), a dossier's proposal.
Synthetic texts only, written for this test.
"""

from __future__ import annotations

import pytest

from .support import letter_of, news_of_plan, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

VERBS = [
    "giao",
    "yêu cầu",
    "đề nghị",
    "chỉ đạo",
    "giao nhiệm vụ cho",
    "giao trách nhiệm cho",
]
ADDRESSEES = {
    "các sở, ban, ngành": ["các sở, ban, ngành"],
    "UBND các xã, phường": ["UBND các xã, phường"],
    "các cơ quan báo chí của tỉnh": ["các cơ quan báo chí của tỉnh"],
    "đội ngũ báo cáo viên các cấp": ["đội ngũ báo cáo viên các cấp"],
    "Sở Văn hóa, Thể thao và Du lịch": ["Sở Văn hóa, Thể thao và Du lịch"],
    "lực lượng Bộ đội Biên phòng tỉnh": ["lực lượng Bộ đội Biên phòng tỉnh"],
}
DUTY = "đẩy mạnh tuyên truyền về chủ quyền biển, đảo"


@pytest.mark.parametrize("addressee", ADDRESSEES)
@pytest.mark.parametrize("verb", VERBS)
def test_news_of_a_plan(verb, addressee):
    sentence = f"UBND tỉnh {verb} {addressee} {DUTY}"
    result = read(news_of_plan("Phú Yên", f"Theo đó, {sentence}.\n"))
    assert texts_and_leads(result) == [(sentence, ADDRESSEES[addressee])]


@pytest.mark.parametrize("addressee", ADDRESSEES)
@pytest.mark.parametrize("verb", VERBS)
def test_letter(verb, addressee):
    sentence = f"Chủ tịch UBND tỉnh {verb} {addressee} {DUTY}"
    result = read(letter_of("Phú Yên", f"{sentence}.\n"))
    assert texts_and_leads(result) == [(sentence, ADDRESSEES[addressee])]


@pytest.mark.parametrize(
    "sentence",
    [
        # told as done, before the plan
        "Trước đó, UBND tỉnh đã yêu cầu các sở, ban, ngành rà soát kế hoạch năm 2023.",
        "Năm 2023, Sở Ngoại vụ đã đề nghị các cơ quan báo chí mở chuyên mục đối ngoại.",
        # a dossier's proposal, a requirement on the work
        "Sở Ngoại vụ đang hoàn thiện hồ sơ đề nghị UBND tỉnh phê duyệt đề án.",
        "Kế hoạch nhằm nâng cao nhận thức của cán bộ, đảng viên về công tác đối ngoại.",
    ],
)
def test_near_misses_in_news(sentence):
    result = read(news_of_plan("Phú Yên", f"{sentence}\n"))
    assert texts_and_leads(result) == []
