"""The articles a source lists: from an RSS/Atom feed, a sitemap or a listing page.

Each reader takes the fetched bytes and returns :class:`Entry` items (address, and what
the listing already says: title, date, author, summary, language). A feed that is not a
feed, a sitemap that is not XML, raise ``FetchError`` ("bad_feed", "bad_sitemap"). XML is
parsed without entities, DTDs or network access (no XXE, no billion laughs).
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

import feedparser
import lxml.etree
import lxml.html

from ttdn.core.text import clean_text, squash
from ttdn.monitoring.ingest.errors import FetchError
from ttdn.monitoring.ingest.extract import parse_date
from ttdn.monitoring.ingest.fetch import Response
from ttdn.monitoring.ingest.language import normalise_language

MAX_ENTRIES = 500
SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
NEWS_NS = "{http://www.google.com/schemas/sitemap-news/0.9}"
# A listing page's links that look like articles: a long slug, a number, or .html.
ARTICLE_PATH = re.compile(r"(\.s?html?$|\d{4,}|[^/]*-[^/]*-[^/]*-[^/]*)", re.IGNORECASE)


@dataclass
class Entry:
    url: str
    title: str = ""
    published_at: datetime.datetime | None = None
    author: str = ""
    summary: str = ""
    language: str = ""


def _line(value) -> str:
    return squash(clean_text(str(value or ""), multiline=False))


def _struct_time(value) -> datetime.datetime | None:
    if not value:
        return None
    try:
        return datetime.datetime.fromtimestamp(calendar.timegm(value), tz=datetime.UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def read_feed(response: Response) -> list[Entry]:
    """The entries of an RSS or Atom feed (feedparser, which copes with most broken ones)."""
    parsed = feedparser.parse(
        response.content,
        response_headers={"content-type": response.headers.get("content-type", "")},
        sanitize_html=False,  # only the text of summaries is kept
        resolve_relative_uris=False,
    )
    language = normalise_language(parsed.feed.get("language", ""))
    entries = []
    for item in parsed.entries[:MAX_ENTRIES]:
        link = (item.get("link") or "").strip()
        if not link:
            continue
        summary = item.get("summary") or ""
        if "<" in summary:
            summary = lxml.html.fromstring(f"<div>{summary}</div>").text_content()
        entries.append(
            Entry(
                url=urljoin(response.url, link),
                title=_line(item.get("title"))[:500],
                published_at=_struct_time(
                    item.get("published_parsed") or item.get("updated_parsed")
                ),
                author=_line(item.get("author"))[:300],
                summary=clean_text(summary).strip()[:5000],
                language=language,
            )
        )
    if not entries:
        # An empty feed is fine; a broken one, or something that is no feed, is an error.
        if parsed.get("bozo"):
            raise FetchError("bad_feed", str(parsed.get("bozo_exception", ""))[:300])
        if not parsed.get("version"):
            raise FetchError("bad_feed", "not a feed")
    return entries


def _xml(content: bytes):
    parser = lxml.etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=False
    )
    try:
        return lxml.etree.fromstring(content, parser=parser)
    except (lxml.etree.XMLSyntaxError, ValueError) as exc:
        raise FetchError("bad_sitemap", str(exc)[:300]) from None


def read_sitemap(response: Response) -> tuple[list[Entry], list[str]]:
    """A sitemap's articles (newest first) and, for a sitemap index, its sitemaps."""
    root = _xml(response.content)
    tag = lxml.etree.QName(root).localname
    if tag == "sitemapindex":
        locs = [
            (el.findtext(f"{SITEMAP_NS}loc") or "").strip()
            for el in root.iter(f"{SITEMAP_NS}sitemap")
        ]
        return [], [urljoin(response.url, loc) for loc in locs if loc][:MAX_ENTRIES]
    if tag != "urlset":
        raise FetchError("bad_sitemap", f"root element {tag}")
    entries = []
    for el in root.iter(f"{SITEMAP_NS}url"):
        loc = (el.findtext(f"{SITEMAP_NS}loc") or "").strip()
        if not loc:
            continue
        news = el.find(f"{NEWS_NS}news")
        when = None
        title = language = ""
        if news is not None:
            when = parse_date(news.findtext(f"{NEWS_NS}publication_date"))
            title = _line(news.findtext(f"{NEWS_NS}title"))[:500]
            language = normalise_language(news.findtext(f".//{NEWS_NS}language") or "")
        when = when or parse_date(el.findtext(f"{SITEMAP_NS}lastmod"))
        entries.append(
            Entry(url=urljoin(response.url, loc), title=title, published_at=when, language=language)
        )
    epoch = datetime.datetime.min.replace(tzinfo=datetime.UTC)
    entries.sort(key=lambda e: e.published_at or epoch, reverse=True)
    return entries[:MAX_ENTRIES], []


def read_listing(response: Response) -> list[Entry]:
    """The article links of a listing page: same host, article-like paths, in page order."""
    try:
        tree = lxml.html.document_fromstring(response.text())
    except (lxml.etree.ParserError, ValueError):
        raise FetchError("no_content", "not an HTML page") from None
    base = urlsplit(response.url)
    seen, entries = set(), []
    for anchor in tree.iterfind(".//a[@href]"):
        url = urljoin(response.url, anchor.get("href", "").strip()).split("#")[0]
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or parts.netloc != base.netloc:
            continue
        if url in seen or url.rstrip("/") == response.url.rstrip("/"):
            continue
        if not ARTICLE_PATH.search(parts.path):
            continue
        seen.add(url)
        entries.append(Entry(url=url, title=_line(anchor.text_content())[:500]))
        if len(entries) >= MAX_ENTRIES:
            break
    return entries
