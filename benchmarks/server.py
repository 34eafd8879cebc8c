"""Start and stop gunicorn with production-like settings, for the HTTP benchmarks.

Used by ``benchmarks/pages_http.py`` and ``benchmarks/loadtest.py``: ``DEBUG`` off,
``TTDN_DEVELOPMENT`` unset, a random ``SECRET_KEY``, ``ALLOWED_HOSTS=127.0.0.1``,
``DATABASE_URL`` as given, uploads and static files in a scratch ``TTDN_VAR_DIR``, the
task queue on Redis (``HUEY_REDIS_URL``; nothing consumes it during a run). Bound to
loopback on a free port; workers from ``WEB_CONCURRENCY`` (gunicorn's own variable,
default ``2 * cores + 1``).
"""

from __future__ import annotations

import os
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def production_env(
    database_url: str, var_dir: Path, redis_url: str, secret_key: str | None = None
) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("TTDN_DEVELOPMENT", "DEBUG")}
    env.update(
        {
            "DATABASE_URL": database_url,
            "SECRET_KEY": secret_key or secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            # Plain HTTP on loopback: cookies must not be HTTPS-only (docs/operations.md).
            "SESSION_COOKIE_SECURE": "0",
            "CSRF_COOKIE_SECURE": "0",
            "TTDN_VAR_DIR": str(var_dir),
            "HUEY_REDIS_URL": redis_url,
            "DJANGO_SETTINGS_MODULE": "ttdn.settings",
            "PYTHONPATH": str(ROOT / "src"),
        }
    )
    return env


class Gunicorn:
    """``with Gunicorn(...) as server: server.url``: gunicorn on loopback until the block ends."""

    def __init__(
        self,
        database_url: str,
        *,
        var_dir: Path,
        redis_url: str = "redis://127.0.0.1:6379/5",
        workers: int | None = None,
        log_path: Path | None = None,
        secret_key: str | None = None,
    ):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.var_dir = Path(var_dir)
        self.env = production_env(database_url, self.var_dir, redis_url, secret_key)
        self.workers = workers or int(
            os.environ.get("WEB_CONCURRENCY") or 2 * (os.cpu_count() or 1) + 1
        )
        self.log_path = log_path or self.var_dir / "gunicorn.log"
        self.process: subprocess.Popen | None = None

    def collectstatic(self) -> None:
        self.var_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [str(BIN / "ttdn"), "collectstatic", "--noinput", "-v", "0"],
            env=self.env,
            check=True,
        )

    def __enter__(self) -> Gunicorn:
        self.collectstatic()
        self.log = open(self.log_path, "ab")  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "ttdn.wsgi:application",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--workers",
                str(self.workers),
                "--timeout",
                "60",
                "--log-level",
                "warning",
            ],
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            cwd=self.var_dir,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited; see {self.log_path}")
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=5) as r:  # noqa: S310
                    if r.status == 200:
                        return self
            except OSError:
                time.sleep(0.5)
        raise RuntimeError(f"gunicorn did not answer /healthz within 60 s; see {self.log_path}")

    def __exit__(self, *exc) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()
