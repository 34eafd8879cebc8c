"""End to end in a real Chromium: an officer records a training course with attendees,
linked to a task; the indicator on the dashboard and the figure pre-filled in the
agency's report submission change accordingly (issue 10, "Measured")."""

import datetime as dt

import pytest
from django.urls import reverse
from django.utils import timezone

RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (e) {
  window.__cspViolations.push(e.violatedDirective + " " + e.blockedURI);
});
"""

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def _attendees(page) -> str:
    return page.locator('tr[data-code="trainings.attendees"] td.num').inner_text().strip()


def test_a_training_course_counts_on_the_dashboard_and_in_the_report(
    live_server, login, new_page, artifacts, make_plan, officer_a, coordinator, agency_a
):
    from ttdn.submissions.services import request_create_adhoc

    today = timezone.localdate()
    plan = make_plan(year=today.year, status="in_progress", timeframe="Quý IV")
    task = plan.tasks.get()
    request = request_create_adhoc(
        actor=coordinator,
        plan=plan,
        title="Báo cáo đột xuất về tập huấn",
        deadline=today + dt.timedelta(days=10),
        period_start=dt.date(today.year, 1, 1),
        period_end=today,
        agencies=[agency_a],
    )
    submission = request.submissions.get()
    base = live_server.url
    page = new_page()
    page.context.add_init_script(RECORD_VIOLATIONS)
    login(page, "officer_a")

    page.goto(f"{base}/indicators/?period={today.year}")
    assert _attendees(page) == "0"

    page.goto(f"{base}/activities/trainings/new/")
    page.fill("input[name=title]", "Tập huấn kỹ năng phát ngôn")
    page.fill("input[name=start_date]", today.strftime("%d/%m/%Y"))  # as people type it
    page.fill("input[name=attendees_leaders]", "12")
    page.fill("input[name=attendees_officials]", "23")
    tasks = page.locator("select[name=tasks]")
    if tasks.count():
        tasks.select_option(str(task.pk))
    else:
        page.check(f"input[name=tasks][value='{task.pk}']")
    page.locator("form[method=post] button[type=submit]").last.click()
    page.wait_for_load_state()
    assert "/activities/trainings/" in page.url and not page.url.endswith("/new/")

    page.goto(f"{base}/indicators/?period={today.year}")
    assert _attendees(page) == "35"
    page.screenshot(path=str(artifacts / "indicators-dashboard.png"), full_page=True)

    # The agency page shows the same figure once its section has loaded (htmx, after the
    # page: decision 0037).
    page.goto(base + reverse("pages:agency", args=[agency_a.pk]))
    page.wait_for_selector('#indicators tr[data-code="trainings.attendees"]')
    assert _attendees(page) == "35"

    page.goto(base + reverse("submissions:submission", args=[submission.pk]))
    figures = page.locator("textarea[name=figures]").input_value()
    assert "35" in figures and (
        "Training attendees" in figures or "Lượt người được tập huấn" in figures
    )
    assert page.evaluate("window.__cspViolations") == []
