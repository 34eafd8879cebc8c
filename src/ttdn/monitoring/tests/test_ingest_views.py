"""The monitoring pages of ingestion: who sees them, who changes sources, what they show."""

import pytest
from django.urls import reverse

from ttdn.audit.models import AuditEntry
from ttdn.monitoring.ingest.services import source_fetch
from ttdn.monitoring.models import Article, Source, Story

from .test_ingest_pipeline import make_source


@pytest.fixture
def press_a(make_user, agency_a):
    return make_user("press_a", "press", agencies=[agency_a])


@pytest.fixture
def press_b(make_user, agency_b):
    return make_user("press_b", "press", agencies=[agency_b])


@pytest.fixture
def ingested(press_server, coordinator):
    sources = [
        make_source(press_server, coordinator, o)
        for o in ("baodongnai", "tintucmiendong", "asiabiztimes")
    ]
    for source in sources:
        source_fetch(source.pk)
    return sources


def pages(sources):
    article = Article.objects.first()
    story = Story.objects.first()
    return [
        reverse("monitoring:index"),
        reverse("monitoring:sources"),
        reverse("monitoring:articles"),
        reverse("monitoring:article", args=[article.pk]),
        reverse("monitoring:stories"),
        reverse("monitoring:story", args=[story.pk]),
    ]


def test_anonymous_visitors_are_sent_to_log_in(client, ingested):
    for url in pages(ingested):
        response = client.get(url)
        assert response.status_code == 302 and "/login" in response["Location"], url


def test_people_without_monitoring_do_not_see_that_the_pages_exist(client, officer_b, ingested):
    client.force_login(officer_b)
    for url in [*pages(ingested), reverse("monitoring:source_create")]:
        assert client.get(url).status_code == 404, url
    response = client.post(reverse("monitoring:source_fetch", args=[ingested[0].pk]))
    assert response.status_code == 404
    assert "monitoring/" not in client.get(reverse("home")).content.decode()


@pytest.mark.parametrize("who", ["press_a", "press_b", "coordinator", "leader"])
def test_press_officers_coordinators_and_leaders_see_every_page(client, request, who, ingested):
    user = request.getfixturevalue(who)
    client.force_login(user)
    for url in pages(ingested):
        assert client.get(url).status_code == 200, url
    assert reverse("monitoring:index") in client.get(reverse("home")).content.decode()


def test_leaders_look_but_do_not_change_sources(client, leader, ingested):
    client.force_login(leader)
    source = ingested[0]
    assert client.get(reverse("monitoring:source_create")).status_code == 403
    assert client.get(reverse("monitoring:source_edit", args=[source.pk])).status_code == 403
    assert client.post(reverse("monitoring:source_delete", args=[source.pk])).status_code == 403
    assert client.post(reverse("monitoring:source_fetch", args=[source.pk])).status_code == 403
    assert "Fetch now" not in client.get(reverse("monitoring:sources")).content.decode()


def test_a_press_officer_adds_a_source_and_it_is_audited(client, press_a, press_server):
    client.force_login(press_a)
    response = client.post(
        reverse("monitoring:source_create"),
        {
            "name": "Báo Đồng Nai",
            "outlet": "Báo Đồng Nai",
            "country": "vn",
            "language": "vi-VN",
            "kind": "domestic",
            "feed_urls": press_server.url("/baodongnai/rss.xml") + "\n\n",
            "interval_minutes": 30,
            "audience": 1000,
            "active": "on",
        },
    )
    assert response.status_code == 302
    source = Source.objects.get()
    assert (source.country, source.language, source.feed_urls) == (
        "VN",
        "vi",
        [press_server.url("/baodongnai/rss.xml")],
    )
    assert source.created_by == press_a
    assert AuditEntry.objects.filter(action="monitoring.source_created", actor=press_a).exists()
    # Fetch now: queued (immediate in tests), audited, articles stored
    client.post(reverse("monitoring:source_fetch", args=[source.pk]))
    assert Article.objects.filter(source=source).count() == 2
    assert AuditEntry.objects.filter(action="monitoring.source_fetch_requested").exists()


def test_bad_source_input_gets_clear_messages(client, press_a):
    client.force_login(press_a)
    response = client.post(
        reverse("monitoring:source_create"),
        {
            "name": "X",
            "outlet": "X",
            "country": "V1",
            "kind": "domestic",
            "feed_urls": "ftp://x\nkhông phải url",
            "interval_minutes": 1,
            "audience": 0,
        },
    )
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) >= {"feed_urls", "interval_minutes"}
    response = client.post(
        reverse("monitoring:source_create"),
        {
            "name": "X",
            "outlet": "X",
            "country": "V1",
            "kind": "domestic",
            "interval_minutes": 30,
            "audience": 0,
        },
    )
    form = response.context["form"]
    assert "country" in form.errors and "feed_urls" in form.errors
    assert "Hãy ghi mã quốc gia" in str(form.errors["country"]) or "two-letter code" in str(
        form.errors["country"]
    )
    assert Source.objects.count() == 0


def test_editing_and_deleting_a_source(client, coordinator, ingested, press_server):
    client.force_login(coordinator)
    source = ingested[0]
    url = reverse("monitoring:source_edit", args=[source.pk])
    data = {
        "name": "Báo Đồng Nai (RSS)",
        "outlet": source.outlet,
        "country": "VN",
        "kind": "domestic",
        "feed_urls": "\n".join(source.feed_urls),
        "interval_minutes": 15,
        "audience": 10,
    }
    assert client.post(url, data).status_code == 302
    source.refresh_from_db()
    assert (source.name, source.interval_minutes, source.active) == (
        "Báo Đồng Nai (RSS)",
        15,
        False,
    )
    assert AuditEntry.objects.filter(action="monitoring.source_changed").exists()
    # a source with articles is not deleted
    client.post(reverse("monitoring:source_delete", args=[source.pk]))
    assert Source.objects.filter(pk=source.pk).exists()
    empty = Source.objects.create(
        name="Trống",
        outlet="Trống",
        country="VN",
        kind="domestic",
        feed_urls=[press_server.url("/x.xml")],
    )
    client.post(reverse("monitoring:source_delete", args=[empty.pk]))
    assert not Source.objects.filter(pk=empty.pk).exists()
    assert AuditEntry.objects.filter(action="monitoring.source_deleted").exists()


def test_the_story_page_lists_every_outlet_that_ran_it(client, press_a, ingested):
    client.force_login(press_a)
    story = Story.objects.get(articles__url__contains="fdi-10-thang")
    body = client.get(reverse("monitoring:story", args=[story.pk])).content.decode()
    assert "Báo Đồng Nai" in body and "Tin tức Miền Đông" in body
    assert "600.000" in body  # the reach, grouped in thousands as Vietnamese writes it


def test_the_article_page_shows_sanitised_html_only(client, press_a, press_server, ingested):
    client.force_login(press_a)
    article = Article.objects.get(url__contains="fdi-10-thang")
    Article.objects.filter(pk=article.pk).update(html_sanitised="<p>an toàn</p>")
    body = client.get(reverse("monitoring:article", args=[article.pk])).content.decode()
    assert "<p>an toàn</p>" in body and "window.tracker" not in body


def test_article_filters(client, press_a, ingested):
    client.force_login(press_a)
    url = reverse("monitoring:articles")

    def titles(**params):
        page = client.get(url, params).context["page"]
        return {a.title for a in page.object_list}

    assert titles(language="en") == {"Vietnam's Long Thanh airport in Dong Nai nears completion"}
    assert len(titles(country="vn")) == 3
    assert titles(kind="foreign") == titles(language="en")
    assert titles(source=ingested[1].pk) == {
        "Vốn FDI vào Đồng Nai tăng mạnh, vượt 1,2 tỷ USD sau 10 tháng"
    }
    assert titles(date_from="2026-11-21") == titles(source=ingested[1].pk)
    assert titles(date_to="2026-10-31") == {
        "Bộ máy tỉnh Đồng Nai mới vận hành ổn định sau sáp nhập Bình Phước"
    }
    assert len(titles(date_from="không phải ngày")) == 4  # a bad filter is ignored, not a crash


def test_list_pages_read_a_bounded_number_of_queries(
    client, press_a, ingested, django_assert_max_num_queries
):
    client.force_login(press_a)
    client.get(reverse("monitoring:index"))
    for name in (
        "monitoring:articles",
        "monitoring:stories",
        "monitoring:sources",
        "monitoring:index",
    ):
        with django_assert_max_num_queries(12):
            assert client.get(reverse(name)).status_code == 200


def test_the_demo_loads_sources_and_articles_from_local_files_only(coordinator, client, settings):
    from ttdn.monitoring.demo import demo_monitoring

    # even where an allow-list would refuse the demo's .example hosts
    settings.TTDN_MONITORING_ALLOWED_HOSTS = ["baodongnai.com.vn"]
    first = demo_monitoring(actor=coordinator)
    assert first == {"sources": 9, "articles": 10}
    assert demo_monitoring(actor=coordinator)["articles"] == 0  # idempotent
    assert not Source.objects.filter(active=True).exists()  # the demo never fetches
    assert Story.objects.get(articles__url__contains="fdi-10-thang").outlet_count == 2
    assert set(Article.objects.values_list("language", flat=True)) == {
        "vi",
        "en",
        "zh",
        "ko",
        "ja",
        "fr",
        "ru",
    }
    client.force_login(coordinator)
    assert "Long Thanh" in client.get(reverse("monitoring:stories")).content.decode()


def test_the_demo_s_articles_are_recent_so_its_digests_have_something_to_show(coordinator):
    """A demo built today shows today's and this week's digests with articles in them
    (the fixtures were written in November 2026), their order and spacing kept."""
    import datetime as dt

    from django.utils import timezone

    from ttdn.monitoring.demo import demo_monitoring
    from ttdn.monitoring.digest import DAILY, WEEKLY, digest_for, period_of

    tz = timezone.get_current_timezone()
    now = dt.datetime(2027, 3, 15, 10, 0, tzinfo=tz)
    demo_monitoring(actor=coordinator, now=now)
    dates = sorted(
        Article.objects.exclude(published_at=None).values_list("published_at", flat=True)
    )
    assert dates[-1] == now - dt.timedelta(hours=1)
    # the spacing of the fixtures is kept: the FDI story ran a day apart in two outlets
    assert dates[0] < dates[-1] - dt.timedelta(days=30)
    today = now.date()
    assert digest_for(period_of(DAILY, today)).articles >= 1
    weekly = digest_for(period_of(WEEKLY, today))
    assert weekly.articles >= 5 and any(chart.bars for chart in weekly.charts)
