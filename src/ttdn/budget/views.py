"""Budget pages: thin; rules in services, access in access.py."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ttdn.activities.models import Activity
from ttdn.attachments.views import attachment_response
from ttdn.audit.selectors import history_for
from ttdn.budget import selectors, services
from ttdn.budget.access import (
    can_appraise,
    can_approve,
    can_edit,
    can_return,
    estimate_get_for_user,
    line_get_for_user,
    may_use_budget,
    own_agency_ids,
    require_appraise,
    require_approve,
    require_edit,
)
from ttdn.budget.export import estimate_xlsx
from ttdn.budget.formatting import parse_vnd
from ttdn.budget.forms import CommentForm, EstimateForm, LineForm, SpendingForm
from ttdn.budget.models import EstimateStatus, SpendingFile
from ttdn.core.exceptions import ConflictError
from ttdn.core.forms import form_errors_to_form
from ttdn.directory.models import Agency
from ttdn.plans.access import visible_plans
from ttdn.plans.models import Task

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def _require_budget(user) -> None:
    if not may_use_budget(user):
        raise PermissionDenied(_("You have no access to budget estimates."))


def _errors(exc: Exception) -> str:
    return " ".join(getattr(exc, "messages", None) or [str(exc)])


def _int(value, default=None):
    value = (value or "").strip()
    return int(value) if value.isdigit() and len(value) < 10 else default


@login_required
def estimate_list(request):
    _require_budget(request.user)
    year = _int(request.GET.get("year"))
    status = request.GET.get("status") or ""
    estimates = selectors.estimate_list(user=request.user, year=year, status=status)
    page = Paginator(estimates, 30).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "years": selectors.years_with_estimates(request.user),
        "statuses": EstimateStatus.choices,
        "filters": {"year": str(year or ""), "status": status},
        "can_create": bool(own_agency_ids(request.user)),
    }
    return render(request, "budget/estimate_list.html", context)


@login_required
def estimate_create(request):
    _require_budget(request.user)
    mine = sorted(own_agency_ids(request.user))
    if not mine:
        raise PermissionDenied(_("Only an agency's officers draft its estimate."))
    form = EstimateForm(
        request.POST or None,
        plans=visible_plans(request.user).order_by("-period_start", "title"),
        agencies=Agency.objects.filter(pk__in=mine).order_by("name"),
        initial={"year": timezone.localdate().year},
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            estimate = services.estimate_create(
                actor=request.user,
                plan=data["plan"],
                agency=data["agency"],
                year=data["year"],
                title=data["title"],
                note=data["note"],
            )
        except ValidationError as exc:
            form_errors_to_form(form, exc)
        else:
            messages.success(request, _("Estimate created: add its lines."))
            return redirect("budget:detail", pk=estimate.pk)
    return render(
        request, "budget/estimate_form.html", {"form": form}, status=400 if form.errors else 200
    )


def _detail_context(request, estimate, **extra):
    lines = selectors.estimate_lines(estimate)
    user = request.user
    context = {
        "estimate": estimate,
        "groups": selectors.grouped_lines(lines),
        "lines": lines,
        "totals": services.estimate_total(estimate),
        "spent": sum((line.spent for line in lines), 0),
        "spendings": selectors.estimate_spendings(estimate),
        "revisions": selectors.revisions_of(estimate),
        "history": history_for(estimate)[:30],
        "can_edit": can_edit(user, estimate) and estimate.is_editable,
        "can_submit": can_edit(user, estimate) and estimate.is_editable and bool(lines),
        "can_revise": can_edit(user, estimate)
        and estimate.status == EstimateStatus.APPROVED
        and not hasattr(estimate, "next_revision"),
        "can_spend": can_edit(user, estimate) and estimate.status == EstimateStatus.APPROVED,
        "can_appraise": can_appraise(user, estimate)
        and estimate.status == EstimateStatus.SUBMITTED,
        "can_approve": can_approve(user) and estimate.status == EstimateStatus.APPRAISED,
        "can_return": can_return(user, estimate),
        "comment_form": CommentForm(initial={"version": estimate.version}),
    }
    # The lines' last column holds their actions: none for a reader who may not act.
    context["show_actions"] = context["can_edit"] or context["can_spend"]
    context.update(extra)
    return context


@login_required
def estimate_detail(request, pk: int):
    estimate = estimate_get_for_user(request.user, pk)
    return render(request, "budget/estimate_detail.html", _detail_context(request, estimate))


def _tasks_of(estimate):
    return Task.objects.filter(plan_id=estimate.plan_id).order_by("order", "pk")


def _activities_of(estimate):
    """The agency's activities of the estimate's year it may link a line to."""
    return (
        Activity.objects.filter(agency_id=estimate.agency_id, start_date__year=estimate.year)
        .only("pk", "title", "start_date")
        .order_by("-start_date", "pk")
    )


def _line_data(data) -> services.LineData:
    return services.LineData(
        description=data["description"],
        quantity=data["quantity"],
        unit=data["unit"],
        unit_cost=data["unit_cost"],
        amount=data["amount"] or None,
        group=data["group"],
        task=data["task"],
        activity=data["activity"],
        funding_source=data["funding_source"],
        note=data["note"],
    )


def _line_form_page(request, estimate, form, line=None, status=200):
    template = "budget/partials/line_form.html" if request.htmx else "budget/line_form.html"
    return render(
        request, template, {"estimate": estimate, "form": form, "line": line}, status=status
    )


@login_required
def line_add(request, pk: int):
    estimate = estimate_get_for_user(request.user, pk)
    require_edit(request.user, estimate)
    form = LineForm(
        request.POST or None,
        tasks=_tasks_of(estimate),
        activities=_activities_of(estimate),
        initial={"version": estimate.version},
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.line_add(
                actor=request.user,
                estimate=estimate,
                version=form.cleaned_data["version"],
                data=_line_data(form.cleaned_data),
            )
        except ValidationError as exc:
            form_errors_to_form(form, exc)
        except ConflictError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Line added."))
            return redirect("budget:detail", pk=estimate.pk)
    return _line_form_page(request, estimate, form, status=400 if form.errors else 200)


@login_required
def line_edit(request, pk: int):
    line = line_get_for_user(request.user, pk)
    estimate = line.estimate
    require_edit(request.user, estimate)
    initial = {
        "description": line.description,
        "group": line.group,
        "task": line.task_id,
        "activity": line.activity_id,
        "quantity": str(line.quantity.normalize()) if line.quantity else "0",
        "unit": line.unit,
        "unit_cost": str(line.unit_cost),
        "amount": str(line.amount) if line.amount_entered else "",
        "funding_source": line.funding_source,
        "note": line.note,
        "version": estimate.version,
    }
    form = LineForm(
        request.POST or None,
        tasks=_tasks_of(estimate),
        activities=_activities_of(estimate),
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        try:
            services.line_change(
                actor=request.user,
                line=line,
                version=form.cleaned_data["version"],
                data=_line_data(form.cleaned_data),
            )
        except ValidationError as exc:
            form_errors_to_form(form, exc)
        except ConflictError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, _("Line saved."))
            return redirect("budget:detail", pk=estimate.pk)
    return _line_form_page(request, estimate, form, line, status=400 if form.errors else 200)


def _step(request, estimate, action, **kwargs):
    """Run a workflow step from a POSTed CommentForm; messages for the outcome."""
    form = CommentForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("The form was not valid: reload the page and try again."))
        return redirect("budget:detail", pk=estimate.pk)
    try:
        action(
            actor=request.user,
            estimate=estimate,
            version=form.cleaned_data["version"],
            **{k: form.cleaned_data["comment"] for k in kwargs.get("comment", ())},
        )
    except (ValidationError, ConflictError) as exc:
        messages.error(request, _errors(exc))
    else:
        messages.success(request, kwargs["done"])
    return redirect("budget:detail", pk=estimate.pk)


@login_required
@require_POST
def line_delete(request, pk: int):
    line = line_get_for_user(request.user, pk)
    require_edit(request.user, line.estimate)
    form = CommentForm(request.POST)
    try:
        if not form.is_valid():
            raise ValidationError(_("The form was not valid: reload the page and try again."))
        services.line_delete(actor=request.user, line=line, version=form.cleaned_data["version"])
    except (ValidationError, ConflictError) as exc:
        messages.error(request, _errors(exc))
    else:
        messages.success(request, _("Line deleted."))
    return redirect("budget:detail", pk=line.estimate_id)


@login_required
@require_POST
def estimate_submit(request, pk: int):
    estimate = estimate_get_for_user(request.user, pk)
    require_edit(request.user, estimate)
    return _step(
        request, estimate, services.estimate_submit, done=_("Estimate submitted for appraisal.")
    )


@login_required
@require_POST
def estimate_approve(request, pk: int):
    estimate = estimate_get_for_user(request.user, pk)
    require_approve(request.user)
    return _step(
        request,
        estimate,
        services.estimate_approve,
        comment=("comment",),
        done=_("Estimate approved: it is now locked."),
    )


@login_required
@require_POST
def estimate_return(request, pk: int):
    estimate = estimate_get_for_user(request.user, pk)
    if not can_return(request.user, estimate):
        raise PermissionDenied(_("You cannot return this estimate."))
    return _step(
        request,
        estimate,
        services.estimate_return,
        comment=("comment",),
        done=_("Estimate returned to the agency."),
    )


@login_required
@require_POST
def estimate_revise(request, pk: int):
    estimate = estimate_get_for_user(request.user, pk)
    require_edit(request.user, estimate)
    try:
        revision = services.estimate_revise(actor=request.user, estimate=estimate)
    except ValidationError as exc:
        messages.error(request, _errors(exc))
        return redirect("budget:detail", pk=estimate.pk)
    messages.success(
        request,
        _("Revision {n} created: change its lines, then submit it.").format(n=revision.revision),
    )
    return redirect("budget:detail", pk=revision.pk)


@login_required
def estimate_appraise(request, pk: int):
    estimate = estimate_get_for_user(request.user, pk)
    require_appraise(request.user, estimate)
    lines = selectors.estimate_lines(estimate)
    errors: dict[str, list[str]] = {}
    general: list[str] = []
    values = {}
    if request.method == "POST":
        adjustments = {}
        for line in lines:
            amount = parse_vnd(request.POST.get(f"amount_{line.pk}", "")[:60])
            comment = request.POST.get(f"comment_{line.pk}", "")[:2000]
            values[line.pk] = (amount, comment)
            adjustments[line.pk] = services.Adjustment(amount=amount or None, comment=comment)
        version = _int(request.POST.get("version"), -1)
        try:
            services.estimate_appraise(
                actor=request.user,
                estimate=estimate,
                version=version,
                adjustments=adjustments,
                comment=request.POST.get("comment", "")[:8000],
            )
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):
                errors = exc.message_dict
            else:
                general = exc.messages
        except ConflictError as exc:
            general = [str(exc)]
        else:
            messages.success(request, _("Appraisal saved: the estimate goes to the leader."))
            return redirect("budget:detail", pk=estimate.pk)
    rows = [
        {
            "line": line,
            "amount": values.get(line.pk, (str(line.reviewed_amount), ""))[0],
            "comment": values.get(line.pk, ("", line.appraisal_comment))[1],
            "errors": errors.get(f"line_{line.pk}", []),
        }
        for line in lines
    ]
    context = {
        "estimate": estimate,
        "rows": rows,
        "general": general + errors.get("comment", []) + errors.get("__all__", []),
        "comment": request.POST.get("comment", "") if request.method == "POST" else "",
        "can_appraise_now": estimate.status == EstimateStatus.SUBMITTED,
    }
    return render(
        request,
        "budget/appraise.html",
        context,
        status=400 if (errors or general) else 200,
    )


@login_required
def spending_add(request, pk: int):
    line = line_get_for_user(request.user, pk)
    estimate = line.estimate
    require_edit(request.user, estimate)
    form = SpendingForm(
        request.POST or None, request.FILES or None, initial={"day": timezone.localdate()}
    )
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            _spending, warning = services.spending_record(
                actor=request.user,
                line=line,
                day=data["day"],
                amount=data["amount"],
                document_ref=data["document_ref"],
                note=data["note"],
                files=data["files"],
            )
        except ValidationError as exc:
            form_errors_to_form(form, exc)
        else:
            messages.success(request, _("Spending recorded."))
            if warning:
                messages.warning(request, warning)
            return redirect("budget:detail", pk=estimate.pk)
    context = {
        "estimate": estimate,
        "line": line,
        "spent": services.line_spent(line),
        "form": form,
    }
    return render(request, "budget/spending_form.html", context, status=400 if form.errors else 200)


@login_required
def spending_file(request, pk: int):
    try:
        attachment = SpendingFile.objects.select_related("spending__line").get(pk=pk, file__gt="")
    except (SpendingFile.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such file.")) from None
    estimate_get_for_user(request.user, attachment.spending.line.estimate_id)
    return attachment_response(attachment)


@login_required
def estimate_export(request, pk: int):
    estimate = estimate_get_for_user(request.user, pk)
    response = HttpResponse(estimate_xlsx(estimate), content_type=XLSX)
    filename = f"du-toan-{estimate.year}-{estimate.agency_id}-r{estimate.revision}.xlsx"
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


@login_required
def totals(request):
    _require_budget(request.user)
    years = selectors.years_with_estimates(request.user)
    year = _int(request.GET.get("year")) or (years[0] if years else timezone.localdate().year)
    if not 1945 <= year <= 2100:
        raise Http404(_("No such year."))
    plan_id = _int(request.GET.get("plan"))
    context = {
        "totals": selectors.budget_totals(user=request.user, year=year, plan_id=plan_id),
        "years": years,
        "year": year,
        "plans": visible_plans(request.user)
        .filter(estimates__isnull=False)
        .distinct()
        .order_by("-period_start", "title"),
        "plan_id": plan_id,
    }
    return render(request, "budget/totals.html", context)
