"""gunicorn configuration for ttdn, read from the environment (docs/operations.md, "Serving").

Used by ``ttdn serve`` — the one production entry point of the systemd unit, the Compose
file and the test that starts the production path — as ``gunicorn -c python:ttdn.gunicorn_conf``.

| Variable | Default |
|---|---|
| ``TTDN_BIND`` | ``127.0.0.1:8000`` (a comma-separated list binds several addresses) |
| ``TTDN_WEB_WORKERS`` (or ``WEB_CONCURRENCY``) | ``2 × cores + 1``, at most 8 |
| ``TTDN_WEB_THREADS`` | ``1`` (more than 1: threaded workers) |
| ``TTDN_WEB_TIMEOUT`` | ``60`` seconds for one request before the worker is restarted |
| ``TTDN_WEB_GRACEFUL_TIMEOUT`` | ``30`` seconds for running requests on stop or reload |
| ``TTDN_WEB_MAX_REQUESTS`` | ``1000`` requests before a worker is replaced (0: never) |
| ``TTDN_TRUSTED_PROXIES`` | empty: the reverse proxies whose X-Forwarded-* headers are trusted (``ttdn.core.proxies``) |
| ``TTDN_ACCESS_LOG`` | ``-`` (stdout); empty turns the access log off |
"""

import os

from ttdn.core.env import env, env_int, env_list, env_networks


def default_workers() -> int:
    return min(2 * (os.cpu_count() or 1) + 1, 8)


bind = env_list("TTDN_BIND", ["127.0.0.1:8000"])
workers = env_int("TTDN_WEB_WORKERS", env_int("WEB_CONCURRENCY", default_workers()))
threads = env_int("TTDN_WEB_THREADS", 1)
worker_class = "gthread" if threads > 1 else "sync"
timeout = env_int("TTDN_WEB_TIMEOUT", 60)
graceful_timeout = env_int("TTDN_WEB_GRACEFUL_TIMEOUT", 30)
keepalive = 5
max_requests = env_int("TTDN_WEB_MAX_REQUESTS", 1000)
max_requests_jitter = max_requests // 10
# Load the application once in the master: a broken setting stops the start instead of
# every worker failing in a loop, and the workers share the frozen start-up memory (wsgi.py).
preload_app = True
# The same proxies Django trusts (ttdn.core.proxies); none: gunicorn trusts no one's headers.
forwarded_allow_ips = ",".join(str(network) for network in env_networks("TTDN_TRUSTED_PROXIES"))
# Workers report liveness through a file; memory-backed where there is one.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None  # noqa: S108
accesslog = env("TTDN_ACCESS_LOG", "-") or None
errorlog = "-"
loglevel = (env("LOG_LEVEL") or "info").lower()
# Remote address, user, time, request line, status, bytes, referrer, user agent, microseconds.
access_log_format = '%(h)s %(u)s %(t)s "%(r)s" %(s)s %(B)s "%(f)s" "%(a)s" %(D)sus'
proc_name = "ttdn"
wsgi_app = "ttdn.wsgi:application"
