import datetime
from collections.abc import Mapping

from django.apps import apps
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from ttdn.audit import registry


def object_key(obj: models.Model) -> tuple[str, str]:
    """How the trail names an object: its (concrete) model label and its primary key."""
    return obj._meta.concrete_model._meta.label_lower, str(obj.pk)


class AuditEntry(models.Model):
    """One write in the system: who, when, what, and the data before and after.

    An entry is filed (:class:`AuditScope`) under its target and under every object the
    change concerns, so that each of them can show it in its history.
    """

    # A default rather than auto_now_add, so a data migration can keep the original time.
    at = models.DateTimeField(_("at"), default=timezone.now, editable=False, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="audit_entries",
    )
    action = models.CharField(_("action"), max_length=64, db_index=True)
    target_type = models.CharField(_("object type"), max_length=64)
    target_id = models.CharField(_("object id"), max_length=64)
    target_repr = models.CharField(_("object"), max_length=255, blank=True)
    before = models.JSONField(_("before"), null=True, blank=True)
    after = models.JSONField(_("after"), null=True, blank=True)
    data = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["target_type", "target_id"], name="audit_entry_target_idx")]

    def __str__(self) -> str:
        return f"{self.at:%d/%m/%Y %H:%M} {self.action} {self.target_repr}"

    @property
    def changes(self) -> list[tuple[str, object, object]]:
        """(field, before, after) for every field whose value differs."""
        before, after = self.before or {}, self.after or {}
        keys = sorted(set(before) | set(after))
        return [(k, before.get(k), after.get(k)) for k in keys if before.get(k) != after.get(k)]

    @property
    def action_label(self) -> str:
        """The label its app declared; for the admin's ``<model>.created|changed|deleted``
        (``AuditedModelAdmin``), "<the model's name>: created"; else the code."""
        model_name, _dot, verb = self.action.rpartition(".")
        model = _target_model(self.target_type)
        generic = None
        if verb in _ADMIN_VERBS and model is not None and model._meta.model_name == model_name:
            generic = _ADMIN_VERBS[verb].format(object=capfirst(model._meta.verbose_name))
        return registry.action_label(self.action, default=generic)

    def readable_changes(
        self, names: Mapping[tuple[str, str], str] | None = None
    ) -> list[tuple[str, object, object]]:
        """Like :attr:`changes`, with field names and choice values as users read them.

        A key that is a concrete field of the target's model reads as the field's
        ``verbose_name`` (and its choices' labels); any other key (a reverse relation such
        as a report's ``evidence``, a computed list such as a task's ``leads``) reads as the
        label an app registered for it, or as the key itself. ``names`` maps (model label,
        primary key) of related objects to their names (``audit.selectors.
        with_readable_changes`` reads them in bulk); a foreign key found there reads as the
        name, any other stays its id.
        """
        model = _target_model(self.target_type)
        rows = []
        for name, old, new in self.changes:
            label, display = registry.field_label(name), (lambda v: v)
            field = _model_field(model, name)
            if field is not None:
                label = str(field.verbose_name)
                choices = dict(field.flatchoices) if field.choices else None
                if choices:
                    display = lambda v, c=choices: c.get(v, v)  # noqa: E731
                elif isinstance(field, models.DateTimeField | models.DateField):
                    display = _as_read_date
                elif isinstance(field, models.ForeignKey) and names:
                    related = field.related_model._meta.label_lower
                    display = lambda v, r=related: names.get((r, str(v)), v)  # noqa: E731
            rows.append((label, display(old), display(new)))
        return rows


def _as_read_date(value):
    """An ISO date or date-time from a snapshot as users read it: dd/mm/yyyy [HH:MM], local."""
    if not isinstance(value, str):
        return value
    try:
        moment = datetime.datetime.fromisoformat(value)
    except ValueError:
        return value
    if len(value) <= 10:
        return moment.strftime("%d/%m/%Y")
    if timezone.is_aware(moment):
        moment = timezone.localtime(moment)
    return moment.strftime("%d/%m/%Y %H:%M")


# Writes through the admin (AuditedModelAdmin) name their action after the model.
_ADMIN_VERBS = {
    "created": _("{object}: created"),
    "changed": _("{object}: changed"),
    "deleted": _("{object}: deleted"),
}


# Related objects a history may name to anyone who sees the entry: the public directory, legal
# documents and the people working in ttdn. Any other relation (a plan's parent plan, a
# task's plan) stays an id: a restricted plan's title must not show through the history of
# a plan that points to it.
NAMED_RELATIONS = frozenset(
    {"directory.agency", "directory.administrativeunit", "legal.legaldocument", "accounts.user"}
)


def _target_model(label: str):
    try:
        return apps.get_model(label)
    except (LookupError, ValueError):
        return None


def _model_field(model, name: str) -> models.Field | None:
    """The field ``name`` of ``model`` if it is a real field (not a reverse relation)."""
    if model is None:
        return None
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    return field if isinstance(field, models.Field) else None


class AuditScope(models.Model):
    """Files an entry under one object it concerns (its target is always one of them)."""

    entry = models.ForeignKey(
        AuditEntry,
        verbose_name=_("audit entry"),
        on_delete=models.CASCADE,
        related_name="scopes",
        db_index=False,  # the unique constraint's index starts with it
    )
    object_type = models.CharField(_("object type"), max_length=64)
    object_id = models.CharField(_("object id"), max_length=64)

    class Meta:
        verbose_name = _("audit scope")
        verbose_name_plural = _("audit scopes")
        constraints = [
            models.UniqueConstraint(
                fields=["entry", "object_type", "object_id"],
                name="audit_scope_unique",
                violation_error_message=_("The entry is already filed under this object."),
            )
        ]
        # The history of an object reads this index alone (it covers entry_id too).
        indexes = [
            models.Index(
                fields=["object_type", "object_id", "entry"], name="audit_scope_object_idx"
            )
        ]

    def __str__(self) -> str:
        return f"{self.object_type}:{self.object_id}"
