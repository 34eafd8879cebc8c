"""The monitored-topic query language: a hand-written recursive-descent parser.

Syntax (decision 0032), the one press officers know from commercial monitoring tools::

    ("đồng nai" OR "dong nai" OR "bình phước") AND (đầu tư* OR FDI) NOT "xổ số"
    "khu công nghiệp" NEAR/5 "ô nhiễm"  lang:en  country:US  kind:foreign  source:reuters

* Words separated by spaces must all appear (an implicit AND); ``AND``, ``OR``, ``NOT``
  and ``NEAR/n`` are operators only in capitals ("and" is a word), ``A NOT B`` means A
  and not B. ``NOT`` binds tightest, then ``NEAR/n``, then ``AND``, then ``OR``;
  parentheses group.
* ``"exact phrase"``: the words in this order, next to each other. A bare word with
  punctuation inside (``covid-19``, ``U.S.``) is the phrase of its parts.
* ``*`` ends a word: ``đầu tư*`` is "đầu" and any word starting with "tư"; inside a
  phrase, ``"đầu tư*"``. At least two letters come before it.
* ``A NEAR/n B``: both within n words (syllables) of each other, in either order, not
  overlapping; the operands are words, phrases or groups of them joined by OR.
* Filters ``lang:vi``, ``country:US``, ``source:reuters`` (name, outlet or host; quote a
  name with spaces), ``kind:domestic|foreign|official`` combine like terms.
* Letter case never matters. Diacritics: a term typed without any ("dong nai") matches
  text with or without them (đ folds to d); a term typed with diacritics ("Đồng Nai",
  "ĐỒNG NAI") matches only the same diacritics. A phrase is one term: one diacritic
  anywhere in it makes the whole phrase exact.
* A query must require at least one word (NOT or filters alone would select everything).

Errors are :class:`QueryError` with a translated message and the 0-based position of
the offending character (``column`` is 1-based, for people).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from ttdn.core.text import fold

MAX_QUERY_CHARS = 4_000
MAX_TERMS = 300
MAX_DEPTH = 40
MAX_NEAR = 100
MIN_WILDCARD_PREFIX = 2
FILTER_KEYS = ("lang", "country", "source", "kind")
KINDS = ("domestic", "foreign", "official")

# A word of text: letters/digits, with any combining marks that did not compose (NFD
# leftovers), so that the exact and the folded token streams stay aligned.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
WORD_RE = re.compile(rf"(?:[^\W_]|[{_MARKS}])+")
# Inside a query word: the same, plus "*" (wildcard).
_QUERY_WORD_RE = re.compile(rf"(?:[^\W_]|[{_MARKS}]|\*)+")
_FILTER_RE = re.compile(r"([A-Za-z]+):")
_NEAR_RE = re.compile(r"NEAR(?:/(\d*))?")
_LANG_RE = re.compile(r"^[a-z]{2,3}$")
_COUNTRY_RE = re.compile(r"^[a-z]{2}$")


class QueryError(ValueError):
    """An invalid query: a translated message and where the problem is."""

    def __init__(self, message: str, position: int):
        self.message = message
        self.position = max(0, position)
        super().__init__(message)

    @property
    def column(self) -> int:
        return self.position + 1

    def __str__(self) -> str:
        return _("Column {column}: {message}").format(column=self.column, message=self.message)


# --- the tree ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Word:
    """One word of a term: lower-case NFC (``exact``) or folded; ``prefix`` for ``x*``."""

    text: str
    prefix: bool = False


@dataclass(frozen=True)
class Term:
    """A word or a phrase. ``exact``: typed with diacritics, so matched with them."""

    words: tuple[Word, ...]
    exact: bool
    typed: str  # as written in the query, for explanations
    position: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Filter:
    key: str  # lang | country | source | kind
    value: str  # lang: lower; country: upper; kind: a KINDS value; source: folded
    position: int = field(default=0, compare=False)


@dataclass(frozen=True)
class Not:
    child: Node


@dataclass(frozen=True)
class And:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    children: tuple[Node, ...]


@dataclass(frozen=True)
class Near:
    left: Node
    right: Node
    distance: int


Node = Term | Filter | Not | And | Or | Near


# --- text preparation (shared with the matcher) -------------------------------------------


def normalise(text: str) -> str:
    """NFC, lower case: the ``exact`` form of text and query words."""
    return unicodedata.normalize("NFC", text or "").lower()


@functools.lru_cache(maxsize=20_000)
def _chunk_words(chunk: str) -> tuple[str, ...]:
    return tuple(WORD_RE.findall(chunk))


def tokenize(text: str) -> list[str]:
    """The words of already ``normalise``-d text: ``WORD_RE.findall``, several times faster.

    Most whitespace-separated chunks are plain words (``str.isalnum`` in C); only the
    others (punctuation, leftover combining marks) go through the expression.
    """
    out: list[str] = []
    append, extend = out.append, out.extend
    for chunk in text.split():
        if chunk.isalnum():
            append(chunk)
        elif len(chunk) <= 40:
            extend(_chunk_words(chunk))
        else:
            extend(WORD_RE.findall(chunk))
    return out


def has_diacritics(text: str) -> bool:
    lowered = normalise(text)
    return lowered != fold(lowered)


# --- the lexer -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Token:
    kind: str  # LPAREN RPAREN AND OR NOT NEAR WORD PHRASE FILTER EOF
    text: str
    position: int
    value: object = None  # NEAR: distance; FILTER: (key, value-token)


def _lex(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(query)
    while i < n:
        ch = query[i]
        if ch.isspace():
            i += 1
        elif ch == "(":
            tokens.append(_Token("LPAREN", ch, i))
            i += 1
        elif ch == ")":
            tokens.append(_Token("RPAREN", ch, i))
            i += 1
        elif ch == '"' or ch == "\u201c" or ch == "\u201d":
            end = _closing_quote(query, i)
            tokens.append(_Token("PHRASE", query[i + 1 : end], i))
            i = end + 1
        else:
            start = i
            m = _FILTER_RE.match(query, i)
            if m:
                key = m.group(1).lower()
                if key not in FILTER_KEYS:
                    raise QueryError(
                        _("Unknown filter “{key}:”; use lang:, country:, source: or kind:.").format(
                            key=m.group(1)
                        ),
                        start,
                    )
                i = m.end()
                if i < n and query[i] in '"\u201c\u201d':
                    end = _closing_quote(query, i)
                    value, i = query[i + 1 : end], end + 1
                else:
                    j = i
                    while j < n and not query[j].isspace() and query[j] not in '()"':
                        j += 1
                    value, i = query[i:j], j
                if not value.strip():
                    raise QueryError(
                        _("The filter “{key}:” needs a value, e.g. lang:vi.").format(key=key), start
                    )
                tokens.append(_Token("FILTER", query[start:i], start, (key, value)))
                continue
            while i < n and not query[i].isspace() and query[i] not in '()"\u201c\u201d':
                i += 1
            text = query[start:i]
            if text in ("AND", "OR", "NOT"):
                tokens.append(_Token(text, text, start))
                continue
            near = _NEAR_RE.fullmatch(text)
            if near:
                if not near.group(1):
                    raise QueryError(
                        _("NEAR needs a distance in words, e.g. NEAR/5."), start + len(text)
                    )
                distance = int(near.group(1))
                if distance > MAX_NEAR:
                    raise QueryError(
                        _("NEAR allows at most {max} words between terms.").format(max=MAX_NEAR),
                        start + 5,
                    )
                tokens.append(_Token("NEAR", text, start, distance))
                continue
            tokens.append(_Token("WORD", text, start))
    tokens.append(_Token("EOF", "", n))
    return tokens


def _closing_quote(query: str, start: int) -> int:
    for j in range(start + 1, len(query)):
        if query[j] in '"\u201c\u201d':
            return j
    raise QueryError(_("This quotation mark is never closed."), start)


# --- the parser ------------------------------------------------------------------------------


class _Parser:
    def __init__(self, query: str):
        self.query = query
        self.tokens = _lex(query)
        self.i = 0
        self.depth = 0
        self.terms = 0

    @property
    def tok(self) -> _Token:
        return self.tokens[self.i]

    def take(self) -> _Token:
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def parse(self) -> Node:
        if self.tok.kind == "EOF":
            raise QueryError(_("The query is empty."), 0)
        node = self.or_expr()
        if self.tok.kind == "RPAREN":
            raise QueryError(_("This closing parenthesis has no opening one."), self.tok.position)
        if self.tok.kind != "EOF":  # pragma: no cover - every other token starts a unary
            raise QueryError(
                _("Unexpected “{text}”.").format(text=self.tok.text), self.tok.position
            )
        return node

    def or_expr(self) -> Node:
        children = [self.and_expr()]
        while self.tok.kind == "OR":
            self.take()
            children.append(self.and_expr())
        return children[0] if len(children) == 1 else Or(tuple(children))

    def and_expr(self) -> Node:
        children = [self.unary()]
        while self.tok.kind in ("AND", "NOT", "WORD", "PHRASE", "FILTER", "LPAREN"):
            if self.tok.kind == "AND":
                self.take()
            children.append(self.unary())
        return children[0] if len(children) == 1 else And(tuple(children))

    def unary(self) -> Node:
        if self.tok.kind == "NOT":
            self.take()
            self._enter()
            child = self.unary()
            self.depth -= 1
            return Not(child)
        return self.near()

    def near(self) -> Node:
        node = self.primary()
        while self.tok.kind == "NEAR":
            op = self.take()
            right = self.primary()
            for side in (node, right):
                if not _near_operand(side):
                    raise QueryError(
                        _(
                            "NEAR joins words, phrases or groups of them joined by OR "
                            "(no AND, NOT or filters inside)."
                        ),
                        op.position,
                    )
            node = Near(node, right, int(op.value))
        return node

    def primary(self) -> Node:
        tok = self.tok
        if tok.kind == "LPAREN":
            self.take()
            self._enter()
            if self.tok.kind == "RPAREN":
                raise QueryError(_("Empty parentheses."), tok.position)
            node = self.or_expr()
            self.depth -= 1
            if self.tok.kind != "RPAREN":
                raise QueryError(_("This parenthesis is never closed."), tok.position)
            self.take()
            return node
        if tok.kind in ("WORD", "PHRASE"):
            self.take()
            return self.term(tok)
        if tok.kind == "FILTER":
            self.take()
            return _filter(tok)
        if tok.kind == "EOF":
            raise QueryError(_("The query ends too early: a term is missing."), tok.position)
        if tok.kind == "RPAREN":
            raise QueryError(_("A term is missing before this parenthesis."), tok.position)
        raise QueryError(_("“{op}” needs a term on each side.").format(op=tok.text), tok.position)

    def term(self, tok: _Token) -> Term:
        self.terms += 1
        if self.terms > MAX_TERMS:
            raise QueryError(
                _("A query may have at most {max} terms.").format(max=MAX_TERMS), tok.position
            )
        offset = tok.position + (1 if tok.kind == "PHRASE" else 0)
        raw_words = list(_QUERY_WORD_RE.finditer(tok.text))
        if not raw_words:
            raise QueryError(_("There is no word to search for here."), tok.position)
        exact = has_diacritics(tok.text)
        words = []
        for m in raw_words:
            raw = m.group()
            star = raw.find("*")
            if star != -1 and (star != len(raw) - 1):
                raise QueryError(_("A wildcard * can only end a word."), offset + m.start() + star)
            stem = normalise(raw.rstrip("*"))
            if star != -1 and len(fold(stem)) < MIN_WILDCARD_PREFIX:
                raise QueryError(
                    _("A wildcard needs at least {count} letters before it.").format(
                        count=MIN_WILDCARD_PREFIX
                    ),
                    offset + m.start() + star,
                )
            text = stem if exact else fold(stem)
            if not text:
                raise QueryError(_("There is no word to search for here."), offset + m.start())
            words.append(Word(text, prefix=star != -1))
        typed = tok.text if tok.kind == "WORD" else f'"{tok.text}"'
        return Term(tuple(words), exact, typed, tok.position)

    def _enter(self) -> None:
        self.depth += 1
        if self.depth > MAX_DEPTH:
            raise QueryError(
                _("Too many nested parentheses (at most {max}).").format(max=MAX_DEPTH),
                self.tok.position,
            )


def _near_operand(node: Node) -> bool:
    if isinstance(node, Term):
        return True
    if isinstance(node, Or):
        return all(_near_operand(c) for c in node.children)
    return False


def _filter(tok: _Token) -> Filter:
    key, raw = tok.value  # type: ignore[misc]
    value = raw.strip()
    if key == "lang":
        value = value.lower()
        if not _LANG_RE.match(value):
            raise QueryError(
                _("A language is a two- or three-letter code, e.g. lang:vi or lang:en."),
                tok.position,
            )
    elif key == "country":
        if not _COUNTRY_RE.match(value.lower()):
            raise QueryError(
                _("A country is a two-letter ISO code, e.g. country:US."), tok.position
            )
        value = value.upper()
    elif key == "kind":
        value = value.lower()
        if value not in KINDS:
            raise QueryError(_("A source kind is domestic, foreign or official."), tok.position)
    else:  # source
        value = " ".join(WORD_RE.findall(fold(value)))
        if not value:
            raise QueryError(_("The filter “source:” needs a name."), tok.position)
    return Filter(key, value, tok.position)


def _requires_term(node: Node) -> bool:
    """True when no article without any term can match ``node``."""
    if isinstance(node, (Term, Near)):
        return True
    if isinstance(node, (Filter, Not)):
        return False
    if isinstance(node, And):
        return any(_requires_term(c) for c in node.children)
    return all(_requires_term(c) for c in node.children)  # Or


def parse(query: str) -> Node:
    """The tree of ``query``; raises :class:`QueryError`."""
    if not isinstance(query, str):
        raise QueryError(_("The query is empty."), 0)
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(
            _("A query may be at most {max} characters long.").format(max=MAX_QUERY_CHARS),
            MAX_QUERY_CHARS,
        )
    # Controls and format characters (zero-width, bidi) would hide part of a query.
    for i, ch in enumerate(query):
        if unicodedata.category(ch) in ("Cc", "Cf", "Cs") and ch not in "\t\n\r":
            raise QueryError(_("The query contains an invisible control character."), i)
    node = _Parser(query).parse()
    if not _requires_term(node):
        raise QueryError(
            _(
                "The query must require at least one word or phrase: NOT or filters alone "
                "would select every article."
            ),
            0,
        )
    return node


def terms_of(node: Node, *, positive: bool = True) -> list[Term]:
    """The terms of ``node`` in query order; only those not under NOT when ``positive``."""
    out: list[Term] = []

    def walk(n: Node, negated: bool) -> None:
        if isinstance(n, Term):
            if not (positive and negated):
                out.append(n)
        elif isinstance(n, Not):
            walk(n.child, not negated)
        elif isinstance(n, (And, Or)):
            for c in n.children:
                walk(c, negated)
        elif isinstance(n, Near):
            walk(n.left, negated)
            walk(n.right, negated)

    walk(node, False)
    return out


def filters_of(node: Node) -> list[Filter]:
    """Filters that every match must satisfy (those AND-ed at the top level)."""
    if isinstance(node, Filter):
        return [node]
    if isinstance(node, And):
        return [c for c in node.children if isinstance(c, Filter)]
    return []
