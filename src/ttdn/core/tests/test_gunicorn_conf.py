"""ttdn/gunicorn_conf.py reads the web server's settings from the environment."""

import importlib

import pytest
from django.core.exceptions import ImproperlyConfigured


def _load(monkeypatch, **env):
    for name in (
        "TTDN_BIND",
        "TTDN_WEB_WORKERS",
        "WEB_CONCURRENCY",
        "TTDN_WEB_THREADS",
        "TTDN_WEB_TIMEOUT",
        "TTDN_ACCESS_LOG",
    ):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(f"{name}_FILE", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    import ttdn.gunicorn_conf

    return importlib.reload(ttdn.gunicorn_conf)


def test_defaults(monkeypatch):
    conf = _load(monkeypatch)

    assert conf.bind == ["127.0.0.1:8000"]
    assert conf.workers == conf.default_workers() >= 3
    assert conf.worker_class == "sync"
    assert conf.preload_app is True
    assert conf.wsgi_app == "ttdn.wsgi:application"
    assert conf.accesslog == "-"
    assert (conf.timeout, conf.graceful_timeout) == (60, 30)


def test_values_from_the_environment(monkeypatch):
    conf = _load(
        monkeypatch,
        TTDN_BIND="0.0.0.0:9000,unix:/run/ttdn/web.sock",
        TTDN_WEB_WORKERS="5",
        WEB_CONCURRENCY="2",
        TTDN_WEB_THREADS="4",
        TTDN_WEB_TIMEOUT="120",
        TTDN_ACCESS_LOG="",
    )

    assert conf.bind == ["0.0.0.0:9000", "unix:/run/ttdn/web.sock"]
    assert conf.workers == 5  # TTDN_WEB_WORKERS wins over WEB_CONCURRENCY
    assert (conf.threads, conf.worker_class) == (4, "gthread")
    assert conf.timeout == 120
    assert conf.accesslog is None


def test_web_concurrency_is_the_fallback(monkeypatch):
    assert _load(monkeypatch, WEB_CONCURRENCY="2").workers == 2


def test_a_bad_value_stops_the_start(monkeypatch):
    with pytest.raises(ImproperlyConfigured, match="TTDN_WEB_WORKERS"):
        _load(monkeypatch, TTDN_WEB_WORKERS="many")
