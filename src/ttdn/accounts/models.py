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


# Roles that oversee the whole unit: they see every plan, restricted ones included.
OVERSIGHT_ROLES = frozenset({Role.COORDINATOR, Role.LEADER, Role.ADMINISTRATOR})


class User(AbstractUser):
    role = models.CharField(_("role"), max_length=20, choices=Role.choices, default=Role.OFFICER)
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

    @property
    def is_coordinator(self) -> bool:
        return self.role in (Role.COORDINATOR, Role.ADMINISTRATOR)

    @property
    def has_oversight(self) -> bool:
        return self.role in OVERSIGHT_ROLES or self.is_superuser

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
