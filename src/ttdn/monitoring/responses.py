"""Every write of the press officers' queue and responses (docs/decisions/0033).

- :func:`story_assessment_set`: a press officer corrects a story's tone or locality (the
  flag rules read it; the classifier never overwrites it).
- :func:`flag_dismiss`: a flag leaves the queue with a reason.
- :func:`response_open`, :func:`response_update`, :func:`response_move`: a response from a
  story, its texts, its path open → in progress → done (:data:`TRANSITIONS`). Each change
  is claimed with a conditional ``UPDATE … WHERE version = …``: a stale form changes
  nothing and says so (``ConflictError``). A done statement, press release, correction
  request or press conference is recorded in the activities registers.
- :func:`overdue_sweep`: the responses past their deadline, told once to their agency's
  press officers and to whoever opened them.

Every service checks the actor, cleans its text (``core.text.clean_text``), caps it, and
writes an audit entry in its transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from ttdn.accounts.capabilities import RESPOND_TO_MEDIA, users_with_capability_q
from ttdn.accounts.models import User
from ttdn.activities.access import may_record_for
from ttdn.activities.registers import REGISTERS
from ttdn.audit.services import log_action, snapshot
from ttdn.core.concurrency import claim_version
from ttdn.core.text import clean_text
from ttdn.directory.models import Agency
from ttdn.monitoring import flags as flag_rules
from ttdn.monitoring.models import (
    Article,
    AssessmentOrigin,
    Flag,
    FlagStatus,
    MediaResponse,
    ResponseKind,
    ResponseStatus,
    Story,
    StoryAssessment,
    StoryTone,
)
from ttdn.monitoring.response_access import can_change_response, require_responder
from ttdn.notifications.services import NotificationData, notifications_send

MAX_TEXT_CHARS = 20_000
MAX_REASON_CHARS = 2_000
MAX_ARTICLES = 200
MAX_DEADLINE_DAYS = 366
MAX_LINKS = 10  # article addresses kept on the activity

TRANSITIONS: dict[str, frozenset[str]] = {
    ResponseStatus.OPEN: frozenset({ResponseStatus.IN_PROGRESS}),
    ResponseStatus.IN_PROGRESS: frozenset({ResponseStatus.DONE, ResponseStatus.OPEN}),
    ResponseStatus.DONE: frozenset({ResponseStatus.IN_PROGRESS}),
}
# The kinds that are work done, recorded in the activities registers when done.
ACTIVITY_KINDS: dict[str, tuple[str, dict]] = {
    ResponseKind.STATEMENT: ("statements", {"variant": "statement"}),
    ResponseKind.PRESS_RELEASE: ("statements", {"variant": "release"}),
    ResponseKind.CORRECTION: ("corrections", {}),
    ResponseKind.PRESS_CONFERENCE: ("press_conferences", {"variant": "ad_hoc"}),
}
RESPONSE_FIELDS = [
    "kind",
    "agency",
    "deadline",
    "status",
    "no_action_reason",
    "correct_information",
    "text_issued",
    "outlet_answer",
]


def _text(value: str | None, *, field: str, max_chars: int = MAX_TEXT_CHARS) -> str:
    text = clean_text(value or "", multiline=True).strip()
    if len(text) > max_chars:
        raise ValidationError(
            {field: _("At most {n} characters, please shorten the text.").format(n=max_chars)}
        )
    return text


def _conflict_message() -> str:
    return _(
        "Someone else changed this after you opened it; nothing was saved. Reload the "
        "page to see their change, then try again."
    )


# --- a story's assessment ---------------------------------------------------------------------


@transaction.atomic
def story_assessment_set(
    *, actor, story: Story, tone: str, about_locality: bool
) -> StoryAssessment:
    """A press officer's tone and locality for ``story``; then the flag rule (a) again."""
    require_responder(actor)
    if tone not in StoryTone.values:
        raise ValidationError({"tone": _("Choose a tone from the list.")})
    assessment, _created = StoryAssessment.objects.select_for_update().get_or_create(story=story)
    before = snapshot(assessment, ["tone", "about_locality", "origin"])
    assessment.tone = tone
    assessment.about_locality = bool(about_locality)
    assessment.origin = AssessmentOrigin.OFFICER
    assessment.set_by = actor
    assessment.save()
    log_action(
        actor=actor,
        action="monitoring.assessment_set",
        target=story,
        before=before,
        after=snapshot(assessment, ["tone", "about_locality", "origin"]),
    )
    flag_rules.story_evaluate(story=story)
    return assessment


# --- flags ------------------------------------------------------------------------------------


@transaction.atomic
def flag_dismiss(*, actor, flag: Flag, reason: str, version: int) -> Flag:
    """Take ``flag`` off the queue, saying why."""
    require_responder(actor)
    reason = _text(reason, field="reason", max_chars=MAX_REASON_CHARS)
    if not reason:
        raise ValidationError({"reason": _("Say why the flag is dismissed.")})
    if flag.status != FlagStatus.OPEN:
        raise ValidationError(_("This flag is no longer open."))
    now = timezone.now()
    claim_version(
        flag,
        version,
        message=_conflict_message(),
        where={"status": FlagStatus.OPEN},
        status=FlagStatus.DISMISSED,
        dismissed_reason=reason,
        decided_by=actor,
        decided_at=now,
    )
    flag.refresh_from_db()
    log_action(
        actor=actor,
        action="monitoring.flag_dismissed",
        target=flag,
        before={"status": FlagStatus.OPEN},
        after={"status": flag.status, "dismissed_reason": reason},
        scopes=[flag.story] if flag.story_id else [],
    )
    return flag


# --- responses --------------------------------------------------------------------------------


def _deadline(deadline, *, today: dt.date, field: str = "deadline") -> dt.date:
    if not isinstance(deadline, dt.date):
        raise ValidationError({field: _("Give a deadline (dd/mm/yyyy).")})
    if deadline < today:
        raise ValidationError({field: _("The deadline cannot be in the past.")})
    if deadline > today + dt.timedelta(days=MAX_DEADLINE_DAYS):
        raise ValidationError({field: _("The deadline is more than a year away.")})
    return deadline


def _articles(story: Story, article_ids: Iterable[int] | None) -> list[Article]:
    """The articles of ``story`` named by ``article_ids`` (all of them when None)."""
    articles = Article.objects.filter(story=story)
    if article_ids is None:
        return list(articles.order_by("pk")[:MAX_ARTICLES])
    ids = {int(pk) for pk in article_ids}
    if len(ids) > MAX_ARTICLES:
        raise ValidationError({"articles": _("At most {n} articles.").format(n=MAX_ARTICLES)})
    found = list(articles.filter(pk__in=ids))
    if len(found) != len(ids):
        raise ValidationError({"articles": _("Link only articles of this story.")})
    return found


def _scopes(response: MediaResponse) -> list:
    return [response.story, response.agency, *([response.flag] if response.flag_id else [])]


@transaction.atomic
def response_open(
    *,
    actor,
    story: Story,
    kind: str,
    agency: Agency,
    deadline: dt.date,
    flag: Flag | None = None,
    article_ids: Iterable[int] | None = None,
    no_action_reason: str = "",
    correct_information: str = "",
    today: dt.date | None = None,
) -> MediaResponse:
    """Open a response to ``story`` (from its ``flag``, which then leaves the queue)."""
    require_responder(actor)
    today = today or timezone.localdate()
    if kind not in ResponseKind.values:
        raise ValidationError({"kind": _("Choose a kind of response from the list.")})
    if flag is not None and flag.story_id not in (None, story.pk):
        raise ValidationError(_("This flag is about another story."))
    response = MediaResponse(
        story=story,
        flag=flag,
        kind=kind,
        agency=agency,
        deadline=_deadline(deadline, today=today),
        no_action_reason=_text(
            no_action_reason, field="no_action_reason", max_chars=MAX_REASON_CHARS
        ),
        correct_information=_text(correct_information, field="correct_information"),
        created_by=actor,
    )
    if kind == ResponseKind.NO_ACTION and not response.no_action_reason:
        raise ValidationError({"no_action_reason": _("Say why no action is taken.")})
    response.full_clean()
    response.save()
    response.articles.set(_articles(story, article_ids))
    if flag is not None and flag.status == FlagStatus.OPEN:
        Flag.objects.filter(pk=flag.pk).update(
            status=FlagStatus.ANSWERED,
            decided_by=actor,
            decided_at=timezone.now(),
            version=F("version") + 1,
        )
    log_action(
        actor=actor,
        action="monitoring.response_opened",
        target=response,
        after=snapshot(response, RESPONSE_FIELDS),
        data={"articles": [a.pk for a in response.articles.all()]},
        scopes=_scopes(response),
    )
    return response


def _claim(response: MediaResponse, version: int, **changes) -> None:
    claim_version(response, version, message=_conflict_message(), **changes)


def require_change(actor, response: MediaResponse) -> None:
    if not can_change_response(actor, response):
        raise PermissionDenied(
            _("Only the responsible agency and the coordinating department change this response.")
        )


@transaction.atomic
def response_update(
    *,
    actor,
    response: MediaResponse,
    version: int,
    agency: Agency | None = None,
    deadline: dt.date | None = None,
    no_action_reason: str | None = None,
    correct_information: str | None = None,
    text_issued: str | None = None,
    outlet_answer: str | None = None,
    article_ids: Iterable[int] | None = None,
    today: dt.date | None = None,
) -> MediaResponse:
    """Change what ``response`` says (the arguments given); its status moves only
    through :func:`response_move`."""
    require_change(actor, response)
    today = today or timezone.localdate()
    before = snapshot(response, RESPONSE_FIELDS)
    changes: dict = {}
    if agency is not None:
        changes["agency"] = agency
    if deadline is not None and deadline != response.deadline:
        changes["deadline"] = _deadline(deadline, today=today)
    for name, value, cap in (
        ("no_action_reason", no_action_reason, MAX_REASON_CHARS),
        ("correct_information", correct_information, MAX_TEXT_CHARS),
        ("text_issued", text_issued, MAX_TEXT_CHARS),
        ("outlet_answer", outlet_answer, MAX_TEXT_CHARS),
    ):
        if value is not None:
            changes[name] = _text(value, field=name, max_chars=cap)
    reason = changes.get("no_action_reason", response.no_action_reason)
    if response.kind == ResponseKind.NO_ACTION and not reason:
        raise ValidationError({"no_action_reason": _("Say why no action is taken.")})
    articles = _articles(response.story, article_ids) if article_ids is not None else None
    _claim(response, version, **changes)
    response.refresh_from_db()
    if articles is not None:
        response.articles.set(articles)
    log_action(
        actor=actor,
        action="monitoring.response_changed",
        target=response,
        before=before,
        after=snapshot(response, RESPONSE_FIELDS),
        scopes=_scopes(response),
    )
    return response


def status_path(status: str) -> list[str]:
    """The statuses a response in ``status`` may move to next."""
    return [s for s in ResponseStatus.values if s in TRANSITIONS.get(status, ())]


@transaction.atomic
def response_move(*, actor, response: MediaResponse, to_status: str, version: int) -> MediaResponse:
    """Move ``response`` along open → in progress → done (or back a step). Done needs the
    text issued (or, for no action, the reason); a done statement, press release,
    correction request or press conference is recorded as an activity."""
    require_change(actor, response)
    if to_status not in TRANSITIONS.get(response.status, ()):
        raise ValidationError(
            _("A response cannot move from “{old}” to “{new}”.").format(
                old=ResponseStatus(response.status).label,
                new=ResponseStatus(to_status).label
                if to_status in ResponseStatus.values
                else to_status,
            )
        )
    if (
        to_status == ResponseStatus.DONE
        and response.kind != ResponseKind.NO_ACTION
        and not response.text_issued
    ):
        raise ValidationError(
            {"text_issued": _("Record the text issued before marking the response done.")}
        )
    before = {"status": response.status}
    changes: dict = {"status": to_status}
    changes["done_at"] = timezone.now() if to_status == ResponseStatus.DONE else None
    _claim(response, version, **changes)
    response.refresh_from_db()
    activity = None
    if to_status == ResponseStatus.DONE and not response.activity_id:
        activity = record_activity(actor=actor, response=response)
    log_action(
        actor=actor,
        action="monitoring.response_moved",
        target=response,
        before=before,
        after={"status": response.status},
        data={"activity": activity} if activity else {},
        scopes=_scopes(response),
    )
    return response


def record_activity(*, actor, response: MediaResponse) -> dict | None:
    """Record a done response in the activities registers
    (``activities.registers.REGISTERS[code].create``, their one write path and rules);
    what was recorded, or None for a kind that is not work done (no action) or when the
    actor may not record for the responsible agency (only its own officers record its
    work: the response is done all the same, and the page says it was not recorded)."""
    entry = ACTIVITY_KINDS.get(response.kind)
    if entry is None or not may_record_for(actor, response.agency_id):
        return None
    register, extra = entry
    day = timezone.localdate(response.done_at or timezone.now())
    articles = list(response.articles.select_related("source").order_by("pk")[:MAX_LINKS])
    outlets = ", ".join(dict.fromkeys(a.source.outlet or a.source.name for a in articles))
    data = {
        "title": _("Response to “{story}”").format(story=response.story.title)[:500],
        "start_date": day,
        "notes": response.text_issued,
        "links": [a.url for a in articles],
        **extra,
    }
    if response.kind == ResponseKind.CORRECTION:
        data["outlet"] = outlets[:255]
        data["status"] = "corrected" if response.outlet_answer else "sent"
        data["results"] = response.outlet_answer
    activity = REGISTERS[register].create(actor=actor, agency=response.agency, data=data)
    MediaResponse.objects.filter(pk=response.pk).update(
        activity_register=register, activity_id=activity.pk
    )
    response.activity_register, response.activity_id = register, activity.pk
    return {"register": register, "id": activity.pk}


# --- alerts of overdue responses -------------------------------------------------------------


def overdue_responses(today: dt.date):
    return (
        MediaResponse.objects.filter(deadline__lt=today)
        .exclude(status=ResponseStatus.DONE)
        .select_related("story", "agency")
        .order_by("deadline", "pk")
    )


def overdue_sweep(*, today: dt.date | None = None) -> int:
    """Tell the responsible agency's press officers and whoever opened each overdue
    response, once per response and deadline; returns how many notifications are new."""
    today = today or timezone.localdate()
    responders = User.objects.filter(users_with_capability_q(RESPOND_TO_MEDIA))
    items = []
    with override(settings.LANGUAGE_CODE):
        for response in overdue_responses(today).iterator(chunk_size=500):
            recipients = set(
                responders.filter(Q(agencies=response.agency_id)).values_list("pk", flat=True)
            )
            if response.created_by_id:
                recipients.add(response.created_by_id)
            title = _("Response overdue: {story}").format(story=response.story.title)
            body = _("{kind} by {agency}, due {deadline}.").format(
                kind=response.get_kind_display(),
                agency=response.agency.name,
                deadline=response.deadline.strftime("%d/%m/%Y"),
            )
            link = reverse("monitoring:response", args=[response.pk])
            key = f"monitoring:response:{response.pk}:overdue:{response.deadline.isoformat()}"
            items.extend(
                NotificationData(
                    recipient_id=pk,
                    kind="monitoring.overdue",
                    title=title,
                    body=body,
                    link=link,
                    event_key=key,
                )
                for pk in sorted(recipients)
            )
    return notifications_send(items=items)
