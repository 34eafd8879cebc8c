"""The reporting deadline (05/11) as locust users: officers, coordinators and leaders.

Run through ``benchmarks/loadtest.py``, which prepares the data each simulated user
works on (``LOADTEST_PLAN``, a JSON file), starts gunicorn, runs locust headless with a
bounded ``--run-time`` and counts the rows afterwards. By hand::

    LOADTEST_PLAN=/tmp/plan.json LOADTEST_LOG=/tmp/writes.json \\
        locust -f benchmarks/locustfile.py --headless -u 200 -r 20 --run-time 3m \\
        --host http://127.0.0.1:8000

- Officers (the most): read their home page, their agency page and a task, then
  open the progress form of one of their agency's open tasks and submit a report
  with an evidence file (a small PDF).
- Coordinators: read their home page and the review queue, accept or return reports
  (each simulated coordinator has its own reports, so two never decide the same one).
- Leaders: read their home page, a plan and the list of late tasks.

Every write the server confirmed (HTTP 302 to the next page) is written to
``LOADTEST_LOG`` at the end, with the marker put in its text, so ``loadtest.py`` can
check that each one is in the database.
"""

from __future__ import annotations

import itertools
import json
import os
import random
import threading
import time
from urllib.parse import urlparse

from locust import HttpUser, between, events, task

PLAN = json.loads(open(os.environ["LOADTEST_PLAN"], encoding="utf-8").read())  # noqa: SIM115
LOG_PATH = os.environ.get("LOADTEST_LOG", "")
MARKER = PLAN["marker"]
PASSWORD = "bench"  # noqa: S105 (the generated benchmark logins)
WAIT = tuple(float(x) for x in os.environ.get("LOADTEST_WAIT", PLAN.get("wait", "5,15")).split(","))

_lock = threading.Lock()
_writes: dict[str, list] = {"submitted": [], "reviewed": []}
_officers = itertools.cycle(PLAN["officers"])
_coordinators = itertools.cycle(PLAN["coordinators"])
_leaders = itertools.cycle(PLAN["leaders"])
_counter = itertools.count(1)


def _evidence_pdf(n: int) -> bytes:
    """A small, well-formed one-page PDF (about 20 KB) with a unique comment."""
    filler = b"% " + b"minh chung " * 1800 + b"\n"
    body = (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    )
    return body + filler + f"% {MARKER}-{n}\n".encode() + b"trailer<</Root 1 0 R>>\n%%EOF\n"


@events.test_stop.add_listener
def _write_log(environment, **kwargs):
    if LOG_PATH:
        with _lock, open(LOG_PATH, "w", encoding="utf-8") as f:
            json.dump(_writes, f)


class _LoggedIn(HttpUser):
    abstract = True
    wait_time = between(*WAIT)
    account: dict

    def pick_account(self) -> dict:
        raise NotImplementedError

    def on_start(self):
        self.account = self.pick_account()
        if self.account.get("session"):
            # Signed in before the deadline: a session made by loadtest.py (no password
            # hashing in the measured minutes), and a CSRF cookie of our own.
            host = urlparse(self.host).hostname
            self.client.cookies.set("sessionid", self.account["session"], domain=host, path="/")
            self.client.cookies.set("csrftoken", self.account["csrf"], domain=host, path="/")
            return
        self.client.get("/accounts/login/", name="login form")
        with self.client.post(
            "/accounts/login/",
            data={
                "username": self.account["username"],
                "password": PASSWORD,
                "csrfmiddlewaretoken": self.csrf(),
            },
            allow_redirects=False,
            name="login",
            catch_response=True,
        ) as r:
            if r.status_code != 302:
                r.failure(f"login of {self.account['username']}: HTTP {r.status_code}")

    def csrf(self) -> str:
        # The newest csrftoken cookie (the server may have set one besides ours).
        tokens = [c.value for c in self.client.cookies if c.name == "csrftoken"]
        return tokens[-1] if tokens else ""

    def page(self, url: str, name: str):
        with self.client.get(url, name=name, catch_response=True) as r:
            if r.status_code != 200:
                r.failure(f"HTTP {r.status_code}")


class Officer(_LoggedIn):
    weight = 7

    def pick_account(self):
        return next(_officers)

    @task(3)
    def home(self):
        self.page("/", "home (officer)")

    @task(1)
    def agency(self):
        self.page(f"/agencies/{self.account['agency']}/", "agency page")

    @task(2)
    def read_task(self):
        self.page(f"/tasks/{random.choice(self.account['tasks'])}/", "task page")

    @task(3)
    def report(self):
        task_id = random.choice(self.account["tasks"])
        self.page(f"/tasks/{task_id}/progress/", "progress form")
        n = next(_counter)
        marker = f"{MARKER}-{n}"
        with self.client.post(
            f"/tasks/{task_id}/progress/",
            data={
                "agency": self.account["agency"],
                "period_end": "",
                "status": "in_progress",
                "percent": random.randint(10, 95),
                "narrative": f"Đã đăng tải {n % 40 + 2} tin, bài về thông tin đối ngoại. [{marker}]",
                "figures": f"Số tin, bài: {n % 40 + 2}",
                "links": "",
                "csrfmiddlewaretoken": self.csrf(),
            },
            files={"files": (f"bao-cao-{n}.pdf", _evidence_pdf(n), "application/pdf")},
            allow_redirects=False,
            name="progress submit",
            catch_response=True,
        ) as r:
            if r.status_code == 302:
                with _lock:
                    _writes["submitted"].append(
                        {"marker": marker, "task": task_id, "at": time.time()}
                    )
            else:
                r.failure(f"HTTP {r.status_code} (form errors?)")


class Coordinator(_LoggedIn):
    weight = 2

    def pick_account(self):
        account = next(_coordinators)
        self.pending = list(account["updates"])
        return account

    @task(2)
    def home(self):
        self.page("/", "home (coordinator)")

    @task(2)
    def queue(self):
        self.page("/review/", "review queue")

    @task(4)
    def review(self):
        if not self.pending:
            self.queue()
            return
        update_id = self.pending.pop()
        accept = random.random() < 0.8
        with self.client.post(
            f"/review/{update_id}/",
            data={
                "decision": "accept" if accept else "return",
                "comment": "" if accept else "Đề nghị bổ sung số liệu và minh chứng.",
                "csrfmiddlewaretoken": self.csrf(),
            },
            allow_redirects=False,
            name="review decide",
            catch_response=True,
        ) as r:
            if r.status_code == 302:
                with _lock:
                    _writes["reviewed"].append({"update": update_id, "accept": accept})
            else:
                r.failure(f"HTTP {r.status_code}")


class Leader(_LoggedIn):
    weight = 1

    def pick_account(self):
        return next(_leaders)

    @task(3)
    def home(self):
        self.page("/", "home (leader)")

    @task(2)
    def plan(self):
        self.page(f"/plans/{random.choice(PLAN['plans'])}/", "plan page")

    @task(1)
    def late(self):
        self.page(f"/tasks/?status=late&year={PLAN['year']}", "task list (late)")
