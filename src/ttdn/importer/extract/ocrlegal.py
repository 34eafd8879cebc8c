"""Legal references in text read by OCR, set right by the way legal symbols are formed.

A scanned plan cites its bases as any plan does ("Nghị định số 72/2015/NĐ-CP ngày
07/9/2015"), but OCR breaks them: a symbol split by a space ("22/2016/TT-BTT TT", "NĐ-C P"),
a letter misread in a code ("16-KIL/TW", "67/2011/QĐ-TTE", "QÐ" with an eth), a letter
read for a digit in a number or a year ("l5/2O20/NĐ-CP"), a day or a year broken by a
space ("ngày 02/1 1/2022", "67/201 1/QĐ-TTg") and a stray mark after "số" or "ngày"
("số.491/…", "ngày. 28/2/2013"). :func:`repair_references` mends those, only where the
context makes the text a reference: a number, "/" or "-", and a symbol one of whose parts
is a code of the closed vocabulary below.

The symbol of a document (Decree 30/2020/NĐ-CP, appendix III; the Party's Regulation 66-QĐ/TW)
is "number/year/KIND-ISSUER" or "number-KIND/ISSUER": the kind of document first (NĐ, QĐ,
TT, CT, KH, NQ, KL, HD, CTr …) or, for a letter, the issuer first ("3089/BTTTT-TTĐN");
then the issuing body (CP, TTg, UBND, BTTTT, TU, TW …) and a unit's code. A part of a
symbol is snapped to a known code only when it is not itself a code and differs from
exactly one code of its position by what OCR does to letters (:func:`_misread_as`): a
letter read as its look-alike ("8" for "B", "0" for "O" or "D", "D" for "Đ"), a thin stroke
added ("KIL" for "KL"), the case of a letter, or the small letter a code writes ("TTg")
read as another. A real symbol that merely resembles another ("STTTT", "SNV", "BTT") is a
code of its own and is left as read; so is any part that is no near misreading.

The text keeps its length (the spaces a repair takes out go behind the reference), so
every offset found in it points into the text as read. Only text read by OCR is repaired
(``_find_legal_bases`` of :mod:`.metadata`); text from a born-digital file never is.
"""

from __future__ import annotations

import re
import unicodedata

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from ttdn.importer.extract.ocrnames import fold_chars

# The kinds of document that lead a symbol (Decree 30/2020/NĐ-CP, appendix III; the Party's
# and the mass organisations' forms; the older "CV" and legal kinds).
KIND_CODES = (
    "NQ", "QĐ", "CT", "QC", "QyĐ", "TB", "HD", "CTr", "KH", "PA", "ĐA", "DA", "BC",
    "BB", "TTr", "HĐ", "CĐ", "BGN", "GUQ", "GM", "GGT", "GNP", "PG", "PC", "PB", "NĐ",
    "TT", "TTLT", "PL", "VBHN", "CV", "KL", "QĐi", "TTrg",
)  # fmt: skip
# The bodies that issue (and the units that draft) documents cited by the plans: the
# Government and its Prime Minister, the ministries, the Party's central and local
# committees and boards, the people's committees and councils, the Front and the unions.
ISSUER_CODES = (
    "CP", "TTg", "VPCP", "UBND", "HĐND", "BTTTT", "BVHTTDL", "BNG", "BCA", "BQP", "BNV",
    "BTC", "BKHĐT", "BGDĐT", "BYT", "BTNMT", "BNNPTNT", "BCT", "BTP", "BLĐTBXH", "BXD",
    "BGTVT", "BKHCN", "NHNN", "TTCP", "UBDT", "QH", "UBTVQH", "TW", "TU", "HU", "TƯ",
    "ĐU", "QU", "TUBND", "BCĐ", "BCSĐ", "BTGTW", "BTGDVTW", "BĐNTW", "BTG", "BDV", "BTT",
    "BTV", "BCH", "BCT", "VPTW", "UBKTTW", "MTTW", "MTTQ", "TLĐ", "CĐVC", "TTĐN", "TTCS",
    "TTPT", "HTQT", "STTTT", "SVHTTDL", "SVHTT", "SNgV", "SNV", "CNV", "TTXVN", "VX",
    "KGVX", "NC", "KT", "TH", "VP", "NV", "ĐN", "QHQT", "TTBCXB", "BCXBTT", "LS",
    "VHXH", "KTTH", "CCHC", "BCĐTTĐN", "TTTT", "PTTH", "TTHĐND",
)  # fmt: skip
_KNOWN = {code.upper(): code for code in (*KIND_CODES, *ISSUER_CODES)}
_FIRST = [c.upper() for c in dict.fromkeys((*KIND_CODES, *ISSUER_CODES))]
_LATER = [c.upper() for c in dict.fromkeys(ISSUER_CODES)]

# A letter of a code and what OCR reads for it.
_LOOK_ALIKES = {
    "B": "83",
    "O": "0QD",
    "D": "0O",
    "Đ": "DÐ0O",
    "S": "5$",
    "I": "1l|!",
    "L": "1I|",
    "G": "6C",
    "Z": "2",
    "T": "7",
    "Q": "O0",
    "C": "(G",
}
# Thin strokes OCR adds inside a word (a speck beside a letter): "KIL" for "KL" ("L" is a
# letter of codes: never taken for a stroke).
_STROKES = "I1|!'.,`"
# The small letter a code writes ("TTg", "CTr", "QyĐ") and what OCR reads for it.
_SMALL_LOOK_ALIKES = {"g": "GQEY9O", "r": "RFTI1", "y": "YVX"}
# Characters read in a number's place, and the digit each stands for.
_DIGITS = str.maketrans({"O": "0", "o": "0", "D": "0", "Q": "0", "I": "1", "l": "1",
                         "|": "1", "!": "1", "S": "5", "B": "8"})  # fmt: skip
_DIGIT_LIKE = "0-9OoDQIl|!SB"

# The head of a reference: its number, an optional year (which a space may break), and the
# separator before the symbol ("72/2015/", "57-", "3089/").
_HEAD_RE = re.compile(
    rf"(?<![\w/.-])(?P<number>[{_DIGIT_LIKE}]{{1,6}})"
    rf"(?:[ \t]*/[ \t]*(?P<year>[12Il][ ]?[09Oo][ ]?[{_DIGIT_LIKE}][ ]?[{_DIGIT_LIKE}]))?"
    r"(?P<sep>[ \t]*[/-][ \t]*)(?=['`]?[A-ZĐÐ8035])"
)
# A part of a symbol as read: letters, digits, "&"; a stray quote before it ("- 'BTT").
_PART_RE = re.compile(r"['`]?([A-Za-zĐđÐð0-9&|]+)")
_JOIN_RE = re.compile(r"[ \t]*([-/])[ \t]*")
_SPLIT_RE = re.compile(r"[ \t]{1,2}(?=[A-Za-zĐđÐ])")
# "số.491", "ngày. 28/2/2013", "ngày '06/10/2017": a speck between the word and its number;
# "72/2015/NĐ-CP. ngày 07/9/2015": between a symbol and its date.
_SPECK_RE = re.compile(
    r"(?<!\w)((?i:số|ngày)[ \t]?)[.,'`·‘’](?=[ \t]?[0-9])"
    r"|(?<=[A-ZĐg])()[.'`‘’](?=[ \t]*\n?[ \t]*ngày[ \t]+[0-9])"
)
# A date after "ngày" whose day, month or year holds a look-alike or a space ("02/1 1/2022",
# "O7/9/2O15", "28/2/ 2013").
_DATE_RE = re.compile(
    rf"(?<!\w)(?P<word>(?i:ngày)[ \t]+)(?P<date>[{_DIGIT_LIKE}]{{1,2}}(?:[ ][{_DIGIT_LIKE}])?"
    rf"[ \t]*[/.-][ \t]*[{_DIGIT_LIKE}]{{1,2}}(?:[ ][{_DIGIT_LIKE}])?[ \t]*[/.-][ \t]*"
    rf"[12Il][ ]?[09Oo][ ]?[{_DIGIT_LIKE}][ ]?[{_DIGIT_LIKE}])(?![\w/])"
)
_DATE_PARTS_RE = re.compile(r"([^/.-]+)[/.-]([^/.-]+)[/.-](.+)")


# Words that open a basis ("Căn cứ", "Thực hiện", "Triển khai") and the kind words before
# a number ("Thông tư số"): OCR misplaces their tone marks ("Triến khai") and splits a
# capital from its word ("T hông tư").
OPENINGS = ("Căn cứ", "Thực hiện", "Triển khai")
KIND_WORDS = (
    "Nghị định", "Thông tư", "Quyết định", "Chỉ thị", "Kết luận", "Nghị quyết", "Công văn",
    "Kế hoạch", "Thông báo", "Hướng dẫn", "Chương trình", "Đề án", "Văn bản", "Quy chế",
)  # fmt: skip


def _letter_class(letter: str) -> str:
    """Every letter with marks whose base is ``letter`` (lower case): "[eéèẻẽẹêếềểễệ]"."""
    same = {
        ch
        for ch in map(chr, range(0x61, 0x1EFA))
        if ch.isalpha() and ch.islower() and fold_chars(ch) == fold_chars(letter)
    }
    return "[" + "".join(sorted(same)) + "]"


def _marks_free(word: str) -> str:
    """A pattern for ``word`` with any marks on its letters; its capital as written."""
    head, rest = word[0], word[1:]
    return re.escape(head) + "".join(r"[ \t]+" if ch == " " else _letter_class(ch) for ch in rest)


_OPENING_RE = re.compile(r"(?<!\w)(?:" + "|".join(_marks_free(o) for o in OPENINGS) + r")(?!\w)")
_OPENINGS = {fold_chars(" ".join(o.split())): o for o in OPENINGS}
# A capital split from the rest of its kind word, before "số": "T hông tư số 22/…".
_SPLIT_KIND_RE = re.compile(
    r"(?<!\w)([A-ZĐ]) ([^\W\d_A-ZĐ]+(?:[ \t]+[^\W\d_A-ZĐ]+)?)(?=[ \t]+số\b)"
)
_KIND_WORD_SET = set(KIND_WORDS)
# "số" read as "s" against the number: "Chỉ thị s21/CT-TTg".
_GLUED_S_RE = re.compile(r"(?<=[ \t])s(?=\d{1,6}[ \t]*[/-][ \t]*[A-ZĐ])")
# The words of a date written out, their marks misread: "ngày 17 thắng 02 nắm 2017".
_WORDY_DATE_RE = re.compile(
    r"(?<!\w)((?i:ngày)[ \t]+\d{1,2}[ \t]+)([^\W\d_]{5})([ \t]+\d{1,2}[ \t]*,?[ \t]*)"
    r"([^\W\d_]{3})(?=[ \t]+\d{4}(?!\d))"
)
# ";" read as ":" between two bases: "… hướng dẫn …: Quyết định số 29/2019/QĐ-UBND …".
_COLON_RE = re.compile(r"(?<=[^\W\d_]):(?=[ \t]+(?:" + "|".join(KIND_WORDS) + r")[ \t]+số\b)")
_REF_BEFORE_RE = re.compile(r"số[ \t]*\d{1,6}[ \t]*[/-]")
# A speck before the word that opens a line: "'Căn cứ", ".Căn cứ".
_LINE_SPECK_RE = re.compile(r"(?m)^([ \t]*)['`.,‘’·]+(?=[ \t]*(?:Căn|Thực|Triển|Xét|Theo)\b)")


def _mend_opening(match: re.Match) -> str:
    read = match.group(0)
    if " " not in read:
        return read  # a tab or a line break inside: left as read
    known = _OPENINGS.get(fold_chars(" ".join(read.split())))
    return known if known and len(known) == len(read) else read


def _mend_split_kind(match: re.Match) -> str:
    joined = match.group(1) + match.group(2)
    if " ".join(joined.split()) in _KIND_WORD_SET:
        return joined + " "
    return match.group(0)


def _mend_wordy_date(match: re.Match) -> str:
    month, year = match.group(2), match.group(4)
    if fold_chars(month.lower()) != "thang" or fold_chars(year.lower()) != "nam":
        return match.group(0)
    return match.group(1) + "tháng" + match.group(3) + "năm"


def _mend_colon(text: str) -> str:
    """A ":" that ends a basis (a reference since the last ";", over the lines it wraps
    onto) before the next basis's kind word is the ";" OCR misread."""
    out = list(text)
    for match in _COLON_RE.finditer(text):
        start = max(text.rfind(";", 0, match.start()), match.start() - 400)
        if _REF_BEFORE_RE.search(text, start + 1, match.start()):
            out[match.start()] = ";"
    return "".join(out)


def _misread_as(read: str, code: str) -> bool:
    """Whether ``read`` (upper case, not a code) is ``code`` (upper case) as OCR misreads
    it: look-alike letters, a thin stroke added, the small letter of a mixed-case code
    read as another, at most one change in a code of up to three letters, two beyond."""
    spelled = _KNOWN[code]
    ops = Levenshtein.editops(code, read)
    if not ops or len(ops) > (1 if len(code) <= 3 else 2):
        return False
    for op in ops:
        if op.tag == "insert":
            # A thin stroke, or a letter read twice past the head of the code ("BTTTTT",
            # "QĐĐ"; "TTB" may be a code of its own, not "TB").
            at = op.dest_pos
            doubled = at >= 2 and read[at] in (read[at - 1], read[at + 1 : at + 2])
            if read[at] not in _STROKES and not doubled:
                return False
        elif op.tag == "replace":
            wanted, got = code[op.src_pos], read[op.dest_pos]
            if got in _LOOK_ALIKES.get(wanted, ""):
                continue
            # The small letter of "TTg", "CTr" (a descender OCR reads as another letter).
            if got in _SMALL_LOOK_ALIKES.get(spelled[op.src_pos], ""):
                continue
            return False
        else:  # a letter lost: never guessed
            return False
    return True


def _code(read: str, first: bool) -> str | None:
    """The code ``read`` is: itself when it is one (any case; eth for Đ), else the one code
    of its position (first part: a kind or an issuer; later: an issuer or unit) it is a
    misreading of; None when it is none or could be more than one."""
    upper = read.replace("ð", "Đ").replace("Ð", "Đ").replace("đ", "Đ").upper()
    if upper in _KNOWN:
        return _KNOWN[upper]
    if re.fullmatch(r"QH\d{1,2}", upper):
        return upper
    if len(upper) < 2:
        return None
    choices = _FIRST if first else _LATER
    found = [code for code, _s, _i in process.extract(upper, choices, scorer=fuzz.ratio, limit=6)]
    near = [code for code in found if _misread_as(upper, code)]
    # A longer code the read could be with a letter lost ("BTTT": "BTT" read with a "T"
    # twice, or "BTTTT" with one lost) makes it uncertain: left as read.
    lost = [
        code
        for code in found
        if len(code) == len(upper) + 1 and Levenshtein.distance(code, upper) == 1
    ]
    return _KNOWN[near[0]] if len(near) == 1 and not lost else None


def _digits(read: str) -> str | None:
    """A number read with look-alikes ("l5", "2O2O"): its digits, if it holds a digit."""
    squeezed = read.replace(" ", "")
    if not any(ch.isdigit() for ch in squeezed) or squeezed[-1] in "BDQS":
        return None  # no digit; or a letter after the number ("12B/…"), written so
    digits = squeezed.translate(_DIGITS)
    return digits if digits.isdigit() else None


def _symbol(text: str, pos: int) -> tuple[str, int, bool] | None:
    """The symbol that starts at ``pos``: its repaired form, where it ends as read, and
    whether one of its parts is a known code; None when a part is no symbol's part."""
    out: list[str] = []
    known = False
    first = True
    while True:
        part = _PART_RE.match(text, pos)
        if not part:
            return None
        read, end = part.group(1), part.end()
        code = _code(read, first)
        # A part split by a space: "BTT TT", "C P" - joined when the join is a code.
        split = _SPLIT_RE.match(text, end)
        if split:
            after = _PART_RE.match(text, split.end())
            joined = _code(read + after.group(1), first) if after else None
            if joined:
                code, end = joined, after.end()
        if code is None:
            if not re.fullmatch(r"[A-ZĐ][A-ZĐ0-9&]*[a-z]?|[A-ZĐ]*Ng[A-ZĐ]+", read):
                return None  # no part of a symbol ("Ttx", "ngày")
            code = read
        else:
            known = True
        out.append(code)
        first = False
        join = _JOIN_RE.match(text, end)
        if not join or not _PART_RE.match(text, join.end()):
            return "".join(out), end, known
        out.append(join.group(1))
        pos = join.end()


def _repair_reference(text: str, head: re.Match, out: list[str]) -> None:
    found = _symbol(text, head.end())
    if found is None:
        return
    symbol, end, known = found
    number = _digits(head.group("number"))
    year = head.group("year")
    if not known or number is None:
        return
    if year is not None:
        year = _digits(year)
        if year is None or not re.fullmatch(r"(?:19|20)\d\d", year):
            return
    sep = head.group("sep").strip()
    mended = number + (f"/{year}" if year else "") + sep + symbol
    start = head.start()
    if len(mended) > end - start:
        return  # no room: left as read
    if mended != text[start:end]:
        out[start:end] = list(mended.ljust(end - start))


def _repair_date(match: re.Match, out: list[str]) -> None:
    date = match.group("date")
    parts = _DATE_PARTS_RE.fullmatch(date.replace(" ", ""))
    if not parts:
        return
    day, month, year = (_digits(p) for p in parts.groups())
    if not (day and month and year) or not (1 <= int(day) <= 31 and 1 <= int(month) <= 12):
        return
    if not re.fullmatch(r"(?:19|20)\d\d", year):
        return
    mended = f"{day}/{month}/{year}"
    start = match.start("date")
    if mended != date:
        out[start : match.end()] = list(mended.ljust(match.end() - start))


def repair_references(text: str) -> str:
    """``text`` (read by OCR) with its legal references set right where they were misread;
    the same length as ``text``."""
    if unicodedata.normalize("NFC", text) != text:
        return text  # offsets would not survive recomposing: left as read
    text = _SPECK_RE.sub(lambda m: (m.group(1) or "") + " ", text)
    text = _LINE_SPECK_RE.sub(lambda m: m.group(1) + " " * (m.end() - m.end(1)), text)
    text = _OPENING_RE.sub(_mend_opening, text)
    text = _SPLIT_KIND_RE.sub(_mend_split_kind, text)
    text = _GLUED_S_RE.sub(" ", text)
    text = _WORDY_DATE_RE.sub(_mend_wordy_date, text)
    text = _mend_colon(text)
    out = list(text)
    for head in _HEAD_RE.finditer(text):
        _repair_reference(text, head, out)
    for date in _DATE_RE.finditer(text):
        _repair_date(date, out)
    return "".join(out)
