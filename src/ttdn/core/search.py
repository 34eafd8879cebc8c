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
* PostgreSQL: stored generated column ``body_tsv = to_tsvector('simple', body_folded)``
  with a GIN index (migration 0002); ``to_tsquery('simple', ...)`` built from
  quoted tokens, ranked with ``ts_rank`` (reading the stored vector, not re-parsing).
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
from django.db.models import BigIntegerField
from django.db.models.expressions import RawSQL

from ttdn.core.models import SearchEntry
from ttdn.core.text import fold

MAX_TEXT_CHARS = 20_000  # stored text is capped; later text is not searchable
MAX_TOKEN_CHARS = 100  # longer "words" (hashes, base64) are noise: not indexed
MAX_QUERY_CHARS = 1_000
MAX_QUERY_TOKENS = 32
BATCH_SIZE = 500  # rows per INSERT ... ON CONFLICT statement
CHUNK_SIZE = 2_000  # items read from index_many's iterable at a time

# Created by migration core.0002, unknown to the Django model on purpose:
FTS_TABLE = "core_searchentry_fts"  # SQLite: FTS5 table, external content over core_searchentry
PG_VECTOR_COLUMN = "body_tsv"  # PostgreSQL: to_tsvector('simple', body_folded), stored, GIN-indexed

# A word is a run of letters or digits; "_" and punctuation separate words, as in
# FTS5's unicode61 tokenizer and PostgreSQL's default parser.
_TOKEN_RE = re.compile(r"[^\W_]+")


# --- text preparation ----------------------------------------------------------


def _fold_chunk(chunk: str) -> tuple[str, ...]:
    return tuple(_TOKEN_RE.findall(fold(chunk)))


def _index_chunk(chunk: str) -> str:
    return " ".join(tok for tok in _fold_chunk(chunk) if len(tok) <= MAX_TOKEN_CHARS)


# fold() works character by character in Python, which costs many seconds on
# 20,000 long texts. Documents share a small vocabulary, so each distinct
# whitespace-separated chunk is folded once and cached (short chunks only, to
# bound memory). The result equals folding the whole text, because whitespace
# never combines with a diacritic (NFD/NFC never reorder across it).
_CACHED_CHUNK_CHARS = 40
_cached_fold_chunk = functools.lru_cache(maxsize=50_000)(_fold_chunk)
_cached_index_chunk = functools.lru_cache(maxsize=50_000)(_index_chunk)


def _chunk_tokens(chunk: str) -> tuple[str, ...]:
    return _cached_fold_chunk(chunk) if len(chunk) <= _CACHED_CHUNK_CHARS else _fold_chunk(chunk)


def _chunk_body(chunk: str) -> str:
    return _cached_index_chunk(chunk) if len(chunk) <= _CACHED_CHUNK_CHARS else _index_chunk(chunk)


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
    # NFC before cutting: a decomposed query is longer and would lose different words.
    words = _tokens(unicodedata.normalize("NFC", query or "")[:MAX_QUERY_CHARS])
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


def _db_alias(*, write: bool = False) -> str:
    return router.db_for_write(SearchEntry) if write else router.db_for_read(SearchEntry)


def _partition_sql(partitions: list[int] | None) -> tuple[str, tuple]:
    """``AND (e.partition = … OR …)`` and its parameters; nothing when ``partitions`` is
    None. Each value is cast to bigint: btree_gin's operator class holds ``bigint = bigint``
    only, and with an ``integer`` parameter (or an ``IN`` list, which GIN cannot search)
    PostgreSQL leaves the partition out of the index scan and filters 140,000 rows after it
    (1.4 s instead of 80 ms nationally; decision 0020's addendum)."""
    if partitions is None:
        return "", ()
    tests = " OR ".join(["e.partition = CAST(%s AS bigint)"] * len(partitions))
    return f" AND ({tests})", tuple(partitions)


def _partitions(partitions: Iterable[int] | None) -> list[int] | None:
    return None if partitions is None else sorted({int(p) for p in partitions})


def _match_sql(
    kind: str, words: list[str], last_is_prefix: bool, partitions: list[int] | None = None
) -> tuple[str, tuple, str]:
    """``FROM ... WHERE ...`` selecting matching entries as ``e``, its params, and the ORDER BY.

    Table and column names are constants; user input only ever travels as a
    bound parameter, and only as sanitised, quoted words.
    """
    vendor = connections[_db_alias()].vendor
    in_partitions, partition_params = _partition_sql(partitions)
    if vendor == "sqlite":
        # CROSS JOIN pins the join order: run the FTS query once, then look rows up
        # by id. With a plain JOIN and no ORDER BY, SQLite may loop over the kind's
        # rows and re-run MATCH for each one (measured: 60 s on 20,000 rows).
        return (
            f"FROM {FTS_TABLE} CROSS JOIN core_searchentry e ON e.id = {FTS_TABLE}.rowid"
            f" WHERE {FTS_TABLE} MATCH %s AND e.kind = %s{in_partitions}",
            (_fts5_query(words, last_is_prefix), kind, *partition_params),
            f"bm25({FTS_TABLE})",  # lower is better
        )
    if vendor == "postgresql":
        return (
            f"FROM core_searchentry e, to_tsquery('simple'::regconfig, %s) q"
            f" WHERE e.{PG_VECTOR_COLUMN} @@ q AND e.kind = %s{in_partitions}",
            (_tsquery(words, last_is_prefix), kind, *partition_params),
            # normalization 1 divides by 1 + log(length): long texts do not win by bulk
            f"ts_rank(e.{PG_VECTOR_COLUMN}, q, 1) DESC",
        )
    raise NotImplementedError(f"ttdn.core.search supports SQLite and PostgreSQL, not {vendor}")


# --- writing ------------------------------------------------------------------------


def _entry(kind: str, object_id: int, text: str, partition: int | None = None) -> SearchEntry:
    body = _clean_body(text)
    return SearchEntry(
        kind=kind,
        object_id=int(object_id),
        body=body,
        body_folded=_fold_body(body),
        partition=None if partition is None else int(partition),
    )


def _upsert(entries: list[SearchEntry]) -> None:
    # INSERT ... ON CONFLICT (kind, object_id) DO UPDATE on both engines: one
    # statement per batch, on the caller's connection and transaction. SQLite's
    # triggers (migration 0002) update the FTS5 index in the same transaction;
    # PostgreSQL recomputes the generated tsvector column and its GIN index.
    SearchEntry.objects.bulk_create(
        entries,
        batch_size=BATCH_SIZE,
        update_conflicts=True,
        unique_fields=["kind", "object_id"],
        update_fields=["body", "body_folded", "partition"],
    )


def index_object(kind: str, object_id: int, text: str, *, partition: int | None = None) -> None:
    """Create or replace the searchable text of one object (one statement); ``partition``
    (the object's province) lets searches confined to a province skip the others."""
    _check_kind(kind)
    _upsert([_entry(kind, object_id, text, partition)])


def index_many(kind: str, items: Iterable[tuple]) -> None:
    """Create or replace many texts of one kind: ``items`` yields ``(object_id, text)``
    or ``(object_id, text, partition)``.

    Streams ``items`` in chunks (it may be a generator); if an id repeats, the
    last text wins; entries whose text is unchanged are not rewritten, so
    re-indexing everything is cheap. All-or-nothing: one (nested) atomic block.
    """
    _check_kind(kind)
    iterator = iter(items)
    with transaction.atomic(using=_db_alias(write=True)):
        while chunk := list(islice(iterator, CHUNK_SIZE)):
            # One statement must not touch the same row twice (PostgreSQL refuses).
            latest = {int(item[0]): item[1:] for item in chunk}
            stored = {
                object_id: (body, body_folded, partition)
                for object_id, body, body_folded, partition in SearchEntry.objects.filter(
                    kind=kind, object_id__in=latest
                ).values_list("object_id", "body", "body_folded", "partition")
            }
            entries = (_entry(kind, object_id, *rest) for object_id, rest in latest.items())
            _upsert(
                [
                    e
                    for e in entries
                    if stored.get(e.object_id) != (e.body, e.body_folded, e.partition)
                ]
            )


def set_partition(kind: str, object_ids, partition: int | None) -> int:
    """Move the entries of ``object_ids`` (ids or a ``values("pk")`` queryset) to
    ``partition`` (when their owner moved to another province); returns the count."""
    _check_kind(kind)
    return SearchEntry.objects.filter(kind=kind, object_id__in=object_ids).update(
        partition=None if partition is None else int(partition)
    )


def remove_object(kind: str, object_id: int) -> None:
    """Forget one object; no error if it was never indexed."""
    SearchEntry.objects.filter(kind=kind, object_id=int(object_id)).delete()


# --- searching -------------------------------------------------------------------------


def search_ids(
    kind: str, query: str, *, limit: int = 500, partitions: Iterable[int] | None = None
) -> list[int]:
    """Object ids of ``kind`` matching every word of ``query``, best match first;
    ``partitions`` (province ids) keeps only their entries.

    A query without any letter or digit (blank, punctuation only) matches nothing.
    """
    words, last_is_prefix = _query_terms(query)
    limit = int(limit)
    partitions = _partitions(partitions)
    if not words or limit <= 0 or partitions == []:
        return []
    from_where, params, rank = _match_sql(kind, words, last_is_prefix, partitions)
    sql = f"SELECT e.object_id {from_where} ORDER BY {rank}, e.object_id LIMIT %s"
    with connections[_db_alias()].cursor() as cursor:
        cursor.execute(sql, (*params, limit))
        return [row[0] for row in cursor.fetchall()]


def filter_queryset(queryset, kind: str, query: str, *, partitions: Iterable[int] | None = None):
    """``queryset`` narrowed to objects whose ``kind`` entry matches ``query`` (and, with
    ``partitions``, lies in one of those provinces: the caller's other filters must already
    keep only objects of those provinces, or it loses matches of unpartitioned objects).

    Adds ``pk IN (SELECT object_id ... matching)``: one query, no id list, no
    limit, so it composes with any other filter, ordering or pagination. It
    does not reorder; use ``search_ids`` for relevance order. A query without
    any letter or digit matches nothing.
    """
    words, last_is_prefix = _query_terms(query)
    partitions = _partitions(partitions)
    if not words or partitions == []:
        return queryset.none()
    from_where, params, _rank = _match_sql(kind, words, last_is_prefix, partitions)
    sql = f"SELECT e.object_id {from_where}"
    if partitions is not None and connections[_db_alias()].vendor == "postgresql":
        # Match first, then join: PostgreSQL underestimates the rows of a province's scope
        # (1,016 planned, 30,921 read) and would probe each task's entry instead of the one
        # GIN scan over (partition, body_tsv) — 290 ms against 80 ms nationally.
        sql = f"WITH m AS MATERIALIZED ({sql}) SELECT object_id FROM m"  # noqa: S608 (constant)
    return queryset.filter(
        # constant SQL from _match_sql; user input only in params
        pk__in=RawSQL(sql, params, output_field=BigIntegerField())  # noqa: S611
    )


# --- boolean expressions (the monitoring query language's candidate filter) ---------------
#
# Callers with their own query language (monitoring topics, decision 0032) compile it to
# a small tree of folded words and ask the engine for the candidates:
#   ("word", "dong", False)          a word; True: any word starting with it
#   ("phrase", (("dong", False), ("nai", False)))   words next to each other, in order
#   ("and", [expr, ...]) / ("or", [expr, ...])
#   ("near", left_words, right_words, n)   two phrases (tuples of (word, prefix)) with at
#                                          most n words between them, either order
# Words must already be folded tokens (letters/digits only); anything else is a ValueError,
# so no engine syntax can travel in them. The caller confirms the exact semantics itself.

MAX_EXPRESSION_WORDS = 400


def _expression_words(expression) -> int:
    op = expression[0]
    if op == "word":
        return 1
    if op == "phrase":
        return len(expression[1])
    if op == "near":
        return len(expression[1]) + len(expression[2])
    return sum(_expression_words(e) for e in expression[1])


MAX_NEAR_DISTANCE = 100


def _near_distance(expression) -> int:
    n = expression[3]
    if not isinstance(n, int) or not 0 <= n <= MAX_NEAR_DISTANCE:
        raise ValueError(f"a NEAR distance is 0-{MAX_NEAR_DISTANCE}, got {n!r}")
    if not expression[1] or not expression[2]:
        raise ValueError("NEAR needs two non-empty phrases")
    return n


def _check_word(word: str) -> str:
    if not isinstance(word, str) or not _TOKEN_RE.fullmatch(word) or len(word) > MAX_TOKEN_CHARS:
        raise ValueError(f"search expression words are folded tokens, got {word!r}")
    return word


def _fts5_expression(expression) -> str:
    op = expression[0]
    if op == "word":
        return '"' + _check_word(expression[1]) + '"' + ("*" if expression[2] else "")
    if op == "phrase":
        return _fts5_phrase(expression[1])
    if op == "near":
        # FTS5's own NEAR: at most n tokens between the two phrases, in either order
        n = _near_distance(expression)
        return f"NEAR({_fts5_phrase(expression[1])} {_fts5_phrase(expression[2])}, {n})"
    if op in ("and", "or"):
        joiner = " AND " if op == "and" else " OR "
        return "(" + joiner.join(_fts5_expression(e) for e in expression[1]) + ")"
    raise ValueError(f"unknown search expression {op!r}")


def _fts5_phrase(words) -> str:
    return " + ".join('"' + _check_word(w) + '"' + ("*" if p else "") for w, p in words)


def _tsquery_expression(expression) -> str:
    op = expression[0]
    if op == "word":
        return "'" + _check_word(expression[1]) + "'" + (":*" if expression[2] else "")
    if op == "phrase":
        return (
            "("
            + " <-> ".join(
                "'" + _check_word(w) + "'" + (":*" if p else "") for w, p in expression[1]
            )
            + ")"
        )
    if op == "near":
        # One phrase's last word k = 1 … n+1 positions before the other's first word,
        # whichever comes first: "at most n words between". Both sides are whole
        # phrases, so the distance is between the same occurrences that form them.
        n = _near_distance(expression)
        left = _tsquery_expression(("phrase", expression[1]))
        right = _tsquery_expression(("phrase", expression[2]))
        gaps = [f"{left} <{k}> {right} | {right} <{k}> {left}" for k in range(1, n + 2)]
        return "(" + " | ".join(gaps) + ")"
    if op in ("and", "or"):
        joiner = " & " if op == "and" else " | "
        return "(" + joiner.join(_tsquery_expression(e) for e in expression[1]) + ")"
    raise ValueError(f"unknown search expression {op!r}")


def search_ids_expression(
    kind: str,
    expression,
    *,
    limit: int = 500,
    before_id: int | None = None,
    after_id: int | None = None,
) -> list[int]:
    """Object ids of ``kind`` matching ``expression``, highest id (newest) first.

    Keyset pages: pass the last id of a page as ``before_id`` for the next. Highest id
    first lets the engine walk the ``(kind, object_id)`` index backwards and stop after
    ``limit`` matches for a common query, or sort the few matches of a rare one.
    ``after_id`` confines the search to ids above it (a window of the newest objects).
    """
    limit = int(limit)
    if limit <= 0:
        return []
    from_where, params = _expression_sql(kind, expression)
    if before_id is not None:
        from_where += " AND e.object_id < %s"
        params = (*params, int(before_id))
    if after_id is not None:
        from_where += " AND e.object_id > %s"
        params = (*params, int(after_id))
    sql = f"SELECT e.object_id {from_where} ORDER BY e.object_id DESC LIMIT %s"
    with connections[_db_alias()].cursor() as cursor:
        cursor.execute(sql, (*params, limit))
        return [row[0] for row in cursor.fetchall()]


def _expression_sql(kind: str, expression) -> tuple[str, tuple]:
    if _expression_words(expression) > MAX_EXPRESSION_WORDS:
        raise ValueError(f"a search expression has at most {MAX_EXPRESSION_WORDS} words")
    vendor = connections[_db_alias()].vendor
    if vendor == "sqlite":
        return (
            f"FROM {FTS_TABLE} CROSS JOIN core_searchentry e ON e.id = {FTS_TABLE}.rowid"
            f" WHERE {FTS_TABLE} MATCH %s AND e.kind = %s",
            (_fts5_expression(expression), kind),
        )
    if vendor == "postgresql":
        return (
            f"FROM core_searchentry e WHERE e.{PG_VECTOR_COLUMN}"
            f" @@ to_tsquery('simple'::regconfig, %s) AND e.kind = %s",
            (_tsquery_expression(expression), kind),
        )
    raise NotImplementedError(f"ttdn.core.search supports SQLite and PostgreSQL, not {vendor}")


def filter_queryset_expression(queryset, kind: str, expression):
    """``queryset`` narrowed to objects whose ``kind`` entry matches a boolean ``expression``.

    Like :func:`filter_queryset` (one subquery, composes with any filter and order), for
    an expression tree of folded words (see above) instead of a search box's words.
    """
    from_where, params = _expression_sql(kind, expression)
    return queryset.filter(
        # constant SQL from _expression_sql; words checked, quoted and bound as a parameter
        pk__in=RawSQL(f"SELECT e.object_id {from_where}", params, output_field=BigIntegerField())  # noqa: S611
    )
