"""Polite HTTP: the only way monitoring reaches the outside (decision 0031).

Every request :class:`Fetcher` sends

- goes only to ``http``/``https`` addresses on an allowed host
  (``TTDN_MONITORING_ALLOWED_HOSTS``, checked again at each redirect), through
  ``TTDN_MONITORING_PROXY`` if set (never through proxies the environment names);
- asks the host's ``robots.txt`` first (read once a day, kept in :class:`HostSlot`;
  a missing one allows everything, an unreachable one nothing, as RFC 9309 says);
- waits its turn at the host: at most one request every ``TTDN_MONITORING_HOST_INTERVAL``
  seconds (or the robots.txt ``Crawl-delay``), claimed with a conditional ``UPDATE`` on
  the host's row so that workers on several machines share the limit;
- sends ``If-None-Match`` / ``If-Modified-Since`` when it has them (conditional GET);
- stops after ``TTDN_MONITORING_TIMEOUT`` seconds without an answer or
  ``TTDN_MONITORING_TOTAL_TIMEOUT`` in all, after ``TTDN_MONITORING_MAX_BYTES`` of body
  (streamed, never read whole), and after ``TTDN_MONITORING_MAX_REDIRECTS`` redirects
  or a redirect back to an address already visited.

Failures raise :class:`~ttdn.monitoring.ingest.errors.FetchError` with a stable code.
"""

from __future__ import annotations

import datetime
import re
import time
import urllib.robotparser
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx
from django.conf import settings
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils import timezone

from ttdn.documents.encodings import decode_text
from ttdn.monitoring.ingest.errors import FetchError
from ttdn.monitoring.models import HostSlot

REDIRECTS = {301, 302, 303, 307, 308}
ROBOTS_MAX_BYTES = 512 * 1024
CHARSET = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]+encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)", re.IGNORECASE)
# The longest single wait for a host's turn; past it the fetch gives up for now.
MAX_HOST_WAIT = 120.0


@dataclass
class Response:
    url: str  # after redirects
    status: int
    content: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    not_modified: bool = False

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    def text(self) -> str:
        """The body as text: the declared charset (header, then ``<meta>`` or the XML
        declaration) when the bytes decode with it, else detected (UTF-8, the Vietnamese
        legacy encodings, charset-normalizer: ``documents.encodings.decode_text``)."""
        declared = []
        match = CHARSET.search(self.headers.get("content-type", ""))
        if match:
            declared.append(match.group(1))
        head = self.content[:4096]
        for pattern in (XML_ENCODING, META_CHARSET):
            found = pattern.search(head)
            if found:
                declared.append(found.group(1).decode("ascii", "replace"))
        for name in declared:
            try:
                return self.content.decode(name).replace("\r\n", "\n")
            except (LookupError, UnicodeDecodeError):
                continue  # unknown codec or the page lies about its encoding: detect
        return decode_text(self.content).text


HTML_TYPES = {"", "text/html", "application/xhtml+xml", "text/plain"}
# control characters but line breaks and tab, C1 controls, DEL, the replacement character
NOISE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd]")


def looks_like_html(response: Response) -> bool:
    """Whether a page is worth reading: an HTML type, and text rather than binary noise
    (at most 1 % control or undecodable characters in its first 20,000)."""
    if response.content_type not in HTML_TYPES:
        return False
    sample = response.text()[:20_000]
    if not sample.strip():
        return False
    return len(NOISE.findall(sample)) <= len(sample) // 100


def host_of(url: str) -> str:
    """The host (with a port other than the default) a request to ``url`` goes to."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    if parts.port and parts.port not in (80, 443):
        host = f"{host}:{parts.port}"
    return host


def host_allowed(url: str) -> bool:
    """Whether ``url`` is a web address on an allowed host (any host if no list is set)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return False
    allowed = settings.TTDN_MONITORING_ALLOWED_HOSTS
    if not allowed:
        return True
    name = parts.hostname.lower()
    full = host_of(url)
    return any(full == h or name == h or name.endswith("." + h) for h in allowed)


_known_hosts: set[str] = set()  # hosts whose row exists (rows are never deleted by ttdn)


def host_slot_claim(host: str, *, interval: float, now: datetime.datetime | None = None) -> float:
    """Claim the next request to ``host``: 0 if it may go now (and the next one waits
    ``interval`` seconds), else the seconds to wait before asking again."""
    if interval <= 0:
        return 0.0  # no limit set (a test server, a closed network's own mirror)
    now = now or timezone.now()
    if host not in _known_hosts:
        try:
            with transaction.atomic():
                HostSlot.objects.get_or_create(host=host)
        except IntegrityError:
            pass  # another worker created it
        _known_hosts.add(host)
    claimed = HostSlot.objects.filter(
        Q(next_request_at__isnull=True) | Q(next_request_at__lte=now), host=host
    ).update(next_request_at=now + datetime.timedelta(seconds=interval))
    if claimed:
        return 0.0
    slot = HostSlot.objects.filter(host=host).values_list("next_request_at", flat=True).first()
    if slot is None:  # the row went away (a test's rollback): create it again
        _known_hosts.discard(host)
        return host_slot_claim(host, interval=interval, now=now)
    return max((slot - now).total_seconds(), 0.001)


class Fetcher:
    """One worker's HTTP client. Use as a context manager or call :meth:`close`."""

    def __init__(self, *, transport: httpx.BaseTransport | None = None, sleep=time.sleep):
        self.max_bytes = settings.TTDN_MONITORING_MAX_BYTES
        self.max_redirects = settings.TTDN_MONITORING_MAX_REDIRECTS
        self.total_timeout = settings.TTDN_MONITORING_TOTAL_TIMEOUT
        self.interval = settings.TTDN_MONITORING_HOST_INTERVAL
        self._sleep = sleep
        self._robots: dict[str, urllib.robotparser.RobotFileParser | bool] = {}
        self.client = httpx.Client(
            timeout=httpx.Timeout(settings.TTDN_MONITORING_TIMEOUT),
            proxy=settings.TTDN_MONITORING_PROXY,
            follow_redirects=False,
            trust_env=False,  # only the proxy the settings name
            headers={
                "User-Agent": settings.TTDN_MONITORING_USER_AGENT,
                "Accept-Encoding": "gzip, deflate",
            },
            transport=transport,
        )

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        self.client.close()

    # --- politeness ---------------------------------------------------------------------

    def _wait_turn(self, host: str, delay: float) -> None:
        waited = 0.0
        while True:
            wait = host_slot_claim(host, interval=delay)
            if not wait:
                return
            if waited + wait > MAX_HOST_WAIT:
                raise FetchError("timeout", f"waited {waited:.0f}s for {host}")
            self._sleep(wait)
            waited += wait

    def _robots_for(self, url: str) -> urllib.robotparser.RobotFileParser | bool:
        """The host's robots.txt rules, or True (no file: everything allowed) / False
        (unreachable: nothing allowed)."""
        parts = urlsplit(url)
        host = host_of(url)
        if host in self._robots:
            return self._robots[host]
        try:
            with transaction.atomic():
                slot, _created = HostSlot.objects.get_or_create(host=host)
        except IntegrityError:  # another worker created it at the same moment
            slot = HostSlot.objects.get(host=host)
        ttl = datetime.timedelta(seconds=settings.TTDN_MONITORING_ROBOTS_TTL)
        if slot.robots_fetched_at is None or slot.robots_fetched_at < timezone.now() - ttl:
            allow_all, deny_all, body = False, False, ""
            try:
                response = self._request(
                    f"{parts.scheme}://{parts.netloc}/robots.txt",
                    max_bytes=ROBOTS_MAX_BYTES,
                    delay=self.interval,
                )
                body = response.text()
            except FetchError as exc:
                status = (
                    int(exc.detail) if exc.code == "http_status" and exc.detail.isdigit() else 0
                )
                if 400 <= status < 500:
                    allow_all = True
                else:
                    deny_all = True
            HostSlot.objects.filter(pk=slot.pk).update(
                robots_txt=body[:100_000],
                robots_allow_all=allow_all,
                robots_deny_all=deny_all,
                robots_fetched_at=timezone.now(),
            )
            slot.refresh_from_db()
        if slot.robots_allow_all:
            rules: urllib.robotparser.RobotFileParser | bool = True
        elif slot.robots_deny_all:
            rules = False
        else:
            rules = urllib.robotparser.RobotFileParser()
            rules.parse(slot.robots_txt.splitlines())
        self._robots[host] = rules
        return rules

    def _check_robots(self, url: str) -> float:
        """Raise unless robots.txt allows ``url``; the delay the host asks for."""
        rules = self._robots_for(url)
        if rules is True:
            return self.interval
        if rules is False:
            raise FetchError("robots", url)
        agent = settings.TTDN_MONITORING_USER_AGENT
        if not rules.can_fetch(agent, url):
            raise FetchError("robots", url)
        crawl_delay = rules.crawl_delay(agent)
        return max(self.interval, float(crawl_delay or 0))

    # --- requests -----------------------------------------------------------------------

    def get(self, url: str, *, etag: str = "", last_modified: str = "") -> Response:
        """GET ``url`` politely (robots.txt, the host's turn, conditional headers)."""
        headers = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        return self._request(url, headers=headers, robots=True)

    def _request(
        self,
        url: str,
        *,
        headers: dict | None = None,
        robots: bool = False,
        max_bytes: int | None = None,
        delay: float | None = None,
    ) -> Response:
        max_bytes = max_bytes or self.max_bytes
        seen: set[str] = set()
        started = time.monotonic()
        for _hop in range(self.max_redirects + 1):
            if not host_allowed(url):
                parts = urlsplit(url)
                if parts.scheme not in ("http", "https") or not parts.hostname:
                    raise FetchError("bad_url", url)
                raise FetchError("host_not_allowed", host_of(url))
            if url in seen:
                raise FetchError("redirects", f"loop at {url}")
            seen.add(url)
            wait = (
                self._check_robots(url)
                if robots
                else (delay if delay is not None else self.interval)
            )
            self._wait_turn(host_of(url), wait)
            response = self._send(url, headers or {}, max_bytes, started)
            if response.status in REDIRECTS:
                location = response.headers.get("location")
                if not location:
                    raise FetchError("http_status", str(response.status))
                url = urljoin(url, location.strip())
                continue
            return response
        raise FetchError("redirects", f"more than {self.max_redirects}")

    def _send(self, url: str, headers: dict, max_bytes: int, started: float) -> Response:
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                result = Response(
                    url=str(r.url),
                    status=r.status_code,
                    headers={k.lower(): v for k, v in r.headers.items()},
                )
                if r.status_code in REDIRECTS:
                    return result
                if r.status_code == 304:
                    result.not_modified = True
                    return result
                if r.status_code >= 400:
                    raise FetchError("http_status", str(r.status_code))
                declared = r.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise FetchError("too_large", f"{declared} bytes")
                chunks, total = [], 0
                for chunk in r.iter_bytes():
                    total += len(chunk)
                    if total > max_bytes:
                        raise FetchError("too_large", f"more than {max_bytes} bytes")
                    if time.monotonic() - started > self.total_timeout:
                        raise FetchError("timeout", f"download longer than {self.total_timeout}s")
                    chunks.append(chunk)
                result.content = b"".join(chunks)
                return result
        except httpx.TimeoutException as exc:
            raise FetchError("timeout", str(exc) or type(exc).__name__) from None
        except httpx.DecodingError as exc:
            raise FetchError("connection", f"bad compressed body: {exc}") from None
        except (httpx.TransportError, httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
            raise FetchError("connection", str(exc) or type(exc).__name__) from None
