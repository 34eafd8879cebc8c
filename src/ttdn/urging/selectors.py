"""Reads for urging: the deadlines on a person's or an agency's calendar, late tasks.

Everything starts from what the user may see (``plans.access``); deadlines are the plans'
(``TaskDeadline``) and "late" the task's stored state (``Task.is_late_on``).
"""

import calendar
import datetime
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet

from ttdn.directory.models import Agency
from ttdn.directory.resolver import follow_successors
from ttdn.plans.access import (
    sees_all_plans,
    visible_plans,
    visible_tasks,
    visible_tasks_of_agencies,
)
from ttdn.plans.models import (
    REPORTABLE_STATUSES,
    AssignmentRole,
    Plan,
    Task,
    TaskDeadline,
    TaskStatus,
)

MAX_ENTRIES = 1_000


def calendar_tasks(user, *, agency: Agency | None = None) -> QuerySet[Task]:
    """The tasks on ``user``'s calendar: ``agency``'s, or else the user's own agencies';
    someone who oversees every plan and belongs to no agency sees all they may see."""
    if not getattr(user, "is_authenticated", False):
        return Task.objects.none()
    if agency is not None:
        return visible_tasks_of_agencies(user, [agency.pk])
    mine = user.agency_ids()
    if mine:
        return visible_tasks_of_agencies(user, mine)
    if sees_all_plans(user):
        return visible_tasks(user)
    return Task.objects.none()


@dataclass(frozen=True)
class CalendarEntry:
    deadline_id: int
    day: datetime.date
    task: Task
    is_next: bool  # the task's next open deadline
    status: str  # the task's stored status, "late" when this deadline has passed unmet


def calendar_entries(
    user,
    *,
    start: datetime.date,
    end: datetime.date,
    today: datetime.date,
    agency: Agency | None = None,
    limit: int = MAX_ENTRIES,
) -> list[CalendarEntry]:
    """The deadlines from ``start`` to ``end`` (inclusive) of the tasks on the calendar,
    by day; at most ``limit``. Two queries."""
    tasks = calendar_tasks(user, agency=agency)
    rows = (
        TaskDeadline.objects.filter(
            task_id__in=tasks.values("pk"), due_date__gte=start, due_date__lte=end
        )
        .select_related("task", "task__plan")
        .order_by("due_date", "task__plan_id", "task__order", "task_id")[:limit]
    )
    entries = []
    for d in rows:
        task = d.task
        is_next = task.next_deadline == d.due_date
        status = task.effective_status(today) if is_next else task.status
        entries.append(CalendarEntry(d.pk, d.due_date, task, is_next, status))
    return entries


@dataclass(frozen=True)
class Month:
    first: datetime.date
    last: datetime.date
    previous: str
    next: str
    weeks: list[list[datetime.date | None]]  # Monday first; None outside the month


def month_of(value: str | None, today: datetime.date) -> Month:
    """``"2026-12"`` (or today's month when missing or malformed) with its weeks."""
    year, month = today.year, today.month
    if value and len(value) == 7 and value[4] == "-":
        y, m = value[:4], value[5:]
        if y.isdecimal() and m.isdecimal() and 1900 <= int(y) <= 2100 and 1 <= int(m) <= 12:
            year, month = int(y), int(m)
    first = datetime.date(year, month, 1)
    last = datetime.date(year, month, calendar.monthrange(year, month)[1])
    before = first - datetime.timedelta(days=1)
    after = last + datetime.timedelta(days=1)
    weeks = [
        [day if day.month == month else None for day in week]
        for week in calendar.Calendar(firstweekday=0).monthdatescalendar(year, month)
    ]
    return Month(first, last, f"{before:%Y-%m}", f"{after:%Y-%m}", weeks)


def late_tasks_by_agency(plan, *, today: datetime.date) -> list[tuple[Agency, list[Task]]]:
    """The plan's tasks late on ``today`` (stored state), under each lead agency (the
    agency as it is today, after a merger), agencies by name. Three queries."""
    tasks = list(
        Task.objects.late_on(today)
        .filter(plan=plan)
        .prefetch_related("assignments__agency")
        .order_by("order", "id")
    )
    by_agency: dict[int, tuple[Agency, list[Task]]] = {}
    for task in tasks:
        for assignment in task.assignments.all():
            if assignment.role != AssignmentRole.LEAD or assignment.agency is None:
                continue
            agency = assignment.agency
            if not agency.is_valid_on(today):
                agency = follow_successors(agency, on=today)
            by_agency.setdefault(agency.pk, (agency, []))[1].append(task)
    return sorted(by_agency.values(), key=lambda pair: pair[0].name)


def plans_to_urge(user, *, today: datetime.date) -> list[Plan]:
    """The plans taking reports that ``user`` may see, each with ``late`` (tasks late on
    ``today``, from the stored state), most late first. One query."""
    late = Q(
        tasks__next_deadline__lt=today,
    ) & ~Q(tasks__status__in=[TaskStatus.DONE, TaskStatus.CANCELLED])
    return list(
        visible_plans(user)
        .filter(status__in=REPORTABLE_STATUSES)
        .annotate(late=Count("tasks", filter=late))
        .order_by("-late", "-period_start", "id")
    )
