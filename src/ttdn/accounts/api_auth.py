"""Bearer-token authentication for the API (``Authorization: Bearer ttdn_…``)."""

import datetime
from typing import Any

from django.db.models import Q
from django.http import HttpRequest
from django.utils import timezone
from ninja.errors import AuthenticationError
from ninja.security import HttpBearer

from ttdn.accounts.models import ApiToken

# last_used_at is written at most this often per token, so busy clients do not
# turn every read into a write.
LAST_USED_RESOLUTION = datetime.timedelta(minutes=1)


def api_token_touch(token: ApiToken, *, now: datetime.datetime | None = None) -> bool:
    """Record that ``token`` was used; at most one UPDATE per token per minute.

    The UPDATE is conditional, so concurrent requests write it once. Returns
    whether this call wrote it.
    """
    now = now or timezone.now()
    threshold = now - LAST_USED_RESOLUTION
    if token.last_used_at is not None and token.last_used_at > threshold:
        return False
    stale = Q(last_used_at__isnull=True) | Q(last_used_at__lte=threshold)
    written = ApiToken.objects.filter(stale, pk=token.pk).update(last_used_at=now) == 1
    if written:
        token.last_used_at = now
    return written


class TokenAuth(HttpBearer):
    """Authenticates a request by the hash of its bearer token.

    The raw token is never compared or stored: it is hashed and the hash looked up.
    A token that is unknown, revoked or belongs to an inactive user gives 401
    (the request does not fall back to the session).
    """

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        token = token.strip()
        if not token:
            raise AuthenticationError()
        api_token = (
            ApiToken.objects.select_related("user")
            .filter(key_hash=ApiToken.hash(token), revoked_at__isnull=True, user__is_active=True)
            .first()
        )
        if api_token is None:
            raise AuthenticationError()
        api_token_touch(api_token)
        request.user = api_token.user
        request.api_token = api_token  # type: ignore[attr-defined]
        return api_token.user
