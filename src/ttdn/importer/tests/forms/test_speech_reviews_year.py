"""News of a meeting where a minister or a head's speech reviews the year ("Phát biểu tại
cuộc gặp, Bộ trưởng Bộ Ngoại giao … điểm lại một số thành tựu nổi bật của ngành trong năm
2023"): a report of that year, as a chairman's opening telling the year's work (batch 21),
held by the speaker's body. Near misses: a speech that looks ahead ("… đề nghị … trong năm
2024"), or one that reviews no year, stays news of the meeting.

Each text is written for the test in the form, never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from .support import fields_of, read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]


def _item(speech: str) -> str:
    return (
        "Ảnh: Bộ trưởng trao Bằng khen cho các tập thể có thành tích xuất sắc.\n\n"
        f"{speech} Bộ trưởng cảm ơn sự đồng hành của các cơ quan báo chí.\n"
    )


REVIEWS = [
    (
        "Phát biểu tại cuộc gặp, Bộ trưởng Bộ Ngoại giao Nguyễn Văn Hải điểm lại một số thành "
        "tựu nổi bật của ngành ngoại giao trong năm 2023.",
        "Bộ Ngoại giao",
        (2023, 2023),
    ),
    (
        "Phát biểu tại buổi gặp mặt, Bộ trưởng Bộ Thông tin và Truyền thông Trần Minh Đức nhìn "
        "lại những kết quả nổi bật của công tác thông tin đối ngoại năm 2021.",
        "Bộ Thông tin và Truyền thông",
        (2021, 2021),
    ),
]


@pytest.mark.parametrize(("speech", "issuer", "period"), REVIEWS)
def test_a_speech_reviewing_the_year_is_a_report(speech, issuer, period):
    got = fields_of(read(_item(speech)))
    assert (got["doc_type"], got["issuer"], got["level"], got["period"]) == (
        "report",
        issuer,
        "national",
        period,
    )


NEAR_MISSES = [
    "Phát biểu tại cuộc gặp, Bộ trưởng Bộ Ngoại giao Nguyễn Văn Hải đề nghị các cơ quan báo "
    "chí tiếp tục đồng hành trong năm 2024.",
    "Phát biểu tại cuộc gặp, Bộ trưởng Bộ Ngoại giao Nguyễn Văn Hải chúc mừng các cơ quan báo "
    "chí nhân dịp năm mới.",
]


@pytest.mark.parametrize("speech", NEAR_MISSES)
def test_a_speech_reviewing_no_year_is_no_report(speech):
    assert fields_of(read(_item(speech)))["doc_type"] != "report"
