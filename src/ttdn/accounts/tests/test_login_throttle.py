"""Login throttling (django-axes, accounts/throttle.py, decision 0015)."""

import datetime
import ipaddress

import pytest
import time_machine
from axes.models import AccessAttempt
from django.contrib.auth import SESSION_KEY
from django.core.exceptions import PermissionDenied
from django.test import Client, RequestFactory
from django.urls import reverse
from django.utils import translation
from django.utils.translation import ngettext

from ttdn.accounts.models import Role
from ttdn.accounts.services import api_token_create, login_unlock
from ttdn.accounts.throttle import client_address
from ttdn.audit.models import AuditEntry

LOGIN = reverse("accounts:login")
HOME = "10.1.1.1"
ELSEWHERE = "10.2.2.2"
NOW = datetime.datetime(2026, 3, 2, 8, 0, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def limits(settings):
    settings.AXES_FAILURE_LIMIT = 3
    settings.TTDN_LOGIN_ADDRESS_FAILURE_LIMIT = 7
    settings.AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
    settings.TTDN_TRUSTED_PROXIES = []
    return settings


@pytest.fixture
def alice(make_user):
    return make_user("alice")


@pytest.fixture
def bob(make_user):
    return make_user("bob")


def attempt(username, password, *, address=HOME, client=None):
    client = client or Client()
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def fail(username, times, *, address=HOME):
    for _ in range(times):
        response = attempt(username, "wrong", address=address)
    return response


def logged_in(response) -> bool:
    return response.status_code == 302 and SESSION_KEY in response.client.session


def locked_text(minutes=15) -> str:
    with translation.override("vi"):
        return ngettext(
            "Too many failed logins. Wait {minutes} minute, then try again, "
            "or ask an administrator to unlock the account.",
            "Too many failed logins. Wait {minutes} minutes, then try again, "
            "or ask an administrator to unlock the account.",
            minutes,
        ).format(minutes=minutes)


def test_failures_below_the_limit_only_say_wrong_password(alice):
    response = fail("alice", 2)
    assert response.status_code == 200
    assert locked_text() not in response.content.decode()
    assert logged_in(attempt("alice", "pw-alice"))


def test_the_limit_locks_the_user_on_that_address_even_with_the_right_password(alice):
    response = fail("alice", 3)
    assert response.status_code == 429
    response = attempt("alice", "pw-alice")
    assert response.status_code == 429
    assert not logged_in(response)


def test_the_locked_page_is_the_login_page_in_vietnamese_with_the_wait(alice):
    fail("alice", 3)
    response = attempt("alice", "pw-alice")
    page = response.content.decode()
    assert response.status_code == 429
    assert response.headers["Content-Language"] == "vi"
    assert 'lang="vi"' in page
    assert locked_text(15) in page
    assert 'name="password"' in page  # the form, in the site's layout, not a bare text page
    assert "Access-Control-Allow-Origin" not in response.headers


def test_without_a_cool_off_the_page_says_to_ask_an_administrator(alice, settings):
    settings.AXES_COOLOFF_TIME = None
    fail("alice", 3)
    page = attempt("alice", "pw-alice").content.decode()
    with translation.override("vi"):
        expected = translation.gettext(
            "Too many failed logins. This account is locked on this computer: "
            "ask an administrator to unlock it."
        )
    assert expected in page


def test_another_user_on_the_same_address_and_the_same_user_elsewhere_can_log_in(alice, bob):
    fail("alice", 5)
    assert logged_in(attempt("bob", "pw-bob"))
    assert logged_in(attempt("alice", "pw-alice", address=ELSEWHERE))


def test_nobody_can_lock_a_user_out_from_other_addresses(alice):
    for n in range(6):
        fail("alice", 3, address=f"10.9.9.{n}")
    assert logged_in(attempt("alice", "pw-alice"))


def test_many_names_from_one_address_lock_the_address(alice, bob):
    for name in ("carol", "dave", "erin"):
        fail(name, 2)
    assert logged_in(attempt("bob", "pw-bob"))  # 6 failures: under the address limit
    fail("frank", 1)  # the 7th
    assert attempt("alice", "pw-alice").status_code == 429
    assert logged_in(attempt("alice", "pw-alice", address=ELSEWHERE))


def test_the_lock_ends_after_the_cool_off(alice):
    with time_machine.travel(NOW, tick=False):
        fail("alice", 3)
        assert attempt("alice", "pw-alice").status_code == 429
    with time_machine.travel(NOW + datetime.timedelta(minutes=16), tick=False):
        assert logged_in(attempt("alice", "pw-alice"))


def test_trying_during_the_lock_does_not_extend_it(alice):
    with time_machine.travel(NOW, tick=False):
        fail("alice", 3)
    with time_machine.travel(NOW + datetime.timedelta(minutes=10), tick=False):
        assert attempt("alice", "pw-alice").status_code == 429
    with time_machine.travel(NOW + datetime.timedelta(minutes=16), tick=False):
        assert logged_in(attempt("alice", "pw-alice"))


def test_a_successful_login_resets_that_users_counter(alice):
    fail("alice", 2)
    assert logged_in(attempt("alice", "pw-alice"))
    fail("alice", 2)
    assert logged_in(attempt("alice", "pw-alice"))


def test_a_successful_login_does_not_forget_other_names_failures_from_the_address(alice, bob):
    fail("alice", 2)
    assert logged_in(attempt("bob", "pw-bob"))
    assert fail("alice", 1).status_code == 429


def test_a_lockout_is_audited_once_under_the_user(alice):
    fail("alice", 3)
    fail("alice", 2)
    attempt("alice", "pw-alice")
    entries = AuditEntry.objects.filter(action="login.locked_out")
    assert entries.count() == 1
    entry = entries.get()
    assert (entry.target_type, entry.target_id) == ("accounts.user", str(alice.pk))
    assert entry.data["ip_address"] == HOME
    assert entry.data["reason"] == "user_and_address"
    assert entry.data["failures"] == 3
    assert "wrong" not in str(entry.data)


def test_an_address_lockout_for_an_unknown_name_is_audited_under_the_attempt(db):
    for name in ("carol", "dave", "erin"):
        fail(name, 2)
    fail("nobody", 1)
    entry = AuditEntry.objects.get(action="login.locked_out")
    assert entry.target_type == "axes.accessattempt"
    assert entry.data["reason"] == "address"
    assert entry.data["username"] == "nobody"


def test_an_administrator_unlocks_a_user_from_the_user_admin(alice, make_user):
    admin = make_user("admin", Role.COORDINATOR, is_staff=True, is_superuser=True)
    fail("alice", 3)
    fail("alice", 3, address=ELSEWHERE)
    client = Client()
    client.force_login(admin)
    response = client.post(
        reverse("admin:accounts_user_changelist"),
        {"action": "unlock_login", "_selected_action": [alice.pk]},
        follow=True,
    )
    assert response.status_code == 200
    assert not AccessAttempt.objects.filter(username="alice").exists()
    assert logged_in(attempt("alice", "pw-alice"))
    entry = AuditEntry.objects.get(action="login.unlocked")
    assert entry.actor == admin
    assert entry.target_id == str(alice.pk)
    assert entry.data == {"attempts_cleared": 2}


def test_only_staff_who_may_change_users_can_unlock(alice, bob):
    fail("alice", 3)
    with pytest.raises(PermissionDenied):
        login_unlock(actor=bob, user=alice)
    assert attempt("alice", "pw-alice").status_code == 429
    assert not AuditEntry.objects.filter(action="login.unlocked").exists()


def test_unlocking_a_user_without_failures_writes_nothing(alice, make_user):
    admin = make_user("admin", Role.COORDINATOR, is_staff=True, is_superuser=True)
    assert login_unlock(actor=admin, user=alice) == 0
    assert not AuditEntry.objects.filter(action="login.unlocked").exists()


def test_api_tokens_are_not_throttled(make_user):
    carol = make_user("carol", Role.COORDINATOR)
    _token, raw = api_token_create(user=carol)
    fail("carol", 3)
    response = Client().get("/api/v1/plans", headers={"authorization": f"Bearer {raw}"})
    assert response.status_code == 200


def test_the_admin_login_is_throttled_too(alice):
    client = Client()
    for _ in range(3):
        response = client.post(
            reverse("admin:login"), {"username": "alice", "password": "wrong"}, REMOTE_ADDR=HOME
        )
    assert response.status_code == 429


# --- the client's address ------------------------------------------------------------------


def request_from(remote, forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().post(LOGIN, **headers)


def proxies(*items: str) -> list:
    return [ipaddress.ip_network(item) for item in items]


def test_without_trusted_proxies_the_forwarded_header_is_ignored(settings):
    assert client_address(request_from("10.0.0.5", "1.2.3.4")) == "10.0.0.5"


def test_behind_one_proxy_the_address_it_saw_counts_not_what_the_client_claims(settings):
    settings.TTDN_TRUSTED_PROXIES = proxies("10.0.0.1")
    request = request_from("10.0.0.1", "6.6.6.6, 203.0.113.7")
    assert client_address(request) == "203.0.113.7"


def test_behind_two_proxies_in_a_network(settings):
    settings.TTDN_TRUSTED_PROXIES = proxies("10.0.0.0/24")
    request = request_from("10.0.0.1", "6.6.6.6, 203.0.113.7, 10.0.0.9")
    assert client_address(request) == "203.0.113.7"


def test_a_request_not_from_a_proxy_counts_under_its_own_address(settings):
    # A client reaching the application directly cannot pick the address it is counted under.
    settings.TTDN_TRUSTED_PROXIES = proxies("10.0.0.1")
    assert client_address(request_from("198.51.100.4", "203.0.113.7")) == "198.51.100.4"


def test_a_missing_or_bogus_forwarded_header_falls_back_to_the_peer(settings):
    settings.TTDN_TRUSTED_PROXIES = proxies("10.0.0.1")
    assert client_address(request_from("10.0.0.1", None)) == "10.0.0.1"
    assert client_address(request_from("10.0.0.1", "not-an-address")) == "10.0.0.1"
    assert client_address(request_from("10.0.0.1", "203.0.113.7, bogus")) == "10.0.0.1"


def test_behind_a_proxy_each_client_is_counted_apart(alice, settings):
    settings.TTDN_TRUSTED_PROXIES = proxies("10.0.0.1")
    client = Client()
    for _ in range(3):
        client.post(
            LOGIN,
            {"username": "alice", "password": "wrong"},
            REMOTE_ADDR="10.0.0.1",
            HTTP_X_FORWARDED_FOR="203.0.113.7",
        )
    response = Client().post(
        LOGIN,
        {"username": "alice", "password": "pw-alice"},
        REMOTE_ADDR="10.0.0.1",
        HTTP_X_FORWARDED_FOR="203.0.113.8",
    )
    assert logged_in(response)


# --- settings ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad",
    [
        {"TTDN_LOGIN_FAILURE_LIMIT": "0"},
        {"TTDN_LOGIN_ADDRESS_FAILURE_LIMIT": "0"},
        {"TTDN_LOGIN_COOLOFF_MINUTES": "-5"},
        {"TTDN_TRUSTED_PROXIES": "1"},  # the proxies' addresses, not how many
        {"TTDN_TRUSTED_PROXIES": "nginx"},
        {"TTDN_BEHIND_HTTPS_PROXY": "1"},  # replaced by TTDN_TRUSTED_PROXIES
        {"TTDN_FORWARDED_ALLOW_IPS": "127.0.0.1"},
    ],
)
def test_a_limit_that_would_lock_everyone_or_nobody_stops_the_start(tmp_path, bad):
    from ttdn.core.tests.test_settings import _start_django

    completed = _start_django(tmp_path, TTDN_DEVELOPMENT="1", **bad)
    assert completed.returncode != 0
    assert "ImproperlyConfigured" in completed.stderr
    assert next(iter(bad)) in completed.stderr


def test_the_settings_come_from_the_environment(tmp_path):
    from ttdn.core.tests.test_settings import _start_django

    code = (
        "import django; django.setup(); from django.conf import settings as s; "
        "print(s.AXES_FAILURE_LIMIT, s.TTDN_LOGIN_ADDRESS_FAILURE_LIMIT, s.AXES_COOLOFF_TIME, "
        "s.TTDN_TRUSTED_PROXIES)"
    )
    completed = _start_django(
        tmp_path,
        code,
        TTDN_DEVELOPMENT="1",
        TTDN_LOGIN_FAILURE_LIMIT="4",
        TTDN_LOGIN_ADDRESS_FAILURE_LIMIT="40",
        TTDN_LOGIN_COOLOFF_MINUTES="0",
        TTDN_TRUSTED_PROXIES="127.0.0.1, 10.0.0.0/24",
    )
    assert completed.stdout.split() == [
        "4",
        "40",
        "None",
        "[IPv4Network('127.0.0.1/32'),",
        "IPv4Network('10.0.0.0/24')]",
    ], completed.stderr
