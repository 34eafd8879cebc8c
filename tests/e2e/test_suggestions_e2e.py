"""End to end in a real Chromium: news of a working session whose commitments no rule reads
as tasks; the review page offers them, the coordinator adds one with a click and creates the
plan with it."""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]


def test_a_suggested_sentence_is_added_with_a_click_and_becomes_a_task(
    live_server, login, new_page, artifacts, tmp_path, settings, coordinator, agency_b
):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from ttdn.importer import services
    from ttdn.importer.tests.test_suggestions import LEAFLETS, SESSION
    from ttdn.plans.models import Plan

    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    upload = SimpleUploadedFile(
        "tin-lam-viec.txt", SESSION.encode("utf-8"), content_type="text/plain"
    )
    [job] = services.import_jobs_create(actor=coordinator, files=[upload])
    services.import_job_run(job.pk)
    page = new_page()
    login(page, "coordinator")
    page.goto(f"{live_server.url}/imports/{job.pk}/")

    offered = page.locator("#suggested-tasks .suggestion")
    assert offered.count() >= 2
    assert page.locator("#suggested-tasks h3").inner_text() == "Câu có thể là nhiệm vụ"
    item = offered.filter(has_text=LEAFLETS)
    # "Show in the text" marks the sentence's line in the source beside the form
    item.locator(".show-src").click()
    assert LEAFLETS in page.locator("#source-text .ln.hit").first.inner_text()
    page.screenshot(path=str(artifacts / "import-suggestions.png"), full_page=False)

    # At phone width the suggestions fit: nothing overflows sideways.
    phone = new_page(width=390, height=844)
    login(phone, "coordinator")
    phone.goto(page.url)
    assert phone.locator("#suggested-tasks .suggestion").count() == offered.count()
    assert (
        phone.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth"
        )
        <= 1
    )
    phone.locator("#suggested-tasks").scroll_into_view_if_needed()
    phone.screenshot(path=str(artifacts / "import-suggestions-phone.png"), full_page=False)

    rows = int(page.input_value("input[name='tasks-TOTAL_FORMS']"))
    item.locator(".add-suggestion").click()
    assert page.input_value("input[name='tasks-TOTAL_FORMS']") == str(rows + 1)
    assert page.input_value(f"textarea[name='tasks-{rows}-text']") == LEAFLETS
    assert page.input_value(f"textarea[name='tasks-{rows}-lead']") == "Sở Ngoại vụ"
    assert page.locator("#suggested-tasks .suggestion", has_text=LEAFLETS).count() == 0
    assert page.locator("#no-tasks").count() == 0  # the "no tasks" line went with the new row
    page.screenshot(path=str(artifacts / "import-suggestion-added.png"), full_page=False)

    # A news item has no summary line: the coordinator writes one, then creates the plan.
    page.fill(
        "[name='plan-title']", "Phối hợp thông tin đối ngoại với Cục Thông tin đối ngoại năm 2025"
    )
    if not page.input_value("input[name='plan-period_from']"):
        page.fill("input[name='plan-period_from']", "2025")
    page.click("#confirm-import")
    page.wait_for_url(f"{live_server.url}/plans/*/")
    plan = Plan.objects.get()
    task = plan.tasks.get()
    assert task.text == LEAFLETS
    assert LEAFLETS in page.content()
