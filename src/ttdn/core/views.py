import logging

from django.db import connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_safe

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
