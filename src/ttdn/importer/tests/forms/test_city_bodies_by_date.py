"""A province made a city under the centre (the directory's ``cities_under_the_centre``:
Đồng Nai from 30/04/2026, Quảng Ninh from 01/09/2026, Bắc Ninh from 20/09/2026): a document's
bodies are read as the directory has them on the document's day: the province's ("Ủy ban nhân
dân tỉnh Đồng Nai", "Sở … tỉnh Đồng Nai", "Ban Tuyên giáo và Dân vận Tỉnh ủy …") until the day
before, the city's from the day, also where the text keeps the province's spelling after it.
Near misses: a province merged into it in 2025 keeps its own bodies before."""

from __future__ import annotations

import pytest

from ttdn.directory.services import agencies_load

from .support import read

pytestmark = pytest.mark.django_db


@pytest.fixture
def cities(directory):
    agencies_load(provinces=["Đồng Nai", "Quảng Ninh", "Bắc Ninh"])


def _letter(unit: str, place: str, day: str, body: str) -> str:
    """A people's committee's letter: ``unit`` its heading's second line ("TỈNH ĐỒNG NAI")."""
    d, m, y = day.split("/")
    return (
        f"ỦY BAN NHÂN DÂN\n{unit}\n\nSố: 812/UBND-VX\nV/v triển khai công tác thông tin đối "
        f"ngoại\n\n{place}, ngày {d} tháng {m} năm {y}\n\nKính gửi:\n- Các sở, ban, ngành;\n"
        f"- Các cơ quan báo chí.\n\n{body}\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n"
    )


def _news(day: str, issuer: str) -> str:
    year = day.rsplit("/", 1)[1]
    return (
        f"Ngày {day}, {issuer} ban hành Kế hoạch số 45/KH-UBND về công tác thông tin đối ngoại "
        f"năm {year}.\nKế hoạch đề ra các nhiệm vụ tuyên truyền, quảng bá hình ảnh địa phương."
    )


def _meeting(day: str, holder: str) -> str:
    return (
        f"Ngày {day}, {holder} tổ chức hội nghị sơ kết công tác thông tin đối ngoại.\n"
        "Hội nghị đánh giá kết quả đạt được và đề ra nhiệm vụ thời gian tới."
    )


_TASK = (
    "Giao Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Công an {loc} tổ chức tuyên "
    "truyền về hình ảnh địa phương trên các phương tiện thông tin đại chúng."
)

# (the text, the issuer read)
ISSUERS = [
    # Đồng Nai: a province (with Bình Phước from 07/2025) until 29/04/2026
    (_news("15/9/2025", "UBND tỉnh Đồng Nai"), "Ủy ban nhân dân tỉnh Đồng Nai"),
    (_news("15/3/2025", "UBND tỉnh Đồng Nai"), "Ủy ban nhân dân tỉnh Đồng Nai"),
    (_news("29/4/2026", "UBND tỉnh Đồng Nai"), "Ủy ban nhân dân tỉnh Đồng Nai"),
    (_news("5/10/2026", "UBND thành phố Đồng Nai"), "Ủy ban nhân dân thành phố Đồng Nai"),
    (
        _news("30/4/2026", "Ủy ban nhân dân thành phố Đồng Nai"),
        "Ủy ban nhân dân thành phố Đồng Nai",
    ),
    (
        _meeting("20/11/2025", "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai"),
        "Ban Tuyên giáo và Dân vận Tỉnh ủy Đồng Nai",
    ),
    (
        _meeting("20/11/2026", "Ban Tuyên giáo và Dân vận Thành ủy Đồng Nai"),
        "Ban Tuyên giáo và Dân vận Thành ủy Đồng Nai",
    ),
    (
        _meeting("12/8/2025", "Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai"),
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Đồng Nai",
    ),
    (
        _meeting("12/8/2026", "Sở Văn hóa, Thể thao và Du lịch thành phố Đồng Nai"),
        "Sở Văn hóa, Thể thao và Du lịch thành phố Đồng Nai",
    ),
    # Quảng Ninh until 31/08/2026, Bắc Ninh (with Bắc Giang from 07/2025) until 19/09/2026
    (_news("25/8/2026", "UBND tỉnh Quảng Ninh"), "Ủy ban nhân dân tỉnh Quảng Ninh"),
    (_news("5/10/2026", "UBND thành phố Quảng Ninh"), "Ủy ban nhân dân thành phố Quảng Ninh"),
    (_news("19/9/2026", "UBND tỉnh Bắc Ninh"), "Ủy ban nhân dân tỉnh Bắc Ninh"),
    (_news("21/9/2026", "UBND thành phố Bắc Ninh"), "Ủy ban nhân dân thành phố Bắc Ninh"),
    # near misses: a province merged in 2025, before it
    (_news("15/3/2025", "UBND tỉnh Bình Phước"), "Ủy ban nhân dân tỉnh Bình Phước"),
    (_news("15/3/2025", "UBND tỉnh Bắc Giang"), "Ủy ban nhân dân tỉnh Bắc Giang"),
    # the province's spelling kept after the day: the city's body (its old name)
    (_news("5/10/2026", "UBND tỉnh Đồng Nai"), "Ủy ban nhân dân thành phố Đồng Nai"),
]


@pytest.mark.parametrize(("text", "issuer"), ISSUERS)
def test_the_issuer_is_the_body_of_the_documents_day(cities, text, issuer):
    assert read(text)["issuer"] == issuer


# (the heading's unit, the place, the day, the body's place in the task; the bodies read)
LETTERS = [
    ("TỈNH ĐỒNG NAI", "Đồng Nai", "12/9/2025", "tỉnh", "tỉnh Đồng Nai"),
    ("TỈNH ĐỒNG NAI", "Đồng Nai", "29/4/2026", "tỉnh", "tỉnh Đồng Nai"),
    ("THÀNH PHỐ ĐỒNG NAI", "Đồng Nai", "5/10/2026", "thành phố", "thành phố Đồng Nai"),
    ("TỈNH QUẢNG NINH", "Quảng Ninh", "20/8/2026", "tỉnh", "tỉnh Quảng Ninh"),
    ("THÀNH PHỐ QUẢNG NINH", "Quảng Ninh", "5/10/2026", "thành phố", "thành phố Quảng Ninh"),
]


@pytest.mark.parametrize(("unit", "place", "day", "loc", "named"), LETTERS)
def test_a_letter_of_the_province_or_the_city_by_its_day(cities, unit, place, day, loc, named):
    result = read(_letter(unit, place, day, _TASK.format(loc=loc)))
    assert result["issuer"] == f"Ủy ban nhân dân {named}"
    (task,) = result["tasks"]
    assert [m["agency"] for m in task["lead"]] == [f"Sở Văn hóa, Thể thao và Du lịch {named}"]
    assert [m["agency"] for m in task["coordinating"]] == [f"Công an {named}"]
