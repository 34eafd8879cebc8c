import hashlib
import secrets

from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    COORDINATOR = "coordinator", _("Coordinator (focal department)")
    OFFICER = "officer", _("Agency officer")
    LEADER = "leader", _("Leader")
    FINANCE = "finance", _("Finance reviewer")
    PRESS = "press", _("Press officer")
    ADMINISTRATOR = "administrator", _("Administrator")


# Roles that may be held for one agency only (its finance reviewer, its press officer).
AGENCY_ROLES = (Role.FINANCE, Role.PRESS)


class User(AbstractUser):
    """A person who signs in. What they may do is asked through
    :mod:`ttdn.accounts.capabilities`, never by testing ``role``."""

    # The main role; further roles are RoleGrant rows (``role_grants``).
    role = models.CharField(
        _("main role"), max_length=20, choices=Role.choices, default=Role.OFFICER
    )
    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    agencies = models.ManyToManyField(
        "directory.Agency",
        verbose_name=_("agencies"),
        through="Membership",
        related_name="members",
        blank=True,
    )

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.full_name or self.get_username()

    def agency_ids(self) -> frozenset[int]:
        """IDs of the agencies the user belongs to (cached on the instance)."""
        cached = getattr(self, "_agency_ids", None)
        if cached is None:
            cached = frozenset(self.memberships.values_list("agency_id", flat=True))
            self._agency_ids = cached
        return cached


class Membership(models.Model):
    user = models.ForeignKey(
        User, verbose_name=_("user"), on_delete=models.CASCADE, related_name="memberships"
    )
    agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("agency"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "agency"],
                name="membership_unique",
                violation_error_message=_("The user is already a member of this agency."),
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.agency}"


class RoleGrant(models.Model):
    """A role a user holds besides their main one, everywhere or for one agency.

    An officer of agency A who is also A's finance reviewer has ``role="officer"`` and a
    grant ``(finance, A)``. Only the roles in ``AGENCY_ROLES`` can be limited to an agency.
    """

    user = models.ForeignKey(
        User, verbose_name=_("user"), on_delete=models.CASCADE, related_name="role_grants"
    )
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)
    agency = models.ForeignKey(
        "directory.Agency",
        verbose_name=_("for agency"),
        on_delete=models.CASCADE,
        related_name="role_grants",
        null=True,
        blank=True,
        help_text=_("Empty: everywhere. Only finance reviewers and press officers are per agency."),
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("additional role")
        verbose_name_plural = _("additional roles")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "role"],
                condition=models.Q(agency__isnull=True),
                name="rolegrant_unique_everywhere",
                violation_error_message=_("The user already holds this role."),
            ),
            models.UniqueConstraint(
                fields=["user", "role", "agency"],
                condition=models.Q(agency__isnull=False),
                name="rolegrant_unique_per_agency",
                violation_error_message=_("The user already holds this role for this agency."),
            ),
            models.CheckConstraint(
                condition=models.Q(agency__isnull=True) | models.Q(role__in=AGENCY_ROLES),
                name="rolegrant_agency_only_for_agency_roles",
                violation_error_message=_(
                    "Only finance reviewers and press officers can be limited to an agency."
                ),
            ),
        ]

    def __str__(self) -> str:
        role = self.get_role_display()
        return f"{self.user}: {role} ({self.agency})" if self.agency_id else f"{self.user}: {role}"


def _hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiToken(models.Model):
    """A bearer token for the API; only its hash is stored."""

    user = models.ForeignKey(
        User, verbose_name=_("user"), on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(_("name"), max_length=100, blank=True)
    prefix = models.CharField(_("prefix"), max_length=12, editable=False)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    last_used_at = models.DateTimeField(_("last used at"), null=True, blank=True)
    revoked_at = models.DateTimeField(_("revoked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user})"

    @staticmethod
    def hash(raw: str) -> str:
        return _hash_token(raw)

    @staticmethod
    def generate() -> str:
        return "ttdn_" + secrets.token_urlsafe(32)


class AuditEntry(models.Model):
    """One write in the system: who, when, what, and the data before and after."""

    at = models.DateTimeField(_("at"), auto_now_add=True, db_index=True)
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
    plan_id = models.BigIntegerField(_("plan"), null=True, blank=True, db_index=True)
    task_id = models.BigIntegerField(_("task"), null=True, blank=True, db_index=True)
    before = models.JSONField(_("before"), null=True, blank=True)
    after = models.JSONField(_("after"), null=True, blank=True)
    data = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["target_type", "target_id"], name="audit_target_idx")]

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
        return str(ACTION_LABELS.get(self.action, self.action))

    def readable_changes(self) -> list[tuple[str, object, object]]:
        """Like :attr:`changes`, with field names and choice values as users read them."""
        try:
            model = apps.get_model(self.target_type)
        except (LookupError, ValueError):
            model = None
        rows = []
        for name, old, new in self.changes:
            label, display = FIELD_LABELS.get(name, name), (lambda v: v)
            if model is not None:
                try:
                    field = model._meta.get_field(name)
                except FieldDoesNotExist:
                    field = None
                if field is not None:
                    label = field.verbose_name
                    choices = dict(field.flatchoices) if field.choices else None
                    if choices:
                        display = lambda v, c=choices: c.get(v, v)  # noqa: E731
            rows.append((str(label), display(old), display(new)))
        return rows


ACTION_LABELS = {
    "plan.created": _("Plan created"),
    "plan.changed": _("Plan changed"),
    "plan.status_changed": _("Plan status changed"),
    "plan.legal_bases_changed": _("Legal bases changed"),
    "plan.deleted": _("Plan deleted"),
    "task.created": _("Task created"),
    "task.changed": _("Task changed"),
    "task.deleted": _("Task deleted"),
    "progress.submitted": _("Progress reported"),
    "progress.accepted": _("Progress report accepted"),
    "progress.returned": _("Progress report returned"),
    "import.uploaded": _("Document uploaded for import"),
    "import.confirmed": _("Plan created from an imported document"),
    "import.discarded": _("Import discarded"),
}
FIELD_LABELS = {
    "leads": _("Lead agencies"),
    "coordinating": _("Coordinating agencies"),
    "legal_bases": _("Legal bases"),
    "evidence": _("Evidence"),
}
