import socket

import pytest
from django.contrib.sessions.models import Session
from django.db import OperationalError, connection, connections
from django.test import Client

pytestmark = pytest.mark.urls("ttdn.core.tests.urls_healthz")


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def unreachable_connection(tmp_path):
    """A real database connection of the test engine that cannot connect."""
    settings_dict = {**connection.settings_dict, "OPTIONS": {**connection.settings_dict["OPTIONS"]}}
    if connection.vendor == "sqlite":
        settings_dict["NAME"] = str(tmp_path / "missing-directory" / "db.sqlite3")
        settings_dict["OPTIONS"].pop("init_command", None)
    else:
        settings_dict.update(HOST="127.0.0.1", PORT=str(_closed_port()))
        settings_dict["OPTIONS"]["connect_timeout"] = 2
    broken = type(connections["default"])(settings_dict, alias="healthz_broken")
    yield broken
    broken.close()


@pytest.mark.django_db
def test_it_answers_ok_after_a_database_round_trip(client, django_assert_num_queries):
    with django_assert_num_queries(1) as captured:
        response = client.get("/healthz")

    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert captured.captured_queries[0]["sql"] == "SELECT 1"


@pytest.mark.django_db
def test_it_needs_no_login_and_sets_no_cookie(client):
    response = client.get("/healthz")

    assert response.status_code == 200
    assert response.cookies == {}
    assert "Set-Cookie" not in response.headers
    assert not Session.objects.exists()


@pytest.mark.django_db
def test_it_forbids_caching(client):
    response = client.get("/healthz")

    assert "no-store" in response.headers["Cache-Control"]


@pytest.mark.django_db
def test_it_answers_head(client):
    response = client.head("/healthz")

    assert response.status_code == 200
    assert response.content == b""


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete", "options"])
def test_it_rejects_other_methods(method):
    client = Client(enforce_csrf_checks=True)  # 405 even where CSRF would apply

    response = getattr(client, method)("/healthz")

    assert response.status_code == 405
    assert set(response.headers["Allow"].replace(" ", "").split(",")) == {"GET", "HEAD"}


@pytest.mark.django_db
def test_it_answers_503_when_the_database_fails(client, monkeypatch):
    def failing_cursor(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(connections["default"], "cursor", failing_cursor)

    response = client.get("/healthz")

    assert response.status_code == 503
    assert response.json() == {
        "status": "error",
        "database": "error",
        "reason": "OperationalError: server closed the connection unexpectedly",
    }
    assert "no-store" in response.headers["Cache-Control"]


@pytest.mark.django_db
def test_it_answers_503_when_the_database_is_unreachable(
    client, monkeypatch, unreachable_connection
):
    monkeypatch.setattr("ttdn.core.views.connection", unreachable_connection)

    response = client.get("/healthz")

    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "error"
    assert body["database"] == "error"
    assert body["reason"].startswith("OperationalError: ")


@pytest.mark.django_db
def test_it_cuts_the_reason_to_200_characters(client, monkeypatch):
    def failing_cursor(*args, **kwargs):
        raise OperationalError("x" * 500)

    monkeypatch.setattr(connections["default"], "cursor", failing_cursor)

    response = client.get("/healthz")

    assert response.status_code == 503
    assert len(response.json()["reason"]) == 200
