"""Pages of the Excel import and export of a register (the flow is in ``activities.io``):
template → upload → mapping preview → confirm → result; and the export of the list."""

from __future__ import annotations

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_http_methods

from ttdn.activities import io, selectors
from ttdn.activities.forms import FilterForm
from ttdn.activities.models_io import ImportState
from ttdn.activities.registers import Register, register_or_404
from ttdn.core.exceptions import ConflictError
from ttdn.documents.cells import as_text

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


class UploadForm(forms.Form):
    agency = forms.ModelChoiceField(
        label=gettext_lazy("Recording agency"), queryset=None, empty_label=None
    )
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet"),
        help_text=gettext_lazy(
            "An Excel workbook (.xlsx) or a CSV file of up to 5 MB and 2,000 rows: the "
            "template, or your agency's own register (you map its columns next)."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".xlsx,.csv"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["agency"].queryset = io.import_agencies(user)


def _xlsx(data: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(data, content_type=XLSX)
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response


def _register(request, code: str, *, importing: bool = True) -> Register:
    register = register_or_404(code)
    if importing:
        io.check_may_import(request.user)
    return register


@login_required
def import_template(request, code: str):
    register = _register(request, code)
    data = io.register_template(register, request.user)
    return _xlsx(data, f"mau-{register.code}.xlsx")


@login_required
def export(request, code: str):
    register = _register(request, code, importing=False)
    queryset = _export_queryset(request, register)
    data = io.register_export(register, request.user, queryset)
    day = timezone.localdate().strftime("%Y%m%d")
    return _xlsx(data, f"{register.code}-{day}.xlsx")


@login_required
@require_http_methods(["GET", "POST"])
def import_upload(request, code: str):
    register = _register(request, code)
    form = UploadForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        try:
            imported = io.register_import_start(
                actor=request.user,
                register=register,
                agency=form.cleaned_data["agency"],
                upload=form.cleaned_data["file"],
            )
        except ValidationError as error:
            _errors_to_form(form, error)
        else:
            return redirect("activities:import_preview", code=register.code, pk=imported.pk)
    return render(
        request,
        "activities/io/upload.html",
        {"register": register, "form": form, "max_rows": io.MAX_ROWS},
    )


def _export_queryset(request, register: Register):
    """The entries the list page shows with the same filters (its query string), read by
    the list page's own helpers so the two never differ."""
    form = FilterForm(
        request.GET or None, code=register.code, plans=selectors.filter_plans(request.user)
    )
    cleaned = form.cleaned_data if form.is_valid() else {}
    return selectors.register_entries(
        request.user, register.code, cleaned, today=timezone.localdate()
    )


def _errors_to_form(form: forms.Form, error: ValidationError) -> None:
    if hasattr(error, "error_dict"):
        for name, errors in error.error_dict.items():
            form.add_error(name if name in form.fields else None, errors)
    else:
        form.add_error(None, error)


@login_required
@require_http_methods(["GET", "POST"])
def import_preview(request, code: str, pk: int):
    register = _register(request, code)
    imported = io.register_import_get_for_user(request.user, pk, register=register)
    if imported.state == ImportState.DONE:
        return redirect("activities:import_done", code=register.code, pk=imported.pk)
    mapping = None
    if request.method == "POST":
        mapping = [request.POST.get(f"column-{index}", "") for index in range(_width(request))]
    error = None
    preview = None
    rejected = False
    try:
        if request.method == "POST" and request.POST.get("action") == "import":
            count = io.register_import_confirm(
                actor=request.user, register=register, imported=imported, mapping=mapping
            )
            messages.success(
                request,
                _("{count} entries were imported into “{register}”.").format(
                    count=count, register=register.label
                ),
            )
            return redirect("activities:import_done", code=register.code, pk=imported.pk)
        preview = io.register_import_preview(
            actor=request.user, register=register, imported=imported, mapping=mapping
        )
    except io.ImportRejected as rejection:
        preview, rejected = rejection.preview, True
    except ConflictError:
        return redirect("activities:import_done", code=register.code, pk=imported.pk)
    except ValidationError as problem:
        error = " ".join(problem.messages)
        if mapping is not None:  # a tampered mapping: show the stored one again
            try:
                preview = io.register_import_preview(
                    actor=request.user, register=register, imported=imported
                )
            except ValidationError:
                preview = None
    status = 400 if (error or rejected) and request.method == "POST" else 200
    return render(
        request,
        "activities/io/preview.html",
        {
            "register": register,
            "imported": imported,
            "preview": preview,
            "columns_of_file": _columns_of_file(preview) if preview else [],
            "shown": _shown_rows(preview) if preview else [],
            "mapped_columns": [c for c in preview.columns if c.name in preview.mapping]
            if preview
            else [],
            "error": error,
            "rejected": rejected,
        },
        status=status,
    )


def _width(request) -> int:
    try:
        width = int(request.POST.get("columns", "0"))
    except ValueError:
        width = 0
    return max(0, min(width, 1000))


def _columns_of_file(preview: io.Preview) -> list[dict]:
    """Each column of the file: its header, the field it fills and a sample value."""
    first = preview.table.rows[0][1] if preview.table.rows else []
    return [
        {
            "index": index,
            "header": header,
            "mapped": preview.mapping[index] if index < len(preview.mapping) else None,
            "sample": as_text(first[index])
            if index < len(first) and first[index] is not None
            else "",
        }
        for index, header in enumerate(preview.table.headers)
    ]


def _shown_rows(preview: io.Preview) -> list[dict]:
    """The first rows as the register would store them, with their problems."""
    mapped = [column for column in preview.columns if column.name in preview.mapping]
    return [
        {
            "number": row.number,
            "cells": [_display(row.values.get(column.name), column) for column in mapped],
            "errors": row.errors,
        }
        for row in preview.shown
    ]


def _display(value, column) -> str:
    if value is None or value == "":
        return ""
    if column.kind == "bool":
        return _("Yes") if value else _("No")
    if column.kind == "choice":
        return next((str(label) for choice, label in column.choices if choice == value), "")
    if hasattr(value, "strftime"):
        return value.strftime("%d/%m/%Y")
    return str(value)


@login_required
def import_done(request, code: str, pk: int):
    register = _register(request, code)
    imported = io.register_import_get_for_user(request.user, pk, register=register)
    if imported.state != ImportState.DONE:
        return redirect("activities:import_preview", code=register.code, pk=imported.pk)
    return render(request, "activities/io/done.html", {"register": register, "imported": imported})
