"""The Compose deployment, built and started for real: deploy/compose.yaml with the image of
deploy/Dockerfile, PostgreSQL, Redis, the one-shot migration, the web server and the worker,
on a container engine, checked over HTTP through the published port.

Checked: the migration succeeds, the web container's own health check (the image's
HEALTHCHECK, /healthz) reports healthy, /healthz answers, the log-in page and a static file
are served with production security, a user logs in, a plan import enqueued by the web
container on Redis is read by the worker container, and both stop cleanly (the worker on
SIGINT). Nothing is stubbed: the images are built from this checkout.

Run by deploy/compose-smoke.sh (which prepares the engine and, without a registry, local
base images) — it builds images, so it takes minutes and is not part of `make test`:

    deploy/compose-smoke.sh            # or, with an engine and images at hand:
    TTDN_COMPOSE_SMOKE=1 .venv/bin/python -m pytest tests/deploy/test_compose.py
"""

from __future__ import annotations

import json
import os
import re
import secrets
import shlex
import shutil
import subprocess
import time
import uuid
from contextlib import contextmanager
from pathlib import Path

import pytest
from test_production_path import APP_CSS, DEPLOY, PLAN_TEXT, Client, _free_port

pytestmark = pytest.mark.compose

COMPOSE = shlex.split(os.environ.get("TTDN_COMPOSE", "docker compose"))
PUBLIC_HOST = "ttdn.example.invalid"
HEALTHY_LIMIT_S = 240  # migrate, then gunicorn up and the health check run (start period 30 s)
WORKER_LIMIT_S = 120
BUILD_LIMIT_S = 3600  # a first build downloads Debian packages and the Python dependencies
# The uid of the image's ttdn user (fixed in the Dockerfile: the secrets are chown'ed to it).
TTDN_UID = int(re.search(r"--uid (\d+)", (DEPLOY / "Dockerfile").read_text()).group(1))


def _skip_reason() -> str | None:
    if os.environ.get("TTDN_COMPOSE_SMOKE") != "1":
        return "builds and starts containers: run by deploy/compose-smoke.sh (TTDN_COMPOSE_SMOKE=1)"
    if not shutil.which(COMPOSE[0]):
        return f"no container engine: {COMPOSE[0]} is not installed"
    probe = subprocess.run([*COMPOSE, "version"], capture_output=True, text=True, check=False)  # noqa: S603
    if probe.returncode != 0:
        return f"Docker Compose v2 is not available ({' '.join(COMPOSE)} version failed)"
    return None


class Deployment:
    """One Compose project from deploy/compose.yaml, with throwaway secrets and volumes."""

    def __init__(self, tmp_path: Path):
        self.project = f"ttdnsmoke{uuid.uuid4().hex[:8]}"
        self.port = _free_port()
        self.admin_password = secrets.token_urlsafe(16)
        secrets_dir = tmp_path / "secrets"
        secrets_dir.mkdir()
        password = secrets.token_urlsafe(24)
        # As docs/operations.md has them made: readable by their owner only, the two the
        # application reads owned by the image's ttdn user (postgres reads its own as root).
        for name, value in {
            "secret_key": secrets.token_urlsafe(50),
            "postgres_password": password,
            "database_url": f"postgres://ttdn:{password}@postgres:5432/ttdn",
        }.items():
            path = secrets_dir / name
            path.write_text(value + "\n")
            path.chmod(0o600)
            if name != "postgres_password":
                if os.geteuid() == 0:
                    os.chown(path, TTDN_UID, TTDN_UID)
                else:  # no chown without root: throwaway secrets, readable by all
                    path.chmod(0o644)
        # The secrets of compose.yaml are deploy/secrets/*; point them at this test's instead.
        self.override = tmp_path / "compose.override.yaml"
        self.override.write_text(
            json.dumps(
                {
                    "secrets": {
                        name: {"file": str(secrets_dir / name)}
                        for name in ("secret_key", "database_url", "postgres_password")
                    }
                }
            )
        )
        self.env = {
            **os.environ,
            "TTDN_HOST": PUBLIC_HOST,
            "TTDN_PORT": str(self.port),
            "TTDN_WEB_WORKERS": "2",
        }

    def _command(self, *args: str) -> list[str]:
        """``docker compose`` on this deployment's project and files, then ``args``."""
        files = ["--file", str(DEPLOY / "compose.yaml"), "--file", str(self.override)]
        return [*COMPOSE, "--project-name", self.project, *files, *args]

    def compose(self, *args: str, timeout: float = 600, check: bool = True, **kwargs):
        completed = subprocess.run(  # noqa: S603
            self._command(*args),
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            **kwargs,
        )
        if check and completed.returncode != 0:
            pytest.fail(
                f"{' '.join(args)} failed ({completed.returncode}):\n"
                f"{completed.stdout[-3000:]}\n{completed.stderr[-3000:]}\n{self.logs()}"
            )
        return completed

    def container(self, service: str) -> str:
        return self.compose("ps", "--all", "--quiet", service).stdout.strip()

    def inspect(self, service: str) -> dict:
        out = subprocess.run(  # noqa: S603
            [_engine(), "inspect", self.container(service)],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        return json.loads(out)[0]

    def sql(self, query: str) -> list[str]:
        out = self.compose(
            "exec", "-T", "postgres", "psql", "-U", "ttdn", "-d", "ttdn", "-tAc", query
        ).stdout
        return [line for line in out.splitlines() if line]

    def logs(self) -> str:
        completed = subprocess.run(  # noqa: S603
            self._command("logs", "--no-color", "--tail", "60"),
            env=self.env,
            capture_output=True,
            text=True,
            check=False,
        )
        return completed.stdout[-8000:]


def _engine() -> str:
    """The engine's own CLI (docker), for `inspect`."""
    return os.environ.get("DOCKER", "docker")


def _wait_until(condition, limit_s: float, what: str, deployment: Deployment):
    deadline = time.monotonic() + limit_s
    while time.monotonic() < deadline:
        if result := condition():
            return result
        time.sleep(1)
    pytest.fail(f"{what} did not happen within {limit_s} s.\n{deployment.logs()}")


@pytest.fixture
def deployment(tmp_path):
    if reason := _skip_reason():
        pytest.skip(reason)
    deployment = Deployment(tmp_path)
    try:
        yield deployment
    finally:
        deployment.compose("down", "--volumes", "--remove-orphans", "--timeout", "160", check=False)


@contextmanager
def _step(what: str):
    """Say how long a step took (shown with pytest -s; deploy/compose-smoke.sh passes it)."""
    start = time.monotonic()
    yield
    print(f"[compose] {what}: {time.monotonic() - start:.0f} s", flush=True)


def test_compose_deployment_serves_and_runs_background_work(deployment):
    with _step("build the ttdn image"):
        deployment.compose("build", timeout=BUILD_LIMIT_S)
    with _step("up: postgres, redis healthy; migrate done; web and worker started"):
        deployment.compose("up", "--detach", "--no-build")

    def web_health():
        state = deployment.inspect("web")["State"]
        assert state["Status"] in ("created", "running"), deployment.logs()
        return state.get("Health", {}).get("Status") == "healthy"

    # The image's own health check (python -m ttdn.healthcheck → /healthz) turns healthy.
    with _step("web healthy (Docker's health check, first run after 30 s)"):
        _wait_until(web_health, HEALTHY_LIMIT_S, "web healthy", deployment)
    migrate = deployment.inspect("migrate")["State"]
    assert (migrate["Status"], migrate["ExitCode"]) == ("exited", 0)
    assert deployment.inspect("worker")["State"]["Status"] == "running"
    assert deployment.inspect("web")["Config"]["User"] == "ttdn"

    # /healthz over plain HTTP through the published port.
    plain = Client(deployment.port, https=False, host=PUBLIC_HOST)
    response, body = plain.request("GET", "/healthz")
    assert response.status == 200
    assert json.loads(body) == {"status": "ok", "database": "ok"}
    # Any other page over plain HTTP goes to HTTPS.
    response, _ = plain.request("GET", "/accounts/login/")
    assert response.status == 301
    assert response.headers["Location"] == f"https://{PUBLIC_HOST}/accounts/login/"

    # As the proxy on the host passes it on (X-Forwarded-Proto: https, the public host).
    client = Client(deployment.port, host=PUBLIC_HOST, public_origin=f"https://{PUBLIC_HOST}")
    response, body = client.request("GET", "/accounts/login/")
    assert response.status == 200
    assert b'name="password"' in body
    assert response.headers["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )
    # A static file from the image's STATIC_ROOT (collected at build time).
    response, body = client.request("GET", "/static/ttdn/app.css")
    assert response.status == 200
    assert response.headers["Content-Type"].startswith("text/css")
    assert body == APP_CSS.read_bytes()

    deployment.compose(
        "exec",
        "-T",
        "-e",
        f"DJANGO_SUPERUSER_PASSWORD={deployment.admin_password}",
        "web",
        "ttdn",
        "createsuperuser",
        "--noinput",
        "--username",
        "admin",
        "--email",
        "admin@example.invalid",
    )
    response, _ = client.post_form(
        "/accounts/login/",
        {
            "csrfmiddlewaretoken": client.cookies["csrftoken"],
            "username": "admin",
            "password": deployment.admin_password,
        },
    )
    assert response.status == 302, response.status
    assert "sessionid" in client.cookies

    # The web container enqueues a plan import on Redis; the worker container reads it.
    response, _ = client.post_form(
        "/imports/",
        {"csrfmiddlewaretoken": client.cookies["csrftoken"]},
        files=[("files", "ke-hoach.txt", PLAN_TEXT.read_bytes())],
    )
    assert response.status == 302, response.status
    assert "/imports/batch/" in response.headers["Location"]

    def read_by_worker():
        assert deployment.inspect("worker")["State"]["Status"] == "running", deployment.logs()
        statuses = deployment.sql("SELECT status FROM importer_importjob")
        return statuses if statuses and statuses[0] not in ("queued", "running") else None

    with _step("plan import read by the worker"):
        statuses = _wait_until(read_by_worker, WORKER_LIMIT_S, "the import read", deployment)
    assert statuses == ["ready"]
    # The queue was Redis's: huey keeps the task's result there.
    keys = deployment.compose("exec", "-T", "redis", "redis-cli", "--scan", "--pattern", "huey.*")
    assert "huey.results." in keys.stdout, keys.stdout

    # Both stop cleanly: gunicorn on SIGTERM, the worker on the SIGINT of compose.yaml.
    with _step("stop web and worker"):
        deployment.compose("stop", "--timeout", "160", "web", "worker", timeout=400)
    for service in ("web", "worker"):
        state = deployment.inspect(service)["State"]
        assert state["ExitCode"] == 0, (service, state, deployment.logs())
