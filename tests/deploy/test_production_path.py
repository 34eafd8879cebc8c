"""The production path, started for real: ``ttdn serve`` (gunicorn, 2 workers) and a huey
worker on Redis, with production settings (no TTDN_DEVELOPMENT, DEBUG off, SECRET_KEY from a
file, HTTPS behind a proxy), on a scratch database of the engine under test.

Checked over HTTP: /healthz, a static file, the security headers, a log-in, and a plan import
enqueued by the web side and read by the worker (docs/operations.md, decision 0017).
"""

from __future__ import annotations

import configparser
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from pathlib import Path

import pytest
from django.conf import settings

from ttdn.demo.seeds import SEED_DIR

pytestmark = pytest.mark.production

REDIS_HOST, REDIS_PORT, REDIS_DB = "127.0.0.1", 6379, 4
# The one production entry point of each process: this test starts exactly these, and the
# systemd units and the Compose file must run the same (test_service_definitions_*).
WEB_COMMAND = ("serve",)
WORKER_COMMAND = ("run_huey", "--workers", "2")
DEPLOY = Path(__file__).resolve().parents[2] / "deploy"
TTDN = Path(sys.executable).with_name("ttdn")
PLAN_TEXT = SEED_DIR / "004_b3151840d8e177ab.txt"
APP_CSS = Path(settings.SRC_DIR) / "static" / "ttdn" / "app.css"
STARTUP_LIMIT_S = 60  # how long to wait for the server to answer at all (slow CI machines)
WORKER_LIMIT_S = 60  # how long the import may take to be read by the worker


def _redis_reachable() -> bool:
    try:
        with socket.create_connection((REDIS_HOST, REDIS_PORT), timeout=2):
            return True
    except OSError:
        return False


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Client:
    """A tiny HTTP client that keeps cookies itself (they are Secure: a cookie jar would not
    send them over the plain HTTP between the "proxy" — this test — and gunicorn)."""

    port: int
    https: bool = True
    cookies: dict[str, str] = field(default_factory=dict)
    host: str = "127.0.0.1"  # the Host header the proxy passes on
    public_origin: str = ""  # what the browser sees; by default https://127.0.0.1:<port>

    @property
    def origin(self) -> str:
        return self.public_origin or f"https://127.0.0.1:{self.port}"

    def request(self, method, path, body=None, headers=None, forwarded=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        all_headers = {"Host": self.host}
        if self.https if forwarded is None else forwarded:
            all_headers["X-Forwarded-Proto"] = "https"
        if self.cookies:
            all_headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        all_headers.update(headers or {})
        try:
            conn.request(method, path, body=body, headers=all_headers)
            response = conn.getresponse()
            data = response.read()
        finally:
            conn.close()
        for raw in response.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie()
            cookie.load(raw)
            for name, morsel in cookie.items():
                self.cookies[name] = morsel.value
        return response, data

    def post_form(self, path, fields, files=()):
        boundary = uuid.uuid4().hex
        parts = []
        for name, value in fields.items():
            parts.append(
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
            )
        for name, filename, content in files:
            parts.append(
                (
                    f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                    f'filename="{filename}"\r\nContent-Type: text/plain\r\n\r\n'
                ).encode()
                + content
                + b"\r\n"
            )
        parts.append(f"--{boundary}--\r\n".encode())
        headers = {
            "Content-Type": f"multipart/form-data; boundary={boundary}",
            "Origin": self.origin,
            "Referer": self.origin + path,
            "X-CSRFToken": self.cookies.get("csrftoken", ""),
        }
        return self.request("POST", path, body=b"".join(parts), headers=headers)


class ScratchDatabase:
    """A database of its own for the production processes, of the engine under test."""

    def __init__(self, var_dir: Path):
        self.var_dir = var_dir
        self.url = os.environ.get("DATABASE_URL")
        self.name = None
        if self.url:
            self.name = f"ttdn_prodpath_{os.getpid()}_{secrets.token_hex(3)}"
            self.base, _, _ = self.url.rpartition("/")

    def __enter__(self):
        if self.url:
            self._admin(f'CREATE DATABASE "{self.name}"')
        return self

    def __exit__(self, *exc):
        if self.url:
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')

    def _admin(self, sql):
        import psycopg

        with psycopg.connect(f"{self.base}/postgres", autocommit=True) as conn:
            conn.execute(sql)

    def env(self) -> dict[str, str]:
        return {"DATABASE_URL": f"{self.base}/{self.name}"} if self.url else {}

    def import_statuses(self) -> list[str]:
        sql = "SELECT status FROM importer_importjob"
        if self.url:
            import psycopg

            with psycopg.connect(f"{self.base}/{self.name}") as conn:
                return [row[0] for row in conn.execute(sql)]
        conn = sqlite3.connect(self.var_dir / "ttdn.sqlite3")
        try:
            return [row[0] for row in conn.execute(sql)]
        finally:
            conn.close()


# Set by the test run (conftest, pytest-django); never part of a production environment.
TEST_ONLY_VARIABLES = {
    "TTDN_DEVELOPMENT",
    "DEBUG",
    "SECRET_KEY",
    "DATABASE_URL",
    "TTDN_OFFLINE_COMMAND",
    "HUEY_IMMEDIATE",
    "TTDN_TEST_DB_FILE",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
}


def _clean_env() -> dict[str, str]:
    return {
        k: v
        for k, v in os.environ.items()
        if k not in TEST_ONLY_VARIABLES and not k.startswith("PYTEST")
    }


def _production_env(tmp_path: Path, db: ScratchDatabase, port: int, queue: str) -> dict[str, str]:
    secret = tmp_path / "secret_key"
    secret.write_text(secrets.token_urlsafe(50) + "\n")
    secret.chmod(0o600)
    env = _clean_env()
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "ttdn.settings",
            "SECRET_KEY_FILE": str(secret),
            "ALLOWED_HOSTS": "127.0.0.1",
            "CSRF_TRUSTED_ORIGINS": f"https://127.0.0.1:{port}",
            "TTDN_VAR_DIR": str(tmp_path / "var"),
            "TTDN_TRUSTED_PROXIES": "127.0.0.1",  # the test client plays the proxy
            "SECURE_SSL_REDIRECT": "1",
            "SECURE_HSTS_SECONDS": "31536000",
            "SECURE_HSTS_INCLUDE_SUBDOMAINS": "1",
            "SECURE_HSTS_PRELOAD": "1",
            "HUEY_REDIS_URL": f"redis://{REDIS_HOST}:{REDIS_PORT}/{REDIS_DB}",
            "HUEY_NAME": queue,
            "TTDN_BIND": f"127.0.0.1:{port}",
            "TTDN_WEB_WORKERS": "2",
            "LOG_LEVEL": "INFO",
            **db.env(),
        }
    )
    return env


def _run(args, env):
    completed = subprocess.run(  # noqa: S603
        [str(TTDN), *args], env=env, capture_output=True, text=True, check=False, timeout=300
    )
    assert completed.returncode == 0, f"ttdn {' '.join(args)} failed:\n{completed.stderr}"
    return completed


def _wait_until(condition, limit_s: float, what: str, *logs: Path):
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if result := condition():
            return result
        time.sleep(0.2)
    tails = "\n".join(f"--- {log.name}\n{log.read_text()[-3000:]}" for log in logs)
    pytest.fail(f"{what} did not happen within {limit_s} s.\n{tails}")


def _stop(process: subprocess.Popen, sig: int) -> int:
    if process.poll() is None:
        process.send_signal(sig)
    try:
        return process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        raise


def _clear_queue(queue: str) -> list[bytes]:
    """Delete the test queue's keys from Redis; return their names."""
    import redis

    client = redis.Redis(host=REDIS_HOST, port=REDIS_PORT, db=REDIS_DB)
    try:
        keys = list(client.scan_iter(match=f"huey.*.{queue}"))
        if keys:
            client.delete(*keys)
    finally:
        client.close()
    return keys


@pytest.mark.skipif(not _redis_reachable(), reason="Redis is not reachable on 127.0.0.1:6379")
def test_production_path_serves_and_runs_background_work(tmp_path):
    port = _free_port()
    queue = f"ttdntest{uuid.uuid4().hex[:10]}"  # letters and digits: huey keeps no others
    (tmp_path / "var").mkdir()
    web_log, worker_log = tmp_path / "web.log", tmp_path / "worker.log"
    with ScratchDatabase(tmp_path / "var") as db:
        env = _production_env(tmp_path, db, port, queue)
        _run(["migrate", "--noinput", "-v", "0"], env)
        _run(["collectstatic", "--noinput", "-v", "0"], env)
        _run(
            ["createsuperuser", "--noinput", "--username", "admin", "--email", "a@example.invalid"],
            {**env, "DJANGO_SUPERUSER_PASSWORD": "pw-admin-production"},
        )
        with web_log.open("wb") as web_out, worker_log.open("wb") as worker_out:
            web = subprocess.Popen(  # noqa: S603
                [str(TTDN), *WEB_COMMAND], env=env, stdout=web_out, stderr=subprocess.STDOUT
            )
            worker = subprocess.Popen(  # noqa: S603
                [str(TTDN), *WORKER_COMMAND],
                env=env,
                stdout=worker_out,
                stderr=subprocess.STDOUT,
            )
            try:
                _exercise(env, port, db, web, worker, web_log, worker_log)
            finally:
                web_status = _stop(web, signal.SIGTERM)
                worker_status = _stop(worker, signal.SIGINT)
                redis_keys = _clear_queue(queue)
        # The queue was the Redis one (the task's result is kept there), not a SQLite file.
        assert f"huey.results.{queue}".encode() in redis_keys
        assert not (tmp_path / "var" / "huey.sqlite3").exists()
        assert web_status == 0, web_log.read_text()[-3000:]
        assert worker_status == 0, worker_log.read_text()[-3000:]
        log = web_log.read_text()
        assert "Booting worker" in log and "Shutting down: Master" in log
        # Two workers, as TTDN_WEB_WORKERS said.
        assert len(set(re.findall(r"Booting worker with pid: (\d+)", log))) >= 2


def _exercise(env, port, db, web, worker, web_log, worker_log):
    plain = Client(port, https=False)

    def healthy():
        assert web.poll() is None, web_log.read_text()[-3000:]
        try:
            response, body = plain.request("GET", "/healthz")
        except OSError:
            return None
        return (response, body) if response.status == 200 else None

    # /healthz answers over plain HTTP (load-balancer probes are exempt from the redirect).
    response, body = _wait_until(healthy, STARTUP_LIMIT_S, "GET /healthz → 200", web_log)
    assert json.loads(body) == {"status": "ok", "database": "ok"}
    # The container health check (python -m ttdn.healthcheck) sees it too.
    probe = subprocess.run(  # noqa: S603
        [sys.executable, "-m", "ttdn.healthcheck"], env=env, capture_output=True, text=True
    )
    assert probe.returncode == 0, probe.stderr
    assert "Strict-Transport-Security" not in response.headers

    # Any other page over plain HTTP goes to HTTPS.
    response, _ = plain.request("GET", "/accounts/login/")
    assert response.status == 301
    assert response.headers["Location"] == "https://127.0.0.1/accounts/login/"

    # Through the "proxy" (X-Forwarded-Proto: https): the page and its security headers.
    client = Client(port)
    response, body = client.request("GET", "/accounts/login/")
    assert response.status == 200
    assert response.headers["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'self'" in csp
    script_src = re.search(r"script-src ([^;]*)", csp).group(1)
    assert "'unsafe-inline'" not in script_src
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["X-Frame-Options"] == "DENY"
    assert any("csrftoken=" in c and "Secure" in c for c in response.headers.get_all("Set-Cookie"))

    # A static file, served by the application (WhiteNoise) from STATIC_ROOT.
    response, body = client.request("GET", "/static/ttdn/app.css")
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/css")
    assert body == APP_CSS.read_bytes()

    # Log in; the session cookie is Secure.
    response, _ = client.post_form(
        "/accounts/login/",
        {
            "csrfmiddlewaretoken": client.cookies["csrftoken"],
            "username": "admin",
            "password": "pw-admin-production",
        },
    )
    assert response.status == 302, response.status
    assert any(
        "sessionid=" in c and "Secure" in c and "HttpOnly" in c
        for c in response.headers.get_all("Set-Cookie")
    )

    # A page with an inline script: it carries this response's nonce, and only it may run.
    response, body = client.request("GET", "/imports/")
    assert response.status == 200
    nonce = re.search(
        r"script-src 'self' 'nonce-([^']+)'", response.headers["Content-Security-Policy"]
    )
    assert nonce and f'<script nonce="{nonce.group(1)}">'.encode() in body

    # The web side enqueues a plan import on Redis; the worker reads it.
    response, _ = client.post_form(
        "/imports/",
        {"csrfmiddlewaretoken": client.cookies["csrftoken"]},
        files=[("files", "ke-hoach.txt", PLAN_TEXT.read_bytes())],
    )
    assert response.status == 302, response.status
    assert "/imports/batch/" in response.headers["Location"]
    assert db.import_statuses() in (["queued"], ["running"], ["ready"])

    def read_by_worker():
        assert worker.poll() is None, worker_log.read_text()[-3000:]
        statuses = db.import_statuses()
        return statuses if statuses and statuses[0] not in ("queued", "running") else None

    assert _wait_until(
        read_by_worker, WORKER_LIMIT_S, "the import read by the worker", worker_log
    ) == ["ready"]


# --- The service definitions run what the test above ran ------------------------------------


def _unit(name: str) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(strict=False, interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(DEPLOY / "systemd" / name)
    return parser


def test_service_definitions_run_the_tested_entry_points():
    import yaml

    compose = yaml.safe_load((DEPLOY / "compose.yaml").read_text())
    services = compose["services"]
    assert services["web"]["command"] == ["ttdn", *WEB_COMMAND]
    assert services["worker"]["command"] == ["ttdn", *WORKER_COMMAND]
    assert services["web"]["healthcheck"]["test"] == ["CMD", "python", "-m", "ttdn.healthcheck"]
    assert services["worker"]["stop_signal"] == "SIGINT"  # as the test stops it
    assert {"web", "worker", "migrate", "postgres", "redis"} <= set(services)
    assert services["web"]["environment"]["HUEY_REDIS_URL"].startswith("redis://redis:")
    assert 'CMD ["ttdn", "serve"]' in (DEPLOY / "Dockerfile").read_text()

    web, worker = _unit("ttdn-web.service"), _unit("ttdn-worker.service")
    venv_ttdn = "/opt/ttdn/venv/bin/ttdn"
    assert web["Service"]["ExecStart"] == " ".join([venv_ttdn, *WEB_COMMAND])
    assert worker["Service"]["ExecStart"] == " ".join([venv_ttdn, *WORKER_COMMAND])
    assert worker["Service"]["KillSignal"] == "SIGINT"
    for unit in (web, worker):
        service = unit["Service"]
        assert service["EnvironmentFile"] == "/etc/ttdn/ttdn.env"
        assert service["NoNewPrivileges"] == "yes"
        assert service["ProtectSystem"] == "strict"
        assert service["ReadWritePaths"] == "/var/lib/ttdn"
        assert service["User"] == "ttdn"
        assert unit["Install"]["WantedBy"] == "ttdn.target"

    # The production settings of the Compose file are those of the documented environment.
    documented = _documented_env()
    security = {k: v for k, v in documented.items() if k.startswith(("SECURE_", "TTDN_BEHIND"))}
    assert security and all(
        str(services["web"]["environment"][k]) == v for k, v in security.items()
    )


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="systemd-analyze is not installed")
def test_systemd_units_pass_systemd_analyze_verify(tmp_path):
    for unit in (DEPLOY / "systemd").iterdir():
        # The units name the installed virtual environment; verify them against this one.
        text = unit.read_text().replace("/opt/ttdn/venv/bin/ttdn", str(TTDN))
        (tmp_path / unit.name).write_text(text)
    completed = subprocess.run(  # noqa: S603
        ["systemd-analyze", "verify", *(str(p) for p in sorted(tmp_path.iterdir()))],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0 and not completed.stderr.strip(), completed.stderr


def _documented_env() -> dict[str, str]:
    env = {}
    for line in (DEPLOY / "ttdn.env.example").read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            key, _, value = line.partition("=")
            env[key] = value
    return env


def _check_deploy(tmp_path, extra=None, drop=()):
    secret = tmp_path / "secret_key"
    secret.write_text(secrets.token_urlsafe(50))
    database_url = tmp_path / "database_url"
    database_url.write_text("postgres://ttdn:pw@db.internal:5432/ttdn")
    env = _clean_env()
    env.update(_documented_env())
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "ttdn.settings",
            "SECRET_KEY_FILE": str(secret),
            "DATABASE_URL_FILE": str(database_url),
            "TTDN_VAR_DIR": str(tmp_path / "var"),
            **(extra or {}),
        }
    )
    for key in drop:
        env.pop(key, None)
    return subprocess.run(  # noqa: S603
        [str(TTDN), "check", "--deploy", "--fail-level", "WARNING"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_deploy_check_is_clean_with_the_documented_production_environment(tmp_path):
    completed = _check_deploy(tmp_path)

    assert completed.returncode == 0, completed.stderr
    assert "System check identified no issues" in completed.stdout


def test_deploy_check_flags_development_settings(tmp_path):
    completed = _check_deploy(
        tmp_path,
        extra={"TTDN_DEVELOPMENT": "1", "SECURE_HSTS_SECONDS": "0", "SECURE_SSL_REDIRECT": "0"},
        drop=("SECRET_KEY_FILE",),
    )

    assert completed.returncode != 0
    for check_id in ("ttdn.E001", "ttdn.W001", "security.W004", "security.W008"):
        assert check_id in completed.stderr
