"""A sentence whose subject is the holder of an office is led by that holder.

"UBND tỉnh yêu cầu các sở … thực hiện …. Lãnh đạo chủ chốt không đi công tác nước ngoài quá
2 lần trong một năm": the second sentence names its own subject, the key leaders, and does not
take the lead of the request before it (the body the sentence's subject names); the sentences
after it with no subject go on with the lead before it. Near misses:
"Lãnh đạo, quản lý …" and "Lãnh đạo thực hiện …" open with the verb and keep the lead before.
Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

FIRST = "UBND tỉnh yêu cầu các sở, ban, ngành thực hiện nghiêm quy chế quản lý đoàn ra, đoàn vào."
BEFORE = (
    "UBND tỉnh yêu cầu các sở, ban, ngành thực hiện nghiêm quy chế quản lý đoàn ra, đoàn vào",
    ["các sở, ban, ngành"],
)

SUBJECTS = {
    "Lãnh đạo chủ chốt": ["Lãnh đạo chủ chốt"],
    "Thủ trưởng các cơ quan, đơn vị": ["Thủ trưởng các cơ quan, đơn vị"],
    "Người đứng đầu cơ quan, đơn vị": ["Người đứng đầu cơ quan, đơn vị"],
}
DUTIES = [
    "không đi công tác nước ngoài quá 2 lần trong một năm",
    "chịu trách nhiệm trước UBND tỉnh về hoạt động đối ngoại của đơn vị",
    "phải báo cáo kết quả chuyến công tác trong 15 ngày",
]


@pytest.mark.parametrize("duty", DUTIES)
@pytest.mark.parametrize("subject", SUBJECTS)
def test_the_holder_leads_his_sentence(subject, duty):
    result = read(news_of_plan("Phú Yên", f"{FIRST} {subject} {duty}.\n"))
    assert texts_and_leads(result) == [BEFORE, (f"{subject} {duty}", SUBJECTS[subject])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Lãnh đạo, quản lý chặt chẽ hoạt động đối ngoại của đơn vị",
        "Lãnh đạo thực hiện tốt công tác quản lý đoàn ra",
    ],
)
def test_the_verb_lead_keeps_the_lead_before(sentence):
    result = read(news_of_plan("Phú Yên", f"{FIRST} {sentence}.\n"))
    assert texts_and_leads(result) == [BEFORE, (sentence, ["các sở, ban, ngành"])]


@pytest.mark.parametrize("subject", SUBJECTS)
def test_the_lead_before_goes_on_after_the_holder(subject):
    after = "Thực hiện nghiêm túc quy chế phối hợp quản lý hội nghị quốc tế"
    result = read(news_of_plan("Phú Yên", f"{FIRST} {subject} {DUTIES[0]}. {after}.\n"))
    assert texts_and_leads(result)[1:] == [
        (f"{subject} {DUTIES[0]}", SUBJECTS[subject]),
        (after, ["các sở, ban, ngành"]),
    ]
