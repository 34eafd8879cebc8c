import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.servers.basehttp import WSGIServer
from django.test.testcases import LiveServerThread

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"


# On SQLite the test database is in memory, and the live server's threads share its one
# connection (Django's docs, "LiveServerTestCase"): two requests at once — a page and the
# notification badge it fetches, or two users' pages — may read each other's rows (seen
# once: a session looked up by its key came back twice and the page answered 500). On
# SQLite the live server answers one request at a time; PostgreSQL keeps the threaded server.
class _OneRequestAtATime(WSGIServer):
    """Django's server without threads: requests are answered in the live server's own
    thread, which already holds the shared connection (``LiveServerThread.run``)."""

    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, **kwargs)


if settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    LiveServerThread.server_class = _OneRequestAtATime


def _chromium_path() -> str:
    path = (
        os.environ.get("CHROMIUM_PATH")
        or shutil.which("chromium")
        or shutil.which("chromium-browser")
    )
    if not path:
        pytest.fail(
            "Chromium is not installed: run `apt-get install chromium` (make test does it when root)."
        )
    return path


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=_chromium_path(),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser):
    contexts = []

    def make(*, width=1280, height=900, locale="vi-VN"):
        context = browser.new_context(viewport={"width": width, "height": height}, locale=locale)
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS


@pytest.fixture
def login(live_server):
    """Sign a page in as one of the personas of the root conftest (password pw-USERNAME)."""

    def sign_in(page, username: str) -> None:
        base = live_server.url
        page.goto(f"{base}/accounts/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", f"pw-{username}")
        page.click("button[type=submit]")
        page.wait_for_url(f"{base}/")

    return sign_in
