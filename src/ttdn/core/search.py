"""Full-text search over short Vietnamese texts, one API for both database engines.

Other apps index a text per ``(kind, object_id)`` and later ask for the matching
object ids (ranked) or filter a queryset by a user's search box. Decision and
limits: docs/decisions/0002-search.md.

How matching works, identically on both engines:

* Documents and queries go through the same Python folding (``ttdn.core.text.fold``:
  lower case, no diacritics, đ -> d, NFC/NFD alike) and the same tokenisation
  (runs of letters/digits; everything else separates words). The stored
  ``body_folded`` column is that token stream joined by single spaces, so each
  engine's own tokenizer has nothing left to decide.
* SQLite: FTS5 table ``core_searchentry_fts`` (external content over
  ``core_searchentry``, kept in sync by triggers; migration 0002). The MATCH
  expression is built only from quoted tokens, ranked with ``bm25()``.
* PostgreSQL: GIN index on ``to_tsvector('simple', body_folded)`` (migration 0002),
  ``to_tsquery('simple', ...)`` built from quoted tokens, ranked with ``ts_rank``.
* Every word must match; the last word matches as a prefix ("truyen th").

Index writes are ordinary statements on the caller's connection, so they commit
or roll back with the caller's transaction.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from itertools import islice

from django.db import connections, router, transaction
from django.db.models import BooleanField, Expression, F, Value
from django.db.models.expressions import RawSQL

from ttdn.core.models import SearchEntry
from ttdn.core.text import fold

MAX_TEXT_CHARS = 20_000  # stored text is capped; later text is not searchable
MAX_TOKEN_CHARS = 100  # longer "words" (hashes, base64) are noise: not indexed
MAX_QUERY_CHARS = 1_000
MAX_QUERY_TOKENS = 32
BATCH_SIZE = 500

FTS_TABLE = "core_searchentry_fts"  # SQLite only; created by migration core.0002
PG_TSVECTOR = "to_tsvector('simple'::regconfig, {column})"  # must equal the 0002 index expression

# A word is a run of letters or digits; "_" and punctuation separate words, as in
# FTS5's unicode61 tokenizer and PostgreSQL's default parser.
_TOKEN_RE = re.compile(r"[^\W_]+")


# --- text preparation ----------------------------------------------------------


@functools.lru_cache(maxsize=100_000)
def _chunk_tokens(chunk: str) -> tuple[str, ...]:
    return tuple(_TOKEN_RE.findall(fold(chunk)))


@functools.lru_cache(maxsize=100_000)
def _chunk_body(chunk: str) -> str:
    return " ".join(tok for tok in _chunk_tokens(chunk) if len(tok) <= MAX_TOKEN_CHARS)


# fold() works character by character in Python, which costs many seconds on
# 20,000 long texts. Documents share a small vocabulary, so the helpers above
# fold each distinct whitespace-separated chunk once and cache it; the result is
# the same as folding the whole text because whitespace never combines with a
# diacritic (NFD/NFC never reorder across it).


def _tokens(text: str) -> list[str]:
    """Folded words of ``text`` (runs of letters/digits of ``fold(text)``)."""
    return [token for chunk in text.split() for token in _chunk_tokens(chunk)]


def _clean_body(text: str) -> str:
    # NUL cannot be stored in PostgreSQL text; NFC so that stored text compares sanely.
    return unicodedata.normalize("NFC", (text or "").replace("\x00", ""))[:MAX_TEXT_CHARS]


def _fold_body(body: str) -> str:
    """``body_folded``: the folded words, single spaces; over-long "words" dropped."""
    return " ".join(filter(None, map(_chunk_body, body.split())))


def _query_terms(query: str) -> tuple[list[str], bool]:
    """Sanitised search words and whether the last one is a prefix.

    The words contain only letters and digits, so they can never carry FTS5 or
    tsquery syntax; the builders below quote them anyway.
    """
    words = _tokens((query or "")[:MAX_QUERY_CHARS])
    words = [w[:MAX_TOKEN_CHARS] for w in words]
    truncated = len(words) > MAX_QUERY_TOKENS
    return words[:MAX_QUERY_TOKENS], not truncated


def _fts5_query(words: list[str], last_is_prefix: bool) -> str:
    # '"word"' is an FTS5 string: AND/OR/NOT/NEAR, '*', ':', '-', '(' are inert inside it.
    parts = ['"' + w.replace('"', '""') + '"' for w in words]
    if last_is_prefix:
        parts[-1] += "*"
    return " AND ".join(parts)


def _tsquery(words: list[str], last_is_prefix: bool) -> str:
    # "'word'" is a quoted tsquery lexeme; '&' requires every word.
    parts = ["'" + w.replace("\\", "\\\\").replace("'", "''") + "'" for w in words]
    if last_is_prefix:
        parts[-1] += ":*"
    return " & ".join(parts)


def _check_kind(kind: str) -> None:
    max_length = SearchEntry._meta.get_field("kind").max_length
    if not kind or len(kind) > max_length:
        raise ValueError(f"search kind must be 1-{max_length} characters, got {kind!r}")


def _vendor(*, write: bool = False) -> str:
    alias = router.db_for_write(SearchEntry) if write else router.db_for_read(SearchEntry)
    vendor = connections[alias].vendor
    if vendor not in ("sqlite", "postgresql"):
        raise NotImplementedError(f"ttdn.core.search supports SQLite and PostgreSQL, not {vendor}")
    return vendor


# --- writing ------------------------------------------------------------------------


def _upsert(entries: list[SearchEntry]) -> None:
    # INSERT ... ON CONFLICT (kind, object_id) DO UPDATE on both engines. On SQLite
    # the insert/update triggers from migration 0002 keep the FTS5 index in step,
    # in the same transaction.
    SearchEntry.objects.bulk_create(
        entries,
        batch_size=BATCH_SIZE,
        update_conflicts=True,
        unique_fields=["kind", "object_id"],
        update_fields=["body", "body_folded"],
    )


def _entry(kind: str, object_id: int, text: str) -> SearchEntry:
    body = _clean_body(text)
    return SearchEntry(kind=kind, object_id=int(object_id), body=body, body_folded=_fold_body(body))


def index_object(kind: str, object_id: int, text: str) -> None:
    """Create or replace the searchable text of one object."""
    _check_kind(kind)
    _upsert([_entry(kind, object_id, text)])


def index_many(kind: str, items: Iterable[tuple[int, str]]) -> None:
    """Create or replace many texts of one kind: ``items`` yields ``(object_id, text)``.

    Streams ``items`` in batches (it may be a generator); if an id repeats, the
    last text wins. All-or-nothing: runs in one (nested) atomic block.
    """
    _check_kind(kind)
    iterator = iter(items)
    with transaction.atomic(using=router.db_for_write(SearchEntry)):
        while chunk := list(islice(iterator, BATCH_SIZE * 4)):
            # One statement must not touch the same row twice (PostgreSQL refuses).
            latest = {int(object_id): text for object_id, text in chunk}
            _upsert([_entry(kind, object_id, text) for object_id, text in latest.items()])


def remove_object(kind: str, object_id: int) -> None:
    """Forget one object; no error if it was never indexed."""
    SearchEntry.objects.filter(kind=kind, object_id=int(object_id)).delete()


# --- searching -------------------------------------------------------------------------


class _TsMatch(Expression):
    """``to_tsvector('simple', <column>) @@ to_tsquery('simple', <query>)``, index-friendly."""

    output_field = BooleanField()

    def __init__(self, column, tsquery):
        super().__init__()
        self.column, self.tsquery = column, tsquery

    def get_source_expressions(self):
        return [self.column, self.tsquery]

    def set_source_expressions(self, exprs):
        self.column, self.tsquery = exprs

    def as_sql(self, compiler, connection):
        column_sql, column_params = compiler.compile(self.column)
        query_sql, query_params = compiler.compile(self.tsquery)
        sql = f"{PG_TSVECTOR.format(column=column_sql)} @@ to_tsquery('simple'::regconfig, {query_sql})"
        return sql, (*column_params, *query_params)


def _matching_entries(kind: str, words: list[str], last_is_prefix: bool):
    entries = SearchEntry.objects.filter(kind=kind)
    if _vendor() == "sqlite":
        rowids = RawSQL(
            f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH %s",  # noqa: S608 - constant names
            (_fts5_query(words, last_is_prefix),),
        )
        return entries.filter(pk__in=rowids)
    return entries.filter(_TsMatch(F("body_folded"), Value(_tsquery(words, last_is_prefix))))


def search_ids(kind: str, query: str, *, limit: int = 500) -> list[int]:
    """Object ids of ``kind`` matching every word of ``query``, best match first.

    A query without any letter or digit (blank, punctuation only) matches nothing.
    """
    words, last_is_prefix = _query_terms(query)
    limit = int(limit)
    if not words or limit <= 0:
        return []
    connection = connections[router.db_for_read(SearchEntry)]
    if _vendor() == "sqlite":
        sql = (
            f"SELECT e.object_id FROM {FTS_TABLE} JOIN core_searchentry e ON e.id = {FTS_TABLE}.rowid"  # noqa: S608
            f" WHERE {FTS_TABLE} MATCH %s AND e.kind = %s"
            f" ORDER BY bm25({FTS_TABLE}), e.object_id LIMIT %s"
        )
        params = (_fts5_query(words, last_is_prefix), kind, limit)
    else:
        tsvector = PG_TSVECTOR.format(column="e.body_folded")
        sql = (
            "SELECT e.object_id FROM core_searchentry e, to_tsquery('simple'::regconfig, %s) q"
            f" WHERE e.kind = %s AND {tsvector} @@ q"
            # normalization 1: divide by 1 + log(length), so long texts do not win by bulk
            f" ORDER BY ts_rank({tsvector}, q, 1) DESC, e.object_id LIMIT %s"
        )
        params = (_tsquery(words, last_is_prefix), kind, limit)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def filter_queryset(queryset, kind: str, query: str):
    """``queryset`` narrowed to objects whose ``kind`` entry matches ``query``.

    Uses a subquery (no id list, no limit), so it composes with any other
    filter, ordering or pagination. Does not reorder; use ``search_ids`` for
    relevance order. A query without any letter or digit matches nothing.
    """
    words, last_is_prefix = _query_terms(query)
    if not words:
        return queryset.none()
    matches = _matching_entries(kind, words, last_is_prefix)
    return queryset.filter(pk__in=matches.values("object_id"))
