"""One setting for every X-Forwarded-* header: TTDN_TRUSTED_PROXIES (ttdn.core.proxies)."""

import ipaddress

import pytest
from django.test import Client

from ttdn.core.proxies import client_address

pytestmark = pytest.mark.django_db


@pytest.fixture
def behind_proxy(settings):
    settings.TTDN_TRUSTED_PROXIES = [ipaddress.ip_network("10.0.0.1")]
    settings.SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    settings.SECURE_SSL_REDIRECT = True
    return settings


def test_the_proxy_saying_https_is_believed(behind_proxy):
    response = Client().get("/healthz", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_PROTO="https")
    assert response.status_code == 200
    response = Client().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_PROTO="https")
    # not redirected to https (it is https): on to the login page
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/"


def test_a_client_reaching_the_application_directly_cannot_claim_https(behind_proxy):
    # Without the proxy in between, "X-Forwarded-Proto: https" is the client's own claim: it
    # is dropped, the request is plain HTTP and gets the redirect to HTTPS.
    response = Client().get("/", REMOTE_ADDR="198.51.100.4", HTTP_X_FORWARDED_PROTO="https")
    assert response.status_code == 301
    assert response["Location"].startswith("https://")


def test_the_client_address_is_the_first_hop_that_is_not_ours(behind_proxy):
    meta = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": "6.6.6.6, 203.0.113.7"}
    assert client_address(meta) == "203.0.113.7"
    assert client_address(meta | {"REMOTE_ADDR": "198.51.100.4"}) == "198.51.100.4"


def test_gunicorn_trusts_the_same_proxies(monkeypatch):
    import runpy

    monkeypatch.setenv("TTDN_TRUSTED_PROXIES", "127.0.0.1, 10.0.0.0/24")
    conf = runpy.run_module("ttdn.gunicorn_conf")
    assert conf["forwarded_allow_ips"] == "127.0.0.1/32,10.0.0.0/24"
    monkeypatch.setenv("TTDN_TRUSTED_PROXIES", "")
    assert runpy.run_module("ttdn.gunicorn_conf")["forwarded_allow_ips"] == ""
