"""Decode Vietnamese plain-text documents whatever their byte encoding.

Plain-text documents (plans, reports, pages saved as text) arrive as ``.txt`` files in one of:

* UTF-8 (NFC or NFD), with or without a BOM, or UTF-16/UTF-32 with a BOM;
* Windows-1258 (cp1258), where most tone marks are combining characters;
* the legacy 8-bit *font* encodings of the 1990s–2000s, still common in
  provincial archives: TCVN3 (ABC, fonts ``.VnTime``/``.VnTimeH``) and VNI
  (VNI-Times). These were typed into cp1252 documents with a font that draws
  Vietnamese glyphs at Latin-1 code points, so the bytes look like
  ``Céng hoµ x· héi`` (TCVN3) or ``Coäng hoøa xaõ hoäi`` (VNI).

:func:`decode_text` returns Unicode NFC text with ``\\n`` line ends and names the
encoding it found.  Legacy encodings are told apart by decoding the bytes each
way and counting which reading gives the most well-formed Vietnamese syllables.

Tables
------
The TCVN3 table is TCVN 5712:1993 "VN3" (the ABC set): each Vietnamese letter
is one byte in 0xA1–0xFE.  VN3 has no tone-marked capitals: capitals are the
lowercase codes drawn by a capitals font (``.VnTimeH``), so
``UBND T\\xd8NH`` is "UBND TỈNH".  The decoder upper-cases such words when
the ASCII letters around them are capitals (see :func:`_tcvn3_capitals`).

VNI (VNI-Windows) writes a vowel as its ASCII base letter followed by one
byte for the diacritics (``a\\xf9`` = "á", ``a\\xe1`` = "ấ"); i with a tone,
ơ, ư and đ are single bytes.  Capitals use the capital base and the capital
form of the diacritic byte (``A\\xd9`` = "Á").
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ttdn.core.text import nfc

__all__ = ["LEGACY_ENCODINGS", "DecodedText", "decode_text", "encode_legacy"]

LEGACY_ENCODINGS = ("windows-1258", "tcvn3", "vni")


@dataclass(frozen=True, slots=True)
class DecodedText:
    """Text decoded from bytes: NFC, ``\\n`` line ends, and the encoding found."""

    text: str
    encoding: str
    legacy: bool


# ---------------------------------------------------------------------------
# Byte tables
# ---------------------------------------------------------------------------


def _single_byte_table(codec: str) -> str:
    """256 characters: the codec's reading of each byte, Latin-1 where it has none."""
    chars = []
    for byte in range(256):
        try:
            chars.append(bytes([byte]).decode(codec))
        except UnicodeDecodeError:
            chars.append(chr(byte))
    return "".join(chars)


# cp1252 with Latin-1 for its five undefined bytes: what a legacy-font document
# saved from Windows looks like before the font is taken into account.
_CP1252 = _single_byte_table("cp1252")
_CP1252_ENCODE = codecs.charmap_build(_CP1252)
_CP1258 = _single_byte_table("cp1258")

# Tone order used by both tables: grave (huyền), hook (hỏi), tilde (ngã),
# acute (sắc), dot below (nặng).
_TONE_ORDER = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
_TONE_MARKS = frozenset(_TONE_ORDER)


def _toned(vowel: str) -> list[str]:
    return [nfc(vowel + mark) for mark in _TONE_ORDER]


def _without_tones(text: str) -> tuple[str, str]:
    """``text`` without its tone marks (NFC), and the marks: "ệ" gives "ê" and U+0323."""
    decomposed = unicodedata.normalize("NFD", text)
    base = "".join(c for c in decomposed if c not in _TONE_MARKS)
    return nfc(base), "".join(c for c in decomposed if c in _TONE_MARKS)


# TCVN3 (TCVN 5712:1993 VN3).  Rows follow _TONE_ORDER.
_TCVN3_TONED_BYTES = {
    "a": b"\xb5\xb6\xb7\xb8\xb9",  # à ả ã á ạ
    "ă": b"\xbb\xbc\xbd\xbe\xc6",  # ằ ẳ ẵ ắ ặ
    "â": b"\xc7\xc8\xc9\xca\xcb",  # ầ ẩ ẫ ấ ậ
    "e": b"\xcc\xce\xcf\xd0\xd1",  # è ẻ ẽ é ẹ
    "ê": b"\xd2\xd3\xd4\xd5\xd6",  # ề ể ễ ế ệ
    "i": b"\xd7\xd8\xdc\xdd\xde",  # ì ỉ ĩ í ị
    "o": b"\xdf\xe1\xe2\xe3\xe4",  # ò ỏ õ ó ọ
    "ô": b"\xe5\xe6\xe7\xe8\xe9",  # ồ ổ ỗ ố ộ
    "ơ": b"\xea\xeb\xec\xed\xee",  # ờ ở ỡ ớ ợ
    "u": b"\xef\xf1\xf2\xf3\xf4",  # ù ủ ũ ú ụ
    "ư": b"\xf5\xf6\xf7\xf8\xf9",  # ừ ử ữ ứ ự
    "y": b"\xfa\xfb\xfc\xfd\xfe",  # ỳ ỷ ỹ ý ỵ
}
_TCVN3_PLAIN_BYTES = {
    "ă": 0xA8,
    "â": 0xA9,
    "ê": 0xAA,
    "ô": 0xAB,
    "ơ": 0xAC,
    "ư": 0xAD,
    "đ": 0xAE,
    "Ă": 0xA1,
    "Â": 0xA2,
    "Ê": 0xA3,
    "Ô": 0xA4,
    "Ơ": 0xA5,
    "Ư": 0xA6,
    "Đ": 0xA7,
}


def _build_tcvn3() -> tuple[dict[int, str], dict[str, int]]:
    decode: dict[int, str] = {}
    encode: dict[str, int] = {}
    for letter, byte in _TCVN3_PLAIN_BYTES.items():
        decode[byte] = letter
        encode[letter] = byte
    for vowel, row in _TCVN3_TONED_BYTES.items():
        for letter, byte in zip(_toned(vowel), row, strict=True):
            decode[byte] = letter
            encode[letter] = byte
            # No tone-marked capitals in VN3: a capitals font draws the
            # lowercase code as a capital.
            encode[letter.upper()] = byte
    return decode, encode


_TCVN3_DECODE, _TCVN3_ENCODE = _build_tcvn3()
_TCVN3_TABLE = "".join(_TCVN3_DECODE.get(b, _CP1252[b]) for b in range(256))
_TCVN3_LOWER = frozenset(c for c in _TCVN3_DECODE.values() if c.islower())
_TCVN3_LETTERS = frozenset(_TCVN3_DECODE.values())

# VNI (VNI-Windows), lowercase; capitals are ``sequence.upper()`` (the capital
# diacritic bytes are the Latin-1 capitals of the lowercase ones).
_VNI_LOWER = {
    "á": "aù", "à": "aø", "ả": "aû", "ã": "aõ", "ạ": "aï",
    "ă": "aê", "ắ": "aé", "ằ": "aè", "ẳ": "aú", "ẵ": "aü", "ặ": "aë",
    "â": "aâ", "ấ": "aá", "ầ": "aà", "ẩ": "aå", "ẫ": "aã", "ậ": "aä",
    "é": "eù", "è": "eø", "ẻ": "eû", "ẽ": "eõ", "ẹ": "eï",
    "ê": "eâ", "ế": "eá", "ề": "eà", "ể": "eå", "ễ": "eã", "ệ": "eä",
    "í": "í", "ì": "ì", "ỉ": "æ", "ĩ": "ó", "ị": "ò",
    "ó": "où", "ò": "oø", "ỏ": "oû", "õ": "oõ", "ọ": "oï",
    "ô": "oâ", "ố": "oá", "ồ": "oà", "ổ": "oå", "ỗ": "oã", "ộ": "oä",
    "ơ": "ô", "ớ": "ôù", "ờ": "ôø", "ở": "ôû", "ỡ": "ôõ", "ợ": "ôï",
    "ú": "uù", "ù": "uø", "ủ": "uû", "ũ": "uõ", "ụ": "uï",
    "ư": "ö", "ứ": "öù", "ừ": "öø", "ử": "öû", "ữ": "öõ", "ự": "öï",
    "ý": "yù", "ỳ": "yø", "ỷ": "yû", "ỹ": "yõ", "ỵ": "yî",
    "đ": "ñ",
}  # fmt: skip


def _build_vni() -> tuple[dict[str, str], dict[str, str]]:
    encode: dict[str, str] = {}
    for letter, seq in _VNI_LOWER.items():
        encode[letter] = seq
        encode[letter.upper()] = seq.upper()
    decode = {seq: letter for letter, seq in encode.items()}
    # Tolerate case-mangled pairs (Word's "Title Case" on VNI text gives
    # "Aùnh"): the base letter decides the case.
    for letter, seq in _VNI_LOWER.items():
        if len(seq) == 2:
            decode.setdefault(seq[0].upper() + seq[1], letter.upper())
            decode.setdefault(seq[0] + seq[1].upper(), letter)
    # Some converters write ỵ with the ordinary dot byte.
    decode.setdefault("yï", "ỵ")
    decode.setdefault("YÏ", "Ỵ")
    decode.setdefault("Yï", "Ỵ")
    decode.setdefault("yÏ", "ỵ")
    return decode, encode


_VNI_DECODE, _VNI_ENCODE = _build_vni()
_VNI_PAIR_FIRST = "".join(sorted({s[0] for s in _VNI_DECODE if len(s) == 2}))
_VNI_PAIR_SECOND = "".join(sorted({s[1] for s in _VNI_DECODE if len(s) == 2}))
_VNI_SINGLES = "".join(sorted(s for s in _VNI_DECODE if len(s) == 1))
_VNI_RE = re.compile(
    f"[{re.escape(_VNI_PAIR_FIRST)}][{re.escape(_VNI_PAIR_SECOND)}]|[{re.escape(_VNI_SINGLES)}]"
)


def _vni_replace(match: re.Match[str]) -> str:
    seq = match.group()
    letter = _VNI_DECODE.get(seq)
    if letter is not None:
        return letter
    # A base followed by a diacritic byte it does not take: keep the byte.
    return _VNI_DECODE.get(seq[0], seq[0]) + seq[1:]


# ---------------------------------------------------------------------------
# Decoders for each legacy encoding (return text before NFC/newline clean-up)
# ---------------------------------------------------------------------------


def _decode_cp1252(data: bytes) -> str:
    return codecs.charmap_decode(data, "strict", _CP1252)[0]


def _decode_cp1258(data: bytes) -> str:
    return codecs.charmap_decode(data, "strict", _CP1258)[0]


def _decode_vni(data: bytes) -> str:
    return _VNI_RE.sub(_vni_replace, _decode_cp1252(data))


def _decode_tcvn3(data: bytes) -> str:
    return _tcvn3_capitals(codecs.charmap_decode(data, "strict", _TCVN3_TABLE)[0])


_LETTERS_RE = re.compile(r"[^\W\d_]+")
# A whole word with no lowercase ASCII letter.
_NO_ASCII_LOWER_WORD_RE = re.compile(r"(?<![^\W\d_])[^\W\d_a-z]+(?![^\W\d_])")
_ASCII_UPPER_RE = re.compile(r"[A-Z]")
_ASCII_LOWER_RE = re.compile(r"[a-z]")
_TCVN3_LETTER_RE = re.compile(f"[{''.join(sorted(_TCVN3_LETTERS))}]")
_TCVN3_LOWER_RE = re.compile(f"[{''.join(sorted(_TCVN3_LOWER))}]")


def _is_caps_word(word: str) -> bool:
    """No lowercase ASCII, two or more ASCII capitals, and Vietnamese: ``T\\xd8NH``, ``THAO``.

    Vietnamese means a TCVN3 letter or an ASCII word that is a syllable, so
    "UBND" and "TP" (in "TP H\\xe5 Ch\\xdd Minh", "TP Hồ Chí Minh") are not.
    """
    if len(_ASCII_UPPER_RE.findall(word)) < 2 or _ASCII_LOWER_RE.search(word):
        return False
    if _TCVN3_LETTER_RE.search(word):
        return True
    return word.isascii() and judge_syllable(word) > 0


def _tcvn3_capitals(text: str) -> str:
    """Upper-case words that were typed in a TCVN3 capitals font.

    A ``.VnTimeH`` heading is typed as ASCII capitals plus the *lowercase*
    TCVN3 codes (``UBND T\\xd8NH``).  Within a line, a run of consecutive
    words with no lowercase ASCII letter is upper-cased when it holds a caps
    word (:func:`_is_caps_word`).  A run without one (``S\\xeb Y T\\xd5``,
    "Sở Y Tế" or "SỞ Y TẾ") is left alone: title case is more common.
    """
    line_starts = sorted(
        {
            text.rfind("\n", 0, match.start()) + 1
            for match in _NO_ASCII_LOWER_WORD_RE.finditer(text)
            if _is_caps_word(match.group())
        }
    )
    if not line_starts:
        return text
    parts = []
    last = 0
    for start in line_starts:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        parts.append(text[last:start])
        parts.append(_tcvn3_capitals_line(text[start:end]))
        last = end
    parts.append(text[last:])
    return "".join(parts)


def _tcvn3_capitals_line(line: str) -> str:
    runs: list[list[re.Match[str]]] = [[]]
    for word in _LETTERS_RE.finditer(line):
        if _ASCII_LOWER_RE.search(word.group()):
            runs.append([])
        else:
            runs[-1].append(word)
    parts = []
    last = 0
    for run in runs:
        if not any(_is_caps_word(word.group()) for word in run):
            continue
        for word in run:
            if _TCVN3_LOWER_RE.search(word.group()):
                parts.append(line[last : word.start()])
                parts.append(word.group().upper())
                last = word.end()
    parts.append(line[last:])
    return "".join(parts)


_LEGACY_DECODERS = {
    "tcvn3": _decode_tcvn3,
    "vni": _decode_vni,
    "windows-1258": _decode_cp1258,
}


# ---------------------------------------------------------------------------
# Scoring: how Vietnamese does a reading look?
# ---------------------------------------------------------------------------

_STOP_TONES = frozenset({"\u0301", "\u0323"})  # a syllable ending in c/ch/p/t takes sắc or nặng
_ONSET = r"(?:ngh|ng|nh|ch|gh|gi(?!i)|kh|ph|qu(?![uư])|th|tr|[bcdđghklmnprstvx])?"
_OPEN_ONLY = "ai ao au ay âu ây eo êu ia iu oi ôi ơi ui ưi ưu ưa ua uơ iêu yêu oai oao oay oeo uây uôi uya uyu ươi ươu"
_OPEN_OR_CLOSED = "a e ê i o ô ơ u ư y oa oe uê uy"
_CLOSED_ONLY = "ă â iê yê uô ươ uâ oă uyê"
_CODA = "ch|ng|nh|[cmnpt]"


def _alternation(words: str) -> str:
    return "|".join(sorted(words.split(), key=len, reverse=True))


_SYLLABLE_RE = re.compile(
    f"{_ONSET}(?:(?:{_alternation(_OPEN_ONLY + ' ' + _OPEN_OR_CLOSED)})"
    f"|(?:{_alternation(_OPEN_OR_CLOSED + ' ' + _CLOSED_ONLY)})(?:{_CODA}))"
)

# Frequent syllables of administrative Vietnamese; a reading that yields them
# counts them twice.  Only syllables with a non-ASCII letter matter.
_COMMON_WORDS = """
và của có các được là những một cho với trong này đã không người năm để đến tại từ
đó đồng thời như khi nhà nước công tác quản lý xã hội phát triển tế văn hóa hoá
thông đối ngoại sở ủy uỷ ban nhân dân chủ trì phối hợp kế hoạch tháng ngày quý trước
hàng việt cơ đơn vị địa phương nhiệm vụ chính trị quốc tổ chức cấp huyện thành phố
báo cáo sự tăng cường đảm bảo nội động tuyên truyền biên giới cụ thể liên kết quả
thực hiện tỉnh về theo đạo chỉ số trên bộ ngành lực điều tôi chúng
"""
_COMMON = frozenset(_COMMON_WORDS.split())


_ABBREVIATION_RE = re.compile("[A-ZĐ]{2,}")


def judge_syllable(token: str) -> int:
    """2 for a common Vietnamese syllable, 1 for another, 0 if no letters, -1 otherwise."""
    # Only syllable-sized tokens are cached: a file's long runs of letters would hold the
    # cache's memory in a worker (no syllable has more than seven letters).
    return _judge_syllable(token) if len(token) <= 16 else _judge_syllable.__wrapped__(token)


@lru_cache(maxsize=131072)
def _judge_syllable(token: str) -> int:
    if not any(c.isalpha() for c in token):
        return 0
    if not (token.islower() or token.isupper() or token.istitle()):
        return -1
    word = nfc(token.lower())
    base, tones = _without_tones(word)
    if len(tones) > 1:
        return -1
    if not _SYLLABLE_RE.fullmatch(base):
        # "NĐ", "HĐND", "ĐBSCL": abbreviations are neither here nor there.
        return 0 if _ABBREVIATION_RE.fullmatch(token) else -1
    if tones and base.endswith(("c", "ch", "p", "t")) and tones[0] not in _STOP_TONES:
        return -1
    return 2 if word in _COMMON else 1


# Tokens: runs between whitespace, ASCII punctuation, digits and typographic
# punctuation.  Anything else (including Latin-1 symbols such as "µ" or "·")
# stays in the token, so a reading that leaves symbols inside words loses.
_TOKEN_RE = re.compile(r"[^\s!-@\[-`{-~\u2010-\u206f]+")


@dataclass(frozen=True, slots=True)
class _Score:
    score: int  # syllables (common ones twice) less non-Vietnamese words
    valid: int
    invalid: int


def _score(text: str) -> _Score:
    """Judge every word with a non-ASCII letter; ASCII words are the same in every reading."""
    score = valid = invalid = 0
    for token in _TOKEN_RE.findall(text):
        if token.isascii():
            continue
        value = judge_syllable(token)
        if value < 0:
            invalid += 1
            score -= 1
        elif value > 0:
            valid += 1
            score += value
    return _Score(score, valid, invalid)


_SAMPLE_LIMIT = 128 * 1024


def _sample(data: bytes) -> bytes:
    """The whole of a small file, or its start, middle and end."""
    if len(data) <= _SAMPLE_LIMIT:
        return data
    part = _SAMPLE_LIMIT // 4
    middle = len(data) // 2
    return b"\n".join(
        (data[: 2 * part], data[middle - part // 2 : middle + part // 2], data[-part:])
    )


# Bytes a true document in the encoding never holds: bytes TCVN3 leaves
# unassigned (a cp1258 "à" is 0xE0), and VNI diacritic bytes that follow no
# base letter (TCVN3's "ộ" is 0xE9, VNI's breve+acute).
_TCVN3_UNASSIGNED = bytes(b for b in range(0xC0, 0x100) if b not in _TCVN3_DECODE)
_VNI_STRAY_RE = re.compile(
    b"(?<!["
    + re.escape(_VNI_PAIR_FIRST.encode("latin-1"))
    + b"])["
    + re.escape(_VNI_PAIR_SECOND.encode("latin-1"))
    + b"]"
)


def _stray(name: str, data: bytes) -> int:
    if name == "tcvn3":
        return len(data) - len(data.translate(None, _TCVN3_UNASSIGNED))
    if name == "vni":
        return len(_VNI_STRAY_RE.findall(data))
    return 0


def _legacy_reading(data: bytes, *, mis_saved: bool = False) -> DecodedText | None:
    """``data`` read in the legacy encoding whose reading is clearly Vietnamese, if any.

    Each reading is scored (:func:`_score`, less one for each stray
    byte, see :func:`_stray`); the best one (ties: TCVN3, VNI,
    Windows-1258, the order of how common they are) wins when at least two in
    three of its judged words are Vietnamese syllables and it scores higher
    than reading the bytes as plain cp1252.  That last rule keeps French or
    German cp1252 text, and Vietnamese whose letters all happen to be Latin-1
    ("tôi là ai"), out of the legacy encodings.  For ``mis_saved`` text (see
    :func:`_repair_utf8`) the bar is higher: three syllables, and more than
    twice the cp1252 score plus two.

    A file small enough to be its own sample is decoded once: the winning
    reading is the result.
    """
    sample = _sample(data)
    baseline = max(_score(_finish(_decode_cp1252(sample))).score, 0)
    best: tuple[_Score, str, str] | None = None
    for name, decoder in _LEGACY_DECODERS.items():
        text = _finish(decoder(sample))
        score = _score(text)
        stray = _stray(name, sample)
        if stray:
            score = _Score(score.score - stray, score.valid, score.invalid)
        if best is None or score.score > best[0].score:
            best = (score, name, text)
    assert best is not None
    score, name, text = best
    if mis_saved:
        if score.valid < 3 or score.score <= 2 * baseline + 2:
            return None
    elif score.valid < 1 or score.score <= baseline:
        return None
    if score.valid < 2 * score.invalid:
        return None
    if sample is not data:
        text = _finish(_LEGACY_DECODERS[name](data))
    return DecodedText(text, name, True)


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------


def _finish(text: str) -> str:
    return nfc(text.replace("\r\n", "\n"))


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``utf-16-be`` when every other byte is mostly NUL."""
    if len(data) < 4 or len(data) % 2 or b"\x00" not in data:
        return None
    half = len(data) // 2
    even = data[0::2].count(0)
    odd = data[1::2].count(0)
    if odd > 0.3 * half and even < 0.02 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.02 * half:
        return "utf-16-be"
    return None


_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_text(data: bytes) -> DecodedText:
    """Decode a plain-text document, Vietnamese or not.

    Order: a BOM (UTF-8/16/32); BOM-less UTF-16 of mostly-ASCII text; valid
    UTF-8 (checked for TCVN3/VNI text that was mis-saved as UTF-8, see
    :func:`_repair_utf8`); then the legacy encodings, scored by how many
    well-formed Vietnamese syllables each reading gives; then
    charset-normalizer; then cp1252.  Never raises for any ``bytes``.

    ``encoding`` is one of "utf-8", "utf-8-sig", "utf-16", "utf-32",
    "utf-16-le", "utf-16-be", "windows-1258", "tcvn3", "vni", "cp1252", or a
    codec name from charset-normalizer; ``legacy`` is true for the three
    Vietnamese legacy encodings.
    """
    data = bytes(data)
    for bom, name in _BOMS:
        if data.startswith(bom):
            return DecodedText(_finish(data.decode(name, errors="replace")), name, False)

    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return DecodedText(_finish(data.decode(utf16, errors="replace")), utf16, False)

    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return _repair_utf8(raw) or DecodedText(_finish(raw), "utf-8", False)

    return _legacy_reading(data) or _fallback(data)


def _repair_utf8(raw: str) -> DecodedText | None:
    """TCVN3/VNI/cp1258 text that went through a cp1252→UTF-8 conversion.

    Copying from a ``.VnTime`` Word document into a UTF-8 editor keeps the
    font's code points, giving UTF-8 "Céng hoµ x· héi".  When every character
    fits cp1252 and a legacy reading of those bytes is clearly Vietnamese
    while the text as it stands is not, the legacy reading is returned
    (``legacy`` true, ``encoding`` the legacy encoding).
    """
    if raw.isascii():
        return None
    try:
        data = codecs.charmap_encode(raw, "strict", _CP1252_ENCODE)[0]
    except UnicodeEncodeError:
        return None
    return _legacy_reading(data, mis_saved=True)


def _fallback(data: bytes) -> DecodedText:
    from charset_normalizer import from_bytes  # slow to import; most files never get here

    try:
        match = from_bytes(data).best()
        if match is not None and match.encoding != "cp1252":
            # charset-normalizer often ranks cp1250 first for Western text
            # ("crème" → "crčme"); take cp1252 when it reads as cleanly.
            western = from_bytes(data, cp_isolation=["cp1252"]).best()
            if western is not None and western.chaos <= match.chaos:
                match = None
    except Exception:  # a detector failure must not lose the document
        match = None
    if match is None:
        return DecodedText(_finish(_decode_cp1252(data)), "cp1252", False)
    name = match.encoding
    if name in {"cp1258", "windows_1258", "windows-1258"}:
        return DecodedText(_finish(_decode_cp1258(data)), "windows-1258", True)
    return DecodedText(_finish(str(match)), name, False)


# ---------------------------------------------------------------------------
# Encoding (for tests and fixtures)
# ---------------------------------------------------------------------------


def _encode_cp1258_char(char: str) -> bytes:
    try:
        return char.encode("cp1258")
    except UnicodeEncodeError:
        pass
    base, tones = _without_tones(char)  # cp1258 writes the tone as a combining byte
    return (base + tones).encode("cp1258")


def encode_legacy(text: str, encoding: str) -> bytes:
    """Encode ``text`` as ``encoding`` ("tcvn3", "vni" or "windows-1258").

    The inverse of the decoders, for tests and fixtures.  TCVN3 writes
    tone-marked capitals with the lowercase code (a capitals font draws them).
    Raises ``UnicodeEncodeError`` for characters the encoding cannot hold.
    """
    text = nfc(text)
    if encoding == "windows-1258":
        return b"".join(_encode_cp1258_char(c) for c in text)
    if encoding == "tcvn3":
        legacy = "".join(chr(_TCVN3_ENCODE[c]) if c in _TCVN3_ENCODE else c for c in text)
        return codecs.charmap_encode(legacy, "strict", _CP1252_ENCODE)[0]
    if encoding == "vni":
        legacy = "".join(_VNI_ENCODE.get(c, c) for c in text)
        return codecs.charmap_encode(legacy, "strict", _CP1252_ENCODE)[0]
    raise ValueError(f"not a legacy Vietnamese encoding: {encoding!r}")
