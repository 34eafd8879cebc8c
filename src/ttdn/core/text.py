"""Vietnamese text helpers shared by every app (no business rules here)."""

import re
import unicodedata
from functools import lru_cache

_SPACE_RE = re.compile(r"\s+")
_NON_WORD_RE = re.compile(r"[^\w]+", re.UNICODE)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text or "")


def squash(text: str) -> str:
    """NFC with every run of whitespace collapsed to one space, trimmed."""
    return _SPACE_RE.sub(" ", nfc(text)).strip()


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    stripped = stripped.replace("đ", "d").replace("Đ", "D")
    return _SPACE_RE.sub(" ", stripped.lower()).strip()


_fold_short = lru_cache(maxsize=50_000)(_fold)


def fold(text: str) -> str:
    """Lower-case, diacritic-free form used for matching and search.

    "Sở Thông tin và Truyền thông" -> "so thong tin va truyen thong". The letter
    đ/Đ is not a combining mark in Unicode, so it is folded explicitly. Short texts
    (names, cells) are cached: an import folds the same ones many times.
    """
    text = text or ""
    return _fold_short(text) if len(text) <= 200 else _fold(text)


def fold_words(text: str) -> str:
    """Folded text with punctuation turned into spaces: for token matching."""
    return _SPACE_RE.sub(" ", _NON_WORD_RE.sub(" ", fold(text))).strip()
