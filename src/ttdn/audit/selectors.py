"""Reading the audit trail."""

from collections import defaultdict
from collections.abc import Iterable

from django.db import models

from ttdn.audit.models import (
    NAMED_RELATIONS,
    AuditEntry,
    AuditScope,
    _model_field,
    _target_model,
    object_key,
)


def history_for(obj: models.Model) -> models.QuerySet[AuditEntry]:
    """The entries filed under ``obj`` (its own and those of what it contains), newest first.

    An entry is always filed under its target, so one indexed lookup in the scopes answers
    "target or scope is ``obj``". ``IN (subquery)`` rather than a correlated ``EXISTS`` or an
    ``OR`` across a join: both SQLite and PostgreSQL read the few matching entry ids from
    ``audit_scope_object_idx`` first, then fetch those entries by primary key.
    """
    kind, pk = object_key(obj)
    filed = AuditScope.objects.filter(object_type=kind, object_id=pk).values("entry_id")
    return AuditEntry.objects.filter(pk__in=filed).select_related("actor").order_by("-at", "-id")


def with_readable_changes(entries: Iterable[AuditEntry]) -> list[AuditEntry]:
    """The entries, each with ``changes_read``: :meth:`AuditEntry.readable_changes` with the
    foreign keys of :data:`NAMED_RELATIONS` read as names — one query per related model,
    whatever the number of entries."""
    entries = list(entries)
    wanted: dict[type[models.Model], set] = defaultdict(set)
    for entry in entries:
        model = _target_model(entry.target_type)
        for name, old, new in entry.changes:
            field = _model_field(model, name)
            if not isinstance(field, models.ForeignKey):
                continue
            if field.related_model._meta.label_lower not in NAMED_RELATIONS:
                continue
            wanted[field.related_model].update(v for v in (old, new) if isinstance(v, int))
    names: dict[tuple[str, str], str] = {}
    for model, ids in wanted.items():
        label = model._meta.label_lower
        for obj in model._default_manager.filter(pk__in=ids):
            names[(label, str(obj.pk))] = str(obj)
    for entry in entries:
        entry.changes_read = entry.readable_changes(names)
    return entries
