"""A local press server for the monitoring tests: never the internet.

``press_server`` serves the press fixtures (``monitoring/fixtures/press/``: pages and RSS
feeds of Đồng Nai outlets and foreign ones) and the hostile ones of
``monitoring/tests/fixtures/`` from a thread on 127.0.0.1, with ETag/Last-Modified and
304 answers, plus routes a test adds (``server.route(path, status, body, headers)`` or a
callable taking the request handler). ``server.requests`` lists (method, path, headers).
Import the fixture into a test module: ``from .ingest_support import press_server``.
"""

from __future__ import annotations

import hashlib
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

PRESS = Path(__file__).resolve().parents[1] / "fixtures" / "press"
HOSTILE = Path(__file__).resolve().parent / "fixtures"
LAST_MODIFIED = "Fri, 20 Nov 2026 02:00:00 GMT"
TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/rss+xml; charset=utf-8"}


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):  # noqa: N802
        server = self.server
        path = self.path.split("?", 1)[0]
        server.requests.append(("GET", self.path, dict(self.headers)))
        route = server.routes.get(path)
        if callable(route):
            return route(self)
        if route is not None:
            status, body, headers = route
            return self.reply(status, body, headers)
        for root in (PRESS, HOSTILE):
            file = (root / path.lstrip("/")).resolve()
            if file.is_file() and file.is_relative_to(root):
                body = file.read_bytes()
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'  # noqa: S324
                if self.headers.get("If-None-Match") == etag:
                    return self.reply(304, b"", {"ETag": etag})
                headers = {
                    "Content-Type": TYPES.get(file.suffix, "application/octet-stream"),
                    "ETag": etag,
                    "Last-Modified": LAST_MODIFIED,
                }
                return self.reply(200, body, headers)
        return self.reply(404, b"not found", {"Content-Type": "text/plain"})

    def reply(self, status: int, body: bytes | str, headers: dict | None = None):
        if isinstance(body, str):
            body = body.encode()
        self.send_response(status)
        headers = dict(headers or {})
        headers.setdefault("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if body:
            self.wfile.write(body)


class PressServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), Handler)
        self.routes: dict = {}
        self.requests: list = []

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def url(self, path: str) -> str:
        return self.base + path

    def route(
        self, path: str, status: int = 200, body: bytes | str = b"", headers: dict | None = None
    ):
        self.routes[path] = (status, body, headers or {"Content-Type": "text/html; charset=utf-8"})

    def paths(self) -> list[str]:
        return [path for _m, path, _h in self.requests]


@pytest.fixture
def press_server(settings, db):
    settings.TTDN_MONITORING_HOST_INTERVAL = 0
    settings.TTDN_MONITORING_TIMEOUT = 2
    settings.TTDN_MONITORING_TOTAL_TIMEOUT = 5
    server = PressServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
