"""One address per article: the normalised URL that duplicates share.

The same article reaches ttdn under several addresses: with tracking parameters
(``utm_*``, ``fbclid``…), a fragment, a trailing slash, the mobile or AMP edition
(``m.``, ``amp.``, ``/amp/``, ``?amp=1``, ``.amp``), ``http`` and ``https``, upper-case
hosts, a default port. :func:`normalise_url` maps all of them to one string;
:func:`url_key` is its sha256, the article's unique key.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = frozenset(
    {
        "fbclid", "gclid", "dclid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
        "_ga", "_gl", "ref", "ref_src", "cmpid", "ocid", "spm", "share", "amp",
        "zarsrc", "gidzl",
    }
)  # fmt: skip
TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_")
MOBILE_HOST_PREFIXES = ("m.", "mobile.", "amp.", "www.")
AMP_PATH = re.compile(r"(?:/amp(?=/|$)|\.amp(?=\.html?$|$))", re.IGNORECASE)


def _host(netloc: str, scheme: str) -> str:
    host = netloc.rsplit("@", 1)[-1].lower()
    if host.endswith(":80") and scheme == "http" or host.endswith(":443") and scheme == "https":
        host = host.rsplit(":", 1)[0]
    host = host.rstrip(".")
    changed = True
    while changed:
        changed = False
        for prefix in MOBILE_HOST_PREFIXES:
            if host.startswith(prefix) and host.count(".") >= 2:
                host = host[len(prefix) :]
                changed = True
    with contextlib.suppress(UnicodeError):
        host = host.encode("idna").decode("ascii")
    return host


def normalise_url(url: str) -> str:
    """The address every copy of one article shares.

    The scheme is not part of an article's identity: ``http`` and ``https`` copies are
    one article, written ``https``.

    >>> normalise_url("http://M.Example.vn/tin-tuc/bai-viet/amp/?utm_source=fb&id=3#top")
    'https://example.vn/tin-tuc/bai-viet?id=3'
    """
    parts = urlsplit((url or "").strip())
    scheme = parts.scheme.lower()
    host = _host(parts.netloc, scheme)
    path = unquote(parts.path or "/")
    path = AMP_PATH.sub("", path)
    path = re.sub(r"/{2,}", "/", path)
    if len(path) > 1:
        path = path.rstrip("/")
    path = quote(path, safe="/:@!$&'()*+,;=-._~%")
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS and not k.lower().startswith(TRACKING_PREFIXES)
    ]
    query.sort()
    return urlunsplit(("https", host, path or "/", urlencode(query), ""))


def url_key(url: str) -> str:
    """The sha256 of the normalised address: the article's unique key."""
    return hashlib.sha256(normalise_url(url).encode("utf-8")).hexdigest()
