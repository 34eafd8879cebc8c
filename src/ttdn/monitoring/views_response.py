"""Pages of the press officers' queue, the responses and the digests (thin: parse,
authorise through ``monitoring.access`` / ``response_access``, call one service, render)."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from ttdn.activities.registers import REGISTERS
from ttdn.audit.selectors import history_for
from ttdn.core.exceptions import ConflictError
from ttdn.monitoring import digest as digests
from ttdn.monitoring import responses as services
from ttdn.monitoring.access import monitoring_required, story_get_for_user
from ttdn.monitoring.forms_response import (
    AssessmentForm,
    DigestForm,
    DigestSubscriptionForm,
    DismissForm,
    MoveForm,
    ResponseEditForm,
    ResponseOpenForm,
)
from ttdn.monitoring.letters import correction_letter_generate
from ttdn.monitoring.models import (
    Article,
    Flag,
    FlagStatus,
    ResponseKind,
    ResponseStatus,
    StoryTone,
)
from ttdn.monitoring.response_access import (
    can_change_response,
    can_respond,
    flag_get_for_user,
    require_responder,
    response_get_for_user,
)
from ttdn.monitoring.selectors_response import (
    flag_counts,
    flag_queue,
    response_articles,
    responses_list,
)

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _errors(request, error: ValidationError) -> None:
    for message in error.messages:
        messages.error(request, message)


@login_required
@require_GET
def flags(request):
    monitoring_required(request.user)
    status = request.GET.get("status", FlagStatus.OPEN)
    if status not in FlagStatus.values:
        status = FlagStatus.OPEN
    counts = flag_counts()
    return render(
        request,
        "monitoring/response/flags.html",
        {
            "entries": flag_queue(status=status),
            "status": status,
            "statuses": [(v, label, counts.get(v, 0)) for v, label in FlagStatus.choices],
            "tones": StoryTone.choices,
            "can_respond": can_respond(request.user),
        },
    )


@login_required
@require_POST
def flag_dismiss(request, pk: int):
    flag = flag_get_for_user(request.user, pk, write=True)
    form = DismissForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say why the flag is dismissed."))
        return redirect("monitoring:flags")
    try:
        services.flag_dismiss(
            actor=request.user,
            flag=flag,
            reason=form.cleaned_data["reason"],
            version=form.cleaned_data["version"],
        )
    except ValidationError as error:
        _errors(request, error)
    except ConflictError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The flag was dismissed."))
    return redirect("monitoring:flags")


@login_required
@require_http_methods(["GET", "POST"])
def response_open(request, story_pk: int):
    story = story_get_for_user(request.user, story_pk)
    require_responder(request.user)
    articles = list(
        Article.objects.filter(story=story)
        .select_related("source")
        .order_by("-published_at", "-pk")[:200]
    )
    flag = None
    flag_pk = request.POST.get("flag") or request.GET.get("flag")
    if flag_pk:
        flag = flag_get_for_user(request.user, flag_pk, write=True)
    if request.method == "POST":
        form = ResponseOpenForm(request.POST, articles=articles)
        if form.is_valid():
            data = form.cleaned_data
            try:
                response = services.response_open(
                    actor=request.user,
                    story=story,
                    kind=data["kind"],
                    agency=data["agency"],
                    deadline=data["deadline"],
                    flag=flag,
                    article_ids=[int(pk) for pk in data["articles"]] or None,
                    no_action_reason=data["no_action_reason"],
                    correct_information=data["correct_information"],
                )
            except ValidationError as error:
                if hasattr(error, "error_dict"):
                    for field, errors in error.message_dict.items():
                        form.add_error(field if field in form.fields else None, errors)
                else:
                    form.add_error(None, error)
            else:
                messages.success(request, _("The response was opened."))
                return redirect("monitoring:response", pk=response.pk)
    else:
        agencies = request.user.agency_ids()
        form = ResponseOpenForm(
            initial={
                "kind": ResponseKind.CORRECTION,
                "deadline": timezone.localdate() + dt.timedelta(days=3),
                "agency": min(agencies) if agencies else None,
                "articles": [str(a.pk) for a in articles],
                "flag": flag.pk if flag else None,
            },
            articles=articles,
        )
    return render(
        request,
        "monitoring/response/open.html",
        {"story": story, "form": form, "flag": flag, "articles": articles},
    )


@login_required
@require_GET
def responses(request):
    monitoring_required(request.user)
    today = timezone.localdate()
    status = request.GET.get("status", "")
    overdue = request.GET.get("overdue") == "1"
    rows = list(responses_list(status=status, overdue_on=today if overdue else None)[:500])
    return render(
        request,
        "monitoring/response/list.html",
        {
            "responses": rows,
            "status": status,
            "overdue": overdue,
            "statuses": ResponseStatus.choices,
            "today": today,
        },
    )


@login_required
@require_GET
def response_detail(request, pk: int):
    response = response_get_for_user(request.user, pk)
    today = timezone.localdate()
    return render(
        request,
        "monitoring/response/detail.html",
        _detail_context(request, response, today),
    )


def _detail_context(request, response, today, form=None) -> dict:
    may_change = can_change_response(request.user, response)
    return {
        "response": response,
        "articles": response_articles(response),
        "may_change": may_change,
        "form": form
        or ResponseEditForm(
            initial={
                "agency": response.agency,
                "deadline": response.deadline,
                "correct_information": response.correct_information,
                "text_issued": response.text_issued,
                "outlet_answer": response.outlet_answer,
                "no_action_reason": response.no_action_reason,
                "version": response.version,
            }
        ),
        "next_statuses": [
            (s, ResponseStatus(s).label) for s in services.status_path(response.status)
        ],
        "overdue": response.is_overdue(today),
        "is_correction": response.kind == ResponseKind.CORRECTION,
        "history": history_for(response)[:50] if may_change else [],
        "register_label": REGISTERS[response.activity_register].label
        if response.activity_register in REGISTERS
        else "",
    }


@login_required
@require_POST
def response_edit(request, pk: int):
    response = response_get_for_user(request.user, pk, write=True)
    form = ResponseEditForm(request.POST)
    today = timezone.localdate()
    if form.is_valid():
        data = form.cleaned_data
        try:
            services.response_update(
                actor=request.user,
                response=response,
                version=data["version"],
                agency=data["agency"],
                deadline=data["deadline"],
                correct_information=data["correct_information"],
                text_issued=data["text_issued"],
                outlet_answer=data["outlet_answer"],
                no_action_reason=data["no_action_reason"],
            )
        except ValidationError as error:
            if hasattr(error, "error_dict"):
                for field, errors in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                form.add_error(None, error)
        except ConflictError as error:
            form.add_error(None, str(error))
        else:
            messages.success(request, _("The response was saved."))
            return redirect("monitoring:response", pk=response.pk)
    return render(
        request,
        "monitoring/response/detail.html",
        _detail_context(request, response, today, form=form),
        status=400,
    )


@login_required
@require_POST
def response_move(request, pk: int):
    response = response_get_for_user(request.user, pk, write=True)
    form = MoveForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a status from the list."))
        return redirect("monitoring:response", pk=response.pk)
    try:
        services.response_move(
            actor=request.user,
            response=response,
            to_status=form.cleaned_data["to_status"],
            version=form.cleaned_data["version"],
        )
    except ValidationError as error:
        _errors(request, error)
    except ConflictError as error:
        messages.error(request, str(error))
    else:
        messages.success(request, _("The response's status was changed."))
    return redirect("monitoring:response", pk=response.pk)


@login_required
@require_POST
def response_letter(request, pk: int):
    response = response_get_for_user(request.user, pk, write=True)
    try:
        letter = correction_letter_generate(actor=request.user, response=response)
    except ValidationError as error:
        _errors(request, error)
        return redirect("monitoring:response", pk=response.pk)
    reply = HttpResponse(letter.content, content_type=DOCX)
    reply["Content-Disposition"] = content_disposition_header(True, letter.filename)
    return reply


@login_required
@require_POST
def story_assessment(request, story_pk: int):
    story = story_get_for_user(request.user, story_pk)
    require_responder(request.user)
    form = AssessmentForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose a tone from the list."))
    else:
        services.story_assessment_set(
            actor=request.user,
            story=story,
            tone=form.cleaned_data["tone"],
            about_locality=form.cleaned_data["about_locality"],
        )
        messages.success(request, _("The story's assessment was saved."))
    back = request.POST.get("next", "")
    if back.startswith("/") and not back.startswith("//"):
        return redirect(back)
    return redirect("monitoring:flags")


@login_required
@require_GET
def digest(request):
    monitoring_required(request.user)
    form = DigestForm(request.GET)
    today = timezone.localdate()
    kind, day = digests.DAILY, today
    if form.is_valid():
        kind = form.cleaned_data["period"] or digests.DAILY
        day = form.cleaned_data["day"] or today
    if day > today:
        day = today
    period = digests.period_of(kind, day)
    return render(
        request,
        "monitoring/response/digest.html",
        {
            "digest": digests.digest_for(period),
            "kind": kind,
            "day": day,
            "previous": day - dt.timedelta(days=7 if kind == digests.WEEKLY else 1),
            "next": day + dt.timedelta(days=7 if kind == digests.WEEKLY else 1)
            if day < today
            else None,
            "flag_model": Flag,
            "subscription_form": DigestSubscriptionForm(
                initial={"frequency": digests.digest_frequency(request.user)}
            ),
        },
    )


@login_required
@require_POST
def digest_subscription(request):
    """Each person who sees monitoring chooses their own digest e-mails."""
    monitoring_required(request.user)
    form = DigestSubscriptionForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose daily, weekly or none."))
    else:
        digests.digest_frequency_set(actor=request.user, frequency=form.cleaned_data["frequency"])
        messages.success(request, _("Your digest e-mails were saved."))
    return redirect("monitoring:digest")
