import logging

from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views import defaults
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

from ttdn.core.api import is_api_request

logger = logging.getLogger(__name__)


@csrf_exempt  # safe methods only: other methods get 405, not a CSRF 403
@require_safe
@never_cache
def healthz(request: HttpRequest) -> JsonResponse:
    """Liveness and database check for load balancers and monitoring.

    Anonymous, touches neither the session nor cookies, and makes a real round
    trip to the database: 200 when ``SELECT 1`` answers, 503 otherwise.
    """
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception as exc:  # any failure means "not healthy", never a 500 page
        logger.warning("Health check: database unavailable", exc_info=True)
        reason = f"{type(exc).__name__}: {exc}"[:200]
        return JsonResponse({"status": "error", "database": "error", "reason": reason}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def bad_request(request: HttpRequest, exception: Exception) -> HttpResponse:
    """Django's own 400 (a request refused before any view: a Host header that is empty or
    not allowed, too many form fields …). Under the API it is JSON in the API's error shape
    (``{"detail": …}``), as every other API answer; elsewhere Django's page."""
    if is_api_request(request):
        return JsonResponse({"detail": _("The request could not be read.")}, status=400)
    return defaults.bad_request(request, exception)
