"""The pages of the queue, the responses and the digest: the permission matrix, the
flows through the forms, the letter download, query counts, the digest's charts."""

import datetime as dt
import io
import re

import docx
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override

from ttdn.audit.models import AuditEntry
from ttdn.monitoring import digest, flags
from ttdn.monitoring.models import Flag, FlagStatus, MediaResponse, StoryAssessment
from ttdn.monitoring.tests.response_factories import make_article, make_source, make_story
from ttdn.notifications.models import Notification


@pytest.fixture
def press_a(make_user, agency_a):
    return make_user("press_a", "press", agencies=[agency_a])


@pytest.fixture
def press_b(make_user, agency_b):
    return make_user("press_b", "press", agencies=[agency_b])


@pytest.fixture
def story():
    story = make_story(title="Dong Nai officials accused over land seizures", outlets=2)
    make_article(source=make_source(name="Radio Free Asia", country="US"), story=story)
    make_article(
        source=make_source(name="Yonhap", country="KR", language="ko"),
        story=story,
        title="동나이성 토지 분쟁",
    )
    StoryAssessment.objects.create(
        story=story, tone="negative", about_locality=True, matched_words=["land seizures"]
    )
    return story


@pytest.fixture
def flag(story):
    return flags.story_evaluate(story=story)


def _login(client, user, language=None):
    client.force_login(user)
    if language:
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
    return client


def _response(client, story, agency, flag=None, **extra):
    data = {
        "kind": "correction",
        "agency": agency.pk,
        "deadline": (timezone.localdate() + dt.timedelta(days=3)).isoformat(),
        "correct_information": "Tỉnh Đồng Nai không thu hồi đất trái phép.",
        "flag": flag.pk if flag else "",
        **extra,
    }
    return client.post(reverse("monitoring:response_open", args=[story.pk]), data)


@pytest.mark.django_db
def test_the_pages_are_for_those_who_monitor_only(client, officer_a, leader, press_a, flag, story):
    urls = [
        reverse("monitoring:flags"),
        reverse("monitoring:responses"),
        reverse("monitoring:digest"),
        reverse("monitoring:response_open", args=[story.pk]),
    ]
    for url in urls:
        assert client.get(url).status_code == 302  # anonymous: to the login page
    _login(client, officer_a)
    for url in urls:
        assert client.get(url).status_code == 404  # no MONITOR_MEDIA: no such page
    _login(client, leader)
    for url in urls[:3]:
        assert client.get(url).status_code == 200
    assert client.get(urls[3]).status_code == 403  # a leader looks, does not respond
    assert (
        client.post(
            reverse("monitoring:flag_dismiss", args=[flag.pk]), {"reason": "x", "version": 1}
        ).status_code
        == 403
    )
    _login(client, press_a)
    for url in urls:
        assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_the_queue_shows_why_each_story_was_flagged(client, press_a, flag):
    page = _login(client, press_a, "en").get(reverse("monitoring:flags")).content.decode()
    assert "Dong Nai officials accused over land seizures" in page
    assert "The tone is negative." in page and "It is about the locality." in page
    assert "Radio Free Asia" in page and "land seizures" in page
    assert reverse("monitoring:response_open", args=[flag.story_id]) in page


@pytest.mark.django_db
def test_the_queue_reads_a_fixed_number_of_queries(client, press_a, django_assert_max_num_queries):
    for n in range(8):
        story = make_story(title=f"Story {n}")
        make_article(source=make_source(name=f"Outlet {n}"), story=story)
        StoryAssessment.objects.create(story=story, tone="negative", about_locality=True)
        flags.story_evaluate(story=story)
    _login(client, press_a)
    with django_assert_max_num_queries(12):
        assert client.get(reverse("monitoring:flags")).status_code == 200


@pytest.mark.django_db
def test_dismissing_from_the_queue(client, press_a, flag):
    _login(client, press_a)
    url = reverse("monitoring:flag_dismiss", args=[flag.pk])
    client.post(url, {"reason": "", "version": flag.version})
    assert Flag.objects.get().status == FlagStatus.OPEN
    client.post(url, {"reason": "Đã được Bộ Ngoại giao trả lời", "version": flag.version})
    assert Flag.objects.get().status == FlagStatus.DISMISSED


@pytest.mark.django_db
def test_open_a_response_then_download_the_letter_and_close_it(
    client, press_a, agency_a, flag, story
):
    _login(client, press_a)
    reply = _response(client, story, agency_a, flag)
    response = MediaResponse.objects.get()
    assert reply.status_code == 302 and reply["Location"].endswith(f"/responses/{response.pk}/")
    assert Flag.objects.get().status == FlagStatus.ANSWERED
    page = client.get(reply["Location"]).content.decode()
    assert "Radio Free Asia" in page
    letter = client.post(reverse("monitoring:response_letter", args=[response.pk]))
    assert letter["Content-Type"].startswith("application/vnd.openxmlformats")
    assert "attachment" in letter["Content-Disposition"]
    document = docx.Document(io.BytesIO(letter.content))
    cells = " ".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert "Tỉnh Đồng Nai không thu hồi đất trái phép." in " ".join(
        p.text for p in document.paragraphs
    )
    assert "동나이성 토지 분쟁" in cells
    move = reverse("monitoring:response_move", args=[response.pk])
    client.post(move, {"to_status": "in_progress", "version": 1})
    edit = client.post(
        reverse("monitoring:response_edit", args=[response.pk]),
        {
            "agency": agency_a.pk,
            "deadline": response.deadline.isoformat(),
            "correct_information": response.correct_information,
            "text_issued": "Công văn số 45/STTTT-TTBC",
            "outlet_answer": "",
            "no_action_reason": "",
            "version": 2,
        },
    )
    assert edit.status_code == 302
    client.post(move, {"to_status": "done", "version": 3})
    response.refresh_from_db()
    assert response.status == "done" and response.text_issued == "Công văn số 45/STTTT-TTBC"


@pytest.mark.django_db
def test_a_stale_form_is_refused_with_a_message(client, press_a, agency_a, story):
    _login(client, press_a, "en")
    _response(client, story, agency_a)
    response = MediaResponse.objects.get()
    data = {
        "agency": agency_a.pk,
        "deadline": response.deadline.isoformat(),
        "text_issued": "A",
        "version": 1,
    }
    url = reverse("monitoring:response_edit", args=[response.pk])
    assert client.post(url, data).status_code == 302
    stale = client.post(url, {**data, "text_issued": "B"})
    assert stale.status_code == 400
    assert (
        "Someone else changed" in stale.content.decode() or "đã thay đổi" in stale.content.decode()
    )
    assert MediaResponse.objects.get().text_issued == "A"


@pytest.mark.django_db
def test_bad_input_on_the_open_form_is_shown_translated(client, press_a, agency_a, story):
    _login(client, press_a)
    past = (timezone.localdate() - dt.timedelta(days=2)).isoformat()
    page = _response(client, story, agency_a, deadline=past)
    assert page.status_code == 200
    assert "Thời hạn không được là ngày đã qua." in page.content.decode()
    assert not MediaResponse.objects.exists()


@pytest.mark.django_db
def test_another_agencys_press_officer_reads_but_does_not_change(
    client, press_a, press_b, agency_a, story
):
    _login(client, press_a)
    _response(client, story, agency_a)
    response = MediaResponse.objects.get()
    _login(client, press_b)
    page = client.get(reverse("monitoring:response", args=[response.pk]))
    assert page.status_code == 200
    assert reverse("monitoring:response_edit", args=[response.pk]) not in page.content.decode()
    for name, data in (
        ("monitoring:response_edit", {"text_issued": "x", "version": 1}),
        ("monitoring:response_move", {"to_status": "in_progress", "version": 1}),
        ("monitoring:response_letter", {}),
    ):
        assert client.post(reverse(name, args=[response.pk]), data).status_code == 403
    assert MediaResponse.objects.get().status == "open"
    assert client.get(reverse("monitoring:response", args=[999999])).status_code == 404


@pytest.mark.django_db
def test_the_digest_shows_volume_charts_flags_and_reach(client, press_a, flag, story):
    _login(client, press_a)
    page = client.get(reverse("monitoring:digest")).content.decode()
    assert 'id="chart-tone"' in page and 'id="chart-language"' in page and "<svg" in page
    assert "Radio Free Asia" in page and "Yonhap" in page  # the source chart
    assert "Dong Nai officials accused over land seizures" in page
    weekly = client.get(reverse("monitoring:digest"), {"period": "weekly", "day": "bad"})
    assert weekly.status_code == 200


@pytest.mark.django_db
def test_the_digest_counts_by_tone_language_and_source(story):
    other = make_story(title="Đồng Nai thu hút đầu tư")
    make_article(
        source=make_source(name="Báo Đồng Nai", kind="domestic", country="VN", language="vi"),
        story=other,
    )
    StoryAssessment.objects.create(
        story=other, tone="positive", about_locality=True, topics=["investment"]
    )
    with override("en"):
        result = digest.digest_for(digest.period_of(digest.DAILY, timezone.localdate()))
    assert result.articles == 3
    charts = {c.key: {b.label: b.count for b in c.bars} for c in result.charts}
    assert charts["tone"] == {"Negative": 2, "Positive": 1}
    assert sum(charts["language"].values()) == 3
    assert charts["source"] == {"Radio Free Asia": 1, "Yonhap": 1, "Báo Đồng Nai": 1}
    assert sum(charts["topic"].values()) == 1
    assert result.top_stories[0] in (story, other)


@pytest.mark.django_db
def test_the_digest_email_goes_once_to_each_responder(make_user, story, flag):
    make_user("press", "press")
    make_user("coord", "coordinator")
    make_user("boss", "leader")
    day = timezone.localdate()
    assert digest.digest_send(kind=digest.DAILY, day=day) == 2
    assert digest.digest_send(kind=digest.DAILY, day=day) == 0
    note = Notification.objects.filter(kind="monitoring.digest_daily").first()
    assert "Dong Nai officials accused over land seizures" in note.body
    assert note.link.startswith(reverse("monitoring:digest"))


@pytest.mark.django_db
def test_a_rise_in_volume_shows_its_subject_and_figures(client, press_a, story):
    flag = flags.flag_raise(
        key="volume:topic:environment:2026-11-20",
        rule="volume",
        story=story,
        subject="topic:environment",
        day=dt.date(2026, 11, 20),
        reasons=[{"code": "volume", "subject": "topic:environment"}],
        figures={"count": 12, "mean": 1.5, "sd": 0.8, "threshold": 3.9, "stories": 4},
    )
    page = _login(client, press_a, "en").get(reverse("monitoring:flags")).content.decode()
    assert f'id="flag-{flag.pk}"' in page
    assert "topic Environment" in page and "20/11/2026" in page
    assert "12 articles about topic Environment today, against 1,5 a day" in page


@pytest.mark.django_db
def test_a_response_is_opened_from_any_story_page(client, press_a, leader, story):
    url = reverse("monitoring:response_open", args=[story.pk])
    page = _login(client, press_a).get(reverse("monitoring:story", args=[story.pk]))
    assert url in page.content.decode()
    page = _login(client, leader).get(reverse("monitoring:story", args=[story.pk]))
    assert url not in page.content.decode()  # a leader looks


@pytest.mark.django_db
def test_each_person_chooses_daily_weekly_or_no_digest(client, make_user, story, flag):
    press = make_user("press", "press")
    coord = make_user("coord", "coordinator")
    boss = make_user("boss", "leader")
    day = timezone.localdate()
    # without a choice: daily for those who answer the press, nothing for a leader
    assert list(digest.digest_recipients(digest.DAILY)) == [press, coord]
    assert list(digest.digest_recipients(digest.WEEKLY)) == []
    assert digest.digest_frequency(boss) == "none"
    url = reverse("monitoring:digest_subscription")
    _login(client, boss).post(url, {"frequency": "weekly"})  # a leader opts in
    _login(client, press).post(url, {"frequency": "none"})  # a press officer opts out
    response = _login(client, coord).post(url, {"frequency": "hourly"})
    assert response.status_code == 302
    assert digest.digest_frequency(coord) == "daily"  # refused, unchanged
    assert list(digest.digest_recipients(digest.DAILY)) == [coord]
    assert list(digest.digest_recipients(digest.WEEKLY)) == [boss]
    assert digest.digest_send(kind=digest.DAILY, day=day) == 1
    assert digest.digest_send(kind=digest.WEEKLY, day=day) == 1
    weekly = Notification.objects.filter(kind="monitoring.digest_weekly")
    assert list(weekly.values_list("recipient_id", flat=True)) == [boss.pk]
    assert not Notification.objects.filter(recipient=press, kind__startswith="monitoring.digest")
    entry = AuditEntry.objects.get(action="monitoring.digest_frequency_set", actor=press)
    assert (entry.before, entry.after) == ({"frequency": "daily"}, {"frequency": "none"})
    page = _login(client, boss).get(reverse("monitoring:digest")).content.decode()
    assert 'id="digest-subscription"' in page
    assert re.search(r'<input[^>]*value="weekly"[^>]*checked', page)


@pytest.mark.django_db
def test_only_people_who_see_monitoring_choose_a_digest(client, make_user):
    outsider = make_user("clerk", "officer")
    response = _login(client, outsider).post(
        reverse("monitoring:digest_subscription"), {"frequency": "daily"}
    )
    assert response.status_code == 404
    assert not digest.DigestSubscription.objects.exists()
