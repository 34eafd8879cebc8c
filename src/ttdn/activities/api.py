"""API of the activity registers: ``/api/v1/registers…``.

The same parts as the pages, nothing restated:

- what a user sees and may change: ``activities.access`` through the register's
  ``queryset_for`` / ``get_for_user`` (another agency's entry is a 404, a confidential one
  is hidden without clearance, a change by someone who sees it but does not record for its
  agency a 403);
- the list's filters: the pages' ``FilterForm`` and ``selectors.register_entries`` (the
  same parameters, the same diacritic-insensitive search);
- an entry's fields: parsed by the register's own form (``form_class``, as the Excel
  import does), then written by the register's ``create`` / ``update`` / ``delete`` (one
  transaction, ``full_clean``, audited). A stale ``version`` is a 409.

The body carries the register's fields under ``fields`` (``GET /registers`` describes
them: name, type, whether required, the choices); JSON types are checked before the form
reads them (a count is a JSON integer, a date the text ``YYYY-MM-DD``, a yes/no a JSON
boolean). Files are uploaded through the pages; the API takes links.
"""

import datetime
import enum
from typing import Any

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Field, Query, Router, Schema, Status
from ninja.pagination import paginate
from pydantic import StrictBool, StrictInt, StrictStr

from ttdn.activities import selectors
from ttdn.activities.access import may_record
from ttdn.activities.forms import FilterForm
from ttdn.activities.models import Activity
from ttdn.activities.registers import REGISTERS, Register
from ttdn.activities.services import MAX_AGENCIES, MAX_LINKS, MAX_TASKS
from ttdn.core.api import ErrorOut, IsoDate, Pagination
from ttdn.directory.models import Agency
from ttdn.plans.access import visible_tasks

router = Router()

MAX_QUERY_CHARS = 200

# The register codes, for the path (an unknown code is a 422 naming the choices).
RegisterCode = enum.Enum("RegisterCode", {code: code for code in REGISTERS}, type=str)

FieldValue = StrictStr | StrictInt | StrictBool | None


# --- describing the registers ----------------------------------------------------------


def _field_type(field: forms.Field) -> str:
    """The JSON type a register field takes in ``fields``."""
    if isinstance(field, forms.ModelChoiceField):
        return "id"
    if isinstance(field, forms.ChoiceField):
        return "choice"
    if isinstance(field, forms.BooleanField):
        return "boolean"
    if isinstance(field, forms.IntegerField):
        return "integer"
    if isinstance(field, forms.DateField):
        return "date"
    return "text"


class RegisterChoiceOut(Schema):
    value: str
    label: str


class RegisterFieldOut(Schema):
    name: str
    label: str
    type: str = Field(
        description="text, integer (a JSON integer), date (YYYY-MM-DD; a month: YYYY-MM), "
        "boolean, choice (one of “choices”), id (an agency's id)"
    )
    required: bool
    max_length: int | None = None
    choices: list[RegisterChoiceOut] = Field(default_factory=list)
    help_text: str = ""


class RegisterOut(Schema):
    code: str
    label: str
    description: str
    dated: bool = Field(description="Entries happen on a day (false: spokespersons, portal)")
    links_tasks: bool = Field(description="Entries link tasks and other agencies, and take links")
    fields: list[RegisterFieldOut]
    count: int = Field(description="How many entries you see")


def _form_fields(register: Register, user) -> dict[str, forms.Field]:
    """The register form's fields as built for ``user`` (a register sets some choices,
    such as its kinds and statuses, when its form is built); nothing is queried."""
    return register.form_class(user=user).fields


def _describe(register: Register, user, count: int) -> dict:
    described = []
    fields = _form_fields(register, user)
    for name, label in register.columns:
        field = fields[name]
        choices = []
        if _field_type(field) == "choice":
            choices = [
                {"value": str(value), "label": str(text)}
                for value, text in field.choices
                if value != ""
            ]
        described.append(
            {
                "name": name,
                "label": str(label),
                "type": _field_type(field),
                "required": field.required,
                "max_length": getattr(field, "max_length", None),
                "choices": choices,
                "help_text": str(field.help_text or ""),
            }
        )
    return {
        "code": register.code,
        "label": str(register.label),
        "description": str(register.description),
        "dated": register.dated,
        "links_tasks": register.is_activity,
        "fields": described,
        "count": count,
    }


# --- entries out ------------------------------------------------------------------------


class EntryAgencyOut(Schema):
    id: int
    name: str


class EntryFileOut(Schema):
    title: str
    url: str = Field(description="The download address of a file, or the link as given")


# The registers that are not activities, by their model.
_CODE_OF_MODEL = {
    register.model: code for code, register in REGISTERS.items() if not register.is_activity
}


def register_code_of(entry: models.Model) -> str:
    return entry.kind if isinstance(entry, Activity) else _CODE_OF_MODEL[type(entry)]


def _json(value: Any) -> Any:
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def _fields_of(register: Register, entry: models.Model) -> dict[str, Any]:
    values = {}
    for name, _label in register.columns:
        model_field = entry._meta.get_field(name)
        attribute = model_field.attname if model_field.is_relation else name
        values[name] = _json(getattr(entry, attribute))
    return values


class EntryOut(Schema):
    id: int
    register_code: str = Field(description="The register (see GET /registers)")
    agency: EntryAgencyOut = Field(description="The recording agency")
    confidential: bool
    version: int = Field(description="Send it back to change the entry (a stale one is a 409)")
    fields: dict[str, Any] = Field(
        description="The register's fields (see GET /registers): dates as YYYY-MM-DD, "
        "counts as integers, choices by value, an agency by id"
    )
    url: str = Field(description="The entry's page")
    created_at: datetime.datetime
    updated_at: datetime.datetime

    @staticmethod
    def resolve_register_code(obj) -> str:
        return register_code_of(obj)

    @staticmethod
    def resolve_agency(obj) -> dict:
        return {"id": obj.agency_id, "name": obj.agency.name}

    @staticmethod
    def resolve_confidential(obj) -> bool:
        return bool(getattr(obj, "confidential", False))

    @staticmethod
    def resolve_fields(obj) -> dict:
        return _fields_of(REGISTERS[EntryOut.resolve_register_code(obj)], obj)

    @staticmethod
    def resolve_url(obj) -> str:
        return reverse("activities:detail", args=[EntryOut.resolve_register_code(obj), obj.pk])


class EntryDetailOut(EntryOut):
    task_ids: list[int] = Field(description="The linked tasks you may see")
    agency_ids: list[int] = Field(description="The other agencies involved")
    files: list[EntryFileOut] = Field(description="Files (uploaded on the entry's page) and links")

    @staticmethod
    def resolve_task_ids(obj) -> list[int]:
        return obj.api_detail["task_ids"]

    @staticmethod
    def resolve_agency_ids(obj) -> list[int]:
        return obj.api_detail["agency_ids"]

    @staticmethod
    def resolve_files(obj) -> list[dict]:
        return obj.api_detail["files"]


# --- entries in -------------------------------------------------------------------------

_LINKS = Field(
    None,
    description="Web addresses to add (http or https)",
    json_schema_extra={"maxItems": MAX_LINKS},
)
_FIELDS = Field(
    default_factory=dict,
    description="The register's fields by name (see GET /registers)",
)


class EntryIn(Schema):
    """A new entry, parsed by the register's form; the rules are the register's ``create``."""

    agency_id: StrictInt | None = Field(
        None,
        description="The recording agency, one of yours; may be left out when you record "
        "for one agency only",
    )
    fields: dict[str, FieldValue] = _FIELDS
    task_ids: list[StrictInt] | None = Field(
        None, description="Tasks the entry fulfils", json_schema_extra={"maxItems": MAX_TASKS}
    )
    agency_ids: list[StrictInt] | None = Field(
        None,
        description="Other agencies involved",
        json_schema_extra={"maxItems": MAX_AGENCIES},
    )
    links: list[StrictStr] | None = _LINKS


class EntryChangeIn(Schema):
    """A change: the fields given replace the stored ones, those left out are kept."""

    version: StrictInt = Field(description="The version read; a stale one is refused (409)")
    fields: dict[str, FieldValue] = _FIELDS
    task_ids: list[StrictInt] | None = Field(
        None,
        description="The tasks linked (replaces the list; left out: unchanged)",
        json_schema_extra={"maxItems": MAX_TASKS},
    )
    agency_ids: list[StrictInt] | None = Field(
        None,
        description="The other agencies involved (replaces the list; left out: unchanged)",
        json_schema_extra={"maxItems": MAX_AGENCIES},
    )
    links: list[StrictStr] | None = _LINKS


def _type_errors(register: Register, user, values: dict[str, Any]) -> dict[str, list[str]]:
    """Fields the register has not, and values of the wrong JSON type (no rule: parsing)."""
    errors: dict[str, list[str]] = {}
    columns = dict(register.columns)
    fields = _form_fields(register, user)
    for name, value in values.items():
        if name not in columns:
            errors[name] = [
                _("“{register}” has no field “{field}”.").format(
                    register=register.label, field=name[:60]
                )
            ]
            continue
        if value is None:
            continue
        kind = _field_type(fields[name])
        message = ""
        if kind in ("integer", "id") and (isinstance(value, bool) or not isinstance(value, int)):
            message = _("Enter a whole number.")
        elif kind == "boolean" and not isinstance(value, bool):
            message = _("Enter true or false.")
        elif kind in ("text", "choice", "date") and not isinstance(value, str):
            message = _("Enter a text.") if kind != "date" else _("Enter a valid date.")
        if message:
            errors[name] = [message]
    return errors


def _form_data(form: forms.Form) -> dict[str, Any]:
    """An unbound form's initial values as bound data (an entry's stored values)."""
    data = {}
    for name in form.fields:
        if name in ("files", "agency"):
            continue
        value = form[name].value()
        if name == "links":
            value = ""
        data[name] = value
    return data


def _bind(register: Register, user, payload, *, instance=None) -> dict[str, Any]:
    """The payload through the register's form: its cleaned data, or a 422."""
    errors = _type_errors(register, user, payload.fields)
    if errors:
        raise ValidationError(errors)
    data: dict[str, Any] = {}
    if instance is not None:
        data = _form_data(register.form_class(user=user, instance=instance))
    for name, value in payload.fields.items():
        data[name] = "" if value is None else value
    if register.is_activity:
        if payload.task_ids is not None:
            data["tasks"] = [str(pk) for pk in payload.task_ids]
        if payload.agency_ids is not None:
            data["agencies"] = [str(pk) for pk in payload.agency_ids]
        data["links"] = "\n".join(payload.links or [])
    elif payload.task_ids or payload.agency_ids or payload.links:
        raise ValidationError({"__all__": [_("This register takes no tasks, agencies or links.")]})
    form = register.form_class(data=data, user=user, instance=instance)
    if not form.is_valid():
        raise _invalid(form)
    cleaned = dict(form.cleaned_data)
    if register.is_activity:
        if instance is not None and payload.task_ids is None:
            cleaned.pop("tasks", None)  # unchanged, including links the user cannot see
        if instance is not None and payload.agency_ids is None:
            cleaned.pop("agencies", None)
        cleaned.pop("files", None)
    return cleaned


def _invalid(form: forms.Form) -> ValidationError:
    """A form's errors as the 422 of the API (decision 0014), keyed by field."""
    return ValidationError({name: [str(m) for m in ms] for name, ms in form.errors.items()})


def _recording_agency(user, agency_id: int | None) -> Agency | None:
    """The agency asked for, or the user's only one; the rule (one of the actor's own) is
    the register's ``create``'s."""
    if agency_id is not None:
        return Agency.objects.filter(pk=agency_id).first()
    mine = sorted(user.agency_ids())
    return Agency.objects.filter(pk=mine[0]).first() if len(mine) == 1 else None


def _detail(register: Register, user, entry) -> Any:
    """The entry with what its detail adds: linked tasks the user sees, agencies, files."""
    detail: dict[str, list] = {"task_ids": [], "agency_ids": [], "files": []}
    if register.is_activity:
        detail["task_ids"] = list(
            visible_tasks(user).filter(activities=entry).order_by("pk").values_list("pk", flat=True)
        )
        detail["agency_ids"] = list(entry.agencies.order_by("pk").values_list("pk", flat=True))
        detail["files"] = [
            {
                "title": f.title,
                "url": reverse("activities:file", args=[entry.pk, f.pk]) if f.file else f.url,
            }
            for f in entry.files.all()
        ]
    entry.api_detail = detail
    return entry


# --- endpoints --------------------------------------------------------------------------


@router.get("/registers", response=list[RegisterOut], summary="The registers and their fields")
def register_index(request: HttpRequest):
    counts = selectors.register_counts(request.user)
    return [
        _describe(register, request.user, counts.get(code, 0))
        for code, register in REGISTERS.items()
    ]


class EntryFilters(Schema):
    q: str = Field("", max_length=MAX_QUERY_CHARS, description="Search words, diacritics optional")
    agency: int | None = Field(
        None, ge=1, le=2**31 - 1, description="Recorded by or involving this agency"
    )
    start: IsoDate | None = Field(None, description="Entries on or after this day")
    end: IsoDate | None = Field(None, description="Entries on or before this day")
    plan: int | None = Field(None, ge=1, le=2**31 - 1, description="Linked to this plan's tasks")
    task: int | None = Field(None, ge=1, le=2**31 - 1, description="Linked to this task")
    variant: str = Field("", max_length=32, description="The register's kind (see its fields)")
    status: str = Field("", max_length=32)
    language: str = Field("", max_length=8, description="ISO 639-1 (publications, portal)")
    abroad: bool | None = Field(None, description="Events abroad (true) or in the province")
    current: bool = Field(False, description="Spokespersons in office today")
    year: int | None = Field(None, ge=2000, le=2100, description="Portal figures of a year")


def _filter_data(filters: EntryFilters) -> dict[str, str]:
    data = {}
    for name, value in filters.model_dump().items():
        if value is None or value == "" or value is False:
            continue
        if isinstance(value, bool):
            value = "1" if name == "abroad" else "on"
        elif isinstance(value, datetime.date):
            value = value.isoformat()
        data[name] = str(value)
    if filters.abroad is False:
        data["abroad"] = "0"
    return data


@router.get(
    "/registers/{code}/entries",
    response=list[EntryOut],
    summary="A register's entries you may see, newest first, with the list page's filters",
)
@paginate(Pagination)
def entry_list(request: HttpRequest, code: RegisterCode, filters: Query[EntryFilters]):
    register = REGISTERS[code.value]
    form = FilterForm(
        _filter_data(filters), code=register.code, plans=selectors.filter_plans(request.user)
    )
    if not form.is_valid():
        raise _invalid(form)
    entries = selectors.register_entries(
        request.user, register.code, form.cleaned_data, today=timezone.localdate()
    )
    return entries


@router.post(
    "/registers/{code}/entries",
    response={201: EntryDetailOut},
    summary="Record an entry (for one of your agencies)",
)
def entry_create(request: HttpRequest, code: RegisterCode, payload: EntryIn):
    register = REGISTERS[code.value]
    if not may_record(request.user):
        raise PermissionDenied(_("You cannot record entries: you belong to no agency."))
    data = _bind(register, request.user, payload)
    agency = _recording_agency(request.user, payload.agency_id)
    entry = register.create(actor=request.user, agency=agency, data=data)
    return Status(
        201, _detail(register, request.user, register.get_for_user(request.user, entry.pk))
    )


@router.get("/registers/{code}/entries/{entry_id}", response=EntryDetailOut, summary="One entry")
def entry_get(request: HttpRequest, code: RegisterCode, entry_id: int):
    register = REGISTERS[code.value]
    return _detail(register, request.user, register.get_for_user(request.user, entry_id))


@router.patch(
    "/registers/{code}/entries/{entry_id}",
    response={200: EntryDetailOut, 409: ErrorOut},
    summary="Change an entry (the recording agency's officers)",
)
def entry_change(request: HttpRequest, code: RegisterCode, entry_id: int, payload: EntryChangeIn):
    register = REGISTERS[code.value]
    entry = register.get_for_user(request.user, entry_id, write=True)
    data = _bind(register, request.user, payload, instance=entry)
    register.update(actor=request.user, obj=entry, data=data, expected_version=payload.version)
    return _detail(register, request.user, register.get_for_user(request.user, entry_id))


@router.delete(
    "/registers/{code}/entries/{entry_id}",
    response={204: None},
    summary="Delete an entry (the recording agency's officers)",
)
def entry_delete(request: HttpRequest, code: RegisterCode, entry_id: int):
    register = REGISTERS[code.value]
    entry = register.get_for_user(request.user, entry_id, write=True)
    register.delete(actor=request.user, obj=entry)
    return HttpResponse(status=204)
