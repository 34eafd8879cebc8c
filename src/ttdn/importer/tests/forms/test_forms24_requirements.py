"""An ask with its time before the addressees, and requirements that are no ask (tasks24).

"<cấp> yêu cầu / đề nghị / giao <trong năm 2024, / trong thời gian tới / năm tới,> <addressees>
<duty>": the time the ask is for (``prose._ASK_TIME``) may stand between the verb and the
bodies; the sentence is still an ask to them. Near misses: a requirement on how the work is
done, with the work or a deed as the subject ("Công tác … phải bảo đảm …", "Việc triển khai …
cần bảo đảm …", "Hoạt động … phải …"). Synthetic texts only, written for this test.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, texts_and_leads

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

VERBS = ["yêu cầu", "đề nghị", "giao", "chỉ đạo"]
TIMES = ["trong năm 2024,", "trong thời gian tới,", "năm tới,", "trong thời gian tới"]
ADDRESSEES = {
    "các sở, ban, ngành": ["các sở, ban, ngành"],
    "UBND các huyện, thị xã": ["UBND các huyện, thị xã"],
    "đội ngũ báo cáo viên": ["đội ngũ báo cáo viên"],
}
DUTY = "tăng cường tuyên truyền về chủ quyền biển, đảo"


@pytest.mark.parametrize("addressee", ADDRESSEES)
@pytest.mark.parametrize("time", TIMES)
@pytest.mark.parametrize("verb", VERBS)
def test_a_time_before_the_addressees(verb, time, addressee):
    sentence = f"UBND tỉnh {verb} {time} {addressee} {DUTY}"
    result = read(news_of_plan("Phú Yên", f"Theo đó, {sentence}.\n"))
    assert texts_and_leads(result) == [(sentence, ADDRESSEES[addressee])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Việc triển khai kế hoạch phải bảo đảm thiết thực, hiệu quả, tránh hình thức.",
        "Việc tổ chức các hoạt động cần bảo đảm tiết kiệm, an toàn.",
        "Công tác thông tin đối ngoại phải bảo đảm đúng định hướng, kịp thời.",
        "Hoạt động tuyên truyền cần bám sát chủ trương của Đảng, chính sách của Nhà nước.",
        "Kế hoạch yêu cầu công tác thông tin đối ngoại phải bảo đảm đúng quan điểm của Đảng.",
        "Việc thực hiện kế hoạch đã được các địa phương quan tâm.",
    ],
)
def test_requirements_are_no_task(sentence):
    result = read(news_of_plan("Phú Yên", f"{sentence}\n"))
    assert texts_and_leads(result) == []
