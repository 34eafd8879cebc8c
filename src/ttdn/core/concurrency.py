"""Optimistic concurrency: one rule for "nobody saved this since the form was opened".

Every editable record carries a ``version``. A form or API call sends the version it
read; the write first *claims* the record with a conditional ``UPDATE … WHERE version =
<read> `` that also bumps it. Exactly one of two racing writers claims it; the other gets
a :class:`~ttdn.core.exceptions.ConflictError` and nothing is written. The claim runs
inside the caller's transaction, so a later failure in the same service undoes it.
"""

from __future__ import annotations

from django.db.models import F, Model
from django.db.models.expressions import Combinable
from django.utils import timezone

from ttdn.core.exceptions import ConflictError


def claim_version(
    obj: Model,
    expected_version: int,
    *,
    message: str | None = None,
    where: dict | None = None,
    **changes,
) -> None:
    """Bump ``obj``'s version from ``expected_version`` and write ``changes`` in the same
    statement, or raise ``ConflictError(message)`` when the row has moved on.

    ``where`` adds conditions the row must still meet (a status, say), so that "it moved
    to another step" is refused like a newer version is. The model's ``updated_at`` is
    set when it has one (a queryset update skips ``auto_now``). On success ``obj`` holds
    the new version and the plain values of ``changes``; expressions are left for the
    caller to reload.
    """
    model = type(obj)
    if any(field.name == "updated_at" for field in model._meta.concrete_fields):
        changes.setdefault("updated_at", timezone.now())
    claimed = model._default_manager.filter(
        pk=obj.pk, version=expected_version, **(where or {})
    ).update(version=F("version") + 1, **changes)
    if claimed != 1:
        raise ConflictError(message)
    obj.version = expected_version + 1
    for name, value in changes.items():
        if not isinstance(value, Combinable):
            setattr(obj, name, value)
