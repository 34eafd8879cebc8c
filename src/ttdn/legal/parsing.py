"""Find citations of legal documents in Vietnamese text.

Plans cite their legal bases as "Nghị định số 72/2015/NĐ-CP ngày 07/9/2015",
"Kết luận số 57- KL/TW ngày 15/6/2023", "Công văn số 3089/BTTTT-TTĐN ngày 31/7/2023",
"Nghị định 09/2017/NĐ-CP" or just "12773/KH-UBND". :func:`find_legal_refs` returns every
such reference with its kind, normalised number-and-symbol, date of issue and position.

A reference needs a number and a symbol that starts with a capital letter
("72/2015/NĐ-CP", "57-KL/TW"), so dates ("21/6/1925-21/6/2019"), periods ("2019-2020") and
phone numbers are never taken for one. The kind comes from the word before the number
when there is one ("Quyết định số ..."), otherwise from the type code in the symbol
(:func:`kind_from_symbol`).

Only the standard library is used. The kind codes are the values of
``ttdn.legal.models.LegalKind``.
"""

from __future__ import annotations

import datetime
import re
import unicodedata
from dataclasses import dataclass

__all__ = [
    "KIND_LABELS",
    "KINDS",
    "LegalRef",
    "find_legal_refs",
    "kind_from_symbol",
    "normalise_identifier",
    "parse_legal_ref",
    "year_of_identifier",
]

LAW = "law"
DECREE = "decree"
CIRCULAR = "circular"
DECISION = "decision"
DIRECTIVE = "directive"
CONCLUSION = "conclusion"
RESOLUTION = "resolution"
OFFICIAL_LETTER = "official_letter"
PLAN = "plan"
NOTICE = "notice"
GUIDANCE = "guidance"
OTHER = "other"

# Code -> the word documents use for that kind.
KIND_LABELS: dict[str, str] = {
    LAW: "Luật",
    DECREE: "Nghị định",
    CIRCULAR: "Thông tư",
    DECISION: "Quyết định",
    DIRECTIVE: "Chỉ thị",
    CONCLUSION: "Kết luận",
    RESOLUTION: "Nghị quyết",
    OFFICIAL_LETTER: "Công văn",
    PLAN: "Kế hoạch",
    NOTICE: "Thông báo",
    GUIDANCE: "Hướng dẫn",
    OTHER: "Văn bản",
}
KINDS: tuple[str, ...] = tuple(KIND_LABELS)


@dataclass(frozen=True)
class LegalRef:
    kind: str  # one of KINDS
    identifier: str  # normalised number and symbol, e.g. "72/2015/NĐ-CP"
    issued_date: datetime.date | None
    as_written: str  # the exact source text of the reference
    start: int  # offsets of as_written in the text given
    end: int

    @property
    def label(self) -> str:
        """ "Nghị định 72/2015/NĐ-CP" """
        return f"{KIND_LABELS.get(self.kind, KIND_LABELS[OTHER])} {self.identifier}"


# --------------------------------------------------------------------------------------
# Kind words written before the number (matched case-insensitively).
# --------------------------------------------------------------------------------------

_KIND_WORDS: list[tuple[str, str]] = [
    (r"nghị\s+định", DECREE),
    (r"thông\s+tư(?:\s+liên\s+tịch)?", CIRCULAR),
    (r"quyết\s+định", DECISION),
    (r"chỉ\s+thị", DIRECTIVE),
    (r"kết\s+luận", CONCLUSION),
    (r"nghị\s+quyết", RESOLUTION),
    (r"công\s+văn", OFFICIAL_LETTER),
    (r"kế\s+hoạch", PLAN),
    (r"luật", LAW),
    (r"thông\s+báo", NOTICE),
    (r"hướng\s+dẫn", GUIDANCE),
    (r"chương\s+trình", OTHER),
    (r"đề\s+án", OTHER),
    (r"văn\s+bản", ""),  # generic: the kind is read from the symbol
]

# Type codes at the head of a symbol ("NĐ" in "72/2015/NĐ-CP", "KL" in "57-KL/TW").
_TYPE_CODES: dict[str, str] = {
    "NĐ": DECREE,
    "ND": DECREE,
    "TT": CIRCULAR,
    "TTLT": CIRCULAR,
    "QĐ": DECISION,
    "QD": DECISION,
    "CT": DIRECTIVE,
    "KL": CONCLUSION,
    "NQ": RESOLUTION,
    "KH": PLAN,
    "TB": NOTICE,
    "HD": GUIDANCE,
    "CV": OFFICIAL_LETTER,
    # Other administrative kinds that have no code of their own here.
    "CTR": OTHER,  # Chương trình
    "ĐA": OTHER,  # Đề án
    "BC": OTHER,  # Báo cáo
    "TTR": OTHER,  # Tờ trình
    "GM": OTHER,  # Giấy mời
    "QC": OTHER,  # Quy chế
    "QYĐ": OTHER,  # Quy định (Party)
    "VBHN": OTHER,  # Văn bản hợp nhất
    "PA": OTHER,  # Phương án
    "L": OTHER,  # Lệnh
    "PL": OTHER,  # Pháp lệnh
    "HĐ": OTHER,  # Hợp đồng
    "BB": OTHER,  # Biên bản
}
# "103/2016/QH13": laws of the National Assembly carry only the issuer and its term.
_LAW_SYMBOL_RE = re.compile(r"QH\d{1,2}")

# --------------------------------------------------------------------------------------
# The reference pattern
# --------------------------------------------------------------------------------------

_KIND_ALTS = "|".join(f"(?:{pattern})" for pattern, _kind in _KIND_WORDS)
# One part of a symbol: "NĐ", "CP", "BTTTT", "TTĐN", "QH13", "TTg" (a trailing small letter
# only after two capitals, so a word like "Tp" is not taken for one).
# "Ng" for "Ngoại" keeps its small letter inside a part: "491/SNgV-HTQT" (Sở Ngoại vụ).
_NG_PART = r"[A-ZĐ]*Ng[A-ZĐ]+"
# A symbol's last part may be glued to the "ngày" of its day by a lost line break or space
# ("208/QĐ-TTgngày 14/02/2011"): it ends there when a whole day follows.
_GLUED_DAY = r"(?=(?i:ngày)\s*\d{1,2}\s*(?:[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|(?i:tháng)\s))"
_TOKEN = rf"(?:{_NG_PART}|[A-ZĐ][A-ZĐ0-9&]+[a-z]?|[A-ZĐ])(?:(?![\w&])|{_GLUED_DAY})"
# A secret document's mark, a small "m" (mật) after the symbol's last hyphen: "462/BNG-CNV-m",
# "07-CT/TU-m" (bodies that register secret documents apart write it so). Public: the importer's
# number lines end with it too.
SECRET_MARK = r"(?:-m(?![\w&]))?"
# A day of issue, "07/9/2015" or "05 tháng 11 năm 2019" (groups d, m, y or d2, m2, y2).
# Public: the importer reads documents cited by number alone with it.
DATE_PATTERN = (
    r"(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4})(?!\d)"
    r"|(?P<d2>\d{1,2})\s+(?i:tháng)\s+(?P<m2>\d{1,2})\s*,?\s*(?i:năm)\s+(?P<y2>\d{4})(?!\d)"
)
_REF_RE = re.compile(
    # Optional kind word: "Nghị định số ", "Nghị định ", "Luật Báo chí số ".
    rf"(?:(?<!\w)(?i:(?P<kind>{_KIND_ALTS}))\s+(?:(?i:số)\s*[:.]?\s*)?"
    r"|(?<!\w)(?i:luật)(?P<lawname>(?:\s+[^\W\d_]+){1,6}?)\s+(?i:số)\s*[:.]?\s*)?"
    # Number, optional year, then the symbol: "72/2015/NĐ-CP", "57- KL/TW", "3089/BTTTT-TTĐN".
    r"(?<![\w/.-])(?P<number>\d{1,6}[a-z]?)"
    r"(?:\s*/\s*(?P<year>(?:19|20)\d{2}))?"
    rf"\s*[/-]\s*(?P<symbol>{_TOKEN}(?:[-/]{_TOKEN})*{SECRET_MARK})"
    # Optional date of issue: "ngày 07/9/2015", ", ngày 05 tháng 11 năm 2019".
    rf"(?P<dated>\s*,?\s*(?i:ngày)\s*(?:{DATE_PATTERN}))?"
)
_SPACE_RE = re.compile(r"\s+")
_DASHES_RE = re.compile(r"[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")
# What _prepare changes in a text already in NFC: the eth typed for Đ, the dashes.
_CHANGED_RE = re.compile(r"[Ðð\u2010-\u2015\u2212\ufe58\ufe63\uff0d]")


def _prepare(text: str) -> tuple[str, list[int]]:
    """NFC text plus, for each of its positions, the matching position in ``text``.

    The map lets offsets found in the normalised text point into the original one, which
    may be in NFD (a letter and its accents as separate characters).
    """
    if (
        unicodedata.is_normalized("NFC", text)
        and not _CHANGED_RE.search(text)
        and not any(map(unicodedata.combining, text))
    ):
        # Each character is a piece of its own that normalising leaves as it is (a text in
        # NFC holds no character NFC changes): the text and its own positions, at once.
        return text, list(range(len(text) + 1))
    out: list[str] = []
    where: list[int] = []
    i = 0
    n = len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        piece = piece.replace("Ð", "Đ").replace("ð", "đ")  # eth typed for Đ
        piece = _DASHES_RE.sub("-", piece)
        out.append(piece)
        where.extend([i] * len(piece))
        i = j
    where.append(n)
    return "".join(out), where


def normalise_identifier(raw: str) -> str:
    """Canonical number-and-symbol: "57- KL/TW" -> "57-KL/TW", "72/2015/nđ-cp" -> "72/2015/NĐ-CP".

    Spaces go, the text is NFC, the symbol is upper case except the parts the documents
    themselves write with a small letter ("TTg", "CTr", "TTr", "QyĐ").
    """
    text, _where = _prepare(raw or "")
    text = _SPACE_RE.sub("", text).strip()
    match = re.match(r"(\d+[a-zA-Z]?(?:/(?:19|20)\d{2})?[/-])(.*)", text)
    if not match:
        return _fix_case(text.upper())
    head, symbol = match.groups()
    mark = ""
    if re.search(r"\w-m$", symbol):  # the secret mark stays small
        symbol, mark = symbol[:-2], "-m"
    # A part that writes "Ngoại" as "Ng" is kept as written ("SNgV", "NgV"): upper case would
    # make it another body's initials.
    return (
        head
        + "".join(
            part if _NG_PART_RE.fullmatch(part) else _fix_case(part.upper())
            for part in re.split(r"([-/])", symbol)
        )
        + mark
    )


# Symbol parts that are written with a small letter: "191/QĐ-TTg" (Thủ tướng),
# "12-CTr/TU" (Chương trình), "45/TTr-UBND" (Tờ trình), "08-QyĐ/TW" (Quy định); a part
# with "Ng" for "Ngoại" ("491/SNgV-HTQT") is kept as written (normalise_identifier).
_MIXED_CASE = {"TTG": "TTg", "CTR": "CTr", "TTR": "TTr", "QYĐ": "QyĐ"}
_NG_PART_RE = re.compile(_NG_PART)
_PART_RE = re.compile(r"[A-ZĐ0-9&]+")


def _fix_case(symbol: str) -> str:
    return _PART_RE.sub(lambda m: _MIXED_CASE.get(m.group(0), m.group(0)), symbol)


def year_of_identifier(identifier: str) -> int | None:
    """The year a number-and-symbol carries between its number and its symbol:
    "148/2026/NĐ-CP" -> 2026, "Thông tư số 03/2025/TT-BVHTTDL" -> 2025; None when it has
    none ("173/QĐ-TTg", "57-KL/TW")."""
    text, _where = _prepare(identifier or "")
    match = _REF_RE.match(text.strip())
    if match is None or not match.group("year"):
        return None
    return int(match.group("year"))


def _symbol_parts(identifier: str) -> list[str]:
    match = re.match(r"\s*\d+[a-zA-Z]?(?:\s*/\s*(?:19|20)\d{2})?\s*[/-]\s*(.*)", identifier)
    symbol = match.group(1) if match else identifier
    return [part for part in re.split(r"\s*[-/]\s*", symbol.upper()) if part]


def type_code(identifier: str) -> str | None:
    """The type code that leads a number's symbol ("QĐ" in "3/2015/QĐ-UBND", "BC" in
    "5/BC-UBND"), or None when the symbol starts with its issuer ("3089/BTTTT-TTĐN")."""
    text, _where = _prepare(identifier or "")
    parts = _symbol_parts(text)
    return parts[0] if parts and parts[0] in _TYPE_CODES else None


def kind_from_symbol(identifier: str) -> str:
    """The kind a number-and-symbol implies: "72/2015/NĐ-CP" -> "decree".

    The type code leads the symbol ("NĐ-CP", "KL/TW"); a symbol that starts with the
    issuer instead ("3089/BTTTT-TTĐN", "123/UBND-VX") is an official letter (công văn).
    """
    text, _where = _prepare(identifier or "")
    parts = _symbol_parts(text)
    if not parts:
        return OTHER
    head = parts[0]
    if head in _TYPE_CODES:
        return _TYPE_CODES[head]
    if _LAW_SYMBOL_RE.fullmatch(head) and len(parts) == 1:
        return LAW
    return OFFICIAL_LETTER


def _kind_of_word(word: str) -> str:
    folded = _SPACE_RE.sub(" ", word.lower())
    for pattern, kind in _KIND_WORDS:
        if re.fullmatch(pattern, folded):
            return kind
    return ""  # pragma: no cover - the word came from one of the patterns


def _date(match: re.Match) -> datetime.date | None:
    day = match.group("d") or match.group("d2")
    month = match.group("m") or match.group("m2")
    year = match.group("y") or match.group("y2")
    try:
        return datetime.date(int(year), int(month), int(day))
    except ValueError:
        return None


def find_legal_refs(text: str) -> list[LegalRef]:
    """Every legal reference in ``text``, in order, once per identifier (first one wins)."""
    norm, where = _prepare(text or "")
    refs: list[LegalRef] = []
    seen: set[str] = set()
    for match in _REF_RE.finditer(norm):
        end = match.end()
        issued = None
        if match.group("dated"):
            issued = _date(match)
            if issued is None:  # "ngày 31/02/2020" is no date: leave it out of the reference
                end = match.start("dated")
        if match.group("kind"):
            kind = _kind_of_word(match.group("kind"))
        elif match.group("lawname") is not None:
            kind = LAW
        else:
            kind = ""
        raw_id = norm[match.start("number") : match.end("symbol")]
        identifier = normalise_identifier(raw_id)
        kind = kind or kind_from_symbol(identifier)
        if identifier in seen:
            continue
        seen.add(identifier)
        start, stop = where[match.start()], where[end]
        refs.append(LegalRef(kind, identifier, issued, (text or "")[start:stop], start, stop))
    return refs


def parse_legal_ref(text: str) -> LegalRef | None:
    """The first (normally the only) reference in ``text``, or None."""
    refs = find_legal_refs(text)
    return refs[0] if refs else None
