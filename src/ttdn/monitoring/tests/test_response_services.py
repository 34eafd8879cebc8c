"""Responses: opening from a story and its flag, the path open → in progress → done,
stale versions, bad input, permissions, audit, overdue alerts, the correction letter."""

import datetime as dt
import io

import docx
import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils.translation import override

from ttdn.activities.models import Activity
from ttdn.audit.models import AuditEntry
from ttdn.core.exceptions import ConflictError
from ttdn.monitoring import flags, responses
from ttdn.monitoring.letters import correction_letter_generate
from ttdn.monitoring.models import (
    Flag,
    FlagStatus,
    MediaResponse,
    ResponseKind,
    ResponseStatus,
    StoryAssessment,
)
from ttdn.monitoring.response_access import response_get_for_user
from ttdn.monitoring.tests.response_factories import make_article, make_source, make_story
from ttdn.notifications.models import Notification

TODAY = dt.date(2026, 12, 2)


@pytest.fixture
def press_a(make_user, agency_a):
    return make_user("press_a", "press", agencies=[agency_a])


@pytest.fixture
def press_b(make_user, agency_b):
    return make_user("press_b", "press", agencies=[agency_b])


@pytest.fixture
def story():
    story = make_story(title="Foreign paper: Dong Nai land protest turned violent")
    make_article(
        source=make_source(name="The Guardian", country="GB"),
        story=story,
        title="Land protest in Dong Nai turns violent",
    )
    make_article(
        source=make_source(name="Le Monde", country="FR", language="fr"),
        story=story,
        title="Manifestation à Dong Nai",
    )
    return story


@pytest.fixture
def flag(story):
    StoryAssessment.objects.create(story=story, tone="negative", about_locality=True)
    return flags.story_evaluate(story=story)


def _open(actor, story, agency, **kw):
    values = dict(
        actor=actor,
        story=story,
        kind=ResponseKind.CORRECTION,
        agency=agency,
        deadline=TODAY + dt.timedelta(days=3),
        correct_information="Không có bạo lực; cuộc đối thoại diễn ra ôn hòa tại xã Phú Hữu.",
        today=TODAY,
    )
    values.update(kw)
    return responses.response_open(**values)


@pytest.mark.django_db
def test_opening_a_response_from_a_flag_takes_the_flag_off_the_queue(
    press_a, agency_a, story, flag
):
    response = _open(press_a, story, agency_a, flag=flag)
    assert response.status == ResponseStatus.OPEN
    assert response.articles.count() == 2
    flag.refresh_from_db()
    assert flag.status == FlagStatus.ANSWERED and flag.decided_by == press_a
    entry = AuditEntry.objects.get(action="monitoring.response_opened")
    assert entry.actor == press_a and entry.after["kind"] == "correction"


@pytest.mark.django_db
def test_a_response_goes_open_in_progress_done_and_needs_its_text_to_be_done(
    press_a, agency_a, story
):
    response = _open(press_a, story, agency_a)
    response = responses.response_move(
        actor=press_a, response=response, to_status="in_progress", version=response.version
    )
    with pytest.raises(ValidationError) as error:
        responses.response_move(
            actor=press_a, response=response, to_status="done", version=response.version
        )
    assert "text_issued" in error.value.message_dict
    response = responses.response_update(
        actor=press_a,
        response=response,
        version=response.version,
        text_issued="Công văn số 12/STTTT đề nghị cải chính.",
        outlet_answer="The Guardian đã đăng đính chính.",
        today=TODAY,
    )
    response = responses.response_move(
        actor=press_a, response=response, to_status="done", version=response.version
    )
    assert response.status == ResponseStatus.DONE and response.done_at is not None
    # Recorded in the corrections register, for the responsible agency.
    activity = Activity.objects.get(pk=response.activity_id)
    assert response.activity_register == "corrections"
    assert activity.kind == "corrections" and activity.agency == agency_a
    assert activity.status == "corrected"  # the outlet answered
    assert activity.outlet == "The Guardian, Le Monde"
    assert activity.notes == "Công văn số 12/STTTT đề nghị cải chính."
    actions = list(
        AuditEntry.objects.filter(target_id=str(response.pk)).values_list("action", flat=True)
    )
    assert actions.count("monitoring.response_moved") == 2


@pytest.mark.django_db
def test_a_response_cannot_skip_from_open_to_done(press_a, agency_a, story):
    response = _open(press_a, story, agency_a)
    with pytest.raises(ValidationError):
        responses.response_move(actor=press_a, response=response, to_status="done", version=1)


@pytest.mark.django_db
def test_a_stale_version_changes_nothing(press_a, agency_a, story):
    response = _open(press_a, story, agency_a)
    responses.response_update(
        actor=press_a, response=response, version=1, text_issued="Bản thứ nhất", today=TODAY
    )
    with pytest.raises(ConflictError):
        responses.response_update(
            actor=press_a, response=response, version=1, text_issued="Bản cũ", today=TODAY
        )
    assert MediaResponse.objects.get().text_issued == "Bản thứ nhất"


@pytest.mark.django_db
def test_no_action_needs_a_reason(press_a, agency_a, story):
    with pytest.raises(ValidationError) as error:
        _open(press_a, story, agency_a, kind=ResponseKind.NO_ACTION)
    assert "no_action_reason" in error.value.message_dict
    response = _open(
        press_a, story, agency_a, kind=ResponseKind.NO_ACTION, no_action_reason="Tin đã cũ"
    )
    assert response.no_action_reason == "Tin đã cũ"


@pytest.mark.django_db
def test_bad_input_gets_a_translated_error(press_a, agency_a, story):
    with override("vi"), pytest.raises(ValidationError) as error:
        _open(press_a, story, agency_a, deadline=TODAY - dt.timedelta(days=1))
    assert error.value.message_dict["deadline"] == ["Thời hạn không được là ngày đã qua."]
    with pytest.raises(ValidationError):
        _open(press_a, story, agency_a, kind="rumour")
    with pytest.raises(ValidationError) as error:
        _open(press_a, story, agency_a, correct_information="x" * 20_001)
    assert "correct_information" in error.value.message_dict
    other = make_story(title="Another story")
    foreign = make_article(source=make_source(name="NHK", country="JP", language="ja"), story=other)
    with pytest.raises(ValidationError):
        _open(press_a, story, agency_a, article_ids=[foreign.pk])
    assert not MediaResponse.objects.exists()


@pytest.mark.django_db
def test_text_is_cleaned_where_it_enters(press_a, agency_a, story):
    response = _open(press_a, story, agency_a, correct_information="Đúng\u200b sự\u202e thật")
    assert response.correct_information == "Đúng sự thật"


@pytest.mark.django_db
def test_who_may_change_a_response(
    press_a, press_b, coordinator, leader, officer_a, agency_a, story
):
    response = _open(press_a, story, agency_a)
    # Another agency's press officer and a leader may read it, not change it.
    assert response_get_for_user(press_b, response.pk) == response
    assert response_get_for_user(leader, response.pk) == response
    for user in (press_b, leader):
        with pytest.raises(PermissionDenied):
            response_get_for_user(user, response.pk, write=True)
        with pytest.raises(PermissionDenied):
            responses.response_update(
                actor=user, response=response, version=1, text_issued="x", today=TODAY
            )
    # An officer without the capability does not see it at all.
    with pytest.raises(Http404):
        response_get_for_user(officer_a, response.pk)
    with pytest.raises(Http404):
        _open(officer_a, story, agency_a)
    # The coordinating department may change any.
    responses.response_update(
        actor=coordinator, response=response, version=1, outlet_answer="Đã nhận", today=TODAY
    )


@pytest.mark.django_db
def test_dismissing_a_flag_needs_a_reason_and_a_responder(press_a, leader, flag):
    with pytest.raises(ValidationError):
        responses.flag_dismiss(actor=press_a, flag=flag, reason="  ", version=flag.version)
    with pytest.raises(PermissionDenied):
        responses.flag_dismiss(actor=leader, flag=flag, reason="Không liên quan", version=1)
    responses.flag_dismiss(actor=press_a, flag=flag, reason="Tin trùng lặp", version=1)
    flag.refresh_from_db()
    assert flag.status == FlagStatus.DISMISSED and flag.dismissed_reason == "Tin trùng lặp"
    with pytest.raises(ValidationError):
        responses.flag_dismiss(actor=press_a, flag=flag, reason="again", version=flag.version)


@pytest.mark.django_db
def test_an_officers_assessment_flags_the_story(press_a, story):
    assert not Flag.objects.exists()
    responses.story_assessment_set(actor=press_a, story=story, tone="negative", about_locality=True)
    assert Flag.objects.get().story == story
    assert AuditEntry.objects.filter(action="monitoring.assessment_set").exists()


@pytest.mark.django_db
def test_overdue_responses_are_told_once_to_the_agency_and_the_opener(
    press_a, press_b, coordinator, agency_a, agency_b, story
):
    response = _open(coordinator, story, agency_a)
    _open(press_a, story, agency_b, deadline=TODAY + dt.timedelta(days=30))
    late_day = TODAY + dt.timedelta(days=4)
    assert responses.overdue_sweep(today=late_day) == 2
    assert responses.overdue_sweep(today=late_day) == 0
    told = set(Notification.objects.values_list("recipient__username", flat=True))
    assert told == {"press_a", "coordinator"}
    note = Notification.objects.filter(recipient=press_a).get()
    assert note.link.endswith(f"/responses/{response.pk}/")
    assert "05/12/2026" in note.body


@pytest.mark.django_db
def test_a_done_response_is_not_overdue(press_a, agency_a, story):
    response = _open(press_a, story, agency_a)
    MediaResponse.objects.filter(pk=response.pk).update(status=ResponseStatus.DONE)
    assert responses.overdue_sweep(today=TODAY + dt.timedelta(days=10)) == 0


@pytest.mark.django_db
def test_the_correction_letter_quotes_the_articles_and_the_correct_information(
    press_a, agency_a, story
):
    response = _open(press_a, story, agency_a)
    letter = correction_letter_generate(actor=press_a, response=response, today=TODAY)
    assert letter.filename.endswith(".docx")
    document = docx.Document(io.BytesIO(letter.content))
    text = "\n".join(p.text for p in document.paragraphs)
    cells = "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    everything = text + "\n" + cells
    assert "V/v đề nghị cải chính thông tin" in everything
    assert "Kính gửi: Ban Biên tập The Guardian; Ban Biên tập Le Monde." in everything
    assert "Land protest in Dong Nai turns violent" in everything
    assert "https://news.example/" in everything
    assert "Không có bạo lực; cuộc đối thoại diễn ra ôn hòa tại xã Phú Hữu." in everything
    assert "đề nghị Quý cơ quan xem xét đính chính" in everything  # foreign outlets
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in everything
    assert MediaResponse.objects.get().letters_issued == 1
    assert AuditEntry.objects.filter(action="monitoring.letter_generated").count() == 1


@pytest.mark.django_db
def test_only_a_correction_request_has_a_letter_and_only_for_its_agency(
    press_a, press_b, agency_a, story
):
    statement = _open(press_a, story, agency_a, kind=ResponseKind.STATEMENT)
    with pytest.raises(ValidationError):
        correction_letter_generate(actor=press_a, response=statement, today=TODAY)
    correction = _open(press_a, story, agency_a)
    with pytest.raises(PermissionDenied):
        correction_letter_generate(actor=press_b, response=correction, today=TODAY)


@pytest.mark.django_db
def test_a_done_statement_is_recorded_and_no_action_is_not(press_a, agency_a, story):
    statement = _open(press_a, story, agency_a, kind=ResponseKind.STATEMENT)
    statement = responses.response_move(
        actor=press_a, response=statement, to_status="in_progress", version=1
    )
    statement = responses.response_update(
        actor=press_a, response=statement, version=2, text_issued="Thông cáo", today=TODAY
    )
    statement = responses.response_move(
        actor=press_a, response=statement, to_status="done", version=3
    )
    assert Activity.objects.get(pk=statement.activity_id).variant == "statement"
    nothing = _open(press_a, story, agency_a, kind=ResponseKind.NO_ACTION, no_action_reason="Cũ")
    nothing = responses.response_move(
        actor=press_a, response=nothing, to_status="in_progress", version=1
    )
    nothing = responses.response_move(actor=press_a, response=nothing, to_status="done", version=2)
    assert nothing.status == ResponseStatus.DONE and nothing.activity_id is None
    assert Activity.objects.count() == 1


@pytest.mark.django_db
def test_any_text_is_stored_clean_or_refused_with_a_message(press_a, agency_a, story):
    from hypothesis import given

    from ttdn.core.tests.strategies import SERVICE_SETTINGS, hostile_text, is_clean, rolled_back

    @SERVICE_SETTINGS
    @given(info=hostile_text(), issued=hostile_text(), reason=hostile_text())
    def check(info, issued, reason):
        with rolled_back():
            try:
                response = _open(press_a, story, agency_a, correct_information=info)
                response = responses.response_update(
                    actor=press_a,
                    response=response,
                    version=response.version,
                    text_issued=issued,
                    outlet_answer=reason,
                    today=TODAY,
                )
            except ValidationError as error:
                assert error.messages
                return
            stored = MediaResponse.objects.get(pk=response.pk)
            for text in (stored.correct_information, stored.text_issued, stored.outlet_answer):
                assert is_clean(text, multiline=True)

    check()
