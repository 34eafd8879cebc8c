"""An article's language: what the page declares, else detected offline.

Detection uses py3langid (langid.py's model, shipped inside the package: no download,
works in a closed network), limited to the languages the press office meets, so that a
short text is not taken for a rare language. Codes are ISO 639-1 ("vi", "zh" …).
"""

from __future__ import annotations

from functools import lru_cache

# The languages detection chooses from: the seven the issue names and neighbours whose
# press writes about Việt Nam (and which langid might confuse with them otherwise).
LANGUAGES = (
    "vi", "en", "zh", "ko", "ja", "fr", "ru", "de", "es", "it", "pt", "nl", "th", "km",
    "lo", "id", "ms", "tl", "uk", "pl", "ar", "hi",
)  # fmt: skip
MIN_LETTERS = 12


def normalise_language(value: str) -> str:
    """ "vi-VN" → "vi", "zh_Hant" → "zh", "EN" → "en"; "" for nothing usable."""
    code = (value or "").strip().replace("_", "-").split("-")[0].lower()
    return code if 2 <= len(code) <= 3 and code.isalpha() else ""


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import _load_identifier  # the packaged model, loaded once

    return _load_identifier(norm_probs=True, langs=list(LANGUAGES))


def detect_language(text: str) -> str:
    """The language of ``text`` ("" when there is too little text to tell)."""
    text = (text or "")[:5000]
    if sum(ch.isalpha() for ch in text[:500]) < MIN_LETTERS:
        return ""
    language, _probability = _identifier().classify(text)
    return str(language)
