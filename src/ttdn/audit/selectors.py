"""Reading the audit trail."""

from django.db import models

from ttdn.audit.models import AuditEntry, AuditScope, object_key


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
