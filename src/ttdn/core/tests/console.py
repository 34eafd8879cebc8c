"""The ``ttdn`` console script run as an operator or a script runs it, for the tests of
its stable contracts (``ttdn import-plan``, ``ttdn match-query``, ``ttdn create-token``)."""

from __future__ import annotations

import subprocess
import sys


def run_ttdn(*args: str, var_dir, stdin: str | None = None, timeout: int = 120):
    """``ttdn ARGS…`` in a fresh process on a development setup whose files live in
    ``var_dir``; the finished process (its exit code, standard output and error)."""
    env = {"TTDN_DEVELOPMENT": "1", "TTDN_VAR_DIR": str(var_dir), "PATH": "/usr/bin:/bin"}
    return subprocess.run(  # noqa: S603  (the project's own entry point)
        [sys.executable, "-m", "ttdn.cli", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )
