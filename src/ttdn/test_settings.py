"""Settings for the test suite: the real settings with test-only isolation."""

import os

os.environ.setdefault("TTDN_DEVELOPMENT", "1")

from ttdn.settings import *  # noqa: E402, F403
from ttdn.settings import HUEY, VAR_DIR  # noqa: E402

# The tests' huey queue is their own, never the one `make run` uses.
if HUEY.get("huey_class") == "huey.SqliteHuey":
    HUEY = {**HUEY, "filename": str(VAR_DIR / "test-huey.sqlite3")}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
