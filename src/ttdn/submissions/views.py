"""Pages of report requests and submissions: thin; rules in services, access in access.py."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ttdn.accounts.capabilities import SEE_REPORT_REQUESTS, has_capability
from ttdn.attachments.views import attachment_response
from ttdn.audit.selectors import history_for
from ttdn.core.exceptions import ConflictError
from ttdn.core.forms import form_errors_to_form
from ttdn.directory.models import Agency
from ttdn.plans.access import plan_get_for_user, visible_plans
from ttdn.plans.models import REPORTABLE_STATUSES
from ttdn.submissions import selectors, services
from ttdn.submissions.access import (
    can_request_reports,
    can_write_submission,
    request_get_for_user,
    require_requester,
    sees_all_requests,
    submission_get_for_user,
)
from ttdn.submissions.forms import (
    AdHocRequestForm,
    RequestChangeForm,
    ReviewForm,
    RuleForm,
    SubmissionForm,
    figures_text,
)
from ttdn.submissions.models import SubmissionFile, SubmissionState


def _require_see(user) -> None:
    if not has_capability(user, SEE_REPORT_REQUESTS):
        raise PermissionDenied(_("You cannot see report requests."))


def _errors(exc: Exception) -> str:
    return " ".join(getattr(exc, "messages", None) or [str(exc)])


@login_required
def request_list(request):
    _require_see(request.user)
    plan_id = request.GET.get("plan") or ""
    period = (request.GET.get("period") or "").strip()[:32]
    status = request.GET.get("status") or ""
    requests = selectors.request_list(
        user=request.user,
        plan_id=int(plan_id) if plan_id.isdigit() and len(plan_id) < 10 else None,
        period=period,
        status=status if status in ("open", "closed", "overdue") else "",
    )
    page = Paginator(requests, 30).get_page(request.GET.get("page"))
    plans = visible_plans(request.user).filter(report_requests__isnull=False).distinct()
    context = {
        "page": page,
        "plans": plans.only("pk", "number", "title").order_by("-period_start", "title"),
        "filters": {"plan": plan_id, "period": period, "status": status},
        "today": timezone.localdate(),
        "can_request": can_request_reports(request.user),
        "mine": _mine(request.user)[:10] if request.user.agency_ids() else [],
    }
    return render(request, "submissions/request_list.html", context)


def _mine(user):
    return selectors.my_submissions(user=user)


@login_required
def my_requests(request):
    _require_see(request.user)
    page = Paginator(_mine(request.user), 30).get_page(request.GET.get("page"))
    return render(
        request,
        "submissions/my_requests.html",
        {"page": page, "today": timezone.localdate()},
    )


@login_required
def request_detail(request, pk: int):
    report_request = request_get_for_user(request.user, pk)
    can_manage = can_request_reports(request.user)
    change_form = RequestChangeForm(
        initial={"deadline": report_request.deadline, "closed": report_request.closed}
    )
    context = {
        "req": report_request,
        "plan": report_request.plan,
        "steps": list(report_request.steps.select_related("recipient_agency")),
        "submissions": selectors.request_submissions(report_request, user=request.user),
        "today": timezone.localdate(),
        "can_manage": can_manage,
        "change_form": change_form,
        "history": history_for(report_request)[:20] if can_manage else [],
    }
    return render(request, "submissions/request_detail.html", context)


@require_POST
@login_required
def request_change(request, pk: int):
    report_request = request_get_for_user(request.user, pk, manage=True)
    form = RequestChangeForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Give a valid deadline."))
    else:
        try:
            services.request_change(
                actor=request.user,
                request=report_request,
                deadline=form.cleaned_data["deadline"],
                closed=form.cleaned_data["closed"],
            )
        except ValidationError as exc:
            messages.error(request, _errors(exc))
        else:
            messages.success(request, _("The request was saved."))
    return redirect("submissions:request", pk=report_request.pk)


@login_required
def request_create(request):
    require_requester(request.user)
    plans = visible_plans(request.user).filter(status__in=sorted(REPORTABLE_STATUSES))
    plan_id = request.POST.get("plan") or request.GET.get("plan") or ""
    plan = None
    if plan_id:
        try:
            plan = plan_get_for_user(request.user, plan_id)
        except Http404:
            plan = None
    agencies = services.plan_agencies(plan) if plan else []
    form = None
    if plan is not None:
        form = AdHocRequestForm(
            request.POST or None,
            agencies=agencies,
            initial={"agencies": [a.pk for a in agencies]},
        )
        if request.method == "POST" and form.is_valid():
            d = form.cleaned_data
            chosen = list(Agency.objects.filter(pk__in=d["agencies"]))
            try:
                created = services.request_create_adhoc(
                    actor=request.user,
                    plan=plan,
                    title=d["title"],
                    deadline=d["deadline"],
                    period_start=d["period_start"],
                    period_end=d["period_end"],
                    agencies=chosen,
                    instructions=d["instructions"],
                )
            except ValidationError as exc:
                form_errors_to_form(form, exc)
            else:
                messages.success(request, _("The report request was sent to the agencies."))
                return redirect("submissions:request", pk=created.pk)
    context = {
        "plans": plans.only("pk", "number", "title").order_by("-period_start", "title"),
        "plan": plan,
        "form": form,
    }
    return render(request, "submissions/request_form.html", context)


def _submission_form(submission, data=None, files=None, *, version=None):
    rows = services.submission_task_rows(submission)
    initial = {
        "version": submission.version if version is None else version,
        "results": submission.results,
        "limitations": submission.limitations,
        "proposals": submission.proposals,
        "figures": figures_text(services.submission_initial_figures(submission)),
    }
    return SubmissionForm(
        data,
        files,
        task_rows=rows,
        files=list(submission.files.all()),
        initial=initial,
    )


@login_required
def submission_detail(request, pk: int):
    submission = submission_get_for_user(request.user, pk)
    can_write = can_write_submission(request.user, submission) and submission.is_editable
    form, theirs = None, None
    if can_write:
        form = _submission_form(submission, request.POST or None, request.FILES or None)
        if request.method == "POST" and form.is_valid():
            outcome = _save_submission(request, submission, form)
            if outcome == "ok":
                return redirect("submissions:submission", pk=submission.pk)
            if outcome == "conflict":
                # Keep what the officer typed; show the version saved meanwhile beside it,
                # and let the next save knowingly replace it.
                submission.refresh_from_db()
                theirs = submission
                data = request.POST.copy()
                data["version"] = str(submission.version)
                form = _submission_form(submission, data)
                form.is_valid()
    elif request.method == "POST":
        raise PermissionDenied(_("This report cannot be changed now."))
    context = {
        "submission": submission,
        "req": submission.request,
        "plan": submission.request.plan,
        "form": form,
        "theirs": theirs,
        "rows": services.submission_task_rows(submission) if form is None else [],
        "figures": submission.figures
        if submission.state != SubmissionState.NOT_STARTED
        else services.submission_initial_figures(submission),
        "files": list(submission.files.all()),
        "today": timezone.localdate(),
        "can_review": can_request_reports(request.user)
        and submission.state == SubmissionState.SUBMITTED,
        "review_form": ReviewForm(),
        "sees_all": sees_all_requests(request.user),
        "history": history_for(submission)[:20],
    }
    return render(request, "submissions/submission.html", context)


def _save_submission(request, submission, form) -> str:
    d = form.cleaned_data
    submit = request.POST.get("action") == "submit"
    try:
        with transaction.atomic():
            services.submission_save(
                actor=request.user,
                submission=submission,
                version=d["version"],
                results=d["results"],
                limitations=d["limitations"],
                proposals=d["proposals"],
                task_notes=form.task_notes(),
                figures=d["figures"],
                files=d["files"],
                links=d["links"],
                remove_file_ids=d.get("remove_files") or [],
            )
            if submit:
                services.submission_submit(
                    actor=request.user, submission=submission, version=submission.version
                )
    except ConflictError as exc:
        messages.error(request, str(exc))
        if d["files"]:
            messages.warning(
                request, _("The files you chose were not uploaded: choose them again.")
            )
        return "conflict"
    except ValidationError as exc:
        form_errors_to_form(form, exc)
        return "invalid"
    if submit:
        if submission.is_late:
            messages.warning(request, _("The report was handed in after the deadline."))
        messages.success(request, _("The report was sent to the coordinating department."))
    else:
        messages.success(request, _("The draft was saved."))
    return "ok"


@require_POST
@login_required
def submission_review(request, pk: int):
    submission = submission_get_for_user(request.user, pk, review=True)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose to accept or return the report."))
    else:
        accept = form.cleaned_data["decision"] == "accept"
        try:
            services.submission_review(
                actor=request.user,
                submission=submission,
                accept=accept,
                comment=form.cleaned_data["comment"],
            )
        except (ValidationError, ConflictError) as exc:
            messages.error(request, _errors(exc))
        else:
            messages.success(
                request,
                _("The report was accepted.")
                if accept
                else _("The report was returned to the agency."),
            )
    return redirect("submissions:submission", pk=submission.pk)


@login_required
def submission_file(request, pk: int):
    try:
        attachment = SubmissionFile.objects.get(pk=pk, file__gt="")
    except (SubmissionFile.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such file.")) from None
    submission_get_for_user(request.user, attachment.submission_id)
    return attachment_response(attachment)


@login_required
def rule_edit(request, plan_pk: int):
    require_requester(request.user)
    plan = plan_get_for_user(request.user, plan_pk)
    rule = selectors.reporting_rule_of(plan)
    steps = selectors.rule_steps(rule) if rule else selectors.default_steps()
    days = [s.days_after for s in steps]
    initial = {
        "frequency": rule.frequency if rule else "yearly",
        "deadline_month": rule.deadline_month if rule else 12,
        "deadline_day": rule.deadline_day if rule else 15,
        "on_holiday": rule.on_holiday if rule else "",
        "lead_days": rule.lead_days if rule else None,
        "active": rule.active if rule else True,
        "focal_days": days[0] if days else None,
        "committee_days": days[1] if len(days) > 1 else None,
    }
    form = RuleForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            services.reporting_rule_save(
                actor=request.user,
                plan=plan,
                frequency=d["frequency"],
                deadline_month=d["deadline_month"],
                deadline_day=d["deadline_day"],
                on_holiday=d["on_holiday"],
                lead_days=d["lead_days"],
                active=d["active"],
                steps=form.steps(),
            )
        except ValidationError as exc:
            form_errors_to_form(form, exc)
        else:
            messages.success(request, _("The reporting rule was saved."))
            return redirect("submissions:rule", plan_pk=plan.pk)
    context = {
        "plan": plan,
        "form": form,
        "rule": rule,
        "stored": bool(rule and rule.pk),
        "schedule": selectors.rule_schedule(rule, plan) if rule else [],
    }
    return render(request, "submissions/rule_form.html", context)
