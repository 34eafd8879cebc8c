"""Every write of report requests and submissions (docs/decisions/0023-report-requests.md).

- ``reporting_rule_save``: a plan's reporting rule and chain (the coordinator);
- ``request_create_periodic`` / ``periodic_requests_create``: one request per plan and
  period from the rule, idempotent (a unique constraint; the daily job may run twice);
- ``request_create_adhoc`` / ``request_change``: the coordinator's own requests and dates;
- ``submission_save`` / ``submission_submit`` / ``submission_review``: the agency's report,
  draft → submitted → accepted or returned with comments → resubmitted.

Recipients that were merged or dissolved are replaced by their successor
(``directory.resolver.follow_successors``); the submission keeps who was first named.
"""

from __future__ import annotations

import datetime
import logging
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import IntegrityError, transaction
from django.db.models import F
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ttdn.accounts.models import Membership
from ttdn.attachments.services import attachments_create, clean_files, clean_links
from ttdn.audit.services import log_action, snapshot
from ttdn.core.concurrency import claim_version
from ttdn.core.exceptions import ConflictError
from ttdn.core.indicators import IndicatorScope
from ttdn.core.text import clean_text, squash
from ttdn.directory.models import Agency
from ttdn.directory.resolver import follow_successors
from ttdn.indicators.selectors import activity_figures
from ttdn.notifications.services import NotificationData, notifications_send
from ttdn.plans.models import REPORTABLE_STATUSES, Plan, TaskAssignment, Visibility
from ttdn.submissions import deadlines
from ttdn.submissions.access import can_write_submission, require_requester
from ttdn.submissions.deadlines import Period
from ttdn.submissions.models import (
    Frequency,
    HolidayHandling,
    ReportingRule,
    ReportingStep,
    ReportRequest,
    RequestKind,
    RequestStep,
    Submission,
    SubmissionFile,
    SubmissionState,
)
from ttdn.submissions.selectors import (
    agency_task_rows,
    period_figures,
    reporting_rule_of,
    rule_steps,
    submission_agency_ids,
)
from ttdn.tracking.services import ALLOWED_EVIDENCE_EXTENSIONS
from ttdn.tracking.services import _clean_figures as clean_figures

logger = logging.getLogger(__name__)

# The report files policy (docs/decisions/0011-attachments.md): the evidence types.
ALLOWED_REPORT_EXTENSIONS = ALLOWED_EVIDENCE_EXTENSIONS
MAX_REPORT_FILES = 10  # files and links on one submission, in all
MAX_SECTION_CHARS = 20_000
MAX_NOTE_CHARS = 2_000
MAX_TITLE_CHARS = 300
MAX_INSTRUCTIONS_CHARS = 5_000
MAX_RECIPIENTS = 500
MAX_STEPS = 5


def _today() -> datetime.date:
    return timezone.localdate()


def _clean_line(value: str, *, field: str, max_chars: int, required: bool = False) -> str:
    text = squash(clean_text(value or "", multiline=False))
    if required and not text:
        raise ValidationError({field: _("This field is required.")})
    if len(text) > max_chars:
        raise ValidationError(
            {field: _("The text is too long (at most {n} characters).").format(n=max_chars)}
        )
    return text


def _clean_block(value: str, *, field: str, max_chars: int) -> str:
    text = clean_text(value or "").strip()
    if len(text) > max_chars:
        raise ValidationError(
            {field: _("The text is too long (at most {n} characters).").format(n=max_chars)}
        )
    return text


# --- rules ------------------------------------------------------------------------------


@dataclass(frozen=True)
class StepData:
    reporter: str
    recipient: str
    days_after: int | None = None
    deadline_month: int | None = None
    deadline_day: int | None = None
    recipient_agency: Agency | None = None


@transaction.atomic
def reporting_rule_save(
    *,
    actor,
    plan: Plan,
    frequency: str,
    deadline_month: int,
    deadline_day: int,
    on_holiday: str = "",
    lead_days: int | None = None,
    active: bool = True,
    steps: list[StepData] | None = None,
) -> ReportingRule:
    """Create or change the plan's reporting rule; ``steps`` (if given) replace its chain."""
    require_requester(actor)
    if frequency not in Frequency.values:
        raise ValidationError({"frequency": _("Choose how often the agencies report.")})
    if on_holiday and on_holiday not in HolidayHandling.values:
        raise ValidationError({"on_holiday": _("Choose what happens to a deadline on a holiday.")})
    rule = ReportingRule.objects.select_for_update().filter(plan=plan).first()
    before = snapshot(rule) if rule else None
    if rule is None:
        rule = ReportingRule(plan=plan)
    rule.frequency, rule.deadline_month, rule.deadline_day = frequency, deadline_month, deadline_day
    rule.on_holiday, rule.lead_days, rule.active = on_holiday, lead_days, active
    rule.full_clean()
    rule.save()
    if steps is not None:
        if len(steps) > MAX_STEPS:
            raise ValidationError({"steps": _("At most {n} steps.").format(n=MAX_STEPS)})
        rule.steps.all().delete()
        for order, data in enumerate(steps):
            step = ReportingStep(
                rule=rule,
                order=order,
                reporter=data.reporter,
                recipient=data.recipient,
                recipient_agency=data.recipient_agency,
                days_after=data.days_after,
                deadline_month=data.deadline_month,
                deadline_day=data.deadline_day,
            )
            step.full_clean()
            step.save()
    after = snapshot(rule)
    after["rule_steps"] = [str(s) for s in rule.steps.all()]
    log_action(
        actor=actor,
        action="submissions.rule_saved",
        target=rule,
        before=before,
        after=after,
        scopes=[plan],
    )
    return rule


# --- recipients ---------------------------------------------------------------------------


def plan_agencies(plan: Plan) -> list[Agency]:
    """The agencies that lead or coordinate the plan's tasks, by name."""
    ids = (
        TaskAssignment.objects.filter(task__plan=plan, agency__isnull=False)
        .values_list("agency_id", flat=True)
        .distinct()
    )
    return list(Agency.objects.filter(pk__in=ids).order_by("name"))


def route_recipients(
    agencies: list[Agency], *, on: datetime.date | None = None
) -> list[tuple[Agency, Agency | None]]:
    """(agency addressed, agency first named if it was replaced) for each recipient: a
    merged or dissolved agency is replaced by its successor on ``on``; each agency once."""
    on = on or _today()
    routed: dict[int, tuple[Agency, Agency | None]] = {}
    for agency in agencies:
        target = follow_successors(agency, on=on)
        if target.pk not in routed or target.pk == agency.pk:
            routed[target.pk] = (target, None if target.pk == agency.pk else agency)
    return sorted(routed.values(), key=lambda pair: pair[0].name)


def _check_recipients(plan: Plan, routed: list[tuple[Agency, Agency | None]], *, strict: bool):
    """On a restricted plan, only the agencies it is restricted to may see a request."""
    if plan.visibility != Visibility.RESTRICTED:
        return routed
    allowed = set(plan.restricted_to.values_list("pk", flat=True))
    outside = [agency for agency, _first in routed if agency.pk not in allowed]
    if outside and strict:
        raise ValidationError(
            {
                "agencies": _(
                    "{name} cannot see this restricted plan; it cannot be asked to report on it."
                ).format(name=outside[0].display_name)
            }
        )
    return [pair for pair in routed if pair[0].pk in allowed]


def _create_submissions(
    request: ReportRequest, routed: list[tuple[Agency, Agency | None]]
) -> list[Submission]:
    return Submission.objects.bulk_create(
        [Submission(request=request, agency=agency, addressed_to=first) for agency, first in routed]
    )


def _notify_recipients(request: ReportRequest, submissions: list[Submission]) -> int:
    """Tell the members of each agency asked to report (in the app and by e-mail) that a
    request has arrived: once per request and person (the event key), inside the request's
    transaction, so a request rolled back tells no one. Reminders before the deadline are
    the urging sweep's."""
    agency_ids = {s.agency_id for s in submissions}
    members: dict[int, list[int]] = {}
    for agency_id, user_id in Membership.objects.filter(
        agency_id__in=agency_ids, user__is_active=True
    ).values_list("agency_id", "user_id"):
        members.setdefault(agency_id, []).append(user_id)
    with translation.override(settings.LANGUAGE_CODE):
        title = _("New report request: {title}").format(title=request.title)
        body = _("Period: {period}\nPlan: {plan}\nDeadline: {date}").format(
            period=request.period_label,
            plan=request.plan.number or request.plan.title,
            date=request.deadline.strftime("%d/%m/%Y"),
        )
        if request.instructions:
            body += "\n\n" + request.instructions
    items, seen = [], set()
    for submission in submissions:
        link = reverse("submissions:submission", args=[submission.pk])
        for user_id in members.get(submission.agency_id, ()):
            if user_id not in seen:
                seen.add(user_id)
                items.append(
                    NotificationData(
                        recipient_id=user_id,
                        kind="submissions.request_created",
                        title=title,
                        body=body,
                        link=link,
                        event_key=f"request:{request.pk}:created",
                    )
                )
    return notifications_send(items=items, trusted=True)


def _create_steps(request: ReportRequest, rule: ReportingRule, period: Period) -> None:
    steps = rule_steps(rule)
    dates = deadlines.step_deadlines(rule, steps, period, request.deadline)
    RequestStep.objects.bulk_create(
        [
            RequestStep(
                request=request,
                order=order,
                reporter=step.reporter,
                recipient=step.recipient,
                recipient_agency=step.recipient_agency,
                deadline=day,
            )
            for order, (step, day) in enumerate(zip(steps, dates, strict=True))
        ]
    )


def _request_after(request: ReportRequest, submissions: list[Submission]) -> dict:
    return {
        **snapshot(request),
        "request_recipients": [s.agency.name for s in submissions],
        "request_steps": [f"{s}: {s.deadline:%d/%m/%Y}" for s in request.steps.all()],
    }


# --- periodic requests ------------------------------------------------------------------------


def _periodic_title(plan: Plan, period: Period) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        # A plan's title already says what it is ("Kế hoạch …"); its number does not.
        if plan.number:
            title = _("Report on plan {number}: {period}").format(
                number=plan.number, period=period.label
            )
        else:
            title = _("Report on carrying out {title}: {period}").format(
                title=plan.title, period=period.label
            )
    return title[:MAX_TITLE_CHARS]


def _existing_periodic(plan: Plan, period: Period) -> ReportRequest | None:
    return ReportRequest.objects.filter(
        plan=plan, kind=RequestKind.PERIODIC, period_key=period.key
    ).first()


def request_create_periodic(
    *, plan: Plan, period: Period, rule: ReportingRule | None = None, actor=None
) -> tuple[ReportRequest, bool]:
    """The plan's periodic request for ``period``, made if it does not exist yet:
    (request, created). Safe to run twice at once: the database's unique constraint on
    (plan, period) decides, and the loser returns the winner's request."""
    rule = rule or reporting_rule_of(plan)
    if rule is None:
        raise ValidationError(_("The plan has no reporting rule."))
    existing = _existing_periodic(plan, period)
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            with translation.override(settings.LANGUAGE_CODE):
                label = period.label
            request = ReportRequest(
                plan=plan,
                kind=RequestKind.PERIODIC,
                title=_periodic_title(plan, period),
                period_key=period.key,
                period_label=label,
                period_start=period.start,
                period_end=period.end,
                deadline=deadlines.rule_deadline(rule, period),
                created_by=actor if getattr(actor, "is_authenticated", False) else None,
            )
            # The unique constraint is the database's to enforce (a check here would race).
            request.full_clean(validate_constraints=False)
            request.save()
            _create_steps(request, rule, period)
            routed = _check_recipients(plan, route_recipients(plan_agencies(plan)), strict=False)
            submissions = _create_submissions(request, routed)
            _notify_recipients(request, submissions)
            log_action(
                actor=actor,
                action="submissions.request_created",
                target=request,
                after=_request_after(request, submissions),
                scopes=[plan],
            )
    except IntegrityError:
        # Another run made it between our look and our insert: theirs is the request.
        existing = _existing_periodic(plan, period)
        if existing is None:
            raise
        return existing, False
    return request, True


def due_periods(
    rule: ReportingRule, plan: Plan, *, on: datetime.date
) -> list[tuple[Period, datetime.date]]:
    """The periods of the plan whose request should be open on ``on``: from ``lead_days``
    (the rule's, else ``TTDN_REQUEST_LEAD_DAYS``) before the deadline until the deadline."""
    lead = rule.lead_days if rule.lead_days is not None else settings.TTDN_REQUEST_LEAD_DAYS
    due = []
    for year in range(max(plan.period_start, on.year - 1), min(plan.period_end, on.year + 1) + 1):
        for period in deadlines.periods_of_year(rule.frequency, year):
            deadline = deadlines.rule_deadline(rule, period)
            if deadline - datetime.timedelta(days=lead) <= on <= deadline:
                due.append((period, deadline))
    return due


def periodic_requests_create(*, on: datetime.date | None = None) -> int:
    """The daily job: for every plan open for reports (issued, in progress) with an active
    rule — stored, or derived from its reporting deadline — make the requests now due.
    Returns how many were made. Idempotent: running it twice (at once) makes none twice."""
    on = on or _today()
    created = 0
    plans = Plan.objects.filter(status__in=sorted(REPORTABLE_STATUSES)).filter(
        period_start__lte=on.year + 1, period_end__gte=on.year - 1
    )
    for plan in plans.select_related("reporting_rule").order_by("pk"):
        rule = reporting_rule_of(plan)
        if rule is None or not rule.active:
            continue
        for period, _deadline in due_periods(rule, plan, on=on):
            try:
                _request, made = request_create_periodic(plan=plan, period=period, rule=rule)
            except ValidationError:
                logger.exception("Periodic request for plan %s, %s refused", plan.pk, period.key)
                continue
            created += made
    return created


# --- ad-hoc requests and changes ------------------------------------------------------------


@transaction.atomic
def request_create_adhoc(
    *,
    actor,
    plan: Plan,
    title: str,
    deadline: datetime.date,
    period_start: datetime.date,
    period_end: datetime.date,
    agencies: list[Agency],
    instructions: str = "",
) -> ReportRequest:
    """A "báo cáo đột xuất": the coordinator's request to ``agencies`` (a merged or
    dissolved one goes to its successor) for any period, due on ``deadline``."""
    require_requester(actor)
    if not plan.accepts_progress:
        # The same rule as the periodic job's and progress reports': only a plan being
        # carried out is reported on (decision 0021). The form offers no other plan; a
        # crafted POST must not either.
        raise ValidationError(
            {"plan": _("Reports can be requested only on a plan that is issued or in progress.")}
        )
    title = _clean_line(title, field="title", max_chars=MAX_TITLE_CHARS, required=True)
    instructions = _clean_block(
        instructions, field="instructions", max_chars=MAX_INSTRUCTIONS_CHARS
    )
    if period_end < period_start:
        raise ValidationError({"period_end": _("The period must end on or after its first day.")})
    if not agencies:
        raise ValidationError({"agencies": _("Choose at least one agency.")})
    if len(agencies) > MAX_RECIPIENTS:
        raise ValidationError({"agencies": _("At most {n} agencies.").format(n=MAX_RECIPIENTS)})
    if deadline < _today():
        raise ValidationError({"deadline": _("The deadline cannot be in the past.")})
    period = deadlines.custom_period(period_start, period_end)
    routed = _check_recipients(plan, route_recipients(agencies), strict=True)
    request = ReportRequest(
        plan=plan,
        kind=RequestKind.AD_HOC,
        title=title,
        instructions=instructions,
        period_key=period.key,
        period_label=period.label,
        period_start=period.start,
        period_end=period.end,
        deadline=deadline,
        created_by=actor,
    )
    request.full_clean()
    request.save()
    submissions = _create_submissions(request, routed)
    _notify_recipients(request, submissions)
    log_action(
        actor=actor,
        action="submissions.request_created",
        target=request,
        after=_request_after(request, submissions),
        scopes=[plan],
    )
    return request


@transaction.atomic
def request_change(
    *,
    actor,
    request: ReportRequest,
    deadline: datetime.date | None = None,
    closed: bool | None = None,
    instructions: str | None = None,
) -> ReportRequest:
    """The coordinator moves a request's deadline, closes or reopens it, or changes its
    instructions. The later steps of the chain move with the deadline (each keeps its
    distance from it). Submissions already handed in keep their late mark."""
    require_requester(actor)
    request = ReportRequest.objects.select_for_update().get(pk=request.pk)
    before = snapshot(request, ["deadline", "closed", "instructions"])
    if deadline is not None and deadline != request.deadline:
        shift = deadline - request.deadline
        for step in request.steps.all():
            step.deadline += shift
            step.save(update_fields=["deadline"])
        request.deadline = deadline
    if closed is not None:
        request.closed = closed
    if instructions is not None:
        request.instructions = _clean_block(
            instructions, field="instructions", max_chars=MAX_INSTRUCTIONS_CHARS
        )
    request.full_clean(validate_constraints=False)
    request.save()
    after = snapshot(request, ["deadline", "closed", "instructions"])
    if after != before:
        log_action(
            actor=actor,
            action="submissions.request_changed",
            target=request,
            before=before,
            after=after,
            scopes=[request.plan],
        )
    return request


# --- submissions -------------------------------------------------------------------------------


def submission_task_rows(submission: Submission) -> list[dict]:
    """What the task table shows: after submission, the rows as handed in; before, the
    agency's tasks with the state tracking keeps now and the agency's saved notes."""
    if submission.is_handed_in and submission.task_rows:
        return list(submission.task_rows)
    notes = {row.get("task_id"): row.get("note", "") for row in submission.task_rows or []}
    return [
        {**row.as_json(notes.get(row.task_id, "")), "status_label": row.status_label}
        for row in agency_task_rows(submission.request.plan, submission_agency_ids(submission))
    ]


def submission_initial_figures(submission: Submission) -> dict:
    """The figures a report starts with: the ones saved, or for a report not yet started
    those the agency reported in progress updates of the period."""
    if submission.state != SubmissionState.NOT_STARTED or submission.figures:
        return dict(submission.figures or {})
    request = submission.request
    agency_ids = submission_agency_ids(submission)
    figures = period_figures(request.plan, agency_ids, request.period_start, request.period_end)
    # The figures of the activities the agency recorded for the plan's tasks in the period
    # (``indicators.selectors.indicators_for``, the dashboard's figures), by their label;
    # a figure the agency already reported under the same name keeps its reported value.
    scope = IndicatorScope(
        start=request.period_start,
        end=request.period_end,
        agency_ids=frozenset(agency_ids),
        plan_id=request.plan_id,
    )
    for indicator in activity_figures(scope):
        if indicator.value:
            figures.setdefault(str(indicator.label), indicator.value)
    return figures


def _clean_notes(notes: dict | None, allowed_ids: set[int]) -> dict[int, str]:
    cleaned = {}
    for key, value in (notes or {}).items():
        try:
            task_id = int(key)
        except (TypeError, ValueError):
            continue
        if task_id not in allowed_ids:
            continue
        text = _clean_block(str(value or ""), field="task_notes", max_chars=MAX_NOTE_CHARS)
        if text:
            cleaned[task_id] = text
    return cleaned


def _rows_with_notes(submission: Submission, notes: dict[int, str]) -> list[dict]:
    return [
        row.as_json(notes.get(row.task_id, ""))
        for row in agency_task_rows(submission.request.plan, submission_agency_ids(submission))
    ]


def _claim(submission: Submission, version: int, **changes) -> None:
    """Write ``changes`` if nobody saved the submission since ``version`` was read."""
    claim_version(
        submission,
        version,
        message=_(
            "Another officer saved this report after you opened it. Your text is kept "
            "in the form below and their version is shown beside it: compare them, then "
            "save again."
        ),
        **changes,
    )


@transaction.atomic
def submission_save(
    *,
    actor,
    submission: Submission,
    version: int,
    results: str = "",
    limitations: str = "",
    proposals: str = "",
    task_notes: dict | None = None,
    figures: dict | None = None,
    files: list[UploadedFile] | None = None,
    links: list[str] | None = None,
    remove_file_ids: list[int] | None = None,
) -> Submission:
    """Save the agency's draft. ``version`` is the one the officer's form was built from:
    if someone saved since, nothing is written and ``ConflictError`` says so."""
    if not can_write_submission(actor, submission):
        raise PermissionDenied(_("Only the officers of the agency write its report."))
    if not submission.is_editable:
        raise ValidationError(
            _("This report has been handed in; it can be changed only if it is returned.")
        )
    results = _clean_block(results, field="results", max_chars=MAX_SECTION_CHARS)
    limitations = _clean_block(limitations, field="limitations", max_chars=MAX_SECTION_CHARS)
    proposals = _clean_block(proposals, field="proposals", max_chars=MAX_SECTION_CHARS)
    figures = clean_figures(figures)
    rows = agency_task_rows(submission.request.plan, submission_agency_ids(submission))
    notes = _clean_notes(task_notes, {row.task_id for row in rows})
    files = clean_files(
        list(files or []),
        allowed_extensions=ALLOWED_REPORT_EXTENSIONS,
        max_bytes=settings.TTDN_EVIDENCE_MAX_BYTES,
        max_count=MAX_REPORT_FILES,
    )
    links = clean_links(list(links or []), max_count=MAX_REPORT_FILES)
    remove = set(remove_file_ids or [])
    kept = submission.files.exclude(pk__in=remove).count()
    if kept + len(files) + len(links) > MAX_REPORT_FILES:
        raise ValidationError(
            {"files": _("A report has at most {n} files and links.").format(n=MAX_REPORT_FILES)}
        )
    before = snapshot(submission, ["state", "results", "limitations", "proposals", "figures"])
    state = (
        SubmissionState.DRAFT
        if submission.state == SubmissionState.NOT_STARTED
        else submission.state
    )
    _claim(
        submission,
        version,
        state=state,
        results=results,
        limitations=limitations,
        proposals=proposals,
        figures=figures,
        task_rows=[row.as_json(notes.get(row.task_id, "")) for row in rows],
        updated_by=actor,
    )
    removed = [f.title for f in submission.files.filter(pk__in=remove)]
    submission.files.filter(pk__in=remove).delete()
    submission.refresh_from_db()
    added = attachments_create(
        model=SubmissionFile, files=files, links=links, submission=submission
    )
    after = snapshot(submission, ["state", "results", "limitations", "proposals", "figures"])
    log_action(
        actor=actor,
        action="submissions.draft_saved",
        target=submission,
        before=before,
        after={**after, "report_files": [f.title for f in submission.files.all()]},
        data={"added": [a.title for a in added], "removed": removed} if added or removed else {},
        scopes=[submission.request, submission.request.plan, submission.agency],
    )
    return submission


@transaction.atomic
def submission_submit(*, actor, submission: Submission, version: int) -> Submission:
    """Hand the report in (after saving it). It is marked late when handed in after the
    request's deadline (dates in Asia/Ho_Chi_Minh). The task table is kept as it stands."""
    if not can_write_submission(actor, submission):
        raise PermissionDenied(_("Only the officers of the agency write its report."))
    if not submission.is_editable:
        raise ValidationError(_("This report has already been handed in."))
    if not submission.results.strip():
        raise ValidationError(
            {
                "results": _(
                    "Write the results before handing the report in (if nothing was done "
                    "in the period, say so)."
                )
            }
        )
    now = timezone.now()
    late = timezone.localdate(now) > submission.request.deadline
    notes = {row.get("task_id"): row.get("note", "") for row in submission.task_rows or []}
    before = {"state": submission.state}
    _claim(
        submission,
        version,
        state=SubmissionState.SUBMITTED,
        submitted_at=now,
        submitted_by=actor,
        is_late=late,
        task_rows=_rows_with_notes(submission, notes),
        updated_by=actor,
    )
    submission.refresh_from_db()
    log_action(
        actor=actor,
        action="submissions.submitted",
        target=submission,
        before=before,
        after={"state": submission.state, "is_late": late},
        scopes=[submission.request, submission.request.plan, submission.agency],
    )
    return submission


@transaction.atomic
def submission_review(
    *, actor, submission: Submission, accept: bool, comment: str = ""
) -> Submission:
    """The coordinator accepts a handed-in report or returns it with comments; a returned
    report goes back to the agency, which corrects and hands it in again."""
    require_requester(actor)
    comment = _clean_block(comment, field="comment", max_chars=MAX_NOTE_CHARS)
    if not accept and not comment:
        raise ValidationError({"comment": _("Say why the report is returned.")})
    new_state = SubmissionState.ACCEPTED if accept else SubmissionState.RETURNED
    count = Submission.objects.filter(pk=submission.pk, state=SubmissionState.SUBMITTED).update(
        state=new_state,
        reviewed_by=actor,
        reviewed_at=timezone.now(),
        review_comment=comment,
        version=F("version") + 1,
        updated_at=timezone.now(),
    )
    if count != 1:
        raise ConflictError(
            _("This report is not awaiting review (already reviewed, or not handed in).")
        )
    submission.refresh_from_db()
    log_action(
        actor=actor,
        action="submissions.accepted" if accept else "submissions.returned",
        target=submission,
        before={"state": SubmissionState.SUBMITTED},
        after={"state": new_state, "review_comment": comment},
        scopes=[submission.request, submission.request.plan, submission.agency],
    )
    return submission
