"""Pages of the registers: thin; rules in services, access in access.py."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ttdn.activities import selectors, services
from ttdn.activities.access import (
    activity_file_get_for_user,
    may_record,
    may_record_for,
)
from ttdn.activities.forms import FilterForm
from ttdn.activities.registers import REGISTERS, Register, register_or_404
from ttdn.activities.rows import detail_rows, list_header, list_rows
from ttdn.attachments.views import attachment_response
from ttdn.audit.selectors import history_for
from ttdn.core.exceptions import ConflictError
from ttdn.core.forms import form_errors_to_form
from ttdn.core.pagination import CountingPaginator
from ttdn.directory.models import Agency
from ttdn.plans.access import visible_tasks

PAGE_SIZE = 30


@login_required
def index(request):
    counts = selectors.register_counts(request.user)
    registers = [(register, counts.get(register.code, 0)) for register in REGISTERS.values()]
    return render(
        request,
        "activities/index.html",
        {"registers": registers, "can_record": may_record(request.user)},
    )


def _entries(request, register: Register, form: FilterForm):
    cleaned = form.cleaned_data if form.is_valid() else {}
    return selectors.register_entries(
        request.user, register.code, cleaned, today=timezone.localdate()
    )


def _filter_widgets(form: FilterForm) -> list[dict]:
    """The filters as plain data for the template (Django's select widgets render every
    option through a template: too slow for a list of agencies on every list page)."""
    data = form.data
    widgets = []
    for name, field in form.fields.items():
        widget = {"name": name, "label": field.label, "value": data.get(name, "")}
        if name == "agency":
            rows = Agency.objects.current().order_by("name").values_list("pk", "name")
            widget["options"] = [("", _("All")), *((str(pk), label) for pk, label in rows)]
        elif name == "plan":
            rows = field.queryset.values_list("pk", "number", "title")
            widget["options"] = [
                ("", _("All plans")),
                *((str(pk), (number or title)[:80]) for pk, number, title in rows),
            ]
        elif hasattr(field, "choices"):
            widget["options"] = [(str(v), label) for v, label in field.choices]
        elif name == "task":
            widget["type"] = "hidden"
        elif name in ("start", "end"):
            widget["type"] = "date"
        elif name == "current":
            widget["type"] = "checkbox"
        elif name == "year":
            widget["type"] = "number"
        else:
            widget["type"] = "search"
        widgets.append(widget)
    return widgets


def published_spokespersons(request):
    """The public list of spokespersons in office (Decree 09/2017/NĐ-CP): open to anyone,
    like the published plans."""
    today = timezone.localdate()
    context = {"groups": selectors.published_spokespersons(today=today), "today": today}
    return render(request, "activities/published_spokespersons.html", context)


@login_required
def register_list(request, code: str):
    register = register_or_404(code)
    form = FilterForm(request.GET or None, code=code, plans=selectors.filter_plans(request.user))
    entries = _entries(request, register, form)
    if register.is_activity:
        page = CountingPaginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    else:
        page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    task = None
    if form.is_valid() and form.cleaned_data.get("task"):
        task = visible_tasks(request.user).filter(pk=form.cleaned_data["task"]).first()
    context = {
        "register": register,
        "form": form,
        "filters": _filter_widgets(form),
        "page": page,
        "header": list_header(register),
        "rows": list_rows(register, page.object_list),
        "task": task,
        "can_record": may_record(request.user),
    }
    template = "activities/partials/entry_table.html" if request.htmx else "activities/list.html"
    return render(request, template, context)


@login_required
def entry_detail(request, code: str, pk: int):
    register = register_or_404(code)
    entry = register.get_for_user(request.user, pk)
    context = {
        "register": register,
        "entry": entry,
        "rows": detail_rows(register, entry),
        "can_change": may_record_for(request.user, entry.agency_id),
        "history": history_for(entry)[:20],
    }
    if register.is_activity:
        context["tasks"] = list(
            visible_tasks(request.user).filter(activities=entry).select_related("plan")
        )
        context["agencies"] = list(entry.agencies.order_by("name"))
        context["files"] = list(entry.files.all())
    return render(request, "activities/detail.html", context)


def _require_recorder(user) -> None:
    if not may_record(user):
        raise PermissionDenied(_("You cannot record entries: you belong to no agency."))


@login_required
def entry_create(request, code: str):
    register = register_or_404(code)
    _require_recorder(request.user)
    form = register.form_class(
        request.POST or None, request.FILES or None, user=request.user, with_agency=True
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        agency = data.pop("agency")
        try:
            entry = register.create(actor=request.user, agency=agency, data=data)
        except ValidationError as exc:
            form_errors_to_form(form, exc)
        else:
            messages.success(request, _("The entry was recorded."))
            return redirect("activities:detail", code=code, pk=entry.pk)
    return render(
        request, "activities/form.html", {"register": register, "form": form, "entry": None}
    )


@login_required
def entry_edit(request, code: str, pk: int):
    register = register_or_404(code)
    entry = register.get_for_user(request.user, pk, write=True)
    form = register.form_class(
        request.POST or None, request.FILES or None, user=request.user, instance=entry
    )
    if request.method == "POST" and form.is_valid():
        try:
            version = int(request.POST.get("version", ""))
        except ValueError:
            version = -1
        try:
            register.update(
                actor=request.user,
                obj=entry,
                data=dict(form.cleaned_data),
                expected_version=version,
            )
        except ValidationError as exc:
            form_errors_to_form(form, exc)
        except ConflictError as exc:
            messages.error(request, str(exc))
            return redirect("activities:edit", code=code, pk=pk)
        else:
            messages.success(request, _("The entry was saved."))
            return redirect("activities:detail", code=code, pk=pk)
    return render(
        request, "activities/form.html", {"register": register, "form": form, "entry": entry}
    )


@login_required
@require_POST
def entry_delete(request, code: str, pk: int):
    register = register_or_404(code)
    entry = register.get_for_user(request.user, pk, write=True)
    register.delete(actor=request.user, obj=entry)
    messages.success(request, _("The entry was deleted."))
    return redirect("activities:list", code=code)


@login_required
def file_download(request, pk: int, file_pk: int):
    return attachment_response(activity_file_get_for_user(request.user, pk, file_pk))


@login_required
def file_thumbnail(request, pk: int, file_pk: int):
    attachment = activity_file_get_for_user(request.user, pk, file_pk)
    if not attachment.thumbnail:
        raise Http404(_("No such file."))
    try:
        handle = attachment.thumbnail.open("rb")
    except FileNotFoundError:
        raise Http404(_("The file is missing from storage.")) from None
    return FileResponse(handle, content_type="image/jpeg")


@login_required
@require_POST
def file_delete(request, pk: int, file_pk: int):
    attachment = activity_file_get_for_user(request.user, pk, file_pk)
    activity = attachment.activity
    if not may_record_for(request.user, activity.agency_id):
        raise PermissionDenied(_("Only the recording agency can change this entry."))
    services.activity_file_delete(actor=request.user, attachment=attachment)
    messages.success(request, _("The file was removed."))
    return redirect("activities:detail", code=activity.kind, pk=activity.pk)
