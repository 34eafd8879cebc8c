"""Writing audit entries. Services call :func:`log_action` inside their transaction."""

import datetime
import decimal
import uuid
from collections.abc import Iterable
from typing import Any

from django.db import models
from django.db.models.fields.files import FieldFile

from ttdn.audit.models import AuditEntry, AuditScope, object_key


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime.datetime | datetime.date):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, models.Model):
        return value.pk
    if isinstance(value, FieldFile):
        return value.name or None
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    return value


def snapshot(instance: models.Model, fields: list[str] | None = None) -> dict[str, Any]:
    """The concrete field values of ``instance`` as JSON-ready data."""
    data = {}
    for field in instance._meta.concrete_fields:
        if fields is not None and field.name not in fields:
            continue
        if field.name.endswith("_folded"):
            continue
        data[field.name] = _jsonable(getattr(instance, field.attname))
    return data


def log_action(
    *,
    actor,
    action: str,
    target: models.Model,
    before: dict | None = None,
    after: dict | None = None,
    data: dict | None = None,
    scopes: Iterable[models.Model] = (),
) -> AuditEntry:
    """Record ``action`` on ``target`` and file it under ``target`` and each of ``scopes``.

    ``scopes`` are the other objects whose history shows the entry (a task's change: its
    plan; a progress report: its task and plan). Two queries, whatever their number.
    """
    entry = AuditEntry.objects.create(
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        target_type=target._meta.label_lower,
        target_id=str(target.pk),
        target_repr=str(target)[:255],
        before=_jsonable(before) if before is not None else None,
        after=_jsonable(after) if after is not None else None,
        data=_jsonable(data or {}),
    )
    keys = dict.fromkeys([object_key(target), *(object_key(obj) for obj in scopes)])
    AuditScope.objects.bulk_create(
        AuditScope(entry=entry, object_type=kind, object_id=pk) for kind, pk in keys
    )
    return entry
