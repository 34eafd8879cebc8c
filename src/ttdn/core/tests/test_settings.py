import os
import subprocess
import sys

import pytest
from django.core.exceptions import ImproperlyConfigured

from ttdn.core.env import env, env_bool, env_int, env_list

# Variables that would let settings start without a real secret key.
_UNSAFE = (
    "SECRET_KEY",
    "SECRET_KEY_FILE",
    "TTDN_DEVELOPMENT",
    "TTDN_DEVELOPMENT_FILE",
    "DEBUG",
    "DEBUG_FILE",
)


def _start_django(tmp_path, code="import django; django.setup()", **extra_env):
    environ = {k: v for k, v in os.environ.items() if k not in _UNSAFE and k != "DATABASE_URL"}
    environ.update(DJANGO_SETTINGS_MODULE="ttdn.settings", TTDN_VAR_DIR=str(tmp_path), **extra_env)
    return subprocess.run(
        [sys.executable, "-c", code],
        env=environ,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_production_refuses_to_start_without_secret_key(tmp_path):
    completed = _start_django(tmp_path)

    assert completed.returncode != 0
    assert "ImproperlyConfigured" in completed.stderr
    assert "SECRET_KEY" in completed.stderr


def test_production_starts_with_secret_key_file(tmp_path):
    key_file = tmp_path / "secret_key"
    key_file.write_text("a-long-random-production-key\n", encoding="utf-8")

    completed = _start_django(
        tmp_path,
        "import django; django.setup(); from django.conf import settings; print(settings.SECRET_KEY, settings.DEBUG)",
        SECRET_KEY_FILE=str(key_file),
    )

    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.split() == ["a-long-random-production-key", "False"]


def test_production_starts_with_secret_key(tmp_path):
    completed = _start_django(tmp_path, SECRET_KEY="another-production-key")

    assert completed.returncode == 0, completed.stderr


def test_development_flag_provides_a_key(tmp_path):
    completed = _start_django(tmp_path, TTDN_DEVELOPMENT="1")

    assert completed.returncode == 0, completed.stderr


def test_settings_refuse_a_bad_boolean(tmp_path):
    completed = _start_django(tmp_path, SECRET_KEY="k", DEBUG="maybe")

    assert completed.returncode != 0
    assert "DEBUG='maybe' is not a boolean" in completed.stderr


def test_env_bool_rejects_maybe(monkeypatch):
    monkeypatch.setenv("TTDN_TEST_FLAG", "maybe")

    with pytest.raises(ImproperlyConfigured, match="TTDN_TEST_FLAG='maybe' is not a boolean"):
        env_bool("TTDN_TEST_FLAG")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("1", True),
        ("true", True),
        ("Yes", True),
        (" ON ", True),
        ("0", False),
        ("false", False),
        ("no", False),
        ("off", False),
        ("", False),
    ],
)
def test_env_bool_reads_common_spellings(monkeypatch, raw, expected):
    monkeypatch.setenv("TTDN_TEST_FLAG", raw)

    assert env_bool("TTDN_TEST_FLAG", default=not expected) is expected


def test_env_bool_uses_the_default_when_unset(monkeypatch):
    monkeypatch.delenv("TTDN_TEST_FLAG", raising=False)

    assert env_bool("TTDN_TEST_FLAG", True) is True
    assert env_bool("TTDN_TEST_FLAG") is False


def test_env_reads_a_secret_from_a_file(monkeypatch, tmp_path):
    secret = tmp_path / "password"
    secret.write_text("  from-the-file\n", encoding="utf-8")
    monkeypatch.setenv("TTDN_TEST_SECRET", "from-the-environment")
    monkeypatch.setenv("TTDN_TEST_SECRET_FILE", str(secret))

    assert env("TTDN_TEST_SECRET") == "from-the-file"


def test_env_fails_loudly_on_an_unreadable_file(monkeypatch, tmp_path):
    monkeypatch.setenv("TTDN_TEST_SECRET_FILE", str(tmp_path / "missing"))

    with pytest.raises(ImproperlyConfigured, match="TTDN_TEST_SECRET_FILE=.* cannot be read"):
        env("TTDN_TEST_SECRET")


def test_env_int_rejects_garbage(monkeypatch):
    monkeypatch.setenv("TTDN_TEST_NUMBER", "25MB")

    with pytest.raises(ImproperlyConfigured, match="not an integer"):
        env_int("TTDN_TEST_NUMBER", 1)


def test_env_int_reads_numbers_and_defaults(monkeypatch):
    monkeypatch.setenv("TTDN_TEST_NUMBER", "42")
    assert env_int("TTDN_TEST_NUMBER", 1) == 42
    monkeypatch.setenv("TTDN_TEST_NUMBER", " ")
    assert env_int("TTDN_TEST_NUMBER", 7) == 7


def test_env_list_splits_on_commas(monkeypatch):
    monkeypatch.setenv("TTDN_TEST_HOSTS", " ttdn.dongnai.gov.vn, ,127.0.0.1 ")

    assert env_list("TTDN_TEST_HOSTS", []) == ["ttdn.dongnai.gov.vn", "127.0.0.1"]
    monkeypatch.delenv("TTDN_TEST_HOSTS")
    assert env_list("TTDN_TEST_HOSTS", ["localhost"]) == ["localhost"]


def test_offline_commands_run_without_a_secret_but_serving_does_not(tmp_path):
    import os
    import subprocess
    import sys

    env = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "TTDN_DEVELOPMENT", "DEBUG"}
    }
    env["TTDN_VAR_DIR"] = str(tmp_path)
    env["DJANGO_SETTINGS_MODULE"] = "ttdn.settings"
    cli = [sys.executable, "-m", "ttdn.cli"]
    ok = subprocess.run(
        [*cli, "makemigrations", "--check", "--dry-run"], env=env, capture_output=True, text=True
    )
    assert ok.returncode == 0, ok.stderr
    refused = subprocess.run([*cli, "migrate"], env=env, capture_output=True, text=True)
    assert refused.returncode != 0
    assert "SECRET_KEY" in refused.stderr


# --- Production security settings (decision 0017) ------------------------------------------

_SECURITY = (
    "import django, json; django.setup(); from django.conf import settings as s; "
    "print(json.dumps([s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_PROXY_SSL_HEADER, "
    "s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, "
    "s.SECURE_HSTS_PRELOAD, 'django.middleware.csp.ContentSecurityPolicyMiddleware' in s.MIDDLEWARE, "
    "s.SECURE_CSP['script-src']]))"
)


def _security(tmp_path, **env):
    import json

    completed = _start_django(tmp_path, _SECURITY, **env)
    assert completed.returncode == 0, completed.stderr
    return json.loads(completed.stdout)


def test_production_cookies_are_secure_and_https_settings_opt_in(tmp_path):
    assert _security(tmp_path, SECRET_KEY="k" * 50) == [
        True,
        True,
        None,
        False,
        0,
        False,
        False,
        True,
        _script_src(),
    ]


def _script_src():
    from django.utils.csp import CSP

    return [CSP.SELF, CSP.NONCE]


def test_development_cookies_are_not_secure(tmp_path):
    cookie_secure, csrf_secure, *_ = _security(tmp_path, TTDN_DEVELOPMENT="1")
    assert (cookie_secure, csrf_secure) == (False, False)


def test_https_behind_a_proxy_from_the_environment(tmp_path):
    values = _security(
        tmp_path,
        SECRET_KEY="k" * 50,
        TTDN_TRUSTED_PROXIES="127.0.0.1",
        SECURE_SSL_REDIRECT="1",
        SECURE_HSTS_SECONDS="31536000",
        SECURE_HSTS_INCLUDE_SUBDOMAINS="1",
        SECURE_HSTS_PRELOAD="1",
        SESSION_COOKIE_SECURE="0",
    )
    assert values[:7] == [
        False,
        True,
        ["HTTP_X_FORWARDED_PROTO", "https"],
        True,
        31536000,
        True,
        True,
    ]
