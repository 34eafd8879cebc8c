"""End to end in a real Chromium: wrong passwords lock the login with a Vietnamese message
on the site's own page (decision 0015); another user on the same machine still logs in."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_wrong_passwords_lock_the_login_with_a_message_in_the_page(
    live_server, login, new_page, artifacts, settings, officer_a, coordinator
):
    settings.AXES_FAILURE_LIMIT = 3
    base = live_server.url
    page = new_page()
    for _ in range(3):
        page.goto(f"{base}/accounts/login/")
        page.fill("input[name=username]", "officer_a")
        page.fill("input[name=password]", "sai-mat-khau")
        with page.expect_response(lambda r: r.request.method == "POST") as posted:
            page.click("button[type=submit]")
    assert posted.value.status == 429
    alert = page.locator("[role=alert]").inner_text()
    assert "phút" in alert or "minute" in alert
    assert page.locator("input[name=password]").is_visible()  # the site's page, not bare text
    page.screenshot(path=str(artifacts / "login-locked.png"), full_page=True)

    other = new_page()
    login(other, "coordinator")  # same address, another name: not locked
