"""Pages that show plans with their progress. Thin: authorise, read a selector, render."""

import datetime

from django.contrib.auth.decorators import login_required
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.template import engines
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _

from ttdn.activities.selectors import activities_for_agency, activities_for_task
from ttdn.core.text import squash
from ttdn.directory.models import Agency
from ttdn.importer.selectors import plan_attachments, plan_source_signatures, signatures_altered
from ttdn.pages import dashboard, selectors
from ttdn.pages.export import annex_workbook
from ttdn.plans import services as plan_services
from ttdn.plans.access import (
    can_manage_plans,
    plan_dashboard_get_for_user,
    plan_disclosure,
    plan_get_for_user,
    task_get_for_user,
)
from ttdn.plans.models import PlanStatus
from ttdn.plans.public_cache import public_page_key, public_page_seconds
from ttdn.plans.rows import dmy
from ttdn.plans.scope import scope_choices, scope_from_request
from ttdn.plans.selectors import plan_annex
from ttdn.reports.periods import period_parse
from ttdn.tracking.access import can_report_on
from ttdn.tracking.selectors import latest_updates


def _today() -> datetime.date:
    return timezone.localdate()


@login_required
def home(request):
    """Per role: my agency's tasks due soon and late; completion of the plans I oversee,
    within my oversight scope (``plans.scope``) unless I choose another."""
    today = _today()
    scope = scope_from_request(request)
    board = selectors.dashboard(
        user=request.user, today=today, with_reviews=can_manage_plans(request.user), scope=scope
    )
    context = {
        "today": dmy(today),
        "board": board,
        "scope": scope,
        "scope_options": scope_choices(request.user, scope),
    }
    return render(request, "pages/home.html", context)


# The annex's texts, for the Jinja2 rows and the Django page's header (decision 0019).
ANNEX_LABELS = {
    "no": gettext_lazy("No."),
    "task": gettext_lazy("Task"),
    "lead": gettext_lazy("Lead agency"),
    "coordinating": gettext_lazy("Coordinating agencies"),
    "timeframe": gettext_lazy("Timeframe"),
    "status": gettext_lazy("Status"),
    "latest": gettext_lazy("Latest update"),
    "next": gettext_lazy("next"),
    "not_in_directory": gettext_lazy("Not in the directory"),
    "not_understood": gettext_lazy("The timeframe was not understood; no deadline was set."),
    "no_tasks": gettext_lazy("This plan has no tasks yet."),
}

# The "Implemented by" section's texts, for its Jinja2 template (decision 0026).
LEVELS_LABELS = {
    "implemented_by": gettext_lazy("Implemented by"),
    "implemented_by_help": gettext_lazy(
        "Plans of departments, districts and communes that implement this plan, with their "
        "progress."
    ),
    "plan": gettext_lazy("Plan"),
    "agency": gettext_lazy("Agency"),
    "status": gettext_lazy("Status"),
    "tasks": gettext_lazy("Tasks"),
    "done": gettext_lazy("Done"),
    "late": gettext_lazy("Late"),
    "completion": gettext_lazy("Completion"),
    "carried_out": gettext_lazy("Tasks carried out at lower levels"),
    "parent_task": gettext_lazy("Task of this plan"),
    "carried_out_by": gettext_lazy("Carried out by"),
    "reported_on": gettext_lazy("reported on %(date)s"),
}


def _plan_page_and_annex(request, plan) -> tuple:
    """The plan page's prepared rows, its annex and its lower levels, the long parts
    rendered by Jinja2 (decisions 0019, 0026)."""
    page = selectors.plan_page(
        plan=plan,
        today=_today(),
        disclosure=plan_disclosure(request.user, plan),
        user=request.user,
    )
    labels = {key: str(text) for key, text in ANNEX_LABELS.items()}
    # Jinja2 escapes every value (autoescape is on in its backend); the results are safe.
    jinja = engines["jinja2"]
    annex_rows = jinja.get_template("pages/annex_rows.jinja").render(
        {"rows": page.rows, "l": labels, "progress": page.disclosure.progress}
    )
    levels = jinja.get_template("pages/plan_levels.jinja").render(
        {
            "children": page.children,
            "carried_out": page.carried_out,
            "l": {key: str(text) for key, text in LEVELS_LABELS.items()},
        }
    )
    return page, labels, annex_rows, levels


def plan_detail(request, pk: int):
    plan = plan_get_for_user(request.user, pk, select_related=selectors.PLAN_PAGE_RELATED)
    seconds = public_page_seconds()
    if request.user.is_authenticated or not seconds:
        page, labels, annex_rows, levels = _plan_page_and_annex(request, plan)
    else:
        # What visitors see is the same for all of them: kept in the cache until the plan,
        # its tasks, their state or a plan implementing it change (plans.public_cache).
        key = public_page_key(plan, variant=f"{get_language()}:{_today().isoformat()}")
        cached = cache.get(key)
        if cached is None:
            cached = _plan_page_and_annex(request, plan)
            cache.set(key, cached, seconds)
        page, labels, annex_rows, levels = cached
    context = {
        "page": page,
        "labels": labels,
        "annex_rows": mark_safe(annex_rows),  # noqa: S308 (rendered by Jinja2, escaped)
        "levels": mark_safe(levels),  # noqa: S308 (rendered by Jinja2, escaped)
        "plan": page.plan,
        "transitions": [(s, PlanStatus(s).label) for s in plan_services.allowed_transitions(plan)],
        "can_manage": can_manage_plans(request.user),
        "attachments": plan_attachments(plan),
    }
    context["original_signatures"] = signatures = plan_source_signatures(plan)
    context["original_altered"] = signatures_altered(signatures)
    return render(request, "pages/plan_detail.html", context)


def plan_export(request, pk: int):
    plan = plan_get_for_user(request.user, pk)
    tasks = plan_annex(plan=plan)
    disclosure = plan_disclosure(request.user, plan)
    latest = (
        latest_updates(tasks, accepted_only=not disclosure.internal) if disclosure.progress else {}
    )
    content = annex_workbook(plan=plan, tasks=tasks, latest=latest, today=_today())
    # Django builds the header: quotes, line breaks and Vietnamese letters in a plan's
    # number cannot break it (RFC 6266 filename*).
    filename = "phu-luc-{}.xlsx".format(squash(plan.number or str(plan.pk)).replace("/", "-"))
    response = HttpResponse(
        content, content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def task_detail(request, pk: int):
    task = task_get_for_user(request.user, pk)
    page = selectors.task_page(
        task=task,
        today=_today(),
        disclosure=plan_disclosure(request.user, task.plan),
        user=request.user,
    )
    context = {
        "page": page,
        "task": page.task,
        "can_manage": can_manage_plans(request.user),
        "can_report": can_report_on(request.user, task),
        "activities": activities_for_task(request.user, task),
    }
    return render(request, "pages/task_detail.html", context)


@login_required
def agency_detail(request, pk: int):
    try:
        page = selectors.agency_page(
            user=request.user, agency_id=pk, today=_today(), page_number=request.GET.get("page")
        )
    except Agency.DoesNotExist:
        raise Http404(_("No such agency.")) from None
    activities = activities_for_agency(request.user, page.agency)
    indicators = None
    if selectors.agency_indicators_shown(request.user, page.agency):
        # Counted by the section's own request once the page is shown (decision 0037).
        year = _today().year
        indicators = {
            "year": year,
            "section": reverse("pages:agency_indicators", args=[page.agency.pk]),
            "url": selectors.agency_indicators_url(page.agency, year),
        }
    return render(
        request,
        "pages/agency_detail.html",
        {
            "page": page.page,
            "agency_page": page,
            "activities": activities,
            "indicators": indicators,
        },
    )


@login_required
def agency_indicators(request, pk: int):
    """The agency page's indicators section (htmx, after the page); a browser that asks
    for it directly gets the dashboard of the same figures. 404 for those the page does
    not show them to."""
    agency = Agency.objects.filter(pk=pk).first()
    indicators = agency and selectors.agency_indicators(request.user, agency, _today())
    if not indicators:
        raise Http404(_("No such agency."))
    if not request.htmx:
        return redirect(indicators.url)
    return render(request, "pages/partials/agency_indicators.html", {"indicators": indicators})


@login_required
def plan_dashboard(request, pk: int):
    """A plan's figures for a period (``?period=2018``, ``2018-H1``, ``2018-Q3``,
    ``2018-06``): rates by agency, late tasks and missing reports with whom to chase, the
    months' trend. Oversight roles only (``plans.access.plan_dashboard_get_for_user``)."""
    plan = plan_dashboard_get_for_user(request.user, pk)
    today = _today()
    error = ""
    period = dashboard.default_period(plan, today)
    if request.GET.get("period"):
        try:
            period = period_parse(request.GET["period"])
        except ValidationError as exc:
            error = " ".join(exc.messages)
    board = dashboard.plan_dashboard(user=request.user, plan=plan, period=period, today=today)
    return render(
        request,
        "pages/plan_dashboard.html",
        {"board": board, "plan": board.plan, "period_error": error},
    )
