"""Vietnamese text helpers shared by every app (no business rules here)."""

import re
import unicodedata
from functools import lru_cache

_SPACE_RE = re.compile(r"\s+")
_NON_WORD_RE = re.compile(r"[^\w]+", re.UNICODE)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text or "")


# What clean_text removes (decision 0016): controls (Cc; newline and tab stay in multi-line
# text), format characters (Cf: the bidirectional embeddings, overrides and isolates
# U+202A–U+202E and U+2066–U+2069, the marks U+200E/U+200F/U+061C, zero-width space, joiner
# and non-joiner, word joiner, BOM, soft hyphen, tags) and lone surrogates (Cs, which no
# encoder accepts). Line and paragraph separators (Zl, Zp) become line breaks.
_REMOVED_CATEGORIES = frozenset({"Cc", "Cf", "Cs"})
# Every line boundary of str.splitlines(): CR LF, CR, vertical tab (Word's manual line
# break), form feed (page break), file/group/record separators, NEL, U+2028, U+2029.
_LINE_BREAK_RE = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
_KEPT_MULTILINE = frozenset("\n\t")


def _clean_char(ch: str, kept: frozenset[str]) -> str:
    if ch in kept or unicodedata.category(ch) not in _REMOVED_CATEGORIES:
        return ch
    return " " if ch.isspace() else ""  # "\n" and "\t" in a title, unit separator: a space


def clean_text(text: str | None, *, multiline: bool = True) -> str:
    """Free text as ttdn stores it, whatever the form, API or importer received.

    NFC; every line boundary of ``str.splitlines`` (CR LF, CR, Word's vertical tab, form
    feed, NEL, U+2028, U+2029 …) as "\\n"; without control characters but newline and tab
    (a unit separator becomes a space), without format characters (bidirectional controls
    that can disguise text and file names, zero-width characters that split words for
    search) and without lone surrogates. Single-line text (``multiline=False``: titles,
    names) has spaces for its line breaks and tabs too. Nothing else changes: no trimming,
    no collapsing of spaces. Idempotent. NUL, which PostgreSQL refuses in text, is a
    control character and goes too.
    """
    text = str(text or "")
    if not text.isascii() or any(ch < " " or ch == "\x7f" for ch in text):
        text = _LINE_BREAK_RE.sub("\n", text)
        kept = _KEPT_MULTILINE if multiline else frozenset()
        text = "".join(_clean_char(ch, kept) for ch in text)
    return unicodedata.normalize("NFC", text)


# The C0 controls an XML tree refuses as text (lxml: "All strings must be XML compatible");
# vertical tab and form feed are whitespace in a page (Word's manual line break, a page
# break), the rest are dropped.
_MARKUP_SPACES_RE = re.compile("[\x0b\x0c]")
_MARKUP_JUNK_RE = re.compile("[\x00-\x08\x0e-\x1f]")


def markup_safe(html: str) -> str:
    """A page's source without the control characters lxml refuses when a tree's text is
    set (an element dropped, the text gathered): a vertical tab or form feed becomes a
    space, as a browser spaces words at them; the others go. Parse a page through this
    first."""
    return _MARKUP_JUNK_RE.sub("", _MARKUP_SPACES_RE.sub(" ", html))


_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")  # huyền, sắc, ngã, hỏi, nặng


def _tones_apart(text: str) -> tuple[str, list[str]]:
    decomposed = unicodedata.normalize("NFD", text)
    return (
        "".join(ch for ch in decomposed if ch not in _TONE_MARKS),
        [ch for ch in decomposed if ch in _TONE_MARKS],
    )


# "oa", "oe", "uy" ending a syllable with the tone on the second vowel ("hoá", "thuỷ"; not
# after "q", where "u" belongs to the consonant: "quý").
_SECOND_VOWEL_TONE_RE = re.compile(
    "(?<![qQ])([oO][aAeE]|[uU][yY])([\u0300\u0301\u0303\u0309\u0323])(?![^\\W\\d_]|[\u0300-\u036f])"
)


def traditional_tone_place(text: str) -> str:
    """The tone of a final "oa", "oe", "uy" on its first vowel, as the names of state bodies
    are written ("Sở Văn hoá" -> "Sở Văn hóa", "Uỷ ban" -> "Ủy ban"); the rest unchanged."""
    decomposed = unicodedata.normalize("NFD", text)
    moved = _SECOND_VOWEL_TONE_RE.sub(lambda m: m[1][0] + m[2] + m[1][1], decomposed)
    return unicodedata.normalize("NFC", moved)


def same_but_tone_place(a: str, b: str, *, ignore_case: bool = True) -> bool:
    """Whether ``a`` and ``b`` are one spelling but for the vowel that carries the tone
    mark (and, with ``ignore_case``, the case): "Hoà Bình" and "Hòa Bình", "THUỶ" and
    "Thủy" (both placements are written; the directory keeps one)."""
    if ignore_case:
        a, b = a.lower(), b.lower()
    return _tones_apart(a) == _tones_apart(b)


def squash(text: str) -> str:
    """NFC with every run of whitespace collapsed to one space, trimmed."""
    return _SPACE_RE.sub(" ", nfc(text)).strip()


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    # (and the eth typed for it, "Ðối ngoại", as PostgreSQL's unaccent folds it)
    stripped = stripped.replace("đ", "d").replace("Đ", "D")
    if "ð" in stripped or "Ð" in stripped:
        stripped = stripped.replace("ð", "d").replace("Ð", "D")
    return _SPACE_RE.sub(" ", stripped.lower()).strip()


_fold_short = lru_cache(maxsize=50_000)(_fold)


FOLD_CACHED = 200  # texts up to this length are folded through the cache


def fold(text: str) -> str:
    """Lower-case, diacritic-free form used for matching and search.

    "Sở Thông tin và Truyền thông" -> "so thong tin va truyen thong". The letter
    đ/Đ is not a combining mark in Unicode, so it is folded explicitly. Short texts
    (names, cells) are cached: an import folds the same ones many times. A long text
    (an article, a plan's section) is folded word by word through the same cache and
    joined with single spaces — what folding it whole gives, since no step splits, makes
    or collapses whitespace inside a word (NFD never reorders across a space, a space is
    no combining mark, lower case turns no letter into a space) — and its words repeat.
    """
    text = text or ""
    if len(text) <= FOLD_CACHED:
        return _fold_short(text)
    return " ".join(filter(None, map(_fold_short, text.split())))


def fold_words(text: str) -> str:
    """Folded text with punctuation turned into spaces: for token matching."""
    return _SPACE_RE.sub(" ", _NON_WORD_RE.sub(" ", fold(text))).strip()
