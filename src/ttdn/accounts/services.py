"""Business operations on accounts. Every write is audited."""

from axes.handlers.proxy import AxesProxyHandler
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ttdn.accounts.models import ApiToken, User
from ttdn.audit.services import log_action
from ttdn.core.text import clean_text

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
        user=user,
        name=clean_text(name, multiline=False).strip(),
        prefix=raw[:TOKEN_PREFIX_LENGTH],
        key_hash=ApiToken.hash(raw),
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


# --- Login throttling (django-axes; accounts/throttle.py, decision 0015) -----------------


@transaction.atomic
def login_lockout_record(*, attempt, reason: str) -> None:
    """Audit that logins from ``attempt``'s address are locked (for its user name, or for
    every name when ``reason`` is "address"). Filed under the user when the name is one."""
    user = User.objects.filter(username=attempt.username).first() if attempt.username else None
    log_action(
        actor=None,
        action="login.locked_out",
        target=user or attempt,
        data={
            "username": attempt.username,
            "ip_address": attempt.ip_address,
            "reason": reason,
            "failures": attempt.failures_since_start,
        },
    )


@transaction.atomic
def login_unlock(*, actor: User, user: User) -> int:
    """Forget ``user``'s failed logins from every address, lifting their lockouts.

    Returns how many attempt records were cleared; audits only when there were any.
    An address locked as a whole is unlocked in the "Access attempts" admin or with
    ``ttdn axes_reset_ip``.
    """
    if not (actor.is_authenticated and actor.is_staff and actor.has_perm("accounts.change_user")):
        raise PermissionDenied(_("You may not unlock logins."))
    count = AxesProxyHandler.reset_attempts(username=user.get_username())
    if count:
        log_action(
            actor=actor, action="login.unlocked", target=user, data={"attempts_cleared": count}
        )
    return count
