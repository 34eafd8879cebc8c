"""The plans and tasks API: /api/v1/plans…, /api/v1/tasks/{id}.

The ``world`` fixture (also used by the tracking API tests) builds, through the
services, three plans that differ only in visibility and a fixed set of personas:

* ``officer_a`` — officer of agency A, which leads every task and is named on the
  restricted plan;
* ``officer_b`` — officer of agency B, which has nothing to do with the tasks;
* ``coordinator`` and ``leader`` — oversight roles, no agency.

Personas and agencies A and B are the root conftest's fixtures.
"""

import datetime
import json
from types import SimpleNamespace

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.http import Http404
from django.test import Client
from django.test.utils import CaptureQueriesContext

from ttdn.api import api
from ttdn.core.exceptions import ConflictError
from ttdn.directory.models import Agency, AgencyKind
from ttdn.plans import services
from ttdn.plans.models import Plan, PlanStatus, Visibility
from ttdn.plans.services import AgencyRef, SectionData, TaskData

API = "/api/v1"
TODAY = datetime.datetime(2025, 6, 15, 9, 0, tzinfo=datetime.UTC)

PERSONAS = ["anonymous", "officer_a", "officer_b", "coordinator", "leader"]
VISIBILITIES = [Visibility.PUBLIC, Visibility.INTERNAL, Visibility.RESTRICTED]


def make_plan(
    actor, *, visibility=Visibility.INTERNAL, restricted_to=None, tasks=(), **kwargs
) -> Plan:
    defaults = {
        "title": f"Kế hoạch thông tin đối ngoại năm 2025 ({visibility})",
        "period_start": 2025,
    }
    plan = services.plan_create(
        actor=actor, visibility=visibility, restricted_to=restricted_to, **{**defaults, **kwargs}
    )
    for data in tasks:
        services.task_create(actor=actor, plan=plan, data=data)
    return plan


@pytest.fixture
def frozen_today():
    with time_machine.travel(TODAY, tick=False):
        yield TODAY.date()


@pytest.fixture
def world(frozen_today, agency_a, agency_b, coordinator, leader, officer_a, officer_b):
    """The root conftest's personas and agencies A and B, a third agency C and three plans."""
    a, b = agency_a, agency_b
    c = Agency.objects.create(name="Công an tỉnh", kind=AgencyKind.POLICE)
    w = SimpleNamespace(agency_a=a, agency_b=b, agency_c=c)
    w.coordinator, w.leader, w.officer_a, w.officer_b = coordinator, leader, officer_a, officer_b
    w.anonymous = None
    w.plans, w.tasks = {}, {}
    for visibility in VISIBILITIES:
        plan = make_plan(
            w.coordinator,
            visibility=visibility,
            restricted_to=[a] if visibility == Visibility.RESTRICTED else None,
            number=f"1{len(w.plans)}/KH-UBND",
            tasks=[
                TaskData(
                    text="Tuyên truyền về hội nhập quốc tế",
                    timeframe_text="Quý III",
                    leads=[AgencyRef(agency=a, as_written="Sở TT&TT")],
                    coordinating=[
                        AgencyRef(agency=c, as_written="Công an tỉnh"),
                        AgencyRef(as_written="các xã"),
                    ],
                )
            ],
        )
        # In progress: agencies report on it (a draft accepts no progress).
        services.plan_move_to(actor=w.coordinator, plan=plan, to_status=PlanStatus.IN_PROGRESS)
        w.plans[visibility] = plan
        w.tasks[visibility] = plan.tasks.get()
    return w


def client_for(client, user):
    if user is not None:
        client.force_login(user)
    return client


def expected(persona: str, visibility: str, ok: int = 200) -> int:
    if persona == "anonymous":
        return 401
    if persona == "officer_b" and visibility == Visibility.RESTRICTED:
        return 404
    return ok


# --- permission matrix ------------------------------------------------------------------------


@pytest.mark.parametrize("visibility", VISIBILITIES)
@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("suffix", ["", "/tasks"])
def test_plan_endpoints_follow_the_page_permissions(client, world, persona, visibility, suffix):
    plan = world.plans[visibility]
    response = client_for(client, getattr(world, persona)).get(f"{API}/plans/{plan.pk}{suffix}")
    assert response.status_code == expected(persona, visibility), response.content
    if response.status_code == 200:
        body = response.json()
        if suffix:
            assert body["count"] == 1
            assert [t["id"] for t in body["items"]] == [world.tasks[visibility].pk]
        else:
            assert body["id"] == plan.pk


@pytest.mark.parametrize("visibility", VISIBILITIES)
@pytest.mark.parametrize("persona", PERSONAS)
def test_task_detail_follows_the_page_permissions(client, world, persona, visibility):
    task = world.tasks[visibility]
    response = client_for(client, getattr(world, persona)).get(f"{API}/tasks/{task.pk}")
    assert response.status_code == expected(persona, visibility), response.content
    if response.status_code == 200:
        assert response.json()["id"] == task.pk


@pytest.mark.parametrize(
    ("persona", "visible"),
    [
        ("officer_a", VISIBILITIES),
        ("officer_b", [Visibility.PUBLIC, Visibility.INTERNAL]),
        ("coordinator", VISIBILITIES),
        ("leader", VISIBILITIES),
    ],
)
def test_plan_list_shows_only_visible_plans(client, world, persona, visible):
    response = client_for(client, getattr(world, persona)).get(f"{API}/plans")
    assert response.status_code == 200
    body = response.json()
    assert body["count"] == len(visible)
    assert {p["id"] for p in body["items"]} == {world.plans[v].pk for v in visible}


def test_plan_list_rejects_anonymous(client, world):
    response = client.get(f"{API}/plans")
    assert response.status_code == 401
    assert response.json()["detail"]
    assert response["WWW-Authenticate"].startswith("Bearer")


def test_public_plans_are_not_public_through_the_api(client, world):
    plan = world.plans[Visibility.PUBLIC]
    assert client.get(f"{API}/plans/{plan.pk}").status_code == 401


@pytest.mark.parametrize("path", ["/plans/{id}", "/plans/{id}/tasks", "/tasks/{id}"])
@pytest.mark.parametrize("bad_id", [999_999, 2**63, 2**70])
def test_unknown_ids_give_404(client, world, path, bad_id):
    response = client_for(client, world.coordinator).get(API + path.format(id=bad_id))
    assert response.status_code == 404
    assert response.json()["detail"]


def test_restricted_and_unknown_plans_give_the_same_answer(client, world):
    client.force_login(world.officer_b)
    hidden = client.get(f"{API}/plans/{world.plans[Visibility.RESTRICTED].pk}")
    missing = client.get(f"{API}/plans/999999")
    assert hidden.status_code == missing.status_code == 404
    assert hidden.json() == missing.json()


@pytest.mark.parametrize("path", ["/plans/abc", "/tasks/1.5", "/plans/abc/tasks"])
def test_ids_in_paths_are_integers(client, world, path):
    response = client_for(client, world.coordinator).get(API + path)
    assert response.status_code == 422
    assert response.json()["errors"]


# --- content ------------------------------------------------------------------------------------


def test_plan_list_item_has_the_contract_fields(client, world):
    plan = world.plans[Visibility.INTERNAL]
    client.force_login(world.officer_a)
    item = next(p for p in client.get(f"{API}/plans").json()["items"] if p["id"] == plan.pk)
    assert item == {
        "id": plan.pk,
        "number": "11/KH-UBND",
        "title": plan.title,
        "issued_date": None,
        "period": {"from_year": 2025, "to_year": 2025},
        "level": "province",
        "status": "in_progress",
        "visibility": "internal",
        "public_shows": "status",
        "issuer": None,
        "task_count": 1,
        "url": f"/plans/{plan.pk}/",
    }


def test_plan_list_filters_by_number_year_status_level_and_search(client, world):
    other = make_plan(
        world.coordinator,
        title="Kế hoạch quảng bá du lịch",
        number="12773/KH-UBND",
        period_start=2021,
        period_end=2023,
        level="commune",
        issued_date=datetime.date(2021, 3, 2),
        issuer=world.agency_b,
    )
    client.force_login(world.leader)

    def ids(query: str) -> set[int]:
        response = client.get(f"{API}/plans?{query}")
        assert response.status_code == 200, response.content
        return {p["id"] for p in response.json()["items"]}

    assert ids("number=12773/KH-UBND") == {other.pk}
    assert ids("number=12773%2Fkh-ubnd") == {other.pk}
    assert ids("year=2022") == {other.pk}
    assert ids("year=2025") == {p.pk for p in world.plans.values()}
    assert ids("year=2024") == set()
    assert ids("level=commune") == {other.pk}
    assert ids("status=draft") == {other.pk}
    assert ids("status=in_progress") == {p.pk for p in world.plans.values()}
    assert ids("status=closed") == set()
    assert ids("q=quang ba du lich") == {other.pk}
    assert ids("q=Quảng bá") == {other.pk}
    item = client.get(f"{API}/plans?number=12773/KH-UBND").json()["items"][0]
    assert item["issued_date"] == "2021-03-02"
    assert item["period"] == {"from_year": 2021, "to_year": 2023}
    assert item["issuer"] == {
        "agency_id": world.agency_b.pk,
        "name": world.agency_b.name,
        "as_written": world.agency_b.name,
    }


@pytest.mark.parametrize(
    ("query", "field"),
    [
        ("status=late", "status"),
        ("level=galaxy", "level"),
        ("year=abc", "year"),
        ("year=1800", "year"),
    ],
)
def test_plan_list_rejects_invalid_filters(client, world, query, field):
    response = client_for(client, world.leader).get(f"{API}/plans?{query}")
    assert response.status_code == 422
    assert field in response.json()["errors"]


def test_plan_list_is_paginated(client, world):
    client.force_login(world.leader)
    body = client.get(f"{API}/plans?limit=2").json()
    assert body["count"] == 3
    assert len(body["items"]) == 2
    rest = client.get(f"{API}/plans?limit=2&offset=2").json()
    assert len(rest["items"]) == 1
    assert {p["id"] for p in body["items"] + rest["items"]} == {p.pk for p in world.plans.values()}
    assert client.get(f"{API}/plans?limit=201").status_code == 422
    assert client.get(f"{API}/plans?limit=200").status_code == 200


def test_plan_list_default_page_is_50(client, world):
    for n in range(52):
        Plan.objects.create(
            title=f"Plan {n}", period_start=2025, period_end=2025, visibility=Visibility.PUBLIC
        )
    body = client_for(client, world.leader).get(f"{API}/plans").json()
    assert body["count"] == 55
    assert len(body["items"]) == 50


def test_plan_detail_has_legal_bases_and_sections(client, world):
    plan = make_plan(
        world.coordinator,
        number="99/KH-UBND",
        legal_bases=["Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ"],
        sections=[
            SectionData(heading="Mục đích, yêu cầu", body="Nâng cao hiệu quả", kind="purpose")
        ],
        summary="Tóm tắt",
    )
    body = client_for(client, world.officer_b).get(f"{API}/plans/{plan.pk}").json()
    assert body["legal_bases"] == [
        {
            "identifier": "72/2015/NĐ-CP",
            "kind": "decree",
            "issued_date": "2015-09-07",
            "as_written": "Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ",
        }
    ]
    assert body["sections"] == [
        {"kind": "purpose", "heading": "Mục đích, yêu cầu", "body": "Nâng cao hiệu quả"}
    ]
    assert body["summary"] == "Tóm tắt"
    assert body["task_count"] == 0
    assert body["url"] == f"/plans/{plan.pk}/"


def test_plan_tasks_have_assignments_timeframe_and_effective_status(client, world, frozen_today):
    plan = make_plan(
        world.coordinator,
        tasks=[
            TaskData(
                text="Đã trễ", timeframe_text="Quý I", leads=[AgencyRef(agency=world.agency_a)]
            ),
            TaskData(
                text="Còn hạn", timeframe_text="Quý IV", leads=[AgencyRef(as_written="UBND các xã")]
            ),
            TaskData(
                text="Không hiểu",
                timeframe_text="khi nào xong",
                leads=[AgencyRef(agency=world.agency_a)],
            ),
        ],
    )
    client.force_login(world.officer_a)
    late, open_, flagged = client.get(f"{API}/plans/{plan.pk}/tasks").json()["items"]
    assert late["status"] == "late"
    assert late["next_deadline"] == "2025-03-31"
    assert late["timeframe"] == {
        "as_written": "Quý I",
        "deadlines": ["2025-03-31"],
        "recurrence": "",
        "needs_review": False,
    }
    assert late["lead"] == [
        {"agency_id": world.agency_a.pk, "name": world.agency_a.name, "as_written": ""}
    ]
    assert late["url"] == f"/tasks/{late['id']}/"
    assert open_["status"] == "not_started"
    assert open_["lead"] == [
        {"agency_id": None, "name": "UBND các xã", "as_written": "UBND các xã"}
    ]
    assert flagged["timeframe"]["needs_review"] is True
    assert flagged["timeframe"]["deadlines"] == []


def test_task_fields(client, world):
    task = world.tasks[Visibility.INTERNAL]
    client.force_login(world.officer_a)
    body = client.get(f"{API}/tasks/{task.pk}").json()
    assert body["plan"] == {
        "id": task.plan_id,
        "number": task.plan.number,
        "title": task.plan.title,
        "url": f"/plans/{task.plan_id}/",
    }
    assert body["lead"] == [
        {"agency_id": world.agency_a.pk, "name": world.agency_a.name, "as_written": "Sở TT&TT"}
    ]
    assert body["coordinating"] == [
        {"agency_id": world.agency_c.pk, "name": "Công an tỉnh", "as_written": "Công an tỉnh"},
        {"agency_id": None, "name": "các xã", "as_written": "các xã"},
    ]
    assert body["timeframe"]["deadlines"] == ["2025-09-30"]
    assert body["next_deadline"] == "2025-09-30"
    assert body["status"] == "not_started"
    assert body["percent"] == 0
    assert body["reporting_agency_ids"] == [world.agency_a.pk]
    client.force_login(world.officer_b)
    assert client.get(f"{API}/tasks/{task.pk}").json()["reporting_agency_ids"] == []


def _tasks_query_count(client, plan) -> int:
    with CaptureQueriesContext(connection) as ctx:
        response = client.get(f"{API}/plans/{plan.pk}/tasks")
    assert response.status_code == 200
    return len(ctx.captured_queries)


def test_plan_tasks_query_count_does_not_grow_with_tasks(
    client, world, django_assert_max_num_queries
):
    def data(n: int) -> list[TaskData]:
        return [
            TaskData(
                text=f"Nhiệm vụ {i}",
                timeframe_text="Hàng quý",
                leads=[AgencyRef(agency=world.agency_a)],
                coordinating=[AgencyRef(agency=world.agency_b), AgencyRef(as_written="các xã")],
            )
            for i in range(n)
        ]

    small = make_plan(world.coordinator, tasks=data(2))
    big = make_plan(world.coordinator, tasks=data(15))
    client.force_login(world.officer_a)
    assert _tasks_query_count(client, small) == _tasks_query_count(client, big)
    with django_assert_max_num_queries(10):  # 8, the page's count, the agencies by id
        response = client.get(f"{API}/plans/{big.pk}/tasks")
    assert len(response.json()["items"]) == 15


def test_plan_tasks_come_a_page_at_a_time_in_annex_order(client, world):
    # A national plan's annex can hold thousands of tasks: the list is paged like every
    # other (limit 1-200), in the annex's order, so pages never overlap or skip.
    plan = make_plan(
        world.coordinator,
        tasks=[
            TaskData(text=f"Nhiệm vụ {i}", leads=[AgencyRef(agency=world.agency_a)])
            for i in range(7)
        ],
    )
    client.force_login(world.officer_a)
    url = f"{API}/plans/{plan.pk}/tasks"
    pages = [client.get(url, {"limit": 3, "offset": o}).json() for o in (0, 3, 6)]
    assert [p["count"] for p in pages] == [7, 7, 7]
    texts = [t["text"] for p in pages for t in p["items"]]
    assert texts == [f"Nhiệm vụ {i}" for i in range(7)]
    assert client.get(url, {"limit": 201}).status_code == 422


def test_plan_list_query_count_does_not_grow_with_plans(
    client, world, django_assert_max_num_queries
):
    for n in range(10):
        make_plan(
            world.coordinator, number=f"{n}/KH", issuer=world.agency_b, status=PlanStatus.DRAFT
        )
    client.force_login(world.officer_a)
    with django_assert_max_num_queries(6):
        response = client.get(f"{API}/plans")
    assert response.json()["count"] == 13


# --- authentication details --------------------------------------------------------------------


def test_session_reads_need_no_csrf_token(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.officer_a)
    assert client.get(f"{API}/plans").status_code == 200


def test_errors_are_translated(client, world):
    client.force_login(world.officer_b)
    hidden = world.plans[Visibility.RESTRICTED].pk
    english = client.get(f"{API}/plans/{hidden}", headers={"accept-language": "en"}).json()[
        "detail"
    ]
    vietnamese = client.get(f"{API}/plans/{hidden}", headers={"accept-language": "vi"}).json()[
        "detail"
    ]
    assert english == "No such plan."
    assert vietnamese and vietnamese != english


@pytest.mark.parametrize(
    ("exc", "status", "errors"),
    [
        (PermissionDenied("Not yours."), 403, None),
        (Http404("No such thing."), 404, None),
        (ConflictError(), 409, None),
        (ValidationError("Wrong."), 422, {"__all__": ["Wrong."]}),
        (ValidationError({"percent": "Too much."}), 422, {"percent": ["Too much."]}),
    ],
)
def test_exceptions_map_to_status_codes(rf, exc, status, errors):
    response = api.on_exception(rf.get("/api/v1/plans"), exc)
    assert response.status_code == status
    body = json.loads(response.content)
    assert body["detail"]
    assert body.get("errors") == errors


# --- OpenAPI ------------------------------------------------------------------------------------------

CONTRACT_PATHS = {
    "/api/v1/plans": {"get"},
    "/api/v1/plans/{plan_id}": {"get"},
    "/api/v1/plans/{plan_id}/tasks": {"get"},
    "/api/v1/tasks/{task_id}": {"get"},
    "/api/v1/tasks/{task_id}/progress": {"get", "post"},
    "/api/v1/agencies": {"get"},
    "/api/v1/agencies/resolve": {"get"},
    "/api/v1/agencies/{agency_id}": {"get"},
}


def test_openapi_schema_lists_the_contract_paths(client, db):
    response = client.get(f"{API}/openapi.json")
    assert response.status_code == 200
    schema = json.loads(response.content)
    assert schema["info"]["title"] == "ttdn API"
    assert schema["info"]["version"] == "1"
    for path, methods in CONTRACT_PATHS.items():
        assert path in schema["paths"], path
        assert methods <= set(schema["paths"][path]), path
    schemes = schema["components"]["securitySchemes"]
    assert {"type": "http", "scheme": "bearer"} in schemes.values()
    for path, operations in schema["paths"].items():
        for operation in operations.values():
            assert operation["security"], f"{path} must require authentication"
    params = {p["name"]: p for p in schema["paths"]["/api/v1/plans/{plan_id}"]["get"]["parameters"]}
    assert params["plan_id"]["schema"]["type"] == "integer"


def test_docs_page_is_served(client, db):
    assert client.get(f"{API}/docs").status_code == 200
