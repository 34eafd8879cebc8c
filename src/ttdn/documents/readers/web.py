"""Web pages (.html): the article, without the portal's menus, counters and footers.

Portals publish plans as news articles framed by navigation, visitor counters and
footers. trafilatura finds the article and returns it as XML (headings, paragraphs,
lists, and tables with rows and cells, merged cells already spread over the grid),
which is walked here so that tables become real tables. When trafilatura finds no
article (a bare page), all the text of the page is used instead.

The page is only parsed, never run. Before anything reads it, what a browser would not
show is removed: scripts, styles, templates, frames, comments, and elements marked
hidden. The text is built from text nodes alone, so attributes (event handlers,
``javascript:`` links) never reach it.
"""

from __future__ import annotations

import codecs
import html.parser
import logging
import re
from pathlib import Path

import lxml.etree
import lxml.html
import lxml.html.defs
import trafilatura
from trafilatura.core import determine_returnstring
from trafilatura.settings import Extractor

from ttdn.core.text import markup_safe, nfc
from ttdn.documents.encodings import decode_text
from ttdn.documents.readers.builder import TextBuilder
from ttdn.documents.source import SourceDocument

META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# trafilatura's block elements: their content starts on a line of its own
BLOCKS = {"p", "head", "list", "item", "quote", "code", "table", "row", "cell"}
# HTML elements that show no text of the document (or none at all)
INVISIBLE = (
    "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
)  # fmt: skip
HTML_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol",
    "p", "pre", "section", "table", "td", "th", "tr", "ul",
}  # fmt: skip
# a run of whitespace other than line feeds
_BLANKS_RE = re.compile(r"[^\S\n]+")
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
# the page's elements that may be hidden: those with a "hidden" or a "style" attribute
_HIDDEN_OR_STYLED = lxml.etree.XPath("descendant-or-self::*[@hidden or @style]")
# What trafilatura.extract(page, output_format="xml", include_tables=True, and no comments,
# links, images, formatting or deduplication) reads with, built once: the reader calls its
# two steps itself (:func:`_article`).
ARTICLE_OPTIONS = Extractor(
    output_format="xml",
    tables=True,
    comments=False,
    links=False,
    images=False,
    formatting=False,
    dedup=False,
)
# Nesting past which a page is read as a stream of tags: trafilatura's look-ups grow with
# depth (seconds at a few thousand levels), and libxml2 drops what lies past 2,048.
DEEP = 400

# trafilatura logs "discarding data" at WARNING whenever a page holds no article of its
# length; the reader then takes the page's own text, so that is not worth a log line.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


def read_html(path: Path, *, name: str) -> SourceDocument:
    html, encoding = _decode(path.read_bytes())
    html = markup_safe(html)
    page = _visible_page(html)
    builder = TextBuilder(name)
    if page is None:
        return builder.document(format="html", encoding=encoding)
    if _depth(page) >= DEEP:  # sloppy portals leave a <font> or <div> open per paragraph
        builder.paragraph(_streamed_text(html))
        return builder.document(format="html", encoding=encoding)
    article = _article(page)
    if article:
        parser = lxml.etree.XMLParser(resolve_entities=False, no_network=True)
        main = lxml.etree.fromstring(article.encode("utf-8"), parser).find("main")
        if main is not None:
            _render(main, builder)
    document = builder.document(format="html", encoding=encoding)
    if document.text.strip():
        return document
    builder = TextBuilder(name)
    builder.paragraph(_all_text(page))
    return builder.document(format="html", encoding=encoding)


def _article(page) -> str | None:
    """The article trafilatura finds in the page, as its XML, or None.

    What ``trafilatura.extract(page, output_format="xml", …)`` returns, but for the
    simhash fingerprint it works out for the XML's metadata (a fifth of its time on a
    portal page), which the reader never reads: only ``<main>`` is.
    """
    # trafilatura works on a copy: the page is still whole for the reader's fallback
    document = trafilatura.bare_extraction(page, options=ARTICLE_OPTIONS)
    if document is None:
        return None
    return determine_returnstring(document, ARTICLE_OPTIONS)


def _visible_page(html: str):
    """The parsed page without what a browser would not show as text, or None."""
    # huge_tree: libxml2 keeps 2,048 levels of nesting rather than 256
    parser = lxml.html.HTMLParser(huge_tree=True)
    try:  # lxml refuses a str that declares its encoding (XHTML's "<?xml … ?>")
        page = lxml.html.document_fromstring(XML_DECLARATION.sub("", html, count=1), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        return None
    lxml.etree.strip_elements(
        page, lxml.etree.Comment, lxml.etree.ProcessingInstruction, *INVISIBLE, with_tail=False
    )
    hidden = [
        element
        for element in _HIDDEN_OR_STYLED(page)  # (found in C, not by a walk over every element)
        if element.get("hidden") is not None or HIDDEN_STYLE.search(element.get("style", ""))
    ]
    for element in hidden:
        element.drop_tree()
    return page


def _depth(page) -> int:
    """How deep the page's elements nest."""
    depth = deepest = 0
    for event, _element in lxml.etree.iterwalk(page, events=("start", "end")):
        depth += 1 if event == "start" else -1
        deepest = max(deepest, depth)
    return deepest


def _decode(data: bytes) -> tuple[str, str]:
    """The page's text, in the charset it declares if that fits its bytes."""
    declared = META_CHARSET.search(data[:4096])
    if declared and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        try:
            codec = codecs.lookup(declared.group(1).decode("ascii")).name
            return data.decode(codec), codec
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common: let the bytes speak
    decoded = decode_text(data)
    return decoded.text, decoded.encoding


def _render(main, builder: TextBuilder) -> None:
    for block in main:
        if block.tag == "table":
            builder.table([[_flat(cell) for cell in row.iter("cell")] for row in block.iter("row")])
        elif block.tag == "list":
            _render_list(block, builder)
        else:
            builder.paragraph(_flat(block))


def _render_list(element, builder: TextBuilder) -> None:
    ordered = (element.get("rend") or "").startswith("ol")
    for number, item in enumerate(element.iterchildren("item"), start=1):
        marker = f"{number}. " if ordered else "- "
        builder.paragraph(marker + _flat(item))


def _flat(element) -> str:
    """The element's text; line breaks and nested blocks start new lines."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            parts.append("\n")
        elif child.tag in BLOCKS:
            parts.append("\n" + _flat(child) + "\n")
        else:
            parts.append(_flat(child))
        parts.append(child.tail or "")
    return _tidy("".join(parts))


def _tidy(text: str) -> str:
    """Each line squashed (:func:`~ttdn.core.text.squash`), empty lines dropped."""
    # (squash line by line, in one pass: NFC never joins across a line feed, and a run of
    # blanks inside a line is one of ``_BLANKS_RE``'s)
    return "\n".join(filter(None, map(str.strip, _BLANKS_RE.sub(" ", nfc(text)).split("\n"))))


def _all_text(page) -> str:
    """All the text of the page's body, one block element per line."""
    body = page.find("body")
    if body is None:
        return ""
    for element in body.iter(*HTML_BLOCKS):
        element.text = "\n" + (element.text or "")
        element.tail = "\n" + (element.tail or "")
    return _tidy(body.text_content())


def _streamed_text(html_text: str) -> str:
    """The page's visible text read as a stream of tags, whatever its depth."""
    reader = _TextStream()
    reader.feed(html_text)
    reader.close()
    return _tidy("".join(reader.parts))


class _TextStream(html.parser.HTMLParser):
    """Text outside invisible and hidden elements, a line per block element."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.open: list[tuple[str, bool]] = []  # (tag, shows nothing)
        self.unseen = 0  # how many of the open elements show nothing

    def handle_starttag(self, tag, attrs):
        if tag in HTML_BLOCKS:
            self.parts.append("\n")
        if tag in lxml.html.defs.empty_tags:  # <br>, <img>: nothing to close
            return
        attributes = dict(attrs)
        unseen = (
            tag in INVISIBLE
            or "hidden" in attributes
            or bool(HIDDEN_STYLE.search(attributes.get("style") or ""))
        )
        self.open.append((tag, unseen))
        self.unseen += unseen

    def handle_endtag(self, tag):
        if tag in HTML_BLOCKS:
            self.parts.append("\n")
        for depth in range(len(self.open) - 1, -1, -1):  # close it and what it left open
            if self.open[depth][0] == tag:
                self.unseen -= sum(unseen for _tag, unseen in self.open[depth:])
                del self.open[depth:]
                return

    def handle_data(self, data):
        if not self.unseen:
            self.parts.append(data)
