"""The flag rules (pure and on the database), the queue's dedupe and the alerts."""

import datetime as dt

import pytest
import time_machine
from django.utils.translation import override

from ttdn.monitoring import flags
from ttdn.monitoring.flags import StoryFacts, negative_coverage, volume_rise
from ttdn.monitoring.models import (
    AssessmentOrigin,
    Flag,
    FlagRule,
    FlagStatus,
    StoryAssessment,
)
from ttdn.monitoring.tests.response_factories import at, make_article, make_source, make_story
from ttdn.notifications.models import Notification

NEG = "negative"


def facts(**kw):
    base = dict(tone=NEG, about_locality=True, matched_words=("protest",), outlet_count=1)
    base.update(kw)
    return StoryFacts(**base)


def test_a_negative_local_story_in_a_foreign_outlet_is_flagged():
    verdict = negative_coverage(facts(foreign_outlets=("Reuters",)), min_outlets=3)
    assert verdict.flagged
    assert {"code": "foreign", "outlets": ["Reuters"]} in verdict.reasons


def test_a_negative_local_story_in_enough_domestic_outlets_is_flagged_for_reach():
    verdict = negative_coverage(facts(outlet_count=3), min_outlets=3)
    assert verdict.flagged
    assert verdict.reasons[-1] == {"code": "reach", "outlets": 3, "min": 3}


@pytest.mark.parametrize(
    "changes",
    [
        {"tone": "neutral", "foreign_outlets": ("Reuters",)},
        {"tone": "positive", "outlet_count": 9},
        {"about_locality": False, "foreign_outlets": ("Reuters",)},
        {"outlet_count": 2},  # domestic, below the reach threshold
    ],
)
def test_what_misses_one_condition_is_not_flagged(changes):
    assert not negative_coverage(facts(**changes), min_outlets=3).flagged


def test_a_rise_above_mean_plus_three_sd_and_the_minimum_is_flagged():
    baseline = [2, 3, 2, 1, 2, 3, 2, 2, 1, 2, 3, 2, 2, 1]
    assert volume_rise(12, baseline, sigmas=3, minimum=5).flagged
    rise = volume_rise(4, baseline, sigmas=3, minimum=5)
    assert not rise.flagged  # below the threshold and the minimum
    assert rise.threshold == pytest.approx(rise.mean + 3 * rise.sd)


def test_a_rise_from_nothing_needs_the_minimum():
    assert not volume_rise(3, [0] * 14, sigmas=3, minimum=5).flagged
    assert volume_rise(5, [0] * 14, sigmas=3, minimum=5).flagged


def _assess(story, tone=NEG, local=True, words=("biểu tình",)):
    return StoryAssessment.objects.create(
        story=story, tone=tone, about_locality=local, matched_words=list(words)
    )


@pytest.mark.django_db
def test_story_evaluation_flags_once_and_alerts_each_press_officer_once(make_user, agency_a):
    press = make_user("press", "press", agencies=[agency_a])
    coordinator = make_user("coord", "coordinator")
    officer = make_user("clerk", "officer", agencies=[agency_a])
    leader = make_user("boss", "leader")
    story = make_story()
    make_article(source=make_source(), story=story)
    _assess(story)
    flag = flags.story_evaluate(story=story)
    assert flag is not None and flag.rule == FlagRule.NEGATIVE_COVERAGE
    assert flag.matched_words == ["biểu tình"]
    assert flags.story_evaluate(story=story) is None  # once per story
    assert Flag.objects.count() == 1
    notified = set(Notification.objects.values_list("recipient__username", flat=True))
    assert notified == {press.username, coordinator.username}
    assert officer.username not in notified and leader.username not in notified


@pytest.mark.django_db
def test_a_dismissed_flag_is_not_raised_again(make_user):
    story = make_story()
    make_article(source=make_source(), story=story)
    _assess(story)
    flag = flags.story_evaluate(story=story)
    Flag.objects.filter(pk=flag.pk).update(status=FlagStatus.DISMISSED, dismissed_reason="cũ")
    assert flags.story_evaluate(story=story) is None
    assert Flag.objects.get().status == FlagStatus.DISMISSED


@pytest.mark.django_db
def test_a_domestic_story_in_one_outlet_is_not_flagged():
    story = make_story(outlets=1)
    make_article(
        source=make_source(name="Báo Đồng Nai", kind="domestic", country="VN", language="vi"),
        story=story,
    )
    _assess(story)
    assert flags.story_evaluate(story=story) is None


@pytest.mark.django_db
def test_an_arriving_article_keeps_an_officers_assessment(make_user):
    story = make_story()
    article = make_article(source=make_source(), story=story)
    StoryAssessment.objects.create(
        story=story, tone=NEG, about_locality=True, origin=AssessmentOrigin.OFFICER
    )
    flag = flags.article_arrived(article=article, story=story)
    assert flag is not None
    assessment = StoryAssessment.objects.get(story=story)
    assert assessment.origin == AssessmentOrigin.OFFICER and assessment.tone == NEG


@pytest.mark.django_db
def test_volume_sweep_flags_a_sudden_rise_about_the_locality_once(make_user):
    make_user("press", "press")
    today = dt.date(2026, 11, 20)
    source = make_source(name="Báo Đồng Nai", kind="domestic", country="VN", language="vi")
    # One local article a day for 14 days, then nine on the day.
    for n in range(1, 15):
        story = make_story(title=f"Tin ngày {n}", when=at(today - dt.timedelta(days=n)))
        make_article(source=source, story=story, when=at(today - dt.timedelta(days=n)))
        _assess(story, tone="neutral")
    top = None
    for n in range(9):
        story = make_story(title=f"Sạt lở ở Đồng Nai {n}", when=at(today), reach=100 * n)
        make_article(source=source, story=story, when=at(today, 8 + n % 8))
        _assess(story, tone="negative")
        top = story
    with time_machine.travel(at(today, 18), tick=False):
        new = flags.volume_sweep(day=today)
        assert flags.volume_sweep(day=today) == []
    assert len(new) == 1
    flag = new[0]
    assert flag.rule == FlagRule.VOLUME_RISE and flag.subject == "locality"
    assert flag.figures["count"] == 9 and flag.figures["mean"] == 1.0
    assert flag.story == top  # the day's story of the highest reach
    assert Notification.objects.filter(event_key=f"monitoring:flag:{flag.pk}").count() == 1


@pytest.mark.django_db
def test_volume_sweep_does_not_flag_an_ordinary_day():
    today = dt.date(2026, 11, 20)
    source = make_source(name="Báo Đồng Nai", kind="domestic", country="VN", language="vi")
    for n in range(0, 15):
        for k in range(3):
            story = make_story(title=f"Tin {n}-{k}", when=at(today - dt.timedelta(days=n)))
            make_article(source=source, story=story, when=at(today - dt.timedelta(days=n)))
            _assess(story, tone="neutral")
    assert flags.volume_sweep(day=today) == []


@pytest.fixture
def dong_nai(db, settings):
    from ttdn.directory.models import AdministrativeUnit, UnitLevel
    from ttdn.directory.services import units_load

    units_load()
    settings.TTDN_MONITORING_LOCALITY = "Đồng Nai"
    return AdministrativeUnit.objects.get(
        level=UnitLevel.PROVINCE, name="Đồng Nai", valid_to__isnull=True
    )


@pytest.mark.django_db
def test_a_negative_foreign_article_about_a_former_province_is_flagged_with_its_words(dong_nai):
    story = make_story(title="Villagers in Binh Phuoc protest illegal land clearance")
    article = make_article(
        source=make_source(name="South China Morning Post", country="HK"),
        story=story,
        text="Hundreds protested in Binh Phuoc province after officials were accused of "
        "illegal land clearance for a rubber plantation.",
    )
    flag = flags.article_arrived(article=article, story=story)
    assert flag is not None and flag.rule == FlagRule.NEGATIVE_COVERAGE
    assessment = StoryAssessment.objects.get(story=story)
    assert assessment.tone == "negative" and assessment.about_locality
    # The locality's former name (the query term that found "Binh Phuoc"), the tone's words.
    assert "Bình Phước" in flag.matched_words
    assert {"protest*", "illegal*"} <= set(flag.matched_words)


@pytest.mark.django_db
def test_a_negative_foreign_article_about_another_province_is_not_flagged(dong_nai):
    story = make_story(title="Protest over pollution in Hai Phong")
    article = make_article(
        source=make_source(name="BBC", country="GB"),
        story=story,
        text="Residents of Hai Phong protested against illegal dumping and pollution.",
    )
    assert flags.article_arrived(article=article, story=story) is None
    assert StoryAssessment.objects.get(story=story).about_locality is False


@pytest.mark.django_db
def test_a_positive_foreign_article_about_the_locality_is_not_flagged(dong_nai):
    story = make_story(title="Dong Nai attracts record investment")
    article = make_article(
        source=make_source(name="Nikkei Asia", country="JP"),
        story=story,
        text="Dong Nai province attracted record foreign investment, boosting growth.",
    )
    assert flags.article_arrived(article=article, story=story) is None
    assert StoryAssessment.objects.get(story=story).tone == "positive"


@pytest.mark.django_db
def test_volume_sweep_flags_a_rise_of_a_monitored_topic(make_user):
    from ttdn.monitoring.models import Topic, TopicMatch

    press = make_user("press", "press")
    topic = Topic.objects.create(name="Sân bay Long Thành", query="Long Thành", owner=press)
    today = dt.date(2026, 11, 20)
    source = make_source(name="Báo Đồng Nai", kind="domestic", country="VN", language="vi")
    for n in range(6):
        story = make_story(title=f"Long Thành {n}", when=at(today))
        article = make_article(source=source, story=story, when=at(today))
        TopicMatch.objects.create(topic=topic, article=article, terms=["Long Thành"])
    with override("en"):
        new = flags.volume_sweep(day=today)
        assert [f.subject for f in new] == [f"watch:{topic.pk}"]
        assert flags.subject_label(new[0].subject) == "monitored topic “Sân bay Long Thành”"
