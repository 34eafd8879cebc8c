"""Hypothesis settings and strategies shared by the property-based tests (decision 0016).

Bounded so that they run in every `make test`, on SQLite and PostgreSQL: few examples, no
deadline (the machine is shared), derandomized (the same examples every run, so a failure
is reproducible and CI is not flaky), no example database written to the checkout.
"""

import unicodedata
from contextlib import contextmanager

from django.db import transaction
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

PROPERTY_SETTINGS = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    database=None,
    # Database tests run each example inside the test's transaction (rolled back by hand).
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# For properties that write through the services: each example costs a few queries.
SERVICE_SETTINGS = settings(PROPERTY_SETTINGS, max_examples=25)

# Characters that have broken or disguised text: controls (NUL, which PostgreSQL refuses),
# bidirectional controls and marks, zero-width characters, line separators, lone
# surrogates, combining marks (decomposed Vietnamese), "đ", path separators.
NASTY = (
    "\x00\x01\x07\x08\t\n\x0b\x0c\r\x1b\x1f\x7f\x85\x9b\u00ad"
    "\u061c\u200b\u200c\u200d\u200e\u200f\u2028\u2029\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2066\u2067\u2068\u2069\ufeff\ud800\udfff"
    "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b đĐ/\\.:"
)


def hostile_text(*, max_size: int = 60) -> st.SearchStrategy[str]:
    """Vietnamese-looking text mixed with every kind of character that has caused trouble."""
    return st.text(
        alphabet=st.one_of(
            st.sampled_from(NASTY),
            st.sampled_from("aăâeêioôơuưyAĂÂEÊIOÔƠUƯY ngthkm"),
            st.characters(codec="utf-8"),
            st.characters(),  # surrogates included
        ),
        max_size=max_size,
    )


@contextmanager
def rolled_back():
    """One example's writes, undone before the next (the test's own transaction stays)."""
    with transaction.atomic():
        yield
        transaction.set_rollback(True)


_UNSAFE = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def is_clean(text: str, *, multiline: bool) -> bool:
    """What ``core.text.clean_text`` promises of a stored text."""
    allowed = {"\n", "\t"} if multiline else set()
    return unicodedata.is_normalized("NFC", text) and all(
        ch in allowed or unicodedata.category(ch) not in _UNSAFE for ch in text
    )
