"""A text handed over in decomposed Unicode (NFD) reads as its composed copy (mend).

Every reader composes what it reads (``readers.builder.clean``); a text given to the
extractor directly (a paste, a caller's own SourceDocument) in NFD ("ê" then a combining
acute for "ế") must give the very contract its NFC copy gives: issuer, title, period, tasks,
their leads and timeframes as written. Its tasks' texts and
bodies as written are substrings of the composed text.
Synthetic texts only.
"""

from __future__ import annotations

import unicodedata

import pytest

from .support import letter_of, news_of_plan, read, report_of

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

TEXTS = [
    news_of_plan(
        "Phú Yên",
        "Theo đó, Sở Ngoại vụ chủ trì tổ chức hội nghị tập huấn trong quý III/2024; Sở Thông "
        "tin và Truyền thông phối hợp đưa tin.\n",
    ),
    letter_of(
        "Phú Yên",
        "Chủ tịch UBND tỉnh có ý kiến như sau:\n1. Giao Sở Ngoại vụ chủ trì tổ chức tuyên "
        "truyền về biên giới đất liền trước ngày 30/11/2024.\n2. Các sở, ban, ngành tăng cường "
        "thông tin đối ngoại.",
    ),
    report_of(
        "Phú Yên",
        "I. KẾT QUẢ\nNăm 2023, Sở Ngoại vụ đã tổ chức 3 hội nghị.\nII. NHIỆM VỤ NĂM 2024\n"
        "1. Ủy ban nhân dân các huyện tăng cường tuyên truyền về biên giới.",
    ),
]


@pytest.mark.parametrize("text", TEXTS)
def test_a_decomposed_text_reads_as_its_composed_copy(text):
    composed = read(unicodedata.normalize("NFC", text))
    assert composed["issuer"] and composed["tasks"]
    assert read(unicodedata.normalize("NFD", text)) == composed


def test_its_written_fields_are_composed_substrings_of_the_composed_text():
    text = unicodedata.normalize("NFC", TEXTS[0])
    decomposed = read(unicodedata.normalize("NFD", text))
    written = [t["text"] for t in decomposed["tasks"]] + [
        m["as_written"] for t in decomposed["tasks"] for m in t["lead"] + t["coordinating"]
    ]
    assert written and all(w in text for w in written)
