"""Bad input never stops the worker nor loses other sources' articles; each case tested."""

import datetime
import time

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import override

from ttdn.documents.encodings import encode_legacy
from ttdn.monitoring.ingest.errors import FetchError, error_message
from ttdn.monitoring.ingest.extract import extract_article, sanitise_html
from ttdn.monitoring.ingest.fetch import Fetcher, host_slot_claim
from ttdn.monitoring.ingest.services import source_create, source_fetch, sources_sweep
from ttdn.monitoring.ingest.store import ArticleInput, article_store
from ttdn.monitoring.models import Article, HostSlot, Source, SourceState

from .ingest_support import HOSTILE
from .test_ingest_pipeline import make_source

VI_TEXT = (
    "Ủy ban nhân dân tỉnh Đồng Nai tổ chức hội nghị xúc tiến đầu tư vào các khu công nghiệp "
    "mới tại Bình Phước cũ, thu hút nhiều doanh nghiệp trong và ngoài nước quan tâm tìm hiểu "
    "cơ hội hợp tác, mở rộng sản xuất kinh doanh trên địa bàn tỉnh."
)


def page(title, text, lang="vi", charset="utf-8"):
    meta = f'<meta charset="{charset}">' if charset else ""
    return (
        f'<html lang="{lang}"><head>{meta}<title>{title}</title></head><body><article>'
        f"<h1>{title}</h1><p>{text}</p><p>{text}</p></article></body></html>"
    )


def feed(*links):
    items = "".join(
        f"<item><title>Tin {i}</title><link>{link}</link><description>Tóm tắt tin {i}</description></item>"
        for i, link in enumerate(links)
    )
    return f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'


def feed_source(server, actor, path, name="Nguồn thử"):
    return source_create(
        actor=actor,
        name=name,
        outlet=name,
        country="VN",
        kind="domestic",
        feed_urls=[server.url(path)],
        interval_minutes=10,
    )


def test_a_malformed_feed_is_an_error_on_its_source_and_the_others_go_on(press_server, coordinator):
    press_server.route(
        "/bad/rss.xml",
        body="<rss><channel><item><title>Tin hỏng</title><link>",
        headers={"Content-Type": "application/rss+xml"},
    )
    bad = feed_source(press_server, coordinator, "/bad/rss.xml")
    good = make_source(press_server, coordinator, "baodongnai")
    assert sorted(sources_sweep()) == sorted([bad.pk, good.pk])
    bad.refresh_from_db()
    good.refresh_from_db()
    assert bad.state == SourceState.ERROR and bad.last_error_code == "bad_feed"
    with override("en"):
        assert (
            error_message(bad.last_error_code)
            == "The feed could not be read (malformed or not a feed)."
        )
    assert good.state == SourceState.OK and good.articles.count() == 2


def test_garbage_instead_of_a_feed_or_a_page(press_server, coordinator):
    garbage = bytes(range(256)) * 50
    press_server.route(
        "/garbage/rss.xml", body=garbage, headers={"Content-Type": "application/octet-stream"}
    )
    source = feed_source(press_server, coordinator, "/garbage/rss.xml")
    outcome = source_fetch(source.pk)
    assert [e.code for e in outcome.errors] == ["bad_feed"]
    # a feed whose article page is garbage: the feed's title and summary are kept
    press_server.route(
        "/mixed/rss.xml",
        body=feed("/mixed/garbage.html"),
        headers={"Content-Type": "application/rss+xml"},
    )
    press_server.route("/mixed/garbage.html", body=garbage, headers={"Content-Type": "text/html"})
    mixed = feed_source(press_server, coordinator, "/mixed/rss.xml", name="Hỗn hợp")
    assert source_fetch(mixed.pk).stored == 1
    article = Article.objects.get(source=mixed)
    assert (article.title, article.text) == ("Tin 0", "Tóm tắt tin 0")


@pytest.mark.parametrize("encoding", ["windows-1258", "tcvn3"])
def test_a_page_in_a_wrong_or_legacy_encoding_is_read_as_vietnamese(
    press_server, coordinator, encoding
):
    title = "Đồng Nai xúc tiến đầu tư"
    # The server claims UTF-8 but sends a legacy encoding (and the page declares nothing).
    body = encode_legacy(page(title, VI_TEXT, charset=""), encoding)
    press_server.route(
        "/enc/rss.xml", body=feed("/enc/a.html"), headers={"Content-Type": "application/rss+xml"}
    )
    press_server.route(
        "/enc/a.html", body=body, headers={"Content-Type": "text/html; charset=utf-8"}
    )
    source = feed_source(press_server, coordinator, "/enc/rss.xml")
    source_fetch(source.pk)
    article = Article.objects.get(source=source)
    assert article.title == title
    assert "Bình Phước cũ" in article.text


def test_a_redirect_loop_and_too_many_redirects_stop(press_server, coordinator):
    press_server.route("/loop/a", 302, headers={"Location": "/loop/b"})
    press_server.route("/loop/b", 301, headers={"Location": "/loop/a"})
    for i in range(10):
        press_server.route(f"/chain/{i}", 302, headers={"Location": f"/chain/{i + 1}"})
    with Fetcher() as fetcher:
        with pytest.raises(FetchError) as loop:
            fetcher.get(press_server.url("/loop/a"))
        with pytest.raises(FetchError) as chain:
            fetcher.get(press_server.url("/chain/0"))
    assert loop.value.code == chain.value.code == "redirects"
    assert press_server.paths().count("/loop/a") == 1
    assert "/chain/6" not in press_server.paths()  # five redirects followed, no more
    source = feed_source(press_server, coordinator, "/loop/a")
    source_fetch(source.pk)
    source.refresh_from_db()
    assert source.last_error_code == "redirects"
    with override("en"):
        assert error_message("redirects") == "Too many redirects, or a redirect loop."


def test_a_huge_page_is_cut_off_at_the_size_cap(press_server, settings):
    settings.TTDN_MONITORING_MAX_BYTES = 100_000
    sent = []

    def endless(handler):  # no Content-Length: the body is streamed until we stop reading
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        try:
            for _ in range(500):
                handler.wfile.write(b"<p>" + b"x" * 10_000 + b"</p>")
                sent.append(1)
        except OSError:
            pass

    press_server.routes["/huge"] = endless
    press_server.route("/declared", body=b"y" * 200_000)
    with Fetcher() as fetcher:
        for path in ("/huge", "/declared"):
            with pytest.raises(FetchError) as exc:
                fetcher.get(press_server.url(path))
            assert exc.value.code == "too_large"
    assert len(sent) < 500  # we stopped reading long before the 5 MB the server would send


def test_a_slow_host_times_out(press_server, settings):
    settings.TTDN_MONITORING_TIMEOUT = 0.3

    def slow(handler):
        time.sleep(1.5)
        handler.reply(200, "late")

    press_server.routes["/slow"] = slow
    with Fetcher() as fetcher, pytest.raises(FetchError) as exc:
        fetcher.get(press_server.url("/slow"))
    assert exc.value.code == "timeout"


def test_a_host_that_trickles_bytes_hits_the_total_time_limit(press_server, settings):
    settings.TTDN_MONITORING_TOTAL_TIMEOUT = 0.5

    def trickle(handler):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html")
        handler.send_header("Connection", "close")
        handler.end_headers()
        try:
            for _ in range(40):
                handler.wfile.write(b"<p>a</p>" * 100)
                handler.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass

    press_server.routes["/trickle"] = trickle
    with Fetcher() as fetcher, pytest.raises(FetchError) as exc:
        fetcher.get(press_server.url("/trickle"))
    assert exc.value.code == "timeout"


def test_hostile_html_is_stored_sanitised(press_server, coordinator, settings):
    html = (HOSTILE / "hostile.html").read_text()
    extracted = extract_article(html, url=press_server.url("/hostile.html"))
    stored = extracted.html
    assert "Long Thành" in stored and "Thông cáo chính thức" in stored
    for bad in (
        "<script",
        "onerror",
        "onclick",
        "onload",
        "onmouseover",
        "javascript:",
        "evil.example",
        "<iframe",
        "<style",
        "<img",
    ):
        assert bad not in stored, bad
    assert 'rel="nofollow noopener noreferrer"' in stored
    assert "document.cookie" not in extracted.text
    # remote images only when a setting allows them, and never with their handlers
    allowed = sanitise_html(
        '<p><img src="https://img.example/a.png" onerror="x()" alt="a"></p>', allow_images=True
    )
    assert allowed == '<p><img src="https://img.example/a.png" alt="a"></p>'
    settings.TTDN_MONITORING_ALLOW_REMOTE_IMAGES = False
    assert "<img" not in sanitise_html('<img src="https://img.example/a.png">')


@pytest.mark.parametrize("control, joint", [("\x0b", " "), ("\x0c", " "), ("\x01", "")])
def test_an_article_with_control_characters_is_read_not_dropped(control, joint):
    """Word's manual line break (a vertical tab) copied into a page made lxml refuse the
    page's text once trafilatura rewrote the tree: the article came back as no article."""
    paragraph = (
        f"<p>Ngày 05/3/2021, Ủy ban nhân dân tỉnh ban hành kế hoạch{control}về công tác "
        "thông tin đối ngoại năm 2021 với nhiều nội dung được triển khai trong toàn tỉnh.</p>"
    )
    html = (
        "<html><head><title>Tin thông tin đối ngoại</title></head><body><article>"
        f"<h1>Tin</h1>{paragraph * 6}</article></body></html>"
    )
    extracted = extract_article(html, url="https://baotinh.vn/tin")
    assert extracted is not None
    assert f"ban hành kế hoạch{joint}về công tác thông tin đối ngoại" in extracted.text


def test_the_same_article_under_two_addresses_and_two_sources_is_stored_once(
    press_server, coordinator
):
    base = press_server.base
    press_server.route(
        "/one/rss.xml",
        body=feed(f"{base}/baodongnai/fdi-10-thang.html?utm_source=a#top"),
        headers={"Content-Type": "application/rss+xml"},
    )
    press_server.route(
        "/two/rss.xml",
        body=feed(f"{base}/baodongnai/fdi-10-thang.html/?fbclid=xyz"),
        headers={"Content-Type": "application/rss+xml"},
    )
    one = feed_source(press_server, coordinator, "/one/rss.xml", name="Một")
    two = feed_source(press_server, coordinator, "/two/rss.xml", name="Hai")
    assert source_fetch(one.pk).stored == 1
    outcome = source_fetch(two.pk)
    assert (outcome.stored, outcome.duplicates) == (0, 1)
    assert Article.objects.count() == 1


def test_storing_races_end_with_one_row(press_server, coordinator, monkeypatch):
    source = make_source(press_server, coordinator, "baodongnai")
    data = ArticleInput(
        url="https://baodongnai.example/a.html", title="Tin", text=VI_TEXT, language="vi"
    )
    first, created = article_store(source=source, data=data, fetched_at=timezone.now())
    assert created
    # The other worker's check ran before our insert: the insert meets the constraint.
    from ttdn.monitoring.ingest import store

    real_filter = store.Article.objects.filter
    calls = []

    def blind_filter(*args, **kwargs):
        if "url_key" in kwargs and not calls:
            calls.append(1)
            return store.Article.objects.none()
        return real_filter(*args, **kwargs)

    monkeypatch.setattr(store.Article.objects, "filter", blind_filter)
    second, created = article_store(source=source, data=data, fetched_at=timezone.now())
    assert not created and second.pk == first.pk
    assert Article.objects.count() == 1 and first.story.article_count == 1


def test_robots_txt_is_respected(press_server, coordinator, settings):
    press_server.route(
        "/robots.txt",
        body="User-agent: *\nDisallow: /private/\nCrawl-delay: 7\n",
        headers={"Content-Type": "text/plain"},
    )
    press_server.route(
        "/private/rss.xml",
        body=feed("/private/a.html"),
        headers={"Content-Type": "application/rss+xml"},
    )
    source = feed_source(press_server, coordinator, "/private/rss.xml")
    source_fetch(source.pk)
    source.refresh_from_db()
    assert source.last_error_code == "robots"
    assert "/private/rss.xml" not in press_server.paths()
    with Fetcher() as fetcher:
        assert fetcher._check_robots(press_server.url("/baodongnai/rss.xml")) == 7.0
    assert HostSlot.objects.get().robots_txt.startswith("User-agent")


def test_an_unreachable_robots_txt_allows_nothing_and_a_missing_one_everything(press_server):
    with Fetcher() as fetcher:
        fetcher.get(press_server.url("/baodongnai/rss.xml"))  # robots.txt: 404
    assert HostSlot.objects.get().robots_allow_all
    HostSlot.objects.all().delete()
    press_server.route("/robots.txt", 503, body="down")
    with Fetcher() as fetcher, pytest.raises(FetchError) as exc:
        fetcher.get(press_server.url("/baodongnai/rss.xml"))
    assert exc.value.code == "robots"


def test_only_allowed_hosts_are_added_or_fetched(press_server, coordinator, settings):
    settings.TTDN_MONITORING_ALLOWED_HOSTS = ["baodongnai.com.vn"]
    with override("en"), pytest.raises(ValidationError) as exc:
        feed_source(press_server, coordinator, "/baodongnai/rss.xml")
    assert "is not a web address on an allowed host" in str(exc.value.message_dict["feed_urls"])
    with Fetcher() as fetcher, pytest.raises(FetchError) as fetch:
        fetcher.get(press_server.url("/baodongnai/rss.xml"))
    assert fetch.value.code == "host_not_allowed"
    assert press_server.requests == []
    settings.TTDN_MONITORING_ALLOWED_HOSTS = ["127.0.0.1"]
    press_server.route("/away", 302, headers={"Location": "http://elsewhere.example/x"})
    with Fetcher() as fetcher, pytest.raises(FetchError) as away:
        fetcher.get(press_server.url("/away"))
    assert away.value.code == "host_not_allowed"  # checked again at each redirect


def test_requests_go_through_the_configured_proxy(press_server, settings):
    settings.TTDN_MONITORING_PROXY = press_server.base
    press_server.route("http://news.example.vn/robots.txt", 404)
    press_server.route("http://news.example.vn/rss.xml", body=feed("/a.html"))
    with Fetcher() as fetcher:
        response = fetcher.get("http://news.example.vn/rss.xml")
    assert response.status == 200 and b"Tin 0" in response.content
    assert "http://news.example.vn/rss.xml" in press_server.paths()


def test_errors_back_off_exponentially_and_show_until_when(press_server, coordinator):
    press_server.route("/down/rss.xml", 500, body="oops")
    source = feed_source(press_server, coordinator, "/down/rss.xml")
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        source_fetch(source.pk)
    source.refresh_from_db()
    assert (source.state, source.failures, source.last_error_code) == (
        SourceState.ERROR,
        1,
        "http_status",
    )
    assert source.last_error == "500"
    with time_machine.travel(start + datetime.timedelta(minutes=11), tick=False):
        assert sources_sweep() == [source.pk]
    source.refresh_from_db()
    assert source.state == SourceState.BACKING_OFF and source.failures == 2
    backoff = source.backoff_until - (start + datetime.timedelta(minutes=11))
    assert backoff == datetime.timedelta(minutes=20)  # 10 minutes × 2
    with time_machine.travel(start + datetime.timedelta(minutes=25), tick=False):
        assert sources_sweep() == []  # still backing off
    press_server.routes.pop("/down/rss.xml")
    press_server.route(
        "/down/rss.xml", body=feed(), headers={"Content-Type": "application/rss+xml"}
    )
    with time_machine.travel(start + datetime.timedelta(minutes=32), tick=False):
        assert sources_sweep() == [source.pk]
    source.refresh_from_db()
    assert (source.state, source.failures, source.backoff_until) == (SourceState.OK, 0, None)


def test_one_request_per_host_per_interval_across_workers(db):
    now = timezone.now()
    assert host_slot_claim("news.example.vn", interval=5, now=now) == 0
    # another worker at the same moment waits for the rest of the interval
    assert (
        host_slot_claim("news.example.vn", interval=5, now=now + datetime.timedelta(seconds=1)) == 4
    )
    assert host_slot_claim("other.example.vn", interval=5, now=now) == 0
    assert (
        host_slot_claim("news.example.vn", interval=5, now=now + datetime.timedelta(seconds=5)) == 0
    )


def test_a_source_fetched_by_another_worker_is_left_alone(press_server, coordinator):
    source = make_source(press_server, coordinator, "baodongnai")
    Source.objects.filter(pk=source.pk).update(fetching_since=timezone.now())
    outcome = source_fetch(source.pk)
    assert not outcome.ran and press_server.requests == []
