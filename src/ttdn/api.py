"""The JSON API, version 1, mounted at ``/api/v1/`` (docs at ``/api/v1/docs``).

One ``Router`` per app (``plans/api.py``, ``tracking/api.py``, ``directory/api.py``)
is registered here. Every endpoint needs a user: a bearer token (``ttdn create-token``)
or the browser session (CSRF-protected writes). Errors share one shape::

    {"detail": "<translated message>", "errors": {"<field>": ["<message>", ...]}}

where ``errors`` is present only on 422 (invalid input).
"""

from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.security import SessionAuth
from ninja.utils import check_csrf

from ttdn.accounts.api_auth import TokenAuth
from ttdn.core.exceptions import ConflictError
from ttdn.directory.api import router as directory_router
from ttdn.plans.api import router as plans_router
from ttdn.tracking.api import router as tracking_router


class CsrfSessionAuth(SessionAuth):
    """The browser session, as ``ninja.security.django_auth``, CSRF-checked for writes.

    Differs from ``django_auth`` only in order: an anonymous request is simply not
    authenticated by the session (so it gets 401, not a CSRF 403), and the CSRF
    check runs only when the session does authenticate the request.
    """

    def __call__(self, request: HttpRequest) -> Any:
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            return None
        if not getattr(request, "_ninja_csrf_exempt", False) and check_csrf(request) is not None:
            raise HttpError(403, _("CSRF verification failed. Reload the page and try again."))
        return user


api = NinjaAPI(
    title="ttdn API",
    version="1",
    description=(
        "Plans, tasks, progress and agencies of the external-information work. "
        "Authenticate with `Authorization: Bearer <token>` (create one with `ttdn create-token USERNAME`) "
        "or with the browser session."
    ),
    urls_namespace="api-1",
    # Token first: a request that carries a bearer token never depends on cookies or CSRF.
    auth=[TokenAuth(), CsrfSessionAuth()],
)


# --- errors ------------------------------------------------------------------------------


def _error(
    request: HttpRequest, status: int, detail: str, errors: dict | None = None
) -> HttpResponse:
    body: dict[str, Any] = {"detail": detail}
    if errors is not None:
        body["errors"] = errors
    return api.create_response(request, body, status=status)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    response = _error(
        request, 401, _("Log in, or send an API token in the header “Authorization: Bearer …”.")
    )
    response["WWW-Authenticate"] = 'Bearer realm="ttdn"'
    return response


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    detail = str(exc)
    if exc.status_code == 400:  # ninja could not parse the body
        detail = _(
            "The request body could not be read. Send JSON with “Content-Type: application/json”."
        )
    return _error(request, exc.status_code, detail)


@api.exception_handler(PermissionDenied)
def _forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
    return _error(request, 403, str(exc) or _("You do not have permission to do this."))


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
    return _error(request, 404, str(exc) or _("Not found."))


@api.exception_handler(ConflictError)
def _conflict(request: HttpRequest, exc: ConflictError) -> HttpResponse:
    return _error(request, 409, str(exc))


@api.exception_handler(DjangoValidationError)
def _invalid(request: HttpRequest, exc: DjangoValidationError) -> HttpResponse:
    if hasattr(exc, "error_dict"):
        errors = {field: list(messages) for field, messages in exc.message_dict.items()}
    else:
        errors = {NON_FIELD_ERRORS: list(exc.messages)}
    return _error(request, 422, _("Some of the data is not valid."), errors)


def _pydantic_message(error: dict[str, Any]) -> str:
    """A translated message for one pydantic error (Django's own msgids where they exist)."""
    kind, ctx = error.get("type", ""), error.get("ctx") or {}
    if kind == "missing":
        return _("This field is required.")
    if kind in ("int_parsing", "int_type", "int_from_float"):
        return _("Enter a whole number.")
    if kind in ("float_parsing", "float_type", "decimal_parsing", "decimal_type"):
        return _("Enter a number.")
    if kind == "less_than_equal":
        return _("Ensure this value is less than or equal to %(limit_value)s.") % {
            "limit_value": ctx.get("le")
        }
    if kind == "greater_than_equal":
        return _("Ensure this value is greater than or equal to %(limit_value)s.") % {
            "limit_value": ctx.get("ge")
        }
    if kind.startswith("date") or kind.startswith("datetime"):
        return _("Enter a valid date.")
    if kind in ("literal_error", "enum"):
        return _("Select a valid choice. %(value)s is not one of the available choices.") % {
            "value": str(error.get("input", ""))[:100]
        }
    if kind == "string_too_long":
        limit = int(ctx.get("max_length", 0))
        return ngettext(
            "Ensure this value has at most %(limit_value)d character (it has %(show_value)d).",
            "Ensure this value has at most %(limit_value)d characters (it has %(show_value)d).",
            limit,
        ) % {"limit_value": limit, "show_value": len(str(error.get("input", "")))}
    if kind == "string_too_short":
        return _("This field is required.")
    if kind == "list_type":
        return _("Enter a list of values.")
    if kind in ("dict_type", "json_invalid", "json_type", "model_attributes_type"):
        return _("Enter a valid JSON.")
    return _("Enter a valid value.")


def _pydantic_field(loc: list[Any]) -> str:
    """The input field an error is about, as forms name it.

    ``["body", "payload", "links", 0]`` -> ``"links"``; ``["query", "year"]`` -> ``"year"``;
    an error about the body as a whole -> ``"__all__"``.
    """
    source, rest = (loc[0], [str(p) for p in loc[1:]]) if loc else ("", [])
    if source == "body":
        rest = rest[1:]  # drop the name of the body parameter
    return rest[0] if rest else NON_FIELD_ERRORS


@api.exception_handler(NinjaValidationError)
def _invalid_input(request: HttpRequest, exc: NinjaValidationError) -> HttpResponse:
    errors: dict[str, list[str]] = {}
    for error in exc.errors:
        errors.setdefault(_pydantic_field(list(error.get("loc", []))), []).append(
            _pydantic_message(error)
        )
    return _error(request, 422, _("Some of the data is not valid."), errors)


api.add_router("", plans_router, tags=["plans"])
api.add_router("", tracking_router, tags=["progress"])
api.add_router("", directory_router, tags=["agencies"])
