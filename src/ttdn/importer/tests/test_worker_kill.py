"""A real background worker killed in the middle of an import: the job is recovered.

Everything runs in subprocesses of ``ttdn`` on a fresh ``TTDN_VAR_DIR``: a file SQLite
database and the SQLite huey queue, shared by the worker processes; this test only reads
the database. One scanned PDF is uploaded, so that reading it takes a few seconds of OCR,
then:

1. worker 1 starts reading it and is killed with SIGKILL on the second page: the job is
   left ``running`` with nothing stored;
2. worker 2 starts once the lease has run out; its sweep (run as the consumer starts)
   queues the job again and it reads it (attempt 2), until it is stopped with SIGTERM;
3. worker 3 sweeps and reads it a third time, to the end.

The job must end ``ready`` with the same extraction as one uninterrupted run, after
exactly three attempts, two "queued again" audit entries and nothing created in plans.
A job that would fail instead is covered with the clock moved by hand (test_leases.py).

The waits have deadlines only so that a broken build fails instead of hanging; nothing
here measures time. SQLite only: the worker processes need a database they can all
reach that outlives this test's transaction; pytest-django's PostgreSQL test database is
rolled back per test and invisible to them. The lease logic itself runs on both
databases in test_leases.py.
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
from pathlib import Path

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


class Site:
    """One ttdn installation in a temporary directory, driven through its command line."""

    def __init__(self, var: Path) -> None:
        self.var = var
        dropped = ("DATABASE_URL", "HUEY_", "TTDN_", "DJANGO_SETTINGS_MODULE")
        self.env = {k: v for k, v in os.environ.items() if not k.startswith(dropped)}
        self.env.update(
            DJANGO_SETTINGS_MODULE="ttdn.settings",
            TTDN_DEVELOPMENT="1",
            TTDN_VAR_DIR=str(var),
            TTDN_IMPORT_LEASE_SECONDS=str(LEASE_SECONDS),
            TTDN_IMPORT_MAX_ATTEMPTS="3",
        )
        self.workers: list[subprocess.Popen] = []
        self.db: sqlite3.Connection | None = None

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

    def start_worker(self) -> subprocess.Popen:
        log = (self.var / f"worker-{len(self.workers) + 1}.log").open("w")
        worker = subprocess.Popen(
            [sys.executable, "-m", "ttdn.cli", "run_huey", "--workers", "1"],
            env=self.env,
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
        if self.db is None:
            self.db = sqlite3.connect(self.var / "ttdn.sqlite3", isolation_level=None)
            self.db.row_factory = sqlite3.Row
        row = self.db.execute(
            "SELECT status, progress, attempts, lease_expires_at, result, error_message"
            " FROM importer_importjob WHERE id = ?",
            [pk],
        ).fetchone()
        return dict(row)

    def count(self, sql: str, *params) -> int:
        return self.db.execute(sql, params).fetchone()[0]

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
        if self.db is not None:
            self.db.close()


@pytest.fixture
def site(tmp_path):
    site = Site(tmp_path / "var")
    site.var.mkdir()
    site.ttdn("migrate", "--noinput", "-v", "0")
    try:
        yield site
    finally:
        site.stop_all()


def _lease_over(job: dict) -> bool:
    expires = datetime.datetime.fromisoformat(job["lease_expires_at"]).replace(tzinfo=datetime.UTC)
    return datetime.datetime.now(datetime.UTC) > expires


def _kill_on_second_page(site: Site, pk: str, worker, sig: int, attempt: int) -> None:
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
    assert (job["status"], job["attempts"], json.loads(job["result"])) == ("running", attempt, {})
    site.wait_for(f"the lease of attempt {attempt} to run out", lambda: _lease_over(site.job(pk)))


def test_an_import_whose_worker_is_killed_is_read_again_to_the_same_result(site):
    pk = site.ttdn("shell", "--no-imports", "-c", CREATE_JOB.format(path=str(SCAN))).strip()
    assert site.job(pk)["status"] == "queued"
    # One uninterrupted reading of the same file, to compare with (runs meanwhile).
    single_run = site.start("import-plan", "--dry-run", "--json", str(SCAN))

    _kill_on_second_page(site, pk, site.start_worker(), signal.SIGKILL, attempt=1)
    _kill_on_second_page(site, pk, site.start_worker(), signal.SIGTERM, attempt=2)
    site.start_worker()
    job = site.wait_for(
        "the third attempt to finish",
        lambda: (job := site.job(pk))["status"] not in ("queued", "running") and job,
    )

    assert job["status"] == "ready", f"{job['error_message']}\n{site.logs()}"
    assert job["attempts"] == 3
    assert job["lease_expires_at"] is None
    # The same extraction as one uninterrupted reading of the file on this machine:
    out, err = single_run.communicate(timeout=DEADLINE_SECONDS)
    assert single_run.returncode == 0, err
    single = json.loads(out)
    stored = ExtractionResult.from_dict(json.loads(job["result"])).contract()
    assert stored == single
    assert len(stored["tasks"]) == len(EXPECTED["tasks"])
    assert site.count("SELECT count(*) FROM importer_importjob") == 1
    assert site.count("SELECT count(*) FROM plans_plan") == 0
    assert site.count("SELECT count(*) FROM plans_task") == 0
    retried = [
        json.loads(data)
        for (data,) in site.db.execute(
            "SELECT data FROM audit_auditentry WHERE action = 'import.retried' ORDER BY id"
        )
    ]
    assert [entry["reason"] for entry in retried] == ["worker_lost", "worker_lost"]
