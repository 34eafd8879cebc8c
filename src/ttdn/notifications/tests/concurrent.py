"""Run the same code in two processes at once against one SQLite file (test helper).

pytest-django's SQLite test database lives in memory (shared cache), where two
connections writing at once fail with "table is locked" at once instead of waiting: not
what production's file database (WAL, busy timeout) does. So on SQLite the concurrency
tests run two real ``ttdn shell`` processes on a fresh database file; on PostgreSQL two
threads, each with its own connection, in the test database.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

TTDN = str(Path(sys.executable).with_name("ttdn"))


def sqlite_env(var_dir: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "PYTEST_CURRENT_TEST"}}
    env.update(
        TTDN_VAR_DIR=str(var_dir),
        TTDN_DEVELOPMENT="1",
        DJANGO_SETTINGS_MODULE="ttdn.settings",
        HUEY_IMMEDIATE="1",
    )
    return env


def shell(env: dict, code: str, *, timeout: int = 300) -> str:
    done = subprocess.run(
        [TTDN, "shell", "--no-imports", "-c", code],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def prepare(var_dir: Path, setup_code: str) -> dict:
    env = sqlite_env(var_dir)
    done = subprocess.run(
        [TTDN, "migrate", "--noinput", "-v", "0"],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    shell(env, setup_code)
    return env


def twice_at_once(env: dict, code: str, *, timeout: int = 300) -> list[str]:
    """Start two processes that run ``code`` at the same moment; their outputs."""
    start = time.time() + 4  # both have imported Django by then
    wrapped = f"import time\nwhile time.time() < {start}: time.sleep(0.002)\n{code}"
    procs = [
        subprocess.Popen(
            [TTDN, "shell", "--no-imports", "-c", wrapped],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outputs = []
    for proc in procs:
        out, err = proc.communicate(timeout=timeout)
        assert proc.returncode == 0, err[-3000:]
        outputs.append(out.strip())
    return outputs
