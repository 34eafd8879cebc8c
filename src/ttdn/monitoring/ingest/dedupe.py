"""Near-duplicate text: MinHash over diacritic-folded shingles, with LSH bands.

The same story reaches the press under several addresses and in several outlets, copied
whole or lightly rewritten. Two texts are compared by the Jaccard similarity of their
sets of *shingles* (runs of :data:`SHINGLE` consecutive words of the folded text:
lower case, no diacritics, đ→d, so "Đồng Nai" and "Dong Nai" are one word pair; in
Chinese and Japanese, which do not put spaces between words, each character is a word).
A MinHash signature of :data:`NUM_PERM` values estimates that similarity; cutting the
signature into :data:`BANDS` bands of :data:`ROWS` rows gives the keys under which
near-duplicates collide (locality-sensitive hashing): two texts with similarity *s* share
at least one band with probability ``1 - (1 - s**ROWS)**BANDS`` (about 0.5 at s = 0.42,
0.98 at s = 0.6). Candidates found through the bands are then compared on the estimated
similarity itself (``settings.TTDN_MONITORING_DUPLICATE_THRESHOLD``).

This is the algorithm of ``datasketch`` (Broder's MinHash, universal hashing
``(a·x + b) mod p`` with the Mersenne prime 2^61 − 1), written out here in NumPy so that
it needs no SciPy and stays stable across library versions: signatures are stored.
"""

from __future__ import annotations

import hashlib
import re
import struct

import numpy as np

from ttdn.core.text import fold

NUM_PERM = 128
BANDS = 32
ROWS = NUM_PERM // BANDS
SHINGLE = 3
MIN_WORDS = 8  # shorter texts are not compared (every short news brief would collide)

_MERSENNE = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64(0xFFFFFFFF)
_rng = np.random.RandomState(20260531)  # fixed: stored signatures must stay comparable
_A = _rng.randint(1, (1 << 61) - 1, size=NUM_PERM, dtype=np.uint64)
_B = _rng.randint(0, (1 << 61) - 1, size=NUM_PERM, dtype=np.uint64)
# Words; each Han, Hiragana, Katakana character (and Hangul syllable block run) on its own.
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TOKEN = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+", re.UNICODE)


def tokens(text: str) -> list[str]:
    """The folded words of ``text`` (a CJK ideograph or kana is a word by itself)."""
    return _TOKEN.findall(fold(text))


def shingles(text: str, *, folded: bool = False) -> set[bytes]:
    words = _TOKEN.findall(text) if folded else tokens(text)
    if len(words) < MIN_WORDS:
        return set()
    return {" ".join(words[i : i + SHINGLE]).encode() for i in range(len(words) - SHINGLE + 1)}


def _hash32(shingle: bytes) -> int:
    return int.from_bytes(hashlib.blake2b(shingle, digest_size=4).digest(), "little")


def signature(text: str, *, folded: bool = False) -> np.ndarray | None:
    """The MinHash signature (``NUM_PERM`` uint32 values), or None for a text too short.
    ``folded``: ``text`` is already ``core.text.fold``-ed (saves folding it again)."""
    found = shingles(text, folded=folded)
    if not found:
        return None
    hv = np.fromiter((_hash32(s) for s in found), dtype=np.uint64, count=len(found))
    with np.errstate(over="ignore"):
        phv = ((np.outer(hv, _A) + _B) % _MERSENNE) & _MAX_HASH
    return phv.min(axis=0).astype(np.uint32)


def to_bytes(sig: np.ndarray | None) -> bytes:
    return b"" if sig is None else sig.astype("<u4").tobytes()


def from_bytes(data: bytes | memoryview | None) -> np.ndarray | None:
    data = bytes(data or b"")
    if len(data) != NUM_PERM * 4:
        return None
    return np.frombuffer(data, dtype="<u4")


def similarity(a: np.ndarray | None, b: np.ndarray | None) -> float:
    """The estimated Jaccard similarity of the two texts' shingle sets."""
    if a is None or b is None:
        return 0.0
    return float(np.count_nonzero(a == b)) / NUM_PERM


def similarities(a: np.ndarray | None, others: list[np.ndarray]) -> list[float]:
    """``[similarity(a, b) for b in others]`` (none of them None), in one array operation."""
    if a is None:
        return [0.0] * len(others)
    if not others:
        return []
    equal = np.count_nonzero(np.vstack(others) == a, axis=1)
    return [int(count) / NUM_PERM for count in equal]


def band_keys(sig: np.ndarray | None) -> list[int]:
    """One signed 64-bit key per band (band number and its rows hashed together)."""
    if sig is None:
        return []
    raw = sig.astype("<u4").tobytes()
    keys = []
    for band in range(BANDS):
        chunk = struct.pack("<H", band) + raw[band * ROWS * 4 : (band + 1) * ROWS * 4]
        digest = hashlib.blake2b(chunk, digest_size=8).digest()
        keys.append(int.from_bytes(digest, "little", signed=True))
    return keys


def jaccard(a: str, b: str) -> float:
    """The exact Jaccard similarity of two texts' shingles (for tests and the benchmark)."""
    sa, sb = shingles(a), shingles(b)
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)
