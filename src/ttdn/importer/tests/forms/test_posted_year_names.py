"""The names of an item's bodies are those of its own year, the year it was posted when it has
neither a date of issue nor a period.

The directory keeps each body under the names of its years: Quảng Ninh's people's committee
is the province's until 2025 and the city's after ("… thành phố Quảng Ninh"). An item that
tells an event with no document dated ("20:24 | 09/06/2022 GMT+7 / … Ngày 8/6, tỉnh Quảng Ninh
… tổ chức hội nghị …") names the bodies of the day it was posted (the posting line's, or the
first full date that dates no document cited), as a document names those of its date of
issue; a letter dated with no period, those of its date. Near misses: an item posted after the
change, and one with no date at all, read with today's names. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from .support import read

pytestmark = pytest.mark.django_db

PROVINCE = "Ủy ban nhân dân tỉnh Quảng Ninh"
CITY = "Ủy ban nhân dân thành phố Quảng Ninh"


@pytest.fixture
def quang_ninh(directory):
    from ttdn.directory.services import agencies_load

    agencies_load(provinces=["Quảng Ninh"])


def _event(posted: str) -> str:
    head = f"{posted}\n\n" if posted else ""
    return (
        f"Trang chủ Hữu nghị\n{head}Hội nghị kỷ niệm quan hệ hữu nghị Quảng Ninh - Phúc Kiến\n\n"
        "Ngày 8/6, tỉnh Quảng Ninh (Việt Nam) phối hợp với tỉnh Phúc Kiến (Trung Quốc) tổ chức "
        "hội nghị trực tuyến kỷ niệm 5 năm thiết lập quan hệ hữu nghị giữa 2 tỉnh.\n"
        "Tham dự hội nghị có đại diện các sở, ngành của hai tỉnh.\n"
    )


@pytest.mark.parametrize(
    ("posted", "issuer"),
    [
        ("20:24 | 09/06/2022 GMT+7", PROVINCE),
        ("Thứ Năm, 09/06/2022 20:24", PROVINCE),
        ("Cập nhật: 15/3/2019", PROVINCE),
        # near misses: posted after the change, or not dated at all
        ("20:24 | 09/10/2026 GMT+7", CITY),
        ("", CITY),
    ],
)
def test_an_event_names_the_bodies_of_its_day(quang_ninh, posted, issuer):
    assert read(_event(posted))["issuer"] == issuer


def test_a_letter_dated_without_period_names_those_of_its_date(quang_ninh):
    letter = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\n\nSố: 812/UBND-VX\nV/v tăng cường công tác thông tin "
        "đối ngoại\n\nQuảng Ninh, ngày 12 tháng 3 năm 2021\n\nKính gửi: Các sở, ban, ngành "
        "tỉnh.\n\nỦy ban nhân dân tỉnh đề nghị các sở, ban, ngành tăng cường công tác thông tin "
        "đối ngoại.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
    )
    got = read(letter)
    assert (got["issued_date"], got["period"]) == ("2021-03-12", None)
    assert got["issuer"] == PROVINCE


def test_the_day_posted_is_read_once_and_passed_on(quang_ninh, monkeypatch):
    """The metadata reader finds the day (``Metadata.posted_on``) and the result carries it:
    the day whose names the item uses is not looked for in the text a second time."""
    import datetime

    from ttdn.documents.source import SourceDocument
    from ttdn.importer.extract import extract, metadata
    from ttdn.importer.result import ExtractionResult

    item = extract(
        SourceDocument(name="t.txt", format="txt", text=_event("20:24 | 09/06/2022 GMT+7"))
    )
    undated = extract(SourceDocument(name="t.txt", format="txt", text=_event("")))
    assert (item.posted_on, undated.posted_on) == ("2022-06-09", "")

    def read_again(text):
        raise AssertionError("the text read again for the day it was posted")

    monkeypatch.setattr(metadata, "posted_day", read_again)
    assert item.names_date() == datetime.date(2022, 6, 9)
    assert undated.names_date() is None
    stored = ExtractionResult.from_dict(item.to_dict())
    assert stored.names_date() == datetime.date(2022, 6, 9)


def test_a_day_not_looked_for_is_read_when_needed(quang_ninh):
    """A result read with a date of issue, which the reviewer cleared since (or one stored
    before the reader passed the day on): the day posted is read from its text then."""
    from ttdn.documents.source import SourceDocument
    from ttdn.importer.extract import extract
    from ttdn.importer.result import Located

    text = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\n\nSố: 12/KH-UBND\n\nQuảng Ninh, ngày 5 tháng 3 năm 2021\n\n"
    result = extract(
        SourceDocument(name="t.txt", format="txt", text=text + _event("20:24 | 09/06/2022 GMT+7"))
    )
    assert result.issued_date.value == "2021-03-05" and result.posted_on is None
    result.issued_date, result.period = Located(value=None), Located(value=None)
    assert str(result.names_date()) == "2022-06-09" and result.posted_on == "2022-06-09"
