"""Which requests came through ttdn's own reverse proxies, and what those proxies say.

One setting, ``TTDN_TRUSTED_PROXIES`` (addresses or networks of the proxies; empty: clients
connect directly), decides every use of the ``X-Forwarded-*`` headers: gunicorn's
``forwarded_allow_ips`` (the access log, ``wsgi.url_scheme``), Django's HTTPS detection
(``SECURE_PROXY_SSL_HEADER``, only for requests a proxy sent: :class:`ForwardedHeaders`)
and the client address that login throttling counts (:func:`client_address`).
See docs/decisions/0017-production-deployment.md.
"""

import ipaddress
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse

# What a proxy may tell the application about the client's connection.
FORWARDED_META = ("HTTP_X_FORWARDED_PROTO", "HTTP_X_FORWARDED_FOR", "HTTP_X_FORWARDED_HOST")


def _address(value: str | None) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        return ipaddress.ip_address((value or "").strip())
    except ValueError:
        return None


def is_trusted_proxy(value: str | None) -> bool:
    address = _address(value)
    return address is not None and any(address in net for net in settings.TTDN_TRUSTED_PROXIES)


def client_address(meta: dict) -> str | None:
    """The client's address: the connection's, or, when a trusted proxy sent the request,
    the nearest address in ``X-Forwarded-For`` that is not one of our proxies (read from the
    right: entries further left are whatever the client claimed)."""
    remote = meta.get("REMOTE_ADDR") or None
    if not is_trusted_proxy(remote):
        return remote
    hops = [part.strip() for part in meta.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    for hop in reversed([h for h in hops if h]):
        address = _address(hop)
        if address is None:
            return remote  # a malformed chain: count the proxy, never a made-up address
        if not is_trusted_proxy(hop):
            return str(address)
    return remote


class ForwardedHeaders:
    """Drops the ``X-Forwarded-*`` headers of a request that did not come from a trusted
    proxy, so that a client reaching the application directly cannot claim HTTPS or
    another address. First in ``MIDDLEWARE``."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if not is_trusted_proxy(request.META.get("REMOTE_ADDR")):
            for key in FORWARDED_META:
                request.META.pop(key, None)
        return self.get_response(request)
