"""Urging: the reminder sweep, reminder settings of a plan, calendar tokens.

The sweep (:func:`reminders_sweep`, run by the huey periodic task in ``tasks.py``) reads
each open task's stored ``next_deadline`` (tracking's derived state, never recomputed
here), works out which reminder falls due today (:func:`events_for`, pure) and notifies
the officers of the task's lead and coordinating agencies, or the leaders for an
escalation, through ``notifications.services.notifications_send``: insert-or-ignore on
``(event key, recipient)``, so sweeping twice, or in two processes at once, notifies once.
Queries are set-based (a few per thousand tasks with an event), whatever the number of tasks.
"""

import datetime
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Max
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from ttdn.accounts.capabilities import (
    RECEIVE_ESCALATIONS,
    URGE_AGENCIES,
    has_capability,
    users_with_capability_q,
)
from ttdn.accounts.models import Membership, User
from ttdn.audit.services import log_action, snapshot
from ttdn.directory.models import Agency
from ttdn.directory.resolver import follow_successors
from ttdn.notifications.services import NotificationData, notifications_send, notified_events
from ttdn.plans.models import (
    REPORTABLE_STATUSES,
    AssignmentRole,
    Plan,
    Task,
    TaskAssignment,
    Visibility,
)
from ttdn.submissions.selectors import open_requests
from ttdn.urging.models import CalendarToken, ReminderPolicy, SweepRun, parse_days

CHUNK = 5_000
TASK_TEXT_CHARS = 120


# --- the rule: which reminder falls due (pure) ---------------------------------------------


@dataclass(frozen=True)
class Policy:
    days_before: tuple[int, ...]
    weekly_while_late: bool
    escalate_after_days: int | None
    enabled: bool = True


def default_policy() -> Policy:
    return Policy(
        days_before=parse_days(settings.TTDN_URGING_DAYS_BEFORE),
        weekly_while_late=settings.TTDN_URGING_WEEKLY_WHILE_LATE,
        escalate_after_days=settings.TTDN_URGING_ESCALATE_AFTER_DAYS or None,
    )


def policy_of(row: ReminderPolicy | None) -> Policy:
    if row is None:
        return default_policy()
    return Policy(
        days_before=parse_days(row.days_before),
        weekly_while_late=row.weekly_while_late,
        escalate_after_days=row.escalate_after_days,
        enabled=row.enabled,
    )


class EventKind:
    BEFORE = "before"
    LATE = "late"
    WEEKLY = "weekly"
    ESCALATION = "escalation"


@dataclass(frozen=True)
class Event:
    kind: str
    on: datetime.date  # the day it falls due
    count: int  # days before; weeks late; days late

    @property
    def suffix(self) -> str:
        return {
            EventKind.BEFORE: f"before-{self.count}",
            EventKind.LATE: "late",
            EventKind.WEEKLY: f"late-w{self.count}",
            EventKind.ESCALATION: f"escalate-{self.count}",
        }[self.kind]


def events_for(
    deadline: datetime.date, *, today: datetime.date, policy: Policy, catch_up_days: int = 1
) -> tuple[Event | None, Event | None]:
    """The reminder for the agencies' officers and the escalation for the leaders that
    fall due on ``today`` for a task whose next deadline is ``deadline``.

    A task is late from the day after its deadline (``Task.late_on``): the "late" notice
    falls on ``deadline + 1``, then weekly on ``deadline + 1 + 7k``; the escalation on
    ``deadline + N`` (N days late). Reminders fall ``d`` days before the deadline. With
    ``catch_up_days`` > 1 an event of the days before (the worker was down) still counts;
    of several, only the latest of each audience is sent. Plain date arithmetic: month
    and year ends need nothing special.
    """
    if not policy.enabled:
        return None, None
    start = today - datetime.timedelta(days=max(catch_up_days, 1) - 1)
    candidates = [
        Event(EventKind.BEFORE, deadline - datetime.timedelta(days=d), d)
        for d in policy.days_before
    ]
    first_late = deadline + datetime.timedelta(days=1)
    candidates.append(Event(EventKind.LATE, first_late, 0))
    if policy.weekly_while_late and today > first_late:
        weeks = (today - first_late).days // 7
        if weeks >= 1:
            candidates.append(
                Event(EventKind.WEEKLY, first_late + datetime.timedelta(weeks=weeks), weeks)
            )
    due = [e for e in candidates if start <= e.on <= today]
    officers = max(due, key=lambda e: e.on) if due else None
    leaders = None
    if policy.escalate_after_days:
        on = deadline + datetime.timedelta(days=policy.escalate_after_days)
        if start <= on <= today:
            leaders = Event(EventKind.ESCALATION, on, policy.escalate_after_days)
    return officers, leaders


# --- the sweep --------------------------------------------------------------------------------


def _chunks(items: list, size: int = CHUNK) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _candidate_tasks(today: datetime.date, policies: dict[int, Policy], default: Policy):
    """(task id, plan id, next deadline) of open tasks of plans taking reports whose next
    deadline may carry an event today."""
    every = [default, *policies.values()]
    horizon = max((max(p.days_before, default=0) for p in every if p.enabled), default=0)
    qs = Task.objects.open().filter(
        plan__status__in=REPORTABLE_STATUSES,
        next_deadline__isnull=False,
        next_deadline__lte=today + datetime.timedelta(days=horizon),
    )
    if not any(p.weekly_while_late for p in every if p.enabled):
        reach = max(
            [settings.TTDN_URGING_CATCH_UP_DAYS + 1]
            + [(p.escalate_after_days or 0) + settings.TTDN_URGING_CATCH_UP_DAYS for p in every]
        )
        qs = qs.filter(next_deadline__gte=today - datetime.timedelta(days=reach))
    disabled = [pk for pk, p in policies.items() if not p.enabled]
    if disabled:
        qs = qs.exclude(plan_id__in=disabled)
    if not default.enabled:
        qs = qs.filter(plan_id__in=list(policies))
    return qs.values_list("pk", "plan_id", "next_deadline").iterator(chunk_size=CHUNK)


def _current_agencies(agency_ids: set[int], today: datetime.date) -> dict[int, Agency]:
    """Each agency, or the body that carries on its work when it was merged or dissolved
    (``directory.resolver.follow_successors``; ADMIN-2025.md)."""
    agencies = {a.pk: a for a in Agency.objects.filter(pk__in=agency_ids)}
    return {
        pk: agency if agency.is_valid_on(today) else follow_successors(agency, on=today)
        for pk, agency in agencies.items()
    }


def _members(current: dict[int, Agency]) -> dict[int, list[int]]:
    """The active members to tell for each agency as assigned: those of the body that
    carries on its work today and, while their accounts have not moved yet, its own."""
    ids = set(current) | {a.pk for a in current.values()}
    by_agency: dict[int, list[int]] = defaultdict(list)
    for agency_id, user_id in Membership.objects.filter(
        agency_id__in=ids, user__is_active=True
    ).values_list("agency_id", "user_id"):
        by_agency[agency_id].append(user_id)
    return {
        pk: list(dict.fromkeys(by_agency.get(agency.pk, []) + by_agency.get(pk, [])))
        for pk, agency in current.items()
    }


def _role_label(role: str) -> str:
    return _("lead agency") if role == AssignmentRole.LEAD else _("coordinating agency")


def _texts(event: Event, task: dict, deadline: datetime.date) -> tuple[str, str]:
    text = task["text"]
    short = text if len(text) <= TASK_TEXT_CHARS else text[: TASK_TEXT_CHARS - 1] + "…"
    date = deadline.strftime("%d/%m/%Y")
    if event.kind == EventKind.BEFORE:
        title = _("Deadline in {days} days ({date}): {task}").format(
            days=event.count, date=date, task=short
        )
    elif event.kind == EventKind.LATE:
        title = _("Late from today (deadline {date}): {task}").format(date=date, task=short)
    elif event.kind == EventKind.WEEKLY:
        title = _("Still late, {weeks} weeks after the deadline ({date}): {task}").format(
            weeks=event.count, date=date, task=short
        )
    else:
        title = _("Escalation: late for {days} days (deadline {date}): {task}").format(
            days=event.count, date=date, task=short
        )
    plan = task["plan__number"] or task["plan__title"]
    body = _("Plan: {plan}\nTask: {task}\nDeadline: {date}").format(
        plan=plan, task=text[:500], date=date
    )
    return title, body


@dataclass
class _Pending:
    task_id: int
    deadline: datetime.date
    event: Event
    audience: str  # "officers" | "leaders"


def _event_key(p: _Pending) -> str:
    return f"task:{p.task_id}:{p.deadline.isoformat()}:{p.event.suffix}"


def reminders_sweep(*, today: datetime.date | None = None) -> SweepRun:
    """Notify today's reminders and escalations; returns the run's summary row.

    ``today`` is the date in Asia/Ho_Chi_Minh (``timezone.localdate()``). Safe to run
    again the same day, after a restart, or in two processes at once: every notification
    is keyed by task, deadline and event, and inserted once per person.
    """
    started = time.monotonic()
    today = today or timezone.localdate()
    run = SweepRun.objects.create(day=today)
    default = default_policy()
    policies = {row.plan_id: policy_of(row) for row in ReminderPolicy.objects.all()}
    catch_up = settings.TTDN_URGING_CATCH_UP_DAYS

    # Every event falling on or before the day of the last sweep that finished (up to
    # today) was handled by it: skip those without reading anything. A sweep that died
    # half-way set no watermark, so the next one does its work again (insert-or-ignore).
    watermark = (
        SweepRun.objects.filter(day__lte=today, finished_at__isnull=False)
        .exclude(pk=run.pk)
        .aggregate(day=Max("day"))["day"]
    )

    def new(event: Event | None) -> Event | None:
        return event if event and (watermark is None or event.on > watermark) else None

    pending: list[_Pending] = []
    considered = 0
    for task_id, plan_id, deadline in _candidate_tasks(today, policies, default):
        considered += 1
        officers, leaders = events_for(
            deadline, today=today, policy=policies.get(plan_id, default), catch_up_days=catch_up
        )
        if officers := new(officers):
            pending.append(_Pending(task_id, deadline, officers, "officers"))
        if leaders := new(leaders):
            pending.append(_Pending(task_id, deadline, leaders, "leaders"))

    created = 0
    counts: dict[str, int] = defaultdict(int)
    leader_ids: list[int] | None = None
    skipped = 0
    # One reverse() for every link: "/tasks/{}/".
    task_link = reverse("pages:task", args=[987654321]).replace("987654321", "{}")
    with translation.override(settings.LANGUAGE_CODE):
        for chunk in _chunks(pending):
            # Without a watermark (the first sweep ever, or after one that died), skip
            # the events someone was already told of before composing them; the
            # unique key guards each person either way.
            if watermark is None:
                done = notified_events(_event_key(p) for p in chunk)
                if done:
                    skipped += sum(_event_key(p) in done for p in chunk)
                    chunk = [p for p in chunk if _event_key(p) not in done]
                    if not chunk:
                        continue
            task_ids = sorted({p.task_id for p in chunk})
            tasks = {
                t["pk"]: t
                for t in Task.objects.filter(pk__in=task_ids).values(
                    "pk", "text", "plan_id", "plan__number", "plan__title", "plan__visibility"
                )
            }
            assignments: dict[int, list[tuple[int, str]]] = defaultdict(list)
            for task_id, agency_id, role in TaskAssignment.objects.filter(
                task_id__in=task_ids, agency__isnull=False
            ).values_list("task_id", "agency_id", "role"):
                assignments[task_id].append((agency_id, role))
            current = _current_agencies(
                {a for rows in assignments.values() for a, _role in rows}, today
            )
            members = _members(current)
            restricted_plans = {
                t["plan_id"]
                for t in tasks.values()
                if t["plan__visibility"] == Visibility.RESTRICTED
            }
            allowed: dict[int, set[int]] = defaultdict(set)
            for plan_id, agency_id in Plan.restricted_to.through.objects.filter(
                plan_id__in=restricted_plans
            ).values_list("plan_id", "agency_id"):
                allowed[plan_id].add(agency_id)
            if leader_ids is None and any(p.audience == "leaders" for p in chunk):
                leader_ids = list(
                    User.objects.filter(users_with_capability_q(RECEIVE_ESCALATIONS)).values_list(
                        "pk", flat=True
                    )
                )

            items: list[NotificationData] = []
            for p in chunk:
                task = tasks.get(p.task_id)
                if task is None:
                    continue
                title, body = _texts(p.event, task, p.deadline)
                link = task_link.format(p.task_id)
                key = _event_key(p)
                kind = f"urging.{p.event.kind}"
                if p.audience == "leaders":
                    leads = [
                        current[a].display_name
                        for a, role in assignments[p.task_id]
                        if role == AssignmentRole.LEAD and a in current
                    ]
                    lead_text = "\n" + _("Lead agencies: {agencies}").format(
                        agencies=", ".join(dict.fromkeys(leads)) or "—"
                    )
                    items.extend(
                        NotificationData(uid, kind, title, body + lead_text, link, key)
                        for uid in leader_ids or ()
                    )
                    counts[p.event.kind] += 1
                    continue
                seen: set[int] = set()
                for agency_id, role in sorted(assignments[p.task_id], key=lambda r: r[1] != "lead"):
                    agency = current.get(agency_id)
                    if agency is None:
                        continue
                    if task["plan__visibility"] == Visibility.RESTRICTED and not (
                        {agency_id, agency.pk} & allowed[task["plan_id"]]
                    ):
                        continue  # the plan is hidden from this agency
                    agency_text = "\n" + _("Your agency: {agency} ({role})").format(
                        agency=agency.display_name, role=_role_label(role)
                    )
                    for uid in members.get(agency_id, ()):
                        if uid not in seen:
                            seen.add(uid)
                            items.append(
                                NotificationData(uid, kind, title, body + agency_text, link, key)
                            )
                counts[p.event.kind] += 1
            created += notifications_send(items=items, trusted=True)

        created_requests, request_events = _request_reminders(
            today=today, default=default, policies=policies, catch_up=catch_up, new=new
        )
        created += created_requests
        for kind, n in request_events.items():
            counts[f"request.{kind}"] += n

    run.tasks_considered = considered
    run.events = len(pending) + sum(request_events.values())
    run.notifications_created = created
    run.finished_at = timezone.now()
    run.summary = {
        "events": dict(counts),
        "already_notified": skipped,
        "watermark": watermark.isoformat() if watermark else None,
        "seconds": round(time.monotonic() - started, 3),
    }
    run.save(
        update_fields=[
            "tasks_considered",
            "events",
            "notifications_created",
            "finished_at",
            "summary",
        ]
    )
    return run


def _request_texts(event: Event, request) -> tuple[str, str]:
    date = request.deadline.strftime("%d/%m/%Y")
    title_text = request.title
    if event.kind == EventKind.BEFORE:
        title = _("Report due in {days} days ({date}): {title}").format(
            days=event.count, date=date, title=title_text
        )
    elif event.kind == EventKind.LATE:
        title = _("Report late from today (deadline {date}): {title}").format(
            date=date, title=title_text
        )
    elif event.kind == EventKind.WEEKLY:
        title = _(
            "Report still missing, {weeks} weeks after the deadline ({date}): {title}"
        ).format(weeks=event.count, date=date, title=title_text)
    else:
        title = _("Escalation: report missing for {days} days (deadline {date}): {title}").format(
            days=event.count, date=date, title=title_text
        )
    body = _("Report request: {title}\nPeriod: {period}\nPlan: {plan}\nDeadline: {date}").format(
        title=title_text,
        period=request.period_label,
        plan=request.plan.number or request.plan.title,
        date=date,
    )
    return title, body


def _request_reminders(
    *,
    today: datetime.date,
    default: Policy,
    policies: dict[int, Policy],
    catch_up: int,
    new=lambda event: event,
) -> tuple[int, dict[str, int]]:
    """Reminders for report requests whose recipients have not handed in their report
    (``submissions.selectors.open_requests``), with the plan's reminder settings."""
    horizon = max((max(p.days_before, default=0) for p in [default, *policies.values()]), default=0)
    requests = list(open_requests(on=today, within_days=horizon + catch_up))
    counts: dict[str, int] = defaultdict(int)
    if not requests:
        return 0, counts
    items: list[NotificationData] = []
    leader_ids: list[int] | None = None
    missing = {s.agency_id for r in requests for s in r.missing if s.agency_id}
    current = _current_agencies(missing, today)
    members = _members(current)
    for request in requests:
        officers, leaders = events_for(
            request.deadline,
            today=today,
            policy=policies.get(request.plan_id, default),
            catch_up_days=catch_up,
        )
        link = reverse("pages:plan", args=[request.plan_id])
        for event, audience in ((new(officers), "officers"), (new(leaders), "leaders")):
            if event is None:
                continue
            title, body = _request_texts(event, request)
            key = f"request:{request.pk}:{request.deadline.isoformat()}:{event.suffix}"
            kind = f"urging.request_{event.kind}"
            counts[event.kind] += 1
            if audience == "leaders":
                if leader_ids is None:
                    leader_ids = list(
                        User.objects.filter(
                            users_with_capability_q(RECEIVE_ESCALATIONS)
                        ).values_list("pk", flat=True)
                    )
                names = ", ".join(
                    dict.fromkeys(
                        current[s.agency_id].display_name
                        for s in request.missing
                        if s.agency_id in current
                    )
                )
                text = (
                    body
                    + "\n"
                    + _("Agencies that have not reported: {agencies}").format(agencies=names or "—")
                )
                items.extend(NotificationData(u, kind, title, text, link, key) for u in leader_ids)
                continue
            seen: set[int] = set()
            for submission in request.missing:
                agency = current.get(submission.agency_id)
                if agency is None:
                    continue
                text = body + "\n" + _("Your agency: {agency}").format(agency=agency.display_name)
                for uid in members.get(submission.agency_id, ()):
                    if uid not in seen:
                        seen.add(uid)
                        items.append(NotificationData(uid, kind, title, text, link, key))
    return notifications_send(items=items, trusted=True), counts


# --- a plan's reminder settings ------------------------------------------------------------


def _require_urger(actor) -> None:
    if not has_capability(actor, URGE_AGENCIES):
        raise PermissionDenied(_("Only the coordinating department can change reminders."))


@transaction.atomic
def reminder_policy_set(
    *,
    actor,
    plan: Plan,
    enabled: bool,
    days_before: str,
    weekly_while_late: bool,
    escalate_after_days: int | None,
) -> ReminderPolicy:
    """Give ``plan`` its own reminder settings (audited, filed under the plan)."""
    _require_urger(actor)
    policy = ReminderPolicy.objects.select_for_update().filter(plan=plan).first()
    before = snapshot(policy) if policy else None
    policy = policy or ReminderPolicy(plan=plan)
    policy.enabled = enabled
    policy.days_before = days_before[:60]
    policy.weekly_while_late = weekly_while_late
    policy.escalate_after_days = escalate_after_days
    policy.full_clean()
    policy.save()
    log_action(
        actor=actor,
        action="urging.policy_set",
        target=policy,
        before=before,
        after=snapshot(policy),
        scopes=[plan],
    )
    return policy


@transaction.atomic
def reminder_policy_reset(*, actor, plan: Plan) -> bool:
    """Back to the settings' defaults. Returns whether the plan had its own settings."""
    _require_urger(actor)
    policy = ReminderPolicy.objects.filter(plan=plan).first()
    if policy is None:
        return False
    log_action(
        actor=actor,
        action="urging.policy_reset",
        target=policy,
        before=snapshot(policy),
        scopes=[plan],
    )
    policy.delete()
    return True


# --- personal calendar tokens ----------------------------------------------------------------


def _require_self(actor, user) -> None:
    if not (getattr(actor, "is_authenticated", False) and actor.pk == user.pk):
        raise PermissionDenied(_("You can manage only your own calendar link."))


@transaction.atomic
def calendar_token_issue(*, actor, user: User) -> tuple[CalendarToken, str]:
    """A new secret for ``user``'s calendar feed (the old one, if any, stops working at
    once); returns the token and the raw secret, shown once."""
    _require_self(actor, user)
    if not user.is_active:
        raise ValidationError(_("An inactive user has no calendar link."))
    raw = CalendarToken.generate()
    existing = CalendarToken.objects.select_for_update().filter(user=user).first()
    token = existing or CalendarToken(user=user)
    token.prefix = raw[:8]
    token.key_hash = CalendarToken.hash(raw)
    token.created_at = timezone.now()
    token.last_used_at = None
    token.save()
    log_action(
        actor=actor,
        action="urging.calendar_token_regenerated" if existing else "urging.calendar_token_created",
        target=user,
        data={"prefix": token.prefix},
    )
    return token, raw


@transaction.atomic
def calendar_token_revoke(*, actor, user: User) -> bool:
    """Stop ``user``'s calendar feed; returns whether there was one."""
    _require_self(actor, user)
    deleted, _rows = CalendarToken.objects.filter(user=user).delete()
    if deleted:
        log_action(actor=actor, action="urging.calendar_token_revoked", target=user)
    return bool(deleted)


def calendar_token_user(raw: str) -> User | None:
    """The active user whose feed secret is ``raw``, or None (unknown or revoked)."""
    if not raw or len(raw) > 100:
        return None
    token = (
        CalendarToken.objects.select_related("user")
        .filter(key_hash=CalendarToken.hash(raw), user__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at > datetime.timedelta(hours=1):
        CalendarToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user
