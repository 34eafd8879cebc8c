"""A photo's caption with its credit is no duty (batch 23).

"Chi bộ Sở Tư pháp tỉnh tổ chức Đại hội lần thứ V nhiệm kỳ 2025-2030. Ảnh: Thu Hà": a line
alone, one sentence, then the photographer's credit ("Ảnh: …", "(Ảnh: …)", "- Ảnh: …")
captions the photo; what it shows is not a duty, however it is worded. Near misses: the same
sentence with no credit reads as before; a duty that names "hình ảnh:" ("quảng bá hình ảnh:
…") is no credit. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import news_of_plan, read, task_texts

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

DUTY = "Các sở, ban, ngành tăng cường quảng bá hình ảnh tỉnh trên báo chí nước ngoài."
SHOWN = "Sở Ngoại vụ tổ chức tuyên truyền về biển, đảo cho học sinh"


@pytest.mark.parametrize("credit", [". Ảnh: Thu Hà", " (Ảnh: Thu Hà)", " - Ảnh: Báo Phú Yên"])
def test_a_caption_with_its_credit_is_no_duty(credit):
    result = read(news_of_plan("Phú Yên", f"{SHOWN}{credit}\n{DUTY}\n"))
    assert task_texts(result) == [DUTY.rstrip(".")]


def test_near_miss_the_sentence_without_credit_reads_as_before():
    result = read(news_of_plan("Phú Yên", f"{SHOWN}.\n{DUTY}\n"))
    assert task_texts(result) == [SHOWN, DUTY.rstrip(".")]
