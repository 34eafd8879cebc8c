"""Vietnamese text helpers shared by every app (no business rules here)."""

import re
import unicodedata

_SPACE_RE = re.compile(r"\s+")
_NON_WORD_RE = re.compile(r"[^\w]+", re.UNICODE)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text or "")


def squash(text: str) -> str:
    """NFC with every run of whitespace collapsed to one space, trimmed."""
    return _SPACE_RE.sub(" ", nfc(text)).strip()


def fold(text: str) -> str:
    """Lower-case, diacritic-free form used for matching and search.

    "Sở Thông tin và Truyền thông" -> "so thong tin va truyen thong". The letter
    đ/Đ is not a combining mark in Unicode, so it is folded explicitly.
    """
    decomposed = unicodedata.normalize("NFD", text or "")
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    stripped = stripped.replace("đ", "d").replace("Đ", "D")
    return _SPACE_RE.sub(" ", stripped.lower()).strip()


def fold_words(text: str) -> str:
    """Folded text with punctuation turned into spaces: for token matching."""
    return _SPACE_RE.sub(" ", _NON_WORD_RE.sub(" ", fold(text))).strip()
