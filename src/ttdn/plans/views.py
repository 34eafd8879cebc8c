"""Pages for plans and tasks. Views parse input, authorise, call a service, render."""

import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ttdn.audit.selectors import history_for, with_readable_changes
from ttdn.core.exceptions import ConflictError
from ttdn.core.forms import form_errors_to_form
from ttdn.core.pagination import CountingPaginator
from ttdn.plans import selectors, services
from ttdn.plans.access import (
    can_manage_plans,
    plan_get_for_user,
    task_get_for_user,
    visible_plans,
    visible_tasks,
)
from ttdn.plans.forms import PlanFilterForm, PlanForm, PlanTransitionForm, TaskFilterForm, TaskForm
from ttdn.plans.models import AssignmentRole, Plan
from ttdn.plans.rows import plan_list_rows, task_list_rows
from ttdn.plans.scope import scope_choices, scope_from_request
from ttdn.plans.services import AgencyRef, TaskData

PAGE_SIZE = 50


def _today() -> datetime.date:
    return timezone.localdate()


def plan_list(request):
    form = PlanFilterForm(request.GET or None, scope=scope_from_request(request))
    filters = selectors.PlanFilters()
    if form.is_bound and form.is_valid():
        d = form.cleaned_data
        filters = selectors.PlanFilters(
            year=d["year"],
            level=d["level"],
            unit_id=d["unit"].pk if d["unit"] else None,
            status=d["status"],
            q=d["q"],
        )
    page = Paginator(selectors.plan_list(user=request.user, filters=filters), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    context = {
        "form": form,
        "page": page,
        "rows": plan_list_rows(page),
        "can_manage": can_manage_plans(request.user),
    }
    if not request.htmx:
        form.read_choices()
    template = "plans/partials/plan_table.html" if request.htmx else "plans/plan_list.html"
    return render(request, template, context)


def _plan_form_kwargs(request, plan: Plan | None = None) -> dict:
    parents = visible_plans(request.user)
    if plan is not None:
        parents = parents.exclude(pk=plan.pk)
    return {"parent_queryset": parents.order_by("-period_start", "title")}


@login_required
def plan_create(request):
    if not can_manage_plans(request.user):
        raise PermissionDenied(_("Only the coordinating department can create plans."))
    form = PlanForm(request.POST or None, **_plan_form_kwargs(request))
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            plan = services.plan_create(
                actor=request.user,
                title=d["title"],
                number=d["number"],
                issued_date=d["issued_date"],
                period_start=d["period_start"],
                period_end=d["period_end"],
                level=d["level"],
                unit=d["unit"],
                issuer=d["issuer"],
                parent=d["parent"],
                visibility=d["visibility"],
                public_shows=d["public_shows"],
                restricted_to=list(d["restricted_to"]),
                summary=d["summary"],
                legal_bases=d["legal_bases"],
            )
        except ValidationError as exc:
            form_errors_to_form(form, exc)
        else:
            messages.success(request, _("The plan was created. Now add its tasks."))
            return redirect("pages:plan", pk=plan.pk)
    return render(request, "plans/plan_form.html", {"form": form, "plan": None})


@login_required
def plan_edit(request, pk: int):
    plan = plan_get_for_user(request.user, pk, write=True)
    initial = {
        "title": plan.title,
        "number": plan.number,
        "issued_date": plan.issued_date,
        "period_start": plan.period_start,
        "period_end": plan.period_end,
        "level": plan.level,
        "unit": plan.unit_id,
        "issuer": plan.issuer_id,
        "parent": plan.parent_id,
        "visibility": plan.visibility,
        "public_shows": plan.public_shows,
        "restricted_to": list(plan.restricted_to.values_list("pk", flat=True)),
        "summary": plan.summary,
        "legal_bases": "\n".join(
            link.as_written or link.document.identifier
            for link in plan.legal_basis_links.select_related("document")
        ),
        "version": plan.version,
    }
    form = PlanForm(request.POST or None, initial=initial, **_plan_form_kwargs(request, plan))
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            services.plan_update(
                actor=request.user,
                plan=plan,
                expected_version=d["version"] or 0,
                restricted_to=list(d["restricted_to"]),
                title=d["title"],
                number=d["number"],
                issued_date=d["issued_date"],
                period_start=d["period_start"],
                period_end=d["period_end"],
                level=d["level"],
                unit=d["unit"],
                issuer=d["issuer"],
                parent=d["parent"],
                visibility=d["visibility"],
                public_shows=d["public_shows"],
                summary=d["summary"],
                legal_bases=d["legal_bases"],
            )
        except ConflictError as exc:
            form.add_error(None, str(exc))
        except ValidationError as exc:
            form_errors_to_form(form, exc)
        else:
            messages.success(request, _("The plan was saved."))
            return redirect("pages:plan", pk=plan.pk)
    return render(request, "plans/plan_form.html", {"form": form, "plan": plan})


@require_POST
@login_required
def plan_transition(request, pk: int):
    plan = plan_get_for_user(request.user, pk, write=True)
    form = PlanTransitionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a valid status."))
        return redirect("pages:plan", pk=plan.pk)
    try:
        services.plan_transition(
            actor=request.user,
            plan=plan,
            to_status=form.cleaned_data["to_status"],
            comment=form.cleaned_data["comment"],
        )
    except (ValidationError, ConflictError) as exc:
        messages.error(request, " ".join(getattr(exc, "messages", [str(exc)])))
    else:
        messages.success(
            request, _("The plan is now “{status}”.").format(status=plan.get_status_display())
        )
    return redirect("pages:plan", pk=plan.pk)


@require_POST
@login_required
def plan_delete(request, pk: int):
    plan = plan_get_for_user(request.user, pk, write=True)
    try:
        services.plan_delete(actor=request.user, plan=plan)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("pages:plan", pk=plan.pk)
    messages.success(request, _("The plan was deleted."))
    return redirect("plans:list")


@login_required
def plan_history(request, pk: int):
    plan = plan_get_for_user(request.user, pk)
    entries = history_for(plan)
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"plan": plan, "task": None, "page": page}
    return render(request, "plans/history.html", {**context, "rows": with_readable_changes(page)})


# --- Tasks -------------------------------------------------------------------------


def _task_form_kwargs(request, plan: Plan) -> dict:
    """The tasks a task of ``plan`` may carry out: those of the plan it implements that the
    user may see (none offered when it implements no plan)."""
    if plan.parent_id is None:
        return {}
    tasks = visible_tasks(request.user).filter(plan_id=plan.parent_id).order_by("order", "id")
    return {"parent_task_queryset": tasks.only("pk", "row_label", "text", "plan_id")}


def _task_data(form: TaskForm) -> TaskData:
    d = form.cleaned_data
    return TaskData(
        parent_task=d.get("parent_task"),
        text=d["text"],
        group=d["group"],
        timeframe_text=d["timeframe_text"],
        row_label=d["row_label"],
        leads=[AgencyRef(agency=a) for a in d["leads"]]
        + [AgencyRef(as_written=t) for t in d["leads_other"]],
        coordinating=[AgencyRef(agency=a) for a in d["coordinating"]]
        + [AgencyRef(as_written=t) for t in d["coordinating_other"]],
    )


@login_required
def task_create(request, plan_pk: int):
    plan = plan_get_for_user(request.user, plan_pk, write=True)
    form = TaskForm(request.POST or None, **_task_form_kwargs(request, plan))
    if request.method == "POST" and form.is_valid():
        try:
            task = services.task_create(actor=request.user, plan=plan, data=_task_data(form))
        except ValidationError as exc:
            form_errors_to_form(form, exc)
        else:
            if task.timeframe_flagged:
                messages.warning(
                    request, _("The timeframe was not understood; no deadline was set. Check it.")
                )
            messages.success(request, _("The task was added."))
            if "add_another" in request.POST:
                return redirect("plans:task_create", plan_pk=plan.pk)
            return redirect("pages:plan", pk=plan.pk)
    return render(request, "plans/task_form.html", {"form": form, "plan": plan, "task": None})


@login_required
def task_edit(request, pk: int):
    task = task_get_for_user(request.user, pk, write=True)
    assignments = list(task.assignments.select_related("agency"))

    def names(role, resolved):
        return [a for a in assignments if a.role == role and (a.agency_id is not None) == resolved]

    initial = {
        "row_label": task.row_label,
        "text": task.text,
        "group": task.group,
        "timeframe_text": task.timeframe_text,
        "leads": [a.agency_id for a in names(AssignmentRole.LEAD, True)],
        "leads_other": "\n".join(a.as_written for a in names(AssignmentRole.LEAD, False)),
        "coordinating": [a.agency_id for a in names(AssignmentRole.COORDINATING, True)],
        "coordinating_other": "\n".join(
            a.as_written for a in names(AssignmentRole.COORDINATING, False)
        ),
        "parent_task": task.parent_task_id,
        "version": task.version,
    }
    form = TaskForm(request.POST or None, initial=initial, **_task_form_kwargs(request, task.plan))
    if request.method == "POST" and form.is_valid():
        try:
            services.task_update(
                actor=request.user,
                task=task,
                data=_task_data(form),
                expected_version=form.cleaned_data["version"] or 0,
            )
        except ConflictError as exc:
            form.add_error(None, str(exc))
        except ValidationError as exc:
            form_errors_to_form(form, exc)
        else:
            messages.success(request, _("The task was saved."))
            return redirect("pages:task", pk=task.pk)
    return render(request, "plans/task_form.html", {"form": form, "plan": task.plan, "task": task})


@require_POST
@login_required
def task_delete(request, pk: int):
    task = task_get_for_user(request.user, pk, write=True)
    plan_pk = task.plan_id
    try:
        services.task_delete(actor=request.user, task=task)
    except ValidationError as exc:
        messages.error(request, " ".join(exc.messages))
        return redirect("pages:task", pk=pk)
    messages.success(request, _("The task was deleted."))
    return redirect("pages:plan", pk=plan_pk)


@login_required
def task_history(request, pk: int):
    task = task_get_for_user(request.user, pk)
    entries = history_for(task)
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    context = {"plan": task.plan, "task": task, "page": page}
    return render(request, "plans/history.html", {**context, "rows": with_readable_changes(page)})


@login_required
def task_list(request):
    """Tasks of the user's oversight scope by default (``plans.scope``); the selector
    widens it to the whole country or narrows it to a unit."""
    scope = scope_from_request(request)
    form = TaskFilterForm(request.GET or None, scope=scope)
    filters = selectors.TaskFilters(scope=scope)
    if form.is_bound and form.is_valid():
        d = form.cleaned_data
        filters = selectors.TaskFilters(
            agency_id=d["agency"].pk if d["agency"] else None,
            status=d["status"],
            year=d["year"],
            due_within_days=int(d["due"]) if d["due"] else None,
            q=d["q"],
            scope=scope,
        )
    today = _today()
    # The page and its total in one pass (core.pagination): on a search or a busy
    # agency's tasks, counting and paging separately read the same thousands of rows twice.
    page = CountingPaginator(
        selectors.task_list(user=request.user, filters=filters, today=today),
        PAGE_SIZE,
        rows=selectors.tasks_for_lists_by_id,
    ).get_page(request.GET.get("page"))
    context = {
        "form": form,
        "page": page,
        "rows": task_list_rows(page, today=today),
        "today": today,
        "scope": scope,
    }
    if not request.htmx:
        form.read_choices()
        context["scope_options"] = scope_choices(request.user, scope)
        # Changing the scope keeps the status, year, period and search (not the agency,
        # which belongs to a scope).
        context["scope_keep"] = [
            (key, request.GET[key])
            for key in ("status", "year", "due", "q")
            if request.GET.get(key)
        ]
    template = "plans/partials/task_table.html" if request.htmx else "plans/task_list.html"
    return render(request, template, context)
