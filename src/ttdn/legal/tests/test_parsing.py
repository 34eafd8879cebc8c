"""Legal references in Vietnamese text (pure Python, no database)."""

import datetime
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ttdn.core.tests.strategies import PROPERTY_SETTINGS
from ttdn.demo.seeds import SEED_DIR
from ttdn.legal.parsing import (
    KIND_LABELS,
    KINDS,
    LegalRef,
    find_legal_refs,
    kind_from_symbol,
    normalise_identifier,
    parse_legal_ref,
    type_code,
    year_of_identifier,
)

d = datetime.date

# The five real seed documents, shipped with the demo package.
SEEDS = SEED_DIR


def seed(prefix: str) -> str:
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.fail(f"seed {prefix} is missing from {SEEDS}")
    return matches[0].read_text(encoding="utf-8")


def summary(refs: list[LegalRef]) -> list[tuple[str, str, datetime.date | None]]:
    return [(r.identifier, r.kind, r.issued_date) for r in refs]


# --------------------------------------------------------------------------------------
# The real seed documents
# --------------------------------------------------------------------------------------


def test_seed_004_dong_nai_2018_plan():
    text = seed("004")
    refs = find_legal_refs(text)
    assert summary(refs) == [
        ("21/CT-TTg", "directive", d(2012, 8, 6)),
        ("368/QĐ-TTg", "decision", d(2013, 2, 28)),
        ("72/2015/NĐ-CP", "decree", d(2015, 9, 7)),
        ("22/2016/TT-BTTTT", "circular", d(2016, 10, 19)),
        ("09/2017/NĐ-CP", "decree", None),
        ("12773/KH-UBND", "plan", d(2017, 12, 8)),
    ]
    assert [r.as_written for r in refs] == [
        "Chỉ thị số 21/CT-TTg ngày 06/8/2012",
        "Quyết định số 368/QĐ-TTg ngày 28/02/2013",
        "Nghị định số 72/2015/NĐ-CP ngày 07/9/2015",
        "Thông tư số 22/2016/TT-BTTTT ngày 19/10/2016",
        "Nghị định 09/2017/NĐ-CP",
        "Kế hoạch số 12773/KH-UBND ngày 08/12/2017",
    ]
    for ref in refs:
        assert text[ref.start : ref.end] == ref.as_written


def test_seed_003_phu_yen_2024_news():
    text = seed("003")
    refs = find_legal_refs(text)
    assert summary(refs) == [
        ("72/2015/NĐ-CP", "decree", d(2015, 9, 7)),
        ("3089/BTTTT-TTĐN", "official_letter", d(2023, 7, 31)),
        ("57-KL/TW", "conclusion", d(2023, 6, 15)),
        ("191/QĐ-TTg", "decision", d(2020, 8, 5)),
    ]
    for ref in refs:
        assert text[ref.start : ref.end] == ref.as_written
    # The stray space and the double (non-breaking) space are kept as written.
    assert refs[2].as_written == "Kết luận số 57- KL/TW ngày 15/6/2023"
    assert refs[3].as_written.startswith("Quyết định số") and refs[3].as_written.endswith(
        "191/QĐ-TTg ngày 05/8/2020"
    )


def test_seed_000_dong_nai_2019_2020_news():
    text = seed("000")
    # Also holds "(21/6/1925-21/6/2019)", dates and "0251. 3827070" phone numbers.
    assert summary(find_legal_refs(text)) == [("501/KH-UBND", "plan", None)]
    assert find_legal_refs(text)[0].as_written == "kế hoạch số 501/KH-UBND"


def test_seed_001_dau_tieng_2022_news():
    assert summary(find_legal_refs(seed("001"))) == [("64/KH-UBND", "plan", None)]


def test_seed_002_hau_giang_2021_news_cites_nothing():
    assert find_legal_refs(seed("002")) == []


# --------------------------------------------------------------------------------------
# Single references: the variants plans use
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "identifier", "issued"),
    [
        ("Nghị định số 72/2015/NĐ-CP ngày 07/9/2015", "decree", "72/2015/NĐ-CP", d(2015, 9, 7)),
        ("Kết luận số 57- KL/TW ngày 15/6/2023", "conclusion", "57-KL/TW", d(2023, 6, 15)),
        (
            "Công văn số 3089/BTTTT-TTĐN ngày 31/7/2023",
            "official_letter",
            "3089/BTTTT-TTĐN",
            d(2023, 7, 31),
        ),
        ("Quyết định số  191/QĐ-TTg ngày 05/8/2020", "decision", "191/QĐ-TTg", d(2020, 8, 5)),
        ("Chỉ thị số 21/CT-TTg ngày 06/8/2012", "directive", "21/CT-TTg", d(2012, 8, 6)),
        ("Quyết định số 368/QĐ-TTg ngày 28/02/2013", "decision", "368/QĐ-TTg", d(2013, 2, 28)),
        (
            "Thông tư số 22/2016/TT-BTTTT ngày 19/10/2016",
            "circular",
            "22/2016/TT-BTTTT",
            d(2016, 10, 19),
        ),
        ("Nghị định 09/2017/NĐ-CP", "decree", "09/2017/NĐ-CP", None),
        ("Kế hoạch số 12773/KH-UBND ngày 08/12/2017", "plan", "12773/KH-UBND", d(2017, 12, 8)),
        ("kế hoạch số 501/KH-UBND", "plan", "501/KH-UBND", None),
        (
            "Quyết định số 12/QĐ-UBND ngày 05 tháng 11 năm 2019",
            "decision",
            "12/QĐ-UBND",
            d(2019, 11, 5),
        ),
        (
            "Kế hoạch số 64/KH-UBND, ngày 05 tháng 11, năm 2019",
            "plan",
            "64/KH-UBND",
            d(2019, 11, 5),
        ),
        ("Nghị quyết số 35-NQ/TW ngày 22/10/2018", "resolution", "35-NQ/TW", d(2018, 10, 22)),
        # The foreign-affairs department's symbol keeps the small "g" of "Ngoại".
        (
            "Công văn số 491/SNgV-HTQT ngày 03/4/2023",
            "official_letter",
            "491/SNgV-HTQT",
            d(2023, 4, 3),
        ),
        ("văn bản số 75/SNgV-LS", "official_letter", "75/SNgV-LS", None),
        # any part so written keeps its case, not only the department's
        ("Công văn số 15/BNgV-TH", "official_letter", "15/BNgV-TH", None),
        ("Luật số 103/2016/QH13", "law", "103/2016/QH13", None),
        ("Luật Báo chí số 103/2016/QH13", "law", "103/2016/QH13", None),
        ("Thông báo số 45/TB-UBND ngày 01/3/2024", "notice", "45/TB-UBND", d(2024, 3, 1)),
        ("Hướng dẫn số 12-HD/BTGTW", "guidance", "12-HD/BTGTW", None),
        ("Chương trình số 05-CTr/TU", "other", "05-CTr/TU", None),
        ("Đề án số 10/ĐA-UBND", "other", "10/ĐA-UBND", None),
        (
            "Thông tư liên tịch số 06/2015/TTLT-BTTTT-BNV",
            "circular",
            "06/2015/TTLT-BTTTT-BNV",
            None,
        ),
        ("NGHỊ ĐỊNH SỐ 30/2020/NĐ-CP", "decree", "30/2020/NĐ-CP", None),
        ("Nghị định số: 72/2015/NĐ-CP", "decree", "72/2015/NĐ-CP", None),
        ("Ngày 05-8-2020, Quyết định số 191/QĐ-TTg", "decision", "191/QĐ-TTg", None),
        ("Quyết định số 191/QĐ-TTg ngày 05.8.2020", "decision", "191/QĐ-TTg", d(2020, 8, 5)),
        # The kind word wins over the symbol.
        ("Kế hoạch số 7/UBND-VX", "plan", "7/UBND-VX", None),
    ],
)
def test_parse_legal_ref(text, kind, identifier, issued):
    ref = parse_legal_ref(text)
    assert ref is not None
    assert ref.kind == kind
    assert ref.identifier == identifier
    assert ref.issued_date == issued
    assert text[ref.start : ref.end] == ref.as_written


@pytest.mark.parametrize(
    ("text", "kind", "identifier"),
    [
        # No kind word: the kind comes from the symbol.
        ("72/2015/NĐ-CP", "decree", "72/2015/NĐ-CP"),
        ("theo 3089/BTTTT-TTĐN", "official_letter", "3089/BTTTT-TTĐN"),
        ("(12773/KH-UBND)", "plan", "12773/KH-UBND"),
        ("57-KL/TW", "conclusion", "57-KL/TW"),
        ("22/2016/TT-BTTTT", "circular", "22/2016/TT-BTTTT"),
        ("21/CT-TTg", "directive", "21/CT-TTg"),
        ("368/QĐ-TTg", "decision", "368/QĐ-TTg"),
        ("35-NQ/TW", "resolution", "35-NQ/TW"),
        ("45/TB-UBND", "notice", "45/TB-UBND"),
        ("12-HD/BTGTW", "guidance", "12-HD/BTGTW"),
        ("103/2016/QH13", "law", "103/2016/QH13"),
        ("văn bản số 123/UBND-VX", "official_letter", "123/UBND-VX"),
    ],
)
def test_kind_from_symbol_when_no_kind_word(text, kind, identifier):
    ref = parse_legal_ref(text)
    assert (ref.kind, ref.identifier) == (kind, identifier)


def test_invalid_date_is_left_out_of_the_reference():
    ref = parse_legal_ref("Công văn số 123/UBND-VX ngày 31/02/2020 của UBND")
    assert ref.issued_date is None
    assert ref.as_written == "Công văn số 123/UBND-VX"


def test_nfd_text_offsets_point_into_the_original():
    text = unicodedata.normalize("NFD", "Căn cứ Kết luận số 57- KL/TW ngày 15/6/2023 của Bộ")
    ref = parse_legal_ref(text)
    assert ref.identifier == "57-KL/TW"
    assert ref.kind == "conclusion"
    assert ref.issued_date == d(2023, 6, 15)
    assert text[ref.start : ref.end] == ref.as_written
    assert unicodedata.normalize("NFC", ref.as_written) == "Kết luận số 57- KL/TW ngày 15/6/2023"


def test_eth_typed_for_d_with_stroke():
    ref = parse_legal_ref("Nghị định số 72/2015/NÐ-CP")  # U+00D0, not U+0110
    assert ref.identifier == "72/2015/NĐ-CP"
    assert ref.kind == "decree"


def test_find_in_order_and_deduplicated_first_wins():
    text = (
        "Căn cứ Nghị định 72/2015/NĐ-CP; Thông tư số 22/2016/TT-BTTTT ngày 19/10/2016; "
        "Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 và 22/2016/TT-BTTTT,57-KL/TW."
    )
    refs = find_legal_refs(text)
    assert summary(refs) == [
        ("72/2015/NĐ-CP", "decree", None),
        ("22/2016/TT-BTTTT", "circular", d(2016, 10, 19)),
        ("57-KL/TW", "conclusion", None),
    ]
    assert refs[0].as_written == "Nghị định 72/2015/NĐ-CP"
    assert [r.start for r in refs] == sorted(r.start for r in refs)


def test_symbol_stops_at_words():
    refs = find_legal_refs(
        "Nghị định 09/2017/NĐ-CP Quy định chi tiết; Kế hoạch số 5/KH-UBND - Về việc"
    )
    assert [r.as_written for r in refs] == ["Nghị định 09/2017/NĐ-CP", "Kế hoạch số 5/KH-UBND"]


# --------------------------------------------------------------------------------------
# Not references
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "12345",
        "số 72",
        "Nghị định số 72",
        "0251. 3827070 - 0251. 3824841 - Fax: 0251. 3827071",
        "Điện thoại: 0251. 3827070",
        "ngày 15/01/2019",
        "ngày 05 tháng 11 năm 2019",
        "15/06/2022",
        "04-05-2021",
        "Chào mừng ngày Báo chí cách mạng Việt Nam (21/6/1925-21/6/2019)",
        "giai đoạn 2019-2020",
        "giai đoạn 2021 – 2030",
        "Đính kèm: KHTTDDN2019-2020.pdf",
        "kênh VTV4 - Đài Truyền hình Việt Nam, kênh VOV5 - Đài Tiếng nói",
        "an ninh - quốc phòng",
        "Tổng truy cập: 3446123",
        "Gọi tự động đi quốc tế00",
        "Trang 5 - Hà Nội",
        "Cập nhật 17/01/2019 14:02",
        "Quý II/2024",
        "6/2025",
        "Hàng tháng, quý",
    ],
)
def test_not_references(text):
    assert find_legal_refs(text) == []
    assert parse_legal_ref(text) is None


# --------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("57- KL/TW", "57-KL/TW"),
        ("57 - KL / TW", "57-KL/TW"),
        ("72/2015/nđ-cp", "72/2015/NĐ-CP"),
        ("72 / 2015 / NĐ - CP", "72/2015/NĐ-CP"),
        ("191/QĐ-TTg", "191/QĐ-TTg"),
        ("191/qđ-ttg", "191/QĐ-TTg"),
        ("3089/bttttt-ttđn".replace("ttttt", "tttt"), "3089/BTTTT-TTĐN"),
        ("05-ctr/tu", "05-CTr/TU"),
        ("45/TTR-UBND", "45/TTr-UBND"),
        ("12773/KH–UBND", "12773/KH-UBND"),
        (unicodedata.normalize("NFD", "72/2015/NĐ-CP"), "72/2015/NĐ-CP"),
        (" 09/2017/NĐ-CP ", "09/2017/NĐ-CP"),
    ],
)
def test_normalise_identifier(raw, expected):
    assert normalise_identifier(raw) == expected


@pytest.mark.parametrize(
    ("identifier", "kind"),
    [
        ("72/2015/NĐ-CP", "decree"),
        ("09/2017/ND-CP", "decree"),
        ("22/2016/TT-BTTTT", "circular"),
        ("06/2015/TTLT-BTTTT-BNV", "circular"),
        ("191/QĐ-TTg", "decision"),
        ("21/CT-TTg", "directive"),
        ("57-KL/TW", "conclusion"),
        ("57- KL/TW", "conclusion"),
        ("35-NQ/TW", "resolution"),
        ("12773/KH-UBND", "plan"),
        ("45/TB-UBND", "notice"),
        ("12-HD/BTGTW", "guidance"),
        ("3089/BTTTT-TTĐN", "official_letter"),
        ("123/UBND-VX", "official_letter"),
        ("103/2016/QH13", "law"),
        ("05-CTr/TU", "other"),
        ("10/ĐA-UBND", "other"),
        ("45/BC-UBND", "other"),
        ("45/TTr-UBND", "other"),
        ("kh-ubnd", "plan"),
        ("", "other"),
    ],
)
def test_kind_from_symbol(identifier, kind):
    assert kind_from_symbol(identifier) == kind


def test_kind_labels_cover_every_kind():
    assert set(KINDS) == {
        "decree", "circular", "decision", "directive", "conclusion", "resolution",
        "official_letter", "plan", "law", "notice", "guidance", "other",
    }  # fmt: skip
    assert KIND_LABELS["decree"] == "Nghị định"
    assert KIND_LABELS["official_letter"] == "Công văn"
    assert KIND_LABELS["conclusion"] == "Kết luận"
    assert all(label and label[0].isupper() for label in KIND_LABELS.values())


def test_legal_ref_is_frozen_and_has_a_label():
    ref = parse_legal_ref("Nghị định số 72/2015/NĐ-CP ngày 07/9/2015")
    with pytest.raises(AttributeError):
        ref.kind = "law"  # type: ignore[misc]
    assert ref.label == "Nghị định 72/2015/NĐ-CP"
    assert (ref.start, ref.end) == (0, len(ref.as_written))


@pytest.mark.parametrize(
    ("identifier", "code"),
    [
        ("3/2015/QĐ-UBND", "QĐ"),
        ("5/BC-UBND", "BC"),
        ("01/CTr-UBND", "CTR"),
        ("22/2016/TT-BTTTT", "TT"),
        ("242-KH/HU", "KH"),
        ("3089/BTTTT-TTĐN", None),  # a letter: the symbol starts with its issuer
        ("123/UBND-VX", None),
        ("", None),
    ],
)
def test_type_code_is_the_head_of_the_symbol_when_it_is_a_document_type(identifier, code):
    assert type_code(identifier) == code


def _prepared_char_by_char(text: str) -> tuple[str, list[int]]:
    """What _prepare gives, worked out a character and its marks at a time."""
    import re

    out, where, i = [], [], 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j]).replace("Ð", "Đ").replace("ð", "đ")
        piece = re.sub(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]", "-", piece)
        out.append(piece)
        where.extend([i] * len(piece))
        i = j
    return "".join(out), [*where, len(text)]


@given(
    st.lists(
        st.sampled_from(
            ["Nghị định ", "72/2015/NĐ-CP", "ngày 07/9/2015", "Ðảng", "ð", "–", "\u2212", "e\u0301"]
            + ["\u212b", "\u0301", "Å", "ệ", " ", "\n", "a", "Q", "\u0cd5", "\u1100\u1161"]
        ),
        max_size=20,
    ).map("".join)
)
@PROPERTY_SETTINGS
def test_prepare_is_the_text_itself_when_it_is_already_normal(text):
    from ttdn.legal.parsing import _prepare

    assert _prepare(text) == _prepared_char_by_char(text)
    for piece in ("Kế hoạch 12/KH-UBND ngày 5/3/2021", "Ủy ban nhân dân tỉnh Bình Dương"):
        assert _prepare(piece) == (piece, list(range(len(piece) + 1)))


@pytest.mark.parametrize(
    ("identifier", "year"),
    [
        ("148/2026/NĐ-CP", 2026),
        ("03/2025/TT-BVHTTDL", 2025),
        ("103/2016/QH13", 2016),
        ("12 / 2024 / QĐ-UBND", 2024),
        ("Thông tư số 03/2025/TT-BVHTTDL", 2025),
        ("Nghị định 72/2015/NĐ-CP ngày 07/7/2015", 2015),
        # (none between the number and the symbol: a year elsewhere is not the symbol's)
        ("173/QĐ-TTg", None),
        ("57- KL/TW", None),
        ("3089/BTTTT-TTĐN", None),
        ("Quyết định số 1079/QĐ-TTg ngày 14/6/2022", None),
        ("2026", None),
        ("", None),
    ],
)
def test_year_of_identifier_is_the_year_between_number_and_symbol(identifier, year):
    assert year_of_identifier(identifier) == year
