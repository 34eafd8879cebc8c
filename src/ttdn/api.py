"""The JSON API, version 1, mounted at ``/api/v1/`` (docs at ``/api/v1/docs``).

One ``Router`` per app (``plans/api.py``, ``tracking/api.py``, ``directory/api.py``,
``submissions/api.py``, ``activities/api.py``, ``budget/api.py``, ``indicators/api.py``)
is registered here (``ROUTERS``). Every endpoint needs a user: a bearer token (``ttdn create-token``)
or the browser session (CSRF-protected writes). Errors share one shape
(``ttdn.core.api.ErrorOut``)::

    {"detail": "<translated message>", "errors": {"<field>": ["<message>", ...]}}

where ``errors`` is present only on 422 (invalid input). Every operation documents the
error statuses it can answer (``document_errors``); see docs/decisions/0014-api-errors.md.
"""

import functools
import json
from collections.abc import Callable, Iterable
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseNotAllowed
from django.urls import URLPattern, path
from django.utils.datastructures import MultiValueDict
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from ninja import NinjaAPI, Router
from ninja.errors import AuthenticationError, HttpError
from ninja.errors import ValidationError as NinjaValidationError
from ninja.operation import Operation
from ninja.parser import Parser
from ninja.security import SessionAuth
from ninja.utils import check_csrf

from ttdn.accounts.api_auth import TokenAuth
from ttdn.activities.api import router as activities_router
from ttdn.budget.api import router as budget_router
from ttdn.core.api import ErrorOut
from ttdn.core.exceptions import ConflictError
from ttdn.directory.api import router as directory_router
from ttdn.indicators.api import router as indicators_router
from ttdn.plans.api import router as plans_router
from ttdn.submissions.api import router as submissions_router
from ttdn.tracking.api import router as tracking_router

# How deeply a request body may nest arrays and objects. A report is two levels deep
# (the body, then ``figures`` or ``links``); anything far deeper is refused before it can
# exhaust Python's recursion limit anywhere downstream.
MAX_BODY_DEPTH = 32


def _input_error(kind: str, loc: tuple, **ctx: Any) -> NinjaValidationError:
    return NinjaValidationError([{"type": kind, "loc": loc, "msg": kind, "ctx": ctx}])


def _text_error(value: str, loc: tuple) -> NinjaValidationError | None:
    """Text no database stores: NUL (PostgreSQL refuses it), lone surrogates (not Unicode)."""
    if "\x00" in value:
        return _input_error("string_null_character", loc)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return _input_error("string_unicode", loc)
    return None


def _body_error(data: Any) -> NinjaValidationError | None:
    """The first problem of a parsed JSON body, walked without recursion.

    Errors name the body's top-level field (``("body", "<body>", field)``: ninja puts the
    body parameter's name second), as field errors do.
    """
    stack: list[tuple[Any, int, tuple]] = [(data, 1, ("body",))]
    while stack:
        value, depth, loc = stack.pop()
        if isinstance(value, str):
            if error := _text_error(value, loc):
                return error
            continue
        if isinstance(value, dict):
            items = list(value.items())
        elif isinstance(value, list):
            items = [(None, child) for child in value]
        else:
            continue
        if depth > MAX_BODY_DEPTH:
            return _input_error("json_too_deep", ("body",), max_depth=MAX_BODY_DEPTH)
        for key, child in items:
            child_loc = ("body", "<body>", key) if depth == 1 and key is not None else loc
            if key is not None and (error := _text_error(key, child_loc)):
                return error
            stack.append((child, depth + 1, child_loc))
    return None


class JsonParser(Parser):
    """ninja's parser, refusing what would break later: a JSON body nested deeper than
    ``MAX_BODY_DEPTH``, and NUL or lone surrogates in any text, body or query (422).

    ninja wraps a body parser's exception in a 400; ``_http_error`` answers a
    ``ValidationError`` cause as the 422 it is.
    """

    def parse_body(self, request: HttpRequest) -> Any:
        try:
            data = json.loads(request.body)
        except RecursionError as exc:
            raise _input_error("json_too_deep", ("body",), max_depth=MAX_BODY_DEPTH) from exc
        if error := _body_error(data):
            raise error
        return data

    def parse_querydict(
        self, data: MultiValueDict, list_fields: list[str], request: HttpRequest
    ) -> dict[str, Any]:
        for key, values in data.lists():
            for value in [key, *values]:
                if isinstance(value, str) and (error := _text_error(value, ("query", key))):
                    raise error
        return super().parse_querydict(data, list_fields, request)


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


# What each error status means here, for the published schema (ninja writes only the
# HTTP reason phrase).
ERROR_DESCRIPTIONS = {
    400: "The request could not be read: a body that is not JSON, or a request refused "
    "before the API (an empty or unknown Host header).",
    401: "No user: log in, or send a valid token in “Authorization: Bearer …”.",
    403: "Refused: not allowed for this user, or a session write without its CSRF token.",
    404: "No such object, or not one this user may see (the same answer).",
    409: "Changed by someone else meanwhile: reload and try again.",
    422: "Invalid input; “errors” gives the messages for each field.",
}


class TtdnAPI(NinjaAPI):
    """``NinjaAPI`` whose published schema says what each error status means here."""

    def get_openapi_schema(self, *args: Any, **kwargs: Any) -> Any:
        schema = super().get_openapi_schema(*args, **kwargs)
        for operations in schema["paths"].values():
            for operation in operations.values():
                for status, response in operation["responses"].items():
                    if int(status) in ERROR_DESCRIPTIONS:
                        response["description"] = ERROR_DESCRIPTIONS[int(status)]
        return schema


api = TtdnAPI(
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
    parser=JsonParser(),
)


# --- errors ------------------------------------------------------------------------------


def _error(
    request: HttpRequest, status: int, detail: str, errors: dict | None = None
) -> HttpResponse:
    error = ErrorOut(detail=detail) if errors is None else ErrorOut(detail=detail, errors=errors)
    return api.create_response(request, error.body(), status=status)


@api.exception_handler(AuthenticationError)
def _unauthenticated(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
    response = _error(
        request, 401, _("Log in, or send an API token in the header “Authorization: Bearer …”.")
    )
    response["WWW-Authenticate"] = 'Bearer realm="ttdn"'
    return response


@api.exception_handler(HttpError)
def _http_error(request: HttpRequest, exc: HttpError) -> HttpResponse:
    if isinstance(exc.__cause__, NinjaValidationError):  # refused by JsonParser
        return _invalid_input(request, exc.__cause__)
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
    if kind == "json_too_deep":
        return _("The data is nested too deeply (at most {n} levels).").format(
            n=ctx.get("max_depth")
        )
    if kind == "string_null_character":
        return _("Null characters are not allowed.")
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


# --- documented errors ---------------------------------------------------------------------

_SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


def error_statuses(operation: Operation) -> set[int]:
    """The error statuses an operation can answer, read from its shape.

    - 401: it needs a user (every operation unless it sets ``auth=None``);
    - 422: it takes input (path, query or body) that may not parse, or that a service
      refuses (``ValidationError``);
    - 404: its path names an object ("not yours" is answered like "does not exist");
    - 400: every operation: a body that is not JSON at all, or a request Django refuses
      before any view (an empty or unknown Host header: ``ttdn.core.views.bad_request``);
    - 403: it writes (the session's CSRF check; "you may see it but not do this").

    A status an endpoint declares itself (``response={201: …, 409: ErrorOut}``) is kept.
    """
    sources = {model.__ninja_param_source__ for model in operation.models}
    statuses = set()
    if operation.auth_param is not None:
        statuses.add(401)
    if sources:
        statuses.add(422)
    if "path" in sources:
        statuses.add(404)
    statuses.add(400)
    if set(operation.methods) - _SAFE_METHODS:
        statuses.add(403)
    return statuses


def document_errors(routers: Iterable[Router]) -> None:
    """Add the error responses (``ErrorOut``) of every operation to the OpenAPI schema.

    Runs once, before the routers are bound to the API (ninja copies each operation's
    responses when it binds them).
    """
    for router in routers:
        for path_view in router.path_operations.values():
            for operation in path_view.operations:
                error_model = operation._create_response_model(ErrorOut)
                for status in sorted(error_statuses(operation)):
                    operation.response_models.setdefault(status, error_model)


ROUTERS = [
    (plans_router, "plans"),
    (tracking_router, "progress"),
    (directory_router, "agencies"),
    (submissions_router, "report requests"),
    (activities_router, "activity registers"),
    (budget_router, "budget"),
    (indicators_router, "indicators"),
]
document_errors([router for router, _tag in ROUTERS])
for _router, _tag in ROUTERS:
    api.add_router("", _router, tags=[_tag])


# --- answers outside the operations --------------------------------------------------------


def _json_not_allowed(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
    """ninja answers a method that a path does not take with a bare text 405; the API
    answers it like every other error (``ErrorOut``), keeping the ``Allow`` header."""

    @functools.wraps(view)  # keeps ninja's csrf_exempt mark
    def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = view(request, *args, **kwargs)
        if isinstance(response, HttpResponseNotAllowed):
            allowed = response["Allow"]
            response = _error(
                request,
                405,
                _("This address does not take %(method)s; it takes %(allowed)s.")
                % {"method": request.method, "allowed": allowed},
            )
            response["Allow"] = allowed
        return response

    return wrapper


def _no_such_address(request: HttpRequest, rest: str) -> HttpResponse:
    return _error(
        request, 404, _("The API has no such address. Its addresses are listed in /api/v1/docs.")
    )


def api_urls() -> tuple[list[URLPattern], str, str]:
    """``api.urls`` answering every address under the API in JSON: a method a path does not
    take is a 405 ``ErrorOut``, an unknown address a 404 ``ErrorOut`` (not the site's HTML
    pages)."""
    patterns, app_name, namespace = api.urls
    for pattern in patterns:
        pattern.callback = _json_not_allowed(pattern.callback)
    return [*patterns, path("<path:rest>", _no_such_address)], app_name, namespace
