"""End to end in a real Chromium: a coordinator uploads two documents, watches them being
read, reviews the plan found in seed 004, corrects a task and creates the plan.

The documents go through the real readers and extractor; the jobs are run by the test
itself (the task backend only records them), so the page can be watched while a job is
half-way.
"""

import json
from pathlib import Path

import pytest

from ttdn.demo.seeds import SEED_DIR

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

GOLD_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "seeds" / "gold"
SEED = SEED_DIR / "004_b3151840d8e177ab.txt"
GOLD = GOLD_DIR / "004_b3151840d8e177ab.json"
UNRESOLVED = "Ban Quản lý các khu công nghiệp tỉnh Đồng Nai"  # left out of the directory


def _directory():
    """The agencies the seed names, except one, which the review must flag."""
    from ttdn.directory.models import Agency

    for entry in json.loads((GOLD_DIR / "agencies.json").read_text(encoding="utf-8")):
        if entry["name"] != UNRESOLVED:
            Agency.objects.get_or_create(name=entry["name"], defaults={"kind": entry["kind"]})


def test_coordinator_imports_reviews_and_creates_a_plan(
    live_server,
    login,
    new_page,
    artifacts,
    tmp_path,
    settings,
    monkeypatch,
    coordinator,
    agency_a,
    agency_b,
):
    from ttdn.importer import services
    from ttdn.importer.models import ImportJob
    from ttdn.plans.models import Plan

    settings.MEDIA_ROOT = tmp_path / "media"
    # Record the jobs instead of running them: the test runs them below, step by step.
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    _directory()
    base = live_server.url
    page = new_page()
    pipeline = services.analyse_file
    watched = []

    def analyse(path, name, progress=None):
        def report(percent, label=None):
            progress(percent, label)
            if not watched:  # the first step of the first document: look at the page
                watched.append(percent)
                page.wait_for_selector(
                    f"#import-batch [aria-valuenow='{max(0, min(99, int(percent)))}']"
                )
                page.screenshot(path=str(artifacts / "import-progress.png"), full_page=True)

        report(35, "Đang đọc văn bản")
        return pipeline(path, name, progress=progress)

    monkeypatch.setattr(services, "analyse_file", analyse)
    broken = tmp_path / "bao-cao-hong.pdf"
    broken.write_bytes(b"%PDF-1.4\n% not a real PDF\n")

    # 1. Upload two documents.
    login(page, "coordinator")
    page.click("details.menu summary:has-text('Kế hoạch')")  # the Plans menu opens
    page.click("a[href='/imports/']")
    # The file field speaks the page's language, not the browser's ("Choose Files").
    chooser = page.locator("#drop-zone .file-button")
    assert chooser.inner_text() == "Chọn các tệp"
    assert page.locator("#drop-zone .file-names").inner_text() == "Chưa chọn tệp nào"
    # For a screen reader: named by the field's label, described by the chosen names.
    assert chooser.get_attribute("aria-label") == "Chọn văn bản hoặc kéo thả vào đây: Chọn các tệp"
    names_id = chooser.get_attribute("aria-describedby")
    assert page.locator(f"#{names_id}").inner_text() == "Chưa chọn tệp nào"
    page.set_input_files("input[name=files]", [str(SEED), str(broken)])
    assert page.locator("#drop-zone .file-names").inner_text() == f"{SEED.name}, {broken.name}"
    page.screenshot(path=str(artifacts / "import-upload.png"), full_page=True)
    page.click("#upload-form button[type=submit]")
    page.wait_for_url(f"{base}/imports/batch/**")
    assert page.locator("#import-batch[hx-trigger]").count() == 1  # polling
    jobs = {job.original_name: job for job in ImportJob.objects.all()}
    assert set(jobs) == {SEED.name, broken.name}

    # 2. The worker reads them; the page follows without being reloaded.
    services.import_job_run(jobs[SEED.name].pk)
    services.import_job_run(jobs[broken.name].pk)
    assert watched, "the progress bar was never seen"
    review_link = page.locator(f"#job-{jobs[SEED.name].pk} a.review-link")
    review_link.wait_for()
    failed = page.locator(f"#job-{jobs[broken.name].pk}")
    assert "bao-cao-hong.pdf" in failed.inner_text()
    assert "“bao-cao-hong.pdf”" in failed.inner_text()  # the reader's message names the file
    page.wait_for_selector("#import-batch[data-active='0']")
    assert page.locator("#import-batch[hx-trigger]").count() == 0  # polling stopped
    page.screenshot(path=str(artifacts / "import-progress-done.png"), full_page=True)

    # 3. Review: source text beside the form, doubtful fields marked.
    review_link.click()
    page.wait_for_url(f"{base}/imports/{jobs[SEED.name].pk}/")
    assert page.locator(".check-label").count() >= 1  # the agency missing from the directory
    assert UNRESOLVED.split(" tỉnh")[0].replace("khu công nghiệp", "KCN") in page.content()
    page.locator(".field-title .show-src").click()
    hit = page.locator("#source-text .ln.hit").first
    assert "THÔNG TIN ĐỐI NGOẠI TỈNH ĐỒNG NAI NĂM 2018" in hit.inner_text()
    assert hit.is_visible()
    page.screenshot(path=str(artifacts / "import-review.png"), full_page=False)
    page.screenshot(path=str(artifacts / "import-review-full.png"), full_page=True)

    # At phone width the review stays usable: nothing overflows sideways.
    phone = new_page(width=390, height=844)
    login(phone, "coordinator")
    phone.goto(page.url)
    overflow = phone.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 1
    phone.screenshot(path=str(artifacts / "import-review-phone.png"), full_page=False)

    # 4. Correct a task and create the plan.
    edited = "Tập huấn, bồi dưỡng nghiệp vụ thông tin đối ngoại và kỹ năng phát ngôn cho cán bộ (đã sửa khi duyệt)."
    page.fill("textarea[name='tasks-1-text']", edited)
    # Add a task (the row is built in the page from the empty form) and delete another.
    found = int(page.input_value("input[name='tasks-TOTAL_FORMS']"))
    page.click("#add-task")
    assert page.input_value("input[name='tasks-TOTAL_FORMS']") == str(found + 1)
    added = "Tổ chức họp báo giới thiệu tiềm năng đầu tư của tỉnh (thêm khi duyệt)."
    page.fill(f"textarea[name='tasks-{found}-text']", added)
    page.fill(f"textarea[name='tasks-{found}-lead']", "Sở Ngoại vụ tỉnh Đồng Nai")
    page.fill(f"input[name='tasks-{found}-timeframe']", "Quý IV")
    page.check(f"input[name='tasks-{found - 1}-DELETE']")
    assert page.locator("[data-task-row].deleted").count() == 1
    # A timeframe outside the plan's period is refused on its task; nothing is created.
    page.fill("input[name='tasks-4-timeframe']", "Tháng 6/2024")
    page.click("#confirm-import")
    page.wait_for_selector(".task-row .errorlist")
    assert not Plan.objects.exists()
    error_row = page.locator(".task-row", has=page.locator(".errorlist")).first
    assert error_row.locator("input[name='tasks-4-timeframe']").input_value() == "Tháng 6/2024"
    error_row.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "import-review-error.png"))
    assert page.locator("textarea[name='tasks-1-text']").input_value() == edited  # kept
    page.fill("input[name='tasks-4-timeframe']", "Quý II")
    page.click("#confirm-import")
    page.wait_for_url(f"{base}/plans/*/")
    plan = Plan.objects.get()
    assert page.url == f"{base}/plans/{plan.pk}/"
    assert edited in page.content()
    link = page.locator("#original-document")
    assert link.count() == 1
    page.screenshot(path=str(artifacts / "import-plan.png"), full_page=True)
    with page.expect_download() as download:
        link.click()
    assert download.value.suggested_filename == SEED.name
    assert plan.tasks.count() == found  # one added, one deleted
    assert plan.tasks.filter(text=added).get().assignments.get().agency_id == agency_b.pk
    assert plan.number == "12773/KH-UBND"
    assert found == 25

    # The upload page at phone width, with the history of imports.
    phone.goto(f"{base}/imports/")
    overflow = phone.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 1
    phone.screenshot(path=str(artifacts / "import-upload-phone.png"), full_page=True)


def test_a_document_without_tasks_says_so_once_until_a_task_is_added(
    live_server, login, new_page, artifacts, tmp_path, settings, coordinator
):
    """The review page owns the "no tasks" line: once, in the box above the form; adding a
    row takes it away (and the box, when it held nothing else)."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from ttdn.importer import services

    settings.MEDIA_ROOT = tmp_path / "media"
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    text = "Sở Ngoại vụ tỉnh Đồng Nai tổ chức Hội nghị tập huấn công tác thông tin đối ngoại.\n"
    upload = SimpleUploadedFile("tin.txt", text.encode("utf-8"), content_type="text/plain")
    [job] = services.import_jobs_create(actor=coordinator, files=[upload])
    services.import_job_run(job.pk)
    page = new_page()
    login(page, "coordinator")
    page.goto(f"{live_server.url}/imports/{job.pk}/")
    box = page.locator("#import-warnings")
    assert box.locator("#no-tasks").count() == 1
    assert page.content().count("Không tìm thấy nhiệm vụ") == 1
    page.screenshot(path=str(artifacts / "import-review-no-tasks.png"), full_page=False)
    others = box.locator("li").count() - 1
    page.click("#add-task")
    assert page.locator("#no-tasks").count() == 0
    assert page.locator("#import-warnings").count() == (1 if others else 0)
    assert page.locator("textarea[name='tasks-0-text']").is_visible()
