"""The in-process matcher: a parsed query run on one article's text, no search engine.

An article becomes a :class:`Document` once (its words with and without diacritics and
their positions, its language, country, source and kind); every topic's
:class:`CompiledQuery` then reads it, and a per-document memo shares the work of terms
that several topics use. :class:`QuerySet` holds many topics and only evaluates those
whose *anchor* words occur in the article (an inverted index from a word every match
needs to the topics), so a thousand topics cost little more than the few that can match.

Positions: the title's words come first, then the text's after a gap, so that a phrase or
NEAR never joins the title's last word with the text's first.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ttdn.core.text import fold
from ttdn.monitoring.query.parser import (
    WORD_RE,
    And,
    Filter,
    Near,
    Node,
    Not,
    Or,
    Term,
    normalise,
    parse,
    terms_of,
)

_SECTION_GAP = 1_000  # positions between the title and the text
MAX_DOCUMENT_CHARS = 200_000  # text beyond this is not matched (a huge page is cut)


class Document:
    """One article prepared for matching: computed once, read by every topic."""

    __slots__ = ("_sorted", "exact", "folded", "lang", "country", "kind", "sources", "memo")

    def __init__(
        self,
        text: str,
        *,
        title: str = "",
        lang: str = "",
        country: str = "",
        kind: str = "",
        sources: Iterable[str] = (),
    ):
        self.exact: dict[str, set[int]] = {}
        self.folded: dict[str, set[int]] = {}
        position = 0
        for section in (title, text):
            if not section:
                continue
            for token in WORD_RE.findall(normalise(section[:MAX_DOCUMENT_CHARS])):
                folded = fold(token)
                if not folded:
                    continue
                self.exact.setdefault(token, set()).add(position)
                self.folded.setdefault(folded, set()).add(position)
                position += 1
            position += _SECTION_GAP
        self._sorted: tuple[list[str], list[str]] | None = None
        self.lang = (lang or "").lower()
        self.country = (country or "").upper()
        self.kind = (kind or "").lower()
        self.sources = frozenset(" ".join(WORD_RE.findall(fold(s))) for s in sources if s)
        self.memo: dict[tuple, frozenset[int]] = {}

    @classmethod
    def from_article(cls, article) -> Document:
        """From a ``monitoring.Article`` (its source loaded)."""
        source = article.source
        return cls(
            article.text,
            title=article.title,
            lang=article.language or source.language,
            country=source.country,
            kind=source.kind,
            sources=_source_names(source),
        )

    def sorted_vocabulary(self, *, exact: bool = False) -> list[str]:
        """The distinct words, sorted (for prefixes); computed on first use."""
        if self._sorted is None:
            self._sorted = (sorted(self.exact), sorted(self.folded))
        return self._sorted[0 if exact else 1]

    def positions(self, text: str, *, exact: bool, prefix: bool) -> frozenset[int] | set[int]:
        """Where a word (or, with ``prefix``, any word starting with it) occurs."""
        index = self.exact if exact else self.folded
        if not prefix:
            return index.get(text, _EMPTY)
        key = ("p", exact, text)
        hit = self.memo.get(key)
        if hit is None:
            found: set[int] = set()
            for token in self._with_prefix(text, exact=exact):
                found |= index[token]
            hit = self.memo[key] = frozenset(found)
        return hit

    def _with_prefix(self, prefix: str, *, exact: bool) -> list[str]:
        vocab = self.sorted_vocabulary(exact=exact)
        i = bisect.bisect_left(vocab, prefix)
        out = []
        while i < len(vocab) and vocab[i].startswith(prefix):
            out.append(vocab[i])
            i += 1
        return out


_EMPTY: frozenset[int] = frozenset()


def _source_names(source) -> list[str]:
    from urllib.parse import urlsplit

    names = [source.name, source.outlet]
    for url in source.urls:
        host = (urlsplit(url).hostname or "").lower()
        if host:
            names.append(host.removeprefix("www."))
    return names


# --- evaluation -------------------------------------------------------------------------------


def _term_spans(term: Term, doc: Document) -> frozenset[int]:
    """Start positions of ``term`` in ``doc`` (a phrase: its first word's positions)."""
    key = ("t", term.exact, term.words)
    hit = doc.memo.get(key)
    if hit is not None:
        return hit
    first = term.words[0]
    starts = doc.positions(first.text, exact=term.exact, prefix=first.prefix)
    if len(term.words) > 1 and starts:
        following = [
            doc.positions(w.text, exact=term.exact, prefix=w.prefix) for w in term.words[1:]
        ]
        if all(following):
            starts = frozenset(
                s for s in starts if all(s + i + 1 in f for i, f in enumerate(following))
            )
        else:
            starts = _EMPTY
    hit = doc.memo[key] = frozenset(starts)
    return hit


def _spans(node: Node, doc: Document) -> list[tuple[int, int]]:
    """(first, last) word positions of every occurrence of a NEAR operand."""
    if isinstance(node, Term):
        width = len(node.words) - 1
        return [(s, s + width) for s in _term_spans(node, doc)]
    assert isinstance(node, Or)
    return [span for child in node.children for span in _spans(child, doc)]


def _near(node: Near, doc: Document) -> bool:
    left = _spans(node.left, doc)
    if not left:
        return False
    right = _spans(node.right, doc)
    if not right:
        return False
    n = node.distance
    right.sort()
    starts = [r[0] for r in right]
    for a0, a1 in left:
        # b after a: b0 - a1 - 1 <= n; b before a: a0 - b1 - 1 <= n
        lo = bisect.bisect_left(starts, a0 - n - 200)  # spans are short: bounded look-back
        hi = bisect.bisect_right(starts, a1 + n + 1)
        for b0, b1 in right[lo:hi]:
            if b0 > a1 and b0 - a1 - 1 <= n:
                return True
            if b1 < a0 and a0 - b1 - 1 <= n:
                return True
            if b0 <= a1 and b1 >= a0 and (b0, b1) != (a0, a1):
                return True  # overlapping distinct occurrences ("đồng" NEAR "đồng nai")
    return False


def evaluate(node: Node, doc: Document) -> bool:
    if isinstance(node, Term):
        return bool(_term_spans(node, doc))
    if isinstance(node, And):
        return all(evaluate(c, doc) for c in node.children)
    if isinstance(node, Or):
        return any(evaluate(c, doc) for c in node.children)
    if isinstance(node, Not):
        return not evaluate(node.child, doc)
    if isinstance(node, Near):
        return _near(node, doc)
    return _filter(node, doc)


def _filter(node: Filter, doc: Document) -> bool:
    if node.key == "lang":
        return doc.lang == node.value or doc.lang.split("-")[0] == node.value
    if node.key == "country":
        return doc.country == node.value
    if node.key == "kind":
        return doc.kind == node.value
    value = node.value  # source: a name, an outlet, a host or a host's parent domain
    return any(
        s == value or s.endswith(" " + value) or s.startswith(value + " ") for s in doc.sources
    )


# --- anchors: a word that every match needs ------------------------------------------------------


def anchors(node: Node) -> frozenset[tuple[str, bool]] | None:
    """Folded ``(word, is_prefix)`` of which every match contains at least one; None: any."""
    if isinstance(node, Term):
        # the longest word of the term: rarer than short ones
        best = max(node.words, key=lambda w: (not w.prefix, len(fold(w.text))))
        return frozenset({(fold(best.text), best.prefix)})
    if isinstance(node, Near):
        return anchors(node.left)
    if isinstance(node, (Not, Filter)):
        return None
    sets = [anchors(c) for c in node.children]
    if isinstance(node, Or):
        if any(s is None for s in sets):
            return None
        return frozenset().union(*sets)
    known = [s for s in sets if s is not None]
    if not known:
        return None
    # AND: one child's anchors suffice; prefer whole words, then fewer alternatives
    return min(known, key=lambda s: (sum(p for _w, p in s), len(s)))


# --- compiled queries ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    matched: bool
    terms: list[str] = field(default_factory=list)


class CompiledQuery:
    """One query ready to run on documents: ``match(doc)`` and ``explain(doc)``."""

    __slots__ = ("anchors", "node", "positive_terms", "text")

    def __init__(self, node: Node, text: str = ""):
        self.node = node
        self.text = text
        self.positive_terms = terms_of(node, positive=True)
        self.anchors = anchors(node)

    def match(self, doc: Document) -> bool:
        return evaluate(self.node, doc)

    def explain(self, doc: Document) -> Match:
        """Whether it matches and, if so, the query's terms found (in query order, once)."""
        if not evaluate(self.node, doc):
            return Match(False, [])
        seen: dict[str, None] = {}
        for term in self.positive_terms:
            if term.typed not in seen and _term_spans(term, doc):
                seen[term.typed] = None
        return Match(True, list(seen))


def compile_query(query: str | Node) -> CompiledQuery:
    """Parse (if text) and compile; raises ``QueryError``."""
    if isinstance(query, str):
        return CompiledQuery(parse(query), query)
    return CompiledQuery(query)


class QuerySet:
    """Many compiled queries, keyed; ``matching(doc)`` evaluates only those that can match."""

    def __init__(self, queries: Mapping[object, CompiledQuery]):
        self.queries = dict(queries)
        self._words: dict[str, list[object]] = {}
        self._prefixes: dict[int, dict[str, list[object]]] = {}
        self._always: list[object] = []
        for key, compiled in self.queries.items():
            if compiled.anchors is None:
                self._always.append(key)
                continue
            for word, prefix in compiled.anchors:
                if prefix:
                    self._prefixes.setdefault(len(word), {}).setdefault(word, []).append(key)
                else:
                    self._words.setdefault(word, []).append(key)

    def candidates(self, doc: Document) -> list[object]:
        found: dict[object, None] = dict.fromkeys(self._always)
        words = self._words
        if len(words) < len(doc.folded):
            for word, keys in words.items():
                if word in doc.folded:
                    found.update(dict.fromkeys(keys))
        else:
            for word in doc.folded:
                keys = words.get(word)
                if keys:
                    found.update(dict.fromkeys(keys))
        for length, by_prefix in self._prefixes.items():
            for word in doc.folded:
                keys = by_prefix.get(word[:length]) if len(word) >= length else None
                if keys:
                    found.update(dict.fromkeys(keys))
        return list(found)

    def matching(self, doc: Document) -> list[tuple[object, Match]]:
        """``(key, Match)`` of every query that matches ``doc``."""
        out = []
        for key in self.candidates(doc):
            result = self.queries[key].explain(doc)
            if result.matched:
                out.append((key, result))
        return out
