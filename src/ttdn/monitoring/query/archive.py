"""Archive search: the topic language over stored articles, behind one interface.

``archive_search(query, filters, limit)`` compiles the query twice: to the database's
full-text search (``core.search`` over folded words: FTS5 on SQLite, a tsvector on
PostgreSQL) as a *candidate filter* that can only over-select (diacritics are folded,
NOT is dropped, NEAR becomes AND), and to the in-process matcher, which confirms each
candidate with the exact semantics. A search cluster could replace the candidate step
later: ``ArchiveBackend`` is the seam.

Articles are indexed (kind ``monitoring.article``: title and text) when ingest stores
them (``monitoring.signals.article_stored``), and by ``archive_reindex`` for the rest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db import connection, transaction

from ttdn.core import search
from ttdn.core.text import fold
from ttdn.monitoring.query.matcher import CompiledQuery, Document, Match, compile_query
from ttdn.monitoring.query.parser import And, Filter, Near, Node, Not, Or, Term

SEARCH_KIND = "monitoring.article"
MAX_LIMIT = 500
BATCH = 200  # candidates confirmed in the first round trip, at most
MAX_BATCH = 2_000  # … and in later ones
MAX_CANDIDATES = 20_000  # confirmed at most per search: a very common word stops here


def candidate_expression(node: Node):
    """The ``core.search`` expression that every match of ``node`` satisfies; None: any."""
    if isinstance(node, Term):
        words = [(fold(w.text), w.prefix) for w in node.words]
        if len(words) == 1:
            return ("word", *words[0])
        return ("phrase", tuple(words))
    if isinstance(node, (Not, Filter)):
        return None
    if isinstance(node, Near):
        pairs = [
            ("near", _phrase(a), _phrase(b), node.distance)
            for a in _alternatives(node.left)
            for b in _alternatives(node.right)
        ]
        if len(pairs) <= MAX_NEAR_PAIRS:
            return pairs[0] if len(pairs) == 1 else ("or", pairs)
        parts = [candidate_expression(node.left), candidate_expression(node.right)]
        return ("and", parts)
    parts = [candidate_expression(c) for c in node.children]
    if isinstance(node, Or):
        return None if any(p is None for p in parts) else ("or", parts)
    known = [p for p in parts if p is not None]  # And
    return ("and", known) if known else None


MAX_NEAR_PAIRS = 16  # NEAR between OR groups: each pair in the index, up to this many


def _alternatives(node: Node) -> list[Term]:
    if isinstance(node, Term):
        return [node]
    return [t for c in node.children for t in _alternatives(c)]  # Or of terms (parser rule)


def _phrase(term: Term) -> tuple:
    return tuple((fold(w.text), w.prefix) for w in term.words)


def article_text(article) -> str:
    return f"{article.title}\n{article.text}"


def index_article(article) -> None:
    search.index_object(SEARCH_KIND, article.pk, article_text(article))


def archive_reindex(articles: Iterable) -> None:
    search.index_many(SEARCH_KIND, ((a.pk, article_text(a)) for a in articles))


@dataclass
class SearchFilters:
    """Filters a page adds to the query's own (empty: no restriction)."""

    languages: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    source_ids: list[int] = field(default_factory=list)
    since: object = None  # aware datetime
    until: object = None


@dataclass
class ArchiveHit:
    article: object
    match: Match


@dataclass
class ArchiveResult:
    hits: list[ArchiveHit]
    candidates: int  # how many the full-text step proposed and the matcher read
    truncated: bool = False  # MAX_CANDIDATES stopped the search before the archive's end


class DatabaseBackend:
    """Candidates from the project database's full-text index (``core.search``)."""

    def candidate_ids(self, compiled: CompiledQuery, *, limit: int, before_id: int | None):
        """Ids of articles that may match, newest (highest id) first, a keyset page.

        On PostgreSQL in two steps. First the newest :data:`NEWEST_WINDOW` articles are
        read newest first through the ``(kind, object_id)`` index, each checked against
        the full-text query, stopping at ``limit`` (the GIN index is not used there:
        its bitmap would read the whole archive's posting lists of the query's words
        and recheck every row holding a common phrase before it could sort them — at
        a million articles, seconds). A common query is answered there in a few ms; a
        rare one costs at most one pass over the window. Then, only if the window did
        not give ``limit`` ids, the older articles through the GIN index, where the
        query's matches are few. The ids and their order are the same as in one query."""
        expression = candidate_expression(compiled.node)
        if expression is None:  # parse() refuses such queries; be safe anyway
            return []
        if connection.vendor != "postgresql":  # SQLite: FTS5 answers in one query
            return search.search_ids_expression(
                SEARCH_KIND, expression, limit=limit, before_id=before_id
            )
        top = search_top_id()
        if top is None:
            return []
        floor = max(0, top - NEWEST_WINDOW)
        found: list[int] = []
        if before_id is None or before_id > floor + 1:
            with transaction.atomic(), connection.cursor() as cursor:
                # the one plan left: the (kind, object_id) index backwards, a filter, a limit
                for knob in _WINDOW_PLAN:
                    cursor.execute(f"SET LOCAL {knob} = off")
                found = search.search_ids_expression(
                    SEARCH_KIND, expression, limit=limit, before_id=before_id, after_id=floor
                )
                for knob in _WINDOW_PLAN:
                    cursor.execute(f"SET LOCAL {knob} TO DEFAULT")
        if len(found) < limit and floor > 0:
            found.extend(
                search.search_ids_expression(
                    SEARCH_KIND,
                    expression,
                    limit=limit - len(found),
                    before_id=min(floor + 1, before_id or floor + 1),
                )
            )
        return found


NEWEST_WINDOW = 100_000  # articles read newest first before the GIN index is used
_WINDOW_PLAN = ("enable_bitmapscan", "enable_seqscan", "enable_sort")


def search_top_id() -> int | None:
    """The highest id of an indexed article (the first window ends there)."""
    from ttdn.core.models import SearchEntry

    return (
        SearchEntry.objects.filter(kind=SEARCH_KIND)
        .order_by("-object_id")
        .values_list("object_id", flat=True)
        .first()
    )


ArchiveBackend = DatabaseBackend
_backend = DatabaseBackend()


def _narrow(queryset, compiled: CompiledQuery, filters: SearchFilters | None):
    for f in _top_filters(compiled.node):
        if f.key == "lang":
            queryset = queryset.filter(language=f.value)
        elif f.key == "country":
            queryset = queryset.filter(source__country=f.value)
        elif f.key == "kind":
            queryset = queryset.filter(source__kind=f.value)
    if filters:
        if filters.languages:
            queryset = queryset.filter(language__in=filters.languages)
        if filters.countries:
            queryset = queryset.filter(source__country__in=filters.countries)
        if filters.kinds:
            queryset = queryset.filter(source__kind__in=filters.kinds)
        if filters.source_ids:
            queryset = queryset.filter(source_id__in=filters.source_ids)
        if filters.since:
            queryset = queryset.filter(published_at__gte=filters.since)
        if filters.until:
            queryset = queryset.filter(published_at__lt=filters.until)
    return queryset


def _top_filters(node: Node) -> list[Filter]:
    if isinstance(node, Filter):
        return [node]
    if isinstance(node, And):
        return [c for c in node.children if isinstance(c, Filter)]
    return []


def archive_search(
    query: str | CompiledQuery,
    filters: SearchFilters | None = None,
    limit: int = 50,
    *,
    queryset=None,
) -> ArchiveResult:
    """Stored articles matching ``query`` (text or compiled), newest stored first.

    Raises ``QueryError`` for an invalid query. ``queryset`` (the articles the user may
    see) defaults to every article.
    """
    from ttdn.monitoring.models import Article

    compiled = query if isinstance(query, CompiledQuery) else compile_query(query)
    limit = max(1, min(int(limit), MAX_LIMIT))
    base = Article.objects.all() if queryset is None else queryset
    base = (
        _narrow(base, compiled, filters)
        .select_related("source")
        .only(
            "pk",
            "title",
            "text",
            "language",
            "published_at",
            "fetched_at",
            "url",
            "story_id",
            "source__name",
            "source__outlet",
            "source__country",
            "source__kind",
            "source__language",
            "source__feed_urls",
            "source__sitemap_url",
            "source__listing_url",
        )
    )  # fmt: skip
    hits: list[ArchiveHit] = []
    read = 0
    before_id = None
    # a first page a little larger than the limit (most candidates are confirmed), then
    # growing pages for queries whose candidates the matcher mostly refuses
    batch = min(max(limit + limit // 2, 20), BATCH)
    while len(hits) < limit and read < MAX_CANDIDATES:
        ids = _backend.candidate_ids(compiled, limit=batch, before_id=before_id)
        if not ids:
            return ArchiveResult(hits, read)
        before_id = ids[-1]
        read += len(ids)
        articles = {a.pk: a for a in base.filter(pk__in=ids)}  # the page's filters apply
        for pk in ids:
            article = articles.get(pk)
            if article is None:
                continue
            result = compiled.explain(Document.from_article(article))
            if result.matched:
                hits.append(ArchiveHit(article, result))
                if len(hits) >= limit:
                    break
        if len(ids) < batch:
            return ArchiveResult(hits, read)
        batch = min(batch * 2, MAX_BATCH)
    return ArchiveResult(hits, read, truncated=len(hits) < limit)
