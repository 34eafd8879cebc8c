"""End to end in a real Chromium: a PDF signed with a throw-away certificate and changed
after signing is uploaded, read by the real pipeline, flagged loudly on the review page
(a red card announced as an alert, not only a bold phrase), and the plan created from it
says so beside its "Original document" link.
"""

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

BAD = "rgb(179, 38, 30)"  # --bad in app.css


def _changed_after_signing(tmp_path):
    from pyhanko.pdf_utils.generic import NameObject, TextStringObject
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    from ttdn.documents.tests.test_signatures import _signed

    signed = _signed(tmp_path)
    changed = tmp_path / "ke-hoach-ky-so-da-sua.pdf"
    with open(signed, "rb") as inf:
        writer = IncrementalPdfFileWriter(inf)
        writer.root[NameObject("/Lang")] = TextStringObject("vi")
        writer.update_root()
        with open(changed, "wb") as out:
            writer.write(out)
    return changed


def test_a_pdf_changed_after_signing_is_flagged_on_the_review_and_the_plan(
    live_server, login, new_page, artifacts, tmp_path, settings, coordinator
):
    from ttdn.importer import services
    from ttdn.importer.models import ImportJob

    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    base = live_server.url
    page = new_page()
    login(page, "coordinator")
    page.goto(f"{base}/imports/")
    page.set_input_files("input[name=files]", [str(_changed_after_signing(tmp_path))])
    page.click("#upload-form button[type=submit]")
    page.wait_for_url(f"{base}/imports/batch/**")
    job = ImportJob.objects.get()
    services.import_job_run(job.pk)

    page.goto(f"{base}/imports/{job.pk}/")
    card = page.locator("#import-signatures")
    assert card.get_attribute("role") == "alert"
    assert "tệp đã bị thay đổi sau khi ký" in card.inner_text()
    assert card.evaluate("e => getComputedStyle(e).borderLeftColor") == BAD
    assert card.locator("h2").evaluate("e => getComputedStyle(e).color") == BAD
    card.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "import-signed-changed.png"))

    # The test PDF carries one ASCII line; the reviewer writes what it lacks.
    page.fill("[name='plan-title']", "Kế hoạch thông tin đối ngoại tỉnh Phú Yên năm 2026")
    page.fill("[name='plan-period_from']", "2026")
    page.select_option("[name='plan-level']", "province")
    page.click("#confirm-import")
    page.wait_for_url(f"{base}/plans/*/")
    line = page.locator("#original-signatures")
    assert line.is_visible()
    assert "Ủy ban nhân dân tỉnh Phú Yên" in line.inner_text()
    assert "tệp đã bị thay đổi sau khi ký" in line.inner_text()
    assert line.evaluate("e => getComputedStyle(e).borderLeftColor") == BAD
    assert page.locator("#original-document").is_visible()
    page.screenshot(path=str(artifacts / "import-signed-changed-plan.png"))
