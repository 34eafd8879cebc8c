"""End to end in a real Chromium: the coordinator opens a plan's dashboard from the plan
page, changes the period and drills down to a late task; a visitor reads the public
page on a phone (decision 0026)."""

import pytest

from ttdn.reports.tests.conftest import report_plan  # noqa: F401 (a fixture)

# Records every violation the browser reports (as tests/e2e/test_csp.py does).
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI);
});
"""

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_coordinator_opens_the_dashboard_and_drills_down(
    live_server,
    login,
    new_page,
    artifacts,
    report_plan,  # noqa: F811
):
    base = live_server.url
    plan = report_plan.plan
    page = new_page()
    page.context.add_init_script(RECORD_VIOLATIONS)
    problems = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    login(page, "coordinator")
    page.goto(f"{base}/plans/{plan.pk}/")
    page.click("#plan-dashboard")
    page.wait_for_url(f"{base}/plans/{plan.pk}/dashboard/")
    assert page.locator("#by-agency svg rect.completion").count() == 2  # two lead agencies
    page.screenshot(path=str(artifacts / "plan-dashboard.png"), full_page=True)
    assert page.evaluate("window.__cspViolations") == []

    page.select_option("#period", "2018-Q3")  # data-autosubmit: the form is sent
    page.wait_for_url(f"{base}/plans/{plan.pk}/dashboard/?period=2018-Q3")
    assert page.evaluate("window.__cspViolations") == []
    late = page.locator("#late-tasks a.drill", has_text="Tổ chức đoàn phóng viên nước ngoài")
    assert late.count() == 1
    late.click()
    page.wait_for_url(f"{base}/tasks/{report_plan.tasks['t3'].pk}/")
    assert "Tổ chức đoàn phóng viên nước ngoài" in page.content()
    # No CSP refusal, no SVG attribute error (coordinates are never written 240,1).
    assert page.evaluate("window.__cspViolations") == []
    assert [p for p in problems if "404" not in p] == []


def test_a_visitor_reads_the_public_page_on_a_phone(
    live_server,
    new_page,
    artifacts,
    report_plan,  # noqa: F811
    coordinator,
):
    from ttdn.plans import services

    plan = report_plan.plan
    services.plan_update(
        actor=coordinator, plan=plan, expected_version=plan.version, visibility="public"
    )
    child = report_plan.child
    services.plan_update(
        actor=coordinator, plan=child, expected_version=child.version, visibility="public"
    )
    phone = new_page(width=390, height=844)
    phone.goto(f"{live_server.url}/plans/{plan.pk}/")
    assert "45/KH-SNV" in phone.locator("#implemented-by").inner_text()
    # Nothing wider than the screen: tables stack into cards.
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    phone.screenshot(path=str(artifacts / "public-plan-phone.png"), full_page=False)
