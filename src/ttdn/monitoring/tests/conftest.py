"""Fixtures shared by the monitoring tests (each part adds its own import line)."""

from ttdn.monitoring.tests.ingest_support import press_server  # noqa: F401
