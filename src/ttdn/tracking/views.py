import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ttdn.attachments.views import attachment_response
from ttdn.core.exceptions import ConflictError
from ttdn.core.forms import form_errors_to_form
from ttdn.core.pagination import CountingPaginator
from ttdn.directory.models import Agency
from ttdn.plans.scope import scope_choices, scope_from_request
from ttdn.tracking import services
from ttdn.tracking.access import (
    evidence_file_get_for_user,
    require_reviewer,
    task_get_for_reporting,
    update_get_for_review,
)
from ttdn.tracking.forms import ProgressForm, ReviewForm
from ttdn.tracking.selectors import pending_updates


@login_required
def progress_create(request, task_pk: int):
    task, agency_ids = task_get_for_reporting(request.user, task_pk)
    agencies = list(Agency.objects.filter(pk__in=agency_ids).order_by("name"))
    deadlines = list(task.deadlines.values_list("due_date", flat=True))
    initial = {
        "period_end": task.next_deadline.isoformat() if task.next_deadline else "",
        "percent": task.percent,
        "status": task.status,
    }
    form = ProgressForm(
        request.POST or None,
        request.FILES or None,
        agencies=agencies,
        deadlines=deadlines,
        initial=initial,
    )
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            services.progress_submit(
                actor=request.user,
                task=task,
                agency=next(a for a in agencies if a.pk == d["agency"]),
                status=d["status"],
                percent=d["percent"],
                narrative=d["narrative"],
                figures=d["figures"],
                period_end=datetime.date.fromisoformat(d["period_end"])
                if d["period_end"]
                else None,
                files=d["files"],
                links=d["links"],
            )
        except ValidationError as exc:
            form_errors_to_form(form, exc)
        else:
            messages.success(
                request, _("Your progress report was sent to the coordinating department.")
            )
            return redirect("pages:task", pk=task.pk)
    return render(
        request, "tracking/progress_form.html", {"form": form, "task": task, "plan": task.plan}
    )


@login_required
def review_queue(request):
    require_reviewer(request.user)
    # The reports of the reviewer's oversight scope by default (plans.scope).
    scope = scope_from_request(request)
    updates = (
        pending_updates(user=request.user, scope=scope)
        .select_related("task", "task__plan", "agency", "submitted_by")
        .prefetch_related("evidence")
    )
    # The page and its total in one pass (core.pagination): a province's queue at the
    # reporting deadline holds thousands of reports.
    page = CountingPaginator(updates, 30).get_page(request.GET.get("page"))
    context = {
        "page": page,
        "form": ReviewForm(),
        "scope": scope,
        "scope_options": scope_choices(request.user, scope),
    }
    return render(request, "tracking/review_queue.html", context)


@require_POST
@login_required
def review_decide(request, pk: int):
    update = update_get_for_review(request.user, pk)
    form = ReviewForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose to accept or return the update."))
    else:
        try:
            services.progress_review(
                actor=request.user,
                update=update,
                accept=form.cleaned_data["decision"] == "accept",
                comment=form.cleaned_data["comment"],
            )
        except (ValidationError, ConflictError) as exc:
            messages.error(request, " ".join(getattr(exc, "messages", [str(exc)])))
        else:
            messages.success(
                request,
                _("The update was accepted.")
                if form.cleaned_data["decision"] == "accept"
                else _("The update was returned to the agency."),
            )
    next_url = request.POST.get("next")
    if next_url == "task":
        return redirect("pages:task", pk=update.task_id)
    return redirect("tracking:review_queue")


def evidence_download(request, pk: int):
    # Anonymous visitors may download the evidence a public plan publishes; for anything
    # else they are sent to log in, as before (the same answer whether the file exists).
    try:
        evidence = evidence_file_get_for_user(request.user, pk)
    except Http404:
        if request.user.is_authenticated:
            raise
        return redirect_to_login(request.get_full_path())
    return attachment_response(evidence)
