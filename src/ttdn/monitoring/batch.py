"""One worker's batch of ingestion: what it may remember between articles.

A fetch stores a source's new articles in batches (``ingest.services.source_fetch``).
Inside :func:`batch_scope`, values that change rarely and were read again for every
article — the active topics' version, the classifier in use, the provinces "the
locality" means, an article's prepared ``Document`` and its labels — are read once and
remembered until the scope ends (the end of the batch, a second or so). Outside a scope
(a page, a test calling one function) :func:`memo` computes every time, so nothing
changes for callers that are not ingestion.
"""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import Callable, Hashable, Iterator
from typing import Any

_scope: contextvars.ContextVar[dict | None] = contextvars.ContextVar(
    "monitoring_batch", default=None
)
_MISSING = object()


@contextlib.contextmanager
def batch_scope() -> Iterator[dict]:
    """Remember :func:`memo` values until the block ends (nested scopes share the outer)."""
    if _scope.get() is not None:
        yield _scope.get()
        return
    token = _scope.set({})
    try:
        yield _scope.get()
    finally:
        _scope.reset(token)


def memo(key: Hashable, compute: Callable[[], Any]) -> Any:
    """``compute()``, remembered under ``key`` while a batch scope is open."""
    scope = _scope.get()
    if scope is None:
        return compute()
    value = scope.get(key, _MISSING)
    if value is _MISSING:
        value = scope[key] = compute()
    return value


def remember(key: Hashable, value: Any) -> None:
    """Keep ``value`` for :func:`recall` in the open batch scope (nothing outside one)."""
    scope = _scope.get()
    if scope is not None:
        scope[key] = value


def recall(key: Hashable, default: Any = None) -> Any:
    scope = _scope.get()
    return default if scope is None else scope.get(key, default)
