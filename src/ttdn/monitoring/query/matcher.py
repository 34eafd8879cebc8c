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
import functools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlsplit

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
    tokenize,
)

_SECTION_GAP = 1_000  # positions between the title and the text
MAX_DOCUMENT_CHARS = 200_000  # text beyond this is not matched (a huge page is cut)


class Document:
    """One article prepared for matching: computed once, read by every topic."""

    __slots__ = (
        "_bigrams",
        "_cut",
        "_folded_of",
        "_sections",
        "_sorted",
        "country",
        "exact",
        "folded",
        "kind",
        "lang",
        "memo",
        "sources",
    )

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
        exact: dict[str, list[int]] = {}
        sections: list[list[str]] = []
        position = 0
        self._cut = False
        for section in (title, text):
            if not section:
                continue
            self._cut = self._cut or len(section) > MAX_DOCUMENT_CHARS
            tokens = tokenize(normalise(section[:MAX_DOCUMENT_CHARS]))
            sections.append(tokens)
            for offset, token in enumerate(tokens, start=position):
                positions = exact.get(token)
                if positions is None:
                    exact[token] = [offset]
                else:
                    positions.append(offset)
            position += len(tokens) + _SECTION_GAP
        # folding once per distinct word, not per occurrence
        self.exact: dict[str, frozenset[int]] = {}
        self.folded: dict[str, frozenset[int]] = {}
        merged: dict[str, list[int]] = {}
        folded_of: dict[str, str] = {}
        for token, positions in exact.items():
            folded = folded_of[token] = fold(token)
            if not folded:  # only combining marks
                continue
            self.exact[token] = frozenset(positions)
            merged.setdefault(folded, []).extend(positions)
        for folded, positions in merged.items():
            self.folded[folded] = frozenset(positions)
        self._sections = sections
        self._folded_of = folded_of
        self._bigrams: set[str] | None = None
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

    @property
    def bigrams(self) -> set[str]:
        """Folded word pairs (the anchors of phrases), computed when a topic set asks."""
        if self._bigrams is None:
            bigrams: set[str] = set()
            for tokens in self._sections:
                words = [self._folded_of[t] for t in tokens]
                bigrams.update(f"{a} {b}" for a, b in zip(words, words[1:], strict=False))
            self._bigrams = bigrams
        return self._bigrams

    def folded_words(self) -> list[str] | None:
        """The folded words of the title then the text, in order: ``[fold(w) for w in
        tokenize(normalise(title + "\\n" + text))]`` without tokenising and folding
        again (None when a section was longer than :data:`MAX_DOCUMENT_CHARS`)."""
        if self._cut:
            return None
        folded_of = self._folded_of
        return [folded_of[t] for tokens in self._sections for t in tokens]

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


def _source_names(source) -> tuple[str, ...]:
    return _names(source.name, source.outlet, tuple(source.urls))


@functools.lru_cache(maxsize=4096)
def _names(name: str, outlet: str, urls: tuple[str, ...]) -> tuple[str, ...]:
    names = [name, outlet]
    for url in urls:
        host = (urlsplit(url).hostname or "").lower()
        if host:
            names.append(host.removeprefix("www."))
    return tuple(names)


# --- evaluation -------------------------------------------------------------------------------


def term_key(term: Term) -> tuple:
    """A hashable key of a term made of plain values (hashed in C, shared across topics)."""
    key = [term.exact]
    for w in term.words:
        key += (w.text, w.prefix)
    return tuple(key)


def _starts(key: tuple, exact: bool, words: list[tuple[str, bool]], doc: Document):
    """Start positions of a term's words in ``doc`` (a phrase: its first word's positions)."""
    hit = doc.memo.get(key)
    if hit is not None:
        return hit
    text, prefix = words[0]
    starts = doc.positions(text, exact=exact, prefix=prefix)
    if len(words) > 1 and starts:
        following = [doc.positions(t, exact=exact, prefix=p) for t, p in words[1:]]
        if all(following):
            # the starts s with word i at s + i: from the rarest word, checking the others
            at = [starts, *following]
            order = sorted(range(len(at)), key=lambda i: len(at[i]))
            rarest = order[0]
            found = [p - rarest for p in at[rarest]]
            for i in order[1:]:
                positions = at[i]
                found = [s for s in found if s + i in positions]
                if not found:
                    break
            starts = frozenset(found)
        else:
            starts = _EMPTY
    hit = doc.memo[key] = starts
    return hit


def _term_spans(term: Term, doc: Document):
    return _starts(term_key(term), term.exact, [(w.text, w.prefix) for w in term.words], doc)


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
    widest = max(b1 - b0 for b0, b1 in right)
    for a0, a1 in left:
        # b after a: b0 - a1 - 1 <= n; b before a: a0 - b1 - 1 <= n, so b0 >= a0 - n - 1 - width
        lo = bisect.bisect_left(starts, a0 - n - 1 - widest)
        hi = bisect.bisect_right(starts, a1 + n + 1)
        for b0, b1 in right[lo:hi]:
            if b0 > a1 and b0 - a1 - 1 <= n:
                return True
            if b1 < a0 and a0 - b1 - 1 <= n:
                return True
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


def compile_node(node: Node):
    """``node`` as a closure ``fn(doc) -> bool``: what ``evaluate`` does, without the dispatch."""
    if isinstance(node, Term):
        key = term_key(node)
        words = [(w.text, w.prefix) for w in node.words]
        exact = node.exact
        if len(words) == 1 and not words[0][1]:
            text = words[0][0]
            if exact:
                return lambda doc: text in doc.exact
            return lambda doc: text in doc.folded
        return lambda doc: bool(_starts(key, exact, words, doc))
    if isinstance(node, (And, Or)):
        fns = [compile_node(c) for c in node.children]
        if isinstance(node, And):

            def all_of(doc):
                for fn in fns:  # noqa: SIM110 - a loop: no generator per call
                    if not fn(doc):
                        return False
                return True

            return all_of

        def any_of(doc):
            for fn in fns:  # noqa: SIM110 - a loop: no generator per call
                if fn(doc):
                    return True
            return False

        return any_of
    if isinstance(node, Not):
        fn = compile_node(node.child)
        return lambda doc: not fn(doc)
    if isinstance(node, Near):
        return lambda doc: _near(node, doc)
    return lambda doc: _filter(node, doc)


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


_PAIR, _WORD, _PREFIX = 0, 1, 2  # anchor kinds, the most selective first


def _term_anchor(term: Term) -> tuple[str, int]:
    words = [(fold(w.text), w.prefix) for w in term.words]
    for (a, pa), (b, pb) in zip(words, words[1:], strict=False):
        if not pa and not pb and a and b:
            return (f"{a} {b}", _PAIR)
    best = max(words, key=lambda w: (not w[1], len(w[0])))
    return (best[0], _PREFIX if best[1] else _WORD)


def anchors(node: Node) -> frozenset[tuple[str, int]] | None:
    """``(folded key, kind)`` of which every match contains at least one; None: any.

    A kind is a word pair (a phrase's two first words, folded), a word, or a prefix.
    """
    if isinstance(node, Term):
        return frozenset({_term_anchor(node)})
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
    # AND: one child's anchors suffice; the most selective kinds, then fewer alternatives
    return min(known, key=lambda s: (max(kind for _k, kind in s), len(s)))


# --- compiled queries ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Match:
    matched: bool
    terms: list[str] = field(default_factory=list)


class CompiledQuery:
    """One query ready to run on documents: ``match(doc)`` and ``explain(doc)``."""

    __slots__ = ("_fn", "anchors", "node", "positive_terms", "text")

    def __init__(self, node: Node, text: str = ""):
        self.node = node
        self.text = text
        self.positive_terms = [
            (t.typed, term_key(t), t.exact, [(w.text, w.prefix) for w in t.words])
            for t in terms_of(node, positive=True)
        ]
        self.anchors = anchors(node)
        self._fn = compile_node(node)

    def match(self, doc: Document) -> bool:
        return self._fn(doc)

    def explain(self, doc: Document) -> Match:
        """Whether it matches and, if so, the query's terms found (in query order, once)."""
        if not self._fn(doc):
            return Match(False, [])
        seen: dict[str, None] = {}
        for typed, key, exact, words in self.positive_terms:
            if typed in seen:
                continue
            if len(words) == 1 and not words[0][1]:  # one plain word: is it there
                found = words[0][0] in (doc.exact if exact else doc.folded)
            else:
                found = bool(_starts(key, exact, words, doc))
            if found:
                seen[typed] = None
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
        self._keys: tuple[dict[str, list[object]], dict[str, list[object]]] = ({}, {})
        self._prefixes: dict[int, dict[str, list[object]]] = {}
        self._always: list[object] = []
        for key, compiled in self.queries.items():
            if compiled.anchors is None:
                self._always.append(key)
                continue
            for text, kind in compiled.anchors:
                if kind == _PREFIX:
                    self._prefixes.setdefault(len(text), {}).setdefault(text, []).append(key)
                else:
                    self._keys[kind].setdefault(text, []).append(key)

    def candidates(self, doc: Document) -> list[object]:
        found: dict[object, None] = dict.fromkeys(self._always)
        for index, present in zip(self._keys, (doc.bigrams, doc.folded), strict=True):
            if len(index) < len(present):
                for text, keys in index.items():
                    if text in present:
                        found.update(dict.fromkeys(keys))
            else:
                for text in present:
                    keys = index.get(text)
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
