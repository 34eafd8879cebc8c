"""API tokens: the services, bearer authentication and ``ttdn create-token``."""

import datetime
import io

import pytest
import time_machine
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import CommandError, call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from ttdn.accounts.api_auth import api_token_touch
from ttdn.accounts.models import ApiToken, Role
from ttdn.accounts.services import api_token_create, api_token_revoke
from ttdn.audit.models import AuditEntry
from ttdn.core.tests.console import run_ttdn

URL = "/api/v1/plans"
NOW = datetime.datetime(2025, 6, 15, 9, 0, tzinfo=datetime.UTC)


@pytest.fixture
def alice(make_user):
    return make_user("alice", Role.COORDINATOR)


@pytest.fixture
def bob(make_user):
    return make_user("bob")


def bearer(raw: str) -> dict:
    return {"authorization": f"Bearer {raw}"}


# --- services ---------------------------------------------------------------------------------------


def test_create_stores_only_a_hash_and_a_prefix(alice):
    token, raw = api_token_create(user=alice, name="báo cáo tự động")
    assert raw.startswith("ttdn_")
    assert len(raw) > 40
    token.refresh_from_db()
    assert token.key_hash == ApiToken.hash(raw)
    assert raw.startswith(token.prefix)
    assert raw not in (token.prefix, token.key_hash, token.name)
    assert token.name == "báo cáo tự động"
    assert token.revoked_at is None


def test_create_is_audited_without_the_key(alice):
    token, raw = api_token_create(user=alice, name="ci")
    entry = AuditEntry.objects.get(action="api_token.created")
    assert entry.target_id == str(token.pk)
    assert raw not in str(entry.after) + str(entry.data) + entry.target_repr
    assert token.key_hash not in str(entry.after)


def test_each_token_is_different(alice):
    raws = {api_token_create(user=alice)[1] for _ in range(5)}
    assert len(raws) == 5


def test_no_token_for_an_inactive_user(alice):
    alice.is_active = False
    alice.save()
    with pytest.raises(ValidationError):
        api_token_create(user=alice)
    assert not ApiToken.objects.exists()


def test_revoke_by_owner_is_audited(alice):
    token, _raw = api_token_create(user=alice)
    api_token_revoke(actor=alice, token=token)
    assert token.revoked_at is not None
    assert (
        AuditEntry.objects.filter(action="api_token.revoked", target_id=str(token.pk)).count() == 1
    )
    api_token_revoke(actor=alice, token=token)  # twice is harmless and logged once
    assert AuditEntry.objects.filter(action="api_token.revoked").count() == 1


def test_nobody_else_may_revoke(alice, bob):
    token, _raw = api_token_create(user=alice)
    with pytest.raises(PermissionDenied):
        api_token_revoke(actor=bob, token=token)
    token.refresh_from_db()
    assert token.revoked_at is None


# --- bearer authentication -----------------------------------------------------------------------------


def test_a_valid_token_authenticates(client, alice):
    _token, raw = api_token_create(user=alice)
    response = client.get(URL, headers=bearer(raw))
    assert response.status_code == 200, response.content
    assert response.json() == {"items": [], "count": 0}


@pytest.mark.parametrize(
    "header",
    [
        "Bearer ttdn_wrong",
        "Bearer ",
        "Bearer",
        "bearer ttdn_x y",
        "Token abc",
        "Basic YWxpY2U6eA==",
    ],
)
def test_a_wrong_token_gives_401(client, alice, header):
    api_token_create(user=alice)
    response = client.get(URL, headers={"authorization": header})
    assert response.status_code == 401
    assert response.json()["detail"]


def test_the_hash_itself_is_not_a_token(client, alice):
    token, _raw = api_token_create(user=alice)
    assert client.get(URL, headers=bearer(token.key_hash)).status_code == 401


def test_a_revoked_token_gives_401(client, alice):
    token, raw = api_token_create(user=alice)
    assert client.get(URL, headers=bearer(raw)).status_code == 200
    api_token_revoke(actor=alice, token=token)
    assert client.get(URL, headers=bearer(raw)).status_code == 401


def test_a_token_of_a_deactivated_user_gives_401(client, alice):
    _token, raw = api_token_create(user=alice)
    alice.is_active = False
    alice.save()
    assert client.get(URL, headers=bearer(raw)).status_code == 401


def test_a_bad_token_does_not_fall_back_to_the_session(client, alice):
    client.force_login(alice)
    assert client.get(URL).status_code == 200
    assert client.get(URL, headers=bearer("ttdn_wrong")).status_code == 401


def test_the_token_acts_as_its_user(client, alice, bob):
    # bob, an officer, cannot report on anything; the request is his, not the session's.
    client.force_login(alice)
    _token, raw = api_token_create(user=bob)
    response = client.post(
        "/api/v1/tasks/1/progress",
        {"status": "done", "percent": 100, "narrative": "x"},
        content_type="application/json",
        headers=bearer(raw),
    )
    assert response.status_code == 404  # no such task for bob


def test_token_writes_need_no_csrf_token(alice):
    _token, raw = api_token_create(user=alice)
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/api/v1/tasks/999/progress",
        {"status": "done", "percent": 100, "narrative": "x"},
        content_type="application/json",
        headers=bearer(raw),
    )
    assert response.status_code == 404  # authenticated and past CSRF; the task does not exist


def test_last_used_is_written_at_most_once_a_minute(client, alice):
    token, raw = api_token_create(user=alice)
    with time_machine.travel(NOW, tick=False):
        client.get(URL, headers=bearer(raw))
        token.refresh_from_db()
        assert token.last_used_at == NOW
        with CaptureQueriesContext(connection) as ctx:
            client.get(URL, headers=bearer(raw))
        assert not [q for q in ctx.captured_queries if q["sql"].startswith("UPDATE")]
    with time_machine.travel(NOW + datetime.timedelta(seconds=59), tick=False):
        client.get(URL, headers=bearer(raw))
        token.refresh_from_db()
        assert token.last_used_at == NOW
    later = NOW + datetime.timedelta(minutes=2)
    with time_machine.travel(later, tick=False):
        client.get(URL, headers=bearer(raw))
        token.refresh_from_db()
        assert token.last_used_at == later


def test_touch_is_a_conditional_update(alice):
    token, _raw = api_token_create(user=alice)
    stale_copy = ApiToken.objects.get(pk=token.pk)
    assert api_token_touch(token, now=NOW) is True
    # Another request that loaded the token before the first write does not write again.
    assert api_token_touch(stale_copy, now=NOW + datetime.timedelta(seconds=5)) is False
    token.refresh_from_db()
    assert token.last_used_at == NOW


# --- ttdn create-token ----------------------------------------------------------------------------------


def test_create_token_prints_only_the_token_and_it_works(client, alice):
    out, err = io.StringIO(), io.StringIO()
    call_command("create_token", "alice", "--name", "cron", stdout=out, stderr=err)
    raw = out.getvalue()
    assert raw.endswith("\n")
    raw = raw.strip()
    assert raw.startswith("ttdn_")
    assert "\n" not in raw and " " not in raw
    assert "alice" in err.getvalue()
    token = ApiToken.objects.get()
    assert (token.user, token.name) == (alice, "cron")
    response = client.get(URL, headers=bearer(raw))
    assert response.status_code == 200


def test_create_token_for_an_unknown_user_fails(db):
    with pytest.raises(CommandError):
        call_command("create_token", "nobody", stdout=io.StringIO(), stderr=io.StringIO())
    assert not ApiToken.objects.exists()


def test_the_console_script_creates_a_token_with_the_hyphenated_name(tmp_path):
    """``ttdn create-token`` as the README writes it (the command is ``create_token``)."""

    done = run_ttdn("create-token", "--help", var_dir=tmp_path, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "USERNAME" in done.stdout.upper() and "--name" in done.stdout
