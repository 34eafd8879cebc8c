"""The API of report requests and agencies' reports."""

import datetime

import pytest
import time_machine

from ttdn.audit.models import AuditEntry
from ttdn.directory.models import Agency
from ttdn.submissions.models import SubmissionState

API = "/api/v1"


@pytest.fixture
def officer_c(make_user):
    agency = Agency.objects.create(name="Công an tỉnh Đồng Nai")
    return make_user("officer_c", "officer", agencies=[agency])


def as_user(client, user):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client


def put(client, url, data):
    return client.put(url, data, content_type="application/json")


def post(client, url, data):
    return client.post(url, data, content_type="application/json")


@pytest.mark.parametrize(
    ("who", "status", "count"),
    [
        (None, 401, None),
        ("coordinator", 200, 1),
        ("officer_a", 200, 1),
        ("officer_c", 200, 0),
        ("leader", 200, 1),
    ],
)
def test_listing_requests(client, request, yearly_request, who, status, count):
    user = request.getfixturevalue(who) if who else None
    response = as_user(client, user).get(f"{API}/report-requests")
    assert response.status_code == status
    if status == 200:
        body = response.json()
        assert body["count"] == count
        if count:
            item = body["items"][0]
            assert (item["period_key"], item["deadline"]) == ("2024", "2024-11-05")
            assert [s["recipient"] for s in item["steps"]] == ["people_committee", "ministry"]


@pytest.mark.parametrize(
    ("who", "status"),
    [(None, 401), ("coordinator", 200), ("officer_a", 200), ("officer_c", 404), ("leader", 200)],
)
def test_getting_a_request(client, request, yearly_request, who, status):
    user = request.getfixturevalue(who) if who else None
    response = as_user(client, user).get(f"{API}/report-requests/{yearly_request.pk}")
    assert response.status_code == status


def test_an_officer_lists_only_their_agencys_report(client, officer_a, submission_a, submission_b):
    response = as_user(client, officer_a).get(
        f"{API}/report-requests/{submission_a.request_id}/submissions"
    )
    assert [s["agency"]["id"] for s in response.json()["items"]] == [submission_a.agency_id]
    assert response.json()["items"][0]["shown_state"] in ("not_started", "late")


@pytest.mark.parametrize(
    ("who", "status"),
    [
        (None, 401),
        ("coordinator", 403),
        ("officer_a", 200),
        ("officer_b", 404),
        ("officer_c", 404),
        ("leader", 403),
    ],
)
def test_writing_a_report(client, request, submission_a, who, status):
    user = request.getfixturevalue(who) if who else None
    response = put(
        as_user(client, user),
        f"{API}/report-submissions/{submission_a.pk}",
        {"version": 1, "results": "Kết quả", "figures": {"Số tin bài": 12}},
    )
    assert response.status_code == status, response.content
    if status == 200:
        assert response.json()["state"] == "draft"
        assert response.json()["figures"] == {"Số tin bài": 12}


def test_saving_and_handing_in_through_the_api(client, officer_a, coordinator, submission_a):
    with time_machine.travel(datetime.datetime(2024, 11, 6, 3, tzinfo=datetime.UTC)):
        response = put(
            as_user(client, officer_a),
            f"{API}/report-submissions/{submission_a.pk}",
            {"version": 1, "results": "Kết quả", "submit": True},
        )
    assert response.status_code == 200
    assert (response.json()["state"], response.json()["is_late"]) == ("submitted", True)
    review = f"{API}/report-submissions/{submission_a.pk}/review"
    assert post(as_user(client, officer_a), review, {"decision": "accept"}).status_code == 403
    response = post(as_user(client, coordinator), review, {"decision": "return"})
    assert response.status_code == 422 and "comment" in response.json()["errors"]
    response = post(client, review, {"decision": "return", "comment": "Bổ sung"})
    assert response.json()["state"] == "returned"
    submission_a.refresh_from_db()
    response = post(
        as_user(client, officer_a),
        f"{API}/report-submissions/{submission_a.pk}/submit",
        {"version": submission_a.version},
    )
    assert response.status_code == 200 and response.json()["state"] == "submitted"


def test_a_stale_version_is_a_conflict(client, officer_a, submission_a):
    url = f"{API}/report-submissions/{submission_a.pk}"
    as_user(client, officer_a)
    assert put(client, url, {"version": 1, "results": "Một"}).status_code == 200
    response = put(client, url, {"version": 1, "results": "Hai"})
    assert response.status_code == 409
    assert "Một cán bộ khác đã lưu báo cáo này" in response.json()["detail"]
    submission_a.refresh_from_db()
    assert submission_a.results == "Một"


def test_a_refused_hand_in_leaves_the_draft_unchanged(client, officer_a, submission_a):
    response = put(
        as_user(client, officer_a),
        f"{API}/report-submissions/{submission_a.pk}",
        {"version": 1, "results": "", "proposals": "Đề xuất", "submit": True},
    )
    assert response.status_code == 422 and "results" in response.json()["errors"]
    submission_a.refresh_from_db()
    assert (submission_a.state, submission_a.proposals) == (SubmissionState.NOT_STARTED, "")
    assert not AuditEntry.objects.filter(action__startswith="submissions.draft").exists()


@pytest.mark.parametrize(
    "body",
    [
        {"version": "1"},
        {"version": 1, "results": "x" * 20_001},
        {"version": 1, "figures": {"a": "many"}},
        {"version": 1, "links": ["javascript:alert(1)"]},
        {"version": 1, "task_notes": {"1": "y" * 2001}},
    ],
)
def test_bad_input_is_a_422(client, officer_a, submission_a, body):
    response = put(as_user(client, officer_a), f"{API}/report-submissions/{submission_a.pk}", body)
    assert response.status_code == 422, response.content


def test_the_schema_documents_the_operations(client, coordinator):
    schema = as_user(client, coordinator).get(f"{API}/openapi.json").json()
    operation = schema["paths"]["/api/v1/report-submissions/{submission_id}"]["put"]
    assert {"401", "403", "404", "409", "422"} <= set(operation["responses"])
