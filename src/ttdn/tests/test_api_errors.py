"""The API's errors and bounds as published: one error shape, every status documented,
unique schema names, bounded pagination (docs/decisions/0014-api-errors.md)."""

import importlib
import inspect
import json
import re

import pytest
from ninja import Schema

from ttdn.api import ERROR_DESCRIPTIONS
from ttdn.core.api import MAX_OFFSET

API = "/api/v1"
API_MODULES = ["ttdn.core.api", "ttdn.plans.api", "ttdn.tracking.api", "ttdn.directory.api"]
ERROR_REF = {"$ref": "#/components/schemas/ErrorOut"}


@pytest.fixture
def openapi(client, db) -> dict:
    response = client.get(f"{API}/openapi.json")
    assert response.status_code == 200
    return json.loads(response.content)


def test_schema_names_are_unique_across_routers():
    """ninja names a component by its class name: two ``AgencyOut`` would share one entry."""
    seen: dict[str, str] = {}
    for module_name in API_MODULES:
        module = importlib.import_module(module_name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, Schema) and cls.__module__ == module_name:
                assert name not in seen, f"{name} is defined in {seen[name]} and {module_name}"
                seen[name] = module_name


def test_each_component_describes_its_own_class(openapi):
    components = openapi["components"]["schemas"]
    progress_agency = components["ProgressOut"]["properties"]["agency"]["$ref"].rsplit("/", 1)[1]
    assert set(components[progress_agency]["properties"]) == {"id", "name"}
    resolution_agency = components["ResolutionOut"]["properties"]["candidates"]["items"]["$ref"]
    assert "short_name" in components[resolution_agency.rsplit("/", 1)[1]]["properties"]


def _errors_of(operation: dict) -> dict[str, dict]:
    return {code: r for code, r in operation["responses"].items() if code.startswith("4")}


@pytest.mark.parametrize(
    ("method", "path", "statuses"),
    [
        ("get", "/plans", {"400", "401", "422"}),
        ("get", "/plans/{plan_id}", {"400", "401", "404", "422"}),
        ("get", "/plans/{plan_id}/tasks", {"400", "401", "404", "422"}),
        ("get", "/tasks/{task_id}", {"400", "401", "404", "422"}),
        ("get", "/tasks/{task_id}/progress", {"400", "401", "404", "422"}),
        ("post", "/tasks/{task_id}/progress", {"400", "401", "403", "404", "422"}),
        ("get", "/agencies", {"400", "401", "422"}),
        ("get", "/agencies/resolve", {"400", "401", "422"}),
        ("get", "/agencies/{agency_id}", {"400", "401", "404", "422"}),
    ],
)
def test_every_operation_documents_the_errors_it_answers(openapi, method, path, statuses):
    errors = _errors_of(openapi["paths"][API + path][method])
    assert set(errors) == statuses
    for code, response in errors.items():
        assert response["content"] == {"application/json": {"schema": ERROR_REF}}
        assert response["description"] == ERROR_DESCRIPTIONS[int(code)]


def test_every_operation_documents_its_errors(openapi):
    for path, operations in openapi["paths"].items():
        for method, operation in operations.items():
            # 422 wherever there is input (``/registers`` takes none).
            takes_input = bool(operation.get("parameters") or operation.get("requestBody"))
            expected = {"400", "401", "422"} if takes_input else {"400", "401"}
            assert expected <= set(_errors_of(operation)), f"{method} {path}"


def test_the_error_schema_is_detail_and_field_errors(openapi):
    error = openapi["components"]["schemas"]["ErrorOut"]
    assert error["required"] == ["detail"]
    assert error["properties"]["detail"]["type"] == "string"
    assert error["properties"]["errors"]["additionalProperties"] == {
        "items": {"type": "string"},
        "type": "array",
    }


@pytest.mark.parametrize(
    ("query", "status", "field"),
    [
        ("offset=9223372036854775808", 422, "offset"),
        ("offset=9223372036854775807", 422, "offset"),
        (f"offset={MAX_OFFSET + 1}", 422, "offset"),
        ("offset=-1", 422, "offset"),
        ("limit=0", 422, "limit"),
        ("limit=201", 422, "limit"),
        ("limit=9223372036854775808", 422, "limit"),
        (f"offset={MAX_OFFSET}&limit=200", 200, None),
    ],
)
@pytest.mark.parametrize("path", ["/plans", "/agencies"])
def test_pagination_is_bounded_on_every_list(client, officer_a, path, query, status, field):
    client.force_login(officer_a)
    response = client.get(f"{API}{path}?{query}", headers={"accept-language": "en"})
    assert response.status_code == status, response.content
    body = response.json()
    if field:
        assert set(body) == {"detail", "errors"}
        assert list(body["errors"]) == [field]
    else:
        assert body["items"] == []


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/plans?q=a%00b", "q"),
        ("/plans?number=%00", "number"),
        ("/agencies?q=%00", "q"),
        ("/agencies/resolve?name=S%E1%BB%9F%00", "name"),
        ("/plans?%00=1", "\x00"),
    ],
)
def test_null_characters_in_the_query_are_refused_with_422(client, officer_a, path, field):
    """PostgreSQL cannot compare text with NUL in it: a 500 before."""
    client.force_login(officer_a)
    response = client.get(API + path, headers={"accept-language": "en"})
    assert response.status_code == 422, response.content
    assert response.json()["errors"] == {field: ["Null characters are not allowed."]}


def test_pagination_bounds_are_documented(openapi):
    for path in ("/plans", "/agencies"):
        params = {p["name"]: p["schema"] for p in openapi["paths"][API + path]["get"]["parameters"]}
        assert params["offset"]["maximum"] == MAX_OFFSET
        assert params["offset"]["minimum"] == 0
        assert params["limit"]["maximum"] == 200
        assert params["limit"]["minimum"] == 1


@pytest.mark.parametrize("on", ["2025-01-01T00:00:00", "20250101", "2025-1-1"])
def test_a_date_in_the_query_is_a_date_only(client, officer_a, on):
    client.force_login(officer_a)
    response = client.get(f"{API}/agencies/resolve", {"name": "Sở Ngoại vụ", "on": on})
    assert response.status_code == 422
    assert list(response.json()["errors"]) == ["on"]


def test_error_bodies_share_one_shape(client, officer_a):
    answers = {
        401: client.get(f"{API}/plans"),
        400: None,
    }
    client.force_login(officer_a)
    answers[404] = client.get(f"{API}/plans/999999")
    answers[422] = client.get(f"{API}/plans?limit=x")
    answers[400] = client.post(
        f"{API}/tasks/999999/progress", "{not json", content_type="application/json"
    )
    for status, response in answers.items():
        assert response.status_code == status
        body = response.json()
        assert isinstance(body["detail"], str) and body["detail"]
        assert set(body) == ({"detail", "errors"} if status == 422 else {"detail"})


@pytest.mark.parametrize("host", ["", "evil.example.org"])
def test_a_request_refused_for_its_host_is_answered_in_the_api_shape(client, officer_a, host):
    """Django refuses an empty or unknown Host before any view: under the API the answer is
    JSON with a detail, as every API error (Schemathesis sent "Host:" empty); the site's
    pages keep Django's page."""
    client.force_login(officer_a)
    response = client.get(f"{API}/plans", HTTP_HOST=host)
    assert response.status_code == 400
    assert response["Content-Type"] == "application/json"
    assert set(response.json()) == {"detail"} and response.json()["detail"]
    page = client.get("/", HTTP_HOST=host)
    assert page.status_code == 400
    assert page["Content-Type"].startswith("text/html")


def test_the_docs_and_the_schema_are_served(client, db):
    assert client.get(f"{API}/docs").status_code == 200
    assert client.get(f"{API}/openapi.json").status_code == 200


@pytest.mark.parametrize(
    "authorization", [None, "Bearer ttdn_not-a-token", "Bearer ", "Basic dXNlcjpwdw=="]
)
def test_every_operation_answers_401_without_a_valid_token(client, openapi, authorization):
    headers = {"authorization": authorization} if authorization else {}
    for path, operations in openapi["paths"].items():
        url = re.sub(r"\{\w+\}", "1", path)  # every path parameter, whatever its name
        for method in operations:
            response = getattr(client, method)(
                url, {"name": "x"} if method == "get" else {}, headers=headers
            )
            assert response.status_code == 401, f"{method} {path}"
            assert "401" in operations[method]["responses"]
            assert set(response.json()) == {"detail"}


@pytest.mark.django_db
@pytest.mark.parametrize("address", ["/nope", "/plans/1/", "/plans/1/tasks/extra", "/v2/plans"])
def test_an_unknown_address_is_a_json_404_not_the_site_page(client, address):
    response = client.get(f"{API}{address}", headers={"accept-language": "en"})
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json() == {
        "detail": "The API has no such address. Its addresses are listed in /api/v1/docs."
    }


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("method", "address", "allowed"),
    [
        ("delete", "/plans", "GET"),
        ("put", "/plans/1/tasks", "GET"),
        ("get", "/tasks/1/progress", "POST, GET"),
    ],
)
def test_a_method_a_path_does_not_take_is_a_json_405_with_allow(client, method, address, allowed):
    if method == "get":  # this path takes GET: ask with PATCH instead
        method = "patch"
    response = getattr(client, method)(f"{API}{address}", headers={"accept-language": "vi"})
    assert response.status_code == 405
    # ninja lists the methods in no fixed order
    assert set(response["Allow"].split(", ")) == set(allowed.split(", "))
    assert response.json()["detail"] == (
        f"Địa chỉ này không nhận phương thức {method.upper()}; chỉ nhận {response['Allow']}."
    )
