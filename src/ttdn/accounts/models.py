import hashlib
import secrets

from django.contrib.auth.models import AbstractUser
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
        return frozenset(pk for pk, _name in self.agency_names())

    def agency_names(self) -> list[tuple[int, str]]:
        """``(id, display name)`` of the user's agencies, read once per instance (so once per
        request): access checks and the page menu share one query."""
        cached = getattr(self, "_agency_names", None)
        if cached is None:
            rows = self.memberships.order_by("agency__name").values_list(
                "agency_id", "agency__short_name", "agency__name"
            )
            cached = [(pk, short or name) for pk, short, name in rows]
            self._agency_names = cached
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
