"""A real background worker killed in the middle of an import: the job is recovered.

Everything runs in subprocesses of ``ttdn`` on a fresh ``TTDN_VAR_DIR`` (its database
and its SQLite huey queue are shared by the worker processes); this test only reads the
database. One scanned PDF is uploaded, so that reading it takes a few seconds of OCR,
then:

1. worker 1 starts reading it and is killed with SIGKILL on the second page: the job is
   left ``running`` with nothing stored;
2. worker 2 starts once the lease has run out; its sweep (run as the consumer starts)
   queues the job again and it reads it (attempt 2), until it is stopped with SIGTERM,
   which ends its lease at once (huey reports the interrupted task);
3. worker 3 sweeps and reads it a third time, to the end.

The job must end ``ready`` with the same extraction as one uninterrupted run, after
exactly three attempts, two "queued again" audit entries and nothing created in plans.
A job that would fail instead is covered with the clock moved by hand (test_leases.py).

The waits have deadlines only so that a broken build fails instead of hanging; nothing
here measures time. The workers need a database they all reach that outlives this test's
transaction, so they never use pytest-django's: when the suite runs on SQLite they get a
new SQLite file; when it runs on PostgreSQL (``DATABASE_URL``) they get a new PostgreSQL
database next to it, dropped at the end. The queue is huey's SQLite file either way.
"""

import datetime
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from ttdn.importer.result import ExtractionResult

ROOT = Path(__file__).resolve().parents[4]
SCAN = ROOT / "tests" / "fixtures" / "importer" / "ke_hoach_scan.pdf"
EXPECTED = json.loads(SCAN.with_suffix(".expected.json").read_text(encoding="utf-8"))
LEASE_SECONDS = 3
DEADLINE_SECONDS = 120
# Progress of a scanned PDF: 5-25 % is the text pass, then OCR page by page (25, 41, 58).
SECOND_PAGE = 41


def _has_vietnamese_ocr() -> bool:
    if shutil.which("tesseract") is None:
        return False
    import pytesseract

    return "vie" in pytesseract.get_languages(config="")


pytestmark = [
    pytest.mark.worker,
    pytest.mark.skipif(
        not _has_vietnamese_ocr(),
        reason="OCR needs the Debian packages tesseract-ocr and tesseract-ocr-vie",
    ),
]

CREATE_JOB = """
from django.core.files.uploadedfile import SimpleUploadedFile
from ttdn.accounts.models import User
from ttdn.importer import services
user = User.objects.create_user("coordinator", password="pw-coordinator", role="coordinator")
upload = SimpleUploadedFile("ke_hoach_scan.pdf", open({path!r}, "rb").read())
[job] = services.import_jobs_create(actor=user, files=[upload])
print(job.pk.hex)
"""


class Database:
    """The workers' database: a SQLite file, or a fresh PostgreSQL database; read here
    with the driver alone (this test never uses Django's connection for it)."""

    def __init__(self, var: Path, postgres_url: str | None) -> None:
        self.url = None
        self.admin_url = postgres_url
        if postgres_url:
            parts = urlsplit(postgres_url)
            self.name = f"ttdn_kill_{uuid.uuid4().hex[:12]}"
            self.url = urlunsplit(parts._replace(path="/" + self.name))
            self._admin(f'CREATE DATABASE "{self.name}"')
        self.path = var / "ttdn.sqlite3"
        self.connection = None

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.admin_url, autocommit=True) as admin:
            admin.execute(sql)

    def query(self, sql: str, *params) -> list[tuple]:
        if self.connection is None:
            if self.url:
                import psycopg

                self.connection = psycopg.connect(self.url, autocommit=True)
            else:
                self.connection = sqlite3.connect(self.path, isolation_level=None)
        if self.url:
            sql = sql.replace("?", "%s")
        return list(self.connection.execute(sql, params).fetchall())

    def close(self) -> None:
        if self.connection is not None:
            self.connection.close()
        if self.url:
            self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def _json(value):
    return json.loads(value) if isinstance(value, str) else value


def _utc(value) -> datetime.datetime | None:
    if isinstance(value, str):
        value = datetime.datetime.fromisoformat(value)
    if value is not None and value.tzinfo is None:
        value = value.replace(tzinfo=datetime.UTC)  # SQLite: stored in UTC without offset
    return value


class Site:
    """One ttdn installation in a temporary directory, driven through its command line."""

    def __init__(self, var: Path, database: Database) -> None:
        self.var = var
        self.database = database
        dropped = ("DATABASE_URL", "HUEY_", "TTDN_", "DJANGO_SETTINGS_MODULE")
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(dropped)}
        self.env.update(
            DJANGO_SETTINGS_MODULE="ttdn.settings",
            TTDN_DEVELOPMENT="1",
            TTDN_VAR_DIR=str(var),
            TTDN_IMPORT_LEASE_SECONDS=str(LEASE_SECONDS),
            TTDN_IMPORT_MAX_ATTEMPTS="3",
        )
        if database.url:
            self.env["DATABASE_URL"] = database.url
        self.workers: list[subprocess.Popen] = []

    def ttdn(self, *args: str) -> str:
        done = subprocess.run(
            [sys.executable, "-m", "ttdn.cli", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=DEADLINE_SECONDS,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    def start(self, *args: str) -> subprocess.Popen:
        """``ttdn ARGS`` in the background; its output is read with ``communicate()``."""
        return subprocess.Popen(
            [sys.executable, "-m", "ttdn.cli", *args],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def start_worker(self, **env: str) -> subprocess.Popen:
        log = (self.var / f"worker-{len(self.workers) + 1}.log").open("w")
        worker = subprocess.Popen(
            [sys.executable, "-m", "ttdn.cli", "run_huey", "--workers", "1"],
            env={**self.env, **env},
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        self.workers.append(worker)
        return worker

    def logs(self) -> str:
        return "\n".join(
            f"--- {p.name}\n{p.read_text(errors='replace')[-3000:]}"
            for p in sorted(self.var.glob("worker-*.log"))
        )

    def job(self, pk: str) -> dict:
        [row] = self.database.query(
            "SELECT status, progress, attempts, lease_expires_at, result, error_message"
            " FROM importer_importjob WHERE id = ?",
            pk,
        )
        job = dict(
            zip(["status", "progress", "attempts", "lease", "result", "error"], row, strict=True)
        )
        return {**job, "lease": _utc(job["lease"]), "result": _json(job["result"])}

    def count(self, sql: str) -> int:
        return self.database.query(sql)[0][0]

    def wait_for(self, what: str, condition):
        """Poll ``condition`` until it returns something true; fail (with the worker logs)
        if it never does before the deadline."""
        deadline = time.monotonic() + DEADLINE_SECONDS
        while time.monotonic() < deadline:
            if value := condition():
                return value
            time.sleep(0.1)
        pytest.fail(f"gave up waiting for {what}\n{self.logs()}")

    def stop_all(self) -> None:
        for worker in self.workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait(timeout=DEADLINE_SECONDS)
        self.database.close()


@pytest.fixture
def site(tmp_path):
    url = os.environ.get("DATABASE_URL", "")
    var = tmp_path / "var"
    var.mkdir()
    site = Site(var, Database(var, url if url.startswith("postgres") else None))
    try:
        site.ttdn("migrate", "--noinput", "-v", "0")
        yield site
    finally:
        site.stop_all()


def _lease_over(job: dict) -> bool:
    return datetime.datetime.now(datetime.UTC) > job["lease"]


def _kill_on_second_page(site: Site, pk: str, worker, sig: int, attempt: int) -> dict:
    site.wait_for(
        f"attempt {attempt} to reach the second page",
        lambda: (
            (job := site.job(pk))["status"] == "running"
            and job["attempts"] == attempt
            and job["progress"] >= SECOND_PAGE
        ),
    )
    worker.send_signal(sig)
    worker.wait(timeout=DEADLINE_SECONDS)
    job = site.job(pk)
    # Killed mid-job: still "running" (nobody is left to say otherwise), nothing stored.
    assert (job["status"], job["attempts"], job["result"]) == ("running", attempt, {})
    return job


def test_an_import_whose_worker_is_killed_is_read_again_to_the_same_result(site):
    pk = site.ttdn("shell", "--no-imports", "-c", CREATE_JOB.format(path=str(SCAN))).strip()
    assert site.job(pk)["status"] == "queued"
    # One uninterrupted reading of the same file, to compare with (runs meanwhile).
    single_run = site.start("import-plan", "--dry-run", "--json", str(SCAN))

    # SIGKILL: nothing runs in the worker any more; the lease runs out on its own.
    _kill_on_second_page(site, pk, site.start_worker(), signal.SIGKILL, attempt=1)
    site.wait_for("the lease of attempt 1 to run out", lambda: _lease_over(site.job(pk)))
    # SIGTERM: huey interrupts the task and says so; the lease (a minute long here) is
    # ended at once, so the next worker does not wait for it.
    worker = site.start_worker(TTDN_IMPORT_LEASE_SECONDS="60")
    job = _kill_on_second_page(site, pk, worker, signal.SIGTERM, attempt=2)
    assert _lease_over(job), site.logs()
    site.start_worker()
    job = site.wait_for(
        "the third attempt to finish",
        lambda: (job := site.job(pk))["status"] not in ("queued", "running") and job,
    )

    assert job["status"] == "ready", f"{job['error']}\n{site.logs()}"
    assert job["attempts"] == 3
    assert job["lease"] is None
    # The same extraction as one uninterrupted reading of the file on this machine:
    out, err = single_run.communicate(timeout=DEADLINE_SECONDS)
    assert single_run.returncode == 0, err
    single = json.loads(out)
    stored = ExtractionResult.from_dict(job["result"]).contract()
    assert stored == single
    assert len(stored["tasks"]) == len(EXPECTED["tasks"])
    assert site.count("SELECT count(*) FROM importer_importjob") == 1
    assert site.count("SELECT count(*) FROM plans_plan") == 0
    assert site.count("SELECT count(*) FROM plans_task") == 0
    retried = [
        _json(data)
        for (data,) in site.database.query(
            "SELECT data FROM audit_auditentry WHERE action = 'import.retried' ORDER BY id"
        )
    ]
    assert [entry["reason"] for entry in retried] == ["worker_lost", "worker_lost"]
