"""End to end in a real Chromium: a negative foreign article about Đồng Nai arrives (a
feed and page on a local press server, read by ingest's ``source_fetch``, labelled by
finding's classifier), is flagged; the press officer opens a response from the queue,
downloads the correction request letter, records the text issued and closes it; the
digest shows the story and the response."""

import io
from pathlib import Path

import docx
import pytest
from django.utils import timezone

from ttdn.monitoring.tests.ingest_support import press_server  # noqa: F401

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

FIXTURES = Path(__file__).resolve().parents[2] / "src/ttdn/monitoring/tests/fixtures/response"
TITLE = "Dong Nai accused of forced evictions as Binh Phuoc farmers protest"


def _serve_today(server) -> None:
    """The fixture feed and page, dated now (the daily digest is today's)."""
    now = timezone.now().replace(microsecond=0)
    feed = (
        (FIXTURES / "rss.xml")
        .read_text()
        .replace("__PUBDATE__", now.strftime("%a, %d %b %Y %H:%M:%S +0000"))
    )
    page = (
        (FIXTURES / "dong-nai-evictions.html").read_text().replace("__PUBLISHED__", now.isoformat())
    )
    server.route(
        "/response/rss.xml", 200, feed, {"Content-Type": "application/rss+xml; charset=utf-8"}
    )
    server.route("/response/dong-nai-evictions.html", 200, page)


def test_a_flagged_foreign_article_is_answered_with_a_correction_request(
    live_server,
    login,
    new_page,
    artifacts,
    settings,
    press_server,  # noqa: F811
    make_user,
    agency_a,
):
    from ttdn.directory.services import units_load
    from ttdn.monitoring.ingest.services import source_create, source_fetch
    from ttdn.monitoring.models import Article, Flag, MediaResponse

    units_load()
    settings.TTDN_MONITORING_LOCALITY = "Đồng Nai"
    press = make_user("press_a", "press", agencies=[agency_a])
    _serve_today(press_server)
    source = source_create(
        actor=press,
        name="Pacific Ledger",
        outlet="Pacific Ledger",
        country="AU",
        kind="foreign",
        feed_urls=[press_server.url("/response/rss.xml")],
        interval_minutes=30,
    )
    outcome = source_fetch(source.pk)
    assert outcome.ok and outcome.stored == 1
    article = Article.objects.get()
    flag = Flag.objects.get()  # flagged as it arrived
    assert flag.story_id == article.story_id

    base = live_server.url
    page = new_page()
    login(page, "press_a")
    page.goto(f"{base}/monitoring/flags/")
    card = page.locator(f"#flag-{flag.pk}")
    assert TITLE in card.inner_text()
    assert "Bình Phước" in card.inner_text()  # the matched words: the locality's former name
    assert "Pacific Ledger" in card.inner_text()
    page.screenshot(path=str(artifacts / "monitoring-queue.png"), full_page=True)

    card.locator(f"a[href^='/monitoring/stories/{flag.story_id}/respond/']").click()
    page.wait_for_url(f"{base}/monitoring/stories/{flag.story_id}/respond/**")
    page.fill(
        "textarea[name=correct_information]",
        "Không có việc cưỡng chế thu hồi đất; các hộ dân được bồi thường theo quy định.",
    )
    page.click("form.card button[type=submit]")
    page.wait_for_url(f"{base}/monitoring/responses/*/")
    response = MediaResponse.objects.get()
    assert response.kind == "correction" and response.agency == agency_a
    assert Flag.objects.get().status == "answered"

    page.click("form:has(input[name=to_status][value=in_progress]) button")
    page.wait_for_load_state()
    with page.expect_download() as download:
        page.click("#download-letter")
    letter = docx.Document(io.BytesIO(Path(download.value.path()).read_bytes()))
    text = "\n".join(p.text for p in letter.paragraphs)
    cells = "\n".join(c.text for t in letter.tables for r in t.rows for c in r.cells)
    assert "V/v đề nghị cải chính thông tin" in text + cells
    assert "Ban Biên tập Pacific Ledger" in text
    assert TITLE in cells and "/response/dong-nai-evictions.html" in cells
    assert "các hộ dân được bồi thường theo quy định" in text

    page.fill("textarea[name=text_issued]", "Công văn số 88/STTTT-TTBC đề nghị cải chính.")
    page.click("form[action$='/edit/'] button[type=submit]")
    page.wait_for_load_state()
    page.click("form:has(input[name=to_status][value=done]) button")
    page.wait_for_load_state()
    response.refresh_from_db()
    assert response.status == "done" and response.activity_register == "corrections"
    page.screenshot(path=str(artifacts / "monitoring-response.png"), full_page=True)

    page.goto(f"{base}/monitoring/digest/")
    assert TITLE in page.locator("#flagged").inner_text()
    assert TITLE in page.locator("#responses-done").inner_text()
    assert page.locator("#chart-tone svg rect").count() >= 2
    page.screenshot(path=str(artifacts / "monitoring-digest.png"), full_page=True)
