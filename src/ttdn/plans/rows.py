"""Plain rows for the lists that show plans and tasks: everything a template prints,
computed once here so templates only loop and print (docs/decisions/0019).

A row holds strings, numbers and other rows: labels translated, dates formatted
dd/mm/yyyy, URLs built, long texts cut. Building rows reads only what the selectors have
already loaded (prefetched assignments, annotations); templates never run a query or call
a method that could.
"""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone

from ttdn.plans.models import AssignmentRole, Plan, PlanLevel, PlanStatus, Task, TaskStatus
from ttdn.plans.models import Visibility as PlanVisibility

_MARKER = 2_147_483_647


def url_for(name: str) -> Callable[[int], str]:
    """The URL of ``name`` for any primary key, reversing once per page, not once a row."""
    head, tail = reverse(name, args=[_MARKER]).split(str(_MARKER))
    return lambda pk: f"{head}{pk}{tail}"


def dmy(value: datetime.date | datetime.datetime | None) -> str:
    """dd/mm/yyyy whatever the active language; a datetime in the current time zone."""
    if value is None:
        return ""
    if isinstance(value, datetime.datetime):
        value = timezone.localtime(value) if timezone.is_aware(value) else value
    return value.strftime("%d/%m/%Y")


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis, as ``truncatechars`` does."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def labels(choices) -> dict[str, str]:
    """A TextChoices' labels in the active language, translated once per page."""
    return {code: str(label) for code, label in choices.choices}


@dataclass(frozen=True, slots=True)
class AgencyLink:
    name: str  # the directory's display name, or the text as written when not resolved
    url: str  # "" when the agency is not in the directory
    as_written: str


def agency_refs(assignments, role: str, agency_url: Callable[[int], str]) -> list[AgencyLink]:
    """The agencies of ``role`` among a task's prefetched assignments (no query)."""
    return [
        AgencyLink(
            name=a.agency.display_name if a.agency_id else a.as_written,
            url=agency_url(a.agency_id) if a.agency_id else "",
            as_written=a.as_written,
        )
        for a in assignments
        if a.role == role
    ]


@dataclass(frozen=True, slots=True)
class TaskListRow:
    """A line of the task list and of an agency's tasks (``plans/partials/task_table``)."""

    url: str
    text: str
    my_role: str
    plan_url: str
    plan_label: str
    leads: list[str]
    timeframe_text: str
    next_deadline: str
    status: str
    status_label: str


def task_list_rows(
    tasks: Iterable[Task], *, today: datetime.date, role_of_agency: int | None = None
) -> list[TaskListRow]:
    """Rows for tasks loaded by ``selectors.tasks_for_lists``; ``role_of_agency``: show
    that agency's role on each task (the agency page)."""
    task_url, plan_url = url_for("pages:task"), url_for("pages:plan")
    status_labels, role_labels = labels(TaskStatus), labels(AssignmentRole)
    rows = []
    for task in tasks:
        status = task.effective_status(today)
        assignments = task.assignments.all()
        my_role = ""
        if role_of_agency is not None:
            my_role = next(
                (role_labels[a.role] for a in assignments if a.agency_id == role_of_agency), ""
            )
        rows.append(
            TaskListRow(
                url=task_url(task.pk),
                text=clip(task.text, 200),
                my_role=my_role,
                plan_url=plan_url(task.plan_id),
                plan_label=clip(task.plan.number or task.plan.title, 50),
                leads=[a.label for a in assignments if a.role == AssignmentRole.LEAD],
                timeframe_text=task.timeframe_text,
                next_deadline=dmy(task.next_deadline),
                status=status,
                status_label=status_labels.get(status, status),
            )
        )
    return rows


@dataclass(frozen=True, slots=True)
class TaskMiniRow:
    """A line of the home page's short lists (``plans/partials/task_mini_list``)."""

    url: str
    text: str
    next_deadline: str
    status: str
    status_label: str
    plan_label: str
    leads: str


def task_mini_rows(tasks: Iterable[Task], *, today: datetime.date) -> list[TaskMiniRow]:
    task_url, status_labels = url_for("pages:task"), labels(TaskStatus)
    rows = []
    for task in tasks:
        status = task.effective_status(today)
        rows.append(
            TaskMiniRow(
                url=task_url(task.pk),
                text=clip(task.text, 140),
                next_deadline=dmy(task.next_deadline),
                status=status,
                status_label=status_labels.get(status, status),
                plan_label=clip(task.plan.number or task.plan.title, 60),
                leads=", ".join(
                    a.label for a in task.assignments.all() if a.role == AssignmentRole.LEAD
                ),
            )
        )
    return rows


@dataclass(frozen=True, slots=True)
class PlanListRow:
    """A line of the plan list (``plans/partials/plan_table``)."""

    url: str
    number: str
    issued_date: str
    title: str
    visibility_label: str  # "" for a public plan
    issuer_name: str
    period_label: str
    level_label: str
    status: str
    status_label: str
    done_count: int
    task_count: int
    percent_done: int


def plan_list_rows(plans: Iterable[Plan]) -> list[PlanListRow]:
    """Rows for plans loaded by ``selectors.plan_list`` (with task and done counts)."""
    plan_url = url_for("pages:plan")
    level_labels, status_labels = labels(PlanLevel), labels(PlanStatus)
    visibility_labels = labels(PlanVisibility)
    return [
        PlanListRow(
            url=plan_url(plan.pk),
            number=plan.number,
            issued_date=dmy(plan.issued_date),
            title=plan.title,
            visibility_label=""
            if plan.visibility == PlanVisibility.PUBLIC
            else visibility_labels.get(plan.visibility, plan.visibility),
            issuer_name=plan.issuer_name,
            period_label=plan.period_label,
            level_label=level_labels.get(plan.level, plan.level),
            status=plan.status,
            status_label=status_labels.get(plan.status, plan.status),
            done_count=plan.done_count,
            task_count=plan.task_count,
            percent_done=round(100 * plan.done_count / plan.task_count) if plan.task_count else 0,
        )
        for plan in plans
    ]
