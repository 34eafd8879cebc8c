"""Login throttling on django-axes: limits, the client's address, the locked-out page.

Settings (``settings.py``, "Login throttling"; decision 0015):

* ``AXES_FAILURE_LIMIT`` failures of one user name from one address lock that pair;
* ``TTDN_LOGIN_ADDRESS_FAILURE_LIMIT`` failures from one address, whatever the names,
  lock the address (higher: a whole office may share one address behind its NAT);
* nothing is counted per user name alone, so nobody can lock a colleague's account
  from elsewhere by typing wrong passwords for it.

Axes compares one failure count with one limit, so :class:`LoginThrottleHandler` gives
it the count of whichever of the two is nearer its own limit, expressed in units of
``AXES_FAILURE_LIMIT``. A lockout is written to ttdn's audit trail once, when it starts.
"""

from __future__ import annotations

from axes.handlers.database import AxesDatabaseHandler
from axes.helpers import get_client_username, get_cool_off
from axes.models import AccessAttempt
from django.conf import settings
from django.contrib.auth.forms import AuthenticationForm
from django.db.models import Sum
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from ttdn.accounts import services
from ttdn.core import proxies


def client_address(request: HttpRequest) -> str | None:
    """The address failures are counted under (``ttdn.core.proxies.client_address``)."""
    return proxies.client_address(request.META)


def _sum_failures(attempts) -> int:
    return attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0


class LoginThrottleHandler(AxesDatabaseHandler):
    """Axes' database handler with a separate limit per address, a narrower reset on
    success, and an audit entry when a lockout starts."""

    def get_failures(self, request, credentials=None) -> int:
        pair, address = self.get_user_attempts(request, credentials)  # AXES_LOCKOUT_PARAMETERS
        limit = settings.AXES_FAILURE_LIMIT
        address_limit = max(settings.TTDN_LOGIN_ADDRESS_FAILURE_LIMIT, 1)
        # address * limit // address_limit reaches `limit` exactly when address reaches
        # address_limit, so Axes' one comparison applies both limits.
        return max(_sum_failures(pair), _sum_failures(address) * limit // address_limit)

    def reset_user_attempts(self, request, credentials=None) -> int:
        """After a successful login forget only that user name's failures from that address.

        Axes would clear every filter, the whole address included: anyone with an account
        could then keep guessing others' passwords by logging in as themselves in between.
        """
        pair = self.filter_user_attempts(request, credentials)[0]
        count, _deleted = pair.delete()
        return count

    def user_login_failed(self, sender, credentials: dict, request=None, **kwargs):
        already_locked = bool(getattr(request, "axes_locked_out", False))
        super().user_login_failed(sender, credentials, request, **kwargs)
        if request is None or already_locked or not request.axes_locked_out:
            return
        username = get_client_username(request, credentials) or ""
        attempt = (
            AccessAttempt.objects.filter(
                username=username,
                ip_address=request.axes_ip_address,
                user_agent=request.axes_user_agent,
            )
            .order_by("-pk")
            .first()
        )
        if attempt is not None:
            pair, _address = self.get_user_attempts(request, credentials)
            reason = (
                "user_and_address"
                if _sum_failures(pair) >= settings.AXES_FAILURE_LIMIT
                else "address"
            )
            services.login_lockout_record(attempt=attempt, reason=reason)


def lockout_response(request: HttpRequest, original_response=None, credentials=None):
    """The login page again, with the reason and the wait, status 429 (not axes' bare text)."""
    cool_off = get_cool_off(request)
    if cool_off is None:
        message = _(
            "Too many failed logins. This account is locked on this computer: "
            "ask an administrator to unlock it."
        )
    else:
        minutes = max(1, int(cool_off.total_seconds() // 60))
        message = ngettext(
            "Too many failed logins. Wait {minutes} minute, then try again, "
            "or ask an administrator to unlock the account.",
            "Too many failed logins. Wait {minutes} minutes, then try again, "
            "or ask an administrator to unlock the account.",
            minutes,
        ).format(minutes=minutes)
    username = get_client_username(request, credentials) or ""
    form = AuthenticationForm(request, initial={"username": username})
    response: HttpResponse = render(
        request,
        "accounts/login.html",
        {"form": form, "locked_message": message, "next": request.POST.get("next", "")},
        status=429,
    )
    return response
