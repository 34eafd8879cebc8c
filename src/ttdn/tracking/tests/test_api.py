"""The progress API: GET and POST /api/v1/tasks/{id}/progress."""

import datetime

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.middleware.csrf import CSRF_SECRET_LENGTH
from django.test import Client

from ttdn.accounts.models import Membership
from ttdn.audit.models import AuditEntry
from ttdn.audit.selectors import history_for
from ttdn.plans.models import Task, TaskStatus, Visibility
from ttdn.plans.tests import test_api as plans_api
from ttdn.tracking.models import Evidence, ProgressUpdate
from ttdn.tracking.services import progress_submit

# The personas and plans of the plans API tests (see ttdn.plans.tests.test_api).
API, PERSONAS, VISIBILITIES = plans_api.API, plans_api.PERSONAS, plans_api.VISIBILITIES
client_for, expected = plans_api.client_for, plans_api.expected
world, frozen_today = plans_api.world, plans_api.frozen_today

REPORT = {
    "status": "in_progress",
    "percent": 40,
    "narrative": "Đã đăng 12 tin bài",
    "figures": {"articles": 12},
}


def progress_url(task: Task) -> str:
    return f"{API}/tasks/{task.pk}/progress"


def post(client, task: Task, data: dict, **kwargs):
    return client.post(progress_url(task), data, content_type="application/json", **kwargs)


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


# --- permission matrix ----------------------------------------------------------------------------


@pytest.mark.parametrize("visibility", VISIBILITIES)
@pytest.mark.parametrize("persona", PERSONAS)
def test_reading_progress_follows_the_page_permissions(client, world, persona, visibility):
    task = world.tasks[visibility]
    progress_submit(
        actor=world.officer_a,
        task=task,
        agency=world.agency_a,
        status="in_progress",
        percent=10,
        narrative="Bắt đầu",
    )
    response = client_for(client, getattr(world, persona)).get(progress_url(task))
    assert response.status_code == expected(persona, visibility), response.content
    if response.status_code == 200:
        assert [u["narrative"] for u in response.json()["items"]] == ["Bắt đầu"]


def expected_post(persona: str, visibility: str) -> int:
    if persona == "anonymous":
        return 401
    if persona == "officer_b" and visibility == Visibility.RESTRICTED:
        return 404  # cannot see the task at all
    if persona == "officer_a":
        return 201
    return 403  # may see the task, but no agency of theirs is assigned to it


@pytest.mark.parametrize("visibility", VISIBILITIES)
@pytest.mark.parametrize("persona", PERSONAS)
def test_reporting_progress_follows_the_page_permissions(client, world, persona, visibility):
    task = world.tasks[visibility]
    status = expected_post(persona, visibility)
    response = post(client_for(client, getattr(world, persona)), task, REPORT)
    assert response.status_code == status, response.content
    if status == 201:
        assert ProgressUpdate.objects.filter(task=task).count() == 1
        assert response.json()["agency"] == {"id": world.agency_a.pk, "name": world.agency_a.name}
    else:
        assert ProgressUpdate.objects.count() == 0
        assert not AuditEntry.objects.filter(action="progress.submitted").exists()
        assert response.json()["detail"]


def test_an_officer_cannot_report_for_another_agencys_task(client, world):
    task = world.tasks[Visibility.PUBLIC]
    client.force_login(world.officer_b)
    response = post(client, task, {**REPORT, "agency_id": world.agency_b.pk})
    assert response.status_code == 403
    response = post(client, task, {**REPORT, "agency_id": world.agency_a.pk})
    assert response.status_code == 403
    assert ProgressUpdate.objects.count() == 0
    task.refresh_from_db()
    assert task.status == TaskStatus.NOT_STARTED


@pytest.mark.parametrize("agency_id", [999_999, -1])
def test_an_unknown_reporting_agency_is_refused_like_someone_elses(client, world, agency_id):
    client.force_login(world.officer_a)
    response = post(client, world.tasks[Visibility.PUBLIC], {**REPORT, "agency_id": agency_id})
    assert response.status_code == 403
    assert ProgressUpdate.objects.count() == 0


def test_posting_to_an_unknown_task_gives_404(client, world):
    client.force_login(world.officer_a)
    response = client.post(f"{API}/tasks/999999/progress", REPORT, content_type="application/json")
    assert response.status_code == 404
    assert ProgressUpdate.objects.count() == 0


# --- reporting ---------------------------------------------------------------------------------------


def test_report_is_created_and_task_status_derived(client, world):
    task = world.tasks[Visibility.INTERNAL]
    client.force_login(world.officer_a)
    response = post(
        client,
        task,
        {
            **REPORT,
            "agency_id": world.agency_a.pk,
            "period_end": "2025-09-30",
            "links": ["https://baochinhphu.vn/bai-viet-1.htm"],
        },
    )
    assert response.status_code == 201, response.content
    body = response.json()
    update = ProgressUpdate.objects.get()
    assert body["id"] == update.pk
    assert body["task_id"] == task.pk
    assert body["status"] == "in_progress"
    assert body["percent"] == 40
    assert body["figures"] == {"articles": 12}
    assert body["period_end"] == "2025-09-30"
    assert body["submitted_by"] == "Officer_A"
    assert body["review_state"] == "submitted"
    assert body["evidence"] == [
        {
            "title": "https://baochinhphu.vn/bai-viet-1.htm",
            "url": "https://baochinhphu.vn/bai-viet-1.htm",
        }
    ]
    assert update.submitted_by == world.officer_a
    task.refresh_from_db()
    assert (task.status, task.percent) == (TaskStatus.IN_PROGRESS, 40)
    assert history_for(task).filter(action="progress.submitted").count() == 1


def test_period_end_defaults_to_the_next_deadline(client, world):
    client.force_login(world.officer_a)
    response = post(client, world.tasks[Visibility.PUBLIC], REPORT)
    assert response.json()["period_end"] == "2025-09-30"


def test_agency_is_required_when_the_user_reports_for_several(client, world, make_user):
    both = make_user("both", agencies=[world.agency_a, world.agency_c])
    task = world.tasks[Visibility.PUBLIC]  # led by A, coordinated by C
    client.force_login(both)
    response = post(client, task, REPORT)
    assert response.status_code == 422
    assert list(response.json()["errors"]) == ["agency_id"]
    assert ProgressUpdate.objects.count() == 0
    response = post(client, task, {**REPORT, "agency_id": world.agency_c.pk})
    assert response.status_code == 201
    assert response.json()["agency"]["id"] == world.agency_c.pk


def test_a_member_of_an_unrelated_agency_too_needs_no_agency_id(client, world):
    Membership.objects.create(user=world.officer_a, agency=world.agency_b)
    client.force_login(world.officer_a)
    response = post(client, world.tasks[Visibility.PUBLIC], REPORT)
    assert response.status_code == 201
    assert response.json()["agency"]["id"] == world.agency_a.pk


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"percent": 101}, "percent"),
        ({"percent": -1}, "percent"),
        ({"percent": "lots"}, "percent"),
        ({"status": "late"}, "status"),
        ({"status": None}, "status"),
        ({"narrative": "   "}, "narrative"),
        ({"narrative": None}, "narrative"),
        ({"figures": [1, 2]}, "figures"),
        # The figures rule is the service's, the same for the form and the API.
        ({"figures": {"articles": {"nested": 1}}}, "figures"),
        ({"figures": {"articles": True}}, "figures"),
        ({"figures": {"articles": "12"}}, "figures"),
        ({"figures": {"x" * 101: 1}}, "figures"),
        ({"figures": {f"figure {i}": i for i in range(51)}}, "figures"),
        ({"links": [f"https://example.org/{i}" for i in range(11)]}, "links"),
        ({"period_end": "31/12/2025"}, "period_end"),
        ({"period_end": "2031-12-31"}, "period_end"),  # outside the plan's period (service rule)
        ({"links": ["javascript:alert(1)"]}, "links"),  # service rule
        ({"links": "https://example.org"}, "links"),
        ({"links": [1]}, "links"),
        ({"agency_id": "A"}, "agency_id"),
        # Strict types: JSON true is not 1, a datetime is not a date, 40.0 is not 40.
        ({"percent": True}, "percent"),
        ({"percent": 40.0}, "percent"),
        ({"percent": "40"}, "percent"),
        ({"agency_id": True}, "agency_id"),
        ({"period_end": "2025-09-30T00:00:00"}, "period_end"),
        ({"period_end": "2025-09-30T00:00:00Z"}, "period_end"),
        ({"period_end": 20250930}, "period_end"),
    ],
)
def test_invalid_input_gives_422_with_field_errors(client, world, change, field):
    client.force_login(world.officer_a)
    response = post(client, world.tasks[Visibility.PUBLIC], {**REPORT, **change})
    assert response.status_code == 422, response.content
    body = response.json()
    assert body["detail"]
    assert field in body["errors"], body
    assert all(isinstance(m, str) and m for m in body["errors"][field])
    assert ProgressUpdate.objects.count() == 0


@pytest.mark.parametrize("number", ["NaN", "Infinity", "1e999"])
def test_figures_that_are_not_finite_numbers_are_refused(client, world, number):
    client.force_login(world.officer_a)
    body = '{"status": "in_progress", "percent": 10, "narrative": "x", "figures": {"a": %s}}'
    response = client.post(
        progress_url(world.tasks[Visibility.PUBLIC]),
        body % number,
        content_type="application/json",
    )
    assert response.status_code == 422, response.content
    assert "figures" in response.json()["errors"]
    assert ProgressUpdate.objects.count() == 0


@pytest.mark.parametrize("depth", [40, 1_000, 100_000])
@pytest.mark.parametrize("field", ["figures", "links", "narrative"])
def test_deeply_nested_bodies_are_refused_with_422(client, world, field, depth):
    client.force_login(world.officer_a)
    nested = "[" * depth + "]" * depth
    body = '{"status": "in_progress", "percent": 10, "narrative": "x", "%s": %s}'
    response = client.post(
        progress_url(world.tasks[Visibility.PUBLIC]),
        body % (field, nested),
        content_type="application/json",
        headers={"accept-language": "en"},
    )
    assert response.status_code == 422, response.content
    assert response.json()["errors"] == {
        "__all__": ["The data is nested too deeply (at most 32 levels)."]
    }
    assert ProgressUpdate.objects.count() == 0


@pytest.mark.parametrize(
    ("fragment", "field", "message"),
    [
        ('"narrative": "a\\u0000b"', "narrative", "Null characters are not allowed."),
        ('"figures": {"a\\u0000": 1}', "figures", "Null characters are not allowed."),
        ('"links": ["https://example.org/\\u0000"]', "links", "Null characters are not allowed."),
        ('"narrative": "\\ud800"', "narrative", "Enter a valid value."),
        ('"figures": {"\\udfff": 1}', "figures", "Enter a valid value."),
    ],
)
def test_text_no_database_can_store_is_refused_with_422(client, world, fragment, field, message):
    """NUL bytes (PostgreSQL refuses them) and lone surrogates (not Unicode): a 500 before."""
    client.force_login(world.officer_a)
    body = '{"status": "in_progress", "percent": 10, "narrative": "x", ' + fragment + "}"
    response = client.post(
        progress_url(world.tasks[Visibility.PUBLIC]),
        body,
        content_type="application/json",
        headers={"accept-language": "en"},
    )
    assert response.status_code == 422, response.content
    assert response.json()["errors"] == {field: [message]}
    assert ProgressUpdate.objects.count() == 0


def test_a_body_nested_as_deep_as_allowed_reaches_the_service(client, world):
    client.force_login(world.officer_a)
    nested = "[" * 30 + "1" + "]" * 30  # 32 levels with the body and figures
    body = '{"status": "in_progress", "percent": 10, "narrative": "x", "figures": {"a": %s}}'
    response = client.post(
        progress_url(world.tasks[Visibility.PUBLIC]),
        body % nested,
        content_type="application/json",
        headers={"accept-language": "en"},
    )
    assert response.status_code == 422, response.content
    assert response.json()["errors"] == {"figures": ["“a” is not a number."]}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"links": [f"https://example.org/{i}" for i in range(11)]}, "Give at most 10 links."),
        ({"figures": {f"f{i}": i for i in range(51)}}, "At most 50 figures."),
        (
            {"figures": {"x" * 101: 1}},
            "A figure needs a name of at most 100 characters.",
        ),
    ],
)
def test_report_limits_are_the_services_with_its_messages(client, world, change, message):
    """The API does not restate the limits: the form and the API answer the same."""
    client.force_login(world.officer_a)
    response = post(
        client,
        world.tasks[Visibility.PUBLIC],
        {**REPORT, **change},
        headers={"accept-language": "en"},
    )
    assert response.status_code == 422, response.content
    (field,) = change
    assert response.json()["errors"] == {field: [message]}


def test_the_schema_states_the_services_report_limits(client, db):
    from ttdn.attachments.services import MAX_LINK_CHARS
    from ttdn.tracking.services import (
        MAX_FIGURE_MAGNITUDE,
        MAX_FIGURE_NAME_CHARS,
        MAX_FIGURES,
        MAX_LINKS,
        MAX_NARRATIVE_CHARS,
    )

    schema = client.get(f"{API}/openapi.json").json()
    fields = schema["components"]["schemas"]["ProgressIn"]["properties"]
    assert fields["figures"]["maxProperties"] == MAX_FIGURES
    assert fields["figures"]["propertyNames"]["maxLength"] == MAX_FIGURE_NAME_CHARS
    assert fields["figures"]["additionalProperties"] == {
        "type": "number",
        "exclusiveMinimum": -MAX_FIGURE_MAGNITUDE,
        "exclusiveMaximum": MAX_FIGURE_MAGNITUDE,
    }
    assert fields["links"]["maxItems"] == MAX_LINKS
    assert fields["links"]["items"]["maxLength"] == MAX_LINK_CHARS
    assert fields["narrative"]["maxLength"] == MAX_NARRATIVE_CHARS
    assert fields["percent"] == {
        "maximum": 100,
        "minimum": 0,
        "title": "Percent",
        "type": "integer",
    }


def test_a_missing_field_is_reported_by_name(client, world):
    client.force_login(world.officer_a)
    response = post(
        client,
        world.tasks[Visibility.PUBLIC],
        {"status": "done"},
        headers={"accept-language": "en"},
    )
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert set(errors) == {"percent", "narrative"}
    assert errors["percent"] == ["This field is required."]


def test_a_body_that_is_not_json_gives_400(client, world):
    client.force_login(world.officer_a)
    response = client.post(
        progress_url(world.tasks[Visibility.PUBLIC]), "{not json", content_type="application/json"
    )
    assert response.status_code == 400
    assert "JSON" in response.json()["detail"]
    assert ProgressUpdate.objects.count() == 0


def test_validation_messages_are_translated(client, world):
    client.force_login(world.officer_a)
    task = world.tasks[Visibility.PUBLIC]

    def message(language: str) -> str:
        body = {**REPORT, "percent": 101}
        response = post(client, task, body, headers={"accept-language": language})
        [text] = response.json()["errors"]["percent"]
        return text

    assert message("en") == "Ensure this value is less than or equal to 100."
    vietnamese = message("vi")
    assert vietnamese != message("en")
    assert "100" in vietnamese


def test_done_means_100_percent(client, world):
    client.force_login(world.officer_a)
    response = post(
        client, world.tasks[Visibility.PUBLIC], {**REPORT, "status": "done", "percent": 80}
    )
    assert response.status_code == 201
    assert response.json()["percent"] == 100


# --- session and CSRF -----------------------------------------------------------------------------------


def test_session_writes_need_a_csrf_token(world):
    client = Client(enforce_csrf_checks=True)
    client.force_login(world.officer_a)
    task = world.tasks[Visibility.PUBLIC]
    response = post(client, task, REPORT)
    assert response.status_code == 403
    assert ProgressUpdate.objects.count() == 0

    secret = "a" * CSRF_SECRET_LENGTH
    client.cookies["csrftoken"] = secret
    response = post(client, task, REPORT, headers={"x-csrftoken": secret})
    assert response.status_code == 201, response.content


def test_anonymous_writes_get_401_not_a_csrf_error(world):
    response = post(Client(enforce_csrf_checks=True), world.tasks[Visibility.PUBLIC], REPORT)
    assert response.status_code == 401


# --- listing ---------------------------------------------------------------------------------------------


def test_updates_are_listed_newest_first_with_evidence(client, world, frozen_today):
    task = world.tasks[Visibility.INTERNAL]
    first = progress_submit(
        actor=world.officer_a,
        task=task,
        agency=world.agency_a,
        status="in_progress",
        percent=30,
        narrative="Đợt 1",
        files=[SimpleUploadedFile("bao-cao.pdf", b"%PDF-1.4 test", content_type="application/pdf")],
        links=["https://example.org/bai-1"],
    )
    with time_machine.travel(datetime.datetime(2025, 6, 16, tzinfo=datetime.UTC), tick=False):
        second = progress_submit(
            actor=world.officer_a,
            task=task,
            agency=world.agency_a,
            status="in_progress",
            percent=60,
            narrative="Đợt 2",
        )
    client.force_login(world.officer_b)
    body = client.get(progress_url(task)).json()["items"]
    assert [u["id"] for u in body] == [second.pk, first.pk]
    file_evidence = Evidence.objects.get(update=first, url="")
    assert sorted(body[1]["evidence"], key=lambda e: e["title"]) == [
        {"title": "bao-cao.pdf", "url": f"/evidence/{file_evidence.pk}/"},
        {"title": "https://example.org/bai-1", "url": "https://example.org/bai-1"},
    ]
    assert body[0]["evidence"] == []


def test_progress_list_query_count_does_not_grow(client, world, django_assert_max_num_queries):
    task = world.tasks[Visibility.PUBLIC]
    for n in range(8):
        progress_submit(
            actor=world.officer_a,
            task=task,
            agency=world.agency_a,
            status="in_progress",
            percent=n,
            narrative=f"Đợt {n}",
            links=[f"https://example.org/{n}"],
        )
    client.force_login(world.officer_a)
    with django_assert_max_num_queries(8):
        response = client.get(progress_url(task))
    assert len(response.json()["items"]) == 8
