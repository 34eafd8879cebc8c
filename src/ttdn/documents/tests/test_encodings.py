"""decode_text: UTF-8/16, Windows-1258 and the legacy TCVN3 and VNI font encodings."""

import random
import unicodedata

import pytest

from ttdn.documents import encodings
from ttdn.documents.encodings import DecodedText, decode_text, encode_legacy

PLAN = """ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH

KẾ HOẠCH
Thông tin đối ngoại năm 2025

Thực hiện Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9 năm 2015 của Chính phủ về quản lý \
hoạt động thông tin đối ngoại; Ủy ban nhân dân tỉnh ban hành Kế hoạch thông tin đối ngoại \
năm 2025 như sau:
I. MỤC ĐÍCH, YÊU CẦU
1. Tuyên truyền, quảng bá hình ảnh đất nước, con người Việt Nam và tỉnh Quảng Ngãi đến bạn bè \
quốc tế; thu hút đầu tư, du lịch.
2. Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh \
và các cơ quan, đơn vị liên quan tổ chức thực hiện.
II. NHIỆM VỤ CỤ THỂ
- Cung cấp thông tin chính thống, kịp thời về biển, đảo; đấu tranh phản bác thông tin sai lệch.
- Thời gian: Quý II, III; báo cáo kết quả trước ngày 05 tháng 11 hàng năm về Sở Thông tin và \
Truyền thông để tổng hợp.
Ấn định kinh phí: 150 triệu đồng từ ngân sách địa phương; Ở các huyện, thị xã lồng ghép thực hiện.
Chữ hiếm: khuỷu tay, nguệch ngoạc, Quỳnh, huấn luyện, thuở ấy, ngoằn ngoèo, khuya, gìn giữ, \
yểu điệu, ỷ lại."""

# TCVN3 has no tone-marked capitals outside all-caps words (a capitals font is
# used for those), so a TCVN3 document cannot hold "Ủy ban" or "Ấn định".
PLAN_TCVN3 = (
    PLAN.replace("Ủy ban nhân dân tỉnh ban hành", "UBND tỉnh ban hành")
    .replace("Ấn định kinh phí", "Kinh phí")
    .replace("; Ở các huyện", "; các huyện")
)

LOWER = "".join(sorted(c for c in encodings._VNI_ENCODE if c.islower()))
UPPER = "".join(sorted(c for c in encodings._VNI_ENCODE if c.isupper()))


def test_tables_cover_all_134_letters():
    assert len(LOWER) == 67
    assert len(UPPER) == 67
    assert {c.upper() for c in LOWER} == set(UPPER)
    assert set(encodings._TCVN3_ENCODE) == set(LOWER + UPPER)
    assert set(encodings._VNI_ENCODE) == set(LOWER + UPPER)
    # 67 lowercase letters and 7 toneless capitals have their own TCVN3 byte.
    assert len(encodings._TCVN3_DECODE) == 74
    assert len({encodings._VNI_ENCODE[c] for c in LOWER + UPPER}) == 134


@pytest.mark.parametrize(
    ("letters", "raw"),
    [
        ("ăâêôơưđ", b"\xa8\xa9\xaa\xab\xac\xad\xae"),
        ("ĂÂÊÔƠƯĐ", b"\xa1\xa2\xa3\xa4\xa5\xa6\xa7"),
        ("àảãáạ", b"\xb5\xb6\xb7\xb8\xb9"),
        ("ằẳẵắặ", b"\xbb\xbc\xbd\xbe\xc6"),
        ("ầẩẫấậ", b"\xc7\xc8\xc9\xca\xcb"),
        ("èẻẽéẹ", b"\xcc\xce\xcf\xd0\xd1"),
        ("ềểễếệ", b"\xd2\xd3\xd4\xd5\xd6"),
        ("ìỉĩíị", b"\xd7\xd8\xdc\xdd\xde"),
        ("òỏõóọ", b"\xdf\xe1\xe2\xe3\xe4"),
        ("ồổỗốộ", b"\xe5\xe6\xe7\xe8\xe9"),
        ("ờởỡớợ", b"\xea\xeb\xec\xed\xee"),
        ("ùủũúụ", b"\xef\xf1\xf2\xf3\xf4"),
        ("ừửữứự", b"\xf5\xf6\xf7\xf8\xf9"),
        ("ỳỷỹýỵ", b"\xfa\xfb\xfc\xfd\xfe"),
    ],
)
def test_tcvn3_table_rows(letters, raw):
    assert encode_legacy(letters, "tcvn3") == raw
    assert encodings._decode_tcvn3(raw) == letters


@pytest.mark.parametrize(
    ("text", "vni"),
    [
        ("á à ả ã ạ", "aù aø aû aõ aï"),
        ("ă ắ ằ ẳ ẵ ặ", "aê aé aè aú aü aë"),
        ("â ấ ầ ẩ ẫ ậ", "aâ aá aà aå aã aä"),
        ("ê ế ề ể ễ ệ", "eâ eá eà eå eã eä"),
        ("í ì ỉ ĩ ị", "í ì æ ó ò"),
        ("ơ ớ ờ ở ỡ ợ", "ô ôù ôø ôû ôõ ôï"),
        ("ư ứ ừ ử ữ ự", "ö öù öø öû öõ öï"),
        ("ý ỳ ỷ ỹ ỵ đ", "yù yø yû yõ yî ñ"),
        ("Ấ Ặ Ỉ Ơ Ự Đ Ỵ", "AÁ AË Æ Ô ÖÏ Ñ YÎ"),
    ],
)
def test_vni_table_samples(text, vni):
    assert encode_legacy(text, "vni") == vni.encode("cp1252")
    assert encodings._decode_vni(vni.encode("cp1252")) == text


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "windows-1258"])
def test_every_letter_round_trips(encoding):
    # Each letter inside an all-caps or lowercase word, so that TCVN3's
    # capitals rule sees the ASCII capitals it needs.
    words = [f"th{c}ng" for c in LOWER] + [f"TH{c}NG" for c in UPPER]
    text = " ".join(words)
    decoded = unicodedata.normalize(
        "NFC", encodings._LEGACY_DECODERS[encoding](encode_legacy(text, encoding))
    )
    assert decoded == text


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "windows-1258"])
def test_random_letter_soup_round_trips(encoding):
    # Any order of letters parses back: no VNI diacritic byte can be read as
    # part of a neighbouring letter.
    rng = random.Random(1258)
    alphabet = LOWER + "abcdeghiklmnopqrstuvxy  "
    if encoding != "tcvn3":  # TCVN3 capitals depend on the word around them
        alphabet += UPPER + "ABCDEGHIKLMNOPQRSTUVXY"
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(40))
        raw = encode_legacy(text, encoding)
        decoded = encodings._LEGACY_DECODERS[encoding](raw)
        assert unicodedata.normalize("NFC", decoded) == text


@pytest.mark.parametrize(
    ("encoding", "text"),
    [("tcvn3", PLAN_TCVN3), ("vni", PLAN), ("windows-1258", PLAN)],
)
def test_plan_in_legacy_encodings_is_detected(encoding, text):
    raw = encode_legacy(text.replace("\n", "\r\n"), encoding)
    assert decode_text(raw) == DecodedText(text, encoding, True)


def test_windows_1258_fully_decomposed():
    # Every tone as a combining byte after the base, even where cp1258 has a
    # precomposed letter ("a\xcc" rather than "\xe0").
    tones = "\u0300\u0301\u0303\u0309\u0323"
    parts = []
    for char in PLAN:
        decomposed = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        parts.append(base + "".join(c for c in decomposed if c in tones))
    raw = "".join(parts).encode("cp1258")
    assert raw != encode_legacy(PLAN, "windows-1258")
    assert decode_text(raw) == DecodedText(PLAN, "windows-1258", True)


def test_tcvn3_loses_tone_marked_title_capitals():
    # "Ủy ban" can only be typed as "ủy ban" in TCVN3; decoding keeps that.
    raw = encode_legacy("Ủy ban nhân dân tỉnh. Ở các huyện, thị xã", "tcvn3")
    assert decode_text(raw).text == "ủy ban nhân dân tỉnh. ở các huyện, thị xã"


def test_hand_typed_tcvn3_header():
    raw = (
        b"UBND T\xd8NH QU\xb6NG NG\xb7I\r\n"
        b"S\xeb V\xa1N HO\xb8, TH\xd3 THAO V\xb5 DU L\xdeCH\r\n"
        b"C\xe9ng ho\xb5 x\xb7 h\xe9i ch\xf1 ngh\xdca Vi\xd6t Nam\r\n"
        b"\xa7\xe9c l\xcbp - T\xf9 do - H\xb9nh ph\xf3c\r\n"
        b"S\xe8: 15/KH-UBND\t\t\xae\xc7u n\xa8m 2025, Qu\xb6ng Ng\xb7i"
    )
    result = decode_text(raw)
    assert result.encoding == "tcvn3"
    assert result.legacy is True
    assert result.text == (
        "UBND TỈNH QUẢNG NGÃI\n"
        "SỞ VĂN HOÁ, THỂ THAO VÀ DU LỊCH\n"
        "Cộng hoà xã hội chủ nghĩa Việt Nam\n"
        "Độc lập - Tự do - Hạnh phúc\n"
        "Số: 15/KH-UBND\t\tđầu năm 2025, Quảng Ngãi"
    )


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"UBND T\xd8NH", "UBND TỈNH"),  # capitals font: lowercase code, capital meaning
        (b"S\xeb V\xa8n ho\xb8", "Sở Văn hoá"),  # a lone capital is title case
        (b"K\xd5 HO\xb9CH th\xabng tin", "KẾ HOẠCH thông tin"),  # next to an all-caps word
        (b"\xa7\xb8NH GI\xb8 \xae\xc7U N\xa8M", "ĐÁNH GIÁ ĐẦU NĂM"),  # "®" is "Đ" in capitals
        (b"TP H\xe5 Ch\xdd Minh", "TP Hồ Chí Minh"),  # "TP" has no Vietnamese letter
        (b"THAO V\xb5 DU", "THAO VÀ DU"),  # "THAO" is a Vietnamese syllable
        (b"S\xeb Y T\xd5", "Sở Y Tế"),  # no caps word: title case
        (b"UBND huy\xd6n", "UBND huyện"),
    ],
)
def test_tcvn3_capitals(raw, expected):
    assert decode_text(raw).text == expected


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "windows-1258"])
@pytest.mark.parametrize(
    "text",
    [
        "Nghị định số 72/2015/NĐ-CP ngày 07 tháng 9",
        "báo cáo kết quả trước ngày 05 tháng 11 hàng năm",
        "Sở Văn hóa, Thể thao và Du lịch chủ trì",
        "phối hợp với Công an tỉnh",
        "Quý II, III; trước ngày 05 tháng 11",
    ],
)
def test_short_lines_are_detected(encoding, text):
    assert decode_text(encode_legacy(text, encoding)) == DecodedText(text, encoding, True)


@pytest.mark.parametrize(
    ("word", "verdict"),
    [
        ("nghiêng", 1),
        ("khuỷu", 1),
        ("Quỳnh", 1),
        ("hoặc", 1),
        ("giữa", 1),
        ("NGƯỜI", 2),
        ("được", 2),
        ("ĐBSCL", 0),  # an abbreviation
        ("quú", -1),  # no u after qu
        ("tồt", -1),  # a stop coda takes sắc or nặng
        ("hoµ", -1),
        ("Coọng", -1),
        ("chÍnh", -1),  # a capital inside a word
        ("café", -1),
    ],
)
def test_syllable_judge(word, verdict):
    assert encodings.judge_syllable(word) == verdict


def test_hand_typed_vni_header():
    raw = (
        "UÛY BAN NHAÂN DAÂN TÆNH\r\nCOÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\r\n"
        "Ñoäc laäp - Töï do - Haïnh phuùc\r\nSôû Vaên hoùa, Theå thao vaø Du lòch ñöôïc giao"
    ).encode("cp1252")
    assert decode_text(raw) == DecodedText(
        "ỦY BAN NHÂN DÂN TỈNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Độc lập - Tự do - Hạnh phúc\nSở Văn hóa, Thể thao và Du lịch được giao",
        "vni",
        True,
    )


def test_vni_title_case_mangled_by_word():
    # Word's "Title Case" upper-cases the base letter only.
    assert decode_text("Aùnh Saùng Vaên Hoùa".encode("cp1252")).text == "Ánh Sáng Văn Hóa"


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_utf8_is_normalised_to_nfc(form):
    raw = unicodedata.normalize(form, PLAN).replace("\n", "\r\n").encode("utf-8")
    assert decode_text(raw) == DecodedText(PLAN, "utf-8", False)


def test_utf8_bom():
    assert decode_text(PLAN.encode("utf-8-sig")) == DecodedText(PLAN, "utf-8-sig", False)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_with_bom(codec):
    raw = PLAN.replace("\n", "\r\n").encode(codec)
    if codec == "utf-16-be":
        raw = b"\xfe\xff" + raw
    assert decode_text(raw) == DecodedText(PLAN, "utf-16", False)


def test_utf16_without_bom_of_mostly_ascii_text():
    raw = "Report 2025: Sở Văn hóa, plan for external information".encode("utf-16-le")
    result = decode_text(raw)
    assert result.text == "Report 2025: Sở Văn hóa, plan for external information"
    assert result.encoding == "utf-16-le"


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_legacy_text_mis_saved_as_utf8(encoding):
    # Copied out of a .VnTime/VNI-Times Word file into a UTF-8 editor.
    raw = encode_legacy(PLAN_TCVN3, encoding).decode("cp1252").encode("utf-8")
    assert decode_text(raw) == DecodedText(PLAN_TCVN3, encoding, True)


@pytest.mark.parametrize(
    "text",
    [
        "Tôi là ai",  # Latin-1-only Vietnamese stays as it is
        "Le ministère des Affaires étrangères a publié un communiqué sur la coopération.",
        "Café crème à la française",
        "Müller, Straße über schön",
    ],
)
def test_latin1_only_utf8_is_not_repaired(text):
    assert decode_text(text.encode("utf-8")) == DecodedText(text, "utf-8", False)


def test_plain_ascii_english():
    text = "External information plan 2025\nSection 1: Objectives.\n"
    assert decode_text(text.encode("ascii")) == DecodedText(text, "utf-8", False)


def test_empty():
    assert decode_text(b"") == DecodedText("", "utf-8", False)


@pytest.mark.parametrize(
    "text",
    [
        "Le ministère des Affaires étrangères a publié un communiqué sur la coopération.",
        "Café crème brûlée à la française, très élégant",
        "He said “hello” — and left…",
    ],
)
def test_western_cp1252_is_not_taken_for_vietnamese(text):
    result = decode_text(text.encode("cp1252"))
    assert result.text == text
    assert result.legacy is False


@pytest.mark.parametrize(
    ("raw", "readings"),
    [
        # "tôi" (cp1252/Windows-1258) or "tụi" (TCVN3): both are words.
        (b"T\xf4i l\xe0 ai", {"Tôi là ai", "Tụi là ai"}),
        # "có" (TCVN3) or "cã" (cp1252).
        (b"c\xe3", {"có", "cã"}),
        (b"H\xb5 N\xe9i", {"Hà Nội"}),
    ],
)
def test_short_ambiguous_text_gives_a_readable_reading(raw, readings):
    assert decode_text(raw).text in readings


def test_binary_garbage_does_not_raise():
    result = decode_text(bytes(range(256)) * 4)
    assert isinstance(result.text, str)
    assert result.legacy is False


def test_decoded_text_is_frozen():
    result = decode_text(b"abc")
    with pytest.raises(AttributeError):
        result.text = "x"  # type: ignore[misc]


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "windows-1258"])
def test_large_document_uses_a_sample(encoding):
    text = (PLAN_TCVN3 + "\n") * 200
    raw = encode_legacy(text, encoding)
    assert len(raw) > encodings._SAMPLE_LIMIT
    assert decode_text(raw) == DecodedText(text, encoding, True)


def test_encode_legacy_rejects_other_names():
    with pytest.raises(ValueError):
        encode_legacy("x", "latin-1")


def test_other_single_byte_encodings_are_left_to_the_detector():
    text = "Министерство иностранных дел Российской Федерации опубликовало заявление."
    assert decode_text(text.encode("cp1251")) == DecodedText(text, "cp1251", False)


def test_a_failing_detector_falls_back_to_cp1252(monkeypatch):
    import charset_normalizer

    def broken(*args, **kwargs):
        raise RuntimeError("detector bug")

    monkeypatch.setattr(charset_normalizer, "from_bytes", broken)
    text = "Министерство иностранных дел"
    assert decode_text(text.encode("cp1251")) == DecodedText(
        text.encode("cp1251").decode("cp1252"), "cp1252", False
    )
