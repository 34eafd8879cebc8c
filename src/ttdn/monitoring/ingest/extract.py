"""An article's text, metadata, sanitised HTML and language from its page.

trafilatura finds the article in the page (without menus, comments, footers) and its
metadata (title, author, publication date, canonical address). The article's HTML is
kept only after nh3 has cleaned it: a short list of text elements, no script, no event
handler, no style, links made inert (``rel="nofollow noopener noreferrer"``), and images
only when ``TTDN_MONITORING_ALLOW_REMOTE_IMAGES`` is set (else dropped). Text is cleaned
with ``core.text.clean_text`` like every text that enters ttdn.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from urllib.parse import urljoin

import lxml.html
import nh3
import trafilatura
from django.conf import settings
from django.utils.dateparse import parse_datetime

from ttdn.core.text import markup_safe, squash
from ttdn.monitoring.ingest.cleaning import clean as clean_text
from ttdn.monitoring.ingest.language import detect_language, normalise_language

ALLOWED_TAGS = {
    "p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre",
    "code", "b", "strong", "i", "em", "u", "sub", "sup", "table", "thead", "tbody", "tr",
    "th", "td", "caption", "figure", "figcaption", "a", "hr", "del", "ins", "q", "cite",
}  # fmt: skip
MAX_TEXT = 200_000
DECLARED_LANG = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$")


@dataclass
class Extracted:
    title: str
    text: str
    html: str
    author: str
    published_at: datetime.datetime | None
    language: str
    language_origin: str  # "declared" | "detected" | ""
    canonical_url: str


def sanitise_html(html: str, *, allow_images: bool | None = None) -> str:
    """HTML safe to show inside a ttdn page (nh3; images only if allowed)."""
    if allow_images is None:
        allow_images = settings.TTDN_MONITORING_ALLOW_REMOTE_IMAGES
    tags = set(ALLOWED_TAGS) | ({"img"} if allow_images else set())
    attributes = {
        "a": {"href", "title"},
        "td": {"colspan", "rowspan"},
        "th": {"colspan", "rowspan"},
    }
    if allow_images:
        attributes["img"] = {"src", "alt", "title"}
    return nh3.clean(
        html,
        tags=tags,
        attributes=attributes,
        url_schemes={"http", "https"},
        link_rel="nofollow noopener noreferrer",
        strip_comments=True,
    ).strip()


def _declared_language(tree) -> str:
    if tree is None:
        return ""
    candidates = [tree.get("lang"), tree.get("xml:lang")]
    for meta in tree.iterfind(".//meta"):
        key = (meta.get("http-equiv") or meta.get("property") or meta.get("name") or "").lower()
        if key in ("content-language", "og:locale", "language", "dc.language"):
            candidates.append(meta.get("content"))
    for value in candidates:
        value = (value or "").strip().split(",")[0].strip()
        if value and DECLARED_LANG.match(value):
            return normalise_language(value)
    return ""


def parse_date(value: str | None) -> datetime.datetime | None:
    if not value:
        return None
    value = value.strip()
    try:
        parsed = parse_datetime(value)
    except ValueError:
        parsed = None
    if parsed is None:
        for fmt in ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d"):
            try:
                parsed = datetime.datetime.strptime(value, fmt)  # noqa: DTZ007 (zone set below)
                break
            except ValueError:
                continue
    if parsed is None:
        return None
    if parsed.tzinfo is None:
        # A page that gives no zone: the outlet's local time is unknown; take UTC.
        parsed = parsed.replace(tzinfo=datetime.UTC)
    return parsed


def _parse_tree(html: str):
    try:
        return lxml.html.document_fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return None


def _bare(tree, url: str, *, fast: bool):
    return trafilatura.bare_extraction(
        tree,
        url=url or None,
        fast=fast,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=True,
        include_links=True,
        include_formatting=False,
        date_extraction_params={
            "outputformat": "%Y-%m-%dT%H:%M:%S%z",
            "extensive_search": True,
            "original_date": True,
        },
    )


def extract_article(html: str, *, url: str = "") -> Extracted | None:
    """The article in ``html`` (already decoded), or None when the page has no text."""
    html = markup_safe(html)
    tree = _parse_tree(html)
    if tree is None:
        return None
    declared = _declared_language(tree)
    # trafilatura's own algorithm first (fast); its fallbacks (readability, jusText) only
    # for a page where it finds nothing: three times faster on ordinary news pages.
    document = _bare(tree, url, fast=True)
    if document is None or not (document.text or "").strip():
        tree = _parse_tree(html)  # trafilatura changed the first tree
        document = _bare(tree, url, fast=False)
    if document is None or not (document.text or "").strip():
        return None
    text = clean_text(document.text)[:MAX_TEXT].strip()
    title = squash(clean_text(document.title or "", multiline=False))[:500]
    if not title:
        title = squash(text.split("\n", 1)[0])[:200]
    try:
        from trafilatura.htmlprocessing import build_html_output

        raw_html = build_html_output(document)
    except Exception:  # noqa: BLE001 — an internal helper of trafilatura; the text suffices
        raw_html = ""
    language, origin = declared, "declared" if declared else ""
    if not language:
        language = detect_language(f"{title}\n{text}")
        origin = "detected" if language else ""
    return Extracted(
        title=title,
        text=text,
        html=sanitise_html(raw_html)[: MAX_TEXT * 2],
        author=squash(clean_text(document.author or "", multiline=False))[:300],
        published_at=parse_date(document.date),
        language=language,
        language_origin=origin,
        canonical_url=urljoin(url, (document.url or "").strip()) if document.url else "",
    )
