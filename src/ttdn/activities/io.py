"""Registers in and out of Excel: the template, the import (upload → mapping preview →
confirm) and the export.

The generic work (reading the file, caps, finding the header, suggesting the mapping,
converting cells, writing safe workbooks) is :mod:`ttdn.documents.tabular`; this module
ties it to a register of :mod:`ttdn.activities.registers`:

- the register's columns become tabular :class:`Column`s typed by the register's form
  fields (a date field is a date column, a choice field lists its choices …);
- each row is validated by the register's own form, as if typed on its page;
- :func:`register_import_confirm` creates every row through ``Register.create`` (the one
  audited write of each register) inside ONE transaction: if any row fails — in the form
  or in the service — nothing is saved and every failing row is listed with its reason;
- the export is what ``Register.queryset_for(user)`` lets the user see (a confidential
  activity only for those who may see it), narrowed by the list's filters.

An officer imports for one of the agencies they record for, and only they see their
import's steps ("not yours" is a 404). See docs/decisions/0029-registers-excel.md.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from django import forms
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.db import models, transaction
from django.db.models import QuerySet
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _

from ttdn.activities import access
from ttdn.activities.models_io import ImportState, RegisterImport
from ttdn.activities.registers import Register
from ttdn.attachments.services import attachments_create, clean_files
from ttdn.audit.services import log_action
from ttdn.core.exceptions import ConflictError
from ttdn.directory.models import Agency
from ttdn.documents.source import ReadError
from ttdn.documents.tabular import (
    Column,
    ParsedRow,
    RowError,
    TabularData,
    convert_rows,
    export_bytes,
    read_table,
    suggest_mapping,
    template_bytes,
)

ALLOWED_EXTENSIONS = ("xlsx", "csv")
MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 2000  # one import; a larger register is imported in parts
PREVIEW_ROWS = 10
KEEP_IMPORTS = dt.timedelta(days=2)
MAX_CHOICES = 2000  # a foreign-key column with more choices is not offered


# --- columns -------------------------------------------------------------------------

# Headers agencies' own registers use for a field (matched without diacritics, besides
# the field's label): data for the matcher, not text shown to anyone.
HEADER_ALIASES = {
    "title": ("Tên hoạt động", "Nội dung", "Chủ đề", "Tiêu đề", "Tên", "Trích yếu"),
    "start_date": ("Ngày", "Thời gian", "Ngày tổ chức", "Từ ngày", "Ngày bắt đầu"),
    "end_date": ("Đến ngày", "Ngày kết thúc"),
    "place": ("Địa điểm", "Nơi tổ chức"),
    "host": ("Chủ trì", "Cơ quan chủ trì", "Đơn vị chủ trì", "Đơn vị tổ chức", "Người chủ trì"),
    "spokesperson": ("Người phát ngôn", "Người phát ngôn, cung cấp thông tin"),
    "outlets_count": ("Số cơ quan báo chí", "Số cơ quan báo chí tham dự"),
    "reporters_count": ("Số phóng viên", "Số PV", "Số phóng viên tham dự"),
    "articles_count": ("Số tin bài", "Số tin, bài"),
    "participants_count": ("Số người tham dự", "Số đại biểu"),
    "outlet": ("Cơ quan báo chí", "Báo", "Tên báo"),
    "country": ("Quốc gia", "Nước", "Đối tác"),
    "organisation": ("Tổ chức", "Cơ quan, tổ chức"),
    "members_count": ("Số thành viên", "Số người"),
    "members": ("Thành phần", "Thành viên đoàn"),
    "programme": ("Chương trình", "Nội dung làm việc"),
    "results": ("Kết quả",),
    "trainers": ("Giảng viên", "Báo cáo viên"),
    "attendees_leaders": ("Lãnh đạo",),
    "attendees_spokespersons": ("Người phát ngôn tham dự",),
    "attendees_reporters": ("Phóng viên",),
    "attendees_officials": ("Cán bộ, công chức", "Công chức"),
    "variant": ("Hình thức", "Loại", "Phân loại"),
    "language": ("Ngôn ngữ", "Thứ tiếng"),
    "copies": ("Số lượng", "Số bản"),
    "distribution": ("Nơi phát hành", "Phát hành"),
    "notes": ("Ghi chú",),
    "confidential": ("Mật",),
    "name": ("Họ và tên", "Họ tên"),
    "position": ("Chức vụ",),
    "phone": ("Điện thoại", "Số điện thoại"),
    "email": ("Email", "Thư điện tử"),
    "appointed_from": ("Ngày bổ nhiệm", "Từ ngày"),
    "appointed_to": ("Đến ngày", "Hết hạn"),
    "month": ("Tháng",),
    "items": ("Số tin bài", "Số tin, bài đã đăng"),
}


def register_columns(register: Register, user) -> list[Column]:
    """The register's columns as tabular columns, typed and with choices from its form."""
    form = register.form_class(user=user)
    return [
        _column(name, header, form.fields[name])
        for name, header in register.columns
        if name in form.fields
    ]


def _column(name: str, header, field: forms.Field) -> Column:
    header = str(header)
    aliases = (name.replace("_", " "), *HEADER_ALIASES.get(name, ()))
    help_text = str(field.help_text or "")
    if isinstance(field, forms.ModelChoiceField):
        choices = tuple((obj.pk, str(obj)) for obj in field.queryset[:MAX_CHOICES])
        return Column(name, header, "choice", field.required, choices, aliases, help_text)
    if isinstance(field, forms.ChoiceField):
        choices = tuple((value, str(label)) for value, label in field.choices if value != "")
        return Column(name, header, "choice", field.required, choices, aliases, help_text)
    kind = "text"
    formats = field.input_formats if isinstance(field, forms.DateField) else None
    if isinstance(formats, list | tuple) and "%m/%Y" in formats:
        kind = "text"  # a month ("03/2026"): the form reads it
    elif isinstance(field, forms.DateField):
        kind = "date"
    elif isinstance(field, forms.IntegerField):
        kind = "integer"
    elif isinstance(field, forms.DecimalField | forms.FloatField):
        kind = "decimal"
    elif isinstance(field, forms.BooleanField):
        kind = "bool"
    return Column(name, header, kind, field.required, (), aliases, help_text)


# --- template and export -------------------------------------------------------------


def register_template(register: Register, user) -> bytes:
    """An empty .xlsx of the register's columns, with a sheet explaining each."""
    return template_bytes(register_columns(register, user), title=str(register.label))


def register_export(register: Register, user, queryset: QuerySet | None = None) -> bytes:
    """The register's entries ``user`` may see (``queryset``, already filtered by the list
    page, must come from ``register.queryset_for(user)``), as .xlsx: the recording agency
    first, then the register's columns, so the file can be edited and imported again."""
    columns = register_columns(register, user)
    if queryset is None:
        queryset = register.queryset_for(user)
    queryset = queryset.select_related("agency").order_by(*_export_order(register))
    agency_column = Column("__agency", _("Recording agency"))
    rows = (
        {
            "__agency": entry.agency.display_name if entry.agency_id else "",
            **{column.name: _stored(entry, column.name) for column in columns},
        }
        for entry in queryset.iterator(chunk_size=500)
    )
    return export_bytes([agency_column, *columns], rows, title=str(register.label))


def _export_order(register: Register) -> list[str]:
    fields = {f.name for f in register.model._meta.get_fields()}
    return [name for name in ("start_date", "month", "name") if name in fields] + ["pk"]


def _stored(entry: models.Model, name: str) -> object:
    model_field = entry._meta.get_field(name)
    if model_field.is_relation:
        return getattr(entry, model_field.attname)
    return getattr(entry, name)


# --- access ----------------------------------------------------------------------------


def import_agencies(user) -> QuerySet[Agency]:
    """The agencies ``user`` may import entries for."""
    ids = access.recording_agency_ids(user)
    agencies = Agency.objects.all() if ids is None else Agency.objects.filter(pk__in=ids)
    return agencies.order_by("name")


def check_may_import(user) -> None:
    """403 for a signed-in user who records for no agency."""
    if not access.can_record(user) or not import_agencies(user).exists():
        raise PermissionDenied(_("You cannot record entries in the registers."))


def register_import_get_for_user(user, pk, *, register: Register) -> RegisterImport:
    """``user``'s own import of ``register``, for an agency they still record for; else 404."""
    try:
        imported = RegisterImport.objects.select_related("agency").get(
            pk=pk, register=register.code, created_by_id=getattr(user, "pk", None)
        )
    except (RegisterImport.DoesNotExist, ValueError, TypeError):
        raise Http404(_("No such spreadsheet import.")) from None
    if not access.may_record_for(user, imported.agency_id):
        raise Http404(_("No such spreadsheet import."))
    return imported


# --- import ----------------------------------------------------------------------------


@dataclass
class Preview:
    """What the mapping page shows: the file's headers, the mapping, the first rows
    converted and every row's problems."""

    table: TabularData
    columns: list[Column]
    mapping: list[str | None]
    rows: list[ParsedRow]
    errors: list[RowError] = field(default_factory=list)

    @property
    def row_count(self) -> int:
        return len(self.rows)

    @property
    def failing_rows(self) -> int:
        return sum(1 for row in self.rows if not row.ok)

    @property
    def shown(self) -> list[ParsedRow]:
        return self.rows[:PREVIEW_ROWS]


class ImportRejected(Exception):
    """Some rows failed: nothing was saved. ``preview`` lists every problem."""

    def __init__(self, preview: Preview):
        super().__init__(f"{len(preview.errors)} problems")
        self.preview = preview


def _read(imported: RegisterImport) -> TabularData:
    try:
        return read_table(Path(imported.file.path), name=imported.title, max_rows=MAX_ROWS)
    except FileNotFoundError as error:  # removed from the storage behind our back
        message = _("The uploaded file is no longer on the server: upload it again.")
        raise ReadError(message, code="missing") from error


def register_import_start(
    *, actor, register: Register, agency: Agency, upload: UploadedFile
) -> RegisterImport:
    """Keep ``upload`` for an import into ``register`` for ``agency`` and suggest how its
    columns map. The file must be a readable .xlsx or .csv table (checked by its content);
    otherwise a ``ValidationError`` on ``file`` says why and nothing is kept."""
    if not access.may_record_for(actor, getattr(agency, "pk", None)):
        raise ValidationError({"agency": _("You can record entries only for your own agencies.")})
    (upload,) = clean_files(
        [upload],
        allowed_extensions=ALLOWED_EXTENSIONS,
        max_bytes=MAX_BYTES,
        max_count=1,
        field="file",
    )
    register_imports_purge(now=timezone.now())
    with transaction.atomic():
        (imported,) = attachments_create(
            model=RegisterImport,
            files=[upload],
            register=register.code,
            agency=agency,
            created_by=actor,
        )
        try:
            table = _read(imported)
        except ReadError as error:
            imported.file.delete(save=False)
            raise ValidationError({"file": error.message}) from error
        imported.mapping = suggest_mapping(table.headers, register_columns(register, actor))
        imported.save(update_fields=["mapping"])
        log_action(
            actor=actor,
            action="register_import.uploaded",
            target=imported,
            data={"register": register.code, "file": imported.title, "rows": len(table.rows)},
            scopes=[agency],
        )
    return imported


def clean_mapping(raw: list[str | None], table: TabularData, columns: list[Column]) -> list:
    """``raw`` (one entry per file column: a column name, or empty to ignore it) checked:
    known names only, each used once. Raises ``ValidationError`` on ``mapping``."""
    names = {column.name: column for column in columns}
    if len(raw) != len(table.headers):
        raise ValidationError({"mapping": _("Map every column of the file or ignore it.")})
    mapping: list[str | None] = []
    for value in raw:
        value = value or None
        if value is not None and value not in names:
            message = _("“{name}” is not a column of this register.")
            raise ValidationError({"mapping": message.format(name=str(value)[:60])})
        if value is not None and value in mapping:
            raise ValidationError(
                {
                    "mapping": _("“{header}” is filled from two columns of the file.").format(
                        header=names[value].header
                    )
                }
            )
        mapping.append(value)
    return mapping


def _form_validator(register: Register, user):
    def validate(values: dict[str, object]):
        form = register.form_class(data=values, user=user)
        return None if form.is_valid() else form.errors

    return validate


def register_import_preview(
    *, actor, register: Register, imported: RegisterImport, mapping: list | None = None
) -> Preview:
    """Every row of the import converted through ``mapping`` (the stored one when None;
    a new one is checked and stored) and validated by the register's form."""
    try:
        table = _read(imported)
    except ReadError as error:  # the file was readable when uploaded: purged or changed
        raise ValidationError({"file": error.message}) from error
    columns = register_columns(register, actor)
    if mapping is None:
        mapping = _stored_mapping(imported, table, columns)
    else:
        mapping = clean_mapping(mapping, table, columns)
        if mapping != imported.mapping:
            with transaction.atomic():
                before = {"mapping": imported.mapping}
                imported.mapping = mapping
                imported.save(update_fields=["mapping"])
                log_action(
                    actor=actor,
                    action="register_import.mapped",
                    target=imported,
                    before=before,
                    after={"mapping": mapping},
                    scopes=[imported.agency],
                )
    rows = convert_rows(table, mapping, columns, validate=_form_validator(register, actor))
    errors = [error for row in rows for error in row.errors]
    return Preview(table=table, columns=columns, mapping=mapping, rows=rows, errors=errors)


def _stored_mapping(imported: RegisterImport, table: TabularData, columns: list[Column]):
    try:
        return clean_mapping(list(imported.mapping or []), table, columns)
    except ValidationError:
        return suggest_mapping(table.headers, columns)


def register_import_confirm(
    *, actor, register: Register, imported: RegisterImport, mapping: list | None = None
) -> int:
    """Create every row of the import through ``register.create``, all or nothing.

    Raises :class:`ImportRejected` (nothing saved) when a row fails its form or the
    register's service; ``ConflictError`` when the import was already confirmed (a second
    click). Returns the number of entries created; one audit entry for the import, besides
    the register's own entry for each row.
    """
    if not access.may_record_for(actor, imported.agency_id):
        raise PermissionDenied(_("You can record entries only for your own agencies."))
    preview = register_import_preview(
        actor=actor, register=register, imported=imported, mapping=mapping
    )
    if preview.errors:
        raise ImportRejected(preview)
    headers = {column.name: column.header for column in preview.columns}
    try:
        with transaction.atomic():
            claimed = RegisterImport.objects.filter(
                pk=imported.pk, state=ImportState.UPLOADED
            ).update(state=ImportState.DONE, finished_at=timezone.now())
            if claimed != 1:
                raise ConflictError(_("This file has already been imported."))
            failed: list[RowError] = []
            for row in preview.rows:
                form = register.form_class(data=row.values, user=actor)
                if not form.is_valid():  # the agency's data changed since the preview
                    failed.extend(_row_errors(row.number, form.errors, headers))
                    continue
                data = {**form.cleaned_data}
                data.pop("agency", None)
                try:
                    register.create(actor=actor, agency=imported.agency, data=data)
                except ValidationError as error:
                    failed.extend(_row_errors(row.number, _error_dict(error), headers))
            if failed:
                preview.errors = failed
                raise ImportRejected(preview)
            imported.refresh_from_db()
            imported.row_count = len(preview.rows)
            imported.save(update_fields=["row_count"])
            log_action(
                actor=actor,
                action="register_import.done",
                target=imported,
                data={
                    "register": register.code,
                    "file": imported.title,
                    "rows": len(preview.rows),
                },
                scopes=[imported.agency],
            )
    except ImportRejected:
        imported.refresh_from_db()
        raise
    return len(preview.rows)


def _error_dict(error: ValidationError) -> dict[str, list[str]]:
    if hasattr(error, "error_dict"):
        return {name: ValidationError(msgs).messages for name, msgs in error.error_dict.items()}
    return {"__all__": [str(m) for m in error.messages]}


def _row_errors(number: int, errors, headers: dict[str, str]) -> list[RowError]:
    return [
        RowError(number, str(headers.get(name, "")), str(message))
        for name, messages in errors.items()
        for message in messages
    ]


def register_imports_purge(*, now: dt.datetime) -> int:
    """Delete imports (and their files) older than :data:`KEEP_IMPORTS`: never-confirmed
    uploads and the files of done ones (their entries and audit entries stay)."""
    old = list(RegisterImport.objects.filter(created_at__lt=now - KEEP_IMPORTS))
    for imported in old:
        imported.file.delete(save=False)
        imported.delete()
    return len(old)
