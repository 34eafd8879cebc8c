"""Every write to the registers: activities, spokespersons, portal figures, their files.

Pages and the Excel import (``registers-io``) call the same functions through
``activities.registers.REGISTERS[code].create``: one transaction, text cleaned, the row
``full_clean``-ed, tasks and agencies checked against what the actor may see and record,
files checked for what they are, an audit entry.
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import UploadedFile
from django.db import models, transaction
from django.utils.translation import gettext as _

from ttdn.activities.access import may_record_for
from ttdn.activities.models import Activity, ActivityFile, Kind, PortalContent, Spokesperson
from ttdn.attachments.services import attachments_create, clean_files, clean_links, safe_name
from ttdn.audit.services import log_action, snapshot
from ttdn.core import search
from ttdn.core.concurrency import claim_version
from ttdn.core.text import clean_text
from ttdn.directory.models import Agency
from ttdn.plans.access import visible_tasks
from ttdn.plans.models import Task

SEARCH_KIND = "activity"
SPOKESPERSON_SEARCH_KIND = "spokesperson"

# Files of an activity: documents, spreadsheets, slides, photos, audio and video.
ALLOWED_EXTENSIONS = (
    "pdf",
    "doc",
    "docx",
    "xls",
    "xlsx",
    "ppt",
    "pptx",
    "odt",
    "ods",
    "jpg",
    "jpeg",
    "png",
    "webp",
    "mp3",
    "mp4",
)
MAX_FILES = 20
MAX_LINKS = 10
MAX_TASKS = 50
MAX_AGENCIES = 50
THUMBNAIL_SIZE = (320, 320)


def max_file_bytes() -> int:
    return getattr(settings, "TTDN_ACTIVITY_FILE_MAX_BYTES", 50 * 1024 * 1024)


# Fields a caller never sets through ``data``.
_MANAGED = {"id", "kind", "agency", "created_by", "version", "created_at", "updated_at"}
_SPECIAL = {"tasks", "agencies", "files", "links"}
_HTML = re.compile(r"<\s*/?\s*[A-Za-z!?][^<>]*>")


# --- text and input ------------------------------------------------------------------


def _text(field: models.Field, value) -> str:
    value = clean_text(str(value or ""), multiline=isinstance(field, models.TextField)).strip()
    if _HTML.search(value):
        raise ValidationError({field.name: _("Write plain text: HTML tags are not allowed here.")})
    return value


def _apply(obj: models.Model, data: dict) -> None:
    """Set ``obj``'s fields from ``data`` (model field names), free text cleaned."""
    for name, value in data.items():
        if name in _SPECIAL:
            continue
        if name in _MANAGED:
            raise ValueError(f"{name!r} is not set through data")
        field = obj._meta.get_field(name)  # FieldDoesNotExist for a misspelt key
        if isinstance(field, (models.CharField, models.TextField)) and not field.choices:
            value = _text(field, value)
        elif isinstance(field, models.CharField) and value is None:
            value = ""
        setattr(obj, field.attname if field.is_relation else name, _fk(field, value))


def _fk(field: models.Field, value):
    if field.is_relation and isinstance(value, models.Model):
        return value.pk
    return value


def _tasks(actor, tasks: Iterable[Task] | None) -> list[Task] | None:
    if tasks is None:
        return None
    tasks = list(tasks)
    if len(tasks) > MAX_TASKS:
        raise ValidationError({"tasks": _("Link at most {n} tasks.").format(n=MAX_TASKS)})
    ids = {t.pk for t in tasks}
    seen = set(visible_tasks(actor).filter(pk__in=ids).values_list("pk", flat=True))
    if seen != ids:
        raise ValidationError({"tasks": _("You can link only tasks you can see.")})
    return tasks


def _agencies(agencies: Iterable[Agency] | None, recording: Agency) -> list[Agency] | None:
    if agencies is None:
        return None
    agencies = [a for a in agencies if a.pk != recording.pk]
    if len(agencies) > MAX_AGENCIES:
        raise ValidationError({"agencies": _("Name at most {n} agencies.").format(n=MAX_AGENCIES)})
    return agencies


def _check_agency(actor, agency: Agency | None) -> None:
    if agency is None:
        raise ValidationError({"agency": _("Choose the recording agency.")})
    if not may_record_for(actor, agency.pk):
        raise ValidationError({"agency": _("You can record entries only for your own agencies.")})


def _full_clean(obj: models.Model) -> None:
    obj.full_clean()


# --- files ----------------------------------------------------------------------------

_SIGNATURES = {
    ".pdf": (b"%PDF-",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".docx": (b"PK\x03\x04",),
    ".xlsx": (b"PK\x03\x04",),
    ".pptx": (b"PK\x03\x04",),
    ".odt": (b"PK\x03\x04",),
    ".ods": (b"PK\x03\x04",),
    ".doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
    ".xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
    ".ppt": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
    ".mp3": (b"ID3", b"\xff\xfb", b"\xff\xf3", b"\xff\xf2"),
}
_IMAGE_FORMATS = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WEBP"}


def _head(upload: UploadedFile, size: int = 16) -> bytes:
    upload.seek(0)
    head = upload.read(size)
    upload.seek(0)
    return head


def _is_what_it_says(upload: UploadedFile, ext: str) -> bool:
    head = _head(upload)
    if ext == ".webp":
        return head[:4] == b"RIFF" and head[8:12] == b"WEBP"
    if ext == ".mp4":
        return head[4:8] == b"ftyp"
    if not any(head.startswith(sig) for sig in _SIGNATURES.get(ext, ())):
        return False
    if ext in _IMAGE_FORMATS:
        from PIL import Image, UnidentifiedImageError

        try:
            with Image.open(upload) as image:
                image.verify()
                ok = image.format == _IMAGE_FORMATS[ext]
        except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
            ok = False
        upload.seek(0)
        return ok
    return True


def clean_activity_files(files: Iterable[UploadedFile]) -> list[UploadedFile]:
    """The uploads, or a translated ``ValidationError`` on "files": the attachments' name,
    size and count checks, then the content must be what the extension says."""
    files = clean_files(
        files,
        allowed_extensions=ALLOWED_EXTENSIONS,
        max_bytes=max_file_bytes(),
        max_count=MAX_FILES,
    )
    for upload in files:
        ext = os.path.splitext(safe_name(upload.name or ""))[1].lower()
        if not _is_what_it_says(upload, ext):
            raise ValidationError(
                {
                    "files": _(
                        "“{name}” is not a {ext} file: its content is something else."
                    ).format(name=safe_name(upload.name or "", max_chars=100), ext=ext[1:].upper())
                }
            )
    return files


def _thumbnail(attachment: ActivityFile) -> None:
    """A small JPEG of a photo, stored next to it (Pillow)."""
    from PIL import Image, ImageOps

    attachment.file.open("rb")
    try:
        with Image.open(attachment.file) as image:
            image = ImageOps.exif_transpose(image)
            image.thumbnail(THUMBNAIL_SIZE)
            out = io.BytesIO()
            image.convert("RGB").save(out, "JPEG", quality=80)
    finally:
        attachment.file.close()
    stem = os.path.splitext(os.path.basename(attachment.file.name))[0]
    attachment.thumbnail.save(f"{stem}.jpg", ContentFile(out.getvalue()), save=False)
    attachment.save(update_fields=["thumbnail"])


def _attach(activity: Activity, files, links) -> list[ActivityFile]:
    created = attachments_create(model=ActivityFile, files=files, links=links, activity=activity)
    for attachment in created:
        if attachment.file and attachment.is_image:
            _thumbnail(attachment)
    return created


# --- activities -----------------------------------------------------------------------


def _search_text(activity: Activity) -> str:
    parts = [
        activity.title,
        activity.place,
        activity.host,
        activity.spokesperson,
        activity.outlet,
        activity.interviewee,
        activity.country,
        activity.organisation,
        activity.trainers,
        activity.notes,
    ]
    return "\n".join(p for p in parts if p)


def _activity_snapshot(activity: Activity) -> dict:
    data = snapshot(activity)
    data["tasks"] = sorted(activity.tasks.values_list("pk", flat=True))
    data["agencies"] = sorted(activity.agencies.values_list("pk", flat=True))
    return data


def _scopes(activity: Activity) -> list:
    return [activity.agency, *activity.tasks.all()]


@transaction.atomic
def activity_create(*, actor, kind: str, agency: Agency, data: dict) -> Activity:
    """A new entry of register ``kind`` recorded by ``agency`` (one of the actor's own)."""
    if kind not in Kind.values:
        raise ValueError(f"unknown activity kind {kind!r}")
    _check_agency(actor, agency)
    tasks = _tasks(actor, data.get("tasks"))
    agencies = _agencies(data.get("agencies"), agency)
    files = clean_activity_files(data.get("files") or [])
    links = clean_links(data.get("links") or [], max_count=MAX_LINKS)
    activity = Activity(kind=kind, agency=agency, created_by=actor)
    _apply(activity, data)
    _full_clean(activity)
    activity.save()
    if tasks:
        activity.tasks.set(tasks)
    if agencies:
        activity.agencies.set(agencies)
    attached = _attach(activity, files, links)
    search.index_object(SEARCH_KIND, activity.pk, _search_text(activity))
    log_action(
        actor=actor,
        action="activity.created",
        target=activity,
        after=_activity_snapshot(activity),
        data={"files": [a.title for a in attached]} if attached else None,
        scopes=_scopes(activity),
    )
    return activity


@transaction.atomic
def activity_update(*, actor, activity: Activity, data: dict, expected_version: int) -> Activity:
    """Change an entry; a stale ``expected_version`` is a ``ConflictError``."""
    if not may_record_for(actor, activity.agency_id):
        raise PermissionDenied(_("Only the recording agency can change this entry."))
    tasks = _tasks(actor, data.get("tasks"))
    agencies = _agencies(data.get("agencies"), activity.agency)
    files = clean_activity_files(data.get("files") or [])
    links = clean_links(data.get("links") or [], max_count=MAX_LINKS)
    before = _activity_snapshot(activity)
    claim_version(activity, expected_version)
    _apply(activity, data)
    _full_clean(activity)
    activity.save()
    if tasks is not None:
        # Keep links to tasks the actor cannot see (another agency's restricted plan).
        hidden = activity.tasks.exclude(pk__in=visible_tasks(actor).values("pk"))
        activity.tasks.set([*tasks, *hidden])
    if agencies is not None:
        activity.agencies.set(agencies)
    attached = _attach(activity, files, links)
    search.index_object(SEARCH_KIND, activity.pk, _search_text(activity))
    log_action(
        actor=actor,
        action="activity.changed",
        target=activity,
        before=before,
        after=_activity_snapshot(activity),
        data={"files": [a.title for a in attached]} if attached else None,
        scopes=_scopes(activity),
    )
    return activity


@transaction.atomic
def activity_delete(*, actor, activity: Activity) -> None:
    if not may_record_for(actor, activity.agency_id):
        raise PermissionDenied(_("Only the recording agency can change this entry."))
    before = _activity_snapshot(activity)
    scopes = [activity.agency, *activity.tasks.all()]
    log_action(
        actor=actor, action="activity.deleted", target=activity, before=before, scopes=scopes
    )
    for attachment in activity.files.all():
        _delete_file_storage(attachment)
    search.remove_object(SEARCH_KIND, activity.pk)
    activity.delete()


def _delete_file_storage(attachment: ActivityFile) -> None:
    paths = [f.name for f in (attachment.file, attachment.thumbnail) if f]
    storage = attachment.file.storage

    def remove():
        for path in paths:
            storage.delete(path)

    transaction.on_commit(remove)


@transaction.atomic
def activity_file_delete(*, actor, attachment: ActivityFile) -> None:
    activity = attachment.activity
    if not may_record_for(actor, activity.agency_id):
        raise PermissionDenied(_("Only the recording agency can change this entry."))
    log_action(
        actor=actor,
        action="activity.file_removed",
        target=activity,
        data={"file": attachment.title},
        scopes=[activity.agency],
    )
    _delete_file_storage(attachment)
    attachment.delete()


# --- spokespersons ----------------------------------------------------------------------


@transaction.atomic
def spokesperson_create(*, actor, agency: Agency, data: dict) -> Spokesperson:
    _check_agency(actor, agency)
    person = Spokesperson(agency=agency, created_by=actor)
    _apply(person, data)
    _full_clean(person)
    person.save()
    search.index_object(SPOKESPERSON_SEARCH_KIND, person.pk, f"{person.name}\n{person.position}")
    log_action(
        actor=actor,
        action="spokesperson.created",
        target=person,
        after=snapshot(person),
        scopes=[agency],
    )
    return person


@transaction.atomic
def spokesperson_update(
    *, actor, person: Spokesperson, data: dict, expected_version: int
) -> Spokesperson:
    if not may_record_for(actor, person.agency_id):
        raise PermissionDenied(_("Only the recording agency can change this entry."))
    before = snapshot(person)
    claim_version(person, expected_version)
    _apply(person, data)
    _full_clean(person)
    person.save()
    search.index_object(SPOKESPERSON_SEARCH_KIND, person.pk, f"{person.name}\n{person.position}")
    log_action(
        actor=actor,
        action="spokesperson.changed",
        target=person,
        before=before,
        after=snapshot(person),
        scopes=[person.agency],
    )
    return person


@transaction.atomic
def spokesperson_delete(*, actor, person: Spokesperson) -> None:
    if not may_record_for(actor, person.agency_id):
        raise PermissionDenied(_("Only the recording agency can change this entry."))
    log_action(
        actor=actor,
        action="spokesperson.deleted",
        target=person,
        before=snapshot(person),
        scopes=[person.agency],
    )
    search.remove_object(SPOKESPERSON_SEARCH_KIND, person.pk)
    person.delete()


# --- portal content -------------------------------------------------------------------


def _first_of_month(row: PortalContent) -> None:
    if row.month:
        row.month = row.month.replace(day=1)


@transaction.atomic
def portal_content_create(*, actor, agency: Agency, data: dict) -> PortalContent:
    _check_agency(actor, agency)
    row = PortalContent(agency=agency, created_by=actor)
    _apply(row, data)
    _first_of_month(row)
    _full_clean(row)
    row.save()
    log_action(
        actor=actor,
        action="portal_content.created",
        target=row,
        after=snapshot(row),
        scopes=[agency],
    )
    return row


@transaction.atomic
def portal_content_update(
    *, actor, row: PortalContent, data: dict, expected_version: int
) -> PortalContent:
    if not may_record_for(actor, row.agency_id):
        raise PermissionDenied(_("Only the recording agency can change this entry."))
    before = snapshot(row)
    claim_version(row, expected_version)
    _apply(row, data)
    _first_of_month(row)
    _full_clean(row)
    row.save()
    log_action(
        actor=actor,
        action="portal_content.changed",
        target=row,
        before=before,
        after=snapshot(row),
        scopes=[row.agency],
    )
    return row


@transaction.atomic
def portal_content_delete(*, actor, row: PortalContent) -> None:
    if not may_record_for(actor, row.agency_id):
        raise PermissionDenied(_("Only the recording agency can change this entry."))
    log_action(
        actor=actor,
        action="portal_content.deleted",
        target=row,
        before=snapshot(row),
        scopes=[row.agency],
    )
    row.delete()
