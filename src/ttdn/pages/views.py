"""Pages that show plans with their progress. Thin: authorise, read a selector, render."""

import datetime

from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.http import content_disposition_header

from ttdn.core.text import squash
from ttdn.directory.models import Agency
from ttdn.pages import selectors
from ttdn.pages.export import annex_workbook
from ttdn.plans import services as plan_services
from ttdn.plans.access import can_manage_plans, plan_get_for_user, task_get_for_user
from ttdn.plans.models import PlanStatus, TaskStatus
from ttdn.plans.selectors import TaskFilters, plan_annex, task_list, with_current_status
from ttdn.tracking.access import can_report_on
from ttdn.tracking.selectors import latest_updates

PAGE_SIZE = 50


def _today() -> datetime.date:
    return timezone.localdate()


@login_required
def home(request):
    """Per role: my agency's tasks due soon and late; completion of the plans I oversee."""
    today = _today()
    board = selectors.dashboard(
        user=request.user, today=today, with_reviews=can_manage_plans(request.user)
    )
    context = {
        "today": today,
        "board": board,
        "my_agencies": Agency.objects.filter(pk__in=request.user.agency_ids()),
    }
    return render(request, "pages/home.html", context)


def plan_detail(request, pk: int):
    plan = plan_get_for_user(request.user, pk)
    today = _today()
    tasks = selectors.plan_rows(plan=plan, today=today)
    context = {
        "plan": plan,
        "tasks": tasks,
        "legal_links": plan.legal_basis_links.select_related("document"),
        "sections": plan.sections.all(),
        "status_changes": plan.status_changes.select_related("by"),
        "transitions": [(s, PlanStatus(s).label) for s in plan_services.allowed_transitions(plan)],
        "can_manage": can_manage_plans(request.user),
        "today": today,
        "done": sum(1 for t in tasks if t.status == TaskStatus.DONE),
        "late": sum(1 for t in tasks if t.current_status == TaskStatus.LATE),
    }
    return render(request, "pages/plan_detail.html", context)


def plan_export(request, pk: int):
    plan = plan_get_for_user(request.user, pk)
    tasks = plan_annex(plan=plan)
    content = annex_workbook(plan=plan, tasks=tasks, latest=latest_updates(tasks), today=_today())
    # Django builds the header: quotes, line breaks and Vietnamese letters in a plan's
    # number cannot break it (RFC 6266 filename*).
    filename = "phu-luc-{}.xlsx".format(squash(plan.number or str(plan.pk)).replace("/", "-"))
    response = HttpResponse(
        content, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def task_detail(request, pk: int):
    task, updates = selectors.task_page(task=task_get_for_user(request.user, pk))
    today = _today()
    context = {
        "task": task,
        "plan": task.plan,
        "current_status": task.effective_status(today),
        "updates": updates,
        "can_manage": can_manage_plans(request.user),
        "can_report": can_report_on(request.user, task),
        "today": today,
    }
    return render(request, "pages/task_detail.html", context)


@login_required
def agency_detail(request, pk: int):
    agency = get_object_or_404(Agency.objects.select_related("unit", "parent"), pk=pk)
    today = _today()
    tasks = task_list(user=request.user, filters=TaskFilters(agency_id=agency.pk), today=today)
    page = Paginator(tasks, PAGE_SIZE).get_page(request.GET.get("page"))
    for task in with_current_status(page, today):
        task.my_role = next(
            (a.get_role_display() for a in task.assignments.all() if a.agency_id == agency.pk), ""
        )
    context = {
        "agency": agency,
        "page": page,
        "today": today,
        "aliases": agency.aliases.all(),
        "successors": agency.successions_out.select_related("successor"),
        "predecessors": agency.successions_in.select_related("predecessor"),
        "late_count": tasks.late_on(today).count(),
    }
    return render(request, "pages/agency_detail.html", context)
