"""Ingestion end to end against the local press server: feeds, pages, languages, stories."""

import pytest

from ttdn.monitoring.ingest.services import source_create, source_fetch, sources_sweep
from ttdn.monitoring.models import Article, FetchState, Source, SourceState, Story
from ttdn.monitoring.signals import article_stored

OUTLETS = {
    "baodongnai": ("Báo Đồng Nai", "VN", "domestic", 500_000),
    "tintucmiendong": ("Tin tức Miền Đông", "VN", "domestic", 100_000),
    "asiabiztimes": ("Asia Business Times", "SG", "foreign", 2_000_000),
    "globalwire": ("Global Wire", "US", "foreign", 5_000_000),
    "huanqiu-jingji": ("环球经济", "CN", "foreign", 0),
    "hankyung-global": ("한경 글로벌", "KR", "foreign", 0),
    "nikkei-asia-ja": ("日経アジア", "JP", "foreign", 0),
    "lecourrier-asie": ("Le Courrier d'Asie", "FR", "foreign", 0),
    "ria-aziya": ("РИА Азия", "RU", "foreign", 0),
}


def make_source(server, actor, outlet, **extra):
    name, country, kind, audience = OUTLETS[outlet]
    values = {
        "name": name,
        "outlet": name,
        "country": country,
        "kind": kind,
        "audience": audience,
        "feed_urls": [server.url(f"/{outlet}/rss.xml")],
        "interval_minutes": 30,
    }
    values.update(extra)
    return source_create(actor=actor, **values)


@pytest.fixture
def all_sources(press_server, coordinator):
    return {outlet: make_source(press_server, coordinator, outlet) for outlet in OUTLETS}


def test_nothing_is_fetched_until_a_source_is_added(press_server, db):
    assert sources_sweep() == []
    assert press_server.requests == []


def test_a_feed_s_articles_are_read_from_their_pages(press_server, coordinator):
    source = make_source(press_server, coordinator, "baodongnai")
    outcome = source_fetch(source.pk)
    assert outcome.ok and outcome.stored == 2
    article = Article.objects.get(url__contains="fdi-10-thang")
    assert article.title == "Đồng Nai thu hút hơn 1,2 tỷ USD vốn FDI trong 10 tháng"
    assert "Nhơn Trạch, Long Thành và Biên Hòa" in article.text
    assert "window.tracker" not in article.text and "Home" not in article.text
    assert article.author == "Nguyễn Văn An"
    assert article.language == "vi" and article.language_origin == "declared"
    assert article.published_at.isoformat() == "2026-11-20T01:30:00+00:00"
    # utm_* parameters are not part of the article's address
    assert article.canonical_url.endswith("/baodongnai/fdi-10-thang.html")
    assert "dong nai thu hut" in article.text_folded
    source.refresh_from_db()
    assert source.state == SourceState.OK and source.last_success_at and not source.last_error_code


def test_reading_a_feed_again_stores_nothing_twice_and_uses_conditional_get(
    press_server, coordinator
):
    source = make_source(press_server, coordinator, "baodongnai")
    source_fetch(source.pk)
    state = FetchState.objects.get(source=source)
    assert state.etag and state.last_modified and state.last_status == 200
    press_server.requests.clear()
    outcome = source_fetch(source.pk)
    assert outcome.ok and outcome.stored == 0
    assert Article.objects.count() == 2
    feed_request = next(h for _m, p, h in press_server.requests if p.endswith("rss.xml"))
    assert feed_request["If-None-Match"] == state.etag
    assert feed_request["If-Modified-Since"] == state.last_modified
    assert FetchState.objects.get(source=source).last_status == 304
    # the pages were not read again either
    assert not any("fdi-10-thang" in p for p in press_server.paths())


@pytest.mark.parametrize(
    ("outlet", "language"),
    [
        ("baodongnai", "vi"),
        ("asiabiztimes", "en"),
        ("huanqiu-jingji", "zh"),
        ("hankyung-global", "ko"),
        ("nikkei-asia-ja", "ja"),
        ("lecourrier-asie", "fr"),
        ("ria-aziya", "ru"),
    ],
)
def test_each_language_is_detected_when_the_page_does_not_declare_it(
    press_server, coordinator, outlet, language
):
    page = next(p for p in (press_server_root() / outlet).glob("*.html"))
    html = page.read_text().replace(f'<html lang="{language}">', "<html>")
    press_server.route(f"/{outlet}/{page.name}", body=html)
    source = make_source(press_server, coordinator, outlet)
    source_fetch(source.pk)
    article = Article.objects.get(source=source, url__contains=page.stem)
    assert (article.language, article.language_origin) == (language, "detected")


def press_server_root():
    from .ingest_support import PRESS

    return PRESS


def test_copies_of_one_story_form_one_cluster_that_keeps_every_outlet(all_sources):
    for source in all_sources.values():
        assert source_fetch(source.pk).ok
    assert Article.objects.count() == 10
    fdi = Story.objects.get(articles__url__contains="fdi-10-thang")
    assert set(fdi.articles.values_list("source__outlet", flat=True)) == {
        "Báo Đồng Nai",
        "Tin tức Miền Đông",
    }
    assert (fdi.article_count, fdi.outlet_count, fdi.reach) == (2, 2, 600_000)
    airport = Story.objects.get(articles__url__contains="long-thanh-airport.html")
    assert airport.outlet_count == 2 and airport.reach == 7_000_000
    # a different story of the same outlet, and translations, stay apart
    merger = Story.objects.get(articles__url__contains="binh-phuoc-sap-nhap")
    assert merger.article_count == 1 and merger != fdi
    assert Story.objects.count() == 8


def test_a_new_article_is_announced_once_after_commit(
    press_server, coordinator, django_capture_on_commit_callbacks
):
    seen = []

    def receiver(sender, article, story, **kwargs):
        seen.append((article.pk, story.pk, article.source.name))

    def failing(sender, **kwargs):
        raise RuntimeError("a matcher bug")

    article_stored.connect(failing, dispatch_uid="test.failing")
    article_stored.connect(receiver, dispatch_uid="test.receiver")
    try:
        source = make_source(press_server, coordinator, "baodongnai")
        with django_capture_on_commit_callbacks(execute=True):
            source_fetch(source.pk)
        with django_capture_on_commit_callbacks(execute=True):
            source_fetch(source.pk)
    finally:
        article_stored.disconnect(dispatch_uid="test.failing")
        article_stored.disconnect(dispatch_uid="test.receiver")
    assert sorted(pk for pk, _s, _n in seen) == sorted(Article.objects.values_list("pk", flat=True))
    assert {name for _a, _s, name in seen} == {"Báo Đồng Nai"}


def test_the_sweep_queues_each_due_source_once(press_server, coordinator):
    a = make_source(press_server, coordinator, "baodongnai")
    make_source(press_server, coordinator, "globalwire", active=False)
    assert sources_sweep() == [a.pk]  # the job ran (immediate backend in tests)
    assert Article.objects.filter(source=a).count() == 2
    assert sources_sweep() == []  # not due again before its interval
    a.refresh_from_db()
    assert a.next_fetch_at > a.last_fetched_at
    assert not Source.objects.get(pk=a.pk).fetching_since


def test_a_sitemap_index_and_a_listing_page_are_read(press_server, coordinator):
    base = press_server.base
    press_server.route(
        "/sitemap.xml",
        body=(
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f"<sitemap><loc>{base}/news-sitemap.xml</loc></sitemap></sitemapindex>"
        ),
        headers={"Content-Type": "application/xml"},
    )
    press_server.route(
        "/news-sitemap.xml",
        body=(
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
            f"<url><loc>{base}/asiabiztimes/long-thanh-airport.html</loc><news:news>"
            "<news:publication><news:name>ABT</news:name><news:language>en</news:language>"
            "</news:publication><news:publication_date>2026-11-18T03:00:00Z</news:publication_date>"
            "<news:title>Long Thanh</news:title></news:news></url></urlset>"
        ),
        headers={"Content-Type": "application/xml"},
    )
    press_server.route(
        "/listing",
        body=(
            "<html><body><nav><a href='/'>Trang chủ</a><a href='/gioi-thieu'>Giới thiệu</a></nav>"
            "<a href='/baodongnai/binh-phuoc-sap-nhap.html'>Bộ máy mới</a>"
            "<a href='https://elsewhere.example/a-b-c-d.html'>Nơi khác</a></body></html>"
        ),
    )
    source = make_source(
        press_server,
        coordinator,
        "asiabiztimes",
        feed_urls=[],
        sitemap_url=press_server.url("/sitemap.xml"),
        listing_url=press_server.url("/listing"),
    )
    outcome = source_fetch(source.pk)
    assert outcome.ok and outcome.stored == 2
    assert set(Article.objects.values_list("title", flat=True)) == {
        "Vietnam's Long Thanh airport in Dong Nai nears completion",
        "Bộ máy tỉnh Đồng Nai mới vận hành ổn định sau sáp nhập Bình Phước",
    }
    assert "/gioi-thieu" not in press_server.paths()  # not an article link


def test_a_sitemap_that_is_not_xml_is_an_error(press_server, coordinator):
    press_server.route(
        "/sitemap.xml", body="<html>not a sitemap", headers={"Content-Type": "text/html"}
    )
    source = make_source(
        press_server,
        coordinator,
        "asiabiztimes",
        feed_urls=[],
        sitemap_url=press_server.url("/sitemap.xml"),
    )
    source_fetch(source.pk)
    source.refresh_from_db()
    assert (source.state, source.last_error_code) == (SourceState.ERROR, "bad_sitemap")


def _outcome_rows():
    from ttdn.core.models import SearchEntry
    from ttdn.monitoring.models import ArticleLabel, Flag, StoryAssessment
    from ttdn.notifications.models import Notification

    return {
        "stories": sorted(
            tuple(sorted(s.articles.values_list("url", flat=True))) for s in Story.objects.all()
        ),
        "labels": sorted(
            ArticleLabel.objects.values_list("article__url", "tone", "topics", "origin")
        ),
        "indexed": SearchEntry.objects.filter(kind="monitoring.article").count(),
        "assessed": sorted(
            StoryAssessment.objects.values_list(
                "story__title", "tone", "about_locality", "topics", "matched_words"
            )
        ),
        "flags": sorted(Flag.objects.values_list("rule", "story__title", "matched_words")),
        "notifications": Notification.objects.filter(kind="monitoring.flag").count(),
    }


@pytest.mark.django_db(transaction=True)  # real commits: the batch's announcements run
@pytest.mark.parametrize("size", [1, 3])
def test_batches_store_and_label_every_article_as_one_by_one(
    press_server, coordinator, settings, size
):
    """Stored in batches of 25 (the default) or of ``size``: the same stories, labels,
    index entries and assessments; a receiver whose database work fails (inside its own
    atomic block) costs neither the batch nor the other receivers."""
    from django.db import connection, transaction

    from ttdn.core.models import SearchEntry

    def broken(sender, **kwargs):
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute("SELECT * FROM no_such_table")

    outlets = ("baodongnai", "tintucmiendong", "globalwire", "asiabiztimes")
    results = []
    for batch in (25, size):
        SearchEntry.objects.filter(kind="monitoring.article").delete()
        Article.objects.all().delete()
        Story.objects.all().delete()
        Source.objects.all().delete()
        settings.TTDN_MONITORING_STORE_BATCH = batch
        article_stored.connect(broken, dispatch_uid="test.broken")
        try:
            for outlet in outlets:
                assert source_fetch(make_source(press_server, coordinator, outlet).pk).ok
        finally:
            article_stored.disconnect(dispatch_uid="test.broken")
        results.append(_outcome_rows())
    first, second = results
    assert first == second
    assert first["indexed"] == Article.objects.count() == len(first["labels"]) > 3


def _fetch_outlets(press_server, coordinator, outlets) -> int:
    stored = 0
    for outlet in outlets:
        outcome = source_fetch(make_source(press_server, coordinator, outlet).pk)
        assert outcome.ok
        stored += outcome.stored
    return stored


def _empty():
    from ttdn.core.models import SearchEntry
    from ttdn.monitoring.models import Flag
    from ttdn.notifications.models import Notification

    Notification.objects.all().delete()
    Flag.objects.all().delete()
    SearchEntry.objects.filter(kind="monitoring.article").delete()
    Article.objects.all().delete()
    Story.objects.all().delete()
    Source.objects.all().delete()


NEGATIVE_OUTLETS = ("baodongnai", "tintucmiendong", "globalwire", "asiabiztimes")
_PROTEST = (
    "<html lang='en'><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    "<p>Hundreds of villagers protested in Dong Nai province on Monday after officials were "
    "accused of illegal land clearance for an industrial park near Long Thanh.</p>"
    "<p>Residents said the pollution of the river had gone on for months and that their "
    "complaints were ignored. Police detained several protesters, witnesses said.</p>"
    "<p>{extra}</p></article></body></html>"
)


@pytest.fixture
def negative_feed(press_server, coordinator, settings):
    """A foreign outlet running three versions of a negative story about Đồng Nai (the
    locality), and the locality set: the batch raises a flag and alerts."""
    from ttdn.directory.services import units_load

    units_load()
    settings.TTDN_MONITORING_LOCALITY = "Đồng Nai"
    items = []
    for n, extra in enumerate(
        ("The province did not comment.", "A spokesman declined to comment.", "More to come.")
    ):
        title = f"Villagers protest illegal land clearance in Dong Nai ({n})"
        path = f"/wire/protest-{n}.html"
        press_server.route(path, body=_PROTEST.format(title=title, extra=extra))
        items.append(f"<item><title>{title}</title><link>{press_server.url(path)}</link></item>")
    feed = f"<?xml version='1.0'?><rss version='2.0'><channel><title>wire</title>{''.join(items)}</channel></rss>"
    press_server.route("/wire/rss.xml", body=feed, headers={"Content-Type": "application/rss+xml"})

    def fetch_all() -> int:
        stored = _fetch_outlets(press_server, coordinator, NEGATIVE_OUTLETS)
        wire = source_create(
            actor=coordinator,
            name="Wire",
            outlet="Wire",
            country="GB",
            kind="foreign",
            audience=3_000_000,
            feed_urls=[press_server.url("/wire/rss.xml")],
            interval_minutes=30,
        )
        outcome = source_fetch(wire.pk)
        assert outcome.ok
        return stored + outcome.stored

    return fetch_all


@pytest.mark.django_db(transaction=True)  # real commits, as a worker's
def test_a_batch_that_nothing_fails_in_is_written_without_savepoints(negative_feed, settings):
    """Each article's store and each receiver step would cost a savepoint (two round
    trips to PostgreSQL); a batch in which nothing fails is written without them."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from ttdn.monitoring.models import ArticleBand, ArticleLabel, Flag, StoryAssessment, TopicMatch

    settings.TTDN_MONITORING_STORE_BATCH = 25
    with CaptureQueriesContext(connection) as queries:
        stored = negative_feed()
    assert stored > 5 and Flag.objects.exists()
    # What a savepoint still guards is the fetch's and the flags' own bookkeeping (a host's
    # slot, a constraint check, an alert): never an article's rows.
    sql = [q["sql"] for q in queries]
    guarded = [sql[i + 1] for i, q in enumerate(sql[:-1]) if q.upper().startswith("SAVEPOINT")]
    assert guarded  # the flags raised here have theirs
    per_article = [
        f'"{model._meta.db_table}"'
        for model in (Article, ArticleBand, ArticleLabel, Story, StoryAssessment, TopicMatch)
    ] + ['"core_searchentry"']
    assert [g for g in guarded if any(table in g for table in per_article)] == []


@pytest.mark.django_db(transaction=True)
def test_a_failure_in_the_first_try_writes_the_batch_again_as_if_it_had_not_happened(
    negative_feed, settings
):
    """A receiver failing on the second article of a batch, in the first (optimistic)
    try only: the whole try is undone, what it remembered is forgotten, and the batch
    written again step by step ends with exactly the rows of a batch nothing failed in
    (labels, assessments, flags and alerts once each)."""
    from ttdn.monitoring import batch

    settings.TTDN_MONITORING_STORE_BATCH = 25
    negative_feed()
    clean = _outcome_rows()
    assert clean["flags"], "the fixture's negative foreign coverage raises a flag"

    _empty()
    tries = {"optimistic": 0, "failed": 0}

    def flaky(sender, article, **kwargs):
        if batch.optimistic():
            tries["optimistic"] += 1
            if tries["optimistic"] == 2:
                tries["failed"] += 1
                raise RuntimeError("a receiver's bug in the first try")

    article_stored.connect(flaky, dispatch_uid="test.flaky")
    try:
        negative_feed()
    finally:
        article_stored.disconnect(dispatch_uid="test.flaky")
    assert tries["failed"] == 1
    assert _outcome_rows() == clean


def test_a_step_in_the_first_try_does_not_let_an_integrity_error_be_swallowed(db):
    """Inside the optimistic try a step has no savepoint: an ``except IntegrityError``
    around it must not go on in the aborted transaction, so the error reaches
    ``attempt`` as ``Retry`` and the work runs again with savepoints."""
    from django.db import IntegrityError, transaction

    from ttdn.monitoring import batch

    seen = []

    def work():
        with transaction.atomic():
            try:
                with batch.step():
                    seen.append(batch.optimistic())
                    raise IntegrityError("duplicate key")
            except IntegrityError:
                return "handled"

    assert batch.attempt(work) == "handled"
    assert seen == [True, False]
