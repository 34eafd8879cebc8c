"""Topics, new articles matched and indexed, archive search, localities, pages."""

import datetime
import hashlib

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from ttdn.audit.models import AuditEntry
from ttdn.directory.models import AdministrativeUnit, UnitLevel
from ttdn.directory.services import units_load
from ttdn.monitoring.locality import locality_names, locality_node
from ttdn.monitoring.models import Article, Source, Topic, TopicMatch
from ttdn.monitoring.query import Document, QueryError, archive_search
from ttdn.monitoring.query.matcher import CompiledQuery
from ttdn.monitoring.signals import article_stored
from ttdn.monitoring.topics import topic_create, topic_delete, topic_update, topics_matcher

NOW = timezone.make_aware(datetime.datetime(2026, 11, 20, 9, 30))


@pytest.fixture
def press(make_user, agency_a):
    return make_user("press_a", "officer", agencies=[agency_a], roles=["press"])


@pytest.fixture
def sources(db):
    return {
        "vn": Source.objects.create(
            name="Báo Đồng Nai",
            outlet="Báo Đồng Nai",
            country="VN",
            language="vi",
            kind="domestic",
            feed_urls=["https://baodongnai.com.vn/rss"],
        ),
        "us": Source.objects.create(
            name="Reuters",
            outlet="Reuters",
            country="US",
            language="en",
            kind="foreign",
            feed_urls=["https://www.reuters.com/world/asia/rss"],
        ),
    }


_counter = iter(range(10_000))


def store(source, title, text, *, lang=None, days_ago=0):
    """An article as ingest stores it: saved, then ``article_stored`` sent."""
    n = next(_counter)
    url = f"https://example.test/{source.pk}/{n}"
    article = Article.objects.create(
        source=source,
        url=url,
        canonical_url=url,
        url_key=hashlib.sha256(url.encode()).hexdigest(),
        title=title,
        text=text,
        language=lang or source.language,
        published_at=NOW - datetime.timedelta(days=days_ago),
        fetched_at=NOW,
    )
    article_stored.send_robust(sender=Article, article=article, story=None)
    return article


# --- topics ---------------------------------------------------------------------------------


def test_topic_create_validates_the_query_and_audits(press):
    with override("en"), pytest.raises(ValidationError) as info:
        topic_create(actor=press, name="Đầu tư", query="(đầu tư")
    assert "Column 1" in info.value.message_dict["query"][0]
    topic = topic_create(actor=press, name="Đầu tư", query="đầu tư*", languages="vi, EN")
    assert topic.languages == ["vi", "en"]
    assert AuditEntry.objects.filter(
        action="monitoring.topic_created", target_id=str(topic.pk)
    ).exists()


def test_topic_codes_and_names_are_checked(press):
    with pytest.raises(ValidationError) as info:
        topic_create(
            actor=press,
            name="  ",
            query="x",
            countries="USA",
            languages="vietnamese",
            kinds=["alien"],
        )
    assert set(info.value.message_dict) == {"name", "countries", "languages", "kinds"}


def test_a_new_article_is_matched_by_active_topics_with_their_terms(press, sources):
    investment = topic_create(actor=press, name="Đầu tư", query='"Đồng Nai" AND đầu tư*')
    foreign = topic_create(actor=press, name="Foreign", query="dong nai", kinds=["foreign"])
    topic_create(actor=press, name="Off", query="dong nai", active=False)
    vn = store(sources["vn"], "Đồng Nai thu hút đầu tư", "Vốn đầu tư nước ngoài tăng mạnh.")
    us = store(sources["us"], "Dong Nai draws investors", "Investment in Dong Nai rises.")
    assert {(m.topic_id, m.article_id) for m in TopicMatch.objects.all()} == {
        (investment.pk, vn.pk),
        (foreign.pk, us.pk),
    }
    assert TopicMatch.objects.get(article=vn).terms == ['"Đồng Nai"', "đầu", "tư*"]


def test_the_matcher_is_rebuilt_after_a_topic_changes(press, sources):
    topic = topic_create(actor=press, name="T", query="bão")
    assert set(topics_matcher().queries) == {topic.pk}
    topic_update(actor=press, topic=topic, name="T", query="lũ lụt", active=True)
    article = store(sources["vn"], "Lũ lụt ở Bù Gia Mập", "Mưa lớn.")
    assert TopicMatch.objects.filter(topic=topic, article=article).exists()
    topic_delete(actor=press, topic=topic)
    assert topics_matcher().queries == {}
    assert AuditEntry.objects.filter(action="monitoring.topic_deleted").exists()


# --- archive search -----------------------------------------------------------------------------


def test_archive_search_confirms_the_exact_semantics_newest_stored_first(sources):
    a = store(sources["vn"], "Tỉnh Đồng Nai", "Khu công nghiệp mới", days_ago=3)
    b = store(sources["us"], "Dong Nai province", "New industrial park", days_ago=1)
    c = store(sources["vn"], "Đồng Nái", "chuyện khác", days_ago=2)
    result = archive_search('"dong nai"')  # without diacritics: every spelling
    assert [h.article.pk for h in result.hits] == [c.pk, b.pk, a.pk]
    # the database folds diacritics; the matcher refuses "Dong Nai" and "Đồng Nái"
    assert [h.article.pk for h in archive_search('"Đồng Nai"').hits] == [a.pk]
    assert [h.article.pk for h in archive_search("dong NOT park").hits] == [c.pk, a.pk]
    assert [h.article.pk for h in archive_search("lang:en AND dong").hits] == [b.pk]
    assert [h.article.pk for h in archive_search("nai NEAR/0 province").hits] == [b.pk]
    assert [h.article.pk for h in archive_search("industr*").hits] == [b.pk]
    assert [h.article.pk for h in archive_search("dong", limit=1).hits] == [c.pk]
    assert [h.article.pk for h in archive_search("khu NEAR/1 nghiep").hits] == [a.pk]
    assert archive_search("khu NEAR/0 nghiep").hits == []


def test_archive_search_rejects_invalid_queries():
    with pytest.raises(QueryError):
        archive_search("dong AND")


# --- locality ----------------------------------------------------------------------------------


@pytest.fixture
def dong_nai(db):
    units_load()
    return AdministrativeUnit.objects.get(
        level=UnitLevel.PROVINCE, name="Đồng Nai", valid_to__isnull=True
    )


def test_locality_knows_former_provinces_and_districts(dong_nai):
    names = {n.name for n in locality_names(dong_nai)}
    assert {"Đồng Nai", "Bình Phước", "Biên Hòa"} <= names
    node = CompiledQuery(locality_node(dong_nai))
    assert node.match(Document("Investors flock to Binh Phuoc"))
    assert node.match(Document("Nhà máy ở Biên Hòa"))
    assert node.match(Document("a factory in Bien Hoa city"))  # a former provincial city
    assert not node.match(Document("Hà Nội và Hải Phòng"))


def test_a_topic_about_the_locality_needs_one_of_its_names(press, sources, dong_nai):
    topic = topic_create(
        actor=press, name="Ô nhiễm", query="ô nhiễm OR pollution", locality=dong_nai
    )
    hit = store(sources["us"], "Pollution in Binh Phuoc", "River pollution worries farmers.")
    miss = store(sources["us"], "Pollution in Hanoi", "Air pollution worries residents.")
    matched = set(TopicMatch.objects.filter(topic=topic).values_list("article_id", flat=True))
    assert matched == {hit.pk}
    assert miss.pk not in matched


# --- pages ---------------------------------------------------------------------------------------


def test_topic_pages_permission_matrix(client, press, officer_b, leader, coordinator):
    topic = topic_create(actor=press, name="T", query="bão")
    urls = [
        reverse("monitoring:topic_list"),
        reverse("monitoring:topic_detail", args=[topic.pk]),
        reverse("monitoring:archive_search") + "?q=b%C3%A3o",
        reverse("monitoring:classifier"),
    ]
    for url in urls:
        assert client.get(url).status_code == 302  # anonymous: to the login page
    client.force_login(officer_b)  # no monitoring capability: the pages do not exist
    for url in [*urls, reverse("monitoring:topic_create")]:
        assert client.get(url).status_code == 404
    client.force_login(leader)  # sees, may not change
    for url in urls:
        assert client.get(url).status_code == 200
    assert client.get(reverse("monitoring:topic_create")).status_code == 403
    assert client.post(reverse("monitoring:topic_delete", args=[topic.pk])).status_code == 403
    client.force_login(coordinator)
    assert client.get(reverse("monitoring:topic_edit", args=[topic.pk])).status_code == 200
    assert client.get(reverse("monitoring:topic_detail", args=[999999])).status_code == 404


def test_creating_a_topic_through_the_page_shows_errors_at_the_query(client, press):
    client.force_login(press)
    url = reverse("monitoring:topic_create")
    with override("en"):
        response = client.post(url, {"name": "T", "query": '"dong nai', "active": "on"})
    assert response.status_code == 200
    assert not Topic.objects.exists()
    response = client.post(
        url, {"name": "T", "query": '"dong nai"', "active": "on", "kinds": ["foreign"]}
    )
    topic = Topic.objects.get()
    assert response.status_code == 302 and topic.kinds == ["foreign"] and topic.owner == press


def test_the_preview_shows_archive_matches_or_the_error(client, press, sources):
    store(sources["vn"], "Bão số 9 đổ bộ", "Mưa lớn ở Biên Hòa")
    client.force_login(press)
    url = reverse("monitoring:topic_preview")
    response = client.get(url, {"query": "bão", "name": "x"}, headers={"HX-Request": "true"})
    assert "Bão số 9 đổ bộ" in response.content.decode()
    response = client.get(url, {"query": "bao NOT bien", "name": "x"})
    assert "Bão số 9 đổ bộ" not in response.content.decode()
    response = client.get(url, {"query": "bão AND", "name": "x"})
    assert 'role="alert"' in response.content.decode()


def test_archive_page_lists_matches_with_their_terms(client, leader, sources):
    store(sources["us"], "Dong Nai draws investors", "Investment rises")
    client.force_login(leader)
    body = client.get(reverse("monitoring:archive_search"), {"q": "invest*"}).content.decode()
    assert "Dong Nai draws investors" in body and "<mark>invest*</mark>" in body


def test_a_failing_labeller_does_not_undo_indexing_and_matching(press, sources, monkeypatch):
    from ttdn.core.models import SearchEntry

    def broken(*args, **kwargs):
        raise RuntimeError("labeller down")

    monkeypatch.setattr("ttdn.monitoring.classify.article_classify", broken)
    topic = topic_create(actor=press, name="T", query="bão")
    article = store(sources["vn"], "Bão số 9", "Mưa lớn")
    assert TopicMatch.objects.filter(topic=topic, article=article).exists()
    assert SearchEntry.objects.filter(kind="monitoring.article", object_id=article.pk).exists()
