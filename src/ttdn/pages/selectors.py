"""Reads for the pages that combine plans with their progress."""

import datetime
from dataclasses import dataclass

from ttdn.plans.access import sees_all_plans, visible_plans, visible_tasks
from ttdn.plans.models import Plan, PlanStatus, Task, TaskAssignment
from ttdn.plans.selectors import (
    AgencyProgress,
    plan_annex,
    plan_completion_by_agency,
    task_with_details,
    tasks_for_lists,
    with_current_status,
)
from ttdn.tracking.models import ProgressUpdate
from ttdn.tracking.selectors import latest_updates, pending_updates


def plan_rows(*, plan: Plan, today: datetime.date) -> list[Task]:
    """The plan page's annex: each task with its status today and its latest update."""
    tasks = with_current_status(plan_annex(plan=plan), today)
    latest = latest_updates(tasks)
    for task in tasks:
        task.latest_update = latest.get(task.pk)
    return tasks


def task_page(*, task: Task) -> tuple[Task, list[ProgressUpdate]]:
    """The task with its agencies and deadlines, and every report with its evidence."""
    task = task_with_details(task)
    updates = list(
        task.updates.select_related("agency", "submitted_by", "reviewed_by").prefetch_related(
            "evidence"
        )
    )
    return task, updates


@dataclass
class Dashboard:
    due_soon: list[Task]
    late: list[Task]
    late_count: int
    completion: list[AgencyProgress]
    plans: list[Plan]
    pending_reviews: int | None


DUE_SOON_DAYS = 30


def dashboard(*, user, today: datetime.date, with_reviews: bool) -> Dashboard:
    """The home page: for an officer, their agencies' tasks; for oversight roles, all tasks.

    Deadlines count only in plans being carried out (issued or in progress). The
    completion chart covers this year's plans, or the latest year that has plans.
    """
    active = visible_tasks(user).filter(
        plan__status__in=[PlanStatus.ISSUED, PlanStatus.IN_PROGRESS]
    )
    if sees_all_plans(user):
        scope = active
    else:
        scope = active.filter(
            pk__in=TaskAssignment.objects.filter(agency_id__in=user.agency_ids()).values("task_id")
        )
    due_soon = tasks_for_lists(
        scope.due_between(today, today + datetime.timedelta(days=DUE_SOON_DAYS))
    ).order_by("next_deadline", "order")[:20]
    late = tasks_for_lists(scope.late_on(today)).order_by("next_deadline", "order")[:20]
    plans = visible_plans(user).for_year(today.year).exclude(status=PlanStatus.DRAFT)
    if not plans.exists():
        latest = (
            visible_plans(user).order_by("-period_end").values_list("period_end", flat=True).first()
        )
        if latest:
            plans = visible_plans(user).for_year(latest)
    return Dashboard(
        due_soon=with_current_status(list(due_soon), today),
        late=with_current_status(list(late), today),
        late_count=scope.late_on(today).count(),
        completion=plan_completion_by_agency(plans=plans, today=today),
        plans=list(plans.order_by("-period_start", "title")[:10]),
        pending_reviews=pending_updates(user=user, tasks=active).count() if with_reviews else None,
    )
