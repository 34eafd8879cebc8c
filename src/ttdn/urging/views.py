import datetime

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from ttdn.activities.selectors import calendar_activities
from ttdn.directory.models import Agency
from ttdn.plans.access import plan_get_for_user
from ttdn.urging import services
from ttdn.urging.access import require_urger
from ttdn.urging.forms import ReminderPolicyForm
from ttdn.urging.ics import feed_for
from ttdn.urging.letters import urging_letter_generate
from ttdn.urging.models import CalendarToken, ReminderPolicy
from ttdn.urging.selectors import calendar_entries, late_tasks_by_agency, month_of, plans_to_urge


def _calendar(request, *, agency: Agency | None, new_feed_url: str = ""):
    today = timezone.localdate()
    month = month_of(request.GET.get("month"), today)
    entries = calendar_entries(
        request.user, start=month.first, end=month.last, today=today, agency=agency
    )
    by_day: dict = {}
    for entry in entries:
        by_day.setdefault(entry.day, []).append(entry)
    activities = calendar_activities(request.user, start=month.first, end=month.last, agency=agency)
    activity_days: dict = {}
    for activity in activities:
        day = max(activity.start_date, month.first)
        while day <= min(activity.last_day, month.last):
            activity_days[day] = activity_days.get(day, 0) + 1
            day += datetime.timedelta(days=1)
    weeks = [
        [(day, by_day.get(day, []), activity_days.get(day, 0)) if day else None for day in week]
        for week in month.weeks
    ]
    token = None
    if agency is None:
        token = CalendarToken.objects.filter(user=request.user).first()
    return render(
        request,
        "urging/calendar.html",
        {
            "agency": agency,
            "month": month,
            "weeks": weeks,
            "days": sorted(by_day.items()),
            "activities": activities,
            "entry_count": len(entries),
            "truncated": len(entries) >= 1000,
            "today": today,
            "token": token,
            "new_feed_url": new_feed_url,
        },
    )


@login_required
def calendar_mine(request):
    return _calendar(request, agency=None)


@login_required
def calendar_agency(request, pk: int):
    agency = Agency.objects.filter(pk=pk).first()
    if agency is None:
        raise Http404(_("No such agency."))
    return _calendar(request, agency=agency)


@login_required
@require_POST
def calendar_token(request):
    """Create or replace (``action=issue``) or revoke (``action=revoke``) one's feed link."""
    if request.POST.get("action") == "revoke":
        if services.calendar_token_revoke(actor=request.user, user=request.user):
            messages.success(request, _("Your calendar link was revoked; it no longer works."))
        return redirect("urging:calendar")
    try:
        _token, raw = services.calendar_token_issue(actor=request.user, user=request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("urging:calendar")
    url = request.build_absolute_uri(reverse("urging:feed", args=[raw]))
    messages.success(
        request, _("Your new calendar link is shown below, once. Any earlier link stopped working.")
    )
    return _calendar(request, agency=None, new_feed_url=url)


@require_GET
def calendar_feed(request, token: str):
    """The ICS feed; the secret in the address is the only credential. A revoked or unknown
    one is a 404."""
    user = services.calendar_token_user(token)
    if user is None:
        raise Http404(_("No such calendar."))
    response = HttpResponse(feed_for(user), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(False, "ttdn.ics")
    response["Cache-Control"] = "private, max-age=900"
    return response


@login_required
def reminder_settings(request, pk: int):
    plan = plan_get_for_user(request.user, pk)
    require_urger(request.user)
    policy = ReminderPolicy.objects.filter(plan=plan).first()
    defaults = services.default_policy()
    if request.method == "POST" and request.POST.get("action") == "reset":
        services.reminder_policy_reset(actor=request.user, plan=plan)
        messages.success(request, _("The plan follows the default reminder settings again."))
        return redirect("urging:reminders", pk=plan.pk)
    initial = (
        {
            "enabled": policy.enabled,
            "days_before": policy.days_before,
            "weekly_while_late": policy.weekly_while_late,
            "escalate_after_days": policy.escalate_after_days,
        }
        if policy
        else {
            "enabled": True,
            "days_before": ", ".join(map(str, defaults.days_before)),
            "weekly_while_late": defaults.weekly_while_late,
            "escalate_after_days": defaults.escalate_after_days,
        }
    )
    form = ReminderPolicyForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            services.reminder_policy_set(actor=request.user, plan=plan, **form.cleaned_data)
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            messages.success(request, _("Reminder settings saved."))
            return redirect("urging:reminders", pk=plan.pk)
    return render(
        request,
        "urging/reminder_settings.html",
        {"plan": plan, "policy": policy, "form": form, "defaults": defaults},
    )


DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@login_required
def urging_letter(request, pk: int):
    """The late agencies of a plan (GET) and their urging letter as Word (POST)."""
    plan = plan_get_for_user(request.user, pk, select_related=("issuer", "unit"))
    require_urger(request.user)
    today = timezone.localdate()
    years = list(range(plan.period_start, plan.period_end + 1))
    raw_year = request.POST.get("year") or request.GET.get("year") or ""
    year = int(raw_year) if raw_year.isdecimal() and int(raw_year) in years else None
    if request.method == "POST":
        letter = urging_letter_generate(actor=request.user, plan=plan, year=year, today=today)
        response = HttpResponse(letter.content, content_type=DOCX)
        response["Content-Disposition"] = content_disposition_header(True, letter.filename)
        return response
    groups = late_tasks_by_agency(plan, today=today)
    if year is not None:
        groups = [
            (a, [t for t in tasks if t.next_deadline and t.next_deadline.year == year])
            for a, tasks in groups
        ]
        groups = [(a, tasks) for a, tasks in groups if tasks]
    return render(
        request,
        "urging/letter.html",
        {"plan": plan, "groups": groups, "years": years, "year": year, "today": today},
    )


@login_required
def urging_index(request):
    """Plans taking reports, with their late tasks today: where to urge."""
    require_urger(request.user)
    today = timezone.localdate()
    plans = plans_to_urge(request.user, today=today)
    return render(request, "urging/index.html", {"plans": plans, "today": today})
