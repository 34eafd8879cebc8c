"""Legal bases read from a scan: references OCR broke are set right by the way symbols are
formed (:mod:`ttdn.importer.extract.ocrlegal`), and only in text read by OCR.

Each test uses a short synthetic plan in the form of a provincial plan or letter, its bases
damaged as OCR damages them (a symbol split by a space, a misread letter, a letter read for
a digit, a broken date), never a sentence of a corpus document.
"""

from __future__ import annotations

import pytest

from ttdn.documents.source import SourceDocument
from ttdn.importer.extract import extract
from ttdn.importer.extract.ocrlegal import repair_references

from .support import read


def read_scan(text: str) -> dict:
    return extract(SourceDocument(name="ke-hoach.pdf", text=text, format="ocr")).contract()


def plan_of(province: str, bases: str, number: str = "45/KH-UBND") -> str:
    return (
        f"ỦY BAN NHÂN DÂN\nTỈNH {province.upper()}\n\nSố: {number}\n\n{province}, ngày 12 "
        "tháng 3 năm 2024\n\nKẾ HOẠCH\nCông tác thông tin đối ngoại năm 2024\n\n"
        f"{bases}\nỦy ban nhân dân tỉnh ban hành Kế hoạch công tác thông tin đối ngoại năm "
        "2024 như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNâng cao hiệu quả công tác thông "
        "tin đối ngoại.\n"
    )


def bases(result: dict) -> list[tuple[str, str, str | None]]:
    return [(b["identifier"], b["kind"], b["date"]) for b in result["legal_bases"]]


# (as OCR read it, the basis it cites)
DAMAGED = [
    # A symbol split by a space.
    (
        "Căn cứ Thông tư số 22/2016/TT-BTT TT ngày 19/10/2016 của Bộ Thông tin và Truyền thông;",
        ("22/2016/TT-BTTTT", "circular", "2016-10-19"),
    ),
    (
        "Căn cứ Nghị định số 72/2015/NĐ-C P ngày 07/9/2015 của Chính phủ;",
        ("72/2015/NĐ-CP", "decree", "2015-09-07"),
    ),
    (
        "Căn cứ Quyết định số 1486/QĐ- TT g ngày 06/11/2018 của Thủ tướng Chính phủ;",
        ("1486/QĐ-TTg", "decision", "2018-11-06"),
    ),
    # A letter of a code misread: an eth, a thin stroke added, the small "g" of "TTg".
    (
        "Căn cứ Quyết định số 368/QÐ- TTg ngày 28/02/2013 của Thủ tướng Chính phủ;",
        ("368/QĐ-TTg", "decision", "2013-02-28"),
    ),
    (
        "Căn cứ Kết luận số 16-KIL/TW ngày 14/02/2012 của Bộ Chính trị;",
        ("16-KL/TW", "conclusion", "2012-02-14"),
    ),
    (
        "Căn cứ Chỉ thị số 21/CT-TTE ngày 06/8/2012 của Thủ tướng Chính phủ;",
        ("21/CT-TTg", "directive", "2012-08-06"),
    ),
    (
        "Căn cứ Chỉ thị số 25/CT-Ttg ngày 10/9/2021 của Thủ tướng Chính phủ;",
        ("25/CT-TTg", "directive", "2021-09-10"),
    ),
    (
        "Căn cứ Quyết định số 59/2017/QD-UBND ngày 19/9/2017 của Ủy ban nhân dân tỉnh;",
        ("59/2017/QĐ-UBND", "decision", "2017-09-19"),
    ),
    (
        "Căn cứ Hướng dẫn số 78/HD-MTTW- 'BTT ngày 25/01/2022 của Ban Thường trực;",
        ("78/HD-MTTW-BTT", "guidance", "2022-01-25"),
    ),
    (
        "Căn cứ Công văn số 3089/8TTTT-TTĐN ngày 31/7/2023 của Bộ Thông tin và Truyền thông;",
        ("3089/BTTTT-TTĐN", "official_letter", "2023-07-31"),
    ),
    # A letter read for a digit in a number or a year; a year broken by a space.
    (
        "Căn cứ Nghị định số O9/2O17/NĐ-CP ngày 09/02/2017 của Chính phủ;",
        ("09/2017/NĐ-CP", "decree", "2017-02-09"),
    ),
    (
        "Căn cứ Quyết định số 67/201 1/QĐ-TTg ngày 12/12/2011 của Thủ tướng Chính phủ;",
        ("67/2011/QĐ-TTg", "decision", "2011-12-12"),
    ),
    (
        "Căn cứ Kế hoạch số l64-KH/TU ngày 24/8/2022 của Ban Thường vụ Tỉnh ủy;",
        ("164-KH/TU", "plan", "2022-08-24"),
    ),
    # A date broken by noise; a speck after "số" or "ngày".
    (
        "Căn cứ Công văn số 491/SNgV-HTQT ngày 02/1 1/2022 của Sở Ngoại vụ;",
        ("491/SNgV-HTQT", "official_letter", "2022-11-02"),
    ),
    (
        "Căn cứ Nghị quyết số 38/NQ-CP ngày. 25/4/2017 của Chính phủ;",
        ("38/NQ-CP", "resolution", "2017-04-25"),
    ),
    (
        "Căn cứ Công văn số.905/UBND-KGVX ngày 2/3/2024 của Ủy ban nhân dân tỉnh;",
        ("905/UBND-KGVX", "official_letter", "2024-03-02"),
    ),
    (
        "Căn cứ Chỉ thị số 12-CT/TW ngày O5/0l/2O22 của Ban Bí thư;",
        ("12-CT/TW", "directive", "2022-01-05"),
    ),
    (
        "Căn cứ Nghị định số 72/2015/NĐ-CP. ngày 07/9/2015 của Chính phủ;",
        ("72/2015/NĐ-CP", "decree", "2015-09-07"),
    ),
    (
        "Căn cứ Công văn số 3616/BTTTT-TTĐN ngày '06/10/2017 của Bộ Thông tin và Truyền thông;",
        ("3616/BTTTT-TTĐN", "official_letter", "2017-10-06"),
    ),
    # A speck before the line's "Căn cứ"; the opening words' marks misread; a kind word's
    # capital split from it; "số" read as "s" against the number.
    (
        "'Căn cứ Quyết định số 368/QĐ-TTg ngày 28/02/2013 của Thủ tướng Chính phủ;",
        ("368/QĐ-TTg", "decision", "2013-02-28"),
    ),
    (
        ".Căn cứ Nghị định số 09/2017/NĐ-CP ngày 09 tháng 02 năm 2017 của Chính phủ;",
        ("09/2017/NĐ-CP", "decree", "2017-02-09"),
    ),
    (
        "Triến khai Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị;",
        ("57-KL/TW", "conclusion", "2023-06-15"),
    ),
    (
        "Căn cứ Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị; T hông tư số "
        "22/2016/TT-BTTTT ngày 19/10/2016 của Bộ Thông tin và Truyền thông;",
        ("22/2016/TT-BTTTT", "circular", "2016-10-19"),
    ),
    (
        "Căn cứ Chỉ thị s21/CT-TTg ngày 06/8/2012 của Thủ tướng Chính phủ;",
        ("21/CT-TTg", "directive", "2012-08-06"),
    ),
    # A letter read twice; a date's words misread; ";" read as ":" between two bases.
    (
        "Căn cứ Thông tư số 22/2016/TT-BTTTTT ngày 19/10/2016 của Bộ Thông tin và Truyền thông;",
        ("22/2016/TT-BTTTT", "circular", "2016-10-19"),
    ),
    (
        "Căn cứ Quyết định số 683-QĐĐ/TU ngày 07/8/2012 của Ban Thường vụ Tỉnh ủy;",
        ("683-QĐ/TU", "decision", "2012-08-07"),
    ),
    (
        "Căn cứ Nghị định số 17/2017/NĐ-CP ngày 17 thắng 02 nắm 2017 của Chính phủ;",
        ("17/2017/NĐ-CP", "decree", "2017-02-17"),
    ),
    (
        "Căn cứ Thông tư số 22/2016/TT-BTTTT ngày 19/10/2016 hướng dẫn quản lý thông tin đối "
        "ngoại của các tỉnh: Quyết định số 29/2019/QĐ-UBND ngày 10/12/2019 của Ủy ban nhân dân "
        "tỉnh;",
        ("29/2019/QĐ-UBND", "decision", "2019-12-10"),
    ),
]


@pytest.mark.parametrize("province", ["Phú Yên", "Lạng Sơn"])
@pytest.mark.parametrize(("damaged", "basis"), DAMAGED)
def test_a_reference_ocr_damaged_is_read_as_cited(directory, province, damaged, basis):
    read = bases(read_scan(plan_of(province, damaged)))
    assert basis in read
    assert len(read) == max(1, damaged.count(" số"))


def test_several_damaged_bases_of_one_scan_are_each_read(directory):
    text = plan_of(
        "Cao Bằng",
        "Căn cứ Nghị định số 72/2015/NÐ-CP ngày O7/9/2015 của Chính phủ;\n"
        "Căn cứ Thông tư số 22/2016/TT-BTT TT ngày 19/1O/2016 của Bộ Thông tin và Truyền "
        "thông;\nCăn cứ Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị;",
    )
    assert bases(read_scan(text)) == [
        ("72/2015/NĐ-CP", "decree", "2015-09-07"),
        ("22/2016/TT-BTTTT", "circular", "2016-10-19"),
        ("57-KL/TW", "conclusion", "2023-06-15"),
    ]


# Symbols that are written so: a code of their own that merely resembles another one, a
# unit's code the vocabulary does not hold, a law's term.
REAL = [
    ("Căn cứ Công văn số 12/STTTT-TTBCXB ngày 05/01/2024 của Sở Thông tin và Truyền thông;",
     ("12/STTTT-TTBCXB", "official_letter", "2024-01-05")),
    ("Căn cứ Hướng dẫn số 50/HD-MTTW-BTT ngày 23/2/2021 của Ban Thường trực;",
     ("50/HD-MTTW-BTT", "guidance", "2021-02-23")),
    ("Căn cứ Công văn số 815/SNV-TCCB ngày 10/3/2023 của Sở Nội vụ;",
     ("815/SNV-TCCB", "official_letter", "2023-03-10")),
    ("Căn cứ Công văn số 499/SNgV-LS&HTQTT ngày 06/3/2024 của Sở Ngoại vụ;",
     ("499/SNgV-LS&HTQTT", "official_letter", "2024-03-06")),
    ("Căn cứ Luật Báo chí số 103/2016/QH13 ngày 05/4/2016;",
     ("103/2016/QH13", "law", "2016-04-05")),
    ("Căn cứ Công văn số 344/CNV-VP ngày 18/10/2018 của Cục Ngoại vụ;",
     ("344/CNV-VP", "official_letter", "2018-10-18")),
    ("Căn cứ Tờ trình số 27/TTr-SVHTTDL ngày 01/3/2024 của Sở Văn hóa, Thể thao và Du lịch;"
     "\nCăn cứ Quyết định số 08/QĐ-BCĐ ngày 15/01/2024 của Ban Chỉ đạo;",
     ("08/QĐ-BCĐ", "decision", "2024-01-15")),
]  # fmt: skip


@pytest.mark.parametrize(("written", "basis"), REAL)
def test_a_real_symbol_read_by_ocr_is_left_as_written(directory, written, basis):
    text = plan_of("Hà Nam", written)
    assert bases(read_scan(text)) == [basis]
    assert repair_references(written) == written


# (The eth typed for "Đ" is read as "Đ" in any text: not among these.)
@pytest.mark.parametrize(("damaged", "basis"), [DAMAGED[i] for i in (0, 1, 2, 4, 5, 9, 10, 11)])
def test_born_digital_text_is_never_repaired(directory, damaged, basis):
    assert basis not in bases(read(plan_of("Phú Yên", damaged)))


@pytest.mark.parametrize(
    "text",
    [
        "Ngày 12/3/2024, tỉnh Phú Yên (2019-2020) tổ chức 05 đoàn, số điện thoại 0257.3822 170.",
        "giai đoạn 2021 - 2025/2030; mục tiêu 15/2O người; COVID-19 và SARS-CoV-2",
        "Số: 45/KH-UBND Phú Yên, ngày 12 tháng 3 năm 2024",
        # A number with a letter after it; a code of no body the vocabulary knows.
        "Quyết định số 12B/QĐ-UBND ngày 05/3/2024; Công văn số 7/SNV-NVL ngày 1/2/2024",
        "Công văn số 3/TTB-VP và số 4/BTTT-KHTC",
        # "BTTT" is "BTT" with a "T" read twice or "BTTTT" with one lost: not guessed.
        "Công văn số 5/TT-BTTT ngày 2/3/2024; kế hoạch như sau: Quyết định số 5/QĐ-UBND",
    ],
)
def test_text_that_holds_no_damaged_reference_is_left_as_read(text):
    assert repair_references(text) == text


def test_a_repair_keeps_the_text_length_and_the_offsets_after_it():
    text = "Căn cứ Thông tư số 22/2016/TT-BTT TT ngày 19/10/2016 của Bộ; và Kết luận số 16-KIL/TW."
    repaired = repair_references(text)
    assert len(repaired) == len(text)
    assert repaired.index("của Bộ") == text.index("của Bộ")
    assert "22/2016/TT-BTTTT" in repaired and "16-KL/TW" in repaired
