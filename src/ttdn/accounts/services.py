"""Business operations on accounts. Every write is audited."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ttdn.accounts.models import ApiToken, User
from ttdn.audit.services import log_action

TOKEN_PREFIX_LENGTH = 12


@transaction.atomic
def api_token_create(
    *, user: User, name: str = "", actor: User | None = None
) -> tuple[ApiToken, str]:
    """A new API token for ``user`` and its raw key.

    Only the hash is stored: the raw key is returned here once and can never be
    shown again. ``actor`` is who asked for it; None means the command line.
    """
    if not user.is_active:
        raise ValidationError({"user": _("An API token cannot be created for an inactive user.")})
    raw = ApiToken.generate()
    token = ApiToken(
        user=user, name=name.strip(), prefix=raw[:TOKEN_PREFIX_LENGTH], key_hash=ApiToken.hash(raw)
    )
    token.full_clean()
    token.save()
    log_action(
        actor=actor,
        action="api_token.created",
        target=token,
        after={"name": token.name, "prefix": token.prefix, "user": user.pk},
    )
    return token, raw


@transaction.atomic
def api_token_revoke(*, actor: User, token: ApiToken) -> ApiToken:
    """Revoke ``token``: it stops working at once. Its owner or a superuser may do this."""
    if not (actor.is_authenticated and (actor.pk == token.user_id or actor.is_superuser)):
        raise PermissionDenied(_("You can revoke only your own API tokens."))
    now = timezone.now()
    revoked = ApiToken.objects.filter(pk=token.pk, revoked_at__isnull=True).update(revoked_at=now)
    token.refresh_from_db(fields=["revoked_at"])
    if revoked:
        log_action(
            actor=actor,
            action="api_token.revoked",
            target=token,
            before={"revoked_at": None},
            after={"revoked_at": token.revoked_at},
        )
    return token
