"""A symbol carrying a secret document's mark after its last hyphen ("…/BNG-CNV-m").

A body that registers secret documents apart appends a small "m" (mật) to the symbol, after
the part naming the drafting unit or the issuer: "462/BNG-CNV-m", "15/QĐ-UBND-m",
"07-CT/TU-m". The "m" is part of the symbol, written small as the body writes it, both in a
basis cited ("Văn bản số …-m ngày …") and in a document's own number line. Near misses: a
word after a dash ("… 12/KH-UBND - mới ban hành"), a longer small word glued on ("12/KH-UBND-
mau"), a small letter other than the mark are not part of a symbol. Synthetic texts only.
"""

from __future__ import annotations

import pytest

from ttdn.legal.parsing import find_legal_refs, normalise_identifier

from .support import read

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("directory")]

MARKED = ["462/BNG-CNV-m", "15/QĐ-UBND-m", "07-CT/TU-m", "120/2021/NĐ-CP-m", "33/UBND-NC-m"]


@pytest.mark.parametrize("symbol", MARKED)
@pytest.mark.parametrize(
    "frame",
    [
        "Căn cứ Văn bản số {s} ngày 01 tháng 03 năm 2022 của Bộ Ngoại giao về kế hoạch đoàn ra;",
        "thực hiện Công văn {s} ngày 5/3/2022 về công tác đối ngoại, ",
        "theo {s}, ngày 12/4/2023.",
        "(Văn bản số {s})",
    ],
)
def test_the_mark_is_part_of_the_symbol(symbol, frame):
    refs = find_legal_refs(frame.format(s=symbol))
    assert [r.identifier for r in refs] == [symbol]


@pytest.mark.parametrize(
    ("written", "want"),
    [
        ("12/KH-UBND - mới ban hành", "12/KH-UBND"),
        ("12/KH-UBND-mau", None),
        ("12/KH-UBND-n ngày 3/4/2022", "12/KH-UBND"),
        ("12/KH-UBND-m2 ngày 3/4/2022", None),
        ("Kế hoạch 12/KH-UBND-M ngày 3/4/2022", "12/KH-UBND-M"),
    ],
)
def test_near_misses(written, want):
    got = [r.identifier for r in find_legal_refs(written)]
    if want is None:
        assert not any(g.endswith("-m") for g in got)
    else:
        assert got == [want]


def test_normalised_keeps_the_small_mark():
    assert normalise_identifier("462/bng-cnv-m") == "462/BNG-CNV-m"
    assert normalise_identifier("462 / BNG-CNV-m") == "462/BNG-CNV-m"


PLAN = (
    "ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 95/KH-UBND\nPhú Yên, ngày 10 tháng 4 năm 2022\n\nKẾ "
    "HOẠCH\nCông tác đối ngoại năm 2022\n\nCăn cứ Văn bản số {s} ngày 01 tháng 03 năm 2022 của "
    "Bộ Ngoại giao về phê duyệt Kế hoạch đoàn ra, đoàn vào năm 2022;\nỦy ban nhân dân tỉnh ban "
    "hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
)


@pytest.mark.parametrize("symbol", ["462/BNG-CNV-m", "33/UBND-NC-m"])
def test_a_marked_basis_is_read_whole(symbol):
    got = {b["identifier"] for b in read(PLAN.format(s=symbol))["legal_bases"]}
    assert symbol in got


@pytest.mark.parametrize("symbol", ["95/KH-UBND-m", "17/QĐ-UBND-m"])
def test_a_marked_number_line(symbol):
    text = PLAN.format(s="30/BNG-LS").replace("95/KH-UBND", symbol)
    assert read(text)["plan_number"] == symbol
