"""One worker's batch of ingestion: what it may remember between articles.

A fetch stores a source's new articles in batches (``ingest.services.source_fetch``).
Inside :func:`batch_scope`, values that change rarely and were read again for every
article — the active topics' version, the classifier in use, the provinces "the
locality" means, an article's prepared ``Document`` and its labels — are read once and
remembered until the scope ends (the end of the batch, a second or so). Outside a scope
(a page, a test calling one function) :func:`memo` computes every time, so nothing
changes for callers that are not ingestion.

A batch is first written *optimistically* (:func:`attempt`): the steps that must fail on
their own (:func:`step`, a savepoint everywhere else) run without savepoints, so a batch
of 25 articles costs about half the round trips to PostgreSQL. If anything in it fails,
the whole transaction is undone, the values remembered during it are forgotten, and the
batch is written again with a savepoint per step, where one failing article or step
loses nothing else (decision 0036, addendum of 03/12/2026).
"""

from __future__ import annotations

import contextlib
import contextvars
import logging
from collections.abc import Callable, Hashable, Iterator
from typing import Any

from django.db import transaction

logger = logging.getLogger(__name__)

_scope: contextvars.ContextVar[dict | None] = contextvars.ContextVar(
    "monitoring_batch", default=None
)
_MISSING = object()
_optimistic: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "monitoring_batch_optimistic", default=False
)


class Retry(Exception):  # noqa: N818  (a request, not an error of its own)
    """A step failed while the batch was written without savepoints: the caller must not
    handle it (the transaction cannot go on) but let :func:`attempt` write the batch
    again with them."""


def optimistic() -> bool:
    """Whether the batch is being written without savepoints (:func:`attempt`)."""
    return _optimistic.get()


@contextlib.contextmanager
def step() -> Iterator[None]:
    """A piece of work that fails on its own: a savepoint (``transaction.atomic()``), or,
    inside :func:`attempt`'s first try, none, any failure becoming :class:`Retry` (so
    that an ``except IntegrityError`` around it cannot go on in an aborted
    transaction)."""
    if not _optimistic.get():
        with transaction.atomic():
            yield
        return
    try:
        yield
    except Retry:
        raise
    except Exception as exc:
        raise Retry from exc


def attempt[T](work: Callable[[], T]) -> T:
    """``work()`` (which opens its own transaction) once without savepoints; if it
    raises, the values remembered meanwhile are forgotten and it runs again with them.
    What the second run raises propagates."""
    scope = _scope.get()
    saved = dict(scope) if scope is not None else None
    token = _optimistic.set(True)
    try:
        return work()
    except Exception as exc:
        logger.info("monitoring batch written again step by step: %r", exc.__cause__ or exc)
        if scope is not None:
            scope.clear()
            scope.update(saved)
    finally:
        _optimistic.reset(token)
    return work()


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
